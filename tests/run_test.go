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
	"testing"
	"time"
)

// pystmBinary builds cmd/pystm once for the tests that run programs.
var (
	buildOnce sync.Once
	buildPath string
	buildErr  error
)

func pystmBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "pystm-test")
		if err != nil {
			buildErr = err
			return
		}
		buildPath = filepath.Join(dir, "pystm")
		cmd := exec.Command("go", "build", "-o", buildPath, "../cmd/pystm")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return buildPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if buildPath != "" {
		os.RemoveAll(filepath.Dir(buildPath))
	}
	os.Exit(code)
}

// runResult is what a program did: its output streams and exit status.
type runResult struct {
	stdout, stderr string
	status         int
}

// runScript runs dir/name.py with pystm as `pystm NAME.py args...` in
// dir, with NAME.stdin (or nothing) on standard input and the Python
// environment variables cleared, as scripts/record_run.sh runs CPython.
func runScript(t *testing.T, bin, dir, name string) runResult {
	var args []string
	if b, err := os.ReadFile(filepath.Join(dir, name+".args")); err == nil {
		args = strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{name + ".py"}, args...)...)
	cmd.Dir = dir
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PYTHON") {
			continue
		}
		env = append(env, kv)
	}
	cmd.Env = env
	if b, err := os.ReadFile(filepath.Join(dir, name+".stdin")); err == nil {
		cmd.Stdin = bytes.NewReader(b)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else {
			t.Fatalf("running %s: %v", name, err)
		}
		if ctx.Err() != nil {
			stderr.WriteString("\n[pystm test: timed out after 120s]\n")
			status = -1
		}
	}
	return runResult{stdout.String(), stderr.String(), status}
}

// expected reads NAME.out, NAME.err and NAME.rc.
func expected(dir, name string) (runResult, error) {
	out, err := os.ReadFile(filepath.Join(dir, name+".out"))
	if err != nil {
		return runResult{}, err
	}
	r := runResult{stdout: string(out)}
	if b, err := os.ReadFile(filepath.Join(dir, name+".err")); err == nil {
		r.stderr = string(b)
	}
	if b, err := os.ReadFile(filepath.Join(dir, name+".rc")); err == nil {
		r.status, err = strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil {
			return r, err
		}
	}
	return r, nil
}

// readXFail reads the names of a directory's known failures.
func readXFail(dir string) map[string]bool {
	xf := map[string]bool{}
	b, err := os.ReadFile(filepath.Join(dir, "XFAIL"))
	if err != nil {
		return xf
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line != "" {
			xf[line] = true
		}
	}
	return xf
}

func diffResult(want, got runResult) string {
	var b strings.Builder
	if want.status != got.status {
		fmt.Fprintf(&b, "exit status: want %d, got %d\n", want.status, got.status)
	}
	if want.stdout != got.stdout {
		fmt.Fprintf(&b, "stdout differs%s\n--- want:\n%s--- got:\n%s", firstDifference(want.stdout, got.stdout), clip(want.stdout), clip(got.stdout))
	}
	if want.stderr != got.stderr {
		fmt.Fprintf(&b, "stderr differs%s\n--- want:\n%s--- got:\n%s", firstDifference(want.stderr, got.stderr), clip(want.stderr), clip(got.stderr))
	}
	return b.String()
}

func clip(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "\n[...]\n"
	}
	return s
}

// runDir runs every test script of dir and compares it with its
// expected output. Scripts listed in dir/XFAIL must fail (so the list
// stays true); every other script must pass.
func runDir(t *testing.T, dir string) {
	bin := pystmBinary(t)
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		n := strings.TrimSuffix(filepath.Base(p), ".py")
		if !strings.HasPrefix(n, "_") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Fatalf("no test scripts in %s", dir)
	}
	xfail := readXFail(dir)
	var mu sync.Mutex
	pass, xf := 0, 0
	var failing []string
	sem := make(chan struct{}, runtime.GOMAXPROCS(0)*2)
	t.Run("scripts", func(t *testing.T) {
		for _, name := range names {
			name := name
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				sem <- struct{}{}
				defer func() { <-sem }()
				want, err := expected(dir, name)
				if err != nil {
					t.Fatalf("%v (record it with scripts/record_run.sh)", err)
				}
				got := runScript(t, bin, dir, name)
				d := ""
				if got != want {
					d = diffResult(want, got)
				}
				mu.Lock()
				defer mu.Unlock()
				switch {
				case d == "" && xfail[name]:
					if os.Getenv("PYSTM_WRITE_XFAIL") != "" {
						return
					}
					t.Errorf("%s passes but is listed in %s/XFAIL: remove it from the list", name, dir)
				case d == "":
					pass++
				case xfail[name]:
					xf++
					failing = append(failing, name)
				default:
					failing = append(failing, name)
					if os.Getenv("PYSTM_WRITE_XFAIL") != "" {
						return
					}
					t.Errorf("%s: output differs from the expected\n%s", name, d)
				}
			})
		}
	})
	t.Logf("%s: %d of %d scripts pass; %d are known failures listed in XFAIL", dir, pass, len(names), xf)
	if os.Getenv("PYSTM_WRITE_XFAIL") != "" {
		writeXFail(t, dir, failing)
	}
}

// writeXFail rewrites dir/XFAIL with the scripts that fail now
// (PYSTM_WRITE_XFAIL=1, used by scripts/update_xfail.sh).
func writeXFail(t *testing.T, dir string, failing []string) {
	sort.Strings(failing)
	var b strings.Builder
	b.WriteString("# Scripts of this directory that pystm does not pass yet (see tests/run_test.go).\n")
	b.WriteString("# The test fails if one of them passes: remove it from this list then.\n")
	for _, n := range failing {
		b.WriteString(n + "\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "XFAIL"), []byte(b.String()), 0o644); err != nil {
		t.Error(err)
	}
}

// TestRun runs the scripts of run/, whose expected outputs were recorded
// from CPython 2.7.18 by scripts/record_run.sh.
func TestRun(t *testing.T) { runDir(t, "run") }

// TestDifferences runs the scripts of differences/: behaviour where
// pystm differs from CPython 2.7 on purpose (README, "Deliberate
// differences"); their expected outputs are written by hand.
func TestDifferences(t *testing.T) { runDir(t, "differences") }
