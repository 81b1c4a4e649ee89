package tests

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/compile/syntax"
)

// TestSyntaxErrors drives the syntax-error corpus in syntaxerr/: each
// NAME.py is a program CPython 2.7 rejects at compile time, and NAME.err
// is exactly what `python2 NAME.py` writes to stderr (recorded by
// scripts/record_syntaxerr.sh). The front end, reading NAME.py as a file
// (syntax.ParseFile, then compile.CompileTree), must reject it with a
// *syntax.Error whose Format() is that text, byte for byte.
func TestSyntaxErrors(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join("syntaxerr", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no cases in syntaxerr/")
	}
	pass := 0
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		ok := t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".err")
			if err != nil {
				t.Fatalf("%v (run scripts/record_syntaxerr.sh)", err)
			}
			got, problem := compileError(name+".py", src)
			if problem != "" {
				t.Errorf("%s: %s\n--- want (CPython 2.7):\n%s", name, problem, want)
				return
			}
			if got != string(want) {
				t.Errorf("%s: error differs from CPython's\n--- want (CPython 2.7):\n%s--- got:\n%s%s",
					name, want, got, firstDifference(string(want), got))
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("syntax-error corpus: %d of %d cases match CPython 2.7", pass, len(cases))
}

// compileError compiles src and returns the formatted *syntax.Error, or
// a description of what went wrong instead.
func compileError(filename string, src []byte) (formatted, problem string) {
	defer func() {
		if r := recover(); r != nil {
			formatted, problem = "", fmt.Sprintf("compile panicked: %v", r)
		}
	}()
	// As `python2 NAME.py` reads it: file input, which differs from
	// compile()'s string input at the end of input and for non-ASCII
	// bytes without a declared encoding.
	var err error
	if tree, perr := syntax.ParseFile(filename, src, 0); perr != nil {
		err = perr
	} else {
		_, err = compile.CompileTree(tree, filename, src, 0)
	}
	if err == nil {
		return "", "compiled without error"
	}
	se, ok := err.(*syntax.Error)
	if !ok {
		return "", fmt.Sprintf("error is a %T, not a *syntax.Error: %v", err, err)
	}
	return se.Format(), ""
}

// firstDifference names the first line where want and got differ, quoted
// so that tabs, form feeds and trailing blanks show.
func firstDifference(want, got string) string {
	w := strings.SplitAfter(want, "\n")
	g := strings.SplitAfter(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("--- first difference, line %d:\nwant %q\ngot  %q\n", i+1, wl, gl)
		}
	}
	return ""
}
