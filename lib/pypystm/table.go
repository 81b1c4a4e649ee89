package pypystm

import (
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// The hash table behind stmdict, stmset and hashtable.
//
// Its conflicts are per bucket, not per table: the table is an array of
// buckets, each with its own stm.Ref holding the entries whose hashes
// land in it, and the array itself sits behind one more Ref that only a
// resize writes. Looking a key up reads the array's Ref and one
// bucket's; adding, replacing or removing a key writes that bucket
// alone. Two transactions that touch different keys therefore conflict
// only when the keys share a bucket or one of them resizes the table.
// There is no item count (it would be written by every insert and make
// every two inserts conflict): len() and iteration read every bucket.
//
// Buckets are chains with no fixed capacity. The table grows (by four
// times) when an insert makes one chain longer than the table's chain
// limit and the table holds more keys than buckets; when the keys are
// few and the chain long all the same (keys whose hashes collide), the
// limit doubles instead, so that such keys do not make the table grow
// without end. A table starts with initBuckets buckets, so that a
// growing table resizes rarely: at about 8 keys a bucket for keys with
// consecutive hashes, about 2 for well-mixed hashes.

const (
	initBuckets = 64
	initChain   = 8 // the chain limit of a new table
	growFactor  = 4
	foldKeep    = 4 // low bits of a hash that pick a bucket alone
)

// index needs tables of more than 1<<foldKeep buckets (this fails to
// compile otherwise).
const _ = uint(initBuckets>>(foldKeep+1) - 1)

// entry is one key of a bucket with its hash and value (nil in a set).
type entry struct {
	hash  int64
	key   o.Value
	value o.Value
}

// bucketData is a bucket's payload. mods counts the changes to its keys
// (not to their values), so that a lookup that ran Python code (a key's
// __eq__) can tell whether the entries it was scanning moved. A short
// chain lives in the payload itself (inline), so that reading a bucket
// touches one block of memory and a transaction's private copy is one
// allocation. Copier: a private copy gets entries of its own.
type bucketData struct {
	entries []entry // inline[:n], or a slice of its own when longer
	mods    uint64
	inline  [bucketInline]entry
}

const bucketInline = 4

// reset makes bd an empty bucket using its inline entries.
func (bd *bucketData) reset() { bd.entries = bd.inline[:0] }

// STMCopy gives a transaction's private copy entries of its own: its
// inline array when they fit, else a new slice with room for one more.
func (bd *bucketData) STMCopy() {
	n := len(bd.entries)
	if n <= bucketInline {
		copy(bd.inline[:], bd.entries)
		bd.entries = bd.inline[:n]
		return
	}
	e := make([]entry, n, n+1)
	copy(e, bd.entries)
	bd.entries = e
	bd.inline = [bucketInline]entry{}
}

// bucket is one slot of the table.
type bucket struct{ ref stm.Ref[bucketData] }

// tableData is the table's payload: the bucket array and what is needed
// to pick a bucket. A resize replaces the whole payload; the array of a
// published payload is never changed (its buckets change through their
// own Refs).
type tableData struct {
	buckets  []bucket
	mask     uint64
	shift    uint // log2(len(buckets))
	maxChain int  // a longer chain makes the table grow
}

// newTableData returns a table of n buckets (a power of two), all empty,
// made by tx.
func newTableData(tx *stm.Tx, n, maxChain int) *tableData {
	td := &tableData{buckets: make([]bucket, n), mask: uint64(n - 1), maxChain: maxChain}
	for 1<<td.shift < n {
		td.shift++
	}
	payloads := make([]bucketData, n)
	for i := range td.buckets {
		payloads[i].reset()
		td.buckets[i].ref.InitFresh(tx, &payloads[i])
	}
	return td
}

// index returns the bucket of hash h: its low bits, XORed with the
// higher bits, a group at a time, shifted left by foldKeep bits. So
// consecutive hashes (ints) land in consecutive buckets, and ints with
// different residues modulo 2**foldKeep always in different buckets:
// threads that work on interleaved keys (one in every 2, 4, ... 16)
// never share a bucket, and threads on disjoint ranges of keys rarely
// do. Hashes that differ only in their high bits (multiples of a large
// power of two) still spread.
func (td *tableData) index(h int64) int {
	u := uint64(h)
	x := u
	for v := u >> td.shift; v != 0; v >>= td.shift - foldKeep {
		x ^= v << foldKeep
	}
	return int(x & td.mask)
}

// bucketOf returns the bucket of hash h.
func (td *tableData) bucketOf(h int64) *bucket { return &td.buckets[td.index(h)] }

// table is the shared part of the three containers.
type table struct {
	ref stm.Ref[tableData]
	// ints marks a hashtable: keys are ints, equal exactly when their
	// hashes (the ints themselves) are.
	ints bool
}

// init gives a new container its empty table, made by t's transaction.
func (tb *table) init(t *o.Thread, ints bool) {
	tx := txOf(t)
	tb.ints = ints
	tb.ref.InitFresh(tx, newTableData(tx, initBuckets, initChain))
}

// txOf returns t's transaction (nil without a thread).
func txOf(t *o.Thread) *stm.Tx {
	if t == nil {
		return nil
	}
	return t.Tx
}

// slot is where a lookup found a key, or would put it: the table and
// the bucket as the lookup read them, and the key's index in the
// bucket's entries (-1: absent).
type slot struct {
	td *tableData
	b  *bucket
	bd *bucketData
	i  int
}

// lookup finds key (with hash h). Comparing keys may run Python code
// (__eq__), which may change the table; the lookup then starts over, as
// CPython's dict lookup does. Nothing read before a call into Python is
// used after it without being read again, since that code may also end
// the transaction (a blocking call).
func (tb *table) lookup(t *o.Thread, key o.Value, h int64) (slot, error) {
	for {
		td := tb.ref.Read(txOf(t))
		b := td.bucketOf(h)
		bd := b.ref.Read(txOf(t))
		s, again, err := tb.scan(t, slot{td, b, bd, -1}, key, h)
		if err != nil || !again {
			return s, err
		}
	}
}

// scan looks for key in the bucket of s. again reports that Python code
// changed the table or the bucket, and the lookup must start over.
func (tb *table) scan(t *o.Thread, s slot, key o.Value, h int64) (_ slot, again bool, err error) {
	for i := 0; i < len(s.bd.entries); i++ {
		e := &s.bd.entries[i]
		if e.hash != h {
			continue
		}
		if tb.ints || o.Is(e.key, key) {
			s.i = i
			return s, false, nil
		}
		if eq, fast := fastEqual(e.key, key); fast {
			if eq {
				s.i = i
				return s, false, nil
			}
			continue
		}
		mods := s.bd.mods
		eq, err := o.Equal(t, e.key, key)
		if err != nil {
			return s, false, err
		}
		// Python code ran: read the table and the bucket again.
		td := tb.ref.Read(txOf(t))
		if td.bucketOf(h) != s.b {
			return s, true, nil
		}
		bd := s.b.ref.Read(txOf(t))
		if bd.mods != mods || i >= len(bd.entries) {
			return s, true, nil
		}
		s.td, s.bd = td, bd
		if eq {
			s.i = i
			return s, false, nil
		}
	}
	s.i = -1
	return s, false, nil
}

// fastEqual compares two keys of the built-in types whose equality runs
// no Python code; fast is false for any other pair.
func fastEqual(a, b o.Value) (eq, fast bool) {
	switch x := a.(type) {
	case *o.Str:
		if y, ok := b.(*o.Str); ok {
			return x.String() == y.String(), true
		}
	case o.Int:
		if y, ok := b.(o.Int); ok {
			return x == y, true
		}
	}
	return false, false
}

// get returns the value of key, or nil when it is absent.
func (tb *table) get(t *o.Thread, key o.Value, h int64) (o.Value, error) {
	s, err := tb.lookup(t, key, h)
	if err != nil || s.i < 0 {
		return nil, err
	}
	return s.bd.entries[s.i].value, nil
}

// contains reports whether key is in the table.
func (tb *table) contains(t *o.Thread, key o.Value, h int64) (bool, error) {
	s, err := tb.lookup(t, key, h)
	return s.i >= 0, err
}

// set stores value under key. A key already there keeps its place and
// its key object, as in a dict.
func (tb *table) set(t *o.Thread, key o.Value, h int64, value o.Value) error {
	s, err := tb.lookup(t, key, h)
	if err != nil {
		return err
	}
	tb.store(t, s, key, h, value)
	return nil
}

// store sets the value of the key that lookup found at s, or adds it
// where lookup did not find it.
func (tb *table) store(t *o.Thread, s slot, key o.Value, h int64, value o.Value) {
	w := s.b.ref.Write(txOf(t))
	if s.i >= 0 {
		w.entries[s.i].value = value
		return
	}
	w.entries = append(w.entries, entry{h, key, value})
	w.mods++
	if len(w.entries) > s.td.maxChain {
		tb.grow(t)
	}
}

// remove deletes the key that lookup found at s (s.i >= 0) and returns
// its value.
func (tb *table) remove(t *o.Thread, s slot) o.Value {
	w := s.b.ref.Write(txOf(t))
	v := w.entries[s.i].value
	n := len(w.entries)
	copy(w.entries[s.i:], w.entries[s.i+1:])
	w.entries[n-1] = entry{}
	w.entries = w.entries[:n-1]
	w.mods++
	return v
}

// length counts the keys, reading every bucket.
func (tb *table) length(t *o.Thread) int {
	tx := txOf(t)
	td := tb.ref.Read(tx)
	n := 0
	for i := range td.buckets {
		n += len(td.buckets[i].ref.Read(tx).entries)
	}
	return n
}

// empty reports whether the table has no keys, reading buckets up to
// the first that is not empty.
func (tb *table) empty(t *o.Thread) bool {
	tx := txOf(t)
	td := tb.ref.Read(tx)
	for i := range td.buckets {
		if len(td.buckets[i].ref.Read(tx).entries) != 0 {
			return false
		}
	}
	return true
}

// snapshot returns the entries, bucket by bucket, reading every bucket.
func (tb *table) snapshot(t *o.Thread) []entry {
	tx := txOf(t)
	td := tb.ref.Read(tx)
	var out []entry
	for i := range td.buckets {
		out = append(out, td.buckets[i].ref.Read(tx).entries...)
	}
	return out
}

// grow makes a table whose chains are too long larger, or raises its
// chain limit when the table holds fewer keys than buckets (the chains
// are long because the hashes collide, and more buckets would not
// help). It reads every bucket and writes the table's Ref: it conflicts
// with every transaction that uses the table at the same time. So that
// the work is not lost to one of them (every insert elsewhere would
// abort it), the transaction first becomes inevitable, and asks to end
// soon, which publishes the new table and lets the others commit again.
func (tb *table) grow(t *o.Thread) {
	tx := txOf(t)
	if tx != nil {
		tx.BecomeInevitable()
		t.YieldSoon()
	}
	td := tb.ref.Read(tx)
	n := 0
	for i := range td.buckets {
		n += len(td.buckets[i].ref.Read(tx).entries)
	}
	size := len(td.buckets)
	if n <= size {
		tb.ref.Write(tx).maxChain *= 2
		return
	}
	size *= growFactor
	for size < n {
		size *= 2
	}
	nd := newTableData(tx, size, td.maxChain)
	for i := range td.buckets {
		for _, e := range td.buckets[i].ref.Read(tx).entries {
			// The new buckets are the transaction's own: written in
			// place, with no copy.
			w := nd.bucketOf(e.hash).ref.Write(tx)
			w.entries = append(w.entries, e)
		}
	}
	*tb.ref.Write(tx) = *nd
}
