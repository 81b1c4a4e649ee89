package interp

import (
	"os"
	"strings"
	"testing"
	"unsafe"
)

func TestParseMapsRange(t *testing.T) {
	for _, c := range []struct {
		line       string
		start, end uintptr
		ok         bool
	}{
		{"c000000000-c004000000 rw-p 00000000 00:00 0 ", 0xc000000000, 0xc004000000, true},
		{"7f29-7f2a rw-s 00000000 00:05 7 /dev/zero", 0x7f29, 0x7f2a, true},
		{"00400000-007c0000 r-xp 00000000 fe:00 10068458 /bin/pystm", 0, 0, false},
		{"c000000000-c004000000 ---p 00000000 00:00 0", 0, 0, false},
		{"junk rw-p", 0, 0, false},
		{"", 0, 0, false},
	} {
		s, e, ok := parseMapsRange(c.line)
		if s != c.start || e != c.end || ok != c.ok {
			t.Errorf("parseMapsRange(%q) = %#x, %#x, %v; want %#x, %#x, %v", c.line, s, e, ok, c.start, c.end, c.ok)
		}
	}
}

// TestAdviseHugeHeap checks that the heap's mapping is marked for huge
// pages ("hg" in its VmFlags) where the system gives them on request.
func TestAdviseHugeHeap(t *testing.T) {
	if !hugePagesOnRequest() {
		t.Skip("transparent huge pages are not given on request here")
	}
	adviseHugeHeap()
	p := make([]byte, 1<<20) // in the heap's marked mapping
	addr := uintptr(unsafe.Pointer(&p[0]))
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 5 && strings.Contains(f[0], "-") && len(f[1]) == 4 {
			// A mapping's first line: its range, permissions, ...
			s, e, ok := parseMapsRange(line)
			in = ok && addr >= s && addr < e
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			if !strings.Contains(line+" ", " hg ") {
				t.Fatalf("the heap's mapping is not marked for huge pages: %s", line)
			}
			return
		}
	}
	t.Fatalf("no mapping holds the heap address %#x", addr)
}
