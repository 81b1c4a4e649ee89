package interp

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

func testThread() *o.Thread {
	o.Ready()
	return o.NewThread(&o.Runtime{RecursionLimit: 1000, Modules: o.NewDict()})
}

// TestCompileUnicode checks that a unicode source is read as UTF-8 (a
// str literal keeps the UTF-8 bytes, a unicode literal has the code
// point) and that a coding declaration in it is refused.
func TestCompileUnicode(t *testing.T) {
	th := testThread()
	code, err := CompileUnicode(th, o.NewUnicodeString("u'\u00e9', '\u00e9'"), "<u>", syntax.ModeEval, 0)
	if err != nil {
		t.Fatal(err)
	}
	var consts []string
	for _, c := range code.Consts {
		s, err := o.ReprString(th, c)
		if err != nil {
			t.Fatal(err)
		}
		consts = append(consts, s)
	}
	want := `(u'\xe9', '\xc3\xa9')`
	if len(consts) == 0 || consts[len(consts)-1] != want {
		t.Errorf("constants %v, want the last to be %s", consts, want)
	}
	_, err = CompileUnicode(th, o.NewUnicodeString("# coding: utf-8\nx = 1\n"), "<u>", syntax.ModeExec, 0)
	e := o.AsException(err)
	if err == nil || !o.IsInstanceExc(err, o.SyntaxError) {
		t.Fatalf("declaration: got %v", err)
	}
	if s, _ := o.StrString(th, e.Value); s != "encoding declaration in Unicode string (<u>, line 0)" {
		t.Errorf("declaration error %q", s)
	}
}

// TestProgramText checks the source line lookup of compiler errors.
func TestProgramText(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "m.py")
	if err := os.WriteFile(p, []byte("a = 1\n  b\nlast"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file string
		n    int
		want string
	}{
		{p, 1, "a = 1\n"}, {p, 2, "  b\n"}, {p, 3, "last"}, {p, 4, ""}, {p, 0, ""},
		{filepath.Join(dir, "missing.py"), 1, ""}, {"<string>", 1, ""},
	} {
		if got := programText(c.file, c.n); got != c.want {
			t.Errorf("programText(%s, %d) = %q, want %q", filepath.Base(c.file), c.n, got, c.want)
		}
	}
}
