package compile

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pystm/pystm/compile/syntax"
)

// sameCode reports the first difference between two code objects (nil
// and empty slices count as equal), or "".
func sameCode(a, b *Code, at string) string {
	at += "/" + a.Name
	ints := func(x, y []int) bool { return fmt.Sprint(x) == fmt.Sprint(y) && (x == nil) == (y == nil) }
	switch {
	case a.Name != b.Name || a.Filename != b.Filename || a.FirstLine != b.FirstLine || a.Flags != b.Flags:
		return at + ": header"
	case a.ArgCount != b.ArgCount || a.NLocals != b.NLocals || a.StackSize != b.StackSize:
		return at + ": counts"
	case fmt.Sprint(a.Code) != fmt.Sprint(b.Code):
		return at + ": instructions"
	case fmt.Sprint(a.Names, a.Varnames, a.Cellvars, a.Freevars) != fmt.Sprint(b.Names, b.Varnames, b.Cellvars, b.Freevars):
		return at + ": names"
	case !ints(a.Cell2Arg, b.Cell2Arg):
		return at + ": cell2arg"
	case fmt.Sprint(a.Lines) != fmt.Sprint(b.Lines) || fmt.Sprint(a.Handlers) != fmt.Sprint(b.Handlers):
		return at + ": tables"
	case len(a.Consts) != len(b.Consts):
		return at + ": constant count"
	}
	for i := range a.Consts {
		if d := sameConst(a.Consts[i], b.Consts[i], fmt.Sprintf("%s[%d]", at, i)); d != "" {
			return d
		}
	}
	return ""
}

func sameConst(x, y Const, at string) string {
	switch x := x.(type) {
	case *Code:
		yc, ok := y.(*Code)
		if !ok {
			return at + ": kind"
		}
		return sameCode(x, yc, at)
	case Tuple:
		yt, ok := y.(Tuple)
		if !ok || len(x) != len(yt) {
			return at + ": tuple"
		}
		for i := range x {
			if d := sameConst(x[i], yt[i], at); d != "" {
				return d
			}
		}
		return ""
	case *big.Int:
		yb, ok := y.(*big.Int)
		if !ok || x.Cmp(yb) != 0 {
			return at + ": long"
		}
		return ""
	case float64:
		// Compare bits: -0.0 and NaN must survive.
		yf, ok := y.(float64)
		if !ok || fmt.Sprintf("%x", x) != fmt.Sprintf("%x", yf) {
			return at + ": float"
		}
		return ""
	}
	if fmt.Sprintf("%T %#v", x, x) != fmt.Sprintf("%T %#v", y, y) {
		return at + fmt.Sprintf(": %#v != %#v", x, y)
	}
	return ""
}

// TestMarshalRoundTrip marshals the code of every Python file of the
// repository's library and tests, and checks that it reads back the
// same.
func TestMarshalRoundTrip(t *testing.T) {
	var files []string
	for _, pat := range []string{"../lib/python/*.py", "../tests/run/*.py", "../bench/py/*.py"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) < 100 {
		t.Fatalf("only %d files", len(files))
	}
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Compile(f, src, syntax.ModeExec, 0)
		if err != nil {
			continue // the tests of syntax errors
		}
		b, err := Marshal(c)
		if err == errHasWarnings {
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		c2, err := Unmarshal(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if d := sameCode(c, c2, f); d != "" {
			t.Fatalf("%s differs after a round trip", d)
		}
		n++
	}
	t.Logf("%d files", n)
}

func TestMarshalConstants(t *testing.T) {
	src := "x = (None, Ellipsis, 1, -7, 10**30, 12345678901234567890L, 1.5, -0.0, 1e400, 2j, 'a\\x00b', u'\\u20ac\\U0001F600', (), ((1,), 'z'), lambda: 0)\n"
	c, err := Compile("k.py", []byte(src), syntax.ModeExec, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	c2, err := Unmarshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if d := sameCode(c, c2, "k"); d != "" {
		t.Fatal(d)
	}
}

// TestUnmarshalCorrupt feeds Unmarshal every prefix and some damaged
// copies of a valid encoding: each gives an error or a code object,
// never a panic.
func TestUnmarshalCorrupt(t *testing.T) {
	c, err := Compile("k.py", []byte("def f(a, *b):\n    try:\n        return [a, b, 1.5, u'x']\n    except E:\n        pass\n"), syntax.ModeExec, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(b); i++ {
		if _, err := Unmarshal(b[:i]); err == nil {
			t.Fatalf("a prefix of %d bytes of %d read without error", i, len(b))
		}
		d := append([]byte(nil), b...)
		d[i] ^= 0xff
		Unmarshal(d)
	}
	if _, err := Unmarshal([]byte("other")); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("wrong magic: %v", err)
	}
}

func TestMarshalWarnings(t *testing.T) {
	c, err := Compile("w.py", []byte("def f():\n    x = 1\n    global x\n"), syntax.ModeExec, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Warnings) == 0 {
		t.Skip("no warning from this source")
	}
	if _, err := Marshal(c); err != errHasWarnings {
		t.Fatalf("Marshal of code with warnings: %v", err)
	}
}
