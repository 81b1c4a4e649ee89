package tests

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestCLI runs the command-line cases of cli/ (arguments, standard input
// and environment per case, see scripts/record_cli.sh) through the built
// pystm and compares what it prints and its exit status with what
// CPython 2.7.18 did.
func TestCLI(t *testing.T) {
	bin := pystmBinary(t)
	dir := "cli"
	paths, err := filepath.Glob(filepath.Join(dir, "*.args"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		t.Fatal("no cases in cli/")
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".args")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := expected(dir, name)
			if err != nil {
				t.Fatalf("%v (record it with scripts/record_cli.sh)", err)
			}
			got := runCLICase(t, bin, dir, name)
			if got != want {
				t.Errorf("pystm %s:\n%s", name, diffResult(want, got))
			}
		})
	}
}

func runCLICase(t *testing.T, bin, dir, name string) runResult {
	var args []string
	if b, err := os.ReadFile(filepath.Join(dir, name+".args")); err == nil && len(b) > 0 {
		args = strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	if b, err := os.ReadFile(filepath.Join(dir, name+".env")); err == nil {
		env = append(env, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
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
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running %s: %v", name, err)
		}
		status = ee.ExitCode()
	}
	return runResult{stdout.String(), stderr.String(), status}
}

// TestGOGC checks that pystm's collector follows GOGC where the
// environment sets it (as any Go program's does), and its own target
// otherwise: the same allocations, counted in the runtime's trace
// (GODEBUG=gctrace=1 prints a line "gc N @..." per cycle), take no
// collection with GOGC=off and more with GOGC=10 than with pystm's
// default of 400.
func TestGOGC(t *testing.T) {
	bin := pystmBinary(t)
	dir := t.TempDir()
	cycles := func(env ...string) int {
		t.Helper()
		r := runPystm(t, bin, dir, append([]string{"GODEBUG=gctrace=1"}, env...),
			"-c", "x = [[i] for i in xrange(300000)]\nprint len(x)")
		if r.status != 0 || r.stdout != "300000\n" {
			t.Fatalf("GOGC %v: status %d, stdout %q, stderr:\n%s", env, r.status, r.stdout, r.stderr)
		}
		n := 0
		for _, l := range strings.Split(r.stderr, "\n") {
			if strings.HasPrefix(l, "gc ") {
				n++
			}
		}
		return n
	}
	if n := cycles("GOGC=off"); n != 0 {
		t.Errorf("GOGC=off: %d collections", n)
	}
	def, low := cycles("GOGC="), cycles("GOGC=10")
	if low <= def {
		t.Errorf("GOGC=10: %d collections, no more than the default's %d", low, def)
	}
}
