package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFirstErrorLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"\n  \n", ""},
		{"pystm: running programs is not built yet\nsecond\n", "pystm: running programs is not built yet"},
		{"Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    f()\nNameError: name 'f' is not defined\n",
			"NameError: name 'f' is not defined"},
		{"\npanic: boom\n\ngoroutine 1 [running]:\n", "panic: boom"},
	} {
		if got := firstErrorLine([]byte(tc.in)); got != tc.want {
			t.Errorf("firstErrorLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDiffLine(t *testing.T) {
	for _, tc := range []struct{ want, got, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\n", "a\nc\n", `line 2: got "c", want "b"`},
		{"a\nb\n", "a\n", `line 2: got "", want "b"`},
		{"a\n", "a", `line 2: got end of output, want ""`},
		{"", "x", `line 1: got "x", want ""`},
	} {
		if d := diffLine([]byte(tc.want), []byte(tc.got)); d != tc.diff {
			t.Errorf("diffLine(%q, %q) = %q, want %q", tc.want, tc.got, d, tc.diff)
		}
	}
}

// writeFake writes an executable shell script standing in for an
// interpreter and returns its path.
func writeFake(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func needSh(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
}

func TestMeasureProgram(t *testing.T) {
	needSh(t)
	dir := t.TempDir()
	fake := writeFake(t, dir, "fake", `
case "$1" in
ok) echo same ;;
slow) sleep 5 ;;
flaky) echo $$ ;;
err) echo 'Traceback (most recent call last):' >&2; echo 'ValueError: bad' >&2; exit 1 ;;
quiet) exit 3 ;;
esac
`)
	m, out := measureProgram(command{argv: []string{fake}}, []string{"ok"}, 3, time.Minute, nil)
	if !m.ok() || string(out) != "same\n" || m.secs <= 0 || m.kib <= 0 {
		t.Errorf("ok: got %+v, %q", m, out)
	}
	if m, _ := measureProgram(command{argv: []string{fake}}, []string{"ok"}, 2, time.Minute, []byte("other\n")); m.err != `output differs: line 1: got "same", want "other"` {
		t.Errorf("mismatch: got %+v", m)
	}
	if m, _ := measureProgram(command{argv: []string{fake}}, []string{"flaky"}, 3, time.Minute, nil); !strings.HasPrefix(m.err, "output differs between runs: ") {
		t.Errorf("flaky: got %+v", m)
	}
	if m, _ := measureProgram(command{argv: []string{fake}}, []string{"err"}, 3, time.Minute, nil); m.err != "ValueError: bad" {
		t.Errorf("err: got %+v", m)
	}
	if m, _ := measureProgram(command{argv: []string{fake}}, []string{"quiet"}, 1, time.Minute, nil); m.err != "exit status 3" {
		t.Errorf("quiet: got %+v", m)
	}
	if m, _ := measureProgram(command{argv: []string{fake}}, []string{"slow"}, 1, 200*time.Millisecond, nil); m.err != "timed out after 200ms" {
		t.Errorf("slow: got %+v", m)
	}
	if m, _ := measureProgram(command{argv: []string{filepath.Join(dir, "missing")}}, nil, 1, time.Minute, nil); !strings.Contains(m.err, "no such file") {
		t.Errorf("missing: got %+v", m)
	}
}

// TestRun runs the whole harness over a folder of fake benchmarks with
// fake interpreters: CPython prints each file's first line; pystm (with
// or without --gil) agrees on good.py, differs on bad.py and raises on
// err.py. The parallel suite and the Go benchmarks are left out here
// (TestRunParallel has them).
func TestRun(t *testing.T) {
	needSh(t)
	dir := t.TempDir()
	progs := filepath.Join(dir, "py")
	if err := os.Mkdir(progs, 0o777); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"good", "bad", "err"} {
		if err := os.WriteFile(filepath.Join(progs, n+".py"), []byte("# "+n+"\n"), 0o666); err != nil {
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
case "$1" in
*bad.py) echo different ;;
*err.py) echo 'Traceback (most recent call last):' >&2; echo 'SyntaxError: nope' >&2; exit 1 ;;
*) read -r line < "$1"; echo "$line" ;;
esac
`)
	md := filepath.Join(dir, "out.md")
	t.Setenv("BENCH_ALLOW_FAIL", "")
	t.Setenv("BENCH_RUNS", "")
	t.Setenv("PATH", dir) // no jython column, whatever the machine has; the fakes use only builtins
	args := []string{"-dir", progs, "-python", python, "-pystm", pystm, "-runs", "2", "-startup-runs", "3", "-md", md,
		"-parallel", "", "-gobench", ""}

	var stdout, stderr strings.Builder
	if code := run(args, &stdout, &stderr); code != 1 {
		t.Errorf("exit status %d, want 1; stderr:\n%s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"best wall time of 2 runs each",
		"\ngood ",
		"\nbad         ",
		`pystm: output differs: line 1: got "different", want "# bad"`,
		"pystm: SyntaxError: nope",
		"over 1 benchmarks",
		"worst time ratio: ",
		"FAILED: 2 of 3 benchmarks",
		"start-up (best of 3 runs of `-c pass`)",
		"--gil s  pystm/gil",
		"geometric mean STM cost on one thread (pystm/pystm --gil): ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Jython") || strings.Contains(out, "parallel") || strings.Contains(out, "Go benchmarks") {
		t.Errorf("Jython column without jython, or parts that were left out:\n%s", out)
	}
	b, err := os.ReadFile(md)
	if err != nil || !strings.Contains(string(b), "| good |") {
		t.Errorf("markdown file: %v\n%s", err, b)
	}

	stdout.Reset()
	if code := run(append(args, "-allow-fail"), &stdout, &stderr); code != 0 {
		t.Errorf("-allow-fail: exit status %d, want 0", code)
	}
	t.Setenv("BENCH_ALLOW_FAIL", "1")
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Errorf("BENCH_ALLOW_FAIL=1: exit status %d, want 0", code)
	}
	t.Setenv("BENCH_ALLOW_FAIL", "")
	stdout.Reset()
	if code := run(append(args, "-only", "^good$", "-jython", python), &stdout, &stderr); code != 0 {
		t.Errorf("-only good: exit status %d, want 0; stderr:\n%s", code, stderr.String())
	}
	if out := stdout.String(); strings.Contains(out, "\nbad") || !strings.Contains(out, "Jython s") {
		t.Errorf("-only good -jython: got:\n%s", out)
	}
	if code := run(append(args, "-only", "nomatch"), &stdout, &stderr); code != 2 {
		t.Errorf("-only nomatch: exit status %d, want 2", code)
	}
	if code := run(append(args, "-python", filepath.Join(dir, "nopython")), &stdout, &stderr); code != 2 {
		t.Errorf("no CPython: exit status %d, want 2", code)
	}
}

// TestRunRounds checks that the single-thread suite runs in rounds over
// every program: each round runs each program once under each
// interpreter.
func TestRunRounds(t *testing.T) {
	needSh(t)
	dir := t.TempDir()
	progs := filepath.Join(dir, "py")
	if err := os.Mkdir(progs, 0o777); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"a", "b"} {
		if err := os.WriteFile(filepath.Join(progs, n+".py"), []byte("# "+n+"\n"), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	log := filepath.Join(dir, "log")
	fake := func(name string) string {
		return writeFake(t, dir, name, `
if [ "$1" = -c ]; then exit 0; fi
echo "`+name+` $*" >> "`+log+`"
if [ "$1" = --gil ]; then shift; fi
read -r line < "$1"; echo "$line"
`)
	}
	python, pystm := fake("python"), fake("pystm")
	t.Setenv("BENCH_RUNS", "")
	t.Setenv("PATH", dir)
	args := []string{"-dir", progs, "-python", python, "-pystm", pystm, "-runs", "2", "-startup-runs", "0",
		"-parallel", "", "-gobench", ""}
	var stdout, stderr strings.Builder
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d; stderr:\n%s", code, stderr.String())
	}
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(string(b), progs+"/", "")
	round := "python a.py\npystm a.py\npystm --gil a.py\npython b.py\npystm b.py\npystm --gil b.py\n"
	if got != round+round {
		t.Errorf("runs in the order\n%s\nwant two rounds of\n%s", got, round)
	}
	if !strings.Contains(stderr.String(), "pybench: round 2 of 2 ...") {
		t.Errorf("progress:\n%s", stderr.String())
	}
}

// TestMeasureRounds checks that runs are interleaved, one of each trial
// per round, that a trial must print its ref's output, and that a
// trial whose ref failed is not run.
func TestMeasureRounds(t *testing.T) {
	needSh(t)
	dir := t.TempDir()
	log := filepath.Join(dir, "log")
	fake := writeFake(t, dir, "fake", `
echo "$1" >> "`+log+`"
case "$1" in
a|b) echo same ;;
c) echo other ;;
bad) exit 4 ;;
esac
`)
	c := command{argv: []string{fake}}
	a := &trial{cmd: c, args: []string{"a"}}
	b := &trial{cmd: c, args: []string{"b"}, ref: a}
	other := &trial{cmd: c, args: []string{"c"}, ref: a}
	bad := &trial{cmd: c, args: []string{"bad"}}
	after := &trial{cmd: c, args: []string{"a"}, ref: bad}
	measureRounds([]*trial{a, b, other, bad, after}, 3, time.Minute)
	got, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if want := "a\nb\nc\nbad\na\nb\na\nb\n"; string(got) != want {
		t.Errorf("runs in the order %q, want %q", got, want)
	}
	if !a.m.ok() || !b.m.ok() || string(a.out) != "same\n" || string(b.out) != "same\n" {
		t.Errorf("a, b: %+v %q, %+v %q", a.m, a.out, b.m, b.out)
	}
	if other.m.err != `output differs: line 1: got "other", want "same"` {
		t.Errorf("other: %+v", other.m)
	}
	if bad.m.err != "exit status 4" || after.m.err != notRun {
		t.Errorf("bad, after: %+v, %+v", bad.m, after.m)
	}
}

func TestParallelRuns(t *testing.T) {
	for _, c := range []struct {
		env  string
		args []string
		want int
	}{
		{"", nil, 5},
		{"", []string{"-runs", "2"}, 2},
		{"4", nil, 4},
		{"4", []string{"-parallel-runs", "7"}, 7},
		{"", []string{"-runs", "1", "-parallel-runs", "3"}, 3},
	} {
		t.Setenv("BENCH_RUNS", c.env)
		cfg, err := parseFlags(c.args, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.parRuns != c.want {
			t.Errorf("BENCH_RUNS=%q %v: %d parallel runs, want %d", c.env, c.args, cfg.parRuns, c.want)
		}
	}
}
