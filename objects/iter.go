package objects

import (
	"math/big"

	"github.com/pystm/pystm/stm"
)

// This file holds the iterator types: the __getitem__-based iterator and
// iter(f, sentinel), the iterators of list, tuple, dict and set,
// enumerate and reversed. Each keeps its position behind an stm.Ref.

// The iterator types.
var (
	SeqIterType      = newIterType("iterator")
	CallIterType     = newIterType("callable-iterator")
	ListIterType     = newIterType("listiterator")
	ListRevIterType  = newIterType("listreverseiterator")
	TupleIterType    = newIterType("tupleiterator")
	SetIterType      = newIterType("setiterator")
	DictKeyIterType  = newIterType("dictionary-keyiterator")
	DictValIterType  = newIterType("dictionary-valueiterator")
	DictItemIterType = newIterType("dictionary-itemiterator")
	EnumerateType    = NewBuiltinType("enumerate", ObjectType, FlagBaseType|FlagIterSelf)
	ReversedType     = NewBuiltinType("reversed", ObjectType, FlagBaseType|FlagIterSelf)
)

func newIterType(name string) *Type {
	return NewBuiltinType(name, ObjectType, FlagIterSelf)
}

func selfIter(t *Thread, v Value) (Value, error) { return v, nil }

// SeqIter iterates over an object with __getitem__ (CPython's seqiter):
// it calls v[0], v[1], ... until IndexError or StopIteration.
type SeqIter struct {
	ref stm.Ref[seqIterState]
}

// seqIterState is a SeqIter's payload. No Copier: it holds no slice or
// map.
type seqIterState struct {
	seq Value // nil once exhausted
	i   int
}

// Type returns iterator.
func (*SeqIter) Type() *Type { return SeqIterType }

// NewSeqIter returns an iterator calling v[0], v[1], ... until IndexError.
func NewSeqIter(v Value) *SeqIter {
	it := &SeqIter{}
	it.ref.Init(&seqIterState{seq: v})
	return it
}

func seqIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*SeqIter)
	st := it.ref.Read(t.tx())
	if st.seq == nil {
		return nil, nil
	}
	x, err := GetItem(t, st.seq, Int(st.i))
	if err != nil {
		if IsInstanceExc(err, IndexError) || IsInstanceExc(err, StopIteration) {
			it.ref.Write(t.tx()).seq = nil
			return nil, nil
		}
		return nil, err
	}
	it.ref.Write(t.tx()).i++
	return x, nil
}

func seqiter_length_hint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	st := self.(*SeqIter).ref.Read(t.tx())
	if st.seq != nil {
		n, err := Len(t, st.seq)
		if err != nil {
			return nil, err
		}
		if n -= st.i; n >= 0 {
			return Int(n), nil
		}
	}
	return Int(0), nil
}

// CallIter is iter(callable, sentinel): it calls callable until it
// returns sentinel.
type CallIter struct {
	ref stm.Ref[callIterState]
}

// callIterState is a CallIter's payload. No Copier: it holds no slice or
// map.
type callIterState struct {
	fn, sentinel Value // nil once exhausted
}

// Type returns callable-iterator.
func (*CallIter) Type() *Type { return CallIterType }

// NewCallIter returns iter(fn, sentinel).
func NewCallIter(fn, sentinel Value) *CallIter {
	it := &CallIter{}
	it.ref.Init(&callIterState{fn, sentinel})
	return it
}

func callIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*CallIter)
	st := it.ref.Read(t.tx())
	if st.fn == nil {
		return nil, nil
	}
	r, err := Call(t, st.fn, nil, nil)
	if err != nil {
		if IsInstanceExc(err, StopIteration) {
			*it.ref.Write(t.tx()) = callIterState{}
			return nil, nil
		}
		return nil, err
	}
	eq, err := Equal(t, st.sentinel, r)
	if err != nil {
		return nil, err
	}
	if eq {
		*it.ref.Write(t.tx()) = callIterState{}
		return nil, nil
	}
	return r, nil
}

// ListIter iterates over a list.
type ListIter struct {
	ref stm.Ref[listIterState]
}

// listIterState is the payload of a list iterator. No Copier: it holds
// no slice or map.
type listIterState struct {
	l *List // nil once exhausted
	i int
}

// Type returns listiterator.
func (*ListIter) Type() *Type { return ListIterType }

func newListIter(t *Thread, l *List) *ListIter {
	it := &ListIter{}
	it.ref.InitFresh(t.tx(), &listIterState{l: l})
	return it
}

func listIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*ListIter)
	st := it.ref.Read(t.tx())
	if st.l == nil {
		return nil, nil
	}
	d := st.l.ref.Read(t.tx())
	if items := d.items; st.i < len(items) {
		x := items[st.i]
		it.ref.Write(t.tx()).i++
		return x, nil
	}
	if b := d.big(); b != nil && st.i < b.n {
		x := *b.at(st.i)
		it.ref.Write(t.tx()).i++
		return x, nil
	}
	it.ref.Write(t.tx()).l = nil
	return nil, nil
}

func listiter_length_hint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	st := self.(*ListIter).ref.Read(t.tx())
	if st.l != nil {
		if n := st.l.Len(t) - st.i; n >= 0 {
			return Int(n), nil
		}
	}
	return Int(0), nil
}

// ListRevIter iterates over a list backwards (reversed(list)).
type ListRevIter struct {
	ref stm.Ref[listIterState]
}

// Type returns listreverseiterator.
func (*ListRevIter) Type() *Type { return ListRevIterType }

func newListRevIter(t *Thread, l *List, i int) *ListRevIter {
	it := &ListRevIter{}
	it.ref.InitFresh(t.tx(), &listIterState{l: l, i: i})
	return it
}

func listRevIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*ListRevIter)
	st := it.ref.Read(t.tx())
	if st.l == nil {
		return nil, nil
	}
	if x, ok := st.l.At(t, st.i); ok {
		it.ref.Write(t.tx()).i--
		return x, nil
	}
	*it.ref.Write(t.tx()) = listIterState{i: -1}
	return nil, nil
}

func listreviter_length_hint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	st := self.(*ListRevIter).ref.Read(t.tx())
	n := st.i + 1
	if st.l == nil || st.l.Len(t) < n {
		n = 0
	}
	return NewLong(big.NewInt(int64(n))), nil
}

// TupleIter iterates over a tuple.
type TupleIter struct {
	tu  *Tuple
	ref stm.Ref[tupleIterState]
}

// tupleIterState is a TupleIter's payload. No Copier: it holds no slice
// or map.
type tupleIterState struct {
	i    int
	done bool
}

// Type returns tupleiterator.
func (*TupleIter) Type() *Type { return TupleIterType }

func newTupleIter(t *Thread, tu *Tuple) *TupleIter {
	it := &TupleIter{tu: tu}
	it.ref.InitFresh(t.tx(), &tupleIterState{})
	return it
}

func tupleIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*TupleIter)
	st := it.ref.Read(t.tx())
	if st.done {
		return nil, nil
	}
	if st.i < len(it.tu.elems) {
		x := it.tu.elems[st.i]
		it.ref.Write(t.tx()).i++
		return x, nil
	}
	it.ref.Write(t.tx()).done = true
	return nil, nil
}

func tupleiter_length_hint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	it := self.(*TupleIter)
	st := it.ref.Read(t.tx())
	if st.done {
		return Int(0), nil
	}
	return Int(len(it.tu.elems) - st.i), nil
}

// dictIterKind says what a dict iterator yields.
type dictIterKind int

const (
	iterKeys dictIterKind = iota
	iterValues
	iterItems
)

// DictIter iterates over a dict's keys, values or items in table order.
type DictIter struct {
	kind dictIterKind
	ref  stm.Ref[dictIterState]
}

// dictIterState is a DictIter's payload. No Copier: it holds no slice or
// map.
type dictIterState struct {
	d    *Dict // nil once exhausted
	used int   // the dict's size when iteration began; -1 after a change
	pos  int
	len  int
}

// Type returns the dictionary iterator type of its kind.
func (it *DictIter) Type() *Type {
	switch it.kind {
	case iterValues:
		return DictValIterType
	case iterItems:
		return DictItemIterType
	}
	return DictKeyIterType
}

func newDictIter(t *Thread, d *Dict, kind dictIterKind) *DictIter {
	it := &DictIter{kind: kind}
	n := d.Len(t)
	it.ref.InitFresh(t.tx(), &dictIterState{d: d, used: n, len: n})
	return it
}

func dictIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*DictIter)
	st := it.ref.Read(t.tx())
	if st.d == nil {
		return nil, nil
	}
	dd := st.d.ref.Read(t.tx())
	if st.used != dd.used {
		it.ref.Write(t.tx()).used = -1
		return nil, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	if e, i := dd.nextActive(st.pos); e != nil {
		w := it.ref.Write(t.tx())
		w.pos = i + 1
		w.len--
		switch it.kind {
		case iterValues:
			return dd.val(t, e), nil
		case iterItems:
			return NewTuple(e.key, dd.val(t, e)), nil
		}
		return e.key, nil
	}
	w := it.ref.Write(t.tx())
	w.d = nil
	w.pos = dd.tmask() + 2
	return nil, nil
}

func dictiter_length_hint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	st := self.(*DictIter).ref.Read(t.tx())
	if st.d != nil && st.used == st.d.Len(t) {
		return Int(st.len), nil
	}
	return Int(0), nil
}

// SetIter iterates over a set or frozenset in table order.
type SetIter struct {
	ref stm.Ref[setIterState]
}

// setIterState is a SetIter's payload. No Copier: it holds no slice or
// map.
type setIterState struct {
	s    *Set // nil once exhausted
	used int
	pos  int
	len  int
}

// Type returns setiterator.
func (*SetIter) Type() *Type { return SetIterType }

func newSetIter(t *Thread, s *Set) *SetIter {
	it := &SetIter{}
	n := s.Len(t)
	it.ref.InitFresh(t.tx(), &setIterState{s: s, used: n, len: n})
	return it
}

func setIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*SetIter)
	st := it.ref.Read(t.tx())
	if st.s == nil {
		return nil, nil
	}
	sd := st.s.data(t)
	if st.used != sd.used {
		it.ref.Write(t.tx()).used = -1
		return nil, Errorf(RuntimeError, "Set changed size during iteration")
	}
	if e, i := sd.nextActive(st.pos); e != nil {
		w := it.ref.Write(t.tx())
		w.pos = i + 1
		w.len--
		return e.key, nil
	}
	w := it.ref.Write(t.tx())
	w.s = nil
	w.pos = sd.tmask() + 2
	return nil, nil
}

func setiter_length_hint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	st := self.(*SetIter).ref.Read(t.tx())
	if st.s != nil && st.used == st.s.Len(t) {
		return Int(st.len), nil
	}
	return Int(0), nil
}

// Enumerate is enumerate(sequence, start=0).
type Enumerate struct {
	typ  *Type
	inst *instData
	it   Value
	ref  stm.Ref[enumState]
}

// enumState is enumerate's payload. No Copier: it holds no slice or map,
// and long is replaced, never modified.
type enumState struct {
	index int
	long  *big.Int // the index once it no longer fits an int, else nil
}

// Type returns enumerate (or a subclass).
func (e *Enumerate) Type() *Type { return e.typ }

func (e *Enumerate) instDict(t *Thread) *Dict {
	if e.inst == nil {
		return nil
	}
	return e.inst.ref.Read(t.tx()).dict
}

// NewEnumerate returns enumerate(v, start).
func NewEnumerate(t *Thread, v Value, start int) (*Enumerate, error) {
	return newEnumerate(t, EnumerateType, v, Int(start))
}

func newEnumerate(t *Thread, typ *Type, seq, start Value) (*Enumerate, error) {
	st := &enumState{}
	if start != nil {
		s, err := Index(t, start)
		if err != nil {
			return nil, err
		}
		switch x := s.(type) {
		case Int:
			st.index = int(x)
		case *Long:
			if x.v.IsInt64() {
				st.index = int(x.v.Int64())
			} else {
				st.index = maxInt
				st.long = new(big.Int).Set(x.v)
			}
		}
	}
	it, err := Iter(t, seq)
	if err != nil {
		return nil, err
	}
	e := &Enumerate{typ: typ, inst: newContainerInst(typ), it: it}
	e.ref.Init(st)
	return e, nil
}

func enumerateNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	a, err := argsParse("enumerate", args, kw, []string{"sequence", "start"}, 1)
	if err != nil {
		return nil, err
	}
	return newEnumerate(t, typ, a[0], a[1])
}

func enumerateNext(t *Thread, v Value) (Value, error) {
	e := v.(*Enumerate)
	item, err := Next(t, e.it)
	if err != nil || item == nil {
		return nil, err
	}
	st := e.ref.Read(t.tx())
	if st.index == maxInt {
		w := e.ref.Write(t.tx())
		var idx Value
		if w.long == nil {
			idx = Int(maxInt)
			w.long = new(big.Int).Add(big.NewInt(int64(maxInt)), big.NewInt(1))
		} else {
			idx = NewLong(w.long)
			w.long = new(big.Int).Add(w.long, big.NewInt(1))
		}
		return NewTuple(idx, item), nil
	}
	i := st.index
	e.ref.Write(t.tx()).index++
	return NewTuple(Int(i), item), nil
}

// Reversed is reversed(seq) for a sequence without __reversed__: it
// calls seq[len-1], ..., seq[0].
type Reversed struct {
	typ  *Type
	inst *instData
	ref  stm.Ref[reversedState]
}

// reversedState is reversed's payload. No Copier: it holds no slice or
// map.
type reversedState struct {
	seq   Value // nil once exhausted
	index int
}

// Type returns reversed (or a subclass).
func (r *Reversed) Type() *Type { return r.typ }

func (r *Reversed) instDict(t *Thread) *Dict {
	if r.inst == nil {
		return nil
	}
	return r.inst.ref.Read(t.tx()).dict
}

// pySequenceCheck is CPython's PySequence_Check.
func pySequenceCheck(t *Thread, v Value) bool {
	if _, ok := v.(*OldInstance); ok {
		return HasAttr(t, v, Intern("__getitem__"))
	}
	typ := v.Type()
	return typ.GetItem != nil && !typ.IsSubtype(DictType)
}

// NewReversed returns reversed(seq): seq.__reversed__() when seq has
// one, else an iterator over the sequence from its end.
func NewReversed(t *Thread, seq Value) (Value, error) {
	return newReversed(t, ReversedType, seq)
}

func newReversed(t *Thread, typ *Type, seq Value) (Value, error) {
	var meth Value
	if _, ok := seq.(*OldInstance); ok {
		m, err := GetAttr(t, seq, Intern("__reversed__"))
		if err != nil && !IsInstanceExc(err, AttributeError) {
			return nil, err
		}
		if err == nil {
			return Call(t, m, nil, nil)
		}
	} else if m := seq.Type().Lookup(t, Intern("__reversed__")); m != nil {
		meth = m
	}
	if meth != nil {
		return callDescr(t, meth, seq, nil)
	}
	if !pySequenceCheck(t, seq) {
		return nil, Errorf(TypeError, "argument to reversed() must be a sequence")
	}
	n, err := Len(t, seq)
	if err != nil {
		return nil, err
	}
	r := &Reversed{typ: typ, inst: newContainerInst(typ)}
	r.ref.Init(&reversedState{seq: seq, index: n - 1})
	return r, nil
}

func reversedNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if typ == ReversedType && len(kw) != 0 {
		return nil, Errorf(TypeError, "reversed() does not take keyword arguments")
	}
	if err := unpackArgs("reversed", args, 1, 1); err != nil {
		return nil, err
	}
	return newReversed(t, typ, args[0])
}

func reversedNext(t *Thread, v Value) (Value, error) {
	r := v.(*Reversed)
	st := r.ref.Read(t.tx())
	if st.seq != nil && st.index >= 0 {
		x, err := GetItem(t, st.seq, Int(st.index))
		if err == nil {
			r.ref.Write(t.tx()).index--
			return x, nil
		}
		if !IsInstanceExc(err, IndexError) && !IsInstanceExc(err, StopIteration) {
			return nil, err
		}
	}
	*r.ref.Write(t.tx()) = reversedState{index: -1}
	return nil, nil
}

func reversed_length_hint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	st := self.(*Reversed).ref.Read(t.tx())
	if st.seq == nil {
		return Int(0), nil
	}
	n, err := Len(t, st.seq)
	if err != nil {
		return nil, err
	}
	pos := st.index + 1
	if n < pos {
		return Int(0), nil
	}
	return Int(pos), nil
}

func init() {
	hint := func(typ *Type, fn func(t *Thread, self Value, args, kw []Value) (Value, error)) {
		typ.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: fn,
			Doc: "Private method returning an estimate of len(list(it))."}})
	}
	for _, typ := range []*Type{SeqIterType, CallIterType, ListIterType, ListRevIterType, TupleIterType,
		SetIterType, DictKeyIterType, DictValIterType, DictItemIterType, EnumerateType, ReversedType} {
		typ.Iter = selfIter
	}
	SeqIterType.Next = seqIterNext
	hint(SeqIterType, seqiter_length_hint)
	CallIterType.Next = callIterNext
	ListIterType.Next = listIterNext
	hint(ListIterType, listiter_length_hint)
	ListRevIterType.Next = listRevIterNext
	hint(ListRevIterType, listreviter_length_hint)
	TupleIterType.Next = tupleIterNext
	hint(TupleIterType, tupleiter_length_hint)
	SetIterType.Next = setIterNext
	hint(SetIterType, setiter_length_hint)
	for _, typ := range []*Type{DictKeyIterType, DictValIterType, DictItemIterType} {
		typ.Next = dictIterNext
		hint(typ, dictiter_length_hint)
	}
	EnumerateType.New = enumerateNew
	EnumerateType.Next = enumerateNext
	ReversedType.New = reversedNew
	ReversedType.Next = reversedNext
	hint(ReversedType, reversed_length_hint)
}
