package objects

import "fmt"

// Slice is a slice object, slice(start, stop, step). It is immutable.
type Slice struct {
	start, stop, step Value
}

// Type returns slice.
func (*Slice) Type() *Type { return SliceType }

// NewSlice returns slice(start, stop, step); a nil bound is None.
func NewSlice(start, stop, step Value) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{start, stop, step}
}

// Start returns the slice's start (None when omitted).
func (sl *Slice) Start() Value { return sl.start }

// Stop returns the slice's stop (None when omitted).
func (sl *Slice) Stop() Value { return sl.stop }

// Step returns the slice's step (None when omitted).
func (sl *Slice) Step() Value { return sl.step }

// Unpack converts the slice's bounds to ints as CPython's PySlice_Unpack
// does: omitted bounds become the extremes for the step's direction, and
// the step is never 0 nor the most negative int.
func (sl *Slice) Unpack(t *Thread) (start, stop, step int, err error) {
	step = 1
	if sl.step != None {
		if step, err = SliceIndex(t, sl.step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, Errorf(ValueError, "slice step cannot be zero")
		}
		if step < -maxInt {
			step = -maxInt
		}
	}
	if sl.start == None {
		if step < 0 {
			start = maxInt
		}
	} else if start, err = SliceIndex(t, sl.start); err != nil {
		return
	}
	if sl.stop == None {
		if step < 0 {
			stop = minInt
		} else {
			stop = maxInt
		}
	} else if stop, err = SliceIndex(t, sl.stop); err != nil {
		return
	}
	return start, stop, step, nil
}

// AdjustSliceIndices clips start and stop to a sequence of length n as
// CPython's PySlice_AdjustIndices does and returns the number of items
// the slice selects.
func AdjustSliceIndices(n int, start, stop *int, step int) int {
	if *start < 0 {
		*start += n
		if *start < 0 {
			if step < 0 {
				*start = -1
			} else {
				*start = 0
			}
		}
	} else if *start >= n {
		if step < 0 {
			*start = n - 1
		} else {
			*start = n
		}
	}
	if *stop < 0 {
		*stop += n
		if *stop < 0 {
			if step < 0 {
				*stop = -1
			} else {
				*stop = 0
			}
		}
	} else if *stop >= n {
		if step < 0 {
			*stop = n - 1
		} else {
			*stop = n
		}
	}
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// Indices returns the slice's bounds for a sequence of length n and the
// number of items it selects (CPython's PySlice_GetIndicesEx).
func (sl *Slice) Indices(t *Thread, n int) (start, stop, step, count int, err error) {
	start, stop, step, err = sl.Unpack(t)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	count = AdjustSliceIndices(n, &start, &stop, step)
	return start, stop, step, count, nil
}

// SliceIndex converts a slice bound to an int as CPython's
// _PyEval_SliceIndex does: ints, longs (clipped to the int range) and
// objects with __index__ are accepted.
func SliceIndex(t *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolInt(x)), nil
	case *Long:
		return clipLong(x), nil
	}
	if n := v.Type().Number; n == nil || n.Index == nil {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return IndexOf(t, v)
}

func clipLong(x *Long) int {
	if x.v.IsInt64() {
		return int(x.v.Int64())
	}
	if x.v.Sign() < 0 {
		return minInt
	}
	return maxInt
}

// asSsize converts v with __index__ to an int as CPython's
// PyNumber_AsSsize_t does: a value out of range raises exc, or is
// clipped when exc is nil.
func asSsize(t *Thread, v Value, exc *Type) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolInt(x)), nil
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	switch x := r.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolInt(x)), nil
	case *Long:
		if x.v.IsInt64() || exc == nil {
			return clipLong(x), nil
		}
		return 0, Errorf(exc, "cannot fit '%s' into an index-sized integer", v.Type().Name)
	}
	return 0, Errorf(TypeError, "__index__ returned non-(int,long) (type %s)", r.Type().Name)
}

// subscriptIndex converts the index of a sequence subscript (x[i]) as
// PyNumber_AsSsize_t(i, IndexError) does; ok is false when key is not an
// index at all.
func subscriptIndex(t *Thread, key Value) (i int, ok bool, err error) {
	switch x := key.(type) {
	case Int:
		return int(x), true, nil
	case Bool:
		return int(boolInt(x)), true, nil
	case *Long:
		if x.v.IsInt64() {
			return int(x.v.Int64()), true, nil
		}
		return 0, true, Errorf(IndexError, "cannot fit 'long' into an index-sized integer")
	case *Slice:
		return 0, false, nil
	}
	if n := key.Type().Number; n != nil && n.Index != nil {
		i, err := asSsize(t, key, IndexError)
		return i, true, err
	}
	return 0, false, nil
}

func sliceNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "slice() does not take keyword arguments")
	}
	if err := unpackArgs("slice", args, 1, 3); err != nil {
		return nil, err
	}
	switch len(args) {
	case 1:
		return NewSlice(None, args[0], None), nil
	case 2:
		return NewSlice(args[0], args[1], None), nil
	}
	return NewSlice(args[0], args[1], args[2]), nil
}

func sliceRepr(t *Thread, v Value) (Value, error) {
	sl := v.(*Slice)
	var parts [3]string
	for i, x := range [3]Value{sl.start, sl.stop, sl.step} {
		s, err := ReprString(t, x)
		if err != nil {
			return nil, err
		}
		parts[i] = s
	}
	return NewStr(fmt.Sprintf("slice(%s, %s, %s)", parts[0], parts[1], parts[2])), nil
}

func sliceCmp(t *Thread, a, b Value) (Value, error) {
	x, ok1 := a.(*Slice)
	y, ok2 := b.(*Slice)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if x == y {
		return Int(0), nil
	}
	for _, p := range [3][2]Value{{x.start, y.start}, {x.stop, y.stop}, {x.step, y.step}} {
		c, err := Compare3(t, p[0], p[1])
		if err != nil || c != 0 {
			return Int(c), err
		}
	}
	return Int(0), nil
}

func slice_indices(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("indices", args, kw); err != nil {
		return nil, err
	}
	n, err := asSsize(t, args[0], OverflowError)
	if err != nil {
		return nil, err
	}
	start, stop, step, _, err := self.(*Slice).Indices(t, n)
	if err != nil {
		return nil, err
	}
	return NewTuple(Int(start), Int(stop), Int(step)), nil
}

func slice_reduce(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__reduce__", args, kw); err != nil {
		return nil, err
	}
	sl := self.(*Slice)
	return NewTuple(SliceType, NewTuple(sl.start, sl.stop, sl.step)), nil
}

func init() {
	SliceType.New = sliceNew
	SliceType.Repr = sliceRepr
	SliceType.Cmp3 = sliceCmp
	SliceType.Hash = func(t *Thread, v Value) (int64, error) {
		return 0, Errorf(TypeError, "unhashable type")
	}
	SliceType.AddMethods([]MethodDef{
		{Name: "indices", Fn: slice_indices},
		{Name: "__reduce__", Fn: slice_reduce},
	})
	SliceType.AddGetSets([]GetSet{
		{Name: "start", Member: true, Get: func(t *Thread, self Value) (Value, error) { return self.(*Slice).start, nil }},
		{Name: "stop", Member: true, Get: func(t *Thread, self Value) (Value, error) { return self.(*Slice).stop, nil }},
		{Name: "step", Member: true, Get: func(t *Thread, self Value) (Value, error) { return self.(*Slice).step, nil }},
	})
}
