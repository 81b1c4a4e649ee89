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
