package stm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// The process-wide state of the STM.
var (
	// parallel is set while transactions run in parallel with full
	// barriers; clear while there is one thread (or under the GIL).
	parallel atomic.Bool

	// gil makes transactions run one at a time under gilMu (pystm --gil).
	gil   atomic.Bool
	gilMu sync.Mutex

	// clock is the global version clock: a commit that writes takes the
	// next value as its version.
	clock atomic.Uint64

	// seq numbers transactions (and so the birth of objects).
	seq atomic.Uint64

	// inevitable is the transaction that may not abort, if any.
	inevitable atomic.Pointer[Tx]

	// commitMu is held shared by a commit while it publishes, and taken
	// exclusively (briefly) by a transaction becoming inevitable, so
	// that no commit is half done when it starts to rely on its reads.
	commitMu sync.RWMutex

	// sched guards the running set, the segment count and exclusive
	// mode; cond wakes the threads waiting on them.
	sched struct {
		mu        sync.Mutex
		cond      *sync.Cond
		running   map[*Tx]struct{}
		limit     int // segments: transactions that may run at once
		exclusive *Tx // a transaction that stops all others
		// Waiters are served in order of arrival: each takes a ticket
		// (next) and enters when its number is serving, so that a
		// thread that leaves and enters again at once cannot keep a
		// segment from the threads that waited for it.
		next, serving uint64
		// ended is closed (and replaced) whenever a transaction ends,
		// which is what waiters on another transaction wait for.
		ended chan struct{}
	}
)

func init() {
	sched.cond = sync.NewCond(&sched.mu)
	sched.running = map[*Tx]struct{}{}
	sched.ended = make(chan struct{})
	sched.limit = runtime.NumCPU()
	clock.Store(1)
}

// SetParallel switches between direct mode (false: one thread runs
// Python, barriers work in place) and parallel mode (true: every
// transaction logs its reads and copies what it writes). The caller must
// make sure no transaction runs while it switches (the interpreter
// switches when the second thread starts, from a point between two
// transactions).
func SetParallel(on bool) { parallel.Store(on) }

// Parallel reports whether transactions run with full barriers.
func Parallel() bool { return parallel.Load() && !gil.Load() }

// SetGIL makes transactions run one at a time under a global lock, as
// CPython's threads run (pystm --gil): no barrier logs and nothing aborts.
func SetGIL(on bool) { gil.Store(on) }

// GIL reports whether the global lock mode is on.
func GIL() bool { return gil.Load() }

// SetSegmentLimit sets how many transactions may run at once (at least
// one).
func SetSegmentLimit(n int) {
	if n < 1 {
		n = 1
	}
	sched.mu.Lock()
	sched.limit = n
	sched.cond.Broadcast()
	sched.mu.Unlock()
}

// SegmentLimit returns how many transactions may run at once.
func SegmentLimit() int {
	sched.mu.Lock()
	defer sched.mu.Unlock()
	return sched.limit
}

// Clock returns the current value of the version clock.
func Clock() uint64 { return clock.Load() }

// nrunning is len(sched.running), for readers that take no lock.
var nrunning atomic.Int32

// procs is GOMAXPROCS as it was at start-up.
var procs = int32(runtime.GOMAXPROCS(0))

// CoresBusy reports whether as many transactions run as Go has
// processors: none is left idle for the runtime's own work (the
// garbage collector's background marking), which then runs only when a
// running thread lets the scheduler in. It takes no lock.
func CoresBusy() bool { return nrunning.Load() >= procs }

// Running returns how many transactions are running.
func Running() int {
	sched.mu.Lock()
	defer sched.mu.Unlock()
	return len(sched.running)
}

// enter registers tx as running, waiting for a free segment and for an
// exclusive transaction to finish. It returns how long it waited.
func enter(tx *Tx) time.Duration {
	var waited time.Duration
	sched.mu.Lock()
	blocked := func() bool {
		return (sched.exclusive != nil && sched.exclusive != tx) || len(sched.running) >= sched.limit
	}
	if sched.next != sched.serving || blocked() {
		start := time.Now()
		ticket := sched.next
		sched.next++
		for ticket != sched.serving || blocked() {
			sched.cond.Wait()
		}
		sched.serving++
		// The next ticket may find a free segment too.
		sched.cond.Broadcast()
		waited = time.Since(start)
	}
	sched.running[tx] = struct{}{}
	nrunning.Store(int32(len(sched.running)))
	sched.mu.Unlock()
	return waited
}

// leave unregisters tx and wakes the waiters.
func leave(tx *Tx) {
	sched.mu.Lock()
	delete(sched.running, tx)
	nrunning.Store(int32(len(sched.running)))
	if sched.exclusive == tx {
		sched.exclusive = nil
	}
	close(sched.ended)
	sched.ended = make(chan struct{})
	sched.cond.Broadcast()
	sched.mu.Unlock()
}

// endSignal returns a channel closed when the next transaction ends.
func endSignal() <-chan struct{} {
	sched.mu.Lock()
	ch := sched.ended
	sched.mu.Unlock()
	return ch
}

// waitEnd waits until ch is closed or a short while has passed (so that
// the caller can recheck its own state: it may have been asked to abort).
func waitEnd(ch <-chan struct{}) {
	t := time.NewTimer(time.Millisecond)
	select {
	case <-ch:
	case <-t.C:
	}
	t.Stop()
}
