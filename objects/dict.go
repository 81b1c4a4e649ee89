package objects

import "github.com/pystm/pystm/stm"

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

type dictData struct {
	fill, used int
	mask       int
	table      []dictEntry
}

// dummyKey marks a deleted slot.
var dummyKey Value = &NoneType{}

const dictMinSize = 8

// NewDict returns an empty dict.
func NewDict() *Dict {
	d := &Dict{typ: DictType}
	d.ref.Init(&dictData{mask: dictMinSize - 1, table: make([]dictEntry, dictMinSize)})
	return d
}

// newDictRaw makes the dicts of built-in types, before DictType exists.
func newDictRaw() *Dict {
	d := &Dict{}
	d.ref.Init(&dictData{mask: dictMinSize - 1, table: make([]dictEntry, dictMinSize)})
	return d
}

// NewDictSized returns an empty dict presized as CPython's BUILD_MAP n
// does (_PyDict_NewPresized: only for more than 5 entries).
func NewDictSized(n int) *Dict {
	d := NewDict()
	if n > 5 {
		d.ref.Write(nil).resize(n)
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
// empty slot that ends it). found reports which.
func (dd *dictData) lookup(t *Thread, key Value, hash int64) (idx int, found bool, err error) {
	mask := uint64(dd.mask)
	i := uint64(hash) & mask
	ep := &dd.table[i]
	if ep.key == nil {
		return int(i), false, nil
	}
	free := -1
	if ep.key == dummyKey {
		free = int(i)
	} else if ep.hash == hash {
		if eq, err := keysEqual(t, ep.key, key); err != nil || eq {
			return int(i), eq, err
		}
	}
	for perturb := uint64(hash); ; perturb >>= 5 {
		i = (i << 2) + i + perturb + 1
		ep = &dd.table[i&mask]
		if ep.key == nil {
			if free >= 0 {
				return free, false, nil
			}
			return int(i & mask), false, nil
		}
		if ep.key == dummyKey {
			if free < 0 {
				free = int(i & mask)
			}
			continue
		}
		if ep.hash == hash {
			if eq, err := keysEqual(t, ep.key, key); err != nil || eq {
				return int(i & mask), eq, err
			}
		}
	}
}

// keysEqual compares two dict keys: identity, then str fast path, then ==.
func keysEqual(t *Thread, a, b Value) (bool, error) {
	if a == b {
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
	mask := uint64(dd.mask)
	i := uint64(hash) & mask
	for perturb := uint64(hash); dd.table[i&mask].key != nil; perturb >>= 5 {
		i = (i << 2) + i + perturb + 1
	}
	dd.table[i&mask] = dictEntry{hash, key, value}
	dd.fill++
	dd.used++
}

// resize rebuilds the table with room for more than minused items.
func (dd *dictData) resize(minused int) {
	size := dictMinSize
	for size <= minused && size > 0 {
		size <<= 1
	}
	old := dd.table
	dd.table = make([]dictEntry, size)
	dd.mask = size - 1
	dd.fill, dd.used = 0, 0
	for i := range old {
		if e := &old[i]; e.key != nil && e.key != dummyKey {
			dd.insertClean(e.key, e.hash, e.value)
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
	return dd.table[i].value, nil
}

// getStr looks up a str key without raising (keys compared as strings).
func (d *Dict) getStr(t *Thread, key *Str) Value {
	dd := d.ref.Read(t.tx())
	h := key.hash()
	mask := uint64(dd.mask)
	i := uint64(h) & mask
	for perturb := uint64(h); ; perturb >>= 5 {
		ep := &dd.table[i&mask]
		if ep.key == nil {
			return nil
		}
		if ep.hash == h && ep.key != dummyKey {
			if ep.key == Value(key) {
				return ep.value
			}
			if ks, ok := ep.key.(*Str); ok {
				if ks.s == key.s {
					return ep.value
				}
			} else if eq, err := Equal(t, ep.key, key); err == nil && eq {
				return ep.value
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
	dd := d.ref.Write(t.tx())
	i, found, err := dd.lookup(t, key, h)
	if err != nil {
		return err
	}
	if found {
		dd.table[i].value = value
		return nil
	}
	e := &dd.table[i]
	if e.key == nil {
		dd.fill++
	}
	*e = dictEntry{h, key, value}
	dd.used++
	if dd.fill*3 >= (dd.mask+1)*2 {
		if dd.used > 50000 {
			dd.resize(2 * dd.used)
		} else {
			dd.resize(4 * dd.used)
		}
	}
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
	dd := d.ref.Write(t.tx())
	i, found, err := dd.lookup(t, key, h)
	if err != nil || !found {
		return false, err
	}
	dd.table[i] = dictEntry{key: dummyKey}
	dd.used--
	return true, nil
}

// Clear removes every item.
func (d *Dict) Clear(t *Thread) {
	dd := d.ref.Write(t.tx())
	*dd = dictData{mask: dictMinSize - 1, table: make([]dictEntry, dictMinSize)}
}

// Items returns the dict's keys and values in table order.
func (d *Dict) Items(t *Thread) (keys, values []Value) {
	dd := d.ref.Read(t.tx())
	keys = make([]Value, 0, dd.used)
	values = make([]Value, 0, dd.used)
	for i := range dd.table {
		if e := &dd.table[i]; e.key != nil && e.key != dummyKey {
			keys = append(keys, e.key)
			values = append(values, e.value)
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
	for ; pos < len(dd.table); pos++ {
		if e := &dd.table[pos]; e.key != nil && e.key != dummyKey {
			return e.key, e.value, pos + 1, true
		}
	}
	return nil, nil, pos, false
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
	dd := d.ref.Write(t.tx())
	if (dd.fill+od.used)*3 >= (dd.mask+1)*2 {
		dd.resize((dd.used + od.used) * 2)
	}
	for i := range od.table {
		e := od.table[i]
		if e.key == nil || e.key == dummyKey {
			continue
		}
		if !override {
			if v, err := d.GetItemHash(t, e.key, e.hash); err != nil {
				return err
			} else if v != nil {
				continue
			}
		}
		// CPython's insertdict: no resize check during a merge.
		dd := d.ref.Write(t.tx())
		j, found, err := dd.lookup(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if found {
			dd.table[j].value = e.value
			continue
		}
		if dd.table[j].key == nil {
			dd.fill++
		}
		dd.table[j] = dictEntry{e.hash, e.key, e.value}
		dd.used++
	}
	return nil
}

// PopItem removes and returns an item as CPython 2.7's dict.popitem
// chooses it, or ok false if the dict is empty.
func (d *Dict) PopItem(t *Thread) (key, value Value, ok bool) {
	dd := d.ref.Write(t.tx())
	if dd.used == 0 {
		return nil, nil, false
	}
	i := 0
	ep := &dd.table[0]
	if ep.key == nil || ep.key == dummyKey {
		i = int(ep.hash)
		if i > dd.mask || i < 1 {
			i = 1
		}
		for {
			ep = &dd.table[i]
			if ep.key != nil && ep.key != dummyKey {
				break
			}
			i++
			if i > dd.mask {
				i = 1
			}
		}
	}
	key, value = ep.key, ep.value
	*ep = dictEntry{key: dummyKey}
	dd.used--
	dd.table[0].hash = int64(i + 1)
	return key, value, true
}
