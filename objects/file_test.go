package objects

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func fileThread() *Thread {
	Ready()
	return NewThread(&Runtime{RecursionLimit: 100})
}

// fileErrText is "Type: message" for a Python exception.
func fileErrText(err error) string {
	e := AsException(err)
	s, _ := StrString(fileThread(), e.Value)
	return ExceptionName(e.Type) + ": " + s
}

func TestSanitizeMode(t *testing.T) {
	for _, c := range []struct{ mode, want, err string }{
		{"r", "r", ""},
		{"U", "rb", ""},
		{"rU", "rb", ""},
		{"Ub", "rb", ""},
		{"r+U", "rb+", ""},
		{"wb", "wb", ""},
		{"a+", "a+", ""},
		{"", "", "empty mode string"},
		{"wU", "", "universal newline mode can only be used with modes starting with 'r'"},
		{"xyz", "", "mode string must begin with one of 'r', 'w', 'a' or 'U', not 'xyz'"},
	} {
		got, err := sanitizeMode(c.mode)
		if c.err != "" {
			if err == nil || !strings.Contains(fileErrText(err), c.err) {
				t.Errorf("sanitizeMode(%q): error %v, want %q", c.mode, fileErrText(err), c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("sanitizeMode(%q) = %q, %v; want %q", c.mode, got, err, c.want)
		}
	}
}

func TestOpenFlags(t *testing.T) {
	for _, c := range []struct {
		mode        string
		flags       int
		read, write bool
	}{
		{"r", syscall.O_RDONLY, true, false},
		{"rb+", syscall.O_RDWR, true, true},
		{"w", syscall.O_WRONLY | syscall.O_CREAT | syscall.O_TRUNC, false, true},
		{"a+", syscall.O_RDWR | syscall.O_CREAT | syscall.O_APPEND, true, true},
		{"wx", syscall.O_WRONLY | syscall.O_CREAT | syscall.O_TRUNC | syscall.O_EXCL, false, true},
		{"rbbbbbb+", syscall.O_RDONLY, true, false}, // glibc reads six letters after the first
	} {
		flags, r, w, _, ok := openFlags(c.mode)
		if !ok || flags != c.flags || r != c.read || w != c.write {
			t.Errorf("openFlags(%q) = %#x %v %v %v; want %#x %v %v", c.mode, flags, r, w, ok, c.flags, c.read, c.write)
		}
	}
	if _, _, _, _, ok := openFlags("x"); ok {
		t.Errorf("openFlags(\"x\") accepted")
	}
}

func openTestFile(t *testing.T, th *Thread, path, mode string) *File {
	t.Helper()
	v, err := Call(th, FileType, []Value{NewStr(path), NewStr(mode)}, nil)
	if err != nil {
		t.Fatalf("open(%q, %q): %v", path, mode, err)
	}
	return v.(*File)
}

func callFile(t *testing.T, th *Thread, f *File, name string, args ...Value) Value {
	t.Helper()
	r, err := CallMethod(th, f, name, args...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

func TestFileBufferingAndUniversalNewlines(t *testing.T) {
	th := fileThread()
	path := filepath.Join(t.TempDir(), "f.txt")
	f := openTestFile(t, th, path, "w")
	callFile(t, th, f, "write", NewStr("a\r\nb\rc\n"))
	if b, _ := os.ReadFile(path); len(b) != 0 {
		t.Errorf("buffered write reached the file: %q", b)
	}
	callFile(t, th, f, "close")
	if b, _ := os.ReadFile(path); string(b) != "a\r\nb\rc\n" {
		t.Errorf("after close: %q", b)
	}
	u := openTestFile(t, th, path, "rU")
	var got []string
	for {
		line := callFile(t, th, u, "readline").(*Str).s
		if line == "" {
			break
		}
		got = append(got, line)
	}
	if strings.Join(got, "|") != "a\n|b\n|c\n" {
		t.Errorf("universal readlines: %q", got)
	}
	nl, _ := GetAttrString(th, u, "newlines")
	if tu, ok := nl.(*Tuple); !ok || len(tu.elems) != 3 {
		t.Errorf("newlines = %v", nl)
	}
	callFile(t, th, u, "close")
	if _, err := CallMethod(th, u, "read"); err == nil || !strings.Contains(fileErrText(err), "I/O operation on closed file") {
		t.Errorf("read after close: %v", err)
	}
}

func TestFileIterationRefusesReads(t *testing.T) {
	th := fileThread()
	path := filepath.Join(t.TempDir(), "g.txt")
	os.WriteFile(path, []byte("one\ntwo\nthree\n"), 0o666)
	f := openTestFile(t, th, path, "r")
	line, err := Next(th, f)
	if err != nil || line.(*Str).s != "one\n" {
		t.Fatalf("next = %v, %v", line, err)
	}
	if _, err := CallMethod(th, f, "readline"); err == nil || !strings.Contains(fileErrText(err), "Mixing iteration and read methods") {
		t.Errorf("readline after next: %v", err)
	}
	if pos := callFile(t, th, f, "tell"); pos != Int(14) {
		t.Errorf("tell after next = %v, want 14 (the read-ahead)", pos)
	}
	callFile(t, th, f, "seek", Int(4))
	if l := callFile(t, th, f, "readline"); l.(*Str).s != "two\n" {
		t.Errorf("readline after seek = %v", l)
	}
	callFile(t, th, f, "close")
}

func TestFileOpenErrors(t *testing.T) {
	th := fileThread()
	_, err := Call(th, FileType, []Value{NewStr(filepath.Join(t.TempDir(), "missing", "x"))}, nil)
	if err == nil || !strings.Contains(fileErrText(err), "[Errno 2] No such file or directory") {
		t.Errorf("open missing: %v", err)
	}
	_, err = Call(th, FileType, []Value{NewStr(t.TempDir())}, nil)
	if err == nil || !strings.Contains(fileErrText(err), "[Errno 21] Is a directory") {
		t.Errorf("open directory: %v", err)
	}
}

func TestHandleWriteBlocks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.txt")
	h, err := openHandle(path, "w")
	if err != nil {
		t.Fatal(err)
	}
	h.mode, h.bufSize = bufFull, 4096
	size := func() int64 {
		st, _ := os.Stat(path)
		return st.Size()
	}
	h.write([]byte(strings.Repeat("x", 100)))
	if n := size(); n != 0 {
		t.Errorf("small first write reached the file: %d bytes", n)
	}
	h.write([]byte(strings.Repeat("y", 10000)))
	// The buffer is filled and written, then whole blocks directly.
	if n := size(); n != 8192 {
		t.Errorf("after large write: %d bytes in the file, want 8192", n)
	}
	if err := h.close(); err != nil {
		t.Fatal(err)
	}
	if n := size(); n != 10100 {
		t.Errorf("after close: %d bytes, want 10100", n)
	}
}
