// Package itertools is Python 2.7's itertools module: its iterator types
// with CPython's argument checks, messages and reprs. Every iterator
// keeps its position behind an stm.Ref.
package itertools

import (
	"fmt"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

func init() { interp.RegisterModule("itertools", newModule) }

func newType(name string, flags o.TypeFlags) *o.Type {
	typ := o.NewBuiltinType("itertools."+name, o.ObjectType, flags|o.FlagIterSelf)
	typ.Iter = func(t *o.Thread, v o.Value) (o.Value, error) { return v, nil }
	modutil.SetAttrSlots(typ)
	return typ
}

// The iterator types.
var (
	countType        = newType("count", o.FlagBaseType)
	cycleType        = newType("cycle", o.FlagBaseType)
	repeatType       = newType("repeat", o.FlagBaseType)
	chainType        = newType("chain", o.FlagBaseType)
	compressType     = newType("compress", o.FlagBaseType)
	dropwhileType    = newType("dropwhile", o.FlagBaseType)
	takewhileType    = newType("takewhile", o.FlagBaseType)
	groupbyType      = newType("groupby", o.FlagBaseType)
	grouperType      = newType("_grouper", 0)
	ifilterType      = newType("ifilter", o.FlagBaseType)
	ifilterfalseType = newType("ifilterfalse", o.FlagBaseType)
	imapType         = newType("imap", o.FlagBaseType)
	isliceType       = newType("islice", o.FlagBaseType)
	izipType         = newType("izip", o.FlagBaseType)
	izipLongestType  = newType("izip_longest", o.FlagBaseType)
	starmapType      = newType("starmap", o.FlagBaseType)
	teeType          = newType("tee", 0)
	teeDataType      = o.NewBuiltinType("itertools.tee_dataobject", o.ObjectType, 0)
	productType      = newType("product", o.FlagBaseType)
	permutationsType = newType("permutations", o.FlagBaseType)
	combinationsType = newType("combinations", o.FlagBaseType)
	cwrType          = newType("combinations_with_replacement", o.FlagBaseType)
)

func newModule(t *o.Thread) (*o.Module, error) {
	m := interp.NewModule(t, "itertools", []o.MethodDef{{Name: "tee", Fn: teeFunc}})
	d := m.Dict()
	for _, typ := range []*o.Type{countType, cycleType, repeatType, chainType, compressType,
		dropwhileType, takewhileType, groupbyType, ifilterType, ifilterfalseType, imapType,
		isliceType, izipType, izipLongestType, starmapType, productType, permutationsType,
		combinationsType, cwrType} {
		d.SetString(t, typ.Name[len("itertools."):], typ)
	}
	return m, nil
}

func tx(t *o.Thread) *stm.Tx { return modutil.Tx(t) }

// noKwFor refuses keywords for the built-in type itself only, as
// CPython's _PyArg_NoKeywords checks under "type == &xxx_type".
func noKwFor(typ, own *o.Type, name string, kw []o.Value) error {
	if typ == own {
		return modutil.NoKeywords(name+"()", kw)
	}
	return nil
}

// ---- count ----

type count struct {
	modutil.Base
	ref stm.Ref[countState]
}

// countState is count's payload. No Copier: it holds no slice or map.
type countState struct{ cnt, step o.Value }

func isNumber(v o.Value) bool {
	switch o.Unwrap(v).(type) {
	case o.Int, o.Bool, *o.Long, o.Float, o.Complex:
		return true
	}
	n := v.Type().Number
	return n != nil && (n.Int != nil || n.Float != nil)
}

func countNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	a, err := modutil.Parse("count", args, kw, 0, "start", "step")
	if err != nil {
		return nil, err
	}
	if a[0] != nil && !isNumber(a[0]) || a[1] != nil && !isNumber(a[1]) {
		return nil, o.Errorf(o.TypeError, "a number is required")
	}
	if a[0] == nil {
		a[0] = o.Int(0)
	}
	if a[1] == nil {
		a[1] = o.Int(1)
	}
	c := &count{Base: modutil.NewBase(typ, false)}
	c.ref.Init(&countState{a[0], a[1]})
	return c, nil
}

func countNext(t *o.Thread, v o.Value) (o.Value, error) {
	c := v.(*count)
	st := c.ref.Read(tx(t))
	r := st.cnt
	n, err := o.BinaryOp(t, r, st.step, o.OpAdd)
	if err != nil {
		return nil, err
	}
	c.ref.Write(tx(t)).cnt = n
	return r, nil
}

func stepIsOne(v o.Value) bool {
	switch x := v.(type) {
	case o.Int:
		return x == 1
	case o.Bool:
		return bool(x)
	}
	return false
}

func countRepr(t *o.Thread, v o.Value) (o.Value, error) {
	c := v.(*count)
	st := c.ref.Read(tx(t))
	cnt, err := o.ReprString(t, st.cnt)
	if err != nil {
		return nil, err
	}
	if stepIsOne(st.step) {
		return o.NewStr(fmt.Sprintf("count(%s)", cnt)), nil
	}
	step, err := o.ReprString(t, st.step)
	if err != nil {
		return nil, err
	}
	return o.NewStr(fmt.Sprintf("count(%s, %s)", cnt, step)), nil
}

func count_reduce(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	c := self.(*count)
	st := c.ref.Read(tx(t))
	if stepIsOne(st.step) {
		return o.NewTuple(c.Type(), o.NewTuple(st.cnt)), nil
	}
	return o.NewTuple(c.Type(), o.NewTuple(st.cnt, st.step)), nil
}

// ---- cycle ----

type cycle struct {
	modutil.Base
	ref stm.Ref[cycleState]
}

// cycleState is cycle's payload. No Copier: saved is only ever appended
// to, so the slots a copy writes lie past the length of every payload
// published with that array, where no reader looks.
type cycleState struct {
	it    o.Value // nil once exhausted
	saved []o.Value
	pos   int
}

func cycleNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := noKwFor(typ, cycleType, "cycle", kw); err != nil {
		return nil, err
	}
	if err := modutil.UnpackArgs("cycle", args, 1, 1); err != nil {
		return nil, err
	}
	it, err := o.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	c := &cycle{Base: modutil.NewBase(typ, false)}
	c.ref.Init(&cycleState{it: it})
	return c, nil
}

func cycleNext(t *o.Thread, v o.Value) (o.Value, error) {
	c := v.(*cycle)
	st := c.ref.Read(tx(t))
	if st.it != nil {
		x, err := o.Next(t, st.it)
		if err != nil {
			return nil, err
		}
		w := c.ref.Write(tx(t))
		if x != nil {
			w.saved = append(w.saved, x)
			return x, nil
		}
		w.it = nil
		w.pos = 0
		st = w
	}
	if len(st.saved) == 0 {
		return nil, nil
	}
	w := c.ref.Write(tx(t))
	x := w.saved[w.pos]
	w.pos = (w.pos + 1) % len(w.saved)
	return x, nil
}

// ---- repeat ----

type repeat struct {
	modutil.Base
	elem o.Value
	ref  stm.Ref[repeatState]
}

// repeatState is repeat's payload. No Copier: it holds no slice or map.
type repeatState struct{ cnt int } // -1: forever

func repeatNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	a, err := modutil.Parse("repeat", args, kw, 1, "object", "times")
	if err != nil {
		return nil, err
	}
	cnt := -1
	if a[1] != nil {
		if cnt, err = modutil.Ssize(t, a[1]); err != nil {
			return nil, err
		}
		if cnt < 0 {
			cnt = 0
		}
	}
	r := &repeat{Base: modutil.NewBase(typ, false), elem: a[0]}
	r.ref.Init(&repeatState{cnt})
	return r, nil
}

func repeatNext(t *o.Thread, v o.Value) (o.Value, error) {
	r := v.(*repeat)
	st := r.ref.Read(tx(t))
	if st.cnt == 0 {
		return nil, nil
	}
	if st.cnt > 0 {
		r.ref.Write(tx(t)).cnt--
	}
	return r.elem, nil
}

func repeatRepr(t *o.Thread, v o.Value) (o.Value, error) {
	r := v.(*repeat)
	e, err := o.ReprString(t, r.elem)
	if err != nil {
		return nil, err
	}
	if cnt := r.ref.Read(tx(t)).cnt; cnt >= 0 {
		return o.NewStr(fmt.Sprintf("repeat(%s, %d)", e, cnt)), nil
	}
	return o.NewStr(fmt.Sprintf("repeat(%s)", e)), nil
}

func repeat_length_hint(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	cnt := self.(*repeat).ref.Read(tx(t)).cnt
	if cnt < 0 {
		return nil, o.Errorf(o.TypeError, "len() of unsized object")
	}
	return o.Int(cnt), nil
}

// ---- chain ----

type chain struct {
	modutil.Base
	ref stm.Ref[chainState]
}

// chainState is chain's payload. No Copier: it holds no slice or map.
type chainState struct {
	source o.Value // iterator over the iterables; nil when exhausted
	active o.Value // current iterator, or nil
}

func chainNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := noKwFor(typ, chainType, "chain", kw); err != nil {
		return nil, err
	}
	src, err := o.Iter(t, o.NewTuple(args...))
	if err != nil {
		return nil, err
	}
	return newChain(typ, src), nil
}

func newChain(typ *o.Type, src o.Value) *chain {
	c := &chain{Base: modutil.NewBase(typ, false)}
	c.ref.Init(&chainState{source: src})
	return c
}

func chain_from_iterable(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("from_iterable", args, kw); err != nil {
		return nil, err
	}
	src, err := o.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	typ, _ := self.(*o.Type)
	if typ == nil {
		typ = chainType
	}
	return newChain(typ, src), nil
}

func chainNext(t *o.Thread, v o.Value) (o.Value, error) {
	c := v.(*chain)
	for {
		st := c.ref.Read(tx(t))
		if st.source == nil {
			return nil, nil
		}
		if st.active == nil {
			iterable, err := o.Next(t, st.source)
			if err != nil {
				return nil, err
			}
			if iterable == nil {
				c.ref.Write(tx(t)).source = nil
				return nil, nil
			}
			it, err := o.Iter(t, iterable)
			if err != nil {
				c.ref.Write(tx(t)).source = nil
				return nil, err
			}
			c.ref.Write(tx(t)).active = it
			continue
		}
		x, err := o.Next(t, st.active)
		if err != nil || x != nil {
			return x, err
		}
		c.ref.Write(tx(t)).active = nil
	}
}

// ---- compress ----

type compress struct {
	modutil.Base
	data, selectors o.Value
}

func compressNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	a, err := modutil.Parse("compress", args, kw, 2, "data", "selectors")
	if err != nil {
		return nil, err
	}
	data, err := o.Iter(t, a[0])
	if err != nil {
		return nil, err
	}
	sel, err := o.Iter(t, a[1])
	if err != nil {
		return nil, err
	}
	return &compress{Base: modutil.NewBase(typ, false), data: data, selectors: sel}, nil
}

func compressNext(t *o.Thread, v o.Value) (o.Value, error) {
	c := v.(*compress)
	for {
		x, err := o.Next(t, c.data)
		if err != nil || x == nil {
			return nil, err
		}
		s, err := o.Next(t, c.selectors)
		if err != nil || s == nil {
			return nil, err
		}
		ok, err := o.Truth(t, s)
		if err != nil {
			return nil, err
		}
		if ok {
			return x, nil
		}
	}
}

// ---- dropwhile, takewhile ----

type whileIter struct {
	modutil.Base
	pred, it o.Value
	ref      stm.Ref[whileState]
}

// whileState is the payload of takewhile and dropwhile. No Copier: it
// holds no slice or map.
type whileState struct{ done bool }

func whileNew(name string, own *o.Type) func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
		if err := noKwFor(typ, own, name, kw); err != nil {
			return nil, err
		}
		if err := modutil.UnpackArgs(name, args, 2, 2); err != nil {
			return nil, err
		}
		it, err := o.Iter(t, args[1])
		if err != nil {
			return nil, err
		}
		w := &whileIter{Base: modutil.NewBase(typ, false), pred: args[0], it: it}
		w.ref.Init(&whileState{})
		return w, nil
	}
}

func dropwhileNext(t *o.Thread, v o.Value) (o.Value, error) {
	w := v.(*whileIter)
	for {
		x, err := o.Next(t, w.it)
		if err != nil || x == nil {
			return nil, err
		}
		if w.ref.Read(tx(t)).done {
			return x, nil
		}
		r, err := o.Call(t, w.pred, []o.Value{x}, nil)
		if err != nil {
			return nil, err
		}
		ok, err := o.Truth(t, r)
		if err != nil {
			return nil, err
		}
		if !ok {
			w.ref.Write(tx(t)).done = true
			return x, nil
		}
	}
}

func takewhileNext(t *o.Thread, v o.Value) (o.Value, error) {
	w := v.(*whileIter)
	if w.ref.Read(tx(t)).done {
		return nil, nil
	}
	x, err := o.Next(t, w.it)
	if err != nil || x == nil {
		return nil, err
	}
	r, err := o.Call(t, w.pred, []o.Value{x}, nil)
	if err != nil {
		return nil, err
	}
	ok, err := o.Truth(t, r)
	if err != nil {
		return nil, err
	}
	if ok {
		return x, nil
	}
	w.ref.Write(tx(t)).done = true
	return nil, nil
}

// ---- groupby ----

type groupby struct {
	modutil.Base
	it, keyfunc o.Value
	ref         stm.Ref[groupbyState]
}

// groupbyState is shared by the groupby object and its groups, as in
// CPython: a group yields items only while the current key is its own.
// groupbyState is groupby's payload. No Copier: it holds no slice or
// map.
type groupbyState struct {
	tgtkey, currkey, currvalue o.Value
}

type grouper struct {
	modutil.Base
	parent *groupby
	tgtkey o.Value
}

func groupbyNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	a, err := modutil.Parse("groupby", args, kw, 1, "iterable", "key")
	if err != nil {
		return nil, err
	}
	it, err := o.Iter(t, a[0])
	if err != nil {
		return nil, err
	}
	key := a[1]
	if key == nil {
		key = o.None
	}
	g := &groupby{Base: modutil.NewBase(typ, false), it: it, keyfunc: key}
	g.ref.Init(&groupbyState{})
	return g, nil
}

// advance reads the next item and its key into the shared state; false
// at the end of the input.
func (g *groupby) advance(t *o.Thread) (bool, error) {
	x, err := o.Next(t, g.it)
	if err != nil || x == nil {
		return false, err
	}
	k := x
	if g.keyfunc != o.None {
		if k, err = o.Call(t, g.keyfunc, []o.Value{x}, nil); err != nil {
			return false, err
		}
	}
	w := g.ref.Write(tx(t))
	w.currkey, w.currvalue = k, x
	return true, nil
}

func groupbyNext(t *o.Thread, v o.Value) (o.Value, error) {
	g := v.(*groupby)
	for {
		st := g.ref.Read(tx(t))
		if st.currkey != nil {
			if st.tgtkey == nil {
				break
			}
			eq, err := o.Equal(t, st.tgtkey, st.currkey)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.advance(t)
		if err != nil || !ok {
			return nil, err
		}
	}
	w := g.ref.Write(tx(t))
	w.tgtkey = w.currkey
	gr := &grouper{Base: modutil.NewBase(grouperType, false), parent: g, tgtkey: w.tgtkey}
	return o.NewTuple(w.currkey, gr), nil
}

func grouperNext(t *o.Thread, v o.Value) (o.Value, error) {
	gr := v.(*grouper)
	g := gr.parent
	if g.ref.Read(tx(t)).currvalue == nil {
		ok, err := g.advance(t)
		if err != nil || !ok {
			return nil, err
		}
	}
	eq, err := o.Equal(t, gr.tgtkey, g.ref.Read(tx(t)).currkey)
	if err != nil || !eq {
		return nil, err
	}
	w := g.ref.Write(tx(t))
	r := w.currvalue
	w.currvalue, w.currkey = nil, nil
	return r, nil
}

// ---- ifilter, ifilterfalse ----

type filter struct {
	modutil.Base
	fn, it o.Value
	want   bool
}

func filterNew(name string, own *o.Type, want bool) func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
		if err := noKwFor(typ, own, name, kw); err != nil {
			return nil, err
		}
		if err := modutil.UnpackArgs(name, args, 2, 2); err != nil {
			return nil, err
		}
		it, err := o.Iter(t, args[1])
		if err != nil {
			return nil, err
		}
		return &filter{Base: modutil.NewBase(typ, false), fn: args[0], it: it, want: want}, nil
	}
}

func filterNext(t *o.Thread, v o.Value) (o.Value, error) {
	f := v.(*filter)
	for {
		x, err := o.Next(t, f.it)
		if err != nil || x == nil {
			return nil, err
		}
		r := x
		if f.fn != o.None {
			if r, err = o.Call(t, f.fn, []o.Value{x}, nil); err != nil {
				return nil, err
			}
		}
		ok, err := o.Truth(t, r)
		if err != nil {
			return nil, err
		}
		if ok == f.want {
			return x, nil
		}
	}
}

// ---- imap, starmap ----

type imap struct {
	modutil.Base
	fn  o.Value
	its []o.Value
}

func imapNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := noKwFor(typ, imapType, "imap", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, o.Errorf(o.TypeError, "imap() must have at least two arguments.")
	}
	its := make([]o.Value, len(args)-1)
	for i, a := range args[1:] {
		it, err := o.Iter(t, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return &imap{Base: modutil.NewBase(typ, false), fn: args[0], its: its}, nil
}

func imapNext(t *o.Thread, v o.Value) (o.Value, error) {
	m := v.(*imap)
	items := make([]o.Value, len(m.its))
	for i, it := range m.its {
		x, err := o.Next(t, it)
		if err != nil || x == nil {
			return nil, err
		}
		items[i] = x
	}
	if m.fn == o.None {
		return o.NewTuple(items...), nil
	}
	return o.Call(t, m.fn, items, nil)
}

type starmap struct {
	modutil.Base
	fn, it o.Value
}

func starmapNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := noKwFor(typ, starmapType, "starmap", kw); err != nil {
		return nil, err
	}
	if err := modutil.UnpackArgs("starmap", args, 2, 2); err != nil {
		return nil, err
	}
	it, err := o.Iter(t, args[1])
	if err != nil {
		return nil, err
	}
	return &starmap{Base: modutil.NewBase(typ, false), fn: args[0], it: it}, nil
}

func starmapNext(t *o.Thread, v o.Value) (o.Value, error) {
	s := v.(*starmap)
	x, err := o.Next(t, s.it)
	if err != nil || x == nil {
		return nil, err
	}
	var items []o.Value
	if tu, ok := x.(*o.Tuple); ok {
		items = tu.Elems()
	} else if items, err = o.ToSlice(t, x); err != nil {
		return nil, err
	}
	return o.Call(t, s.fn, items, nil)
}

// ---- islice ----

type islice struct {
	modutil.Base
	it         o.Value
	stop, step int
	ref        stm.Ref[isliceState]
}

// isliceState is islice's payload. No Copier: it holds no slice or map.
type isliceState struct{ next, cnt int }

const (
	stopMsg  = "Stop argument for islice() must be None or an integer: 0 <= x <= maxint."
	indexMsg = "Indices for islice() must be None or an integer: 0 <= x <= maxint."
	stepMsg  = "Step for islice() must be a positive integer or None."
)

func isliceNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := noKwFor(typ, isliceType, "islice", kw); err != nil {
		return nil, err
	}
	if err := modutil.UnpackArgs("islice", args, 2, 4); err != nil {
		return nil, err
	}
	start, stop, step := 0, -1, 1
	conv := func(v o.Value) int {
		n, err := modutil.AsSsize(t, v)
		if err != nil {
			return -1
		}
		return n
	}
	if len(args) == 2 {
		if args[1] != o.None {
			if stop = conv(args[1]); stop == -1 {
				return nil, o.Errorf(o.ValueError, stopMsg)
			}
		}
	} else {
		if args[1] != o.None {
			start = conv(args[1])
		}
		if args[2] != o.None {
			if stop = conv(args[2]); stop == -1 {
				return nil, o.Errorf(o.ValueError, stopMsg)
			}
		}
	}
	if start < 0 || stop < -1 {
		return nil, o.Errorf(o.ValueError, indexMsg)
	}
	if len(args) == 4 && args[3] != o.None {
		step = conv(args[3])
	}
	if step < 1 {
		return nil, o.Errorf(o.ValueError, stepMsg)
	}
	it, err := o.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	s := &islice{Base: modutil.NewBase(typ, false), it: it, stop: stop, step: step}
	s.ref.Init(&isliceState{next: start})
	return s, nil
}

func isliceNext(t *o.Thread, v o.Value) (o.Value, error) {
	s := v.(*islice)
	for s.ref.Read(tx(t)).cnt < s.ref.Read(tx(t)).next {
		x, err := o.Next(t, s.it)
		if err != nil || x == nil {
			return nil, err
		}
		s.ref.Write(tx(t)).cnt++
	}
	if s.stop != -1 && s.ref.Read(tx(t)).cnt >= s.stop {
		return nil, nil
	}
	x, err := o.Next(t, s.it)
	if err != nil || x == nil {
		return nil, err
	}
	w := s.ref.Write(tx(t))
	w.cnt++
	old := w.next
	w.next += s.step
	if w.next < old || s.stop != -1 && w.next > s.stop {
		w.next = s.stop
	}
	return x, nil
}

// ---- izip, izip_longest ----

type izip struct {
	modutil.Base
	its  []o.Value
	fill o.Value // izip_longest only
	ref  stm.Ref[izipState]
}

// izipState is the payload of izip and izip_longest. Copier: done is
// modified in place, so a private copy clones it.
type izipState struct {
	active int // izip_longest: iterators not yet exhausted
	done   []bool
}

// STMCopy gives a transaction's new private copy flags of its own.
func (st *izipState) STMCopy() {
	if st.done != nil {
		st.done = append([]bool(nil), st.done...)
	}
}

func izipNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := noKwFor(typ, izipType, "izip", kw); err != nil {
		return nil, err
	}
	its := make([]o.Value, len(args))
	for i, a := range args {
		it, err := o.Iter(t, a)
		if err != nil {
			if o.IsInstanceExc(err, o.TypeError) {
				return nil, o.Errorf(o.TypeError, "izip argument #%d must support iteration", i+1)
			}
			return nil, err
		}
		its[i] = it
	}
	z := &izip{Base: modutil.NewBase(typ, false), its: its}
	z.ref.Init(&izipState{})
	return z, nil
}

func izipNext(t *o.Thread, v o.Value) (o.Value, error) {
	z := v.(*izip)
	if len(z.its) == 0 {
		return nil, nil
	}
	items := make([]o.Value, len(z.its))
	for i, it := range z.its {
		x, err := o.Next(t, it)
		if err != nil || x == nil {
			return nil, err
		}
		items[i] = x
	}
	return o.NewTuple(items...), nil
}

func izipLongestNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	fill := o.Value(o.None)
	if len(kw) > 0 {
		if len(kw) != 2 || modutil.KwString(kw, 0) != "fillvalue" {
			return nil, o.Errorf(o.TypeError, "izip_longest() got an unexpected keyword argument")
		}
		fill = kw[1]
	}
	its := make([]o.Value, len(args))
	for i, a := range args {
		it, err := o.Iter(t, a)
		if err != nil {
			if o.IsInstanceExc(err, o.TypeError) {
				return nil, o.Errorf(o.TypeError, "izip_longest argument #%d must support iteration", i+1)
			}
			return nil, err
		}
		its[i] = it
	}
	z := &izip{Base: modutil.NewBase(typ, false), its: its, fill: fill}
	z.ref.Init(&izipState{active: len(its), done: make([]bool, len(its))})
	return z, nil
}

func izipLongestNext(t *o.Thread, v o.Value) (o.Value, error) {
	z := v.(*izip)
	if len(z.its) == 0 || z.ref.Read(tx(t)).active == 0 {
		return nil, nil
	}
	items := make([]o.Value, len(z.its))
	for i, it := range z.its {
		if z.ref.Read(tx(t)).done[i] {
			items[i] = z.fill
			continue
		}
		x, err := o.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			w := z.ref.Write(tx(t))
			w.done[i] = true
			w.active--
			if w.active == 0 {
				return nil, nil
			}
			x = z.fill
		}
		items[i] = x
	}
	return o.NewTuple(items...), nil
}

func init() {
	countType.New = countNew
	countType.Next = countNext
	countType.Repr = countRepr
	countType.AddMethods([]o.MethodDef{{Name: "__reduce__", Fn: count_reduce}})

	cycleType.New = cycleNew
	cycleType.Next = cycleNext

	repeatType.New = repeatNew
	repeatType.Next = repeatNext
	repeatType.Repr = repeatRepr
	repeatType.AddMethods([]o.MethodDef{{Name: "__length_hint__", Fn: repeat_length_hint}})

	chainType.New = chainNew
	chainType.Next = chainNext
	chainType.AddClassMethods([]o.MethodDef{{Name: "from_iterable", Fn: chain_from_iterable}})

	compressType.New = compressNew
	compressType.Next = compressNext
	dropwhileType.New = whileNew("dropwhile", dropwhileType)
	dropwhileType.Next = dropwhileNext
	takewhileType.New = whileNew("takewhile", takewhileType)
	takewhileType.Next = takewhileNext
	groupbyType.New = groupbyNew
	groupbyType.Next = groupbyNext
	grouperType.Next = grouperNext
	ifilterType.New = filterNew("ifilter", ifilterType, true)
	ifilterType.Next = filterNext
	ifilterfalseType.New = filterNew("ifilterfalse", ifilterfalseType, false)
	ifilterfalseType.Next = filterNext
	imapType.New = imapNew
	imapType.Next = imapNext
	starmapType.New = starmapNew
	starmapType.Next = starmapNext
	isliceType.New = isliceNew
	isliceType.Next = isliceNext
	izipType.New = izipNew
	izipType.Next = izipNext
	izipLongestType.New = izipLongestNew
	izipLongestType.Next = izipLongestNext
}
