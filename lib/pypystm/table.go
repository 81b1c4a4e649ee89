package pypystm

import (
	"unsafe"

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
// Buckets are chains (lists of nodes that are never changed, so that a
// transaction's copy of a bucket is a few words) with no fixed
// capacity. The table grows (by four
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

// entry is one key with its hash and value (nil in a set).
type entry struct {
	hash  int64
	key   o.Value
	value o.Value
}

// node is an entry of a bucket's chain. Nodes are never changed once
// made: a bucket's private copy shares them with the committed payload,
// and changing an entry makes new nodes for it and those before it.
type node struct {
	entry
	next *node
}

// bucketData is a bucket's payload: its chain, newest key first, and
// its length. A transaction's private copy is these few words (the
// nodes are shared), so that an insert allocates little: the copy and
// one node. mods counts the changes to the bucket's keys (not to their
// values), so that a lookup that ran Python code (a key's __eq__) can
// tell whether the chain it was scanning still holds the same keys.
// hashes has the bit hashBit of every key's hash set: a key whose bit is
// clear is not in the chain, which a lookup then does not walk (each
// node of a large table is a cache miss of its own; an insert of a new
// key would walk the whole chain).
type bucketData struct {
	head   *node
	n      int32
	mods   uint32
	hashes uint64
}

// hashBit returns the bit of bucketData.hashes for hash h: one of 64,
// picked by all of h's bits (the keys of one bucket share their low
// bits).
func hashBit(h int64) uint64 {
	return 1 << (uint64(h) * 0x9e3779b97f4a7c15 >> 58)
}

// rehash recomputes hashes from the chain (after a key is removed).
func (bd *bucketData) rehash() {
	bd.hashes = 0
	for e := bd.head; e != nil; e = e.next {
		bd.hashes |= hashBit(e.hash)
	}
}

// at returns the i-th node of the chain.
func (bd *bucketData) at(i int) *node {
	e := bd.head
	for ; i > 0; i-- {
		e = e.next
	}
	return e
}

// without returns the chain with node e replaced by r (dropped when r
// is nil): the nodes before e are copied, those after it shared.
func (bd *bucketData) without(e, r *node) *node {
	var head *node
	link := &head
	for x := bd.head; x != e; x = x.next {
		c := &node{entry: x.entry}
		*link = c
		link = &c.next
	}
	if r != nil {
		r.next = e.next
		*link = r
	} else {
		*link = e.next
	}
	return head
}

// bucket is one slot of the table, padded to a whole number of cache
// lines: threads that write neighbouring buckets (interleaved keys)
// would otherwise write the same line, and each write would cost the
// other thread a cache miss.
type bucket struct {
	ref stm.Ref[bucketData]
	_   [(cacheLine - unsafe.Sizeof(stm.Ref[bucketData]{})%cacheLine) % cacheLine]byte
}

const cacheLine = 64

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
// the bucket as the lookup read them, and the key's node (nil: absent).
type slot struct {
	td *tableData
	b  *bucket
	bd *bucketData
	e  *node
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
		s, again, err := tb.scan(t, slot{td, b, bd, nil}, key, h)
		if err != nil || !again {
			return s, err
		}
	}
}

// scan looks for key in the bucket of s. again reports that Python code
// changed the table or the bucket, and the lookup must start over.
func (tb *table) scan(t *o.Thread, s slot, key o.Value, h int64) (_ slot, again bool, err error) {
	if s.bd.hashes&hashBit(h) == 0 {
		s.e = nil
		return s, false, nil
	}
	i := 0
	for e := s.bd.head; e != nil; e, i = e.next, i+1 {
		if e.hash != h {
			continue
		}
		if tb.ints || o.Is(e.key, key) {
			s.e = e
			return s, false, nil
		}
		if eq, fast := fastEqual(e.key, key); fast {
			if eq {
				s.e = e
				return s, false, nil
			}
			continue
		}
		mods := s.bd.mods
		eq, err := o.Equal(t, e.key, key)
		if err != nil {
			return s, false, err
		}
		// Python code ran: read the table and the bucket again. With
		// the same keys, the chain has the same length and order (its
		// nodes may be new, with new values): go on from the same place.
		td := tb.ref.Read(txOf(t))
		if td.bucketOf(h) != s.b {
			return s, true, nil
		}
		bd := s.b.ref.Read(txOf(t))
		if bd.mods != mods {
			return s, true, nil
		}
		s.td, s.bd = td, bd
		e = bd.at(i)
		if eq {
			s.e = e
			return s, false, nil
		}
	}
	s.e = nil
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
	if err != nil || s.e == nil {
		return nil, err
	}
	return s.e.value, nil
}

// contains reports whether key is in the table.
func (tb *table) contains(t *o.Thread, key o.Value, h int64) (bool, error) {
	s, err := tb.lookup(t, key, h)
	return s.e != nil, err
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
	if s.e != nil {
		w.head = w.without(s.e, &node{entry: entry{s.e.hash, s.e.key, value}})
		return
	}
	w.head = &node{entry{h, key, value}, w.head}
	w.n++
	w.mods++
	w.hashes |= hashBit(h)
	if int(w.n) > s.td.maxChain {
		tb.grow(t)
	}
}

// remove deletes the key that lookup found at s (s.e != nil) and
// returns its value.
func (tb *table) remove(t *o.Thread, s slot) o.Value {
	w := s.b.ref.Write(txOf(t))
	w.head = w.without(s.e, nil)
	w.n--
	w.mods++
	w.rehash()
	return s.e.value
}

// length counts the keys, reading every bucket.
func (tb *table) length(t *o.Thread) int {
	tx := txOf(t)
	td := tb.ref.Read(tx)
	n := 0
	for i := range td.buckets {
		n += int(td.buckets[i].ref.Read(tx).n)
	}
	return n
}

// empty reports whether the table has no keys, reading buckets up to
// the first that is not empty.
func (tb *table) empty(t *o.Thread) bool {
	tx := txOf(t)
	td := tb.ref.Read(tx)
	for i := range td.buckets {
		if td.buckets[i].ref.Read(tx).n != 0 {
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
		for e := td.buckets[i].ref.Read(tx).head; e != nil; e = e.next {
			out = append(out, e.entry)
		}
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
		n += int(td.buckets[i].ref.Read(tx).n)
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
	// The chains of the old table are shared with its readers until
	// this transaction commits: the new table gets nodes of its own,
	// made in one allocation.
	nodes := make([]node, n)
	k := 0
	for i := range td.buckets {
		for e := td.buckets[i].ref.Read(tx).head; e != nil; e = e.next {
			// The new buckets are the transaction's own: written in
			// place, with no copy.
			w := nd.bucketOf(e.hash).ref.Write(tx)
			var c *node
			if k < len(nodes) {
				c = &nodes[k]
				k++
			} else {
				c = new(node) // (the counts are the chains' lengths)
			}
			c.entry, c.next = e.entry, w.head
			w.head = c
			w.n++
			w.hashes |= hashBit(e.hash)
		}
	}
	*tb.ref.Write(tx) = *nd
}
