package interp

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// TestCodeCache compiles a module of the embedded library through the
// cache: the first load writes a file, the second reads it back (the
// same code), and a damaged file is compiled again.
func TestCodeCache(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	t.Setenv("PYSTM_CODE_CACHE", "")
	t.Setenv("PYTHONDONTWRITEBYTECODE", "")
	codeCache.once = sync.Once{}
	codeCache.dir, codeCache.exe = "", ""
	defer func() { codeCache.once = sync.Once{}; codeCache.dir, codeCache.exe = "", "" }()
	saved := sourceFSPresent
	sourceFSPresent = true
	defer func() { sourceFSPresent = saved }()

	it, err := New(Options{Argv: []string{""}, Flags: o.RuntimeFlags{NoSite: true}})
	if err != nil {
		t.Fatal(err)
	}
	th := it.Main
	file := sourceFSPath + "/cachetest.py"
	src := []byte("def f(x):\n    return [x, 1.5, u'\\u20ac', (1, 'a')]\n")
	c1, err := compileModuleSource(th, file, src)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "pystm", "*.pyc"))
	if len(files) != 1 {
		t.Fatalf("%d files in the cache after one compile: %v", len(files), files)
	}
	// The second load reads the file: give it other code to find.
	other, err := compile.Compile(file, []byte("marker = 42\n"), syntax.ModeExec, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := compile.Marshal(other)
	if err != nil {
		t.Fatal(err)
	}
	_, key := codeCacheEntry(file, src, 0)
	if err := os.WriteFile(files[0], append(key, b...), 0o644); err != nil {
		t.Fatal(err)
	}
	c2, err := compileModuleSource(th, file, src)
	if err != nil {
		t.Fatal(err)
	}
	if len(c2.Code.Names) != 1 || c2.Code.Names[0] != "marker" || c1.Code.Names[0] != "f" {
		t.Errorf("the second load did not come from the cache: names %v, first %v", c2.Code.Names, c1.Code.Names)
	}
	// A changed source replaces the file (it does not add one), and
	// the old contents are not taken for the new source's.
	if c, err := compileModuleSource(th, file, append(src, "x = 1\n"...)); err != nil || len(c.Code.Names) != 2 {
		t.Fatalf("changed source: %v", err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "pystm", "*.pyc")); len(files) != 1 {
		t.Errorf("%d files after a changed source", len(files))
	}
	// Another module is another file.
	if _, err := compileModuleSource(th, sourceFSPath+"/other.py", src); err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "pystm", "*.pyc")); len(files) != 2 {
		t.Errorf("%d files after another module", len(files))
	}
	// A damaged file is compiled again, and rewritten.
	if err := os.WriteFile(files[0], []byte("junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	if c, err := compileModuleSource(th, file, src); err != nil || c.Code.Names[0] != "f" {
		t.Fatalf("after damage: %v", err)
	}
	if b, _ := os.ReadFile(files[0]); string(b) == "junk" {
		t.Errorf("a damaged file was not rewritten")
	}
	// Files outside the embedded library are never cached.
	if _, err := compileModuleSource(th, "/tmp/user.py", src); err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "pystm", "*.pyc")); len(files) != 2 {
		t.Errorf("%d files after a user module", len(files))
	}
}
