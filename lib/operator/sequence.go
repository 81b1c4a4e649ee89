package operator

import (
	"math"
	"strings"

	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// This file holds the sequence functions (concat, repeat, indexOf,
// getslice, ...) and the type predicates, as CPython 2.7's abstract
// object layer defines them.

// isSequence is PySequence_Check: an old-style instance with a
// __getitem__, or an object whose type indexes by position (dicts and
// their subclasses excluded).
func isSequence(t *o.Thread, v o.Value) bool {
	if _, ok := v.(*o.OldInstance); ok {
		return o.HasAttr(t, v, o.Intern("__getitem__"))
	}
	typ := v.Type()
	if typ.GetItem == nil || typ.IsSubtype(o.DictType) {
		return false
	}
	return !hasBase(typ, "dictproxy")
}

// isMapping is PyMapping_Check: an old-style instance with a
// __getitem__, or an object whose type has a subscript that is not that
// of a sequence with a simple-slice slot (str, list, tuple, ...) nor
// only a positional one (xrange, deque).
func isMapping(t *o.Thread, v o.Value) bool {
	if _, ok := v.(*o.OldInstance); ok {
		return o.HasAttr(t, v, o.Intern("__getitem__"))
	}
	typ := v.Type()
	if typ.GetItem == nil || typ.GetSlice != nil {
		return false
	}
	for _, b := range []*o.Type{o.StrType, o.UnicodeType, o.ListType, o.TupleType, o.BufferType} {
		if typ.IsSubtype(b) {
			return false
		}
	}
	return !positionalOnly(typ) && !hasBase(typ, "array.array")
}

// positionalOnly reports whether typ indexes only by position, with no
// subscript taking other keys (slices included): CPython's types with
// sq_item and no mp_subscript.
func positionalOnly(typ *o.Type) bool {
	return typ.IsSubtype(o.XRangeType) || hasBase(typ, "collections.deque")
}

// hasBase reports whether a built-in type named one of names is in
// typ's MRO (for types defined in packages this one does not import).
func hasBase(typ *o.Type, names ...string) bool {
	for _, m := range typ.MRO {
		if m.IsHeap() {
			continue
		}
		for _, n := range names {
			if m.Name == n {
				return true
			}
		}
	}
	return false
}

// isNumber is PyNumber_Check: the type converts to int or float.
func isNumber(v o.Value) bool {
	n := v.Type().Number
	return n != nil && (n.Int != nil || n.Float != nil)
}

// concat is PySequence_Concat: the sequence's own +, or the numeric +
// when both operands are sequences.
func concat(t *o.Thread, a, b o.Value) (o.Value, error) {
	if c := a.Type().Concat; c != nil {
		return c(t, a, b)
	}
	if isSequence(t, a) && isSequence(t, b) {
		r, err := numberOnly(t, a, b, o.OpAdd, false)
		if err != nil || r != nil {
			return r, err
		}
	}
	return nil, o.Errorf(o.TypeError, "'%s' object can't be concatenated", a.Type().Name)
}

// iconcat is PySequence_InPlaceConcat.
func iconcat(t *o.Thread, a, b o.Value) (o.Value, error) {
	typ := a.Type()
	if c := typ.IConcat; c != nil {
		return c(t, a, b)
	}
	if c := typ.Concat; c != nil {
		return c(t, a, b)
	}
	if isSequence(t, a) && isSequence(t, b) {
		r, err := numberOnly(t, a, b, o.OpAdd, true)
		if err != nil || r != nil {
			return r, err
		}
	}
	return nil, o.Errorf(o.TypeError, "'%s' object can't be concatenated", a.Type().Name)
}

// repeat is PySequence_Repeat.
func repeat(t *o.Thread, a o.Value, n int) (o.Value, error) {
	if r := a.Type().Repeat; r != nil {
		return r(t, a, n)
	}
	if isSequence(t, a) {
		r, err := numberOnly(t, a, o.Int(n), o.OpMul, false)
		if err != nil || r != nil {
			return r, err
		}
	}
	return nil, o.Errorf(o.TypeError, "'%s' object can't be repeated", a.Type().Name)
}

// irepeat is PySequence_InPlaceRepeat.
func irepeat(t *o.Thread, a o.Value, n int) (o.Value, error) {
	typ := a.Type()
	if r := typ.IRepeat; r != nil {
		return r(t, a, n)
	}
	if r := typ.Repeat; r != nil {
		return r(t, a, n)
	}
	if isSequence(t, a) {
		r, err := numberOnly(t, a, o.Int(n), o.OpMul, true)
		if err != nil || r != nil {
			return r, err
		}
	}
	return nil, o.Errorf(o.TypeError, "'%s' object can't be repeated", a.Type().Name)
}

// numberOnly applies the numeric slots of op to a and b (the in-place
// one first when inPlace), and returns nil when neither handles them.
// It never falls back on the sequence slots, as CPython's binary_op1
// does not.
func numberOnly(t *o.Thread, a, b o.Value, op o.BinOp, inPlace bool) (o.Value, error) {
	var r o.Value
	var err error
	if inPlace {
		r, err = o.InplaceOp(t, a, b, op)
	} else {
		r, err = o.BinaryOp(t, a, b, op)
	}
	if err != nil && o.IsInstanceExc(err, o.TypeError) && isUnsupported(err) {
		return nil, nil
	}
	return r, err
}

// isUnsupported reports whether err is the "unsupported operand type(s)"
// TypeError that means no slot handled the operands.
func isUnsupported(err error) bool {
	s, ok := o.AsString(argOf(o.AsException(err)))
	return ok && strings.HasPrefix(s, "unsupported operand type(s) for ")
}

func argOf(e *o.Exception) o.Value {
	if be, ok := e.Value.(*o.BaseExc); ok {
		if args := be.Args(nil); args != nil && args.Len() == 1 {
			return args.Elems()[0]
		}
	}
	return nil
}

// iterSearch walks iterable seq comparing each item with x, as
// CPython's _PySequence_IterSearch does; fn is told of each match and
// returns false to stop.
func iterSearch(t *o.Thread, seq, x o.Value, fn func(i int) bool) error {
	it, err := o.Iter(t, seq)
	if err != nil {
		if o.IsInstanceExc(err, o.TypeError) {
			return o.Errorf(o.TypeError, "argument of type '%s' is not iterable", seq.Type().Name)
		}
		return err
	}
	for i := 0; ; i++ {
		item, err := o.Next(t, it)
		if err != nil || item == nil {
			return err
		}
		eq, err := o.Equal(t, item, x)
		if err != nil {
			return err
		}
		if eq && !fn(i) {
			return nil
		}
	}
}

func indexOf(t *o.Thread, a, b o.Value) (o.Value, error) {
	found := -1
	if err := iterSearch(t, a, b, func(i int) bool { found = i; return false }); err != nil {
		return nil, err
	}
	if found < 0 {
		return nil, o.Errorf(o.ValueError, "sequence.index(x): x not in sequence")
	}
	return o.Int(found), nil
}

func countOf(t *o.Thread, a, b o.Value) (o.Value, error) {
	n := 0
	if err := iterSearch(t, a, b, func(int) bool { n++; return true }); err != nil {
		return nil, err
	}
	return o.Int(n), nil
}

// cInt converts v as the "i" argument format does (a C int).
func cInt(t *o.Thread, v o.Value) (int, error) {
	n, err := o.AsInt(t, v)
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt32 {
		return 0, o.Errorf(o.OverflowError, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, o.Errorf(o.OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

func repeatDef(fname string, fn func(t *o.Thread, a o.Value, n int) (o.Value, error)) func(string) o.MethodDef {
	return func(name string) o.MethodDef {
		return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := exactArgs(name, fname, args, kw, 2); err != nil {
				return nil, err
			}
			n, err := cInt(t, args[1])
			if err != nil {
				return nil, err
			}
			return fn(t, args[0], n)
		})
	}
}

func setitemDef(name string) o.MethodDef {
	return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := modutil.NoKw(name, kw); err != nil {
			return nil, err
		}
		if err := modutil.UnpackArgs("op_setitem", args, 3, 3); err != nil {
			return nil, err
		}
		return o.None, o.SetItem(t, args[0], args[1], args[2])
	})
}

// sliceBounds converts the two "n" bounds of getslice and its kin (as
// CPython 2.7's "n" format does: through __int__, floats refused).
func sliceBounds(t *o.Thread, lo, hi o.Value) (int, int, error) {
	i, err := o.AsInt(t, lo)
	if err != nil {
		return 0, 0, err
	}
	j, err := o.AsInt(t, hi)
	return int(i), int(j), err
}

// adjustBounds makes negative bounds relative to the end, as CPython
// does before calling a simple-slice slot.
func adjustBounds(t *o.Thread, v o.Value, i, j int) (int, int, error) {
	if (i < 0 || j < 0) && v.Type().Len != nil {
		n, err := o.Len(t, v)
		if err != nil {
			return 0, 0, err
		}
		if i < 0 {
			i += n
		}
		if j < 0 {
			j += n
		}
	}
	return i, j, nil
}

func newSlice(i, j int) o.Value { return o.NewSlice(o.Int(i), o.Int(j), o.None) }

func getsliceDef(name string) o.MethodDef {
	return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := exactArgs(name, "getslice", args, kw, 3); err != nil {
			return nil, err
		}
		i, j, err := sliceBounds(t, args[1], args[2])
		if err != nil {
			return nil, err
		}
		v := args[0]
		typ := v.Type()
		if typ.GetSlice != nil {
			if i, j, err = adjustBounds(t, v, i, j); err != nil {
				return nil, err
			}
			return typ.GetSlice(t, v, i, j)
		}
		if typ.GetItem != nil && !positionalOnly(typ) {
			return typ.GetItem(t, v, newSlice(i, j))
		}
		return nil, o.Errorf(o.TypeError, "'%s' object is unsliceable", typ.Name)
	})
}

// assignSlice is PySequence_SetSlice (val nil: PySequence_DelSlice).
func assignSlice(t *o.Thread, v o.Value, i, j int, val o.Value) error {
	typ := v.Type()
	if typ.SetSlice != nil {
		i, j, err := adjustBounds(t, v, i, j)
		if err != nil {
			return err
		}
		return typ.SetSlice(t, v, i, j, val)
	}
	if typ.SetItem != nil && !positionalOnly(typ) {
		return typ.SetItem(t, v, newSlice(i, j), val)
	}
	if val == nil {
		return o.Errorf(o.TypeError, "'%s' object doesn't support slice deletion", typ.Name)
	}
	return o.Errorf(o.TypeError, "'%s' object doesn't support slice assignment", typ.Name)
}

func setsliceDef(name string) o.MethodDef {
	return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := exactArgs(name, "setslice", args, kw, 4); err != nil {
			return nil, err
		}
		i, j, err := sliceBounds(t, args[1], args[2])
		if err != nil {
			return nil, err
		}
		return o.None, assignSlice(t, args[0], i, j, args[3])
	})
}

func delsliceDef(name string) o.MethodDef {
	return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := exactArgs(name, "delslice", args, kw, 3); err != nil {
			return nil, err
		}
		i, j, err := sliceBounds(t, args[1], args[2])
		if err != nil {
			return nil, err
		}
		return o.None, assignSlice(t, args[0], i, j, nil)
	})
}

// compareDigestDef is _compare_digest(a, b): equality of two strings or
// byte buffers, in time that depends only on the length of b.
func compareDigestDef(name string) o.MethodDef {
	return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := exactArgs(name, "compare_digest", args, kw, 2); err != nil {
			return nil, err
		}
		a, b := args[0], args[1]
		ua, aIsU := o.Unwrap(a).(*o.Unicode)
		ub, bIsU := o.Unwrap(b).(*o.Unicode)
		if aIsU && bIsU {
			return o.NewBool(constantTimeEqual(runeBytes(ua.Runes()), runeBytes(ub.Runes()))), nil
		}
		ba, aok := newStyleBuffer(t, a)
		bb, bok := newStyleBuffer(t, b)
		if !aok && !bok {
			return nil, o.Errorf(o.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		if !aok {
			return nil, o.Errorf(o.TypeError, "'%s' does not have the buffer interface", a.Type().Name)
		}
		if !bok {
			return nil, o.Errorf(o.TypeError, "'%s' does not have the buffer interface", b.Type().Name)
		}
		return o.NewBool(constantTimeEqual(ba, bb)), nil
	})
}

// newStyleBuffer returns the bytes of an object that has CPython 2.7's
// new-style buffer interface (str and bytearray; unicode and buffer
// objects have only the old one).
func newStyleBuffer(t *o.Thread, v o.Value) ([]byte, bool) {
	if s, ok := o.AsString(v); ok {
		return []byte(s), true
	}
	if b, ok := v.(*o.ByteArray); ok {
		return b.Bytes(t), true
	}
	return nil, false
}

func runeBytes(r []rune) []byte {
	out := make([]byte, 0, 4*len(r))
	for _, c := range r {
		out = append(out, byte(c), byte(c>>8), byte(c>>16), byte(c>>24))
	}
	return out
}

// constantTimeEqual compares a and b touching every byte of b whatever
// their contents.
func constantTimeEqual(a, b []byte) bool {
	left := a
	var result byte
	if len(a) != len(b) {
		left = b
		result = 1
	}
	for i := range b {
		result |= left[i] ^ b[i]
	}
	return result == 0
}
