package objects

import (
	"strings"

	"github.com/pystm/pystm/internal/pyhash"
)

// Tuple is a Python tuple. It is immutable.
type Tuple struct {
	elems []Value
}

// Type returns tuple.
func (*Tuple) Type() *Type { return TupleType }

var emptyTuple = &Tuple{}

// NewTuple returns a tuple of elems (which it keeps).
//
// The tuple keeps a copy of elems: a caller may pass a slice it reuses,
// such as the arguments a built-in function receives (they live on the
// caller's value stack and are cleared after the call).
func NewTuple(elems ...Value) *Tuple {
	if len(elems) == 0 {
		return emptyTuple
	}
	return &Tuple{elems: append([]Value(nil), elems...)}
}

// NewTupleOwned returns a tuple of elems, which it takes over: the
// caller must not use the slice afterwards.
func NewTupleOwned(elems []Value) *Tuple {
	if len(elems) == 0 {
		return emptyTuple
	}
	return &Tuple{elems: elems}
}

// NewTupleFrom returns a tuple of a copy of src. A tuple of up to four
// items is one allocation, its items beside it: tuples of two or three
// are made all the time (`return a, b`, `for k, v in ...`).
func NewTupleFrom(src []Value) *Tuple {
	var tu *Tuple
	switch len(src) {
	case 0:
		return emptyTuple
	case 1:
		a := &struct {
			t Tuple
			e [1]Value
		}{}
		a.t.elems, tu = a.e[:], &a.t
	case 2:
		a := &struct {
			t Tuple
			e [2]Value
		}{}
		a.t.elems, tu = a.e[:], &a.t
	case 3:
		a := &struct {
			t Tuple
			e [3]Value
		}{}
		a.t.elems, tu = a.e[:], &a.t
	case 4:
		a := &struct {
			t Tuple
			e [4]Value
		}{}
		a.t.elems, tu = a.e[:], &a.t
	default:
		tu = &Tuple{elems: make([]Value, len(src))}
	}
	copy(tu.elems, src)
	return tu
}

// Elems returns the tuple's items; the caller must not modify them.
func (tu *Tuple) Elems() []Value { return tu.elems }

// Len returns the number of items.
func (tu *Tuple) Len() int { return len(tu.elems) }

// TupleOf returns tuple(v): v itself when it is a tuple, else a tuple of
// the items of iterable v (CPython's PySequence_Tuple).
func TupleOf(t *Thread, v Value) (*Tuple, error) {
	switch x := v.(type) {
	case *Tuple:
		return x, nil
	case *List:
		if x.typ == nil || x.typ == ListType {
			return NewTuple(x.Items(t)...), nil
		}
	}
	items, err := ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	return NewTupleOwned(items), nil
}

// maxSeqItems bounds the size of a sequence built by repetition or
// concatenation; a larger one raises MemoryError, as an allocation
// failure does in CPython.
const maxSeqItems = 1 << 31

// seqSize returns n*m, or MemoryError when it overflows or is too large.
func seqSize(n, m int) (int, error) {
	if n == 0 || m == 0 {
		return 0, nil
	}
	size := n * m
	if size/m != n || size < 0 || size > maxSeqItems {
		return 0, NewException(MemoryError)
	}
	return size, nil
}

func tupleNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	a, err := argsParse("tuple", args, kw, []string{"sequence"}, 0)
	if err != nil {
		return nil, err
	}
	tu := emptyTuple
	if a[0] != nil {
		if tu, err = TupleOf(t, a[0]); err != nil {
			return nil, err
		}
	}
	if typ != TupleType {
		return NewInstance(t, typ, tu), nil
	}
	return tu, nil
}

func tupleRepr(t *Thread, v Value) (Value, error) {
	tu := v.(*Tuple)
	n := len(tu.elems)
	if n == 0 {
		return NewStr("()"), nil
	}
	if t.ReprEnter(tu) {
		return NewStr("(...)"), nil
	}
	defer t.ReprLeave(tu)
	var b strings.Builder
	b.WriteByte('(')
	for i, x := range tu.elems {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := ReprItem(t, x)
		if err != nil {
			return nil, err
		}
		b.WriteString(s.s)
	}
	if n == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

func tupleHash(t *Thread, v Value) (int64, error) {
	tu := v.(*Tuple)
	var buf [8]int64
	hs := buf[:0]
	// Nested tuples hash recursively: only the Go stack bounds it.
	if err := enterNesting(t); err != nil {
		return 0, err
	}
	for _, x := range tu.elems {
		h, err := Hash(t, x)
		if err != nil {
			leaveNesting(t)
			return 0, err
		}
		hs = append(hs, h)
	}
	leaveNesting(t)
	return pyhash.Tuple(hs), nil
}

// asTuple returns the tuple behind v (a tuple or a tuple subclass
// instance), or nil.
func asTuple(v Value) *Tuple {
	switch x := v.(type) {
	case *Tuple:
		return x
	case *Instance:
		if tu, ok := x.base.(*Tuple); ok {
			return tu
		}
	}
	return nil
}

// seqCompare compares two sequences item by item as CPython's list and
// tuple rich comparisons do; lenA and lenB are re-read after each item
// comparison since a list may change meanwhile.
func seqCompare(t *Thread, op Cmp, lenA, lenB func() int, at func(i int) (Value, Value, bool)) (Value, error) {
	if lenA() != lenB() && (op == EQ || op == NE) {
		return NewBool(op == NE), nil
	}
	i := 0
	for ; i < lenA() && i < lenB(); i++ {
		x, y, ok := at(i)
		if !ok {
			break
		}
		eq, err := Equal(t, x, y)
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= lenA() || i >= lenB() {
		return NewBool(cmpOrdered(lenA(), lenB(), op)), nil
	}
	switch op {
	case EQ:
		return False, nil
	case NE:
		return True, nil
	}
	x, y, _ := at(i)
	return RichCompare(t, x, y, op)
}

func tupleCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	x, y := asTuple(a), asTuple(b)
	if x == nil || y == nil {
		return NotImplemented, nil
	}
	return seqCompare(t, op, func() int { return len(x.elems) }, func() int { return len(y.elems) },
		func(i int) (Value, Value, bool) { return x.elems[i], y.elems[i], true })
}

func tupleLen(t *Thread, v Value) (int, error) { return len(v.(*Tuple).elems), nil }

func tupleGetItem(t *Thread, v, key Value) (Value, error) {
	tu := v.(*Tuple)
	if i, ok := key.(Int); ok {
		if i < 0 {
			i += Int(len(tu.elems))
		}
		if i < 0 || int(i) >= len(tu.elems) {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		return tu.elems[i], nil
	}
	i, ok, err := subscriptIndex(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		if i < 0 {
			i += len(tu.elems)
		}
		if i < 0 || i >= len(tu.elems) {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		return tu.elems[i], nil
	}
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(t, len(tu.elems))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if start == 0 && n == len(tu.elems) {
				return tu, nil
			}
			return NewTuple(tu.elems[start : start+n]...), nil
		}
		items := make([]Value, n)
		for j := range items {
			items[j] = tu.elems[start+j*step]
		}
		return NewTupleOwned(items), nil
	}
	return nil, Errorf(TypeError, "tuple indices must be integers, not %s", key.Type().Name)
}

// clampSimpleSlice clamps the bounds of a simple slice a[lo:hi] of a
// sequence of length n as the sq_slice implementations do.
func clampSimpleSlice(lo, hi, n int) (int, int) {
	if lo < 0 {
		lo = 0
	} else if lo > n {
		lo = n
	}
	if hi < lo {
		hi = lo
	} else if hi > n {
		hi = n
	}
	return lo, hi
}

func tupleGetSlice(t *Thread, v Value, lo, hi int) (Value, error) {
	tu := v.(*Tuple)
	lo, hi = clampSimpleSlice(lo, hi, len(tu.elems))
	if lo == 0 && hi == len(tu.elems) {
		return tu, nil
	}
	return NewTuple(tu.elems[lo:hi]...), nil
}

func tupleContains(t *Thread, v, x Value) (bool, error) {
	for _, y := range v.(*Tuple).elems {
		eq, err := Equal(t, x, y)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func tupleConcat(t *Thread, a, b Value) (Value, error) {
	x, y := asTuple(a), asTuple(b)
	if x == nil || y == nil {
		return nil, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
	}
	if _, err := seqSize(len(x.elems)+len(y.elems), 1); err != nil {
		return nil, err
	}
	items := make([]Value, 0, len(x.elems)+len(y.elems))
	items = append(items, x.elems...)
	items = append(items, y.elems...)
	return NewTupleOwned(items), nil
}

func tupleRepeat(t *Thread, v Value, n int) (Value, error) {
	tu := v.(*Tuple)
	if n < 0 {
		n = 0
	}
	if len(tu.elems) == 0 || n == 1 {
		return tu, nil
	}
	size, err := seqSize(len(tu.elems), n)
	if err != nil {
		return nil, err
	}
	items := make([]Value, 0, size)
	for i := 0; i < n; i++ {
		items = append(items, tu.elems...)
	}
	return NewTupleOwned(items), nil
}

func tuple_index(t *Thread, self Value, args, kw []Value) (Value, error) {
	tu := Unwrap(self).(*Tuple)
	if err := argsNoKw("index", kw); err != nil {
		return nil, err
	}
	start, stop, err := indexBounds(t, "index", args, len(tu.elems))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(tu.elems); i++ {
		eq, err := Equal(t, tu.elems[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
}

// indexBounds parses the (x, [start, [stop]]) arguments of list.index and
// tuple.index and clips start and stop to a sequence of length n.
func indexBounds(t *Thread, name string, args []Value, n int) (start, stop int, err error) {
	if len(args) < 1 {
		return 0, 0, Errorf(TypeError, "%s() takes at least 1 argument (%d given)", name, len(args))
	}
	if len(args) > 3 {
		return 0, 0, Errorf(TypeError, "%s() takes at most 3 arguments (%d given)", name, len(args))
	}
	stop = n
	conv := func(v Value) (int, error) {
		if v == None {
			return 0, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
		}
		i, err := SliceIndex(t, v)
		if err != nil && IsInstanceExc(err, TypeError) {
			return 0, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
		}
		return i, err
	}
	if len(args) > 1 {
		if start, err = conv(args[1]); err != nil {
			return
		}
	}
	if len(args) > 2 {
		if stop, err = conv(args[2]); err != nil {
			return
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	return start, stop, nil
}

func tuple_count(t *Thread, self Value, args, kw []Value) (Value, error) {
	tu := Unwrap(self).(*Tuple)
	if err := argsOne("count", args, kw); err != nil {
		return nil, err
	}
	n := 0
	for _, x := range tu.elems {
		eq, err := Equal(t, x, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

func tuple_getnewargs(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	return NewTuple(Unwrap(self).(*Tuple)), nil
}

func init() {
	TupleType.New = tupleNew
	TupleType.Repr = tupleRepr
	TupleType.Hash = tupleHash
	TupleType.Compare = tupleCompare
	TupleType.Len = tupleLen
	TupleType.GetItem = tupleGetItem
	TupleType.GetSlice = tupleGetSlice
	TupleType.Contains = tupleContains
	TupleType.Concat = tupleConcat
	TupleType.Repeat = tupleRepeat
	TupleType.Iter = func(t *Thread, v Value) (Value, error) { return newTupleIter(t, v.(*Tuple)), nil }
	TupleType.AddMethods([]MethodDef{
		{Name: "index", Fn: tuple_index},
		{Name: "count", Fn: tuple_count},
		{Name: "__getnewargs__", Fn: tuple_getnewargs},
	})
}

// Argument helpers shared by the container types, with the messages of
// CPython's argument parsers.

// unpackArgs checks a positional argument count as PyArg_UnpackTuple does.
func unpackArgs(name string, args []Value, min, max int) error {
	n := len(args)
	if n < min {
		at := "at least "
		if min == max {
			at = ""
		}
		return Errorf(TypeError, "%s expected %s%d arguments, got %d", name, at, min, n)
	}
	if n > max {
		at := "at most "
		if min == max {
			at = ""
		}
		return Errorf(TypeError, "%s expected %s%d arguments, got %d", name, at, max, n)
	}
	return nil
}

// argsNoKw refuses keyword arguments to a method taking positional ones.
func argsNoKw(name string, kw []Value) error {
	if len(kw) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// argsOne checks the argument of a method taking exactly one (METH_O).
func argsOne(name string, args, kw []Value) error {
	if err := argsNoKw(name, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// argsNone checks that a method taking no arguments got none (METH_NOARGS).
func argsNone(name string, args, kw []Value) error {
	if err := argsNoKw(name, kw); err != nil {
		return err
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// argsParse matches positional and keyword arguments to names as
// PyArg_ParseTupleAndKeywords does, the first min being required. The
// result has one entry per name, nil where the argument was not given.
func argsParse(fname string, args, kw []Value, names []string, min int) ([]Value, error) {
	return ParseTupleKw(fname, args, kw, min, names, nil)
}

// clongArg converts an argument given for an "l" or "n" format as
// PyInt_AsLong does: ints and longs, or an object with __int__; floats
// are refused.
func clongArg(t *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolInt(x)), nil
	case *Long:
		if !x.v.IsInt64() {
			return 0, Errorf(OverflowError, "Python int too large to convert to C long")
		}
		return int(x.v.Int64()), nil
	case Float:
		return 0, Errorf(TypeError, "integer argument expected, got float")
	}
	if u := Unwrap(v); u != v {
		if _, ok := u.(Float); ok {
			return 0, Errorf(TypeError, "integer argument expected, got float")
		}
		if _, ok := u.(Int); ok {
			return int(u.(Int)), nil
		}
	}
	n := v.Type().Number
	if n == nil || n.Int == nil {
		return 0, Errorf(TypeError, "an integer is required")
	}
	r, err := n.Int(t, v)
	if err != nil {
		return 0, err
	}
	switch Unwrap(r).(type) {
	case Int, Bool, *Long:
		return clongArg(t, Unwrap(r))
	}
	return 0, Errorf(TypeError, "nb_int should return int object")
}

// cintArg converts an argument given for an "i" format (a C int).
func cintArg(t *Thread, v Value) (int, error) {
	i, err := clongArg(t, v)
	if err != nil {
		return 0, err
	}
	if i > 1<<31-1 {
		return 0, Errorf(OverflowError, "signed integer is greater than maximum")
	}
	if i < -1<<31 {
		return 0, Errorf(OverflowError, "signed integer is less than minimum")
	}
	return i, nil
}
