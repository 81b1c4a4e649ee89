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

// listData is a list's payload. Copier: a private copy gets items of
// its own, a clone of a small list's items, or a chunk index that
// shares the chunks of a large one (see chunks.go), so that the
// committed items are never modified.
//
// A list stored in chunks has no field of its own for them (so that a
// list stays one small allocation): its items slice is then the marker
// of its listChunks, an empty slice whose array holds the listChunks
// itself. No list stored flat can look like that, since no list can
// hold a *listChunks. So code that finds items in items is right for a
// flat list, and code that finds none checks for chunks (big).
type listData struct {
	items []Value
}

// listChunks holds the items of a list stored in chunks.
type listChunks struct {
	chunks[Value]
	n    int      // the number of items
	self [1]Value // the marker's array: this listChunks
}

// Type makes a *listChunks a Value, so that its marker can hold it; it
// is never seen by Python code.
func (*listChunks) Type() *Type { return NoneTypeType }

// newListChunks returns the listChunks of n items stored in c.
func newListChunks(c chunks[Value], n int) *listChunks {
	b := &listChunks{chunks: c, n: n}
	b.self[0] = b
	return b
}

// big returns the chunks of a list stored in chunks, else nil.
func (d *listData) big() *listChunks {
	if len(d.items) == 0 && cap(d.items) == 1 {
		b, _ := d.items[:1][0].(*listChunks)
		return b
	}
	return nil
}

// listFlatMax is the length above which a transaction's private copy
// of a list is chunked instead of cloned.
const listFlatMax = 2 * chunkLen

// STMCopy gives a transaction's new private copy items of its own.
func (d *listData) STMCopy() {
	if b := d.big(); b != nil {
		d.items = newListChunks(b.clone(), b.n).self[:0]
	} else if len(d.items) > listFlatMax {
		d.items = newListChunks(chunksOf(d.items), len(d.items)).self[:0]
	} else if d.items != nil {
		d.items = slices.Clone(d.items)
	}
}

// len returns the number of items.
func (d *listData) len() int {
	if n := len(d.items); n > 0 {
		return n
	}
	if b := d.big(); b != nil {
		return b.n
	}
	return 0
}

// get returns item i, for 0 <= i < len.
func (d *listData) get(i int) Value {
	if i < len(d.items) {
		return d.items[i]
	}
	return *d.big().at(i)
}

// put sets item i, for 0 <= i < len.
func (d *listData) put(i int, x Value) {
	if i < len(d.items) {
		d.items[i] = x
		return
	}
	*d.big().wat(i) = x
}

// push appends x.
func (d *listData) push(x Value) {
	b := d.big()
	if b == nil {
		d.items = append(d.items, x)
		return
	}
	if b.n == b.nc<<chunkShift {
		b.grow()
	}
	*b.wat(b.n) = x
	b.n++
}

// popLast removes and returns the last item (len > 0). A chunked list
// that has become small is made flat again.
func (d *listData) popLast() Value {
	if i := len(d.items) - 1; i >= 0 {
		x := d.items[i]
		d.items[i] = nil
		d.items = d.items[:i]
		return x
	}
	b := d.big()
	b.n--
	var x Value
	if b.n&chunkMask == 0 {
		x = *b.at(b.n)
		b.shrink()
	} else {
		p := b.wat(b.n)
		x, *p = *p, nil
	}
	if b.n <= listFlatMax/4 {
		d.unchunk()
	}
	return x
}

// appendTo appends the items to dst.
func (d *listData) appendTo(dst []Value) []Value {
	if b := d.big(); b != nil {
		return b.appendTo(dst, b.n)
	}
	return append(dst, d.items...)
}

// flat returns the items in a slice that the caller must not modify:
// the payload's own, or a copy of a chunked list's items.
func (d *listData) flat() []Value {
	if b := d.big(); b != nil {
		return b.appendTo(make([]Value, 0, b.n), b.n)
	}
	return d.items
}

// unchunk makes a chunked list flat, for an operation that rearranges
// or rebuilds the items, and returns the items (the payload's own, to
// modify).
func (d *listData) unchunk() []Value {
	if b := d.big(); b != nil {
		d.items = b.appendTo(make([]Value, 0, b.n), b.n)
	}
	return d.items
}

// slice returns n items, from start on by step, in a new slice.
func (d *listData) slice(start, step, n int) []Value {
	if b := d.big(); b != nil {
		out := make([]Value, n)
		for j := range out {
			out[j] = *b.at(start + j*step)
		}
		return out
	}
	items := d.items
	if step == 1 {
		return append([]Value(nil), items[start:start+n]...)
	}
	out := make([]Value, n)
	for j := range out {
		out[j] = items[start+j*step]
	}
	return out
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

// NewList is NewList for a list made by t's running transaction, which
// reads and writes it in place until the transaction commits (see
// stm.Ref.InitFresh): filling a new list (a comprehension, appends)
// copies nothing and logs nothing.
func (t *Thread) NewList(items []Value) *List {
	l := NewList(items)
	l.ref.InitFresh(t.tx(), l.ref.Peek())
	return l
}

// ListOf returns a new list of the items of iterable v (list(v)).
func ListOf(t *Thread, v Value) (*List, error) {
	if tu, ok := v.(*Tuple); ok {
		return t.NewList(append([]Value(nil), tu.elems...)), nil
	}
	items, err := ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	return t.NewList(items), nil
}

// Len returns the number of items.
func (l *List) Len(t *Thread) int { return l.ref.Read(t.tx()).len() }

// At returns l[i] for 0 <= i < len, or false.
func (l *List) At(t *Thread, i int) (Value, bool) {
	d := l.ref.Read(t.tx())
	if uint(i) < uint(len(d.items)) {
		return d.items[i], true
	}
	if b := d.big(); b != nil && uint(i) < uint(b.n) {
		return *b.at(i), true
	}
	return nil, false
}

// Index returns l[i], a negative i counting from the end, or false when
// i is out of range (the subscript l[i] without its IndexError). It
// costs O(1) whatever the list's size, unlike Items.
func (l *List) Index(t *Thread, i int) (Value, bool) {
	d := l.ref.Read(t.tx())
	n := len(d.items)
	if n > 0 {
		if i < 0 {
			i += n
		}
		if uint(i) < uint(n) {
			return d.items[i], true
		}
		return nil, false
	}
	if b := d.big(); b != nil {
		if i < 0 {
			i += b.n
		}
		if uint(i) < uint(b.n) {
			return *b.at(i), true
		}
	}
	return nil, false
}

// Items returns the list's items as the transaction sees them; the
// caller must not modify or keep them. For a large list that a
// transaction has copied in parallel mode (stored in chunks), it is a
// new copy, made in O(len): code that reads a few items of a list of
// any size uses FlatItems, At, Index and Len instead.
func (l *List) Items(t *Thread) []Value { return l.ref.Read(t.tx()).flat() }

// FlatItems returns the list's items, as Items does, if the list is
// stored flat, and an empty slice if it is stored in chunks (see
// Items). It is small enough to be inlined: fast paths that read an
// item or two use it, and fall back to the general path when it does
// not have the item they need. The caller must not modify or keep the
// slice, nor append to it.
func (l *List) FlatItems(t *Thread) []Value { return l.ref.Read(t.tx()).items }

// Append appends x.
func (l *List) Append(t *Thread, x Value) {
	l.ref.Write(t.tx()).push(x)
}

// SetAt sets l[i] = x for 0 <= i < len.
func (l *List) SetAt(t *Thread, i int, x Value) {
	l.ref.Write(t.tx()).put(i, x)
}

// SetItems replaces the list's contents with items (which it keeps).
func (l *List) SetItems(t *Thread, items []Value) {
	*l.ref.Write(t.tx()) = listData{items: items}
}

// Extend appends the items of iterable v, as list.extend does.
func (l *List) Extend(t *Thread, v Value) error {
	switch x := v.(type) {
	case *Tuple:
		l.ref.Write(t.tx()).pushAll(x.elems)
		return nil
	case *List:
		if x.typ == ListType || x == l {
			src := x.Items(t)
			l.ref.Write(t.tx()).pushAll(src)
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

// pushAll appends the items of src (which may be d's own items).
func (d *listData) pushAll(src []Value) {
	if d.big() == nil {
		d.items = append(d.items, src...)
		return
	}
	for _, x := range src {
		d.push(x)
	}
}

// Insert inserts x before index i, clipped as list.insert clips it.
func (l *List) Insert(t *Thread, i int, x Value) {
	d := l.ref.Write(t.tx())
	n := d.len()
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i >= n {
		d.push(x)
		return
	}
	d.items = slices.Insert(d.unchunk(), i, x)
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
		return x.ref.Read(t.tx()).appendTo(nil), nil
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
		*l.ref.Write(t.tx()) = listData{}
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
		if x, ok := l.Index(t, int(i)); ok {
			return x, nil
		}
		return nil, Errorf(IndexError, "list index out of range")
	}
	i, ok, err := subscriptIndex(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		if x, ok := l.Index(t, i); ok {
			return x, nil
		}
		return nil, Errorf(IndexError, "list index out of range")
	}
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(t, l.Len(t))
		if err != nil {
			return nil, err
		}
		return t.NewList(l.ref.Read(t.tx()).slice(start, step, n)), nil
	}
	return nil, Errorf(TypeError, "list indices must be integers, not %s", key.Type().Name)
}

func listGetSlice(t *Thread, v Value, lo, hi int) (Value, error) {
	d := v.(*List).ref.Read(t.tx())
	lo, hi = clampSimpleSlice(lo, hi, d.len())
	return t.NewList(d.slice(lo, 1, hi-lo)), nil
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
	lo, hi = clampSimpleSlice(lo, hi, d.len())
	if hi-lo == len(repl) {
		if d.big() != nil {
			for j, x := range repl {
				d.put(lo+j, x)
			}
			return nil
		}
		copy(d.items[lo:hi], repl)
		return nil
	}
	d.unchunk()
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
		if len(d.items) > 0 || d.big() == nil {
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
		return d.setItemChunked(i, x)
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
		out := make([]Value, 0, d.len()-n)
		for j, item := range d.unchunk() {
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
		d.put(cur, seq[j])
	}
	return nil
}

// setItemChunked is l[i] = x, or del l[i] when x is nil, for a chunked
// list.
func (d *listData) setItemChunked(i int, x Value) error {
	n := d.big().n
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Errorf(IndexError, "list assignment index out of range")
	}
	switch {
	case x != nil:
		d.put(i, x)
	case i == n-1:
		d.popLast()
	default:
		d.items = slices.Delete(d.unchunk(), i, i+1)
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
	p, q := x.ref.Read(t.tx()), y.ref.Read(t.tx())
	if _, err := seqSize(p.len()+q.len(), 1); err != nil {
		return nil, err
	}
	items := make([]Value, 0, p.len()+q.len())
	items = p.appendTo(items)
	items = q.appendTo(items)
	return t.NewList(items), nil
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
	return t.NewList(out), nil
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
		*d = listData{}
		return l, nil
	}
	if n == 1 {
		return l, nil
	}
	size, err := seqSize(d.len(), n)
	if err != nil {
		return nil, err
	}
	items := d.unchunk()
	out := make([]Value, 0, size)
	for i := 0; i < n; i++ {
		out = append(out, items...)
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
	n := d.len()
	if n == 0 {
		return nil, Errorf(IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "pop index out of range")
	}
	if i == n-1 {
		return d.popLast(), nil
	}
	items := d.unchunk()
	x := items[i]
	d.items = slices.Delete(items, i, i+1)
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
	slices.Reverse(self.(*List).ref.Write(t.tx()).unchunk())
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
	return newListRevIter(t, l, l.Len(t)-1), nil
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
	ListType.Iter = func(t *Thread, v Value) (Value, error) { return newListIter(t, v.(*List)), nil }
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
