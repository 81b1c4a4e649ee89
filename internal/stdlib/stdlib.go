// Package stdlib finds CPython 2.7's standard library for the tests and
// benchmarks that compare pystm with CPython over it.
package stdlib

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultDir is where pyenv installs CPython 2.7.18's library on the
// project's machines.
const DefaultDir = "/root/.pyenv/versions/2.7.18/lib/python2.7"

// Dir returns the library directory to use: $PYSTM_STDLIB if set, else
// DefaultDir if it exists, else "" (callers then skip).
func Dir() string {
	if d := os.Getenv("PYSTM_STDLIB"); d != "" {
		return d
	}
	if _, err := os.Stat(DefaultDir); err == nil {
		return DefaultDir
	}
	return ""
}

// Files returns the .py files under dir, sorted, leaving out
// site-packages (third-party code, not the standard library).
func Files(dir string) []string {
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files
}
