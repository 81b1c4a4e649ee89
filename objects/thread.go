package objects

import (
	"sync"
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// threads counts the Python threads alive in the process (the main
// thread included); above one, transactions have boundaries.
var threads atomic.Int32

func init() { threads.Store(1) }

// ResetNesting forgets the Go-level recursion state (reprs in progress,
// nested comparisons), for a thread rewound to a transaction's start,
// which is always at the evaluator's outermost level.
func (t *Thread) ResetNesting() {
	t.nesting = 0
	t.reprStack = t.reprStack[:0]
}

// attnPending counts the threads asked to stop whose Attn is still set.
var attnPending atomic.Int32

// Notify asks t to stop at its next check (its transaction was asked to
// abort). It may be called from any goroutine.
func (t *Thread) Notify() {
	if t.Attn.CompareAndSwap(false, true) {
		attnPending.Add(1)
	}
	Attention.Store(true)
}

// TakeAttn reports whether t was asked to stop, and clears the request.
func (t *Thread) TakeAttn() bool {
	if t.Attn.Load() && t.Attn.CompareAndSwap(true, false) {
		attnPending.Add(-1)
		return true
	}
	return false
}

// AttnPending reports whether some thread has not yet seen its request.
func AttnPending() bool { return attnPending.Load() > 0 }

// Threaded reports whether more than one Python thread is alive.
func Threaded() bool { return threads.Load() > 1 }

// ThreadStarted records a new thread and returns how many are alive.
func ThreadStarted() int { return int(threads.Add(1)) }

// ThreadEnded records the end of a thread and returns how many are left.
func ThreadEnded() int { return int(threads.Add(-1)) }

// Inevitable makes t's transaction inevitable, before an action that
// cannot be undone (I/O, a system call, reading the clock). It may abort
// the transaction first (before anything irreversible happened).
func (t *Thread) Inevitable() {
	if t != nil && t.Tx != nil {
		t.Tx.BecomeInevitable()
	}
}

// Exclusive makes t's transaction inevitable and the only one running,
// before a change to state that other threads read without a barrier
// (a type's slots, a class's bases, an object's class).
func (t *Thread) Exclusive() {
	if t != nil && t.Tx != nil {
		t.Tx.BecomeExclusive()
	}
}

// Blocking runs wait, which blocks (a lock acquire, a sleep, a join),
// outside any transaction, as CPython releases the GIL around such
// calls: the running transaction commits first, and the one that
// follows runs inevitable until the evaluator reaches its next boundary
// (it has no point to go back to). A thread alone just waits.
//
// Inside an atomic block, which no boundary may break, the transaction
// turns inevitable instead and waits in place.
func (t *Thread) Blocking(wait func()) {
	if t == nil || t.Tx == nil || (t.Tx.Direct() && !stm.GIL()) {
		wait()
		return
	}
	if t.Atomic > 0 {
		t.Tx.BecomeInevitable()
		wait()
		return
	}
	t.Tx.Commit()
	t.Tx = nil
	t.SnapSeq = 0
	wait()
	t.Tx = stm.BeginTx(stm.Options{Thread: t.STM, Inevitable: true})
	t.Ticks = -1 // a boundary right after the blocking call returns
}

// WaitQueue lets threads wait, outside transactions, for a change that
// another transaction commits: a waiter takes a ticket inside its
// transaction, and a committed change signals every ticket taken before.
type WaitQueue struct {
	mu sync.Mutex
	ch chan struct{}
}

// Ticket returns a channel closed by the next Signal.
func (q *WaitQueue) Ticket() <-chan struct{} {
	q.mu.Lock()
	if q.ch == nil {
		q.ch = make(chan struct{})
	}
	ch := q.ch
	q.mu.Unlock()
	return ch
}

// Waiting reports whether a ticket was taken since the last Signal.
func (q *WaitQueue) Waiting() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.ch != nil
}

// YieldSoon asks t to end its transaction at the evaluator's next
// check, so that what it released (a lock others wait for) is seen
// soon: a lock released and taken again within one transaction never
// looks free to the others.
func (t *Thread) YieldSoon() {
	if t != nil && t.Tx != nil && (!t.Tx.Direct() || stm.GIL()) {
		t.Ticks = -1
	}
}

// Signal wakes the holders of every ticket taken so far.
func (q *WaitQueue) Signal() {
	q.mu.Lock()
	if q.ch != nil {
		close(q.ch)
		q.ch = nil
	}
	q.mu.Unlock()
}

// SignalOnCommit signals q when t's transaction commits (at once when
// its writes are made in place: a waiter can only look once this
// transaction has let go of the global lock, or there is none).
func (q *WaitQueue) SignalOnCommit(t *Thread) {
	if t == nil || t.Tx == nil || t.Tx.Direct() {
		q.Signal()
		return
	}
	t.Tx.OnCommit(q.Signal)
}

// AtExit registers f to run when thread t ends.
func (t *Thread) AtExit(f func()) {
	if t.IsMain {
		return // the process ends with it
	}
	t.exitHooks.add(f)
}

// RunExitHooks runs what AtExit registered; the thread is ending.
func (t *Thread) RunExitHooks() { t.exitHooks.run() }

// immediateExitHooks are what must still be done when the process ends
// at once (os._exit), skipping the interpreter's own shutdown: writing
// out the STM event log.
var immediateExitHooks hookList

// AtImmediateExit registers f to run before the process ends at once.
func AtImmediateExit(f func()) { immediateExitHooks.add(f) }

// RunImmediateExitHooks runs the functions AtImmediateExit registered,
// just before os._exit ends the process.
func RunImmediateExitHooks() { immediateExitHooks.run() }

// hookList is a list of functions to run once, at some end.
type hookList struct {
	mu  sync.Mutex
	fns []func()
}

func (l *hookList) add(f func()) {
	l.mu.Lock()
	l.fns = append(l.fns, f)
	l.mu.Unlock()
}

// run runs the functions added so far, in order, and forgets them.
func (l *hookList) run() {
	l.mu.Lock()
	fns := l.fns
	l.fns = nil
	l.mu.Unlock()
	for _, f := range fns {
		f()
	}
}
