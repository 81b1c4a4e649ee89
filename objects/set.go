package objects

import (
	"slices"
	"strings"
	"sync/atomic"

	"github.com/pystm/pystm/internal/pyhash"
	"github.com/pystm/pystm/stm"
)

// Set is a Python set or frozenset. Its table is laid out as CPython
// 2.7's setobject.c lays it out (the same probing, fill and resize rules,
// and pop's search finger), so that iteration order, and so printed
// sets, are CPython's.
//
// A set keeps its table behind an stm.Ref. A frozenset keeps it in fz,
// without a barrier: it is written only while the frozenset is built,
// before anyone else can see it. An instance of a subclass of frozenset
// is an *Instance whose base is a *Set with typ set to the subclass.
type Set struct {
	typ  *Type
	inst *instData
	fz   *setData
	ref  stm.Ref[setData]
	h    atomic.Int64 // a frozenset's hash+1, or 0 until computed
}

type setEntry struct {
	hash int64
	key  Value // nil: never used; dummyKey: deleted
}

// setData is a set's payload. Copier: a private copy gets a table of
// its own, a clone of a small table, or a chunk index that shares the
// chunks of a large one (see chunks.go), so that the committed table is
// never modified. Entries keep their indexes whichever way the table is
// stored. (A frozenset's table, fz, is never copied.)
type setData struct {
	fill, used int
	table      []setEntry        // the table, while big is nil
	big        *chunks[setEntry] // the table of a chunked set, else nil
}

// STMCopy gives a transaction's new private copy a table of its own.
func (sd *setData) STMCopy() {
	switch {
	case sd.big != nil:
		c := sd.big.clone()
		sd.big = &c
	case len(sd.table) > chunkLen:
		c := chunksOf(sd.table)
		sd.big, sd.table = &c, nil
	default:
		sd.table = slices.Clone(sd.table)
	}
}

// tmask returns the size of the table minus one.
func (sd *setData) tmask() int {
	if sd.big != nil {
		return sd.big.nc<<chunkShift - 1
	}
	return len(sd.table) - 1
}

// entry returns table entry i for reading.
func (sd *setData) entry(i int) *setEntry {
	if sd.big != nil {
		return sd.big.at(i)
	}
	return &sd.table[i]
}

// wentry returns table entry i for writing.
func (sd *setData) wentry(i int) *setEntry {
	if sd.big != nil {
		return sd.big.wat(i)
	}
	return &sd.table[i]
}

// nextActive returns the first active entry at or after table position
// pos and its position, or nil and the table's size.
func (sd *setData) nextActive(pos int) (*setEntry, int) {
	if sd.big == nil {
		for ; pos < len(sd.table); pos++ {
			if e := &sd.table[pos]; e.key != nil && e.key != dummyKey {
				return e, pos
			}
		}
		return nil, len(sd.table)
	}
	n := sd.big.nc << chunkShift
	for ; pos < n; pos++ {
		if e := sd.big.at(pos); e.key != nil && e.key != dummyKey {
			return e, pos
		}
	}
	return nil, n
}

const setMinSize = 8

func newSetData() *setData {
	return &setData{table: make([]setEntry, setMinSize)}
}

// Type returns the set's type.
func (s *Set) Type() *Type { return s.typ }

func (s *Set) frozen() bool { return s.fz != nil }

func (s *Set) data(t *Thread) *setData {
	if s.fz != nil {
		return s.fz
	}
	return s.ref.Read(t.tx())
}

// wdata returns the table for writing; a frozenset's only while it is
// being built.
func (s *Set) wdata(t *Thread) *setData {
	if s.fz != nil {
		return s.fz
	}
	return s.ref.Write(t.tx())
}

func (s *Set) instDict(t *Thread) *Dict {
	if s.inst == nil {
		return nil
	}
	return s.inst.ref.Read(t.tx()).dict
}

// Len returns the number of elements.
func (s *Set) Len(t *Thread) int { return s.data(t).used }

// NewSet returns an empty set.
func NewSet() *Set {
	s := &Set{typ: SetType}
	s.ref.Init(newSetData())
	return s
}

// NewFrozenSet returns a frozenset of the items of iterable v (nil: the
// empty frozenset).
func NewFrozenSet(t *Thread, v Value) (*Set, error) {
	r, err := frozensetNew(t, FrozenSetType, argsOf(v), nil)
	if err != nil {
		return nil, err
	}
	return r.(*Set), nil
}

// SetOf returns set(v): a new set of the items of iterable v.
func SetOf(t *Thread, v Value) (*Set, error) {
	_, s, err := makeNewSet(t, SetType, v)
	return s, err
}

func argsOf(v Value) []Value {
	if v == nil {
		return nil
	}
	return []Value{v}
}

// emptyFrozenSet is the frozenset() singleton.
var emptyFrozenSet = &Set{typ: FrozenSetType, fz: newSetData()}

// newSetValue returns a new empty set of type typ (set, frozenset or a
// subclass of either): the Python value and its table.
func newSetValue(typ *Type) (Value, *Set) {
	if typ.IsSubtype(FrozenSetType) {
		s := &Set{typ: typ, fz: newSetData()}
		if typ.IsHeap() {
			return NewInstance(nil, typ, s), s
		}
		return s, s
	}
	s := &Set{typ: typ, inst: newContainerInst(typ)}
	s.ref.Init(newSetData())
	return s, s
}

// makeNewSet is CPython's make_new_set: a new set of type typ holding the
// items of iterable (nil: none).
func makeNewSet(t *Thread, typ *Type, iterable Value) (Value, *Set, error) {
	v, s := newSetValue(typ)
	if iterable != nil {
		if err := s.updateInternal(t, iterable); err != nil {
			return nil, nil, err
		}
	}
	return v, s, nil
}

// setOf returns the set behind v (a set, a frozenset, or an instance of
// a subclass of frozenset), or nil: CPython's PyAnySet_Check.
func setOf(v Value) *Set {
	switch x := v.(type) {
	case *Set:
		return x
	case *Instance:
		if s, ok := x.base.(*Set); ok {
			return s
		}
	}
	return nil
}

// isExactSet reports PyAnySet_CheckExact: v is a set or a frozenset, not
// an instance of a subclass.
func isExactSet(v Value) bool {
	s, ok := v.(*Set)
	return ok && (s.typ == SetType || s.typ == FrozenSetType)
}

// lookup finds key's slot as set_lookkey does: the slot holding it, or
// the one where it would go. It starts over when a comparison changed
// the table.
func (sd *setData) lookup(t *Thread, key Value, hash int64) (int, bool, error) {
	for {
		idx, found, restart, err := sd.lookup1(t, key, hash)
		if !restart {
			return idx, found, err
		}
	}
}

func (sd *setData) lookup1(t *Thread, key Value, hash int64) (idx int, found, restart bool, err error) {
	if sd.big != nil {
		return sd.lookupChunked(t, key, hash)
	}
	table := sd.table
	mask := uint64(len(table) - 1)
	free := -1
	i := uint64(hash) & mask
	for perturb := uint64(hash); ; perturb >>= 5 {
		e := &table[i&mask]
		switch {
		case e.key == nil:
			if free >= 0 {
				return free, false, false, nil
			}
			return int(i & mask), false, false, nil
		case Is(e.key, key):
			return int(i & mask), true, false, nil
		case e.key == dummyKey:
			if free < 0 {
				free = int(i & mask)
			}
		case e.hash == hash:
			startkey := e.key
			eq, err := keysEqual(t, startkey, key)
			if err != nil {
				return 0, false, false, err
			}
			if len(sd.table) != len(table) || &sd.table[0] != &table[0] || !Is(e.key, startkey) {
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
func (sd *setData) lookupChunked(t *Thread, key Value, hash int64) (idx int, found, restart bool, err error) {
	big := sd.big
	mask := uint64(big.nc<<chunkShift - 1)
	free := -1
	i := uint64(hash) & mask
	for perturb := uint64(hash); ; perturb >>= 5 {
		j := int(i & mask)
		e := big.at(j)
		switch {
		case e.key == nil:
			if free >= 0 {
				return free, false, false, nil
			}
			return j, false, false, nil
		case Is(e.key, key):
			return j, true, false, nil
		case e.key == dummyKey:
			if free < 0 {
				free = j
			}
		case e.hash == hash:
			startkey := e.key
			eq, err := keysEqual(t, startkey, key)
			if err != nil {
				return 0, false, false, err
			}
			// The comparison may have changed the table (or copied the
			// entry's chunk): read the entry again.
			if sd.big != big || !Is(big.at(j).key, startkey) {
				return 0, false, true, nil
			}
			if eq {
				return j, true, false, nil
			}
		}
		i = (i << 2) + i + perturb + 1
	}
}

// insertKey is set_insert_key: it adds key if absent, without resizing.
func (sd *setData) insertKey(t *Thread, key Value, hash int64) error {
	i, found, err := sd.lookup(t, key, hash)
	if err != nil || found {
		return err
	}
	e := sd.wentry(i)
	if e.key == nil {
		sd.fill++
	}
	e.key, e.hash = key, hash
	sd.used++
	return nil
}

func (sd *setData) insertClean(key Value, hash int64) {
	mask := uint64(len(sd.table) - 1)
	i := uint64(hash) & mask
	for perturb := uint64(hash); sd.table[i&mask].key != nil; perturb >>= 5 {
		i = (i << 2) + i + perturb + 1
	}
	sd.table[i&mask] = setEntry{hash, key}
	sd.fill++
	sd.used++
}

// resize is set_table_resize: a table with room for more than minused
// elements; a minimum-size table without dummies is left alone.
func (sd *setData) resize(minused int) {
	size := setMinSize
	for size <= minused && size > 0 {
		size <<= 1
	}
	if size == setMinSize && sd.tmask() == setMinSize-1 && sd.fill == sd.used {
		return
	}
	old, oldBig := sd.table, sd.big
	sd.table, sd.big = make([]setEntry, size), nil
	sd.fill, sd.used = 0, 0
	if oldBig != nil {
		for k := range oldBig.nc {
			sd.reinsert(oldBig.chunk(k)[:])
		}
		return
	}
	sd.reinsert(old)
}

// reinsert puts the active entries of old into a new table.
func (sd *setData) reinsert(old []setEntry) {
	for i := range old {
		if e := &old[i]; e.key != nil && e.key != dummyKey {
			sd.insertClean(e.key, e.hash)
		}
	}
}

// addEntry is set_add_entry: insertKey, then the resize check.
func (s *Set) addEntry(t *Thread, key Value, hash int64) error {
	sd := s.wdata(t)
	n := sd.used
	if err := sd.insertKey(t, key, hash); err != nil {
		return err
	}
	sd = s.wdata(t)
	if sd.used > n && sd.fill*3 >= (sd.tmask()+1)*2 {
		if sd.used > 50000 {
			sd.resize(sd.used * 2)
		} else {
			sd.resize(sd.used * 4)
		}
	}
	return nil
}

// Add adds key to the set (set.add).
func (s *Set) Add(t *Thread, key Value) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addEntry(t, key, h)
}

// discardEntry removes key; found reports whether it was there.
func (s *Set) discardEntry(t *Thread, key Value, hash int64) (bool, error) {
	sd := s.wdata(t)
	i, found, err := sd.lookup(t, key, hash)
	if err != nil || !found {
		return false, err
	}
	sd = s.wdata(t)
	sd.wentry(i).key = dummyKey
	sd.used--
	return true, nil
}

func (s *Set) discardKey(t *Thread, key Value) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, key, h)
}

func (s *Set) containsEntry(t *Thread, key Value, hash int64) (bool, error) {
	_, found, err := s.data(t).lookup(t, key, hash)
	return found, err
}

func (s *Set) containsKey(t *Thread, key Value) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.containsEntry(t, key, h)
}

// Contains reports whether key is in the set; a set key is looked up as
// the equal frozenset, as CPython 2.7 does.
func (s *Set) Contains(t *Thread, key Value) (bool, error) {
	found, err := s.containsKey(t, key)
	if err != nil && setOf(key) != nil && IsInstanceExc(err, TypeError) {
		_, tmp, err := makeNewSet(t, FrozenSetType, key)
		if err != nil {
			return false, err
		}
		return s.containsKey(t, tmp)
	}
	return found, err
}

// Discard removes key if present; a set key is looked up as a frozenset.
func (s *Set) Discard(t *Thread, key Value) (bool, error) {
	found, err := s.discardKey(t, key)
	if err != nil && setOf(key) != nil && IsInstanceExc(err, TypeError) {
		_, tmp, err := makeNewSet(t, FrozenSetType, key)
		if err != nil {
			return false, err
		}
		return s.discardKey(t, tmp)
	}
	return found, err
}

func (s *Set) clear(t *Thread) {
	*s.wdata(t) = *newSetData()
}

// Elems returns the elements in table order.
func (s *Set) Elems(t *Thread) []Value {
	sd := s.data(t)
	out := make([]Value, 0, sd.used)
	for pos := 0; ; pos++ {
		var e *setEntry
		if e, pos = sd.nextActive(pos); e == nil {
			return out
		}
		out = append(out, e.key)
	}
}

// entryAt returns the active entry at or after table position pos and
// the position after it (set_next), or ok false at the end.
func (s *Set) entryAt(t *Thread, pos int) (e setEntry, next int, ok bool) {
	x, i := s.data(t).nextActive(pos)
	if x == nil {
		return setEntry{}, max(pos, i), false
	}
	return *x, i + 1, true
}

// merge is set_merge: one resize up front, then the other's entries
// inserted without resizing.
func (s *Set) merge(t *Thread, other *Set) error {
	if other == s {
		return nil
	}
	od := other.data(t)
	if od.used == 0 {
		return nil
	}
	sd := s.wdata(t)
	if (sd.fill+od.used)*3 >= (sd.tmask()+1)*2 {
		sd.resize((sd.used + od.used) * 2)
	}
	for pos := 0; ; {
		e, next, ok := other.entryAt(t, pos)
		if !ok {
			return nil
		}
		pos = next
		if err := s.wdata(t).insertKey(t, e.key, e.hash); err != nil {
			return err
		}
	}
}

// updateInternal is set_update_internal: the elements of a set, the keys
// of a dict, or the items of any iterable are added.
func (s *Set) updateInternal(t *Thread, other Value) error {
	if o := setOf(other); o != nil {
		return s.merge(t, o)
	}
	if d, ok := other.(*Dict); ok && d.typ == DictType {
		n := d.Len(t)
		sd := s.wdata(t)
		if (sd.fill+n)*3 >= (sd.tmask()+1)*2 {
			sd.resize((sd.used + n) * 2)
		}
		for pos := 0; ; {
			h, k, _, next, ok := d.nextEntry(t, pos)
			if !ok {
				return nil
			}
			pos = next
			if err := s.addEntry(t, k, h); err != nil {
				return err
			}
		}
	}
	it, err := Iter(t, other)
	if err != nil {
		return err
	}
	for {
		x, err := Next(t, it)
		if err != nil || x == nil {
			return err
		}
		if err := s.Add(t, x); err != nil {
			return err
		}
	}
}

// setCopy is set_copy: a new set of self's type holding its elements.
func setCopy(t *Thread, self Value) (Value, *Set, error) {
	return makeNewSet(t, self.Type(), self)
}

func setIntersection(t *Thread, self, other Value) (Value, *Set, error) {
	so := setOf(self)
	if self == other {
		return setCopy(t, self)
	}
	rv, result := newSetValue(self.Type())
	if o := setOf(other); o != nil {
		a, b := so, o
		if b.Len(t) > a.Len(t) {
			a, b = b, a
		}
		for pos := 0; ; {
			e, next, ok := b.entryAt(t, pos)
			if !ok {
				return rv, result, nil
			}
			pos = next
			in, err := a.containsEntry(t, e.key, e.hash)
			if err != nil {
				return nil, nil, err
			}
			if in {
				if err := result.addEntry(t, e.key, e.hash); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	it, err := Iter(t, other)
	if err != nil {
		return nil, nil, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, nil, err
		}
		if x == nil {
			return rv, result, nil
		}
		h, err := Hash(t, x)
		if err != nil {
			return nil, nil, err
		}
		in, err := so.containsEntry(t, x, h)
		if err != nil {
			return nil, nil, err
		}
		if in {
			if err := result.addEntry(t, x, h); err != nil {
				return nil, nil, err
			}
		}
	}
}

// differenceUpdate is set_difference_update_internal.
func (s *Set) differenceUpdate(t *Thread, self, other Value) error {
	if self == other {
		s.clear(t)
		return nil
	}
	if o := setOf(other); o != nil {
		for pos := 0; ; {
			e, next, ok := o.entryAt(t, pos)
			if !ok {
				break
			}
			pos = next
			if _, err := s.discardEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		it, err := Iter(t, other)
		if err != nil {
			return err
		}
		for {
			x, err := Next(t, it)
			if err != nil {
				return err
			}
			if x == nil {
				break
			}
			if _, err := s.discardKey(t, x); err != nil {
				return err
			}
		}
	}
	sd := s.wdata(t)
	if (sd.fill-sd.used)*5 < sd.tmask() {
		return nil
	}
	if sd.used > 50000 {
		sd.resize(sd.used * 2)
	} else {
		sd.resize(sd.used * 4)
	}
	return nil
}

func setDifference(t *Thread, self, other Value) (Value, error) {
	so := setOf(self)
	od, isDict := other.(*Dict)
	isDict = isDict && od.typ == DictType
	if setOf(other) == nil && !isDict {
		rv, result, err := setCopy(t, self)
		if err != nil {
			return nil, err
		}
		return rv, result.differenceUpdate(t, rv, other)
	}
	rv, result := newSetValue(self.Type())
	for pos := 0; ; {
		e, next, ok := so.entryAt(t, pos)
		if !ok {
			return rv, nil
		}
		pos = next
		var in bool
		var err error
		if isDict {
			var v Value
			v, err = od.GetItemHash(t, e.key, e.hash)
			in = v != nil
		} else {
			in, err = setOf(other).containsEntry(t, e.key, e.hash)
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := result.addEntry(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
}

// symmetricDifferenceUpdate is set_symmetric_difference_update.
func (s *Set) symmetricDifferenceUpdate(t *Thread, self, other Value) error {
	if self == other {
		s.clear(t)
		return nil
	}
	flip := func(key Value, h int64) error {
		found, err := s.discardEntry(t, key, h)
		if err != nil || found {
			return err
		}
		return s.addEntry(t, key, h)
	}
	if d, ok := other.(*Dict); ok && d.typ == DictType {
		for pos := 0; ; {
			h, k, _, next, ok := d.nextEntry(t, pos)
			if !ok {
				return nil
			}
			pos = next
			if err := flip(k, h); err != nil {
				return err
			}
		}
	}
	o := setOf(other)
	if o == nil {
		var err error
		if _, o, err = makeNewSet(t, self.Type(), other); err != nil {
			return err
		}
	}
	for pos := 0; ; {
		e, next, ok := o.entryAt(t, pos)
		if !ok {
			return nil
		}
		pos = next
		if err := flip(e.key, e.hash); err != nil {
			return err
		}
	}
}

func setSymmetricDifference(t *Thread, self, other Value) (Value, error) {
	rv, result, err := makeNewSet(t, self.Type(), other)
	if err != nil {
		return nil, err
	}
	return rv, result.symmetricDifferenceUpdate(t, rv, self)
}

func setIsSubset(t *Thread, so *Set, other Value) (bool, error) {
	o := setOf(other)
	if o == nil {
		var err error
		if _, o, err = makeNewSet(t, SetType, other); err != nil {
			return false, err
		}
	}
	if so.Len(t) > o.Len(t) {
		return false, nil
	}
	for pos := 0; ; {
		e, next, ok := so.entryAt(t, pos)
		if !ok {
			return true, nil
		}
		pos = next
		in, err := o.containsEntry(t, e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
}

func setIsSuperset(t *Thread, so *Set, other Value) (bool, error) {
	o := setOf(other)
	if o == nil {
		var err error
		if _, o, err = makeNewSet(t, SetType, other); err != nil {
			return false, err
		}
	}
	return setIsSubset(t, o, so)
}

// hash is frozenset's hash (CPython 2.7's algorithm over the stored
// element hashes).
func (s *Set) hash(t *Thread) int64 {
	if h := s.h.Load(); h != 0 {
		return h - 1
	}
	sd := s.data(t)
	hs := make([]int64, 0, sd.used)
	for pos := 0; ; pos++ {
		var e *setEntry
		if e, pos = sd.nextActive(pos); e == nil {
			break
		}
		hs = append(hs, e.hash)
	}
	h := pyhash.Frozenset(hs)
	s.h.Store(h + 1)
	return h
}

// Slots.

func setNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if typ == SetType && len(kw) != 0 {
		return nil, Errorf(TypeError, "set() does not take keyword arguments")
	}
	v, _ := newSetValue(typ)
	return v, nil
}

func setInit(t *Thread, self Value, args, kw []Value) error {
	s := setOf(self)
	if s == nil || s.frozen() {
		return nil
	}
	if len(kw) != 0 {
		return Errorf(TypeError, "set() does not take keyword arguments")
	}
	if err := unpackArgs(self.Type().Name, args, 0, 1); err != nil {
		return err
	}
	s.clear(t)
	if len(args) == 0 {
		return nil
	}
	return s.updateInternal(t, args[0])
}

func frozensetNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if typ == FrozenSetType && len(kw) != 0 {
		return nil, Errorf(TypeError, "frozenset() does not take keyword arguments")
	}
	if err := unpackArgs(typ.Name, args, 0, 1); err != nil {
		return nil, err
	}
	var iterable Value
	if len(args) == 1 {
		iterable = args[0]
	}
	if typ != FrozenSetType {
		v, _, err := makeNewSet(t, typ, iterable)
		return v, err
	}
	if iterable != nil {
		if s, ok := iterable.(*Set); ok && s.typ == FrozenSetType {
			return s, nil
		}
		v, s, err := makeNewSet(t, typ, iterable)
		if err != nil || s.Len(t) > 0 {
			return v, err
		}
	}
	return emptyFrozenSet, nil
}

func setRepr(t *Thread, v Value) (Value, error) {
	s := v.(*Set)
	name := s.typ.Name
	if t.ReprEnter(s) {
		return NewStr(name + "(...)"), nil
	}
	defer t.ReprLeave(s)
	r, err := ReprItem(t, NewList(s.Elems(t)))
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	b.WriteString(r.s)
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

func setLen(t *Thread, v Value) (int, error) { return v.(*Set).Len(t), nil }

func setContains(t *Thread, v, x Value) (bool, error) { return v.(*Set).Contains(t, x) }

func setIter(t *Thread, v Value) (Value, error) { return newSetIter(t, v.(*Set)), nil }

func setCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	v, w := setOf(a), setOf(b)
	if v == nil || w == nil {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case EQ, NE:
		if v.Len(t) != w.Len(t) {
			r = false
		} else if v.frozen() && w.frozen() && v.h.Load() != 0 && w.h.Load() != 0 && v.h.Load() != w.h.Load() {
			r = false
		} else if r, err = setIsSubset(t, v, w); err != nil {
			return nil, err
		}
		if op == NE {
			r = !r
		}
	case LE:
		r, err = setIsSubset(t, v, w)
	case GE:
		r, err = setIsSuperset(t, v, w)
	case LT:
		if v.Len(t) < w.Len(t) {
			r, err = setIsSubset(t, v, w)
		}
	case GT:
		if v.Len(t) > w.Len(t) {
			r, err = setIsSuperset(t, v, w)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setCmp3(t *Thread, a, b Value) (Value, error) {
	if setOf(a) == nil || setOf(b) == nil {
		return NotImplemented, nil
	}
	return nil, Errorf(TypeError, "cannot compare sets using cmp()")
}

// bothSets reports whether both operands of a set operator are sets.
// (The slots of frozenset subclasses receive the base *Set, whose typ is
// the subclass, so results have the operand's type as in CPython.)
func bothSets(a, b Value) bool { return setOf(a) != nil && setOf(b) != nil }

func setSub(t *Thread, a, b Value) (Value, error) {
	if !bothSets(a, b) {
		return NotImplemented, nil
	}
	return setDifference(t, a, b)
}

func setAnd(t *Thread, a, b Value) (Value, error) {
	if !bothSets(a, b) {
		return NotImplemented, nil
	}
	v, _, err := setIntersection(t, a, b)
	return v, err
}

func setXor(t *Thread, a, b Value) (Value, error) {
	if !bothSets(a, b) {
		return NotImplemented, nil
	}
	return setSymmetricDifference(t, a, b)
}

func setOr(t *Thread, a, b Value) (Value, error) {
	if !bothSets(a, b) {
		return NotImplemented, nil
	}
	v, result, err := setCopy(t, a)
	if err != nil || Is(a, b) {
		return v, err
	}
	return v, result.updateInternal(t, b)
}

func setISub(t *Thread, a, b Value) (Value, error) {
	if setOf(b) == nil {
		return NotImplemented, nil
	}
	return a, setOf(a).differenceUpdate(t, a, b)
}

func setIAnd(t *Thread, a, b Value) (Value, error) {
	if setOf(b) == nil {
		return NotImplemented, nil
	}
	_, r, err := setIntersection(t, a, b)
	if err != nil {
		return nil, err
	}
	setOf(a).swapBody(t, r)
	return a, nil
}

func setIXor(t *Thread, a, b Value) (Value, error) {
	if setOf(b) == nil {
		return NotImplemented, nil
	}
	return a, setOf(a).symmetricDifferenceUpdate(t, a, b)
}

func setIOr(t *Thread, a, b Value) (Value, error) {
	if setOf(b) == nil {
		return NotImplemented, nil
	}
	return a, setOf(a).updateInternal(t, b)
}

// swapBody gives s the table of r (set_swap_bodies, as the in-place
// operations use it).
func (s *Set) swapBody(t *Thread, r *Set) {
	d := *r.data(t)
	if d.big != nil {
		c := d.big.clone() // chunks owned by r are not s's to write
		d.big = &c
	}
	*s.wdata(t) = d
}

// Methods.

func set_add(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("add", args, kw); err != nil {
		return nil, err
	}
	return None, setOf(self).Add(t, args[0])
}

func set_clear(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("clear", args, kw); err != nil {
		return nil, err
	}
	setOf(self).clear(t)
	return None, nil
}

func set_copy(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("copy", args, kw); err != nil {
		return nil, err
	}
	v, _, err := setCopy(t, self)
	return v, err
}

func frozenset_copy(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("copy", args, kw); err != nil {
		return nil, err
	}
	if s, ok := self.(*Set); ok && s.typ == FrozenSetType {
		return s, nil
	}
	v, _, err := setCopy(t, self)
	return v, err
}

func set_discard(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("discard", args, kw); err != nil {
		return nil, err
	}
	_, err := setOf(self).Discard(t, args[0])
	if err != nil {
		return nil, err
	}
	return None, nil
}

func set_remove(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("remove", args, kw); err != nil {
		return nil, err
	}
	found, err := setOf(self).Discard(t, args[0])
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, NewException(KeyError, args[0])
	}
	return None, nil
}

func set_pop(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("pop", args, kw); err != nil {
		return nil, err
	}
	s := setOf(self)
	sd := s.wdata(t)
	if sd.used == 0 {
		return nil, Errorf(KeyError, "pop from an empty set")
	}
	i, mask := 0, sd.tmask()
	if e := sd.entry(0); e.key == nil || e.key == dummyKey {
		i = int(e.hash)
		if i > mask || i < 1 {
			i = 1
		}
		for {
			if e = sd.entry(i); e.key != nil && e.key != dummyKey {
				break
			}
			i++
			if i > mask {
				i = 1
			}
		}
	}
	e := sd.wentry(i)
	key := e.key
	e.key = dummyKey
	sd.used--
	sd.wentry(0).hash = int64(i + 1)
	return key, nil
}

func set_update(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("update", kw); err != nil {
		return nil, err
	}
	s := setOf(self)
	for _, o := range args {
		if err := s.updateInternal(t, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func set_union(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("union", kw); err != nil {
		return nil, err
	}
	v, result, err := setCopy(t, self)
	if err != nil {
		return nil, err
	}
	for _, o := range args {
		if o == self {
			continue
		}
		if err := result.updateInternal(t, o); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// intersectionMulti is set_intersection_multi.
func intersectionMulti(t *Thread, self Value, args []Value) (Value, *Set, error) {
	if len(args) == 0 {
		return setCopy(t, self)
	}
	result, rs := self, setOf(self)
	for _, o := range args {
		var err error
		if result, rs, err = setIntersection(t, result, o); err != nil {
			return nil, nil, err
		}
	}
	return result, rs, nil
}

func set_intersection(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("intersection", kw); err != nil {
		return nil, err
	}
	v, _, err := intersectionMulti(t, self, args)
	return v, err
}

func set_intersection_update(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("intersection_update", kw); err != nil {
		return nil, err
	}
	_, r, err := intersectionMulti(t, self, args)
	if err != nil {
		return nil, err
	}
	if r != setOf(self) {
		setOf(self).swapBody(t, r)
	}
	return None, nil
}

func set_difference(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("difference", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		v, _, err := setCopy(t, self)
		return v, err
	}
	v, err := setDifference(t, self, args[0])
	if err != nil {
		return nil, err
	}
	rs := setOf(v)
	for _, o := range args[1:] {
		if err := rs.differenceUpdate(t, v, o); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func set_difference_update(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("difference_update", kw); err != nil {
		return nil, err
	}
	s := setOf(self)
	for _, o := range args {
		if err := s.differenceUpdate(t, self, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func set_symmetric_difference(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("symmetric_difference", args, kw); err != nil {
		return nil, err
	}
	return setSymmetricDifference(t, self, args[0])
}

func set_symmetric_difference_update(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("symmetric_difference_update", args, kw); err != nil {
		return nil, err
	}
	return None, setOf(self).symmetricDifferenceUpdate(t, self, args[0])
}

func set_issubset(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("issubset", args, kw); err != nil {
		return nil, err
	}
	r, err := setIsSubset(t, setOf(self), args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func set_issuperset(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("issuperset", args, kw); err != nil {
		return nil, err
	}
	r, err := setIsSuperset(t, setOf(self), args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func set_isdisjoint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("isdisjoint", args, kw); err != nil {
		return nil, err
	}
	so, other := setOf(self), args[0]
	if other == self {
		return NewBool(so.Len(t) == 0), nil
	}
	if isExactSet(other) {
		a, b := so, setOf(other)
		if b.Len(t) > a.Len(t) {
			a, b = b, a
		}
		for pos := 0; ; {
			e, next, ok := b.entryAt(t, pos)
			if !ok {
				return True, nil
			}
			pos = next
			in, err := a.containsEntry(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if in {
				return False, nil
			}
		}
	}
	it, err := Iter(t, other)
	if err != nil {
		return nil, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return True, nil
		}
		in, err := so.containsKey(t, x)
		if err != nil {
			return nil, err
		}
		if in {
			return False, nil
		}
	}
}

func set_reduce(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__reduce__", args, kw); err != nil {
		return nil, err
	}
	keys := NewList(setOf(self).Elems(t))
	dict, err := GetAttrString(t, self, "__dict__")
	if err != nil {
		dict = None
	}
	return NewTuple(self.Type(), NewTuple(keys), dict), nil
}

func init() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ.Repr = setRepr
		typ.Len = setLen
		typ.Contains = setContains
		typ.Iter = setIter
		typ.Compare = setCompare
		typ.Cmp3 = setCmp3
	}
	SetType.New = setNew
	SetType.Init = setInit
	SetType.Number = &NumberSlots{
		Sub: setSub, And: setAnd, Xor: setXor, Or: setOr,
		ISub: setISub, IAnd: setIAnd, IXor: setIXor, IOr: setIOr,
	}
	FrozenSetType.New = frozensetNew
	FrozenSetType.Hash = func(t *Thread, v Value) (int64, error) { return v.(*Set).hash(t), nil }
	FrozenSetType.Number = &NumberSlots{Sub: setSub, And: setAnd, Xor: setXor, Or: setOr}
	common := []MethodDef{
		{Name: "difference", Fn: set_difference},
		{Name: "intersection", Fn: set_intersection},
		{Name: "isdisjoint", Fn: set_isdisjoint},
		{Name: "issubset", Fn: set_issubset},
		{Name: "issuperset", Fn: set_issuperset},
		{Name: "__reduce__", Fn: set_reduce},
		{Name: "symmetric_difference", Fn: set_symmetric_difference},
		{Name: "union", Fn: set_union},
	}
	SetType.AddMethods(common)
	SetType.AddMethods([]MethodDef{
		{Name: "add", Fn: set_add},
		{Name: "clear", Fn: set_clear},
		{Name: "copy", Fn: set_copy},
		{Name: "discard", Fn: set_discard},
		{Name: "difference_update", Fn: set_difference_update},
		{Name: "intersection_update", Fn: set_intersection_update},
		{Name: "pop", Fn: set_pop},
		{Name: "remove", Fn: set_remove},
		{Name: "symmetric_difference_update", Fn: set_symmetric_difference_update},
		{Name: "update", Fn: set_update},
	})
	SetType.AddAttr("__hash__", None)
	FrozenSetType.AddMethods(common)
	FrozenSetType.AddMethods([]MethodDef{{Name: "copy", Fn: frozenset_copy}})
}
