package cstringio

import (
	"sync/atomic"

	o "github.com/pystm/pystm/objects"
)

// This file holds the bytes of a StringIO object. The payload behind an
// object's stm.Ref (ioState) is a few words: a pointer to a store, the
// content's size and the position. A transaction's write barrier copies
// only those words; the store is shared between the committed state and
// the transactions' copies, and three rules keep that sharing safe:
//
//   - A store made by the running transaction (owner == its sequence
//     number) is private to it until it commits: it is written in place,
//     anywhere.
//   - Any other store is written only past its used mark, and only by the
//     transaction that moved used forward over the bytes it writes (a
//     compare-and-swap from the end of the content it sees). Every state
//     that refers to the store has a size at most used, so nobody reads
//     bytes while another writes them. This is how appends, the common
//     case, stay O(1) from one transaction to the next.
//   - Any other write (over existing bytes, after a truncate, after a
//     transaction that moved used and then aborted) first copies the
//     content into a new store that the transaction owns.

// store is the byte array behind one or more states of an object.
type store struct {
	data  []byte // its length is the capacity
	owner uint64 // the transaction that made it
	used  atomic.Int64
}

// maxSize bounds the content of an output object: a larger one is a
// MemoryError, as CPython's failed realloc is (a failed Go allocation
// cannot be recovered from).
const maxSize = 1 << 34

// minCapacity is the capacity of a new output object's first store
// (CPython starts its buffer at 128 bytes).
const minCapacity = 128

func newStore(owner uint64, capacity int) *store {
	return &store{data: make([]byte, capacity), owner: owner}
}

// ioState is the mutable state of a StringIO object.
// No Copier: the store is shared, and written in place only by the
// transaction that made it (see store).
type ioState struct {
	st        *store // nil once the object is closed
	size      int    // the content is st.data[:size]
	pos       int    // may be past size
	softspace int32  // output objects only
}

// content returns the object's bytes (nil once closed). The slice must
// only be read.
func (s *ioState) content() []byte {
	if s.st == nil {
		return nil
	}
	return s.st.data[:s.size]
}

// write writes p at the current position for the transaction with
// sequence number seq, padding with NUL bytes when the position is past
// the end, as CPython's O_cwrite does.
func (s *ioState) write(seq uint64, p string) error {
	n := len(p)
	if n > 1<<31-1 {
		return o.Errorf(o.OverflowError, "length too large")
	}
	pos := s.pos
	if pos >= 1<<63-1-n {
		return o.Errorf(o.OverflowError, "new position too large")
	}
	end := pos + n
	st := s.st
	if st.owner == seq {
		if end > len(st.data) {
			if end >= maxSize {
				return o.Errorf(o.MemoryError, "out of memory")
			}
			grown := make([]byte, max(2*len(st.data), end+1))
			copy(grown, st.data[:s.size])
			st.data = grown
		}
	} else if !(pos >= s.size && end <= len(st.data) &&
		st.used.Load() == int64(s.size) && st.used.CompareAndSwap(int64(s.size), int64(end))) {
		// Not the end of the content this transaction may extend:
		// copy into a store of its own.
		capacity := len(st.data)
		if end >= capacity {
			if end >= maxSize {
				return o.Errorf(o.MemoryError, "out of memory")
			}
			capacity = max(2*capacity, end+1)
		}
		own := newStore(seq, capacity)
		copy(own.data, st.data[:s.size])
		st = own
		s.st = own
	}
	if pos > s.size {
		clear(st.data[s.size:pos])
	}
	copy(st.data[pos:end], p)
	s.pos = end
	if end > s.size {
		s.size = end
	}
	if st.owner == seq {
		st.used.Store(int64(s.size))
	}
	return nil
}

// truncate cuts the content at size (never making it longer) and moves
// the position to the end.
func (s *ioState) truncate(seq uint64, size int) {
	if s.size > size {
		s.size = size
	}
	s.pos = s.size
	if s.st != nil && s.st.owner == seq {
		// A private store: let appends reuse the bytes cut off.
		s.st.used.Store(int64(s.size))
	}
}
