package stm

import (
	"sync/atomic"
	"time"
	"unsafe"
)

// Thread is a thread as the STM sees it: its number (the main thread is
// 1) and how to find where it is now (for the markers of conflicts).
type Thread struct {
	ID     int
	Marker func() Marker // may be nil
	// Notify, if set, is called (from another goroutine) when the
	// thread's transaction is asked to abort, so that it stops soon
	// even if it touches no shared object.
	Notify func()

	// The buffers of the thread's transactions, kept from one to the
	// next: the read and write logs and the filter of recent reads.
	reads  []readEntry
	writes []writer
	filter *readFilter
	rec    threadRecorder // where its events go when they are recorded
	marks  [8]struct {    // recent write locations (see markID)
		m  Marker
		id uint32
	}
}

// A KeyedMarker is a Marker that a thread hands out again for the same
// place (the interpreter keeps one per code position it has seen
// lately): MarkKey spreads them over a small cache, so that a thread
// that writes at the same places transaction after transaction, as
// loops do, does not allocate a record of the place each time.
type KeyedMarker interface {
	Marker
	MarkKey() uintptr
}

// readFilter remembers the objects a transaction read lately, with the
// payloads it read (a direct-mapped cache tagged with the transaction),
// so that reading an object again neither checks nor logs it again: a
// transaction that reads one object a thousand times logs it about
// once.
type readFilter [256]filterEntry

type filterEntry struct {
	h   *Header
	seq uint64
	p   unsafe.Pointer
}

// entry returns the slot of the object with header h.
func (f *readFilter) entry(h *Header) *filterEntry {
	return &f[uintptr(unsafe.Pointer(h))>>4&uintptr(len(f)-1)]
}

// maxKeptLog bounds the length of each log a thread keeps for its next
// transaction.
const maxKeptLog = 1 << 16

// A transaction's states.
const (
	txRunning    int32 = iota
	txDoomed           // another transaction asked it to abort
	txInevitable       // running, and can no longer be asked to abort
	txCommitting
	txDone
)

// maxRetries is how many times in a row a transaction may abort before
// its retry runs inevitable (and so cannot abort again).
const maxRetries = 8

type readEntry struct {
	h   *Header
	ver uint64
}

// A writer is a Ref the transaction holds a private copy of.
type writer interface {
	header() *Header
	publish(wv uint64)
	drop()
}

// doomInfo says why another transaction asked this one to abort.
type doomInfo struct {
	kind      EventKind
	other     int
	self      Marker
	otherMark Marker
}

// Tx is one transaction. A thread runs one at a time: BeginTx starts it,
// and Commit or an abort ends it.
type Tx struct {
	seq      uint64
	prio     uint64 // the lower, the older: the older wins conflicts
	attempt  int    // how many times this work aborted before
	th       *Thread
	rv       uint64 // the snapshot: the clock value its reads agree with
	state    atomic.Int32
	inev     atomic.Bool // inevitable: never aborts
	direct   bool        // direct mode: barriers work in place, nothing is logged
	gilHeld  bool
	reads    []readEntry
	filter   *readFilter
	writes   []writer
	onAbort  []func()
	onCommit []func()
	// beforeEnd runs before the transaction commits or turns
	// inevitable (lock elision writes the acquires it put off).
	beforeEnd []func()
	start     time.Time
	paused    time.Duration
	waitAt    time.Time // when the wait under way began (zero: none)
	doom      atomic.Pointer[doomInfo]
	inevMark  atomic.Pointer[markRec] // where it became inevitable
	// loser is the transaction this one lost a write conflict to: its
	// retry waits for it to end first.
	loser *Tx
}

// Options are how to begin a transaction.
type Options struct {
	Thread *Thread
	// Retry is the transaction that aborted and is now re-run: the new
	// one keeps its priority, and runs inevitable after maxRetries.
	Retry *Tx
	// Inevitable makes the transaction inevitable from its start.
	Inevitable bool
}

// Begin starts a transaction with no thread of its own (tests and
// start-up).
func Begin() *Tx { return BeginTx(Options{}) }

// BeginTx starts a transaction on the calling thread, waiting for a free
// segment (or the global lock) if need be.
func BeginTx(o Options) *Tx {
	tx := &Tx{seq: seq.Add(1), th: o.Thread, start: time.Now()}
	tx.prio = tx.seq
	inev := o.Inevitable
	var loserWait, loserDone time.Time
	var loserThread int
	if r := o.Retry; r != nil {
		tx.prio, tx.attempt = r.prio, r.attempt+1
		if tx.attempt >= maxRetries {
			inev = true
		}
		if l := r.loser; l != nil && l.state.Load() < txDone {
			// Let the winner finish before running into it again.
			loserWait, loserThread = time.Now(), l.threadID()
			for i := 0; i < 50 && l.state.Load() < txDone; i++ {
				waitEnd(endSignal())
			}
			loserDone = time.Now()
			tx.paused += loserDone.Sub(loserWait)
		}
	}
	if gil.Load() {
		gilMu.Lock()
		tx.gilHeld = true
		tx.direct = true
	} else if !parallel.Load() {
		tx.direct = true
	}
	if tx.direct {
		tx.inev.Store(true)
		return tx
	}
	waited := enter(tx)
	tx.paused += waited
	if logging.Load() {
		// The waits so far are part of the transaction's time.
		tx.eventAt(TransactionStart, tx.start, 0, 0, nil, nil)
		if !loserWait.IsZero() {
			tx.eventAt(WaitContention, loserWait, loserThread, 0, nil, nil)
			tx.eventAt(WaitDone, loserDone, 0, loserDone.Sub(loserWait), nil, nil)
		}
		if waited > 0 {
			now := time.Now()
			tx.eventAt(WaitFreeSegment, now.Add(-waited), 0, 0, nil, nil)
			tx.eventAt(WaitDone, now, 0, waited, nil, nil)
		}
	}
	tx.rv = clock.Load()
	if th := tx.th; th != nil {
		if th.filter == nil {
			th.filter = new(readFilter)
		}
		tx.filter = th.filter
		tx.reads, tx.writes = th.reads, th.writes
		th.reads, th.writes = nil, nil
	} else {
		tx.filter = new(readFilter)
	}
	if inev && !tx.becomeInevitable(false) {
		// Asked to abort (by an exclusive transaction) before it did
		// anything: start again, without unwinding.
		tx.endWait()
		tx.event(TransactionAbort, 0, 0, nil, nil)
		tx.state.Store(txDone)
		leave(tx)
		o.Inevitable = true
		return BeginTx(o)
	}
	return tx
}

// Seq is the transaction's sequence number, unique in the process.
func (tx *Tx) Seq() uint64 { return tx.seq }

// Running reports whether the transaction has begun and not ended.
func (tx *Tx) Running() bool { return tx.state.Load() < txDone }

// Inevitable reports whether the transaction can no longer abort.
func (tx *Tx) Inevitable() bool { return tx.inev.Load() }

// Direct reports whether the transaction runs in direct mode (alone:
// barriers work in place).
func (tx *Tx) Direct() bool { return tx.direct }

// MayAbort reports whether tx (nil: none) may still abort: it runs in
// parallel mode and is not inevitable. Only then is an abort hook worth
// registering; a direct transaction lasts as long as the program runs
// alone, and its hooks would keep what they refer to alive.
func (tx *Tx) MayAbort() bool { return tx != nil && !tx.direct && !tx.inev.Load() }

// OwnsShared reports whether tx has written an object that other
// transactions can see (and that they would wait for, or abort on,
// until tx ends). Objects made by tx do not count.
func (tx *Tx) OwnsShared() bool { return len(tx.writes) > 0 }

// Attempt is how many times the work of this transaction aborted before.
func (tx *Tx) Attempt() int { return tx.attempt }

// Thread returns the thread running the transaction, or nil.
func (tx *Tx) Thread() *Thread { return tx.th }

func (tx *Tx) threadID() int {
	if tx.th == nil {
		return 0
	}
	return tx.th.ID
}

func (tx *Tx) marker() Marker {
	if tx.th == nil || tx.th.Marker == nil {
		return nil
	}
	return tx.th.Marker()
}

// markID returns the number (see marks) of where tx's thread is now.
// A thread keeps the numbers of its KeyedMarkers' places in a small
// cache, so that loops, which write at the same places transaction after
// transaction, find theirs without a lock.
func (tx *Tx) markID() uint32 {
	m := tx.marker()
	k, ok := m.(KeyedMarker)
	if !ok {
		return internMark(markRec{m: m, thread: tx.threadID()})
	}
	slot := &tx.th.marks[k.MarkKey()%uintptr(len(tx.th.marks))]
	if slot.id != 0 && slot.m == m {
		return slot.id
	}
	id := internMark(markRec{m: m, thread: tx.th.ID})
	slot.m, slot.id = m, id
	return id
}

// OnAbort registers f to run if tx aborts (to rewind state kept outside
// Refs, such as frame snapshots). Hooks run in reverse order.
func (tx *Tx) OnAbort(f func()) { tx.onAbort = append(tx.onAbort, f) }

// OnCommit registers f to run after tx commits.
func (tx *Tx) OnCommit(f func()) { tx.onCommit = append(tx.onCommit, f) }

// BeforeEnd registers f to run, in tx and once, just before tx commits
// or turns inevitable: the last moment at which tx may still write what
// it put off (an elided lock's acquire). Direct transactions never run
// it. f may abort tx.
func (tx *Tx) BeforeEnd(f func()) { tx.beforeEnd = append(tx.beforeEnd, f) }

// runBeforeEnd runs and forgets the BeforeEnd hooks.
func (tx *Tx) runBeforeEnd() {
	for len(tx.beforeEnd) > 0 {
		hooks := tx.beforeEnd
		tx.beforeEnd = nil
		for _, f := range hooks {
			f()
		}
	}
}

func (tx *Tx) event(k EventKind, other int, lost time.Duration, self, otherMark Marker) {
	if !k.IsContention() && !logging.Load() {
		return
	}
	tx.eventAt(k, time.Now(), other, lost, self, otherMark)
}

// eventAt passes on an event that happened at time at.
func (tx *Tx) eventAt(k EventKind, at time.Time, other int, lost time.Duration, self, otherMark Marker) {
	emit(tx.th, &Event{Kind: k, Time: at, Thread: tx.threadID(), Other: other, Lost: lost, Self: self, OtherMarker: otherMark}, true)
}

// beginWait notes that tx begins to wait (k: one of the Wait kinds, for
// other's sake); endWait ends the wait.
func (tx *Tx) beginWait(k EventKind, other int) {
	tx.waitAt = time.Now()
	if logging.Load() {
		tx.eventAt(k, tx.waitAt, other, 0, nil, nil)
	}
}

// endWait ends the wait under way, if any: its time counts as paused.
func (tx *Tx) endWait() {
	if tx.waitAt.IsZero() {
		return
	}
	w := time.Since(tx.waitAt)
	tx.waitAt = time.Time{}
	tx.paused += w
	tx.event(WaitDone, 0, w, nil, nil)
}

// Check aborts tx if another transaction asked it to. The interpreter
// calls it now and then (a transaction that reads and writes no shared
// object would not notice otherwise).
func (tx *Tx) Check() {
	if tx.state.Load() == txDoomed {
		tx.abortDoomed()
	}
}

func (tx *Tx) abortDoomed() {
	d := tx.doom.Load()
	if d == nil {
		d = &doomInfo{}
	}
	tx.abort(d.kind, d.other, d.self, d.otherMark, "asked to abort by another transaction")
}

// doomBy asks tx to abort on behalf of winner; it reports whether tx
// will (false: it is committing, inevitable or already done).
func (tx *Tx) doomBy(winner *Tx, kind EventKind, self, otherMark Marker) bool {
	if tx.inev.Load() || tx.state.Load() == txInevitable {
		return false
	}
	tx.doom.Store(&doomInfo{kind: kind, other: winner.threadID(), self: self, otherMark: otherMark})
	if tx.state.CompareAndSwap(txRunning, txDoomed) {
		winner.event(AbortingOtherContention, tx.threadID(), 0, otherMark, self)
		if tx.th != nil && tx.th.Notify != nil {
			tx.th.Notify()
		}
		return true
	}
	return tx.state.Load() == txDoomed
}

// wins reports whether tx wins a conflict with o.
func (tx *Tx) wins(o *Tx) bool {
	if tx.inev.Load() {
		return true
	}
	if o.inev.Load() {
		return false
	}
	return tx.prio < o.prio
}

// validate checks that every read still sees the version it saw; it
// returns the header of a read that does not.
func (tx *Tx) validate() *Header {
	for _, e := range tx.reads {
		cur := e.h.ver.Load()
		if cur == e.ver {
			continue
		}
		if cur&lockBit != 0 && cur&^lockBit == e.ver && e.h.owner.Load() == tx {
			continue // ours, locked for our own commit
		}
		return e.h
	}
	return nil
}

// extend moves the snapshot forward to now, if every read is still good;
// otherwise tx aborts (a write-read conflict with the commit that changed
// what it read).
func (tx *Tx) extend() {
	now := clock.Load()
	if h := tx.validate(); h != nil {
		tx.abortWriteRead(h)
	}
	tx.rv = now
}

func (tx *Tx) abortWriteRead(h *Header) {
	var other int
	var m Marker
	if r := markAt(h.cmark.Load()); r != nil {
		other, m = r.thread, r.m
	}
	tx.abort(ContentionWriteRead, other, m, nil, "write-read conflict")
}

// writeConflict resolves a write-write conflict: o owns h, which tx
// wants to write. If tx wins, o is asked to abort and tx waits until o
// has let h go; otherwise tx aborts.
func (tx *Tx) writeConflict(o *Tx, h *Header) {
	self := tx.marker()
	var om Marker
	if r := markAt(h.wmark.Load()); r != nil && r.thread == o.threadID() {
		// (Not one of another owner's: o may not have set its own yet.)
		om = r.m
	}
	if tx.wins(o) {
		if logging.Load() {
			// The winner's side of the conflict, for the log (the
			// statistics count the loser's).
			emit(tx.th, &Event{Kind: ContentionWriteWrite, Time: time.Now(), Thread: tx.threadID(), Other: o.threadID(), Self: self, OtherMarker: om}, false)
		}
		o.doomBy(tx, ContentionWriteWrite, om, self)
		tx.beginWait(WaitContention, o.threadID())
		for h.owner.Load() == o {
			tx.Check()
			waitEnd(endSignal())
		}
		tx.endWait()
		return
	}
	tx.loser = o
	tx.abort(ContentionWriteWrite, o.threadID(), self, om, "write-write conflict")
}

// dropLogs ends tx's logs, giving them back to its thread for the next
// transaction (cleared, so that they keep nothing alive).
func (tx *Tx) dropLogs() {
	if th := tx.th; th != nil {
		if cap(tx.reads) <= maxKeptLog {
			clear(tx.reads)
			th.reads = tx.reads[:0]
		}
		if cap(tx.writes) <= maxKeptLog {
			clear(tx.writes)
			th.writes = tx.writes[:0]
		}
	}
	tx.writes, tx.reads = nil, nil
}

// rollback lets go of everything tx holds.
func (tx *Tx) rollback() {
	for _, w := range tx.writes {
		w.drop()
	}
	tx.dropLogs()
	if tx.inev.Load() {
		inevitable.CompareAndSwap(tx, nil)
	}
}

// abort ends tx without publishing anything and unwinds with *Abort.
// kind (when a conflict) is reported with the time the transaction ran.
func (tx *Tx) abort(kind EventKind, other int, self, otherMark Marker, reason string) {
	tx.endWait()
	lost := time.Since(tx.start) - tx.paused
	if kind.IsContention() {
		tx.event(kind, other, lost, self, otherMark)
	}
	// The hooks rewind state outside Refs (frames) while tx still owns
	// what it wrote, so that no other transaction sees it half rewound.
	hooks := tx.onAbort
	tx.onAbort, tx.onCommit, tx.beforeEnd = nil, nil, nil
	for i := len(hooks) - 1; i >= 0; i-- {
		hooks[i]()
	}
	tx.rollback()
	tx.state.Store(txDone)
	leave(tx)
	stats.aborts.Add(1)
	tx.event(TransactionAbort, 0, lost, nil, nil)
	panic(&Abort{Tx: tx, Reason: reason})
}

// Abort ends tx by its own decision and unwinds with *Abort.
func (tx *Tx) Abort(reason string) {
	if tx.direct {
		panic("stm: a direct-mode transaction cannot abort")
	}
	tx.abort(0, 0, nil, nil, reason)
}

// Rollback runs the abort hooks of tx in reverse order and ends it,
// without unwinding (for a transaction abandoned by its thread).
func (tx *Tx) Rollback() {
	hooks := tx.onAbort
	tx.onCommit, tx.onAbort, tx.beforeEnd = nil, nil, nil
	for i := len(hooks) - 1; i >= 0; i-- {
		hooks[i]()
	}
	if !tx.direct {
		tx.endWait()
		tx.rollback()
		tx.state.Store(txDone)
		leave(tx)
		tx.event(TransactionAbort, 0, time.Since(tx.start)-tx.paused, nil, nil)
	} else {
		tx.state.Store(txDone)
		tx.releaseGIL()
	}
}

func (tx *Tx) releaseGIL() {
	if tx.gilHeld {
		tx.gilHeld = false
		gilMu.Unlock()
	}
}

// Commit publishes the transaction's writes and ends it. A transaction
// whose reads no longer hold aborts instead (unwinding with *Abort).
func (tx *Tx) Commit() {
	if tx.direct {
		tx.state.Store(txDone)
		tx.releaseGIL()
		tx.finish()
		return
	}
	if tx.beforeEnd != nil {
		tx.runBeforeEnd()
	}
	if len(tx.writes) == 0 && !tx.inev.Load() {
		// Read only: its snapshot was consistent; nothing to publish.
		tx.dropLogs()
		tx.state.Store(txDone)
		leave(tx)
		tx.finish()
		return
	}
	for {
		tx.Check()
		if i := inevitable.Load(); i != nil && i != tx {
			if tx.waitAt.IsZero() {
				if logging.Load() {
					// For the log, the wait is a conflict with the
					// inevitable transaction, where it became so (not
					// counted in the statistics).
					var om Marker
					if r := i.inevMark.Load(); r != nil {
						om = r.m
					}
					emit(tx.th, &Event{Kind: ContentionInevitable, Time: time.Now(), Thread: tx.threadID(), Other: i.threadID(), Self: tx.marker(), OtherMarker: om}, false)
				}
				tx.beginWait(WaitContention, i.threadID())
			}
			waitEnd(endSignal())
			continue
		}
		commitMu.RLock()
		if i := inevitable.Load(); i != nil && i != tx {
			commitMu.RUnlock()
			continue
		}
		if !tx.inev.Load() && !tx.state.CompareAndSwap(txRunning, txCommitting) {
			commitMu.RUnlock()
			tx.Check()
			continue
		}
		break
	}
	tx.endWait()
	for _, w := range tx.writes {
		h := w.header()
		h.ver.Store(h.ver.Load() | lockBit)
	}
	wv := clock.Add(1)
	if !tx.inev.Load() && wv != tx.rv+1 {
		if h := tx.validate(); h != nil {
			for _, w := range tx.writes {
				h := w.header()
				h.ver.Store(h.ver.Load() &^ lockBit)
			}
			commitMu.RUnlock()
			tx.abortWriteRead(h)
		}
	}
	for _, w := range tx.writes {
		w.publish(wv)
	}
	commitMu.RUnlock()
	tx.dropLogs()
	if tx.inev.Load() {
		inevitable.CompareAndSwap(tx, nil)
	}
	tx.state.Store(txDone)
	leave(tx)
	tx.finish()
}

// finish counts the commit and runs the commit hooks.
func (tx *Tx) finish() {
	stats.commits.Add(1)
	if !tx.direct {
		tx.event(TransactionCommit, 0, 0, nil, nil)
	}
	hooks := tx.onCommit
	tx.onCommit, tx.onAbort = nil, nil
	for _, f := range hooks {
		f()
	}
}

// BecomeInevitable makes tx a transaction that never aborts, waiting if
// another one is inevitable. Call it before any action that cannot be
// undone (I/O, system calls, reading the clock). It may abort tx (before
// anything irreversible happened) if its reads no longer hold.
func (tx *Tx) BecomeInevitable() { tx.becomeInevitable(true) }

// becomeInevitable is BecomeInevitable; when the transaction was asked
// to abort, it aborts (unwinding) if unwind is set, else it lets go of
// the inevitable slot and returns false (the transaction has done
// nothing yet: BeginTx starts another).
func (tx *Tx) becomeInevitable(unwind bool) bool {
	if tx.direct || tx.inev.Load() {
		return true
	}
	if tx.beforeEnd != nil {
		tx.runBeforeEnd()
	}
	doomed := func() bool {
		if tx.state.Load() != txDoomed {
			return false
		}
		if unwind {
			tx.abortDoomed()
		}
		return true
	}
	for !inevitable.CompareAndSwap(nil, tx) {
		if tx.waitAt.IsZero() {
			var other int
			var om Marker
			if i := inevitable.Load(); i != nil {
				other = i.threadID()
				if r := i.inevMark.Load(); r != nil {
					om = r.m
				}
			}
			tx.event(ContentionInevitable, other, 0, tx.marker(), om)
			tx.beginWait(WaitContention, other)
		}
		if doomed() {
			return false
		}
		waitEnd(endSignal())
	}
	tx.endWait()
	// Wait for commits under way, after which none starts until tx
	// ends; then tx's reads must still hold.
	commitMu.Lock()
	commitMu.Unlock()
	if h := tx.validate(); h != nil {
		inevitable.CompareAndSwap(tx, nil)
		tx.abortWriteRead(h) // reads only when unwind is false: none
	}
	tx.inevMark.Store(markAt(tx.markID()))
	// The state change is what makes the others stop asking it to
	// abort; one that asked first wins.
	if !tx.state.CompareAndSwap(txRunning, txInevitable) {
		inevitable.CompareAndSwap(tx, nil)
		doomed()
		return false
	}
	tx.inev.Store(true)
	tx.rv = clock.Load()
	clear(tx.reads)
	tx.reads = tx.reads[:0]
	stats.inevitable.Add(1)
	return true
}

// BecomeExclusive makes tx inevitable and the only transaction running
// until it ends: the others are asked to abort, and no new one starts.
// Call it before changing state that other transactions read without a
// barrier (the slots of a type, an object's class).
func (tx *Tx) BecomeExclusive() {
	if tx.direct {
		return
	}
	tx.BecomeInevitable()
	sched.mu.Lock()
	sched.exclusive = tx
	var others []*Tx
	for o := range sched.running {
		if o != tx {
			others = append(others, o)
		}
	}
	sched.mu.Unlock()
	var im Marker
	if r := tx.inevMark.Load(); r != nil {
		im = r.m
	}
	for _, o := range others {
		o.doomBy(tx, ContentionInevitable, nil, im)
	}
	for {
		sched.mu.Lock()
		n := len(sched.running)
		ch := sched.ended
		sched.mu.Unlock()
		if n <= 1 {
			return
		}
		waitEnd(ch)
	}
}

// Abort is the panic value that unwinds an aborted transaction to the
// evaluator's depth-0 loop.
type Abort struct {
	Tx     *Tx
	Reason string
}

func (a *Abort) Error() string { return "stm: transaction aborted: " + a.Reason }
