// Package pyrun runs Python source in a fresh interpreter, for the Go
// tests of packages that need a whole pystm (threads, the STM, built-in
// modules): every module is linked in and the standard library written
// in Python is found as in the binary.
package pyrun

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pystm/pystm/interp"
	_ "github.com/pystm/pystm/lib/all" // every built-in module
	pylib "github.com/pystm/pystm/lib/python"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterSourceFS(pylib.FS) }

// Run runs src as the main script name of a fresh interpreter, without
// the site module, and returns what it printed (stdout and stderr
// together, through a file) and its exit status.
func Run(t testing.TB, name, src string) (string, int) {
	t.Helper()
	out, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	it, err := interp.New(interp.Options{Argv: []string{name}, Stdout: out, Stderr: out, Flags: o.RuntimeFlags{NoSite: true}})
	if err != nil {
		t.Fatal(err)
	}
	status := it.Finish(it.RunSource([]byte(src), name))
	b, err := os.ReadFile(out.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b), status
}
