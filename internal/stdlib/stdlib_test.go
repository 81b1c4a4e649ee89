package stdlib

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.py", "b/c.py", "b/d.txt", "site-packages/e.py", "x/site-packages/f.py"} {
		p = filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := Files(dir)
	want := []string{filepath.Join(dir, "a.py"), filepath.Join(dir, "b/c.py")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Files = %q, want %q", got, want)
	}
}

func TestDirFromEnvironment(t *testing.T) {
	t.Setenv("PYSTM_STDLIB", "/some/where")
	if d := Dir(); d != "/some/where" {
		t.Errorf("Dir() = %q", d)
	}
}
