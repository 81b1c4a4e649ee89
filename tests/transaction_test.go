package tests

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestTransaction runs the scripts of transaction/, the tests of the
// transaction module (lib/python/transaction.py), whose expected outputs
// were recorded from CPython 2.7.18 running the module's serial fallback
// (PYTHONPATH=fallback) by scripts/record_transaction.sh. Under pystm the
// same scripts use pypystm and run their transactions in parallel; their
// outputs are made not to depend on the order the transactions commit in.
func TestTransaction(t *testing.T) { runDir(t, "transaction") }

// TestExamples runs the programs of ../examples under pystm and compares
// what they print with examples/expected, recorded from CPython 2.7.18
// with PYTHONPATH=fallback by scripts/record_transaction.sh.
func TestExamples(t *testing.T) {
	bin := pystmBinary(t)
	dir := filepath.Join("..", "examples")
	want := filepath.Join(dir, "expected")
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
		t.Fatalf("no programs in %s", dir)
	}
	for _, name := range names {
		name := name
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			exp, err := expected(want, name)
			if err != nil {
				if os.IsNotExist(err) {
					t.Fatalf("%s has no expected output (record it with scripts/record_transaction.sh)", name)
				}
				t.Fatal(err)
			}
			got := runScript(t, bin, dir, name)
			if got != exp {
				t.Errorf("%s: output differs from the expected\n%s", name, diffResult(exp, got))
			}
		})
	}
}
