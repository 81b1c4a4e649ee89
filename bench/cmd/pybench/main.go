// Command pybench runs pystm's single-thread benchmark suite (the
// programs in bench/py) under pystm and under CPython 2.7 side by side,
// checks that both print the same output, and prints a table of wall
// time and peak memory ratios with their geometric means, followed by
// the start-up time of `-c pass` under each. `make bench` runs it
// through bench/run.sh.
//
// Usage:
//
//	pybench [flags]
//
// A benchmark that pystm fails to run, or whose output differs from
// CPython's, is shown as FAIL with the first line of its error (for a
// Python traceback, its last line: the exception) and is left out of
// the means; pybench then exits with status 1 unless -allow-fail is
// given or BENCH_ALLOW_FAIL=1 is set. Status 2 means the harness itself
// could not run (bad flags, no CPython, no benchmarks).
//
// CPython is given as a command (-python, default $PYTHON2, else
// `env PYENV_VERSION=2.7.18 python2`); pybench asks it for
// sys.executable once and then runs that file directly, so that a
// launcher such as pyenv's shim is not timed. If a `jython` executable
// is on PATH, or one is given with -jython, its times are shown too.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const defaultPython = "env PYENV_VERSION=2.7.18 python2"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// A config holds the parsed command line.
type config struct {
	pystm, python, jython string
	runs, startupRuns     int
	only                  *regexp.Regexp
	dir, md               string
	allowFail             bool
	timeout               time.Duration
}

// parseFlags reads the command line, with defaults from the environment.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("pybench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	python := os.Getenv("PYTHON2")
	if python == "" {
		python = defaultPython
	}
	runs := 3
	if v := os.Getenv("BENCH_RUNS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("BENCH_RUNS=%q: want a positive integer", v)
		}
		runs = n
	}
	only := ""
	fs.StringVar(&c.pystm, "pystm", "bin/pystm", "the pystm binary")
	fs.StringVar(&c.python, "python", python, "the CPython 2.7 command (default: $PYTHON2, else `"+defaultPython+"`)")
	fs.StringVar(&c.jython, "jython", "", "a Jython executable to time as well (default: `jython` on PATH, if any)")
	fs.IntVar(&c.runs, "runs", runs, "runs of each benchmark under each interpreter; the best time counts (default: $BENCH_RUNS, else 3)")
	fs.IntVar(&c.startupRuns, "startup-runs", 20, "runs of `-c pass` for the start-up time (0: skip)")
	fs.StringVar(&only, "only", "", "run only the benchmarks whose name matches this regexp")
	fs.StringVar(&c.dir, "dir", "bench/py", "the folder of benchmark programs")
	fs.StringVar(&c.md, "md", "", "also write the table as markdown to this file")
	fs.BoolVar(&c.allowFail, "allow-fail", os.Getenv("BENCH_ALLOW_FAIL") == "1", "exit 0 even if benchmarks fail (default: $BENCH_ALLOW_FAIL=1)")
	fs.DurationVar(&c.timeout, "timeout", 5*time.Minute, "the longest one run may take")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if c.runs < 1 {
		return nil, fmt.Errorf("-runs %d: want at least 1", c.runs)
	}
	re, err := regexp.Compile(only)
	if err != nil {
		return nil, fmt.Errorf("-only: %v", err)
	}
	c.only = re
	return c, nil
}

// run is the whole program; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "pybench: %v\n", err)
		}
		return 2
	}
	progs, err := benchmarks(cfg.dir, cfg.only)
	if err != nil {
		fmt.Fprintf(stderr, "pybench: %v\n", err)
		return 2
	}
	py, err := resolvePython(cfg.python)
	if err != nil {
		fmt.Fprintf(stderr, "pybench: cannot run CPython (%s): %v\n", cfg.python, err)
		return 2
	}
	var jy []string
	if cfg.jython != "" {
		jy = []string{cfg.jython}
	} else if p, err := exec.LookPath("jython"); err == nil {
		jy = []string{p}
	}

	rep := &report{runs: cfg.runs, jython: jy != nil, pyExe: strings.Join(py, " "), pstDesc: cfg.pystm}
	if cfg.python != rep.pyExe {
		rep.pyFrom = cfg.python
	}
	for _, p := range progs {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		fmt.Fprintf(stderr, "pybench: %s ...", name)
		r := row{name: name}
		var want []byte
		r.cpy, want = measureProgram(py, []string{p}, cfg.runs, cfg.timeout, nil)
		if r.cpy.ok() {
			r.pystm, _ = measureProgram([]string{cfg.pystm}, []string{p}, cfg.runs, cfg.timeout, want)
			if jy != nil {
				m, _ := measureProgram(jy, []string{p}, cfg.runs, cfg.timeout, want)
				r.jython = &m
			}
		} else {
			r.pystm = measure{err: "not run"}
		}
		fmt.Fprintf(stderr, " CPython %s, pystm %s\n", secs(r.cpy), secs(r.pystm))
		rep.rows = append(rep.rows, r)
	}
	rep.sum = summarize(rep.rows)
	fail := rep.sum.failed > 0
	if cfg.startupRuns > 0 {
		fmt.Fprintf(stderr, "pybench: start-up ...\n")
		pass := []string{"-c", "pass"}
		st := &startup{runs: cfg.startupRuns}
		st.cpy, _ = measureProgram(py, pass, cfg.startupRuns, cfg.timeout, nil)
		st.pystm, _ = measureProgram([]string{cfg.pystm}, pass, cfg.startupRuns, cfg.timeout, []byte{})
		rep.start = st
		fail = fail || !st.cpy.ok() || !st.pystm.ok()
	}

	fmt.Fprintln(stdout)
	if err := rep.writeText(stdout); err != nil {
		fmt.Fprintf(stderr, "pybench: %v\n", err)
		return 2
	}
	if cfg.md != "" {
		var b bytes.Buffer
		if err := rep.writeMarkdown(&b); err == nil {
			err = os.WriteFile(cfg.md, b.Bytes(), 0o666)
		}
		if err != nil {
			fmt.Fprintf(stderr, "pybench: %v\n", err)
			return 2
		}
	}
	if fail {
		if cfg.allowFail {
			fmt.Fprintln(stderr, "pybench: some benchmarks failed (allowed by -allow-fail / BENCH_ALLOW_FAIL=1)")
			return 0
		}
		fmt.Fprintln(stderr, "pybench: some benchmarks failed (-allow-fail or BENCH_ALLOW_FAIL=1 to exit 0 anyway)")
		return 1
	}
	return 0
}

// benchmarks lists the .py files of dir whose names match only, sorted.
func benchmarks(dir string, only *regexp.Regexp) ([]string, error) {
	all, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range all {
		if only.MatchString(strings.TrimSuffix(filepath.Base(p), ".py")) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no benchmark in %s matches %q", dir, only.String())
	}
	sort.Strings(out)
	return out, nil
}

// resolvePython runs the CPython command once to learn its
// sys.executable and returns that file as the command to time, or the
// command itself when the answer is not a file that can be run.
func resolvePython(command string) ([]string, error) {
	argv := strings.Fields(command)
	if len(argv) == 0 {
		return nil, errors.New("empty command")
	}
	cmd := exec.Command(argv[0], append(argv[1:], "-c", "import sys; sys.stdout.write(sys.executable)")...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	if err != nil {
		if msg := firstErrorLine(errb.Bytes()); msg != "" {
			return nil, errors.New(msg)
		}
		return nil, err
	}
	exe := string(out)
	if fi, err := os.Stat(exe); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
		return []string{exe}, nil
	}
	return argv, nil
}

// measureProgram runs argv+args n times and returns the best wall time
// and the largest peak RSS. When want is not nil, each run's standard
// output must equal it; otherwise every run must print what the first
// printed, which is returned. The first failing run ends the
// measurement.
func measureProgram(argv, args []string, n int, timeout time.Duration, want []byte) (measure, []byte) {
	var m measure
	fromFirst := want == nil
	for i := 0; i < n; i++ {
		out, secs, kib, err := runOnce(argv, args, timeout)
		if err != "" {
			return measure{err: err}, nil
		}
		if i == 0 && fromFirst {
			want = out
		} else if d := diffLine(want, out); d != "" {
			if fromFirst {
				return measure{err: "output differs between runs: " + d}, nil
			}
			return measure{err: "output differs: " + d}, nil
		}
		if i == 0 || secs < m.secs {
			m.secs = secs
		}
		if kib > m.kib {
			m.kib = kib
		}
	}
	return m, want
}

// runOnce runs one child process; it returns its standard output, wall
// time, peak RSS in KiB, and a one-line error when it did not exit 0.
func runOnce(argv, args []string, timeout time.Duration) (out []byte, secs float64, kib int64, errLine string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], append(append([]string{}, argv[1:]...), args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = time.Second
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if ctx.Err() == context.DeadlineExceeded {
		return nil, 0, 0, fmt.Sprintf("timed out after %v", timeout)
	}
	if err != nil {
		if msg := firstErrorLine(stderr.Bytes()); msg != "" {
			return nil, 0, 0, msg
		}
		return nil, 0, 0, err.Error()
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		kib = int64(ru.Maxrss)
		if runtime.GOOS == "darwin" { // bytes there, KiB on Linux
			kib /= 1024
		}
	}
	return stdout.Bytes(), elapsed.Seconds(), kib, ""
}

// firstErrorLine picks the line of a failed run's standard error that
// says what went wrong: the last line of a Python traceback (the
// exception), else the first non-blank line.
func firstErrorLine(stderr []byte) string {
	var lines []string
	for _, l := range strings.Split(string(stderr), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return ""
	}
	if strings.HasPrefix(lines[0], "Traceback (most recent call last)") {
		return lines[len(lines)-1]
	}
	return lines[0]
}

// diffLine describes the first line where got differs from want, or
// returns "" when they are equal.
func diffLine(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	show := func(lines []string, i int) string {
		if i >= len(lines) {
			return "end of output"
		}
		return strconv.Quote(truncate(lines[i], 40))
	}
	for i := 0; ; i++ {
		if i >= len(w) || i >= len(g) || w[i] != g[i] {
			return fmt.Sprintf("line %d: got %s, want %s", i+1, show(g, i), show(w, i))
		}
	}
}
