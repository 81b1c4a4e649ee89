package interp

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// Transaction boundaries.
//
// While a process runs one thread, that thread runs one long transaction
// in direct mode and takes no boundaries (its tick count never runs
// out). Once threads run in parallel, each thread's work is cut into
// transactions at boundaries, taken only by the outermost evaluation
// loop (t.Depth == 1), between two bytecodes, outside atomic blocks:
// when the thread's tick budget runs out (a tick is a backward jump or a
// call), and right after a call that blocked.
//
// At a boundary the thread commits, begins the next transaction and
// records where to come back to: the current frame with its pc and
// value stack (a snapshot). Every other frame the transaction touches
// later (returned into, or a generator resumed) is snapshotted on that
// first touch; frames made by the transaction need none. When the
// transaction aborts, an abort hook restores the snapshots (while the
// transaction still owns what it wrote), the panic unwinds to runTop,
// and the loop runs again from the recorded frame.

// Tick budgets, in ticks (backward jumps and calls): a transaction's
// length starts at budgetPerCheck times sys.getcheckinterval(), halves
// after an abort and grows after commits, between minBudget and
// maxBudgetFactor times the start.
const (
	budgetPerCheck  = 10
	minBudget       = 8
	maxBudgetFactor = 8
)

// frameSnap is a frame as it was when a transaction first touched it.
type frameSnap struct {
	f   *Frame
	fr  Frame
	buf []o.Value // fast locals and the live part of the stack
}

// txState is the evaluator's transaction state of one thread.
type txState struct {
	tx      *stm.Tx // the transaction begin started
	rewind  *Frame  // the frame it began in
	excInfo *o.Exception
	frames  int
	snaps   []frameSnap
	budget  int64
	hook    func()        // restore, as an abort hook
	yieldAt time.Duration // when boundary next lets Go's scheduler run
	marks   [32]*pyMarker // markers made lately (see markerOf)
}

// yieldEvery is how often a thread running beside others lets Go's
// scheduler run (see yieldToScheduler).
const yieldEvery = 50 * time.Microsecond

// clockBase is the origin of the monotonic clock yieldToScheduler reads.
var clockBase = time.Now()

// yieldToScheduler lets Go's scheduler run now and then while threads
// keep every processor busy; boundary calls it between two transactions.
// The interpreter's loops never block or call into the scheduler on
// their own, so without it the garbage collector's background worker
// waits for the scheduler's 10 ms preemption to run: every collection's
// mark phase then lasts 10-17 ms, and all that while every pointer store
// in every thread pays the write barrier. With a yield at boundaries, at
// most one every 50 microseconds, the mark phase is about 5 ms where
// transactions are short (independent, lock_elision; measured with the
// heap floor off).
//
// It yields only between transactions. A yield in the middle of one
// made Go hand the processor to another thread or move this one to
// another processor, while it owned the objects it had written: the
// threads that wanted them waited, aborted and turned inevitable
// (conflict.py: 50,000 aborts and 38 s, against 5,000 and 1.4 s). And
// while a processor is idle the collector works there and a yield would
// only move the thread, so only CoresBusy calls for it.
func yieldToScheduler(ts *txState) {
	now := time.Since(clockBase)
	if now < ts.yieldAt {
		return
	}
	ts.yieldAt = now + yieldEvery
	runtime.Gosched()
}

// touch snapshots f the first time the running transaction touches it.
// Callers check t.SnapSeq != 0 && f.txSeq != t.SnapSeq first.
func touch(t *o.Thread, f *Frame) {
	ts := stateOf(t)
	f.txSeq = t.SnapSeq
	n := len(f.fast) + f.sp
	s := frameSnap{f: f, fr: *f}
	s.buf = make([]o.Value, n)
	copy(s.buf, f.buf[:n])
	ts.snaps = append(ts.snaps, s)
}

// restore puts every snapshotted frame back as it was.
func (ts *txState) restore() {
	for i := len(ts.snaps) - 1; i >= 0; i-- {
		s := &ts.snaps[i]
		*s.f = s.fr
		copy(s.f.buf, s.buf)
		clear(s.f.buf[len(s.buf):])
	}
	ts.snaps = ts.snaps[:0]
}

func (ts *txState) initBudget(t *o.Thread) {
	if ts.budget == 0 {
		ts.budget = baseBudget(t)
	}
}

func baseBudget(t *o.Thread) int64 {
	ci := int64(t.RT.CheckInterval)
	if ci < 1 {
		ci = 1
	}
	if stm.GIL() {
		return ci
	}
	return budgetPerCheck * ci
}

// begin starts t's next transaction at a boundary in frame f (which has
// saved its sp and pc): retry is the transaction that aborted, if this
// one re-runs its work.
func begin(t *o.Thread, f *Frame, retry *stm.Tx) {
	ts := stateOf(t)
	ts.initBudget(t)
	if !o.Threaded() && stm.Parallel() {
		// The other threads are gone, and none runs a transaction:
		// back to direct mode.
		stm.SetParallel(false)
		setHeapFloor(false)
	}
	tx := stm.BeginTx(stm.Options{Thread: t.STM, Retry: retry})
	t.Tx = tx
	ts.tx = tx
	ts.rewind = f
	ts.excInfo = t.ExcInfo
	ts.frames = t.Frames
	clear(t.Elided)
	t.Elided = t.Elided[:0]
	clear(ts.snaps)
	ts.snaps = ts.snaps[:0]
	switch {
	case tx.Direct() && !o.Threaded():
		t.SnapSeq = 0
		t.Ticks = o.NoBoundary()
	case tx.Direct() || tx.Inevitable():
		t.SnapSeq = 0
		t.Ticks = ts.budget
	default:
		t.SnapSeq = tx.Seq()
		if ts.hook == nil {
			ts.hook = ts.restore
		}
		tx.OnAbort(ts.hook)
		touch(t, f)
		t.Ticks = ts.budget
	}
}

// boundary commits t's transaction and begins the next one in f.
func boundary(t *o.Thread, f *Frame) {
	ts := stateOf(t)
	t.BoundaryDue = false
	t.Tx.Commit() // may abort: runTop then rewinds to the last boundary
	if o.Threaded() && stm.CoresBusy() {
		yieldToScheduler(&ts.txState)
	}
	ts.initBudget(t)
	if b := ts.budget + ts.budget/16 + 1; b <= maxBudgetFactor*baseBudget(t) {
		ts.budget = b
	}
	begin(t, f, nil)
}

// checkpoint is the slow path of the loop's checks, at a backward jump,
// a call or after a call that blocked: it handles o.Attention and takes
// a boundary when the tick budget has run out. f has saved its sp and
// pc.
func checkpoint(t *o.Thread, f *Frame) error {
	if o.Attention.Load() {
		if err := attend(t); err != nil {
			return err
		}
	}
	if t.Ticks >= 0 {
		return nil
	}
	if t.Tx == nil {
		return nil
	}
	if t.IsMain && interruptPending.Load() {
		if err := checkInterrupt(); err != nil {
			return err
		}
	}
	if !o.Threaded() && t.Tx.Direct() {
		t.Ticks = o.NoBoundary()
		return nil
	}
	if t.Depth != 1 || t.Atomic > 0 {
		// No boundary inside a nested loop or an atomic block: the
		// transaction goes on (checking that it may), and ends once
		// control is back in the outermost loop.
		t.Ticks = minBudget
		t.BoundaryDue = true
		t.Tx.Check()
		return nil
	}
	boundary(t, f)
	return nil
}

// runTop runs f as the thread's outermost loop: the loop that takes
// transaction boundaries and re-runs an aborted transaction from the
// frame it began in. On entry and on exit the thread's transaction is
// inevitable or direct (nothing at depth 0 can be re-run).
func runTop(t *o.Thread, f *Frame) (result o.Value, err error) {
	savedFrame, savedFrames := t.Frame, t.Frames
	if err := pushFrame(t, f); err != nil {
		return nil, err
	}
	f.entry = true
	t.Depth = 1
	ts := stateOf(t)
	if t.Ticks != o.NoBoundary() || !t.Tx.Direct() {
		boundary(t, f)
	}
	cur := f
	for {
		var ab *stm.Abort
		result, err, ab = evalTop(t, cur)
		if ab == nil {
			ab = endTop(t)
		}
		if ab == nil {
			break
		}
		if ab.Tx != ts.tx || ts.rewind == nil {
			panic(fmt.Sprintf("pystm: transaction %d aborted without a point to rewind to", ab.Tx.Seq()))
		}
		// The abort hook restored the frames; now the thread's state.
		cur = ts.rewind
		t.Frame = cur
		t.Frames = ts.frames
		t.ExcInfo = ts.excInfo
		t.Depth = 1
		t.Atomic = 0
		t.ResetNesting()
		ts.free = nil
		if ts.budget /= 2; ts.budget < minBudget {
			ts.budget = minBudget
		}
		begin(t, cur, ab.Tx)
	}
	t.Depth = 0
	t.Frame, t.Frames = savedFrame, savedFrames
	return result, err
}

// endTop ends the transaction that ran the end of runTop's loop: it
// commits it and goes on inevitable (depth 0 has nothing to rewind to).
// It returns the abort if the commit failed.
func endTop(t *o.Thread) (ab *stm.Abort) {
	if t.Tx.Direct() {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			a, ok := r.(*stm.Abort)
			if !ok {
				panic(r)
			}
			ab = a
		}
	}()
	t.Tx.Commit()
	ts := stateOf(t)
	// Nothing to rewind any more: drop the snapshots (they hold values).
	clear(ts.snaps)
	ts.snaps = ts.snaps[:0]
	t.SnapSeq = 0
	t.Tx = stm.BeginTx(stm.Options{Thread: t.STM, Inevitable: true})
	ts.tx, ts.rewind = nil, nil
	return nil
}

// evalTop runs the loop, catching an abort (returned as ab) and turning
// any other panic (a bug in pystm) into SystemError.
func evalTop(t *o.Thread, f *Frame) (result o.Value, err error, ab *stm.Abort) {
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(*stm.Abort); ok {
				ab = a
				return
			}
			result, err = nil, o.Errorf(o.SystemError, "pystm internal error: %v", r)
		}
	}()
	result, err = eval(t, f)
	return result, err, nil
}

// pyMarker is a Python location for conflict reports.
type pyMarker struct {
	code  *o.Code
	lasti int
	text  atomic.Pointer[string] // String's result, once made
}

// String returns the location as a traceback line. A thread hands out
// the same marker for the same place (see markerOf), so the line is
// made once and kept.
func (m *pyMarker) String() string {
	if p := m.text.Load(); p != nil {
		return *p
	}
	s := m.format()
	m.text.Store(&s)
	return s
}

func (m *pyMarker) format() string {
	c := m.code
	b := make([]byte, 0, len(c.Filename)+len(c.Name)+24)
	b = append(b, `File "`...)
	b = append(b, c.Filename...)
	b = append(b, `", line `...)
	b = strconv.AppendInt(b, int64(c.Line(m.lasti)), 10)
	b = append(b, ", in "...)
	b = append(b, c.Name...)
	return string(b)
}

// MarkKey spreads the markers of a thread over its STM's cache.
func (m *pyMarker) MarkKey() uintptr {
	return uintptr(unsafe.Pointer(m.code))>>4 ^ uintptr(m.lasti)
}

// markers holds the one marker of each place (code and instruction)
// that a marker was asked for: the STM interns markers, so a place must
// always be given the same one.
var markers struct {
	mu sync.Mutex
	m  map[markerKey]*pyMarker
}

type markerKey struct {
	code  *o.Code
	lasti int
}

// markerOf returns where t is now, or nil: the marker of that place,
// found in the thread's small cache of the places it was at lately, or
// else in markers.
func markerOf(t *o.Thread) stm.Marker {
	f, ok := t.Frame.(*Frame)
	if !ok || f == nil {
		return nil
	}
	ts := stateOf(t)
	slot := &ts.marks[uint(f.lasti)%uint(len(ts.marks))]
	if m := *slot; m != nil && m.code == f.Code && m.lasti == f.lasti {
		return m
	}
	k := markerKey{f.Code, f.lasti}
	markers.mu.Lock()
	m := markers.m[k]
	if m == nil {
		if markers.m == nil {
			markers.m = map[markerKey]*pyMarker{}
		}
		m = &pyMarker{code: f.Code, lasti: f.lasti}
		markers.m[k] = m
	}
	markers.mu.Unlock()
	*slot = m
	return m
}
