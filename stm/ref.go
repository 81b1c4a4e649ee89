package stm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// lockBit marks a Header's version while a commit publishes the new
// payload; readers wait until it is gone.
const lockBit = 1 << 63

// markRec is a marker and the thread it belongs to.
type markRec struct {
	m      Marker
	thread int
}

// Write locations are interned: a Header holds the number of its
// records in marks.recs, not a pointer to them, so that while the event
// log is on the collector has no more pointers to follow in the objects
// written (stmdict_insert writes 480,000 buckets; through the collector
// alone the log cost it 10%). A location is a marker and a thread; the
// interpreter hands out one marker per place, so the table grows with
// the places written at, times the threads.
var marks struct {
	mu   sync.RWMutex
	recs []*markRec // recs[0] stands for none
	ids  map[markRec]uint32
}

// internMark returns the number of r in marks.recs, adding it if new.
func internMark(r markRec) uint32 {
	marks.mu.RLock()
	id, ok := marks.ids[r]
	marks.mu.RUnlock()
	if ok {
		return id
	}
	marks.mu.Lock()
	defer marks.mu.Unlock()
	if id, ok := marks.ids[r]; ok {
		return id
	}
	if marks.ids == nil {
		marks.ids = map[markRec]uint32{}
		marks.recs = []*markRec{nil}
	}
	id = uint32(len(marks.recs))
	marks.recs = append(marks.recs, &r)
	marks.ids[r] = id
	return id
}

// markAt returns the record numbered id (nil for 0).
func markAt(id uint32) *markRec {
	if id == 0 {
		return nil
	}
	marks.mu.RLock()
	defer marks.mu.RUnlock()
	return marks.recs[id]
}

// Header is the transactional part of an object: the version of its
// committed payload, the transaction holding a private copy, and the
// locations of the writes for conflict reports.
type Header struct {
	ver   atomic.Uint64
	owner atomic.Pointer[Tx]
	// birth is the sequence number of the transaction that made the
	// object (0 if unknown): that transaction alone can see it, so it
	// reads and writes it in place.
	birth uint64
	wmark atomic.Uint32 // the owner's first write (see marks)
	cmark atomic.Uint32 // the first write of the last commit
}

// A Copier is a payload that owns parts it modifies in place (slices,
// maps). STMCopy is called on a transaction's new private copy (a copy
// of the struct) to give it parts of its own, so that modifying the copy
// never touches the committed payload.
type Copier interface {
	STMCopy()
}

// Ref holds the mutable state of one shared object: a payload of type T
// reached only through the Read and Write barriers.
type Ref[T any] struct {
	h    Header
	p    atomic.Pointer[T]
	priv *T // the owner's private copy (touched by the owner only)
}

// refCore is the layout of every Ref[T] with the payload pointers
// untyped (an atomic.Pointer is one pointer word): the read path, which
// needs no T, works on it, so that Read stays small enough to be inlined.
type refCore struct {
	h    Header
	p    unsafe.Pointer // read with atomic loads
	priv unsafe.Pointer
}

// Init sets the payload of a Ref that no other transaction can see yet.
func (r *Ref[T]) Init(p *T) { r.p.Store(p) }

// InitFresh is Init for an object made by tx, which then reads and
// writes it in place until it commits.
func (r *Ref[T]) InitFresh(tx *Tx, p *T) {
	r.p.Store(p)
	if tx != nil {
		r.h.birth = tx.seq
	}
}

// Read returns the payload as tx sees it. The caller must not modify it.
func (r *Ref[T]) Read(tx *Tx) *T {
	c := (*refCore)(unsafe.Pointer(r))
	if tx == nil || tx.direct {
		return (*T)(atomic.LoadPointer(&c.p))
	}
	return (*T)(readTx(c, tx))
}

// readTx is Read in parallel mode. An object the transaction read
// before gives the payload it read then, from the read filter, with no
// check: that payload belongs to the snapshot (extending the snapshot
// checked that it is still current), and if a commit has replaced it
// since, the transaction fails validation and never commits what it
// computed from it. The filter forgets an object the transaction
// writes (writeShared), whose reads must see its private copy.
func readTx(r *refCore, tx *Tx) unsafe.Pointer {
	if r.h.birth == tx.seq {
		return atomic.LoadPointer(&r.p)
	}
	if e := tx.filter.entry(&r.h); e.h == &r.h && e.seq == tx.seq {
		return e.p
	}
	if r.h.owner.Load() == tx {
		return r.priv
	}
	return readShared(r, tx)
}

// readShared reads the committed payload, checking it against tx's
// snapshot and logging the read.
func readShared(r *refCore, tx *Tx) unsafe.Pointer {
	if tx.state.Load() == txDoomed {
		tx.abortDoomed()
	}
	for spins := 0; ; spins++ {
		v := r.h.ver.Load()
		if v&lockBit != 0 {
			runtime.Gosched() // a commit is publishing it
			continue
		}
		p := atomic.LoadPointer(&r.p)
		if r.h.ver.Load() != v {
			continue
		}
		e := tx.filter.entry(&r.h)
		if tx.inev.Load() {
			// Nothing commits while it runs: p stays current, and
			// the read needs no entry in the log.
			e.h, e.seq, e.p = &r.h, tx.seq, p
			return p
		}
		if v > tx.rv {
			tx.extend()
			continue
		}
		// The filter missed: the object is logged at most once more
		// (after an earlier entry was evicted), with the same version,
		// which is harmless.
		e.h, e.seq, e.p = &r.h, tx.seq, p
		tx.reads = append(tx.reads, readEntry{&r.h, v})
		return p
	}
}

// Peek returns the payload as last committed, outside any transaction
// (for a waiter checking whether the change it waits for has come). In
// parallel mode it may be read at any time; in direct mode only by the
// thread that writes it, or under the global lock.
func (r *Ref[T]) Peek() *T { return r.p.Load() }

// Write returns the payload for modification by tx: the transaction's
// private copy, made on its first write.
func (r *Ref[T]) Write(tx *Tx) *T {
	if tx == nil || tx.direct || r.h.birth == tx.seq {
		return r.p.Load()
	}
	if r.h.owner.Load() == tx {
		return r.priv
	}
	return r.writeShared(tx)
}

func (r *Ref[T]) writeShared(tx *Tx) *T {
	if tx.state.Load() == txDoomed {
		tx.abortDoomed()
	}
	for {
		o := r.h.owner.Load()
		if o == nil {
			if r.h.owner.CompareAndSwap(nil, tx) {
				break
			}
			continue
		}
		tx.writeConflict(o, &r.h)
	}
	tx.writes = append(tx.writes, r)
	if e := tx.filter.entry(&r.h); e.h == &r.h {
		e.seq = 0 // its reads are of the private copy from now on
	}
	// Where the write happened matters only to whoever sees the events
	// (the log, an event handler): without them, take no location.
	if logging.Load() {
		r.h.wmark.Store(tx.markID())
	} else if r.h.wmark.Load() != 0 {
		r.h.wmark.Store(0)
	}
	// Only the owner publishes, so the version is stable now.
	if v := r.h.ver.Load(); v > tx.rv && !tx.inev.Load() {
		tx.extend()
	}
	c := new(T)
	*c = *r.p.Load()
	if cp, ok := any(c).(Copier); ok {
		cp.STMCopy()
	}
	r.priv = c
	return c
}

func (r *Ref[T]) header() *Header { return &r.h }

// publish makes the private copy the committed payload with version wv
// and lets the Ref go.
func (r *Ref[T]) publish(wv uint64) {
	r.p.Store(r.priv)
	r.priv = nil
	r.h.cmark.Store(r.h.wmark.Load())
	r.h.ver.Store(wv)
	r.h.owner.Store(nil)
}

// drop discards the private copy and lets the Ref go.
func (r *Ref[T]) drop() {
	r.priv = nil
	if v := r.h.ver.Load(); v&lockBit != 0 {
		r.h.ver.Store(v &^ lockBit)
	}
	r.h.owner.Store(nil)
}
