package posix

import (
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"

	"github.com/pystm/pystm/interp"
	o "github.com/pystm/pystm/objects"
)

func TestListdirAndGetcwd(t *testing.T) {
	dir := t.TempDir()
	want := []string{"a", "b.txt", "c"}
	for _, n := range want {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0600); err != nil {
			t.Fatal(err)
		}
	}
	got, err := listdir(dir)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	if len(got) != len(want) {
		t.Fatalf("listdir = %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("listdir = %v, want %v", got, want)
		}
	}
	if _, err := listdir(filepath.Join(dir, "a")); err != syscall.ENOTDIR {
		t.Errorf("listdir of a file: %v, want ENOTDIR", err)
	}
	cwd, err := getcwd()
	if err != nil {
		t.Fatal(err)
	}
	real, _ := filepath.EvalSymlinks(".")
	abs, _ := filepath.Abs(real)
	if cwd != abs {
		t.Errorf("getcwd = %q, want %q", cwd, abs)
	}
}

func TestReadlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "a-target-whose-name-is-longer-than-most")
	link := filepath.Join(dir, "l")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if got, err := readlink(link); err != nil || got != target {
		t.Errorf("readlink = %q, %v; want %q", got, err, target)
	}
}

func TestStatResult(t *testing.T) {
	var st syscall.Stat_t
	st.Mode, st.Size, st.Blksize = 0100644, 1234, 4096
	st.Mtim = syscall.Timespec{Sec: 1000000000, Nsec: 500000000}
	s := makeStat(&st).(*interp.StructSeq)
	if s.Tuple().Len() != 10 || statResultType.NFields() != 16 {
		t.Fatalf("stat_result has %d sequence fields and %d in all", s.Tuple().Len(), statResultType.NFields())
	}
	for i, want := range map[int]o.Value{0: o.Int(0100644), 6: o.Int(1234), 8: o.Int(1000000000),
		11: o.Float(1000000000.5), 13: o.Int(4096)} {
		if got := s.Field(i); got != want {
			t.Errorf("field %d = %v, want %v", i, got, want)
		}
	}
	statFloatTimes.Store(false)
	defer statFloatTimes.Store(true)
	if got := makeStat(&st).(*interp.StructSeq).Field(11); got != o.Int(1000000000) {
		t.Errorf("st_mtime without float times = %v", got)
	}
}

func TestValidEnvName(t *testing.T) {
	for name, want := range map[string]bool{"PATH": true, "": false, "A=B": false, "_x1": true} {
		if validEnvName(name) != want {
			t.Errorf("validEnvName(%q) = %v", name, !want)
		}
	}
}
