// Command pybench runs pystm's benchmarks side by side with CPython 2.7
// and prints them as tables; `make bench` runs it through bench/run.sh.
// It has three parts, each of which can be left out:
//
//   - The single-thread suite (the programs in -dir, bench/py) under
//     pystm, `pystm --gil` and CPython 2.7 (and Jython): wall time and
//     peak memory ratios with their geometric means, including the STM
//     machinery's cost on one thread (pystm over `pystm --gil`), then
//     the start-up time of `-c pass` under each.
//   - The parallel suite (the programs in -parallel, bench/parallel):
//     each run with 1 and with -threads threads under CPython, pystm,
//     `pystm --gil` and Jython if there is one; the wall times, the
//     speedup t1/tN of each, and pystm's STM counters (PYSTM_STATS) of
//     its N-thread run; then the machine's ceiling (N CPython processes
//     of independent.py at once against one alone) and, for each program
//     whose pystm threads gain, what N pystm processes of it gain.
//   - Go benchmarks (`go test -bench -gobench -gobench-pkg`, by default
//     the transactional container benchmarks of ./objects): the best
//     ns/op of each, and the ratio of each 1M benchmark to its 1K twin.
//
// Each program is run -runs times under each interpreter and the best
// wall time counts. The runs are made in rounds over the whole suite:
// each round runs every program once under each interpreter (and thread
// count), so that a machine whose load changes during the measurement
// weighs on every column alike, and a burst of load, which on a shared
// machine can last longer than all of one program's runs, falls on one
// of a program's rounds rather than on all of them.
//
// Usage:
//
//	pybench [flags]
//
// A benchmark that pystm fails to run, or whose output differs from
// CPython's, is shown as FAIL with the first line of its error (for a
// Python traceback, its last line: the exception) and is left out of
// the means; so is a Go benchmark run that fails. pybench then exits
// with status 1 unless -allow-fail is given or BENCH_ALLOW_FAIL=1 is
// set. Status 2 means the harness itself could not run (bad flags, no
// CPython, no benchmarks). Go benchmarks that do not exist (yet) are
// noted, not counted as failures.
//
// CPython is given as a command (-python, default $PYTHON2, else
// `env PYENV_VERSION=2.7.18 python2`); pybench asks it for
// sys.executable once and then runs that file directly, so that a
// launcher such as pyenv's shim is not timed. If a `jython` executable
// is on PATH, or one is given with -jython, its times are shown too;
// pybench never installs one.
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
	"slices"
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
	pystm, python, jython  string
	runs, startupRuns      int
	only                   *regexp.Regexp
	dir, md                string
	allowFail              bool
	timeout                time.Duration
	gil                    bool          // also run the single-thread suite under `pystm --gil`
	parDir                 string        // the parallel programs; "" skips them
	threads                int           // the thread count compared with 1
	parRuns                int           // runs of each parallel benchmark
	parTimeout             time.Duration // the longest one parallel run may take
	goBench, goPkg, goTool string        // go test -bench goBench goPkg, run with goTool
	stmlog                 bool          // also run the parallel suite with the STM event log on
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
	fs.DurationVar(&c.timeout, "timeout", 5*time.Minute, "the longest one run of the single-thread suite may take")
	fs.BoolVar(&c.gil, "gil", true, "also run the single-thread suite under `pystm --gil` (the STM's cost on one thread)")
	fs.StringVar(&c.parDir, "parallel", "bench/parallel", "the folder of parallel benchmark programs (\"\": skip them)")
	fs.IntVar(&c.threads, "threads", 2, "the thread count the parallel programs run with, besides 1")
	fs.IntVar(&c.parRuns, "parallel-runs", 0, "runs of each parallel benchmark (default: -runs if given or $BENCH_RUNS, else 5: they are short, and a speedup moves with the machine's load)")
	fs.DurationVar(&c.parTimeout, "parallel-timeout", time.Minute, "the longest one run of a parallel program may take")
	fs.BoolVar(&c.stmlog, "stmlog", false, "also run the parallel suite under pystm with the STM event log on (PYPYSTM=file)")
	goTool := os.Getenv("GO")
	if goTool == "" {
		goTool = "go"
	}
	fs.StringVar(&c.goBench, "gobench", "BenchmarkTx", "the Go benchmarks to run (go test -bench; \"\": skip them)")
	fs.StringVar(&c.goPkg, "gobench-pkg", "./objects", "the package of the Go benchmarks")
	fs.StringVar(&c.goTool, "go", goTool, "the go tool (default: $GO, else go)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if c.parRuns == 0 {
		c.parRuns = 5
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "runs" {
				c.parRuns = c.runs
			}
		})
		if os.Getenv("BENCH_RUNS") != "" {
			c.parRuns = c.runs
		}
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if c.runs < 1 {
		return nil, fmt.Errorf("-runs %d: want at least 1", c.runs)
	}
	if c.threads < 2 {
		return nil, fmt.Errorf("-threads %d: want at least 2", c.threads)
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
	var progs, pars []string
	if cfg.dir != "" {
		progs, err = benchmarks(cfg.dir, cfg.only)
	}
	if err == nil && cfg.parDir != "" {
		pars, err = benchmarks(cfg.parDir, cfg.only)
	}
	if err == nil && (cfg.dir != "" || cfg.parDir != "") && len(progs)+len(pars) == 0 {
		err = fmt.Errorf("no benchmark in %s matches %q", strings.Join(nonEmpty(cfg.dir, cfg.parDir), " or "), cfg.only.String())
	}
	if err != nil {
		fmt.Fprintf(stderr, "pybench: %v\n", err)
		return 2
	}
	pyArgv, err := resolvePython(cfg.python)
	if err != nil {
		fmt.Fprintf(stderr, "pybench: cannot run CPython (%s): %v\n", cfg.python, err)
		return 2
	}
	py := command{argv: pyArgv}
	var jy *command
	if cfg.jython != "" {
		jy = &command{argv: []string{cfg.jython}}
	} else if p, err := exec.LookPath("jython"); err == nil {
		jy = &command{argv: []string{p}}
	}
	// pystm keeps the compiled code of its built-in library in a cache,
	// as CPython keeps .pyc files (which CPython's installation wrote
	// for its library): let pystm write it even where the environment
	// says PYTHONDONTWRITEBYTECODE, so that its runs after the first
	// read it, as CPython's runs read their .pyc files.
	cache := "PYTHONDONTWRITEBYTECODE="
	pst := command{argv: []string{cfg.pystm}, env: []string{cache}}
	gil := command{argv: []string{cfg.pystm, "--gil"}, env: []string{cache}}

	rep := &report{runs: cfg.runs, jython: jy != nil, gil: cfg.gil, pyExe: py.String(), pstDesc: cfg.pystm}
	if cfg.python != rep.pyExe {
		rep.pyFrom = cfg.python
	}
	if jy != nil {
		rep.jyExe = jy.String()
	}
	rts := make([]*rowTrials, len(progs))
	var all []*trial
	for i, p := range progs {
		rts[i] = newRowTrials(p, py, pst, gil, jy, cfg)
		all = append(all, rts[i].ts...)
	}
	if len(progs) > 0 {
		for i := range cfg.runs {
			fmt.Fprintf(stderr, "pybench: round %d of %d ...\n", i+1, cfg.runs)
			measureRounds(all, 1, cfg.timeout)
		}
	}
	for i, p := range progs {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		r := rts[i].row(name)
		rep.rows = append(rep.rows, r)
		fmt.Fprintf(stderr, "pybench: %s ... CPython %s, pystm %s", name, secs(r.cpy), secs(r.pystm))
		if r.gil != nil {
			fmt.Fprintf(stderr, ", pystm --gil %s", secs(*r.gil))
		}
		fmt.Fprintln(stderr)
	}
	rep.sum = summarize(rep.rows)
	fail := rep.sum.failed > 0 || rep.sum.gilFailed > 0
	if cfg.startupRuns > 0 {
		fmt.Fprintf(stderr, "pybench: start-up ...\n")
		pass := []string{"-c", "pass"}
		st := &startup{runs: cfg.startupRuns}
		st.cpy, _ = measureProgram(py, pass, cfg.startupRuns, cfg.timeout, nil)
		st.pystm, _ = measureProgram(pst, pass, cfg.startupRuns, cfg.timeout, []byte{})
		if jy != nil {
			// A few runs: the JVM takes seconds to start.
			m, _ := measureProgram(*jy, pass, min(cfg.startupRuns, 3), cfg.timeout, []byte{})
			st.jython = &m
		}
		rep.start = st
		fail = fail || !st.cpy.ok() || !st.pystm.ok()
	}
	if len(pars) > 0 {
		// CPython and Jython find the transaction module, which pystm
		// has built in, in its serial form: fallback/transaction.py.
		fallback, _ := filepath.Abs("fallback")
		vs := []variant{
			{name: "CPython", cmd: py.withEnv("PYTHONPATH=" + fallback), counts: true},
			{name: "pystm", cmd: pst.withEnv("PYSTM_STATS=1"), counts: true},
			{name: "gil", desc: "`" + gil.String() + "`, threads taking turns under one global lock", cmd: gil, counts: true},
		}
		if cfg.stmlog {
			// The event log's cost: the same runs, writing the log.
			dir, err := os.MkdirTemp("", "pybench-stmlog")
			if err != nil {
				fmt.Fprintf(stderr, "pybench: %v\n", err)
				return 2
			}
			defer os.RemoveAll(dir)
			vs = append(vs, variant{name: "pystm+log", desc: "`PYPYSTM=FILE " + pst.String() + "`, writing the STM event log",
				cmd: pst.withEnv("PYSTM_STATS=1", "PYPYSTM="+filepath.Join(dir, "stm.log")), counts: true})
		}
		if jy != nil {
			vs = append(vs, variant{name: "Jython", cmd: jy.withEnv("JYTHONPATH="+fallback, "PYTHONPATH="+fallback)})
		}
		rep.par = runParallel(pars, vs, cfg.threads, cfg.parRuns, cfg.parTimeout, stderr)
		for _, prog := range pars {
			if filepath.Base(prog) != "independent.py" {
				continue
			}
			fmt.Fprintf(stderr, "pybench: machine ceiling ...\n")
			if a, t, err := machineCeiling(py, prog, cfg.threads, cfg.parRuns, cfg.parTimeout); err == nil {
				rep.par.notes = append(rep.par.notes, ceilingNote("CPython", prog, cfg.threads, a, t))
			} else {
				rep.par.notes = append(rep.par.notes, "machine ceiling not measured: "+err.Error())
			}
		}
		// pystm's threads against as many pystm processes, for the
		// programs meant to scale (whose threads gain at all).
		pystmCol := slices.IndexFunc(vs, func(v variant) bool { return v.name == "pystm" })
		for i, prog := range pars {
			sp := rep.par.rows[i].cells[pystmCol].speedup()
			if sp <= 1 {
				continue
			}
			fmt.Fprintf(stderr, "pybench: %s as processes ...\n", filepath.Base(prog))
			if a, t, err := machineCeiling(pst, prog, cfg.threads, cfg.parRuns, cfg.parTimeout); err == nil {
				rep.par.notes = append(rep.par.notes, processNote("pystm", prog, cfg.threads, a, t, sp))
			} else {
				rep.par.notes = append(rep.par.notes, filepath.Base(prog)+" as processes not measured: "+err.Error())
			}
		}
		if jy == nil {
			rep.par.notes = append(rep.par.notes, "Jython: not installed (no `jython` on PATH, no -jython)")
		}
		fail = fail || rep.par.failed() > 0
	}
	if cfg.goBench != "" {
		fmt.Fprintf(stderr, "pybench: go test -bench %s %s ...\n", cfg.goBench, cfg.goPkg)
		rep.gob = runGoBench(cfg.goTool, cfg.goPkg, cfg.goBench, cfg.runs)
		fail = fail || rep.gob.err != ""
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

// rowTrials are the runs of one program of the single-thread suite:
// under CPython, pystm, pystm --gil (when cfg.gil) and Jython (when jy
// is not nil); every output must be CPython's. When CPython fails, the
// others are not run: pystm's measure says so, and the optional ones
// are left out. The suite runs in rounds, each of which runs every
// program once under each interpreter (measureRounds over all of them),
// so that a burst of load on the machine falls on one of a program's
// rounds rather than all.
type rowTrials struct {
	ts             []*trial // CPython, pystm, then the others
	cpy, gil, jyth *trial
}

func newRowTrials(prog string, py, pst, gil command, jy *command, cfg *config) *rowTrials {
	args := []string{prog}
	rt := &rowTrials{cpy: &trial{cmd: py, args: args}}
	rt.ts = []*trial{rt.cpy, {cmd: pst, args: args, ref: rt.cpy}}
	if cfg.gil {
		rt.gil = &trial{cmd: gil, args: args, ref: rt.cpy}
		rt.ts = append(rt.ts, rt.gil)
	}
	if jy != nil {
		rt.jyth = &trial{cmd: *jy, args: args, ref: rt.cpy}
		rt.ts = append(rt.ts, rt.jyth)
	}
	return rt
}

// row is the program's line of the table, once its rounds have run.
func (rt *rowTrials) row(name string) row {
	r := row{name: name, cpy: rt.cpy.m, pystm: rt.ts[1].m}
	if rt.cpy.m.ok() {
		if rt.gil != nil {
			r.gil = &rt.gil.m
		}
		if rt.jyth != nil {
			r.jython = &rt.jyth.m
		}
	}
	return r
}

// nonEmpty returns the strings of ss that are not empty.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
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

// A command is an interpreter to run programs with: its argument
// vector and extra environment variables.
type command struct {
	argv []string
	env  []string // NAME=value, added to pybench's own environment
}

// withEnv returns c with the variables kv added to its environment.
func (c command) withEnv(kv ...string) command {
	c.env = append(append([]string{}, c.env...), kv...)
	return c
}

// String is the command line, as shown in the reports.
func (c command) String() string { return strings.Join(c.argv, " ") }

// measureProgram runs c with args n times and returns the best wall
// time, the largest peak RSS and the STM counters that the best run
// printed, if any. When want is not nil, each run's standard output
// must equal it; otherwise every run must print what the first
// printed, which is returned. The first failing run ends the
// measurement.
func measureProgram(c command, args []string, n int, timeout time.Duration, want []byte) (measure, []byte) {
	t := &trial{cmd: c, args: args, want: want}
	measureRounds([]*trial{t}, n, timeout)
	if !t.m.ok() {
		return t.m, nil
	}
	if want != nil {
		return t.m, want
	}
	return t.m, t.out
}

// A trial is one program run with one command, measured over rounds.
type trial struct {
	cmd  command
	args []string
	want []byte // the output it must print; nil: ref's, else its first run's
	// ref is the trial whose output this one must print; it runs first
	// in each round, and this one is not run when it failed.
	ref     *trial
	m       measure
	out     []byte // what its first run printed
	started bool
}

// measureRounds runs each trial n times, one run of each per round in
// the order given, so that a machine whose load changes over time
// affects every trial alike; a trial's measure keeps the best wall
// time, the largest peak RSS and the STM counters of the best run. A
// trial that fails is not run again, and neither is one whose ref
// failed (its error is then notRun).
func measureRounds(ts []*trial, n int, timeout time.Duration) {
	for i := 0; i < n; i++ {
		for _, t := range ts {
			t.step(timeout)
		}
	}
}

// step makes one run of the trial, unless it or its ref has failed.
func (t *trial) step(timeout time.Duration) {
	if !t.m.ok() {
		return
	}
	want := t.want
	if t.ref != nil {
		if !t.ref.m.ok() {
			t.m = measure{err: notRun}
			return
		}
		if t.ref.started {
			want = t.ref.out
		}
	}
	out, errOut, secs, kib, err := runOnce(t.cmd, t.args, timeout)
	if err != "" {
		t.m = measure{err: err}
		return
	}
	first := !t.started
	if want == nil && !first {
		if d := diffLine(t.out, out); d != "" {
			t.m = measure{err: "output differs between runs: " + d}
			return
		}
	} else if want != nil {
		if d := diffLine(want, out); d != "" {
			t.m = measure{err: "output differs: " + d}
			return
		}
	}
	if first {
		t.started, t.out = true, out
	}
	if first || secs < t.m.secs {
		t.m.secs = secs
		t.m.stats = findStats(errOut)
	}
	if kib > t.m.kib {
		t.m.kib = kib
	}
}

// runOnce runs one child process; it returns its standard output and
// error, wall time, peak RSS in KiB, and a one-line error when it did
// not exit 0.
func runOnce(c command, args []string, timeout time.Duration) (out, errOut []byte, secs float64, kib int64, errLine string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.argv[0], append(append([]string{}, c.argv[1:]...), args...)...)
	if len(c.env) > 0 {
		cmd.Env = append(os.Environ(), c.env...)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = time.Second
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if ctx.Err() == context.DeadlineExceeded {
		return nil, nil, 0, 0, fmt.Sprintf("timed out after %v", timeout)
	}
	if err != nil {
		if msg := firstErrorLine(stderr.Bytes()); msg != "" {
			return nil, nil, 0, 0, msg
		}
		return nil, nil, 0, 0, err.Error()
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		kib = int64(ru.Maxrss)
		if runtime.GOOS == "darwin" { // bytes there, KiB on Linux
			kib /= 1024
		}
	}
	return stdout.Bytes(), stderr.Bytes(), elapsed.Seconds(), kib, ""
}

// firstErrorLine picks the line of a failed run's standard error that
// says what went wrong: the last line of a Python traceback (the
// exception), else the first non-blank line. pystm's STM counters
// (PYSTM_STATS) are not an error.
func firstErrorLine(stderr []byte) string {
	var lines []string
	for _, l := range strings.Split(string(stderr), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, statsPrefix) {
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
