package main

import (
	"reflect"
	"strings"
	"testing"
)

const goOutput = `goos: linux
goarch: amd64
pkg: github.com/pystm/pystm/objects
cpu: AMD EPYC
BenchmarkTxListSetItem1K-2   	 5000000	       250.5 ns/op	     120 B/op	       3 allocs/op
BenchmarkTxListSetItem1K-2   	 5000000	       240.0 ns/op	     120 B/op	       3 allocs/op
BenchmarkTxListSetItem1M-2   	 3000000	       400.0 ns/op
BenchmarkTxListSetItem1M-2   	 3000000	       420.0 ns/op
BenchmarkTxDictAdd1M         	 1000000	      1200 ns/op
BenchmarkTxOther-16          	 1000000	      1.5e+03 ns/op
BenchmarkTxBad-2             	 1000000	      fast ns/op
BenchmarkTxNoUnit-2          	 1000000
--- BENCH: BenchmarkTxOther-16
PASS
ok  	github.com/pystm/pystm/objects	12.345s
`

func TestParseGoBench(t *testing.T) {
	got := parseGoBench([]byte(goOutput))
	want := []goResult{
		{"TxListSetItem1K", 240},
		{"TxListSetItem1M", 400},
		{"TxDictAdd1M", 1200},
		{"TxOther", 1500},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseGoBench = %+v, want %+v", got, want)
	}
	if got := parseGoBench(nil); got != nil {
		t.Errorf("parseGoBench(nil) = %+v", got)
	}
}

func TestGoFailLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{goOutput, ""},
		{"BenchmarkTxA1K-2\n--- FAIL: BenchmarkTxA1K-2\n    x_test.go:5: bad\nFAIL\n", "--- FAIL: BenchmarkTxA1K-2"},
		{"PASS\nok  \tx\t0.1s\n", ""},
		{"# github.com/pystm/pystm/objects\nobjects/list.go:12:2: undefined: x\nFAIL\tgithub.com/pystm/pystm/objects [build failed]\n",
			"objects/list.go:12:2: undefined: x"},
		{"goos: linux\nBenchmarkTxA1K-2 \t 10\t 5 ns/op\npanic: boom\n", "panic: boom"},
	} {
		if got := goFailLine([]byte(tc.in)); got != tc.want {
			t.Errorf("goFailLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPairs(t *testing.T) {
	ps, others := pairs(parseGoBench([]byte(goOutput)))
	wantPs := []sizePair{{"TxListSetItem", 240, 400}, {"TxDictAdd", 0, 1200}}
	if !reflect.DeepEqual(ps, wantPs) {
		t.Errorf("pairs = %+v, want %+v", ps, wantPs)
	}
	if want := []goResult{{"TxOther", 1500}}; !reflect.DeepEqual(others, want) {
		t.Errorf("others = %+v, want %+v", others, want)
	}
	for _, tc := range []struct {
		p    sizePair
		want float64
	}{
		{sizePair{"a", 100, 150}, 1.5}, {sizePair{"a", 0, 150}, 0}, {sizePair{"a", 100, 0}, 0},
	} {
		if got := tc.p.ratio(); !near(got, tc.want) {
			t.Errorf("%+v.ratio() = %v, want %v", tc.p, got, tc.want)
		}
	}
}

func TestGoSection(t *testing.T) {
	g := &goReport{cmdline: "go test -run ^$ -bench BenchmarkTx -count 3 ./objects", pattern: "BenchmarkTx",
		results: append(parseGoBench([]byte(goOutput)), goResult{"TxSmall1K", 10}, goResult{"TxSmall1M", 50})}
	sec := g.section()
	var b strings.Builder
	textTable(&b, sec.header, sec.body)
	out := strings.Join(sec.intro, "\n") + "\n" + b.String() + strings.Join(sec.lines, "\n")
	for _, want := range []string{
		"Go benchmarks (`go test -run ^$ -bench BenchmarkTx -count 3 ./objects`), least ns/op:\n",
		"the bar is 1M/1K at most 2x\n",
		"benchmark      1K ns/op  1M ns/op  1M/1K  note\n",
		"TxListSetItem     240.0     400.0  1.67x\n",
		"TxDictAdd             -    1200.0         no 1K benchmark\n",
		"TxSmall            10.0      50.0  5.00x  over 2x\n",
		"TxOther                                   1500.0 ns/op\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Go table lacks %q; got:\n%s", want, out)
		}
	}
	if len(sec.lines) != 0 {
		t.Errorf("lines after a passing run: %q", sec.lines)
	}

	g = &goReport{cmdline: "go test", pattern: "BenchmarkTx", err: "objects/list.go:1:1: x"}
	sec = g.section()
	if sec.header != nil || !reflect.DeepEqual(sec.lines, []string{"go test FAILED: objects/list.go:1:1: x"}) {
		t.Errorf("failed run: %+v", sec)
	}
	g = &goReport{cmdline: "go test", pattern: "BenchmarkTx"}
	if sec = g.section(); !reflect.DeepEqual(sec.lines, []string{"no benchmark matches BenchmarkTx (not written yet?)"}) {
		t.Errorf("no benchmark: %+v", sec)
	}
	g.results = []goResult{{"TxSmall1M", 50}}
	if _, body := g.cells(); !reflect.DeepEqual(body, [][]string{{"TxSmall", "-", "50.0", "", "no 1K benchmark"}}) {
		t.Errorf("1M only: %q", body)
	}
	g.results = []goResult{{"TxSmall1K", 50}}
	if _, body := g.cells(); !reflect.DeepEqual(body, [][]string{{"TxSmall", "50.0", "-", "", "no 1M benchmark"}}) {
		t.Errorf("1K only: %q", body)
	}
}
