package objects

import (
	"fmt"

	"github.com/pystm/pystm/stm"
)

// XRange is xrange(start, stop, step): an immutable arithmetic sequence
// of machine ints, kept as CPython keeps it (start, step and length).
type XRange struct {
	start, step, n int
}

// Type returns xrange.
func (*XRange) Type() *Type { return XRangeType }

// RangeIterType is the type of xrange iterators.
var RangeIterType = NewBuiltinType("rangeiterator", ObjectType, FlagIterSelf)

// rangeLen is get_len_of_range for lo < hi, step > 0, in unsigned
// arithmetic.
func rangeLen(lo, hi, step int) uint64 {
	if lo >= hi {
		return 0
	}
	return (uint64(hi)-uint64(lo)-1)/uint64(step) + 1
}

// NewXRange returns xrange(start, stop, step), or the errors CPython
// raises for a zero step or too many items.
func NewXRange(start, stop, step int) (*XRange, error) {
	if step == 0 {
		return nil, Errorf(ValueError, "xrange() arg 3 must not be zero")
	}
	var n uint64
	if step > 0 {
		n = rangeLen(start, stop, step)
	} else {
		n = rangeLen(stop, start, -step)
	}
	if n > uint64(maxInt) {
		return nil, Errorf(OverflowError, "xrange() result has too many items")
	}
	return &XRange{start: start, step: step, n: int(n)}, nil
}

// Len returns the number of items.
func (r *XRange) Len() int { return r.n }

// At returns the i'th item for 0 <= i < Len.
func (r *XRange) At(i int) int { return r.start + i*r.step }

func xrangeNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "xrange() does not take keyword arguments")
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeError, "xrange() requires 1-3 int arguments")
	}
	var v [3]int
	for i, a := range args {
		x, err := clongArg(t, a)
		if err != nil {
			return nil, err
		}
		v[i] = x
	}
	switch len(args) {
	case 1:
		return NewXRange(0, v[0], 1)
	case 2:
		return NewXRange(v[0], v[1], 1)
	}
	return NewXRange(v[0], v[1], v[2])
}

func xrangeRepr(t *Thread, v Value) (Value, error) {
	r := v.(*XRange)
	stop := r.start + r.n*r.step
	switch {
	case r.start == 0 && r.step == 1:
		return NewStr(fmt.Sprintf("xrange(%d)", stop)), nil
	case r.step == 1:
		return NewStr(fmt.Sprintf("xrange(%d, %d)", r.start, stop)), nil
	}
	return NewStr(fmt.Sprintf("xrange(%d, %d, %d)", r.start, stop, r.step)), nil
}

func xrangeLen(t *Thread, v Value) (int, error) { return v.(*XRange).n, nil }

func xrangeGetItem(t *Thread, v, key Value) (Value, error) {
	r := v.(*XRange)
	i, ok, err := subscriptIndex(t, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	if i < 0 {
		i += r.n
	}
	if i < 0 || i >= r.n {
		return nil, Errorf(IndexError, "xrange object index out of range")
	}
	return Int(r.At(i)), nil
}

func xrange_reversed(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__reversed__", args, kw); err != nil {
		return nil, err
	}
	r := self.(*XRange)
	return newRangeIter(t, r.start+(r.n-1)*r.step, -r.step, r.n), nil
}

func xrange_reduce(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__reduce__", args, kw); err != nil {
		return nil, err
	}
	r := self.(*XRange)
	return NewTuple(XRangeType, NewTuple(Int(r.start), Int(r.start+r.n*r.step), Int(r.step))), nil
}

// RangeIter iterates over an xrange.
type RangeIter struct {
	start, step, n int
	ref            stm.Ref[rangeIterState]
}

// rangeIterState is an xrange iterator's payload. No Copier: it holds no
// slice or map.
type rangeIterState struct{ i int }

// Type returns rangeiterator.
func (*RangeIter) Type() *Type { return RangeIterType }

func newRangeIter(t *Thread, start, step, n int) *RangeIter {
	it := &RangeIter{start: start, step: step, n: n}
	it.ref.InitFresh(t.tx(), &rangeIterState{})
	return it
}

func rangeIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*RangeIter)
	st := it.ref.Read(t.tx())
	if st.i < it.n {
		x := it.start + st.i*it.step
		it.ref.Write(t.tx()).i++
		return t.NewInt(int64(x)), nil
	}
	return nil, nil
}

func rangeiter_length_hint(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	it := self.(*RangeIter)
	return Int(it.n - it.ref.Read(t.tx()).i), nil
}

func init() {
	XRangeType.New = xrangeNew
	XRangeType.Repr = xrangeRepr
	XRangeType.Len = xrangeLen
	XRangeType.GetItem = xrangeGetItem
	XRangeType.Iter = func(t *Thread, v Value) (Value, error) {
		r := v.(*XRange)
		return newRangeIter(t, r.start, r.step, r.n), nil
	}
	XRangeType.AddMethods([]MethodDef{
		{Name: "__reversed__", Fn: xrange_reversed},
		{Name: "__reduce__", Fn: xrange_reduce},
	})
	RangeIterType.Iter = selfIter
	RangeIterType.Next = rangeIterNext
	RangeIterType.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: rangeiter_length_hint,
		Doc: "Private method returning an estimate of len(list(it))."}})
}
