package interp

import (
	"os"
	"runtime/debug"
	"strconv"
	"sync"
)

// The collector's headroom while threads run in parallel.
//
// With one thread running Python, Go's collector works on an idle core;
// once threads run on every core it takes its time from them, and each
// cycle also turns the write barrier on and stops the world twice. A
// small live heap makes cycles frequent (the goal is the live heap
// times 1 + GOGC/100, at least 4 MiB times that), so while threads run
// in parallel the heap is given a floor: a ballast, a large byte slice
// that holds no pointers and is never touched (so it costs neither
// scanning nor resident memory), counts as live and lifts the goal to
// at least parallelHeapFloor; a larger live heap gets the ballast's
// share on top of its own goal.
//
// The floor is 128 MiB since the seventh session. Against 64 MiB (best
// of 6-10 interleaved runs, and best of 5 with the machine idle for 3 s
// before each), two threads ran tq_independent 4-5% faster and
// stmdict_insert 9% faster, independent and lock_elision the same; one
// worker thread beside the waiting main thread ran tq_independent 3%
// slower (it touches more fresh memory), and a threaded program's
// resident size grows by about 50 MB (tq_independent 88 -> 137 MB).
//
// The heap can also get huge pages (hugepage_linux.go), from the time
// the program imports the thread module (PrepareThreads), where
// PYSTM_HUGEPAGES=1 asks for them.
//
// PYSTM_HEAP_FLOOR (MiB, 0 for none) changes the floor; with none, the
// heap keeps its small pages too.

const (
	parallelHeapFloor = 128 << 20
	// defaultGCPercent is pystm's GOGC where the environment sets none:
	// an interpreter makes much short-lived garbage, and collecting
	// less often trades some memory for speed.
	defaultGCPercent = 400
)

// gcPercent returns the collector's target (GOGC): the environment's,
// read as Go's runtime reads it ("off" is -1, a value it cannot read
// 100), else (none, or empty) defaultGCPercent, which setGCPercent
// applies at start-up.
func gcPercent() int {
	v := os.Getenv("GOGC")
	if v == "" {
		return defaultGCPercent
	}
	if v == "off" {
		return -1
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 100
	}
	return n
}

// setGCPercent sets the collector's target once, at start-up. Where the
// environment gives GOGC, Go's runtime has applied it already (an empty
// GOGC counts as none).
func setGCPercent() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
}

var gcFloor struct {
	mu      sync.Mutex
	ballast []byte
	huge    sync.Once // adviseHugeHeap, when the thread module is imported (PYSTM_HUGEPAGES=1)
}

// heapFloorBytes returns the floor in bytes.
func heapFloorBytes() int {
	if v, ok := os.LookupEnv("PYSTM_HEAP_FLOOR"); ok {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 {
			return n << 20
		}
	}
	return parallelHeapFloor
}

// setHeapFloor lifts the collector's goal while threads run in parallel
// (on) and drops the lift when one thread is left.
func setHeapFloor(on bool) {
	gcFloor.mu.Lock()
	defer gcFloor.mu.Unlock()
	if !on {
		gcFloor.ballast = nil
		return
	}
	if gcFloor.ballast == nil {
		if p := gcPercent(); p > 0 {
			// The goal is the live heap times 1 + GOGC/100.
			if n := int(int64(heapFloorBytes()) * 100 / int64(100+p)); n > 0 {
				gcFloor.ballast = make([]byte, n)
			}
		}
	}
}

// PrepareThreads is called when a program imports the thread module
// (which threading does), before it can start a thread. Where
// PYSTM_HUGEPAGES=1 asks for them (hugePagesWanted), the heap is given
// huge pages then (adviseHugeHeap), in the background. That collects
// garbage once; done now, while one thread runs, the collector has an
// idle core, and no thread running beside others is held up.
func PrepareThreads() {
	if !hugePagesWanted() {
		return
	}
	gcFloor.huge.Do(func() { go adviseHugeHeap() })
}

// hugePagesWanted reports whether the heap is to get huge pages: only
// where PYSTM_HUGEPAGES=1 asks for them, and not without a heap floor
// (PYSTM_HEAP_FLOOR=0). See hugepage_linux.go for why they are off by
// default.
func hugePagesWanted() bool {
	return os.Getenv("PYSTM_HUGEPAGES") == "1" && heapFloorBytes() != 0
}
