package collections

import (
	"fmt"

	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// dequeType is collections.deque; Python classes may derive from it.
var dequeType = newDequeType()

func newDequeType() *o.Type {
	typ := o.NewBuiltinType("collections.deque", o.ObjectType, o.FlagBaseType)
	modutil.SetAttrSlots(typ)
	return typ
}

// The deque iterator types.
var (
	dequeIterType    = o.NewBuiltinType("deque_iterator", o.ObjectType, o.FlagIterSelf)
	dequeRevIterType = o.NewBuiltinType("deque_reverse_iterator", o.ObjectType, o.FlagIterSelf)
)

// deque is a double-ended queue, optionally bounded by maxlen.
type deque struct {
	modutil.Base
	ref stm.Ref[dequeState]
}

func txOf(t *o.Thread) *stm.Tx { return modutil.Tx(t) }

func (d *deque) read(t *o.Thread) *dequeState { return d.ref.Read(txOf(t)) }

func (d *deque) write(t *o.Thread) writer { return openWrite(t, &d.ref) }

func asDeque(v o.Value) (*deque, bool) {
	d, ok := v.(*deque)
	return d, ok
}

func dequeNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	d := &deque{Base: modutil.NewBase(typ, false)}
	d.ref.Init(&dequeState{maxlen: -1, owner: seqOf(txOf(t))})
	return d, nil
}

func dequeInit(t *o.Thread, self o.Value, args, kw []o.Value) error {
	d := self.(*deque)
	a, err := modutil.Parse("deque", args, kw, 0, "iterable", "maxlen")
	if err != nil {
		return err
	}
	maxlen := -1
	if a[1] != nil && a[1] != o.None {
		if maxlen, err = modutil.AsSsize(t, a[1]); err != nil {
			return err
		}
		if maxlen < 0 {
			return o.Errorf(o.ValueError, "maxlen must be non-negative")
		}
	}
	w := d.write(t)
	w.st.maxlen = maxlen
	if w.st.n > 0 {
		w.clearAll()
	}
	if a[0] != nil {
		return d.extend(t, a[0], false)
	}
	return nil
}

// extend appends the items of iterable (on the left when left is set),
// trimming to maxlen as it goes.
func (d *deque) extend(t *o.Thread, iterable o.Value, left bool) error {
	if iterable == o.Value(d) {
		iterable = o.NewList(d.read(t).items())
	}
	it, err := o.Iter(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, err := o.Next(t, it)
		if err != nil || x == nil {
			return err
		}
		w := d.write(t)
		if w.st.maxlen == 0 {
			continue
		}
		if left {
			w.pushLeft(x)
			w.trimRight()
		} else {
			w.pushRight(x)
			w.trimLeft()
		}
	}
}

func deque_append(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("append", args, kw); err != nil {
		return nil, err
	}
	w := self.(*deque).write(t)
	w.pushRight(args[0])
	w.trimLeft()
	return o.None, nil
}

func deque_appendleft(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("appendleft", args, kw); err != nil {
		return nil, err
	}
	w := self.(*deque).write(t)
	w.pushLeft(args[0])
	w.trimRight()
	return o.None, nil
}

func deque_pop(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("pop", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	if d.read(t).n == 0 {
		return nil, o.Errorf(o.IndexError, "pop from an empty deque")
	}
	return d.write(t).popRight(), nil
}

func deque_popleft(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("popleft", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	if d.read(t).n == 0 {
		return nil, o.Errorf(o.IndexError, "pop from an empty deque")
	}
	return d.write(t).popLeft(), nil
}

func deque_extend(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("extend", args, kw); err != nil {
		return nil, err
	}
	return o.None, self.(*deque).extend(t, args[0], false)
}

func deque_extendleft(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("extendleft", args, kw); err != nil {
		return nil, err
	}
	return o.None, self.(*deque).extend(t, args[0], true)
}

func deque_rotate(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoKw("rotate", kw); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, o.Errorf(o.TypeError, "rotate() takes at most 1 argument (%d given)", len(args))
	}
	n := int64(1)
	if len(args) == 1 {
		var err error
		if n, err = o.AsInt(t, args[0]); err != nil {
			return nil, err
		}
	}
	self.(*deque).write(t).rotate(int(n))
	return o.None, nil
}

func deque_reverse(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("reverse", args, kw); err != nil {
		return nil, err
	}
	self.(*deque).write(t).reverse()
	return o.None, nil
}

func deque_clear(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("clear", args, kw); err != nil {
		return nil, err
	}
	self.(*deque).write(t).clearAll()
	return o.None, nil
}

func deque_count(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("count", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	st := d.read(t)
	n, state := st.n, st.state
	count := 0
	for i := 0; i < n; i++ {
		eq, err := o.Equal(t, st.at(i), args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			count++
		}
		if st = d.read(t); st.state != state {
			return nil, o.Errorf(o.RuntimeError, "deque mutated during iteration")
		}
	}
	return o.Int(count), nil
}

func deque_remove(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("remove", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	n := d.read(t).n
	for i := 0; i < n; i++ {
		eq, err := o.Equal(t, d.read(t).at(i), args[0])
		if d.read(t).n != n {
			return nil, o.Errorf(o.IndexError, "deque mutated during remove().")
		}
		if err != nil {
			return nil, err
		}
		if eq {
			d.write(t).deleteAt(i)
			return o.None, nil
		}
	}
	return nil, o.Errorf(o.ValueError, "deque.remove(x): x not in deque")
}

func deque_copy(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("__copy__", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	if m := d.read(t).maxlen; m >= 0 {
		return o.Call(t, d.Type(), []o.Value{d, o.Int(m)}, nil)
	}
	return o.Call(t, d.Type(), []o.Value{d}, nil)
}

func deque_reduce(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("__reduce__", args, kw); err != nil {
		return nil, err
	}
	d := self.(*deque)
	st := d.read(t)
	items := o.NewList(st.items())
	var dict o.Value = o.None
	if x := d.InstDict(); x != nil {
		dict = x
	}
	var maxlen o.Value = o.None
	if st.maxlen >= 0 {
		maxlen = o.Int(st.maxlen)
	}
	if dict == o.None {
		if st.maxlen < 0 {
			return o.NewTuple(d.Type(), o.NewTuple(items)), nil
		}
		return o.NewTuple(d.Type(), o.NewTuple(items, maxlen)), nil
	}
	return o.NewTuple(d.Type(), o.NewTuple(items, maxlen), dict), nil
}

func deque_reversed(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("__reversed__", args, kw); err != nil {
		return nil, err
	}
	return newDequeIter(t, self.(*deque), true), nil
}

func dequeRepr(t *o.Thread, v o.Value) (o.Value, error) {
	d := v.(*deque)
	if t.ReprEnter(d) {
		return o.NewStr("[...]"), nil
	}
	defer t.ReprLeave(d)
	st := d.read(t)
	maxlen := st.maxlen
	list, err := o.Repr(t, o.NewList(st.items()))
	if err != nil {
		return nil, err
	}
	if maxlen >= 0 {
		return o.NewStr(fmt.Sprintf("deque(%s, maxlen=%d)", list.String(), maxlen)), nil
	}
	return o.NewStr(fmt.Sprintf("deque(%s)", list.String())), nil
}

func dequeLen(t *o.Thread, v o.Value) (int, error) { return v.(*deque).read(t).n, nil }

// seqIndex converts a sequence index as PyObject_GetItem does for a type
// with only positional indexing; ok is false for a non-index key.
func seqIndex(t *o.Thread, key o.Value) (i int, ok bool, err error) {
	switch x := key.(type) {
	case o.Int:
		return int(x), true, nil
	case o.Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	}
	n := key.Type().Number
	if _, isLong := key.(*o.Long); !isLong && (n == nil || n.Index == nil) {
		return 0, false, nil
	}
	r, err := o.Index(t, key)
	if err != nil {
		return 0, true, err
	}
	switch x := o.Unwrap(r).(type) {
	case o.Int:
		return int(x), true, nil
	case o.Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *o.Long:
		if x.Big().IsInt64() {
			return int(x.Big().Int64()), true, nil
		}
		return 0, true, o.Errorf(o.IndexError, "cannot fit '%s' into an index-sized integer", key.Type().Name)
	}
	return 0, true, o.Errorf(o.TypeError, "__index__ returned non-(int,long) (type %s)", r.Type().Name)
}

// position returns the item index key names in d, or an error.
func (d *deque) position(t *o.Thread, key o.Value) (int, error) {
	i, ok, err := seqIndex(t, key)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, o.Errorf(o.TypeError, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	n := d.read(t).n
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, o.Errorf(o.IndexError, "deque index out of range")
	}
	return i, nil
}

func dequeGetItem(t *o.Thread, v, key o.Value) (o.Value, error) {
	d := v.(*deque)
	i, err := d.position(t, key)
	if err != nil {
		return nil, err
	}
	return d.read(t).at(i), nil
}

func dequeSetItem(t *o.Thread, v, key, val o.Value) error {
	d := v.(*deque)
	i, err := d.position(t, key)
	if err != nil {
		return err
	}
	w := d.write(t)
	if val == nil {
		w.deleteAt(i)
		return nil
	}
	w.set(i, val)
	return nil
}

func dequeIConcat(t *o.Thread, a, b o.Value) (o.Value, error) {
	if err := a.(*deque).extend(t, b, false); err != nil {
		return nil, err
	}
	return a, nil
}

// dequeCompare compares two deques item by item, as sequences compare.
func dequeCompare(t *o.Thread, a, b o.Value, op o.Cmp) (o.Value, error) {
	x, ok1 := a.(*deque)
	y, ok2 := b.(*deque)
	if !ok1 || !ok2 {
		return o.NotImplemented, nil
	}
	xn, yn := x.read(t).n, y.read(t).n
	switch op {
	case o.EQ:
		if x == y {
			return o.True, nil
		}
		if xn != yn {
			return o.False, nil
		}
	case o.NE:
		if x == y {
			return o.False, nil
		}
		if xn != yn {
			return o.True, nil
		}
	}
	it1 := newDequeIter(t, x, false)
	it2 := newDequeIter(t, y, false)
	var xi, yi o.Value
	for {
		var err error
		if xi, err = dequeIterNext(t, it1); err != nil {
			return nil, err
		}
		if yi, err = dequeIterNext(t, it2); err != nil {
			return nil, err
		}
		if xi == nil || yi == nil {
			break
		}
		eq, err := o.Equal(t, xi, yi)
		if err != nil {
			return nil, err
		}
		if !eq {
			r, err := o.RichCompare(t, xi, yi, op)
			if err != nil {
				return nil, err
			}
			b, err := o.Truth(t, r)
			return o.NewBool(b), err
		}
	}
	// One deque, or both, ran out.
	var r bool
	switch op {
	case o.LT:
		r = yi != nil
	case o.LE:
		r = xi == nil
	case o.EQ:
		r = xi == yi
	case o.NE:
		r = xi != yi
	case o.GT:
		r = xi != nil
	case o.GE:
		r = yi == nil
	}
	return o.NewBool(r), nil
}

// dequeIter iterates over a deque in either direction, failing once the
// deque has changed size.
type dequeIter struct {
	d   *deque
	rev bool
	ref stm.Ref[dequeIterState]
}

// dequeIterState is a deque iterator's payload. No Copier: it holds no
// slice or map.
type dequeIterState struct {
	index   int // next item (counting from the right when rev)
	counter int // items left
	state   uint64
}

func (it *dequeIter) Type() *o.Type {
	if it.rev {
		return dequeRevIterType
	}
	return dequeIterType
}

func newDequeIter(t *o.Thread, d *deque, rev bool) *dequeIter {
	st := d.read(t)
	it := &dequeIter{d: d, rev: rev}
	it.ref.Init(&dequeIterState{counter: st.n, state: st.state})
	return it
}

func dequeIterNext(t *o.Thread, v o.Value) (o.Value, error) {
	it := v.(*dequeIter)
	is := it.ref.Read(txOf(t))
	st := it.d.read(t)
	if st.state != is.state {
		if is.counter != 0 {
			it.ref.Write(txOf(t)).counter = 0
		}
		return nil, o.Errorf(o.RuntimeError, "deque mutated during iteration")
	}
	if is.counter == 0 {
		return nil, nil
	}
	i := is.index
	if it.rev {
		i = st.n - 1 - i
	}
	x := st.at(i)
	w := it.ref.Write(txOf(t))
	w.index++
	w.counter--
	return x, nil
}

func dequeiter_length_hint(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("__length_hint__", args, kw); err != nil {
		return nil, err
	}
	return o.Int(self.(*dequeIter).ref.Read(txOf(t)).counter), nil
}

func init() {
	dequeType.New = dequeNew
	dequeType.Init = dequeInit
	dequeType.Repr = dequeRepr
	dequeType.Len = dequeLen
	dequeType.GetItem = dequeGetItem
	dequeType.SetItem = dequeSetItem
	dequeType.IConcat = dequeIConcat
	dequeType.Compare = dequeCompare
	dequeType.Iter = func(t *o.Thread, v o.Value) (o.Value, error) { return newDequeIter(t, v.(*deque), false), nil }
	dequeType.AddMethods([]o.MethodDef{
		{Name: "append", Fn: deque_append},
		{Name: "appendleft", Fn: deque_appendleft},
		{Name: "clear", Fn: deque_clear},
		{Name: "__copy__", Fn: deque_copy},
		{Name: "count", Fn: deque_count},
		{Name: "extend", Fn: deque_extend},
		{Name: "extendleft", Fn: deque_extendleft},
		{Name: "pop", Fn: deque_pop},
		{Name: "popleft", Fn: deque_popleft},
		{Name: "__reduce__", Fn: deque_reduce},
		{Name: "remove", Fn: deque_remove},
		{Name: "__reversed__", Fn: deque_reversed},
		{Name: "reverse", Fn: deque_reverse},
		{Name: "rotate", Fn: deque_rotate},
	})
	dequeType.AddGetSets([]o.GetSet{{Name: "maxlen", Doc: "the largest size of the deque, or None if unbounded",
		Get: func(t *o.Thread, self o.Value) (o.Value, error) {
			if m := self.(*deque).read(t).maxlen; m >= 0 {
				return o.Int(m), nil
			}
			return o.None, nil
		}}})
	dequeType.AddAttr("__hash__", o.None)
	dequeType.AddAttr("__doc__", o.NewStr("deque([iterable[, maxlen]]) --> deque object\n\n"+
		"A list-like sequence that adds and removes items at either end in\n"+
		"constant time, holding at most maxlen items when maxlen is given."))

	for _, typ := range []*o.Type{dequeIterType, dequeRevIterType} {
		typ.Iter = func(t *o.Thread, v o.Value) (o.Value, error) { return v, nil }
		typ.Next = dequeIterNext
		typ.AddMethods([]o.MethodDef{{Name: "__length_hint__", Fn: dequeiter_length_hint}})
	}
}
