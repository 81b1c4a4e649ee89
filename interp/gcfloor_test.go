package interp

import "testing"

func TestHeapFloor(t *testing.T) {
	t.Setenv("PYSTM_HEAP_FLOOR", "10")
	if got := heapFloorBytes(); got != 10<<20 {
		t.Fatalf("floor %d with PYSTM_HEAP_FLOOR=10", got)
	}
	setHeapFloor(true)
	if n := len(gcFloor.ballast); n != (10<<20)/(1+gcPercent/100) {
		t.Errorf("ballast of %d bytes for a floor of 10 MiB", n)
	}
	setHeapFloor(false)
	if gcFloor.ballast != nil {
		t.Errorf("ballast kept after the threads ended")
	}
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
