package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const statsLine = "pystm stm: 900 commits, 100 aborts, 6 inevitable; conflicts: 80 write-write, 20 write-read, 0 inevitable"

func TestFindStats(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"warning: x\n", ""},
		{statsLine + "\n", strings.TrimPrefix(statsLine, "pystm stm: ")},
		{"Traceback (most recent call last):\nValueError: x\n  " + statsLine + "  \n", strings.TrimPrefix(statsLine, "pystm stm: ")},
	} {
		if got := findStats([]byte(tc.in)); got != tc.want {
			t.Errorf("findStats(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseStats(t *testing.T) {
	for _, tc := range []struct {
		in              string
		commits, aborts int64
		ok              bool
		share           string
	}{
		{findStats([]byte(statsLine)), 900, 100, true, "10.0% of transactions aborted"},
		{"3 commits, 0 aborts", 3, 0, true, "0.0% of transactions aborted"},
		{"1 aborts, 2 commits, more to come", 2, 1, true, "33.3% of transactions aborted"},
		{"0 commits, 0 aborts", 0, 0, true, ""},
		{"12 commits", 0, 0, false, ""},
		{"x commits, y aborts", 0, 0, false, ""},
		{"99999999999999999999 commits, 1 aborts", 0, 0, false, ""},
	} {
		c, a, ok := parseStats(tc.in)
		if c != tc.commits || a != tc.aborts || ok != tc.ok {
			t.Errorf("parseStats(%q) = %d, %d, %v; want %d, %d, %v", tc.in, c, a, ok, tc.commits, tc.aborts, tc.ok)
		}
		if s := abortShare(tc.in); s != tc.share {
			t.Errorf("abortShare(%q) = %q, want %q", tc.in, s, tc.share)
		}
	}
}

func TestFirstErrorLineSkipsStats(t *testing.T) {
	in := "Traceback (most recent call last):\n  File \"x.py\", line 1\nKeyError: 3\n" + statsLine + "\n"
	if got := firstErrorLine([]byte(in)); got != "KeyError: 3" {
		t.Errorf("firstErrorLine = %q, want the exception", got)
	}
}

// testParReport is a parallel table: independent scales under pystm
// and not under CPython; pystm fails shared_list with 2 threads; conflict
// fails under Jython (which does not count) and the whole run of
// broken fails under CPython, so nothing else runs it.
func testParReport() *parReport {
	ok := func(s float64) measure { return measure{secs: s} }
	stats := findStats([]byte(statsLine))
	return &parReport{
		threads: 2,
		runs:    5,
		dir:     "bench/parallel",
		vars: []variant{
			{name: "CPython", counts: true},
			{name: "pystm", counts: true},
			{name: "gil", desc: "`bin/pystm --gil`, threads taking turns under one global lock", counts: true},
			{name: "Jython"},
		},
		rows: []parRow{
			{name: "independent", cells: []parCell{
				{ok(1.0), ok(1.25)},
				{ok(2.0), measure{secs: 1.0, stats: stats}},
				{ok(1.5), ok(1.5)},
				{ok(3.0), ok(2.0)},
			}},
			{name: "shared_list", cells: []parCell{
				{ok(1.0), ok(1.0)},
				{ok(2.0), measure{err: "timed out after 1m0s"}},
				{ok(1.5), ok(1.5)},
				{ok(3.0), ok(2.0)},
			}},
			{name: "conflict", cells: []parCell{
				{ok(1.0), ok(1.0)},
				{ok(1.0), measure{secs: 2.0, stats: "1 commits, 3 aborts"}},
				{ok(1.0), ok(1.0)},
				{measure{err: "java.lang.Error: x"}, measure{err: notRun}},
			}},
			{name: "broken", cells: []parCell{
				{measure{err: "NameError: x"}, measure{err: notRun}},
				{measure{err: notRun}, measure{err: notRun}},
				{measure{err: notRun}, measure{err: notRun}},
				{measure{err: notRun}, measure{err: notRun}},
			}},
		},
	}
}

func TestParSpeedup(t *testing.T) {
	p := testParReport()
	for _, tc := range []struct {
		row, v int
		want   float64
	}{
		{0, 0, 0.8}, {0, 1, 2}, {0, 3, 1.5}, {1, 1, 0}, {2, 3, 0}, {3, 0, 0},
	} {
		if got := p.rows[tc.row].cells[tc.v].speedup(); !near(got, tc.want) {
			t.Errorf("row %d variant %d: speedup %v, want %v", tc.row, tc.v, got, tc.want)
		}
	}
	if n := p.failed(); n != 2 {
		t.Errorf("failed() = %d, want 2 (shared_list, broken)", n)
	}
}

func TestParSection(t *testing.T) {
	var b strings.Builder
	sec := testParReport().section()
	for _, l := range sec.intro {
		b.WriteString(l + "\n")
	}
	textTable(&b, sec.header, sec.body)
	for _, l := range sec.lines {
		b.WriteString(l + "\n")
	}
	out := b.String()
	for _, want := range []string{
		"parallel benchmarks (bench/parallel): wall time in seconds of the whole run with 1 thread (t1) and with 2 threads (t2),\n",
		"and the speedup t1/t2; the total work is the same for any thread count, so perfect scaling gives 2.00x\n",
		"best wall time of 5 runs each\n",
		"gil: `bin/pystm --gil`, threads taking turns under one global lock\n",
		"benchmark    CPython t1     t2  t1/t2  pystm t1     t2  t1/t2  gil t1     t2  t1/t2  Jython t1     t2  t1/t2  note\n",
		"independent       1.000  1.250  0.80x     2.000  1.000  2.00x   1.500  1.500  1.00x      3.000  2.000  1.50x\n",
		"shared_list       1.000  1.000  1.00x     2.000   FAIL          1.500  1.500  1.00x      3.000  2.000  1.50x  pystm, 2 threads: timed out after 1m0s\n",
		"conflict          1.000  1.000  1.00x     1.000  2.000  0.50x   1.000  1.000  1.00x       FAIL      -         Jython: java.lang.Error: x\n",
		"broken             FAIL      -                -      -              -      -                 -      -         CPython: NameError: x\n",
		"pystm t2, STM counters, independent: 900 commits, 100 aborts, 6 inevitable; conflicts: 80 write-write, 20 write-read, 0 inevitable (10.0% of transactions aborted)\n",
		"pystm t2, STM counters, conflict: 1 commits, 3 aborts (75.0% of transactions aborted)\n",
		"FAILED: 2 of 4 parallel benchmarks\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("parallel table lacks %q; got:\n%s", want, out)
		}
	}
	if strings.Contains(out, "shared_list: ") {
		t.Errorf("STM counters of a failed run:\n%s", out)
	}
}

func TestParSectionThreads(t *testing.T) {
	p := testParReport()
	p.threads = 4
	p.vars = p.vars[:1]
	p.rows = []parRow{{name: "x", cells: []parCell{{measure{secs: 2}, measure{secs: 0.5}}}}}
	sec := p.section()
	if got := strings.Join(sec.header, "|"); got != "benchmark|CPython t1|t4|t1/t4|note" {
		t.Errorf("header %q", got)
	}
	if got := strings.Join(sec.body[0], "|"); got != "x|2.000|0.500|4.00x|" {
		t.Errorf("row %q", got)
	}
	if !strings.HasSuffix(sec.intro[1], "perfect scaling gives 4.00x") {
		t.Errorf("intro %q", sec.intro)
	}
}

// TestRunParallel runs the harness over fake parallel programs with
// fake interpreters and a fake go tool. Each program's first line is
// its output; pystm prints other output for racy.py with 2 threads,
// and its STM counters when PYSTM_STATS is set; --gil makes it slow
// enough to be told apart.
func TestRunParallel(t *testing.T) {
	needSh(t)
	dir := t.TempDir()
	par := filepath.Join(dir, "par")
	if err := os.Mkdir(par, 0o777); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"indep", "racy"} {
		if err := os.WriteFile(filepath.Join(par, n+".py"), []byte("# "+n+"\n"), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	python := writeFake(t, dir, "python", `
if [ "$1" = -c ]; then exit 0; fi
read -r line < "$1"; echo "$line"
`)
	pystm := writeFake(t, dir, "pystm", `
if [ "$1" = --gil ]; then shift; fi
if [ "$1" = -c ]; then exit 0; fi
if [ -n "$PYSTM_STATS" ]; then echo "pystm stm: 7 commits, 1 aborts, 0 inevitable" >&2; fi
case "$1 $2" in
*racy.py\ 2) echo lost update ;;
*) read -r line < "$1"; echo "$line" ;;
esac
`)
	goTool := writeFake(t, dir, "go", `
case "$*" in
*-bench\ none*) echo PASS; echo "ok  	x	0.01s" ;;
*-bench\ broken*) echo "# x"; echo "objects/list.go:3:1: syntax error"; echo "FAIL	x [build failed]"; exit 1 ;;
*-count\ 2*)
	echo "goos: linux"
	echo "BenchmarkTxListSetItem1K-2   	 1000	       100.0 ns/op"
	echo "BenchmarkTxListSetItem1K-2   	 1000	        90.0 ns/op"
	echo "BenchmarkTxListSetItem1M-2   	 1000	       450.0 ns/op"
	echo "BenchmarkTxDictSetItem1K-2   	 1000	       200.0 ns/op"
	echo "BenchmarkTxDictSetItem1M-2   	 1000	       300.0 ns/op"
	echo PASS ;;
*) echo "unexpected: $*"; exit 1 ;;
esac
`)
	t.Setenv("BENCH_ALLOW_FAIL", "")
	t.Setenv("BENCH_RUNS", "")
	t.Setenv("PYSTM_STATS", "")
	t.Setenv("PATH", dir) // no jython
	args := []string{"-dir", "", "-parallel", par, "-python", python, "-pystm", pystm, "-runs", "2",
		"-startup-runs", "0", "-go", goTool, "-gobench", "BenchmarkTx", "-gobench-pkg", "./x"}

	var stdout, stderr strings.Builder
	if code := run(args, &stdout, &stderr); code != 1 {
		t.Errorf("exit status %d, want 1 (racy fails); stderr:\n%s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"benchmark  CPython t1     t2  t1/t2  pystm t1     t2  t1/t2  gil t1     t2  t1/t2  note\n",
		"\nindep ",
		`pystm, 2 threads: output differs: line 1: got "lost update", want "# racy"`,
		"pystm t2, STM counters, indep: 7 commits, 1 aborts, 0 inevitable (12.5% of transactions aborted)\n",
		"Jython: not installed",
		"FAILED: 1 of 2 parallel benchmarks\n",
		"Go benchmarks (`" + goTool + " test -run ^$ -bench BenchmarkTx -count 2 ./x`), least ns/op:\n",
		"benchmark      1K ns/op  1M ns/op  1M/1K  note\n",
		"TxListSetItem      90.0     450.0  5.00x  over 2x\n",
		"TxDictSetItem     200.0     300.0  1.50x\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
		}
	}
	if strings.Contains(out, "racy: ") || strings.Contains(out, "geometric mean") || strings.Contains(out, "start-up") {
		t.Errorf("STM counters of a failed run, or the single-thread suite:\n%s", out)
	}

	// Only the programs that -only picks; Go benchmarks that do not
	// exist are noted, not failed.
	stdout.Reset()
	args2 := append(args, "-only", "^indep$", "-gobench", "none")
	if code := run(args2, &stdout, &stderr); code != 0 {
		t.Errorf("-only indep: exit status %d, want 0; stderr:\n%s", code, stderr.String())
	}
	if out := stdout.String(); strings.Contains(out, "racy") || !strings.Contains(out, "no benchmark matches none (not written yet?)") {
		t.Errorf("-only indep, -gobench none: got:\n%s", out)
	}

	// A Go package that does not build is a failure.
	stdout.Reset()
	if code := run(append(args2, "-gobench", "broken"), &stdout, &stderr); code != 1 {
		t.Errorf("-gobench broken: exit status %d, want 1", code)
	}
	if out := stdout.String(); !strings.Contains(out, "go test FAILED: objects/list.go:3:1: syntax error\n") {
		t.Errorf("-gobench broken: got:\n%s", out)
	}

	if code := run(append(args, "-threads", "1"), &stdout, &stderr); code != 2 {
		t.Errorf("-threads 1: exit status %d, want 2", code)
	}
	if code := run(append(args, "-only", "nomatch", "-gobench", ""), &stdout, &stderr); code != 2 {
		t.Errorf("-only nomatch: exit status %d, want 2", code)
	}
}

// TestRunParallelTimeout checks that a program that hangs is stopped
// after -parallel-timeout and its N-thread run is not tried.
func TestRunParallelTimeout(t *testing.T) {
	needSh(t)
	dir := t.TempDir()
	prog := filepath.Join(dir, "hang.py")
	if err := os.WriteFile(prog, []byte("# hang\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	python := writeFake(t, dir, "python", `read -r line < "$1"; echo "$line"`)
	slow := writeFake(t, dir, "slow", `sleep 5`)
	vars := []variant{{name: "CPython", cmd: command{argv: []string{python}}, counts: true},
		{name: "pystm", cmd: command{argv: []string{slow}}, counts: true}}
	var progress strings.Builder
	start := time.Now()
	p := runParallel([]string{prog}, vars, 2, 3, 200*time.Millisecond, &progress)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
	c := p.rows[0].cells[1]
	if c.t1.err != "timed out after 200ms" || c.tn.err != notRun {
		t.Errorf("cells: %+v", c)
	}
	if got := p.note(p.rows[0]); got != "pystm: timed out after 200ms" {
		t.Errorf("note %q", got)
	}
	if !strings.Contains(progress.String(), "pybench: parallel hang ... CPython ") {
		t.Errorf("progress %q", progress.String())
	}
}

// TestRunParallelRounds checks that each round runs every program once
// under each variant, so that a program's runs are spread over the
// suite; and that a program whose reference run fails drops out of the
// later rounds alone.
func TestRunParallelRounds(t *testing.T) {
	needSh(t)
	dir := t.TempDir()
	log := filepath.Join(dir, "log")
	fake := func(name string) command {
		return command{argv: []string{writeFake(t, dir, name, `
echo "`+name+` $(basename "$1") $2" >> "`+log+`"
case "$1" in
*bad.py) exit 3 ;;
esac
echo same
`)}}
	}
	vars := []variant{{name: "CPython", cmd: fake("py"), counts: true}, {name: "pystm", cmd: fake("pst"), counts: true}}
	var progs []string
	for _, n := range []string{"a", "bad", "b"} {
		progs = append(progs, filepath.Join(dir, n+".py"))
	}
	p := runParallel(progs, vars, 2, 3, time.Minute, io.Discard)
	got, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	// The one-thread run first in rounds 1 and 3, the other in round 2.
	first := "py a.py 1\npy a.py 2\npst a.py 1\npst a.py 2\n" + "py b.py 1\npy b.py 2\npst b.py 1\npst b.py 2\n"
	second := "py a.py 2\npy a.py 1\npst a.py 2\npst a.py 1\n" + "py b.py 2\npy b.py 1\npst b.py 2\npst b.py 1\n"
	want := strings.Replace(first, "py b.py 1\n", "py bad.py 1\npy b.py 1\n", 1) + second + first
	if string(got) != want {
		t.Errorf("runs in the order\n%s\nwant\n%s", got, want)
	}
	if len(p.rows) != 3 || p.rows[0].name != "a" || p.rows[1].name != "bad" || p.rows[2].name != "b" {
		t.Fatalf("rows %+v", p.rows)
	}
	if sp := p.rows[2].cells[1].speedup(); sp <= 0 {
		t.Errorf("b under pystm: %+v", p.rows[2].cells[1])
	}
	if c := p.rows[1].cells[1]; c.t1.err != notRun || p.note(p.rows[1]) != "CPython: exit status 3" {
		t.Errorf("bad: %+v, note %q", c, p.note(p.rows[1]))
	}
}

// TestMachineCeiling checks the measure of what running processes at
// once costs: with a program that sleeps, n at once take about as long
// as one alone, so the ceiling is about n; a failing program is an error.
func TestMachineCeiling(t *testing.T) {
	sleeper := command{argv: []string{"sh", "-c", "sleep 0.05", "sh"}}
	alone, together, err := machineCeiling(sleeper, "prog.py", 2, 2, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if alone < 0.04 || together < 0.04 || together > 10*alone {
		t.Errorf("alone %.3f s, together %.3f s", alone, together)
	}
	note := ceilingNote("CPython", "bench/parallel/prog.py", 2, 1.0, 1.25)
	if !strings.Contains(note, "2 CPython processes of `prog.py 1` at once take 1.250 s") || !strings.HasSuffix(note, "at most 1.60x on this machine") {
		t.Errorf("note %q", note)
	}
	note = processNote("pystm", "bench/parallel/prog.py", 2, 1.0, 1.25, 1.75)
	if !strings.Contains(note, "pystm: 2 processes of `prog.py 1` at once take 1.250 s") || !strings.HasSuffix(note, "2 processes gain 1.60x, 2 threads 1.75x") {
		t.Errorf("process note %q", note)
	}
	failing := command{argv: []string{"sh", "-c", "exit 3", "sh"}}
	if _, _, err := machineCeiling(failing, "prog.py", 2, 1, 10*time.Second); err == nil {
		t.Error("a failing program gave no error")
	}
}
