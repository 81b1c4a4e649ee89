package tests

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The stress suite (stress/): Python scripts that check GIL semantics
// under threads. Each script takes the thread count as its first
// argument (stress/_stress.py describes the others), checks its own
// outcome against what a serial execution allows, and prints the same
// lines whatever the thread count and the interleaving; stress/NAME.out
// holds them, recorded from CPython 2.7.18 by scripts/record_stress.sh.
//
// TestStress runs every script with 2, 4 and 8 threads, each several
// times (alternating the default transaction length with very short
// ones, sys.setcheckinterval(1)), then once with --gil and once with
// --segments 1 (4 threads). A run that takes too long is a hang: it is
// reported with a goroutine dump and the script's other runs are
// skipped.
//
// Built with -race (`go test -race -run Stress ./tests`), the test
// builds pystm with -race as well, so the threaded Python code runs
// under the race detector, with one smaller repetition.
//
// PYSTM_STRESS_REPS=N sets the number of repetitions (default 3; 1 with
// -short or -race); PYSTM_STRESS_SIZE sets the size argument (default:
// the scripts' own sizes; 25% under -race).

var stressThreads = []int{2, 4, 8}

// stressRun is one run of a stress script.
type stressRun struct {
	threads  int
	flags    []string // pystm options before the script
	interval string   // sys.setcheckinterval argument; "" for the default
	rep      int      // repetition number, from 1
}

func (r stressRun) String() string {
	s := fmt.Sprintf("%d threads", r.threads)
	if len(r.flags) > 0 {
		s += ", " + strings.Join(r.flags, " ")
	}
	if r.interval != "" {
		s += ", checkinterval " + r.interval
	}
	if r.rep > 0 {
		s += fmt.Sprintf(", run %d", r.rep)
	}
	return s
}

// stressSettings returns the repetition count, the size argument and the
// time limit of one run.
func stressSettings(t *testing.T) (reps int, size string, limit time.Duration) {
	reps, size, limit = 3, "0", 30*time.Second
	if testing.Short() {
		reps = 1
	}
	if raceEnabled {
		reps, size, limit = 1, "25%", 60*time.Second
	}
	if v := os.Getenv("PYSTM_STRESS_REPS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("PYSTM_STRESS_REPS=%q: want a positive count", v)
		}
		reps = n
	}
	if v := os.Getenv("PYSTM_STRESS_SIZE"); v != "" {
		size = v
	}
	return reps, size, limit
}

// stressBinary returns the pystm to run the scripts with: the shared
// build, or under -race a race-enabled build made in dir.
func stressBinary(t *testing.T, dir string) string {
	if !raceEnabled {
		return pystmBinary(t)
	}
	bin := filepath.Join(dir, "pystm-race")
	cmd := exec.Command("go", "build", "-race", "-o", bin, "../cmd/pystm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build -race: %v\n%s", err, out)
	}
	return bin
}

func TestStress(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("stress", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		if n := strings.TrimSuffix(filepath.Base(p), ".py"); !strings.HasPrefix(n, "_") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Fatal("no scripts in stress/")
	}
	reps, size, limit := stressSettings(t)
	bin := stressBinary(t, t.TempDir())
	var runs []stressRun
	for rep := 1; rep <= reps; rep++ {
		interval := ""
		if rep%2 == 0 {
			interval = "1"
		}
		for _, n := range stressThreads {
			runs = append(runs, stressRun{threads: n, interval: interval, rep: rep})
		}
	}
	runs = append(runs,
		stressRun{threads: 4, flags: []string{"--gil"}},
		stressRun{threads: 4, flags: []string{"--segments", "1"}})

	// Scripts run side by side, each one's runs in sequence, at most
	// as many scripts at once as there are CPUs.
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	start := time.Now()
	t.Run("scripts", func(t *testing.T) {
		for _, name := range names {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				want, err := os.ReadFile(filepath.Join("stress", name+".out"))
				if err != nil {
					t.Fatalf("%v (record it with scripts/record_stress.sh)", err)
				}
				sem <- struct{}{}
				defer func() { <-sem }()
				failed := 0
				var slowest time.Duration
				defer func() { t.Logf("slowest run: %v", slowest.Round(time.Millisecond)) }()
				for _, r := range runs {
					t0 := time.Now()
					got := runStress(t, bin, name, r, size, limit)
					slowest = max(slowest, time.Since(t0))
					if got.hung {
						t.Errorf("%s.py with %s: HANG: no exit after %v (the other runs of this script are skipped)\nstdout:\n%s%s",
							name, r, limit, clip(got.stdout), goroutineSummary(got.stderr))
						return
					}
					if got.stdout == string(want) && got.stderr == "" && got.status == 0 {
						continue
					}
					failed++
					if failed > 3 {
						continue // counted, not repeated
					}
					t.Errorf("%s.py with %s: %s", name, r,
						diffResult(runResult{stdout: string(want)}, got.runResult))
				}
				if failed > 0 {
					t.Errorf("%s.py: %d of %d runs failed", name, failed, len(runs))
				}
			})
		}
	})
	t.Logf("%d scripts, %d runs each (size %s), in %v", len(names), len(runs), size,
		time.Since(start).Round(time.Millisecond))
}

// stressResult is what one run did.
type stressResult struct {
	runResult
	hung bool
}

// stressMu serialises making temporary directories for runs.
var stressMu sync.Mutex

// runStress runs stress/NAME.py once. On a hang it asks the process
// for a goroutine dump (SIGQUIT) before killing it.
func runStress(t *testing.T, bin, name string, r stressRun, size string, limit time.Duration) stressResult {
	args := append([]string{}, r.flags...)
	args = append(args, name+".py", strconv.Itoa(r.threads))
	if r.interval != "" {
		args = append(args, size, r.interval)
	} else if size != "0" {
		args = append(args, size)
	}
	stressMu.Lock()
	tmp, err := os.MkdirTemp("", "pystm-stress")
	stressMu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGQUIT) }
	cmd.WaitDelay = 5 * time.Second
	cmd.Dir = "stress"
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PYTHON") || strings.HasPrefix(kv, "PYSTM") ||
			strings.HasPrefix(kv, "TMPDIR=") {
			continue
		}
		env = append(env, kv)
	}
	cmd.Env = append(env, "TMPDIR="+tmp)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	res := stressResult{}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok && ctx.Err() == nil {
			t.Fatalf("running %s.py: %v", name, err)
		}
		res.status = -1
		if ok {
			res.status = ee.ExitCode()
		}
		res.hung = ctx.Err() != nil
	}
	res.stdout, res.stderr = stdout.String(), stderr.String()
	return res
}

// goroutineSummary shortens the goroutine dump a Go program prints on
// SIGQUIT to what helps with a hang: each goroutine that runs pystm code,
// with its state and its innermost pystm frames.
func goroutineSummary(dump string) string {
	i := strings.Index(dump, "SIGQUIT")
	if i < 0 {
		return "stderr:\n" + clip(dump)
	}
	var b strings.Builder
	b.WriteString("stderr before the dump:\n" + clip(dump[:i]) + "goroutines (innermost pystm frames):\n")
	for _, g := range strings.Split(dump[i:], "\n\n") {
		lines := strings.Split(strings.TrimSpace(g), "\n")
		if !strings.HasPrefix(lines[0], "goroutine ") {
			continue
		}
		var frames []string
		for j := 1; j+1 < len(lines) && len(frames) < 4; j += 2 {
			if strings.HasPrefix(lines[j], "github.com/pystm/") {
				fn := lines[j][:strings.LastIndexByte(lines[j], '(')]
				at := strings.Fields(lines[j+1])[0]
				at = filepath.Base(filepath.Dir(at)) + "/" + filepath.Base(at)
				frames = append(frames, "    "+strings.TrimPrefix(fn, "github.com/pystm/pystm/")+" at "+at)
			}
		}
		if len(frames) > 0 {
			b.WriteString("  " + lines[0] + "\n" + strings.Join(frames, "\n") + "\n")
		}
	}
	return b.String()
}
