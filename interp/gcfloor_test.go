package interp

import (
	"os"
	"testing"
)

func TestHeapFloor(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("PYSTM_HEAP_FLOOR", "10")
	if got := heapFloorBytes(); got != 10<<20 {
		t.Fatalf("floor %d with PYSTM_HEAP_FLOOR=10", got)
	}
	setHeapFloor(true)
	if n := len(gcFloor.ballast); n != (10<<20)/(1+defaultGCPercent/100) {
		t.Errorf("ballast of %d bytes for a floor of 10 MiB", n)
	}
	setHeapFloor(false)
	if gcFloor.ballast != nil {
		t.Errorf("ballast kept after the threads ended")
	}
	// With GOGC=100 the goal is twice the live heap: half the floor.
	t.Setenv("GOGC", "100")
	setHeapFloor(true)
	if n := len(gcFloor.ballast); n != 5<<20 {
		t.Errorf("ballast of %d bytes for a floor of 10 MiB with GOGC=100", n)
	}
	setHeapFloor(false)
	t.Setenv("GOGC", "off")
	setHeapFloor(true)
	if gcFloor.ballast != nil {
		t.Errorf("ballast made with GOGC=off")
	}
	setHeapFloor(false)
	t.Setenv("GOGC", "")
	t.Setenv("PYSTM_HEAP_FLOOR", "0")
	setHeapFloor(true)
	if gcFloor.ballast != nil {
		t.Errorf("ballast made with PYSTM_HEAP_FLOOR=0")
	}
	setHeapFloor(false)
	t.Setenv("PYSTM_HEAP_FLOOR", "junk")
	if got := heapFloorBytes(); got != parallelHeapFloor {
		t.Errorf("floor %d with a bad PYSTM_HEAP_FLOOR", got)
	}
}

// TestGCPercent checks that GOGC from the environment is read as Go's
// runtime reads it, and that pystm's own target applies without it.
func TestGCPercent(t *testing.T) {
	t.Setenv("GOGC", "") // restored at the end
	for _, c := range []struct {
		env  string
		set  bool
		want int
	}{
		{"", false, defaultGCPercent},
		{"", true, defaultGCPercent},
		{"100", true, 100},
		{"off", true, -1},
		{"junk", true, 100},
	} {
		if c.set {
			t.Setenv("GOGC", c.env)
		} else {
			os.Unsetenv("GOGC")
		}
		if got := gcPercent(); got != c.want {
			t.Errorf("GOGC=%q (set %v): %d, want %d", c.env, c.set, got, c.want)
		}
	}
}

// TestHugePagesWanted checks that the heap gets huge pages only where
// PYSTM_HUGEPAGES=1 asks for them, and never without a heap floor.
func TestHugePagesWanted(t *testing.T) {
	for _, c := range []struct {
		huge, floor string
		want        bool
	}{
		{"", "", false},
		{"0", "", false},
		{"yes", "", false},
		{"1", "", true},
		{"1", "16", true},
		{"1", "0", false},
	} {
		t.Setenv("PYSTM_HUGEPAGES", c.huge)
		t.Setenv("PYSTM_HEAP_FLOOR", c.floor)
		if c.floor == "" {
			os.Unsetenv("PYSTM_HEAP_FLOOR")
		}
		if got := hugePagesWanted(); got != c.want {
			t.Errorf("PYSTM_HUGEPAGES=%q PYSTM_HEAP_FLOOR=%q: huge pages %v, want %v", c.huge, c.floor, got, c.want)
		}
	}
}
