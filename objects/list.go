package objects

import (
	"slices"
	"strings"

	"github.com/pystm/pystm/stm"
)

// List is a Python list (or an instance of a subclass of list).
type List struct {
	typ  *Type
	inst *instData
	ref  stm.Ref[listData]
}

type listData struct {
	items []Value
}

// Type returns the list's type.
func (l *List) Type() *Type { return l.typ }

// NewList returns a list of items (which it keeps).
func NewList(items []Value) *List {
	a := &struct {
		l List
		d listData
	}{}
	a.l.typ = ListType
	a.d.items = items
	a.l.ref.Init(&a.d)
	return &a.l
}

// ListOf returns a new list of the items of iterable v (list(v)).
func ListOf(t *Thread, v Value) (*List, error) {
	if tu, ok := v.(*Tuple); ok {
		return NewList(append([]Value(nil), tu.elems...)), nil
	}
	items, err := ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	return NewList(items), nil
}

// Len returns the number of items.
func (l *List) Len(t *Thread) int { return len(l.ref.Read(t.tx()).items) }

// At returns l[i] for 0 <= i < len, or false.
func (l *List) At(t *Thread, i int) (Value, bool) {
	items := l.ref.Read(t.tx()).items
	if i < 0 || i >= len(items) {
		return nil, false
	}
	return items[i], true
}

// Items returns the list's items as the transaction sees them; the
// caller must not modify or keep them.
func (l *List) Items(t *Thread) []Value { return l.ref.Read(t.tx()).items }

// Append appends x.
func (l *List) Append(t *Thread, x Value) {
	d := l.ref.Write(t.tx())
	d.items = append(d.items, x)
}

// SetAt sets l[i] = x for 0 <= i < len.
func (l *List) SetAt(t *Thread, i int, x Value) {
	l.ref.Write(t.tx()).items[i] = x
}

// SetItems replaces the list's contents with items (which it keeps).
func (l *List) SetItems(t *Thread, items []Value) {
	l.ref.Write(t.tx()).items = items
}

// Extend appends the items of iterable v, as list.extend does.
func (l *List) Extend(t *Thread, v Value) error {
	switch x := v.(type) {
	case *Tuple:
		d := l.ref.Write(t.tx())
		d.items = append(d.items, x.elems...)
		return nil
	case *List:
		if x.typ == ListType || x == l {
			src := x.Items(t)
			d := l.ref.Write(t.tx())
			d.items = append(d.items, src...)
			return nil
		}
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	for {
		item, err := Next(t, it)
		if err != nil || item == nil {
			return err
		}
		l.Append(t, item)
	}
}

// Insert inserts x before index i, clipped as list.insert clips it.
func (l *List) Insert(t *Thread, i int, x Value) {
	d := l.ref.Write(t.tx())
	n := len(d.items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	d.items = slices.Insert(d.items, i, x)
}

func (l *List) instDict(t *Thread) *Dict {
	if l.inst == nil {
		return nil
	}
	return l.inst.ref.Read(t.tx()).dict
}

// newContainerInst returns the instance part (__dict__ and __slots__) of
// an instance of a heap type derived from list, dict or set, or nil for
// the built-in type itself.
func newContainerInst(typ *Type) *instData {
	if typ == nil || !typ.IsHeap() {
		return nil
	}
	st := &instState{}
	if typ.Flags&FlagHasDict != 0 {
		st.dict = NewDict()
	}
	if typ.NSlots > 0 {
		st.slots = make([]Value, typ.NSlots)
	}
	d := &instData{}
	d.ref.Init(st)
	return d
}

// ReprEnter records that t is computing v's repr and reports whether it
// already was, in which case the caller prints v as "[...]" (or its
// kind's equivalent) and must not call ReprLeave (CPython's
// Py_ReprEnter).
func (t *Thread) ReprEnter(v Value) bool {
	if t == nil {
		return false
	}
	for _, x := range t.reprStack {
		if x == v {
			return true
		}
	}
	t.reprStack = append(t.reprStack, v)
	return false
}

// ReprItem returns repr(v) for the repr of a container holding v,
// counting the nesting against the recursion limit as CPython's
// PyObject_Repr does.
func ReprItem(t *Thread, v Value) (*Str, error) {
	if err := enterRecursiveCall(t, " while getting the repr of an object"); err != nil {
		return nil, err
	}
	s, err := Repr(t, v)
	leaveRecursiveCall(t)
	return s, err
}

// ReprLeave ends the repr of v that ReprEnter began.
func (t *Thread) ReprLeave(v Value) {
	if t == nil {
		return
	}
	for i := len(t.reprStack) - 1; i >= 0; i-- {
		if t.reprStack[i] == v {
			t.reprStack = append(t.reprStack[:i], t.reprStack[i+1:]...)
			return
		}
	}
}

// seqFast returns the items of v for a slice assignment: a copy of a
// list's items, a tuple's items, or the items of an iterable; a
// non-iterable raises TypeError with msg (CPython's PySequence_Fast).
// seqFastFor is seqFast for assigning v into the list l: another list's
// items are read in place (only l itself is copied, since the
// assignment changes it).
func seqFastFor(t *Thread, l *List, v Value, msg string) ([]Value, error) {
	if x, ok := v.(*List); ok && x != l {
		return x.Items(t), nil
	}
	return seqFast(t, v, msg)
}

func seqFast(t *Thread, v Value, msg string) ([]Value, error) {
	switch x := v.(type) {
	case *Tuple:
		return x.elems, nil
	case *List:
		return append([]Value(nil), x.Items(t)...), nil
	}
	it, err := Iter(t, v)
	if err != nil {
		if IsInstanceExc(err, TypeError) {
			return nil, Errorf(TypeError, "%s", msg)
		}
		return nil, err
	}
	var out []Value
	for {
		item, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			return out, nil
		}
		out = append(out, item)
	}
}

func listNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	l := &List{typ: typ, inst: newContainerInst(typ)}
	l.ref.Init(&listData{})
	return l, nil
}

func listInit(t *Thread, self Value, args, kw []Value) error {
	a, err := argsParse("list", args, kw, []string{"sequence"}, 0)
	if err != nil {
		return err
	}
	l := self.(*List)
	if l.Len(t) > 0 {
		l.ref.Write(t.tx()).items = nil
	}
	if a[0] != nil {
		return l.Extend(t, a[0])
	}
	return nil
}

func listRepr(t *Thread, v Value) (Value, error) {
	l := v.(*List)
	if t.ReprEnter(l) {
		return NewStr("[...]"), nil
	}
	defer t.ReprLeave(l)
	if l.Len(t) == 0 {
		return NewStr("[]"), nil
	}
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; ; i++ {
		x, ok := l.At(t, i)
		if !ok {
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := ReprItem(t, x)
		if err != nil {
			return nil, err
		}
		b.WriteString(s.s)
	}
	b.WriteByte(']')
	return NewStr(b.String()), nil
}

func listCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	x, ok1 := a.(*List)
	y, ok2 := b.(*List)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return seqCompare(t, op, func() int { return x.Len(t) }, func() int { return y.Len(t) },
		func(i int) (Value, Value, bool) {
			p, ok1 := x.At(t, i)
			q, ok2 := y.At(t, i)
			return p, q, ok1 && ok2
		})
}

func listLen(t *Thread, v Value) (int, error) { return v.(*List).Len(t), nil }

func listGetItem(t *Thread, v, key Value) (Value, error) {
	l := v.(*List)
	if i, ok := key.(Int); ok {
		items := l.Items(t)
		if i < 0 {
			i += Int(len(items))
		}
		if i < 0 || int(i) >= len(items) {
			return nil, Errorf(IndexError, "list index out of range")
		}
		return items[i], nil
	}
	i, ok, err := subscriptIndex(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		items := l.Items(t)
		if i < 0 {
			i += len(items)
		}
		if i < 0 || i >= len(items) {
			return nil, Errorf(IndexError, "list index out of range")
		}
		return items[i], nil
	}
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(t, l.Len(t))
		if err != nil {
			return nil, err
		}
		items := l.Items(t)
		if step == 1 {
			return NewList(append([]Value(nil), items[start:start+n]...)), nil
		}
		out := make([]Value, n)
		for j := range out {
			out[j] = items[start+j*step]
		}
		return NewList(out), nil
	}
	return nil, Errorf(TypeError, "list indices must be integers, not %s", key.Type().Name)
}

func listGetSlice(t *Thread, v Value, lo, hi int) (Value, error) {
	items := v.(*List).Items(t)
	lo, hi = clampSimpleSlice(lo, hi, len(items))
	return NewList(append([]Value(nil), items[lo:hi]...)), nil
}

// assSlice is list_ass_slice: l[lo:hi] = v, or del l[lo:hi] when v is nil.
func (l *List) assSlice(t *Thread, lo, hi int, v Value) error {
	var repl []Value
	if v != nil {
		var err error
		if repl, err = seqFastFor(t, l, v, "can only assign an iterable"); err != nil {
			return err
		}
	}
	d := l.ref.Write(t.tx())
	lo, hi = clampSimpleSlice(lo, hi, len(d.items))
	if hi-lo == len(repl) {
		copy(d.items[lo:hi], repl)
		return nil
	}
	if len(repl) == 0 {
		d.items = slices.Delete(d.items, lo, hi)
		return nil
	}
	if _, err := seqSize(len(d.items)-(hi-lo)+len(repl), 1); err != nil {
		return err
	}
	d.items = slices.Replace(d.items, lo, hi, repl...)
	return nil
}

func listSetSlice(t *Thread, v Value, lo, hi int, x Value) error {
	return v.(*List).assSlice(t, lo, hi, x)
}

func listSetItem(t *Thread, v, key, x Value) error {
	l := v.(*List)
	i, ok, err := subscriptIndex(t, key)
	if err != nil {
		return err
	}
	if ok {
		d := l.ref.Write(t.tx())
		if i < 0 {
			i += len(d.items)
		}
		if i < 0 || i >= len(d.items) {
			return Errorf(IndexError, "list assignment index out of range")
		}
		if x == nil {
			d.items = slices.Delete(d.items, i, i+1)
		} else {
			d.items[i] = x
		}
		return nil
	}
	sl, ok := key.(*Slice)
	if !ok {
		return Errorf(TypeError, "list indices must be integers, not %s", key.Type().Name)
	}
	start, stop, step, n, err := sl.Indices(t, l.Len(t))
	if err != nil {
		return err
	}
	if step == 1 {
		return l.assSlice(t, start, stop, x)
	}
	if x == nil {
		if n <= 0 {
			return nil
		}
		if step < 0 {
			stop = start + 1
			start = stop + step*(n-1) - 1
			step = -step
		}
		d := l.ref.Write(t.tx())
		out := make([]Value, 0, len(d.items)-n)
		for j, item := range d.items {
			if j >= start && j < start+n*step && (j-start)%step == 0 {
				continue
			}
			out = append(out, item)
		}
		d.items = out
		return nil
	}
	seq, err := seqFastFor(t, l, x, "must assign iterable to extended slice")
	if err != nil {
		return err
	}
	if len(seq) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(seq), n)
	}
	if n == 0 {
		return nil
	}
	d := l.ref.Write(t.tx())
	for j, cur := 0, start; j < n; j, cur = j+1, cur+step {
		d.items[cur] = seq[j]
	}
	return nil
}

func listContains(t *Thread, v, x Value) (bool, error) {
	l := v.(*List)
	for i := 0; ; i++ {
		y, ok := l.At(t, i)
		if !ok {
			return false, nil
		}
		eq, err := Equal(t, x, y)
		if err != nil || eq {
			return eq, err
		}
	}
}

func listConcat(t *Thread, a, b Value) (Value, error) {
	x, ok1 := a.(*List)
	y, ok2 := b.(*List)
	if !ok1 || !ok2 {
		return nil, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", b.Type().Name)
	}
	p, q := x.Items(t), y.Items(t)
	if _, err := seqSize(len(p)+len(q), 1); err != nil {
		return nil, err
	}
	items := make([]Value, 0, len(p)+len(q))
	items = append(items, p...)
	items = append(items, q...)
	return NewList(items), nil
}

func listRepeat(t *Thread, v Value, n int) (Value, error) {
	items := v.(*List).Items(t)
	if n < 0 {
		n = 0
	}
	size, err := seqSize(len(items), n)
	if err != nil {
		return nil, err
	}
	out := make([]Value, 0, size)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return NewList(out), nil
}

func listInplaceConcat(t *Thread, a, b Value) (Value, error) {
	if err := a.(*List).Extend(t, b); err != nil {
		return nil, err
	}
	return a, nil
}

func listInplaceRepeat(t *Thread, v Value, n int) (Value, error) {
	l := v.(*List)
	d := l.ref.Write(t.tx())
	if n < 1 {
		d.items = nil
		return l, nil
	}
	if n == 1 {
		return l, nil
	}
	size, err := seqSize(len(d.items), n)
	if err != nil {
		return nil, err
	}
	out := make([]Value, 0, size)
	for i := 0; i < n; i++ {
		out = append(out, d.items...)
	}
	d.items = out
	return l, nil
}

func list_append(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("append", args, kw); err != nil {
		return nil, err
	}
	self.(*List).Append(t, args[0])
	return None, nil
}

func list_extend(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("extend", args, kw); err != nil {
		return nil, err
	}
	return None, self.(*List).Extend(t, args[0])
}

func list_insert(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("insert", kw); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "insert() takes exactly 2 arguments (%d given)", len(args))
	}
	i, err := clongArg(t, args[0])
	if err != nil {
		return nil, err
	}
	self.(*List).Insert(t, i, args[1])
	return None, nil
}

func list_pop(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("pop", kw); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "pop() takes at most 1 argument (%d given)", len(args))
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = clongArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	l := self.(*List)
	d := l.ref.Write(t.tx())
	n := len(d.items)
	if n == 0 {
		return nil, Errorf(IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "pop index out of range")
	}
	x := d.items[i]
	if i == n-1 {
		d.items[i] = nil
		d.items = d.items[:i]
	} else {
		d.items = slices.Delete(d.items, i, i+1)
	}
	return x, nil
}

func list_remove(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("remove", args, kw); err != nil {
		return nil, err
	}
	l := self.(*List)
	for i := 0; ; i++ {
		y, ok := l.At(t, i)
		if !ok {
			break
		}
		eq, err := Equal(t, y, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return None, l.assSlice(t, i, i+1, nil)
		}
	}
	return nil, Errorf(ValueError, "list.remove(x): x not in list")
}

func list_index(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("index", kw); err != nil {
		return nil, err
	}
	l := self.(*List)
	start, stop, err := indexBounds(t, "index", args, l.Len(t))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop; i++ {
		y, ok := l.At(t, i)
		if !ok {
			break
		}
		eq, err := Equal(t, y, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	r, err := Repr(t, args[0])
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueError, "%s is not in list", r.s)
}

func list_count(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("count", args, kw); err != nil {
		return nil, err
	}
	l := self.(*List)
	n := 0
	for i := 0; ; i++ {
		y, ok := l.At(t, i)
		if !ok {
			break
		}
		eq, err := Equal(t, y, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

func list_reverse(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("reverse", args, kw); err != nil {
		return nil, err
	}
	slices.Reverse(self.(*List).ref.Write(t.tx()).items)
	return None, nil
}

func list_sort(t *Thread, self Value, args, kw []Value) (Value, error) {
	a, err := argsParse("sort", args, kw, []string{"cmp", "key", "reverse"}, 0)
	if err != nil {
		return nil, err
	}
	reverse := false
	if a[2] != nil {
		r, err := cintArg(t, a[2])
		if err != nil {
			return nil, err
		}
		reverse = r != 0
	}
	return None, self.(*List).Sort(t, a[0], a[1], reverse)
}

func list_reversed(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("__reversed__", args, kw); err != nil {
		return nil, err
	}
	l := self.(*List)
	return newListRevIter(l, l.Len(t)-1), nil
}

func init() {
	ListType.New = listNew
	ListType.Init = listInit
	ListType.Repr = listRepr
	ListType.Compare = listCompare
	ListType.Len = listLen
	ListType.GetItem = listGetItem
	ListType.SetItem = listSetItem
	ListType.GetSlice = listGetSlice
	ListType.SetSlice = listSetSlice
	ListType.Contains = listContains
	ListType.Concat = listConcat
	ListType.Repeat = listRepeat
	ListType.IConcat = listInplaceConcat
	ListType.IRepeat = listInplaceRepeat
	ListType.Iter = func(t *Thread, v Value) (Value, error) { return newListIter(v.(*List)), nil }
	ListType.AddMethods([]MethodDef{
		{Name: "append", Fn: list_append},
		{Name: "insert", Fn: list_insert},
		{Name: "extend", Fn: list_extend},
		{Name: "pop", Fn: list_pop},
		{Name: "remove", Fn: list_remove},
		{Name: "index", Fn: list_index},
		{Name: "count", Fn: list_count},
		{Name: "reverse", Fn: list_reverse},
		{Name: "sort", Fn: list_sort},
		{Name: "__reversed__", Fn: list_reversed},
	})
	ListType.AddAttr("__hash__", None)
}
