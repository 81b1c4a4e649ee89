package interp

import (
	"math/big"
	"strings"

	o "github.com/pystm/pystm/objects"
)

// The builtins that consume iterables: range, map, filter, zip, reduce,
// sum, min, max and sorted, with the argument handling and messages of
// CPython 2.7's bltinmodule.c.

func init() {
	addBuiltins(
		bf("range", builtinRange),
		bf("map", builtinMap),
		bf("filter", builtinFilter),
		bf("zip", builtinZip),
		bf("reduce", Reduce),
		bf("sum", builtinSum),
		bf("max", func(t *o.Thread, args, kw []o.Value) (o.Value, error) { return minMax(t, args, kw, "max", o.GT) }),
		bf("min", func(t *o.Thread, args, kw []o.Value) (o.Value, error) { return minMax(t, args, kw, "min", o.LT) }),
		bf("sorted", builtinSorted),
	)
}

// lengthHint is CPython's _PyObject_LengthHint: len(v) when v has one,
// else v.__length_hint__(); known is false when neither answers. Only
// errors other than TypeError and AttributeError are returned.
func lengthHint(t *o.Thread, v o.Value) (n int, known bool, err error) {
	ignorable := func(err error) bool {
		return o.IsInstanceExc(err, o.TypeError) || o.IsInstanceExc(err, o.AttributeError)
	}
	if v.Type().Len != nil {
		n, err := v.Type().Len(t, v)
		if err == nil {
			return n, true, nil
		}
		if !ignorable(err) {
			return 0, false, err
		}
	}
	if _, ok := v.(*o.OldInstance); ok {
		return 0, false, nil
	}
	m := v.Type().LookupString(t, "__length_hint__")
	if m == nil {
		return 0, false, nil
	}
	r, err := o.CallMethod(t, v, "__length_hint__")
	if err != nil {
		if ignorable(err) {
			return 0, false, nil
		}
		return 0, false, err
	}
	if num := r.Type().Number; num == nil || (num.Int == nil && num.Float == nil) {
		return 0, false, nil
	}
	h, err := o.IntAsSsize(t, r)
	if err != nil {
		return 0, false, err
	}
	return h, h >= 0, nil
}

// builtinRange is range(): C longs when every argument converts as the
// "l" format does, else the arbitrary-precision path, whose items are
// all longs.
func builtinRange(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := noKeywords("range", kw); err != nil {
		return nil, err
	}
	var lo, hi, step int64 = 0, 0, 1
	fast := len(args) >= 1 && len(args) <= 3
	vals := make([]int64, len(args))
	for i := 0; fast && i < len(args); i++ {
		v, err := o.AsInt(t, args[i])
		if err != nil {
			fast = false
		}
		vals[i] = v
	}
	if !fast {
		return rangeLongs(t, args)
	}
	switch len(vals) {
	case 1:
		hi = vals[0]
	case 2:
		lo, hi = vals[0], vals[1]
	case 3:
		lo, hi, step = vals[0], vals[1], vals[2]
	}
	if step == 0 {
		return nil, o.Errorf(o.ValueError, "range() step argument must not be zero")
	}
	var n uint64
	if step > 0 && lo < hi {
		n = (uint64(hi)-uint64(lo)-1)/uint64(step) + 1
	} else if step < 0 && lo > hi {
		n = (uint64(lo)-uint64(hi)-1)/(0-uint64(step)) + 1
	}
	if n > 1<<63-1 {
		return nil, o.Errorf(o.OverflowError, "range() result has too many items")
	}
	if n > maxListItems {
		return nil, o.NewException(o.MemoryError)
	}
	items := make([]o.Value, n)
	v := lo
	for i := range items {
		items[i] = o.Int(v)
		v += step
	}
	return t.NewList(items), nil
}

// maxListItems bounds the lists range() builds; CPython fails to
// allocate larger ones with a MemoryError.
const maxListItems = 1 << 32

// rangeArgLong converts a range() argument on the long path: ints and
// longs as they are, other objects through __int__ (floats refused).
func rangeArgLong(t *o.Thread, v o.Value, name string) (*big.Int, error) {
	if b, ok := o.AsBig(v); ok {
		return b, nil
	}
	num := v.Type().Number
	if o.IsFloat(v) || num == nil || num.Int == nil {
		return nil, o.Errorf(o.TypeError, "range() integer %s argument expected, got %s.", name, v.Type().Name)
	}
	r, err := num.Int(t, v)
	if err != nil {
		return nil, err
	}
	if b, ok := o.AsBig(r); ok {
		return b, nil
	}
	return nil, o.Errorf(o.TypeError, "__int__ should return int object")
}

// rangeLongs is range() over arbitrary-precision arguments (CPython's
// handle_range_longs).
func rangeLongs(t *o.Thread, args []o.Value) (o.Value, error) {
	if err := unpackTuple("range", args, nil, 1, 3); err != nil {
		return nil, err
	}
	hiArg := args[0]
	if len(args) > 1 {
		hiArg = args[1]
	}
	hi, err := rangeArgLong(t, hiArg, "end")
	if err != nil {
		return nil, err
	}
	lo := new(big.Int)
	if len(args) > 1 {
		if lo, err = rangeArgLong(t, args[0], "start"); err != nil {
			return nil, err
		}
	}
	step := big.NewInt(1)
	if len(args) > 2 {
		if step, err = rangeArgLong(t, args[2], "step"); err != nil {
			return nil, err
		}
	}
	if step.Sign() == 0 {
		return nil, o.Errorf(o.ValueError, "range() step argument must not be zero")
	}
	n := new(big.Int)
	a, b, s := lo, hi, step
	if step.Sign() < 0 {
		a, b, s = hi, lo, new(big.Int).Neg(step)
	}
	if a.Cmp(b) < 0 {
		n.Sub(b, a)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, s)
		n.Add(n, big.NewInt(1))
	}
	if !n.IsInt64() {
		return nil, o.Errorf(o.OverflowError, "range() result has too many items")
	}
	if n.Int64() > maxListItems {
		return nil, o.NewException(o.MemoryError)
	}
	items := make([]o.Value, n.Int64())
	cur := new(big.Int).Set(lo)
	for i := range items {
		items[i] = o.NewLong(new(big.Int).Set(cur))
		cur.Add(cur, step)
	}
	return t.NewList(items), nil
}

func builtinMap(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := noKeywords("map", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, o.Errorf(o.TypeError, "map() requires at least two args")
	}
	fn := args[0]
	seqs := args[1:]
	if fn == o.None && len(seqs) == 1 {
		items, err := o.ToSlice(t, seqs[0])
		if err != nil {
			return nil, err
		}
		return t.NewList(append([]o.Value(nil), items...)), nil
	}
	its := make([]o.Value, len(seqs))
	for i, s := range seqs {
		it, err := o.Iter(t, s)
		if err != nil {
			return nil, o.Errorf(o.TypeError, "argument %d to map() must support iteration", i+2)
		}
		its[i] = it
		if _, _, err := lengthHint(t, s); err != nil {
			return nil, err
		}
	}
	var out []o.Value
	for {
		row := make([]o.Value, len(its))
		alive := false
		for i, it := range its {
			if it == nil {
				row[i] = o.None
				continue
			}
			v, err := o.Next(t, it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				its[i] = nil
				row[i] = o.None
				continue
			}
			alive = true
			row[i] = v
		}
		if !alive {
			return t.NewList(out), nil
		}
		if fn == o.None {
			out = append(out, o.NewTuple(row...))
			continue
		}
		r, err := o.Call(t, fn, row, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
}

// filterItem calls fn on x (fn None or bool tests x itself) and returns
// whether x is kept.
func filterItem(t *o.Thread, fn, x o.Value) (bool, error) {
	if fn == o.None {
		return o.Truth(t, x)
	}
	r, err := o.Call(t, fn, []o.Value{x}, nil)
	if err != nil {
		return false, err
	}
	return o.Truth(t, r)
}

func builtinFilter(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := unpackTuple("filter", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fn, seq := args[0], args[1]
	switch o.Unwrap(seq).(type) {
	case *o.Str:
		return filterStr(t, fn, seq)
	case *o.Unicode:
		return filterUnicode(t, fn, seq)
	case *o.Tuple:
		return filterTuple(t, fn, seq)
	}
	it, err := o.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	if _, _, err := lengthHint(t, seq); err != nil {
		return nil, err
	}
	if fn == o.Value(o.BoolType) {
		fn = o.None
	}
	var out []o.Value
	for {
		x, err := o.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return t.NewList(out), nil
		}
		ok, err := filterItem(t, fn, x)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, x)
		}
	}
}

// seqItem is the sq_item of a str, unicode or tuple (or of a subclass,
// whose __getitem__ may be overridden).
func seqItem(t *o.Thread, seq o.Value, i int) (o.Value, error) {
	if _, ok := seq.(*o.Instance); ok {
		return o.GetItem(t, seq, o.Int(i))
	}
	switch s := seq.(type) {
	case *o.Str:
		return o.CharStr(s.String()[i]), nil
	case *o.Unicode:
		return o.NewUnicode([]rune{s.Runes()[i]}), nil
	case *o.Tuple:
		return s.Elems()[i], nil
	}
	return o.GetItem(t, seq, o.Int(i))
}

// filterStr is filter() on a str: the result is a str made of the
// characters (as __getitem__ returns them) that pass.
func filterStr(t *o.Thread, fn, seq o.Value) (o.Value, error) {
	if _, exact := seq.(*o.Str); exact && fn == o.None {
		return seq, nil
	}
	n := o.Unwrap(seq).(*o.Str).Len()
	var b strings.Builder
	for i := 0; i < n; i++ {
		item, err := seqItem(t, seq, i)
		if err != nil {
			return nil, err
		}
		ok := true
		if fn != o.None {
			if ok, err = filterItem(t, fn, item); err != nil {
				return nil, err
			}
		}
		if ok {
			s, isStr := o.Unwrap(item).(*o.Str)
			if !isStr {
				return nil, o.Errorf(o.TypeError, "can't filter str to str: __getitem__ returned different type")
			}
			b.WriteString(s.String())
		}
	}
	return o.NewStr(b.String()), nil
}

// filterUnicode is filter() on a unicode.
func filterUnicode(t *o.Thread, fn, seq o.Value) (o.Value, error) {
	if _, exact := seq.(*o.Unicode); exact && fn == o.None {
		return seq, nil
	}
	n := len(o.Unwrap(seq).(*o.Unicode).Runes())
	var out []rune
	for i := 0; i < n; i++ {
		item, err := seqItem(t, seq, i)
		if err != nil {
			return nil, err
		}
		ok := true
		if fn != o.None {
			if ok, err = filterItem(t, fn, item); err != nil {
				return nil, err
			}
		}
		if ok {
			u, isU := o.Unwrap(item).(*o.Unicode)
			if !isU {
				return nil, o.Errorf(o.TypeError, "can't filter unicode to unicode: __getitem__ returned different type")
			}
			out = append(out, u.Runes()...)
		}
	}
	return o.NewUnicode(out), nil
}

// filterTuple is filter() on a tuple.
func filterTuple(t *o.Thread, fn, seq o.Value) (o.Value, error) {
	n := o.Unwrap(seq).(*o.Tuple).Len()
	if n == 0 {
		if _, exact := seq.(*o.Tuple); exact {
			return seq, nil
		}
		return o.NewTuple(), nil
	}
	var out []o.Value
	for i := 0; i < n; i++ {
		item, err := seqItem(t, seq, i)
		if err != nil {
			return nil, err
		}
		ok, err := filterItem(t, fn, item)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, item)
		}
	}
	return o.NewTuple(out...), nil
}

func builtinZip(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := noKeywords("zip", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return t.NewList(nil), nil
	}
	for _, a := range args {
		_, known, err := lengthHint(t, a)
		if err != nil {
			return nil, err
		}
		if !known {
			break
		}
	}
	its := make([]o.Value, len(args))
	for i, a := range args {
		it, err := o.Iter(t, a)
		if err != nil {
			if o.IsInstanceExc(err, o.TypeError) {
				return nil, o.Errorf(o.TypeError, "zip argument #%d must support iteration", i+1)
			}
			return nil, err
		}
		its[i] = it
	}
	var out []o.Value
	for {
		row := make([]o.Value, len(its))
		for i, it := range its {
			v, err := o.Next(t, it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				return t.NewList(out), nil
			}
			row[i] = v
		}
		out = append(out, o.NewTuple(row...))
	}
}

// Reduce is reduce(function, sequence[, initial]), the built-in function
// that _functools also exports.
func Reduce(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := unpackTuple("reduce", args, kw, 2, 3); err != nil {
		return nil, err
	}
	var acc o.Value
	if len(args) == 3 {
		acc = args[2]
	}
	it, err := o.Iter(t, args[1])
	if err != nil {
		if o.IsInstanceExc(err, o.TypeError) {
			return nil, o.Errorf(o.TypeError, "reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	for {
		x, err := o.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			break
		}
		if acc == nil {
			acc = x
			continue
		}
		if acc, err = o.Call(t, args[0], []o.Value{acc, x}, nil); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		return nil, o.Errorf(o.TypeError, "reduce() of empty sequence with no initial value")
	}
	return acc, nil
}

func builtinSum(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := unpackTuple("sum", args, kw, 1, 2); err != nil {
		return nil, err
	}
	it, err := o.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	var acc o.Value = o.Int(0)
	if len(args) > 1 {
		acc = args[1]
		switch o.Unwrap(acc).(type) {
		case *o.Str, *o.Unicode:
			return nil, o.Errorf(o.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		}
		if acc.Type().IsSubtype(o.ByteArrayType) {
			return nil, o.Errorf(o.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	for {
		x, err := o.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return acc, nil
		}
		if a, ok := acc.(o.Int); ok {
			if b, ok := x.(o.Int); ok {
				if c := a + b; (c^a) >= 0 || (c^b) >= 0 {
					acc = c
					continue
				}
			}
		}
		if a, ok := acc.(o.Float); ok {
			switch b := x.(type) {
			case o.Float:
				acc = a + b
				continue
			case o.Int:
				acc = a + o.Float(b)
				continue
			}
		}
		if acc, err = o.BinaryOp(t, acc, x, o.OpAdd); err != nil {
			return nil, err
		}
	}
}

func minMax(t *o.Thread, args, kw []o.Value, name string, op o.Cmp) (o.Value, error) {
	var seq o.Value
	if len(args) > 1 {
		seq = o.NewTuple(args...)
	} else {
		if err := unpackTuple(name, args, nil, 1, 1); err != nil {
			return nil, err
		}
		seq = args[0]
	}
	var key o.Value
	if len(kw) > 0 {
		for i := 0; i < len(kw); i += 2 {
			if o.KwMatches(kw[i], "key") {
				key = kw[i+1]
			}
		}
		if len(kw) != 2 || key == nil {
			return nil, o.Errorf(o.TypeError, "%s() got an unexpected keyword argument", name)
		}
	}
	it, err := o.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	var best, bestKey o.Value
	for {
		x, err := o.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			break
		}
		k := x
		if key != nil {
			if k, err = o.Call(t, key, []o.Value{x}, nil); err != nil {
				return nil, err
			}
		}
		if best == nil {
			best, bestKey = x, k
			continue
		}
		r, err := o.RichCompare(t, k, bestKey, op)
		if err != nil {
			return nil, err
		}
		b, err := o.Truth(t, r)
		if err != nil {
			return nil, err
		}
		if b {
			best, bestKey = x, k
		}
	}
	if best == nil {
		return nil, o.Errorf(o.ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// builtinSorted is sorted(iterable, cmp=None, key=None, reverse=False):
// its arguments are checked as "O|OOi:sorted", then the new list's sort
// method gets the other positional arguments and all the keywords (so
// iterable= given by name is refused there).
func builtinSorted(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	a, err := o.ParseTupleKw("sorted", args, kw, 1, []string{"iterable", "cmp", "key", "reverse"}, func(i int, v o.Value) error {
		if i == 3 {
			_, err := o.ArgCInt(t, v)
			return err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	items, err := o.ToSlice(t, a[0])
	if err != nil {
		return nil, err
	}
	l := t.NewList(append([]o.Value(nil), items...))
	sortM, err := o.GetAttrString(t, l, "sort")
	if err != nil {
		return nil, err
	}
	var rest []o.Value
	if len(args) > 1 {
		rest = args[1:]
	}
	if _, err := o.Call(t, sortM, rest, kw); err != nil {
		return nil, err
	}
	return l, nil
}
