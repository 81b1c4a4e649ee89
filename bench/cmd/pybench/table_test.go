package main

import (
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestGeomean(t *testing.T) {
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{2}, 2},
		{[]float64{1, 4}, 2},
		{[]float64{2, 8, 0.5}, 2}, // cube root of 8
		{[]float64{0, 4, 1}, 2},   // a zero reading is ignored
		{[]float64{math.Inf(1), 3}, 3},
		{[]float64{math.NaN()}, 0},
	} {
		if got := geomean(tc.xs); !near(got, tc.want) {
			t.Errorf("geomean(%v) = %v, want %v", tc.xs, got, tc.want)
		}
	}
}

// rows is a small suite: two passing benchmarks, one that pystm fails,
// one whose output differs.
func rows() []row {
	return []row{
		{name: "fib", cpy: measure{secs: 1.0, kib: 4096}, pystm: measure{secs: 2.0, kib: 8192}},
		{name: "nbody", cpy: measure{secs: 2.0, kib: 8192}, pystm: measure{secs: 1.0, kib: 8192}},
		{name: "calls", cpy: measure{secs: 1.5, kib: 4096}, pystm: measure{err: "NameError: name 'x' is not defined"}},
		{name: "float", cpy: measure{secs: 1.5, kib: 4096}, pystm: measure{err: `output differs: line 2: got "1", want "2"`}},
	}
}

func TestSummarize(t *testing.T) {
	s := summarize(rows())
	if s.total != 4 || s.failed != 2 {
		t.Errorf("total, failed = %d, %d; want 4, 2", s.total, s.failed)
	}
	if !near(s.timeGeo, 1) { // sqrt(2 * 0.5)
		t.Errorf("timeGeo = %v, want 1", s.timeGeo)
	}
	if !near(s.memGeo, math.Sqrt2) { // sqrt(2 * 1)
		t.Errorf("memGeo = %v, want sqrt 2", s.memGeo)
	}
	if !near(s.worst, 2) || s.worstName != "fib" {
		t.Errorf("worst = %v (%s), want 2 (fib)", s.worst, s.worstName)
	}

	s = summarize(rows()[2:])
	if s.failed != 2 || s.timeGeo != 0 || s.memGeo != 0 || s.worstName != "" {
		t.Errorf("all failed: got %+v", s)
	}
}

func testReport() *report {
	rs := rows()
	return &report{
		runs:    3,
		rows:    rs,
		sum:     summarize(rs),
		start:   &startup{runs: 20, cpy: measure{secs: 0.010}, pystm: measure{secs: 0.005}},
		pyExe:   "/usr/bin/python2",
		pyFrom:  "env PYENV_VERSION=2.7.18 python2",
		pstDesc: "bin/pystm",
	}
}

func TestWriteText(t *testing.T) {
	var b strings.Builder
	if err := testReport().writeText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"pystm: bin/pystm\nCPython: /usr/bin/python2 (from `env PYENV_VERSION=2.7.18 python2`)\nbest wall time of 3 runs each\n\n",
		"benchmark  CPython s  pystm s  time ratio  CPython MiB  pystm MiB  mem ratio  note\n",
		"fib            1.000    2.000       2.00x          4.0        8.0      2.00x\n",
		"nbody          2.000    1.000       0.50x          8.0        8.0      1.00x\n",
		"calls          1.500     FAIL        FAIL          4.0       FAIL       FAIL  pystm: NameError: name 'x' is not defined\n",
		`float          1.500     FAIL        FAIL          4.0       FAIL       FAIL  pystm: output differs: line 2: got "1", want "2"` + "\n",
		"geometric mean time ratio (pystm/CPython): 1.00x over 2 benchmarks\n",
		"geometric mean memory ratio (pystm/CPython): 1.41x\n",
		"worst time ratio: 2.00x (fib)\n",
		"FAILED: 2 of 4 benchmarks (left out of the means)\n",
		"start-up (best of 20 runs of `-c pass`): CPython 10.0 ms, pystm 5.0 ms, ratio 0.50x\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q; got:\n%s", want, out)
		}
	}
	// Every table line has its columns in the same places.
	lines := strings.Split(out, "\n")
	var table []string
	for _, l := range lines {
		if strings.HasPrefix(l, "benchmark") || strings.HasPrefix(l, "fib ") || strings.HasPrefix(l, "nbody ") {
			table = append(table, l)
		}
	}
	if len(table) != 3 {
		t.Fatalf("table lines: %q", table)
	}
	for _, l := range table[1:] {
		if len(l) != len(strings.TrimSuffix(table[0], "  note")) {
			t.Errorf("line %q not aligned with header %q", l, table[0])
		}
	}
}

func TestWriteTextFailures(t *testing.T) {
	rep := testReport()
	rep.rows = rep.rows[2:]
	rep.sum = summarize(rep.rows)
	rep.start.pystm = measure{err: "pystm: running programs is not built yet"}
	var b strings.Builder
	if err := rep.writeText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"no benchmark passed (2 failed)\n",
		"start-up (best of 20 runs of `-c pass`): CPython 10.0 ms, pystm FAIL\n",
		"start-up FAIL: pystm: pystm: running programs is not built yet\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q; got:\n%s", want, out)
		}
	}
	if strings.Contains(out, "geometric mean") {
		t.Errorf("geometric mean printed with no passing benchmark:\n%s", out)
	}
}

func TestWriteMarkdown(t *testing.T) {
	rep := testReport()
	rep.jython = true
	j := measure{secs: 3.0, kib: 1 << 20}
	rep.rows[0].jython = &j
	jf := measure{err: "java.lang.Error: x"}
	rep.rows[3].jython = &jf
	rep.rows[2].pystm.err = "a | b"
	var b strings.Builder
	if err := rep.writeMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"pystm: `bin/pystm`; CPython: `/usr/bin/python2` (from `env PYENV_VERSION=2.7.18 python2`); best wall time of 3 runs each.\n\n",
		"| benchmark | CPython s | pystm s | time ratio | CPython MiB | pystm MiB | mem ratio | Jython s | Jython ratio | note |\n" +
			"|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n",
		"| fib | 1.000 | 2.000 | 2.00x | 4.0 | 8.0 | 2.00x | 3.000 | 3.00x |  |\n",
		"| nbody | 2.000 | 1.000 | 0.50x | 8.0 | 8.0 | 1.00x | - |  |  |\n",
		`| calls | 1.500 | FAIL | FAIL | 4.0 | FAIL | FAIL | - |  | pystm: a \| b |` + "\n",
		`| float | 1.500 | FAIL | FAIL | 4.0 | FAIL | FAIL | FAIL |  | pystm: output differs: line 2: got "1", want "2"; Jython: java.lang.Error: x |` + "\n",
		"- geometric mean time ratio (pystm/CPython): 1.00x over 2 benchmarks\n",
		"- worst time ratio: 2.00x (fib)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q; got:\n%s", want, out)
		}
	}
}

func TestNoteTruncated(t *testing.T) {
	rep := testReport()
	rep.rows[2].pystm.err = strings.Repeat("x", 500)
	_, body := rep.cells()
	note := body[2][len(body[2])-1]
	if len(note) != maxNote || !strings.HasSuffix(note, "...") {
		t.Errorf("note not truncated to %d: %q", maxNote, note)
	}
}

// gilRows are rows() with `pystm --gil` times: 1.6 s on fib (pystm
// 2.0 s: 1.25x), 1.0 s on nbody (1.00x), a failure on float.
func gilRows() []row {
	rs := rows()
	g0, g1 := measure{secs: 1.6}, measure{secs: 1.0}
	gf := measure{err: "RuntimeError: boom"}
	rs[0].gil, rs[1].gil, rs[3].gil = &g0, &g1, &gf
	return rs
}

func TestSummarizeGil(t *testing.T) {
	s := summarize(gilRows())
	if s.gilN != 2 || !near(s.gilGeo, math.Sqrt(1.25)) {
		t.Errorf("gilGeo = %v over %d, want sqrt 1.25 over 2", s.gilGeo, s.gilN)
	}
	if s.gilFailed != 1 || s.failed != 2 {
		t.Errorf("gilFailed, failed = %d, %d; want 1, 2", s.gilFailed, s.failed)
	}
	if r := gilRows()[2]; r.gilRatio() != 0 || r.gilFailed() {
		t.Errorf("a row without a --gil run: ratio %v, failed %v", r.gilRatio(), r.gilFailed())
	}
}

func TestWriteTextGil(t *testing.T) {
	rep := testReport()
	rep.rows = gilRows()
	rep.sum = summarize(rep.rows)
	rep.gil = true
	rep.jyExe = "/usr/bin/jython"
	j := measure{secs: 1.5}
	rep.start.jython = &j
	var b strings.Builder
	if err := rep.writeText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"CPython: /usr/bin/python2 (from `env PYENV_VERSION=2.7.18 python2`)\nJython: /usr/bin/jython\nbest wall time",
		"benchmark  CPython s  pystm s  time ratio  CPython MiB  pystm MiB  mem ratio  --gil s  pystm/gil  note\n",
		"fib            1.000    2.000       2.00x          4.0        8.0      2.00x    1.600      1.25x\n",
		"nbody          2.000    1.000       0.50x          8.0        8.0      1.00x    1.000      1.00x\n",
		"calls          1.500     FAIL        FAIL          4.0       FAIL       FAIL        -             pystm: NameError",
		"float          1.500     FAIL        FAIL          4.0       FAIL       FAIL     FAIL             pystm: output differs: line 2: got \"1\", want \"2\"; pystm --gil: RuntimeError: boom\n",
		"geometric mean STM cost on one thread (pystm/pystm --gil): 1.12x over 2 benchmarks\n",
		"FAILED under pystm --gil: 1 of 4 benchmarks\n",
		"start-up (best of 20 runs of `-c pass`): CPython 10.0 ms, pystm 5.0 ms, ratio 0.50x, Jython 1500.0 ms\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q; got:\n%s", want, out)
		}
	}
}

// TestSections checks how the parts of the report follow one another
// in both forms, with the single-thread suite left out.
func TestSections(t *testing.T) {
	rep := testReport()
	rep.rows = nil
	rep.par = testParReport()
	rep.gob = &goReport{cmdline: "go test x", pattern: "BenchmarkTx"}
	var b strings.Builder
	if err := rep.writeText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	want := "best wall time of 3 runs each\n\nstart-up (best of 20 runs of `-c pass`): CPython 10.0 ms, pystm 5.0 ms, ratio 0.50x\n\nparallel benchmarks (bench/parallel): "
	if !strings.Contains(out, want) {
		t.Errorf("text output lacks %q; got:\n%s", want, out)
	}
	if !strings.HasSuffix(out, "1M/1K at most 2x\nno benchmark matches BenchmarkTx (not written yet?)\n") {
		t.Errorf("text output ends wrongly:\n%s", out)
	}
	b.Reset()
	if err := rep.writeMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	out = b.String()
	for _, want := range []string{
		"best wall time of 3 runs each.\n\n- start-up (best of 20 runs",
		"perfect scaling gives 2.00x\nbest wall time of 5 runs each\ngil: `bin/pystm --gil`, threads taking turns under one global lock\n\n| benchmark | CPython t1 | t2 | t1/t2 |",
		"\n\n- pystm t2, STM counters, independent: 900 commits, 100 aborts",
		"1M/1K at most 2x\n\n- no benchmark matches BenchmarkTx (not written yet?)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q; got:\n%s", want, out)
		}
	}
}
