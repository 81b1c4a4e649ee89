package collections

import (
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// This file holds the storage of a deque: its items in fixed-size
// blocks, so that a transaction's first write to a deque copies the
// slice of block pointers and then only the blocks it changes, never
// the items of the whole deque.
//
// The STM's write barrier copies the payload (dequeState) shallowly.
// Each block and the block slice record the sequence number of the
// transaction that made them: a transaction modifies in place only what
// it made itself, and copies the rest first. What an older transaction
// made may be shared with the committed state and other readers.

const blockLen = 64

type block struct {
	owner uint64
	items [blockLen]o.Value
}

// dequeState is a deque's payload. Item i is at absolute position
// head+i: blocks[(head+i)/blockLen].items[(head+i)%blockLen]. Blocks
// outside the occupied range may be nil.
// No Copier: openWrite gives a transaction blocks of its own (owner).
type dequeState struct {
	owner  uint64 // the transaction that may modify blocks (the slice) in place
	blocks []*block
	head   int
	n      int
	maxlen int    // -1: unbounded
	state  uint64 // changes on every mutation that iterators must notice
}

func seqOf(tx *stm.Tx) uint64 {
	if tx == nil {
		return 0
	}
	return tx.Seq()
}

// at returns item i (0 <= i < n).
func (st *dequeState) at(i int) o.Value {
	p := st.head + i
	return st.blocks[p/blockLen].items[p%blockLen]
}

// items returns a copy of the items in order.
func (st *dequeState) items() []o.Value {
	out := make([]o.Value, st.n)
	for i := range out {
		out[i] = st.at(i)
	}
	return out
}

// writer is a deque's payload opened for writing by one transaction.
type writer struct {
	st  *dequeState
	seq uint64
}

// openWrite returns the deque's payload for modification by t's
// transaction, with its block slice owned by that transaction.
func openWrite(t *o.Thread, ref *stm.Ref[dequeState]) writer {
	tx := txOf(t)
	st := ref.Write(tx)
	w := writer{st: st, seq: seqOf(tx)}
	if st.owner != w.seq {
		st.blocks = append([]*block(nil), st.blocks...)
		st.owner = w.seq
	}
	return w
}

// block returns block k for modification, copying it (or making it)
// first when the transaction does not own it.
func (w writer) block(k int) *block {
	b := w.st.blocks[k]
	if b == nil {
		b = &block{owner: w.seq}
		w.st.blocks[k] = b
	} else if b.owner != w.seq {
		c := *b
		c.owner = w.seq
		b = &c
		w.st.blocks[k] = b
	}
	return b
}

func (w writer) set(i int, v o.Value) {
	p := w.st.head + i
	w.block(p / blockLen).items[p%blockLen] = v
}

// release drops block k once no item is in it.
func (w writer) release(k int) { w.st.blocks[k] = nil }

// roomRight makes sure position head+n is inside the block slice.
func (w writer) roomRight() {
	st := w.st
	if (st.head+st.n)/blockLen < len(st.blocks) {
		return
	}
	if lead := st.head / blockLen; lead > 0 && lead >= len(st.blocks)/2 {
		// Mostly empty on the left (a queue): slide the blocks down.
		copy(st.blocks, st.blocks[lead:])
		clear(st.blocks[len(st.blocks)-lead:])
		st.head -= lead * blockLen
		return
	}
	st.blocks = append(st.blocks, nil)
}

// roomLeft makes sure position head-1 is inside the block slice.
func (w writer) roomLeft() {
	st := w.st
	if st.head > 0 {
		return
	}
	used := (st.n + blockLen - 1) / blockLen
	slack := len(st.blocks) - used
	if slack > 0 && slack >= len(st.blocks)/2 {
		// Mostly empty on the right: slide the blocks up.
		copy(st.blocks[slack:], st.blocks[:used])
		clear(st.blocks[:slack])
		st.head += slack * blockLen
		return
	}
	grow := len(st.blocks)
	if grow < 1 {
		grow = 1
	}
	nb := make([]*block, grow+len(st.blocks))
	copy(nb[grow:], st.blocks)
	st.blocks = nb
	st.head += grow * blockLen
}

func (w writer) pushRight(v o.Value) {
	w.roomRight()
	w.st.n++
	w.set(w.st.n-1, v)
	w.st.state++
}

func (w writer) pushLeft(v o.Value) {
	w.roomLeft()
	w.st.head--
	w.st.n++
	w.set(0, v)
	w.st.state++
}

// popRight removes and returns the last item (n > 0).
func (w writer) popRight() o.Value {
	st := w.st
	v := st.at(st.n - 1)
	w.set(st.n-1, nil)
	st.n--
	st.state++
	if p := st.head + st.n; p%blockLen == 0 {
		w.release(p / blockLen)
	}
	w.reset()
	return v
}

// popLeft removes and returns the first item (n > 0).
func (w writer) popLeft() o.Value {
	st := w.st
	v := st.at(0)
	w.set(0, nil)
	st.head++
	st.n--
	st.state++
	if st.head%blockLen == 0 {
		w.release(st.head/blockLen - 1)
	}
	w.reset()
	return v
}

// reset forgets the blocks of an emptied deque.
func (w writer) reset() {
	if w.st.n == 0 {
		w.st.blocks = nil
		w.st.head = 0
	}
}

// trimLeft and trimRight drop items beyond maxlen.
func (w writer) trimLeft() {
	for w.st.maxlen >= 0 && w.st.n > w.st.maxlen {
		w.popLeft()
	}
}

func (w writer) trimRight() {
	for w.st.maxlen >= 0 && w.st.n > w.st.maxlen {
		w.popRight()
	}
}

// deleteAt removes item i, moving the shorter side.
func (w writer) deleteAt(i int) {
	st := w.st
	if i < st.n/2 {
		for j := i; j > 0; j-- {
			w.set(j, st.at(j-1))
		}
		w.popLeft()
		return
	}
	for j := i; j < st.n-1; j++ {
		w.set(j, st.at(j+1))
	}
	w.popRight()
}

// rotate moves the last k items to the front (k > 0), or the first -k
// to the back.
func (w writer) rotate(k int) {
	st := w.st
	st.state++
	if st.n <= 1 {
		return
	}
	k %= st.n
	if k < 0 {
		k += st.n
	}
	if k > st.n/2 {
		for k = st.n - k; k > 0; k-- {
			w.pushRight(w.popLeft())
		}
		return
	}
	for ; k > 0; k-- {
		w.pushLeft(w.popRight())
	}
}

func (w writer) reverse() {
	st := w.st
	for i, j := 0, st.n-1; i < j; i, j = i+1, j-1 {
		a, b := st.at(i), st.at(j)
		w.set(i, b)
		w.set(j, a)
	}
}

func (w writer) clearAll() {
	if w.st.n > 0 {
		w.st.state++
	}
	w.st.blocks = nil
	w.st.head = 0
	w.st.n = 0
}
