package warnings

import (
	"os"
	"path/filepath"
	"testing"

	o "github.com/pystm/pystm/objects"
)

func TestInitialFilters(t *testing.T) {
	th := o.NewThread(&o.Runtime{RecursionLimit: 100})
	for _, c := range []struct {
		flags o.RuntimeFlags
		want  []string // action and category of each filter
	}{
		{o.RuntimeFlags{}, []string{"ignore DeprecationWarning", "ignore PendingDeprecationWarning", "ignore ImportWarning", "ignore BytesWarning"}},
		{o.RuntimeFlags{Py3kWarning: true}, []string{"ignore PendingDeprecationWarning", "ignore ImportWarning", "ignore BytesWarning"}},
		{o.RuntimeFlags{Division: 1}, []string{"ignore PendingDeprecationWarning", "ignore ImportWarning", "ignore BytesWarning"}},
		{o.RuntimeFlags{Division: 3}, []string{"ignore DeprecationWarning", "ignore PendingDeprecationWarning", "ignore ImportWarning", "ignore BytesWarning"}},
		{o.RuntimeFlags{Bytes: 1}, []string{"ignore DeprecationWarning", "ignore PendingDeprecationWarning", "ignore ImportWarning", "default BytesWarning"}},
		{o.RuntimeFlags{Bytes: 2}, []string{"ignore DeprecationWarning", "ignore PendingDeprecationWarning", "ignore ImportWarning", "error BytesWarning"}},
	} {
		items := initialFilters(c.flags).Items(th)
		if len(items) != len(c.want) {
			t.Errorf("%+v: %d filters, want %d", c.flags, len(items), len(c.want))
			continue
		}
		for i, it := range items {
			f := it.(*o.Tuple).Elems()
			got := f[0].(*o.Str).String() + " " + o.ExceptionName(f[2])
			if got != c.want[i] || f[1] != o.None || f[3] != o.None || f[4] != o.Int(0) {
				t.Errorf("%+v: filter %d is %s, want %s", c.flags, i, got, c.want[i])
			}
		}
	}
}

func TestCompiledSuffix(t *testing.T) {
	for s, want := range map[string]bool{".pyc": true, ".PYO": true, ".pYc": true, ".py ": false, "xpyc": false, ".pyw": false} {
		if got := isCompiledSuffix(s); got != want {
			t.Errorf("isCompiledSuffix(%q) = %v", s, got)
		}
	}
}

func TestCInt(t *testing.T) {
	th := o.NewThread(&o.Runtime{RecursionLimit: 100})
	for _, c := range []struct {
		v    o.Value
		want int
		exc  *o.Type
	}{
		{o.Int(5), 5, nil},
		{o.True, 1, nil},
		{o.Int(1<<31 - 1), 1<<31 - 1, nil},
		{o.Int(1 << 31), 0, o.OverflowError},
		{o.Int(-1<<31 - 1), 0, o.OverflowError},
		{o.Float(1.5), 0, o.TypeError},
		{o.NewStr("3"), 0, o.TypeError},
	} {
		n, err := cInt(th, c.v)
		if c.exc != nil {
			if !o.IsInstanceExc(err, c.exc) {
				t.Errorf("cInt(%v): error %v, want %s", c.v, err, c.exc.Name)
			}
		} else if err != nil || n != c.want {
			t.Errorf("cInt(%v) = %d, %v; want %d", c.v, n, err, c.want)
		}
	}
}

func TestSourceLine(t *testing.T) {
	th := o.NewThread(&o.Runtime{RecursionLimit: 100})
	name := filepath.Join(t.TempDir(), "m.py")
	if err := os.WriteFile(name, []byte("first\r\n \t\fsecond  \rthird\x00cut\nlast"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lineno int
		want   string
		ok     bool
	}{
		{1, "first\n", true},
		{2, "second  \n", true},
		{3, "third", true},
		{4, "last", true},
		{5, "", true},
		{0, "", true},
		{-1, "", false},
	} {
		got, ok := sourceLine(th, name, c.lineno)
		if got != c.want || ok != c.ok {
			t.Errorf("line %d: %q, %v; want %q, %v", c.lineno, got, ok, c.want, c.ok)
		}
	}
}
