package interp

import (
	"bufio"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Huge pages for the heap while threads run, where PYSTM_HUGEPAGES=1
// asks for them.
//
// Go maps its heap with ordinary 4 KiB pages unless the system backs all
// memory with transparent huge pages (most set them to "madvise": only
// where a program asks). A heap that grows by 100 MB then takes 25,000
// page faults. With PYSTM_HUGEPAGES=1, once a program imports the thread
// module (PrepareThreads), the heap's mapping is extended by
// hugeHeapAhead bytes of free space and the whole mapping is marked
// MADV_HUGEPAGE: what the heap takes next comes in 2 MiB pages. In
// stmdict_insert, page faults went from 26,800 to 4,500.
//
// They are off by default. They paid on the development machines (VMs)
// only where the memory the process touched had just been freed by the
// process before it (benchmarks run back to back), and there 5-15% at
// best. Where it had been free for some seconds (the hypervisor takes
// back free guest memory a while after it is freed, so a program run
// now and then gets such memory), each 2 MiB page first touched cost
// the kernel ten times what the 4 KiB pages of the same memory cost:
// stmdict_insert spent 0.19-0.25 s in the kernel instead of 0.02-0.08,
// and with huge pages the parallel benchmarks ran 20-50% slower
// (best of 5, 3 s idle before each run: stmdict_insert 0.47 s instead of
// 0.32 on one thread, lock_elision 0.85 instead of 0.63). This runs in
// the background, as it collects garbage (1-3 ms). The cost is resident
// memory rounded up to 2 MiB pages in the heap.

// hugeHeapAhead is how much free heap space is mapped, and marked, ahead.
const hugeHeapAhead = 256 << 20

// adviseHugeHeap maps hugeHeapAhead more bytes of heap (by allocating a
// block that holds no pointers and is never touched, then dropping it),
// marks the mapping that holds it for huge pages, and collects garbage
// so that the block's space is free for the heap to grow into. The
// collector is off while the block is allocated and marked
// (debug.SetGCPercent(-1)): the block's size takes the heap past the
// collector's goal, and a cycle started by its allocation would have run
// beside the one that frees it. (It did, before: in a run of
// stmdict_insert the second cycle's mark phase ran while the threads
// started, for up to 40 ms with the write barrier on.) It does nothing
// where /proc/self/maps cannot be read.
//
// It is skipped where it would do nothing or could fail: unless the
// system gives huge pages on request ("madvise"), under a limit on the
// process's memory (the block counts against RLIMIT_AS and RLIMIT_DATA
// though never touched) and under strict overcommit accounting.
func adviseHugeHeap() {
	if !hugePagesOnRequest() {
		return
	}
	old := debug.SetGCPercent(-1)
	adviseHugePages(mapAhead())
	debug.SetGCPercent(old)
	runtime.GC()
}

// mapAhead allocates the block of hugeHeapAhead bytes and returns its
// address, which keeps nothing alive.
//
//go:noinline
func mapAhead() uintptr {
	block := make([]byte, hugeHeapAhead)
	return uintptr(unsafe.Pointer(&block[0]))
}

// adviseHugePages marks the writable mapping that holds addr for huge
// pages, from its first to its last whole huge page.
func adviseHugePages(addr uintptr) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		start, end, ok := parseMapsRange(sc.Text())
		if !ok || addr < start || addr >= end {
			continue
		}
		const huge = 2 << 20
		beg := (start + huge - 1) &^ (huge - 1)
		fin := end &^ (huge - 1)
		if beg < fin {
			// The range is not Go memory to be passed as a slice.
			unix.Syscall(unix.SYS_MADVISE, beg, fin-beg, unix.MADV_HUGEPAGE)
		}
		return
	}
}

// parseMapsRange returns the address range of a line of /proc/self/maps
// if the mapping is readable and writable.
func parseMapsRange(line string) (start, end uintptr, ok bool) {
	rng, rest, _ := strings.Cut(line, " ")
	if !strings.HasPrefix(rest, "rw") {
		return 0, 0, false
	}
	lo, hi, found := strings.Cut(rng, "-")
	if !found {
		return 0, 0, false
	}
	s, err1 := strconv.ParseUint(lo, 16, 64)
	e, err2 := strconv.ParseUint(hi, 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(s), uintptr(e), true
}

// hugePagesOnRequest reports whether transparent huge pages are given
// where a program asks for them, and asking is safe (see adviseHugeHeap).
func hugePagesOnRequest() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !strings.Contains(string(b), "[madvise]") {
		return false
	}
	if b, err := os.ReadFile("/proc/sys/vm/overcommit_memory"); err != nil || strings.TrimSpace(string(b)) == "2" {
		return false
	}
	for _, res := range []int{unix.RLIMIT_AS, unix.RLIMIT_DATA} {
		var lim unix.Rlimit
		if unix.Getrlimit(res, &lim) != nil || lim.Cur != unix.RLIM_INFINITY {
			return false
		}
	}
	return true
}
