package objects

import (
	"slices"
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// Dict is a Python dict. Its table is laid out as CPython 2.7's
// (open addressing with the same probe sequence and resize policy), so
// iteration order is CPython 2.7's for keys that hash as in CPython.
type Dict struct {
	typ  *Type
	inst *instData // __dict__ and slots of a subclass instance, else nil
	ref  stm.Ref[dictData]
}

type dictEntry struct {
	hash  int64
	key   Value // nil: never used; dummyKey: deleted
	value Value
}

// dictData is a dict's payload. Copier: a private copy gets a table of
// its own, a clone of a small table, or a chunk index that shares the
// chunks of a large one (see chunks.go), so that the committed table is
// never modified. Entries keep their indexes whichever way the table is
// stored.
type dictData struct {
	fill, used int
	table      []dictEntry        // the table, while big is nil
	big        *chunks[dictEntry] // the table of a chunked dict, else nil
	// added counts the keys ever added: a lookup cache can tell that a
	// key absent before is still absent if it has not changed.
	added uint64
	// cells marks a namespace (a module's globals): each entry's value
	// is a *Cell holding the value, so that storing to a name that is
	// already there writes its cell, not the table, and a transaction
	// that reads other names does not conflict with it.
	cells bool
}

// val returns the value of entry e.
func (dd *dictData) val(t *Thread, e *dictEntry) Value {
	if dd.cells {
		return cellValue(t, e.value)
	}
	return e.value
}

// cellValue returns what the cell c of a namespace holds. It is kept
// out of line so that val, for every other dict, is inlined.
//
//go:noinline
func cellValue(t *Thread, c Value) Value { return c.(*Cell).Get(t) }

// newCellFresh returns a cell holding v, made by t's transaction.
func newCellFresh(t *Thread, v Value) *Cell {
	c := &Cell{}
	c.ref.InitFresh(t.tx(), &cellState{v})
	return c
}

// STMCopy gives a transaction's new private copy a table of its own.
func (dd *dictData) STMCopy() {
	switch {
	case dd.big != nil:
		c := dd.big.clone()
		dd.big = &c
	case len(dd.table) > chunkLen:
		c := chunksOf(dd.table)
		dd.big, dd.table = &c, nil
	default:
		dd.table = slices.Clone(dd.table)
	}
}

// tmask returns the size of the table minus one.
func (dd *dictData) tmask() int {
	if dd.big != nil {
		return dd.big.nc<<chunkShift - 1
	}
	return len(dd.table) - 1
}

// entry returns table entry i for reading.
func (dd *dictData) entry(i int) *dictEntry {
	if dd.big != nil {
		return dd.big.at(i)
	}
	return &dd.table[i]
}

// wentry returns table entry i for writing.
func (dd *dictData) wentry(i int) *dictEntry {
	if dd.big != nil {
		return dd.big.wat(i)
	}
	return &dd.table[i]
}

// nextActive returns the first active entry at or after table position
// pos and its position, or nil and the table's size.
func (dd *dictData) nextActive(pos int) (*dictEntry, int) {
	if dd.big == nil {
		for ; pos < len(dd.table); pos++ {
			if e := &dd.table[pos]; e.key != nil && e.key != dummyKey {
				return e, pos
			}
		}
		return nil, len(dd.table)
	}
	n := dd.big.nc << chunkShift
	for ; pos < n; pos++ {
		if e := dd.big.at(pos); e.key != nil && e.key != dummyKey {
			return e, pos
		}
	}
	return nil, n
}

// write returns the dict's payload for modification.
func (d *Dict) write(t *Thread) *dictData { return d.ref.Write(t.tx()) }

// dummyKey marks a deleted slot. Its type has a size, so that it is a
// pointer of its own (distinct zero-size values may share one address,
// and None is one).
var dummyKey Value = &deletedKey{}

type deletedKey struct{ _ byte }

func (*deletedKey) Type() *Type { return NoneTypeType }

const dictMinSize = 8

// NewNamespace returns an empty dict for a module's namespace: one cell
// per name (see dictData.cells); it behaves as any other dict.
func NewNamespace() *Dict {
	d := NewDict()
	d.ref.Peek().cells = true
	return d
}

// newDictFresh returns an empty dict made by tx (see stm.Ref.InitFresh).
func newDictFresh(tx *stm.Tx) *Dict {
	d := NewDict()
	d.ref.InitFresh(tx, d.ref.Peek())
	return d
}

// NewDict returns an empty dict.
func NewDict() *Dict {
	d := newDictRaw()
	d.typ = DictType
	return d
}

// dictAlloc is a new dict in one allocation: the object, its payload and
// a small table (CPython's ma_smalltable), which it uses until it grows.
type dictAlloc struct {
	d     Dict
	data  dictData
	small [dictMinSize]dictEntry
}

// newDictRaw makes an empty dict of no type yet (the dicts of built-in
// types are made before DictType exists).
func newDictRaw() *Dict {
	a := &dictAlloc{}
	a.data.table = a.small[:]
	a.d.ref.Init(&a.data)
	return &a.d
}

// NewDictSized returns an empty dict presized as CPython's BUILD_MAP n
// does (_PyDict_NewPresized: only for more than 5 entries).
func NewDictSized(n int) *Dict {
	d := NewDict()
	if n > 5 {
		d.write(nil).resize(n)
	}
	return d
}

// Type returns the dict's type.
func (d *Dict) Type() *Type {
	if d.typ == nil {
		return DictType
	}
	return d.typ
}

// Len returns the number of items.
func (d *Dict) Len(t *Thread) int { return d.ref.Read(t.tx()).used }

func (t *Thread) tx() *stm.Tx {
	if t == nil {
		return nil
	}
	return t.Tx
}

// lookup finds the slot for key: the slot holding it, or the slot where
// it would be inserted (the first dummy on its probe sequence, or the
// empty slot that ends it). found reports which. As CPython's lookdict,
// it starts over when a key comparison changed the table.
func (dd *dictData) lookup(t *Thread, key Value, hash int64) (idx int, found bool, err error) {
	for {
		idx, found, restart, err := dd.lookup1(t, key, hash)
		if !restart {
			return idx, found, err
		}
	}
}

func (dd *dictData) lookup1(t *Thread, key Value, hash int64) (idx int, found, restart bool, err error) {
	if dd.big != nil {
		return dd.lookupChunked(t, key, hash)
	}
	table := dd.table
	mask := uint64(len(table) - 1)
	free := -1
	i := uint64(hash) & mask
	for perturb := uint64(hash); ; perturb >>= 5 {
		ep := &table[i&mask]
		switch {
		case ep.key == nil:
			if free >= 0 {
				return free, false, false, nil
			}
			return int(i & mask), false, false, nil
		case Is(ep.key, key):
			return int(i & mask), true, false, nil
		case ep.key == dummyKey:
			if free < 0 {
				free = int(i & mask)
			}
		case ep.hash == hash:
			startkey := ep.key
			eq, err := keysEqual(t, startkey, key)
			if err != nil {
				return 0, false, false, err
			}
			if len(dd.table) != len(table) || &dd.table[0] != &table[0] || !Is(ep.key, startkey) {
				return 0, false, true, nil
			}
			if eq {
				return int(i & mask), true, false, nil
			}
		}
		i = (i << 2) + i + perturb + 1
	}
}

// lookupChunked is lookup1 for a chunked table.
func (dd *dictData) lookupChunked(t *Thread, key Value, hash int64) (idx int, found, restart bool, err error) {
	big := dd.big
	mask := uint64(big.nc<<chunkShift - 1)
	free := -1
	i := uint64(hash) & mask
	for perturb := uint64(hash); ; perturb >>= 5 {
		j := int(i & mask)
		ep := big.at(j)
		switch {
		case ep.key == nil:
			if free >= 0 {
				return free, false, false, nil
			}
			return j, false, false, nil
		case Is(ep.key, key):
			return j, true, false, nil
		case ep.key == dummyKey:
			if free < 0 {
				free = j
			}
		case ep.hash == hash:
			startkey := ep.key
			eq, err := keysEqual(t, startkey, key)
			if err != nil {
				return 0, false, false, err
			}
			// The comparison may have changed the table (or copied the
			// entry's chunk): read the entry again.
			if dd.big != big || !Is(big.at(j).key, startkey) {
				return 0, false, true, nil
			}
			if eq {
				return j, true, false, nil
			}
		}
		i = (i << 2) + i + perturb + 1
	}
}

// keysEqual compares two dict keys: identity, then str fast path, then ==.
func keysEqual(t *Thread, a, b Value) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	if as, ok := a.(*Str); ok {
		if bs, ok := b.(*Str); ok {
			return as.s == bs.s, nil
		}
	}
	if ai, ok := a.(Int); ok {
		if bi, ok := b.(Int); ok {
			return ai == bi, nil
		}
	}
	return Equal(t, a, b)
}

// insertClean puts a key known to be absent into a table with no dummies.
func (dd *dictData) insertClean(key Value, hash int64, value Value) {
	mask := uint64(len(dd.table) - 1)
	i := uint64(hash) & mask
	for perturb := uint64(hash); dd.table[i&mask].key != nil; perturb >>= 5 {
		i = (i << 2) + i + perturb + 1
	}
	dd.table[i&mask] = dictEntry{hash, key, value}
	dd.fill++
	dd.used++
	dd.added++
}

// resize rebuilds the table with room for more than minused items, as
// CPython's dictresize: a table of the minimum size without dummies is
// left as it is.
func (dd *dictData) resize(minused int) {
	size := dictMinSize
	for size <= minused && size > 0 {
		size <<= 1
	}
	if size == dictMinSize && dd.tmask() == dictMinSize-1 && dd.fill == dd.used {
		return
	}
	old, oldBig := dd.table, dd.big
	dd.table, dd.big = make([]dictEntry, size), nil
	dd.fill, dd.used = 0, 0
	if oldBig != nil {
		for k := range oldBig.nc {
			dd.reinsert(oldBig.chunk(k)[:])
		}
		return
	}
	dd.reinsert(old)
}

// reinsert puts the active entries of old into a new table.
func (dd *dictData) reinsert(old []dictEntry) {
	for i := range old {
		if e := &old[i]; e.key != nil && e.key != dummyKey {
			dd.insertClean(e.key, e.hash, e.value)
		}
	}
}

// insert is CPython's insertdict: it stores key and value without
// checking whether the table must grow.
func (dd *dictData) insert(t *Thread, key Value, h int64, value Value) error {
	i, found, err := dd.lookup(t, key, h)
	if err != nil {
		return err
	}
	if dd.cells {
		if found {
			dd.entry(i).value.(*Cell).Set(t, value)
			return nil
		}
		value = newCellFresh(t, value)
	}
	e := dd.wentry(i)
	if found {
		e.value = value
		return nil
	}
	if e.key == nil {
		dd.fill++
	}
	*e = dictEntry{h, key, value}
	dd.used++
	dd.added++
	return nil
}

// growAfterInsert resizes the table as PyDict_SetItem does after an
// insertion that added a key.
func (dd *dictData) growAfterInsert(nUsed int) {
	if dd.used > nUsed && dd.fill*3 >= (dd.tmask()+1)*2 {
		if dd.used > 50000 {
			dd.resize(2 * dd.used)
		} else {
			dd.resize(4 * dd.used)
		}
	}
}

// GetItem returns d[key], or nil (and no error) if key is absent.
func (d *Dict) GetItem(t *Thread, key Value) (Value, error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	return d.GetItemHash(t, key, h)
}

// GetItemHash is GetItem with the key's hash already computed.
func (d *Dict) GetItemHash(t *Thread, key Value, h int64) (Value, error) {
	dd := d.ref.Read(t.tx())
	i, found, err := dd.lookup(t, key, h)
	if err != nil || !found {
		return nil, err
	}
	return dd.val(t, dd.entry(i)), nil
}

// getStr looks up a str key without raising (keys compared as strings).
func (d *Dict) getStr(t *Thread, key *Str) Value {
	dd := d.ref.Read(t.tx())
	if dd.big != nil {
		return dd.getStrChunked(t, key)
	}
	table := dd.table
	h := key.hash()
	mask := uint64(len(table) - 1)
	i := uint64(h) & mask
	for perturb := uint64(h); ; perturb >>= 5 {
		ep := &table[i&mask]
		if ep.key == nil {
			return nil
		}
		if ep.hash == h && ep.key != dummyKey {
			if ep.key == Value(key) {
				return dd.val(t, ep)
			}
			if ks, ok := ep.key.(*Str); ok {
				if ks.s == key.s {
					return dd.val(t, ep)
				}
			} else if eq, err := Equal(t, ep.key, key); err == nil && eq {
				return dd.val(t, ep)
			}
		}
		i = (i << 2) + i + perturb + 1
	}
}

// getStrChunked is getStr for a chunked table.
func (dd *dictData) getStrChunked(t *Thread, key *Str) Value {
	h := key.hash()
	mask := uint64(dd.big.nc<<chunkShift - 1)
	i := uint64(h) & mask
	for perturb := uint64(h); ; perturb >>= 5 {
		ep := dd.big.at(int(i & mask))
		if ep.key == nil {
			return nil
		}
		if ep.hash == h && ep.key != dummyKey {
			if ep.key == Value(key) {
				return dd.val(t, ep)
			}
			if ks, ok := ep.key.(*Str); ok {
				if ks.s == key.s {
					return dd.val(t, ep)
				}
			} else if eq, err := Equal(t, ep.key, key); err == nil && eq {
				return dd.val(t, ep)
			}
		}
		i = (i << 2) + i + perturb + 1
	}
}

// GetItemStr returns d[key] for a str key, or nil if absent.
func (d *Dict) GetItemStr(t *Thread, key *Str) Value { return d.getStr(t, key) }

// GetString returns d[name], or nil if absent.
func (d *Dict) GetString(t *Thread, name string) Value { return d.getStr(t, Intern(name)) }

// SetItem sets d[key] = value.
func (d *Dict) SetItem(t *Thread, key, value Value) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.SetItemHash(t, key, h, value)
}

// SetItemHash is SetItem with the key's hash already computed.
func (d *Dict) SetItemHash(t *Thread, key Value, h int64, value Value) error {
	if rd := d.ref.Read(t.tx()); rd.cells {
		i, found, err := rd.lookup(t, key, h)
		if err != nil {
			return err
		}
		if found {
			rd.entry(i).value.(*Cell).Set(t, value)
			return nil
		}
	}
	dd := d.write(t)
	n := dd.used
	if err := dd.insert(t, key, h, value); err != nil {
		return err
	}
	dd = d.write(t)
	dd.growAfterInsert(n)
	return nil
}

// SetItemStr sets d[key] = value for a str key.
func (d *Dict) SetItemStr(t *Thread, key *Str, value Value) {
	d.SetItemHash(t, key, key.hash(), value)
}

// SetString sets d[name] = value.
func (d *Dict) SetString(t *Thread, name string, value Value) {
	d.SetItemStr(t, Intern(name), value)
}

// DelItem removes key; found reports whether it was there.
func (d *Dict) DelItem(t *Thread, key Value) (found bool, err error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return d.DelItemHash(t, key, h)
}

// DelItemHash is DelItem with the key's hash already computed.
func (d *Dict) DelItemHash(t *Thread, key Value, h int64) (bool, error) {
	if d.Len(t) == 0 {
		return false, nil
	}
	dd := d.write(t)
	i, found, err := dd.lookup(t, key, h)
	if err != nil || !found {
		return false, err
	}
	dd = d.write(t)
	e := dd.wentry(i)
	e.key, e.value = dummyKey, nil
	dd.used--
	return true, nil
}

// Clear removes every item.
func (d *Dict) Clear(t *Thread) {
	dd := d.write(t)
	*dd = dictData{table: make([]dictEntry, dictMinSize), added: dd.added + 1, cells: dd.cells}
}

// Items returns the dict's keys and values in table order.
func (d *Dict) Items(t *Thread) (keys, values []Value) {
	dd := d.ref.Read(t.tx())
	keys = make([]Value, 0, dd.used)
	values = make([]Value, 0, dd.used)
	if dd.big != nil {
		for pos := 0; ; pos++ {
			var e *dictEntry
			if e, pos = dd.nextActive(pos); e == nil {
				return keys, values
			}
			keys = append(keys, e.key)
			values = append(values, dd.val(t, e))
		}
	}
	for i := range dd.table {
		if e := &dd.table[i]; e.key != nil && e.key != dummyKey {
			keys = append(keys, e.key)
			values = append(values, dd.val(t, e))
		}
	}
	return keys, values
}

// Keys returns the keys in table order.
func (d *Dict) Keys(t *Thread) []Value {
	k, _ := d.Items(t)
	return k
}

// Next returns the item at or after table position pos and the position
// to continue from, or ok false at the end (CPython's PyDict_Next).
func (d *Dict) Next(t *Thread, pos int) (key, value Value, next int, ok bool) {
	dd := d.ref.Read(t.tx())
	e, i := dd.nextActive(pos)
	if e == nil {
		return nil, nil, max(pos, i), false
	}
	return e.key, dd.val(t, e), i + 1, true
}

// Copy returns a shallow copy made as CPython's PyDict_Copy makes it (a
// merge into an empty dict, which resizes it first).
func (d *Dict) Copy(t *Thread) *Dict {
	c := NewDict()
	c.Merge(t, d, true)
	return c
}

// Merge adds the items of other (a dict), replacing existing keys if
// override is true, in the way CPython 2.7's dict_merge does.
func (d *Dict) Merge(t *Thread, other *Dict, override bool) error {
	if other == d {
		return nil
	}
	od := other.ref.Read(t.tx())
	if od.used == 0 {
		return nil
	}
	dd := d.write(t)
	if dd.used == 0 {
		override = true
	}
	if (dd.fill+od.used)*3 >= (dd.tmask()+1)*2 {
		dd.resize((dd.used + od.used) * 2)
	}
	for i := 0; ; i++ {
		od := other.ref.Read(t.tx())
		if i > od.tmask() {
			break
		}
		e := *od.entry(i)
		if e.key == nil || e.key == dummyKey {
			continue
		}
		if !override {
			// PyDict_GetItem: an error counts as absent.
			if v, err := d.GetItemHash(t, e.key, e.hash); err == nil && v != nil {
				continue
			}
		}
		// CPython's insertdict: no resize check during a merge.
		if err := d.write(t).insert(t, e.key, e.hash, od.val(t, &e)); err != nil {
			return err
		}
	}
	return nil
}

// PopItem removes and returns an item as CPython 2.7's dict.popitem
// chooses it, or ok false if the dict is empty.
func (d *Dict) PopItem(t *Thread) (key, value Value, ok bool) {
	dd := d.write(t)
	if dd.used == 0 {
		return nil, nil, false
	}
	i, mask := 0, dd.tmask()
	if ep := dd.entry(0); ep.key == nil || ep.key == dummyKey {
		i = int(ep.hash)
		if i > mask || i < 1 {
			i = 1
		}
		for {
			if ep = dd.entry(i); ep.key != nil && ep.key != dummyKey {
				break
			}
			i++
			if i > mask {
				i = 1
			}
		}
	}
	ep := dd.wentry(i)
	key, value = ep.key, dd.val(t, ep)
	ep.key, ep.value = dummyKey, nil
	dd.used--
	dd.wentry(0).hash = int64(i + 1)
	return key, value, true
}

// nextEntry returns the active entry at or after table position pos,
// with its stored hash, and the position to continue from
// (_PyDict_Next), or ok false at the end.
func (d *Dict) nextEntry(t *Thread, pos int) (hash int64, key, value Value, next int, ok bool) {
	dd := d.ref.Read(t.tx())
	e, i := dd.nextActive(pos)
	if e == nil {
		return 0, nil, nil, max(pos, i), false
	}
	return e.hash, e.key, dd.val(t, e), i + 1, true
}

// Contains reports whether key is in d.
func (d *Dict) Contains(t *Thread, key Value) (bool, error) {
	v, err := d.GetItem(t, key)
	return v != nil, err
}

// MergeFromSeq2 adds the (key, value) pairs of iterable seq, replacing
// existing keys if override is true (CPython's PyDict_MergeFromSeq2).
func (d *Dict) MergeFromSeq2(t *Thread, seq Value, override bool) error {
	it, err := Iter(t, seq)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		item, err := Next(t, it)
		if err != nil {
			return err
		}
		if item == nil {
			return nil
		}
		pair, err := seqFast(t, item, "")
		if err != nil {
			if IsInstanceExc(err, TypeError) {
				return Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(pair) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if !override {
			if v, err := d.GetItem(t, pair[0]); err == nil && v != nil {
				continue
			}
		}
		if err := d.SetItem(t, pair[0], pair[1]); err != nil {
			return err
		}
	}
}

// MergeValue adds the items of mapping other: a dict through its table,
// another object through its keys() and __getitem__ (CPython's
// PyDict_Merge).
func (d *Dict) MergeValue(t *Thread, other Value, override bool) error {
	if o, ok := other.(*Dict); ok {
		return d.Merge(t, o, override)
	}
	keys, err := callNamedMethod(t, other, "keys")
	if err != nil {
		return err
	}
	it, err := Iter(t, keys)
	if err != nil {
		return err
	}
	for {
		k, err := Next(t, it)
		if err != nil {
			return err
		}
		if k == nil {
			return nil
		}
		if !override {
			if v, err := d.GetItem(t, k); err == nil && v != nil {
				continue
			}
		}
		v, err := GetItem(t, other, k)
		if err != nil {
			return err
		}
		if err := d.SetItem(t, k, v); err != nil {
			return err
		}
	}
}

// callNamedMethod calls v.name() (found as an attribute, as
// PyObject_CallMethod finds it).
func callNamedMethod(t *Thread, v Value, name string, args ...Value) (Value, error) {
	m, err := GetAttrString(t, v, name)
	if err != nil {
		return nil, err
	}
	return Call(t, m, args, nil)
}

// Update is dict.update(*args, **kw) and dict(*args, **kw)'s filling
// (CPython's dict_update_common): a mapping with keys() is merged, any
// other iterable read as pairs, then the keyword arguments (flat name,
// value pairs) are merged in.
func (d *Dict) Update(t *Thread, name string, args, kw []Value) error {
	if err := unpackArgs(name, args, 0, 1); err != nil {
		return err
	}
	if len(args) == 1 {
		arg := args[0]
		var err error
		if HasAttr(t, arg, Intern("keys")) {
			err = d.MergeValue(t, arg, true)
		} else {
			err = d.MergeFromSeq2(t, arg, true)
		}
		if err != nil {
			return err
		}
	}
	if len(kw) > 0 {
		kd := NewDict()
		for i := 0; i+1 < len(kw); i += 2 {
			if err := kd.SetItem(t, kw[i], kw[i+1]); err != nil {
				return err
			}
		}
		return d.Merge(t, kd, true)
	}
	return nil
}

// GlobalCache is a cached lookup of a name in a module's globals and,
// when it is absent there, in the builtins (LOAD_GLOBAL). A key found
// is remembered by its slot: while that slot holds the same key, its
// value is the key's value, whatever else changed. Absence from the
// globals is remembered by the globals' count of added keys. Entries are
// never modified (a new lookup replaces the entry), so threads may share
// them.
type GlobalCache struct {
	globals, builtins *Dict
	gAdded            uint64 // globals' added count when name was absent
	gSlot, bSlot      int    // the slot of name (-1: absent from the globals)
}

// slot returns table entry i for reading, or nil if the table has no
// entry i.
func (dd *dictData) slot(i int) *dictEntry {
	if dd.big == nil {
		if i < len(dd.table) {
			return &dd.table[i]
		}
		return nil
	}
	if i < dd.big.nc<<chunkShift {
		return dd.big.at(i)
	}
	return nil
}

// slotOf returns the slot holding key (a *Str) in dd, or -1.
func (dd *dictData) slotOf(t *Thread, key *Str) int {
	i, found, err := dd.lookup(t, key, key.hash())
	if err != nil || !found {
		return -1
	}
	return i
}

// LoadGlobal returns the value of name in globals, else in builtins,
// using and refreshing the cache entry c; nil when it is in neither.
func LoadGlobal(t *Thread, globals, builtins *Dict, name *Str, c *atomic.Pointer[GlobalCache]) Value {
	gd := globals.ref.Read(t.tx())
	if e := c.Load(); e != nil && e.globals == globals {
		if e.gSlot >= 0 {
			if ep := gd.slot(e.gSlot); ep != nil && Is(ep.key, name) {
				if gd.cells {
					return ep.value.(*Cell).ref.Read(t.tx()).v
				}
				return ep.value
			}
		} else if e.gAdded == gd.added && e.builtins == builtins {
			bd := builtins.ref.Read(t.tx())
			if ep := bd.slot(e.bSlot); ep != nil && Is(ep.key, name) {
				if bd.cells {
					return ep.value.(*Cell).ref.Read(t.tx()).v
				}
				return ep.value
			}
		}
	}
	e := &GlobalCache{globals: globals, gSlot: gd.slotOf(t, name), bSlot: -1}
	if e.gSlot >= 0 {
		c.Store(e)
		return gd.val(t, gd.entry(e.gSlot))
	}
	e.gAdded, e.builtins = gd.added, builtins
	bd := builtins.ref.Read(t.tx())
	if e.bSlot = bd.slotOf(t, name); e.bSlot < 0 {
		return nil
	}
	c.Store(e)
	return bd.val(t, bd.entry(e.bSlot))
}
