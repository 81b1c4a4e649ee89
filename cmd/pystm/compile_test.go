package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runPystm runs the command line in args and returns status, stdout, stderr.
func runPystm(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	st := a.run(args)
	return st, out.String(), errb.String()
}

func writeFile(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCompileDumpAST(t *testing.T) {
	p := writeFile(t, "a.py", "print x,\n")
	st, out, errs := runPystm("compile", "--dump-ast", p)
	want := "Module(body=[Print(dest=None, values=[Name(id='x', ctx=Load())], nl=False)])\n"
	if st != 0 || out != want || errs != "" {
		t.Fatalf("status %d\nstdout %q\nstderr %q\nwant %q", st, out, errs, want)
	}
}

func TestCompileErrorsAndStatus(t *testing.T) {
	good := writeFile(t, "good.py", "def f(x):\n    return x\n")
	bad := writeFile(t, "bad.py", "x = 1\nif x\n    pass\n")
	st, out, errs := runPystm("compile", good, bad)
	want := "  File \"" + bad + "\", line 2\n    if x\n       ^\nSyntaxError: invalid syntax\n"
	if st != 1 || out != "" || errs != want {
		t.Fatalf("status %d\nstdout %q\nstderr %q\nwant %q", st, out, errs, want)
	}
	if st, _, errs := runPystm("compile", good); st != 0 || errs != "" {
		t.Fatalf("good file: status %d stderr %q", st, errs)
	}
	// A compiler error (not a parser error) has no caret.
	ret := writeFile(t, "ret.py", "class C:\n    return 1\n")
	st, _, errs = runPystm("compile", ret)
	want = "  File \"" + ret + "\", line 2\n    return 1\nSyntaxError: 'return' outside function\n"
	if st != 1 || errs != want {
		t.Fatalf("status %d stderr %q want %q", st, errs, want)
	}
}

func TestCompileDis(t *testing.T) {
	p := writeFile(t, "d.py", "x = 1\n\ndef f(a):\n    return a + x\n")
	st, out, errs := runPystm("compile", "--dis", p)
	if st != 0 || errs != "" {
		t.Fatalf("status %d stderr %q", st, errs)
	}
	// One instruction a line, with its source line first; f's body after.
	for _, want := range []string{"STORE_NAME", "MAKE_FUNCTION", "LOAD_FAST", "LOAD_GLOBAL", "BINARY_ADD", "RETURN_VALUE"} {
		if !strings.Contains(out, want) {
			t.Errorf("--dis output lacks %s:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "LOAD_FAST") && !strings.HasPrefix(strings.TrimSpace(line), "4 ") {
			t.Errorf("LOAD_FAST not on line 4: %q", line)
		}
	}
	if st, _, _ := runPystm("compile", "--dis", "--dump-ast", p); st != 2 {
		t.Errorf("--dis with --dump-ast: status %d, want 2", st)
	}
}
