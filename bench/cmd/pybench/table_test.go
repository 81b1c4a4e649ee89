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
