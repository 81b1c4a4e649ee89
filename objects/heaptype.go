package objects

import "reflect"

// payloadTypes are the immutable built-ins whose subclass instances are
// *Instance values carrying the built-in value as their base.
func isPayloadType(typ *Type) bool {
	switch typ {
	case IntType, LongType, FloatType, ComplexType, StrType, UnicodeType, TupleType, FrozenSetType, BaseStringType:
		return true
	}
	return false
}

// solidBase returns the nearest built-in type in typ's MRO.
func solidBase(typ *Type) *Type {
	for _, m := range typ.MRO {
		if !m.IsHeap() {
			return m
		}
	}
	return ObjectType
}

func sameFunc(a, b any) bool {
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

// specialSlot finds name in typ's MRO and reports whether it is
// something other than a built-in slot wrapper (so the heap slot must
// call it), and whether it was found at all.
func specialSlot(t *Thread, typ *Type, name string) (custom, found bool) {
	v := typ.Lookup(t, Intern(name))
	if v == nil {
		return false, false
	}
	if d, ok := v.(*MethodDescr); ok && (d.Wrapper || d.Static) {
		return false, true
	}
	return true, true
}

// fixupSlots recomputes the slots of heap type typ from its MRO.
func fixupSlots(t *Thread, typ *Type) {
	sb := solidBase(typ)
	keepNew := typ.New
	// Every field that is not a slot must be carried over here.
	*typ = Type{
		Name: typ.Name, Base: typ.Base, Bases: typ.Bases, MRO: typ.MRO, mroAll: typ.mroAll, Flags: typ.Flags, Dict: typ.Dict,
		SlotNames: typ.SlotNames, NSlots: typ.NSlots, Meta: typ.Meta, subclasses: typ.subclasses,
		Version: typ.Version, Payload: typ.Payload,
	}
	_ = keepNew
	copySlots(typ, sb)
	if typ.Payload != nil {
		unwrapSlots(typ)
	}
	for _, sd := range heapSlotDefs {
		custom, found := false, false
		for _, n := range sd.names {
			c, f := specialSlot(t, typ, n)
			custom = custom || c
			found = found || f
		}
		if custom {
			sd.install(typ)
		}
	}
	if typ.GetAttr == nil {
		typ.GetAttr = GenericGetAttr
	}
	// __getattr__ wraps whatever __getattribute__ is.
	if typ.Lookup(t, Intern("__getattr__")) != nil {
		inner := typ.GetAttr
		typ.GetAttr = func(t *Thread, v Value, name *Str) (Value, error) {
			r, err := inner(t, v, name)
			if err != nil && IsInstanceExc(err, AttributeError) {
				return CallMethod(t, v, "__getattr__", name)
			}
			return r, err
		}
	}
	if typ.Lookup(t, Intern("__hash__")) == None {
		typ.Hash = nil
	}
	typ.hasDel = typ.Lookup(t, strDel) != nil
	typ.cacheSlotKinds()
}

var strDel = Intern("__del__")

// copySlots copies every slot of src into dst.
func copySlots(dst, src *Type) {
	dst.New, dst.Init = src.New, src.Init
	dst.Repr, dst.Str, dst.Unicode, dst.Hash, dst.Call = src.Repr, src.Str, src.Unicode, src.Hash, src.Call
	dst.GetAttr, dst.SetAttr = src.GetAttr, src.SetAttr
	dst.Compare, dst.Cmp3 = src.Compare, src.Cmp3
	dst.Iter, dst.Next = src.Iter, src.Next
	dst.Len, dst.GetItem, dst.SetItem, dst.Contains, dst.Nonzero = src.Len, src.GetItem, src.SetItem, src.Contains, src.Nonzero
	dst.GetSlice, dst.SetSlice = src.GetSlice, src.SetSlice
	dst.Concat, dst.Repeat, dst.IConcat, dst.IRepeat = src.Concat, src.Repeat, src.IConcat, src.IRepeat
	dst.DescrGet, dst.DescrSet = src.DescrGet, src.DescrSet
	if src.Number != nil {
		n := *src.Number
		dst.Number = &n
	}
}

// unwrapSlots makes the slots copied from an immutable built-in receive
// the built-in value of an instance.
func unwrapSlots(typ *Type) {
	u1 := func(f func(*Thread, Value) (Value, error)) func(*Thread, Value) (Value, error) {
		if f == nil {
			return nil
		}
		return func(t *Thread, v Value) (Value, error) { return f(t, Unwrap(v)) }
	}
	u2 := func(f BinaryFunc) BinaryFunc {
		if f == nil {
			return nil
		}
		return func(t *Thread, a, b Value) (Value, error) { return f(t, Unwrap(a), Unwrap(b)) }
	}
	// Slots inherited from object itself work on the instance: object's
	// str() calls the class's own repr.
	if !sameFunc(typ.Repr, ObjectType.Repr) {
		typ.Repr = u1(typ.Repr)
	}
	if !sameFunc(typ.Str, ObjectType.Str) {
		typ.Str = u1(typ.Str)
	}
	typ.Unicode, typ.Iter = u1(typ.Unicode), u1(typ.Iter)
	if h := typ.Hash; h != nil && !sameFunc(h, ObjectType.Hash) {
		typ.Hash = func(t *Thread, v Value) (int64, error) { return h(t, Unwrap(v)) }
	}
	if c := typ.Compare; c != nil {
		typ.Compare = func(t *Thread, a, b Value, op Cmp) (Value, error) { return c(t, Unwrap(a), Unwrap(b), op) }
	}
	typ.Cmp3 = u2(typ.Cmp3)
	if l := typ.Len; l != nil {
		typ.Len = func(t *Thread, v Value) (int, error) { return l(t, Unwrap(v)) }
	}
	typ.GetItem = u2(typ.GetItem)
	if c := typ.Contains; c != nil {
		typ.Contains = func(t *Thread, v, x Value) (bool, error) { return c(t, Unwrap(v), x) }
	}
	if n := typ.Nonzero; n != nil {
		typ.Nonzero = func(t *Thread, v Value) (bool, error) { return n(t, Unwrap(v)) }
	}
	if g := typ.GetSlice; g != nil {
		typ.GetSlice = func(t *Thread, v Value, lo, hi int) (Value, error) { return g(t, Unwrap(v), lo, hi) }
	}
	typ.Concat = u2(typ.Concat)
	if r := typ.Repeat; r != nil {
		typ.Repeat = func(t *Thread, v Value, n int) (Value, error) { return r(t, Unwrap(v), n) }
	}
	if n := typ.Number; n != nil {
		for _, p := range []*BinaryFunc{&n.Add, &n.Sub, &n.Mul, &n.Div, &n.TrueDiv, &n.FloorDiv, &n.Divmod,
			&n.LShift, &n.RShift, &n.And, &n.Or, &n.Xor, &n.Coerce} {
			*p = u2(*p)
		}
		if m := n.Mod; m != nil {
			// A str or unicode format keeps its arguments as they are:
			// '%s' % S('x') calls S's own __str__.
			n.Mod = func(t *Thread, a, b Value) (Value, error) {
				a = Unwrap(a)
				switch a.(type) {
				case *Str, *Unicode:
					return m(t, a, b)
				}
				return m(t, a, Unwrap(b))
			}
		}
		for _, p := range []*UnaryFunc{&n.Neg, &n.Pos, &n.Abs, &n.Invert, &n.Int, &n.Long, &n.Float, &n.Complex, &n.Oct, &n.Hex, &n.Index} {
			*p = UnaryFunc(u1(*p))
		}
		if pw := n.Pow; pw != nil {
			n.Pow = func(t *Thread, a, b, c Value) (Value, error) { return pw(t, Unwrap(a), Unwrap(b), c) }
		}
	}
}

type heapSlotDef struct {
	names   []string
	install func(typ *Type)
}

func callSpecial0(name string) func(*Thread, Value) (Value, error) {
	return func(t *Thread, v Value) (Value, error) { return CallMethod(t, v, name) }
}

func heapBinary(name, rname string, sel func(*NumberSlots) *BinaryFunc) heapSlotDef {
	names := []string{name}
	if rname != "" {
		names = append(names, rname)
	}
	var self BinaryFunc
	self = func(t *Thread, a, b Value) (Value, error) {
		ta, tb := a.Type(), b.Type()
		aHas := ta.Number != nil && *sel(ta.Number) != nil && sameFunc(*sel(ta.Number), self)
		bHas := rname != "" && tb != ta && tb.Number != nil && *sel(tb.Number) != nil && sameFunc(*sel(tb.Number), self)
		if aHas {
			if bHas && tb.IsSubtype(ta) {
				if m := tb.Lookup(t, Intern(rname)); m != nil && m != ta.Lookup(t, Intern(rname)) {
					r, err := callSpecialIf(t, b, rname, a)
					if err != nil || r != NotImplemented {
						return r, err
					}
					bHas = false
				}
			}
			r, err := callSpecialIf(t, a, name, b)
			if err != nil || r != NotImplemented || tb == ta {
				return r, err
			}
		}
		if bHas || (rname != "" && !aHas) {
			return callSpecialIf(t, b, rname, a)
		}
		return NotImplemented, nil
	}
	return heapSlotDef{names, func(typ *Type) {
		if typ.Number == nil {
			typ.Number = &NumberSlots{}
		}
		*sel(typ.Number) = self
	}}
}

// callSpecialIf calls v's special method name with args, or returns
// NotImplemented if v's type does not have it.
func callSpecialIf(t *Thread, v Value, name string, args ...Value) (Value, error) {
	m := v.Type().Lookup(t, Intern(name))
	if m == nil {
		return NotImplemented, nil
	}
	return callDescr(t, m, v, args)
}

func heapInplace(name string, sel func(*NumberSlots) *BinaryFunc) heapSlotDef {
	return heapSlotDef{[]string{name}, func(typ *Type) {
		if typ.Number == nil {
			typ.Number = &NumberSlots{}
		}
		*sel(typ.Number) = func(t *Thread, a, b Value) (Value, error) { return callSpecialIf(t, a, name, b) }
	}}
}

func heapUnary(name string, sel func(*NumberSlots) *UnaryFunc) heapSlotDef {
	return heapSlotDef{[]string{name}, func(typ *Type) {
		if typ.Number == nil {
			typ.Number = &NumberSlots{}
		}
		*sel(typ.Number) = callSpecial0(name)
	}}
}

var heapSlotDefs []heapSlotDef

func init() {
	heapSlotDefs = []heapSlotDef{
		{[]string{"__repr__"}, func(typ *Type) { typ.Repr = callSpecial0("__repr__") }},
		{[]string{"__str__"}, func(typ *Type) { typ.Str = callSpecial0("__str__") }},
		{[]string{"__unicode__"}, func(typ *Type) { typ.Unicode = callSpecial0("__unicode__") }},
		{[]string{"__hash__"}, func(typ *Type) { typ.Hash = slotHash }},
		{[]string{"__call__"}, func(typ *Type) {
			typ.Call = func(t *Thread, f Value, args, kw []Value) (Value, error) {
				m := f.Type().Lookup(t, Intern("__call__"))
				if m == nil {
					return nil, Errorf(TypeError, "'%s' object is not callable", f.Type().Name)
				}
				return callDescrKw(t, m, f, args, kw)
			}
		}},
		{[]string{"__getattribute__"}, func(typ *Type) {
			typ.GetAttr = func(t *Thread, v Value, name *Str) (Value, error) {
				return CallMethod(t, v, "__getattribute__", name)
			}
		}},
		{[]string{"__setattr__", "__delattr__"}, func(typ *Type) { typ.SetAttr = slotSetAttr }},
		{[]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}, func(typ *Type) { typ.Compare = slotCompare }},
		{[]string{"__cmp__"}, func(typ *Type) {
			typ.Cmp3 = func(t *Thread, a, b Value) (Value, error) {
				if r, err := callSpecialIf(t, a, "__cmp__", b); err != nil || r != NotImplemented {
					return r, err
				}
				r, err := callSpecialIf(t, b, "__cmp__", a)
				if err != nil || r == NotImplemented {
					return r, err
				}
				n, err := CmpResult(t, r)
				if err != nil {
					return nil, err
				}
				return Int(-n), nil
			}
		}},
		{[]string{"__iter__"}, func(typ *Type) { typ.Iter = callSpecial0("__iter__") }},
		{[]string{"next"}, func(typ *Type) {
			typ.Next = func(t *Thread, v Value) (Value, error) {
				r, err := CallMethod(t, v, "next")
				if err != nil && IsInstanceExc(err, StopIteration) {
					return nil, nil
				}
				return r, err
			}
		}},
		{[]string{"__len__"}, func(typ *Type) { typ.Len = slotLen }},
		{[]string{"__getitem__"}, func(typ *Type) {
			typ.GetItem = func(t *Thread, v, k Value) (Value, error) { return CallMethod(t, v, "__getitem__", k) }
		}},
		{[]string{"__setitem__", "__delitem__"}, func(typ *Type) {
			typ.SetItem = func(t *Thread, v, k, x Value) error {
				var err error
				if x == nil {
					_, err = CallMethod(t, v, "__delitem__", k)
				} else {
					_, err = CallMethod(t, v, "__setitem__", k, x)
				}
				return err
			}
		}},
		{[]string{"__contains__"}, func(typ *Type) {
			typ.Contains = func(t *Thread, v, x Value) (bool, error) {
				r, err := CallMethod(t, v, "__contains__", x)
				if err != nil {
					return false, err
				}
				return Truth(t, r)
			}
		}},
		{[]string{"__nonzero__", "__len__"}, func(typ *Type) { typ.Nonzero = slotNonzero }},
		{[]string{"__getslice__"}, func(typ *Type) {
			typ.GetSlice = func(t *Thread, v Value, lo, hi int) (Value, error) {
				return CallMethod(t, v, "__getslice__", Int(lo), Int(hi))
			}
		}},
		{[]string{"__setslice__", "__delslice__"}, func(typ *Type) {
			typ.SetSlice = func(t *Thread, v Value, lo, hi int, x Value) error {
				var err error
				if x == nil {
					_, err = CallMethod(t, v, "__delslice__", Int(lo), Int(hi))
				} else {
					_, err = CallMethod(t, v, "__setslice__", Int(lo), Int(hi), x)
				}
				return err
			}
		}},
		{[]string{"__get__"}, func(typ *Type) {
			typ.DescrGet = func(t *Thread, d, obj Value, owner Value) (Value, error) {
				if obj == nil {
					obj = None
				}
				if owner == nil {
					owner = None
				}
				return CallMethod(t, d, "__get__", obj, owner)
			}
		}},
		{[]string{"__set__", "__delete__"}, func(typ *Type) {
			typ.DescrSet = func(t *Thread, d, obj, val Value) error {
				var err error
				if val == nil {
					_, err = CallMethod(t, d, "__delete__", obj)
				} else {
					_, err = CallMethod(t, d, "__set__", obj, val)
				}
				return err
			}
		}},
		{[]string{"__init__"}, func(typ *Type) { typ.Init = slotInit }},
		{[]string{"__new__"}, func(typ *Type) { typ.New = slotNew }},
		heapBinary("__add__", "__radd__", func(n *NumberSlots) *BinaryFunc { return &n.Add }),
		heapBinary("__sub__", "__rsub__", func(n *NumberSlots) *BinaryFunc { return &n.Sub }),
		heapBinary("__mul__", "__rmul__", func(n *NumberSlots) *BinaryFunc { return &n.Mul }),
		heapBinary("__div__", "__rdiv__", func(n *NumberSlots) *BinaryFunc { return &n.Div }),
		heapBinary("__truediv__", "__rtruediv__", func(n *NumberSlots) *BinaryFunc { return &n.TrueDiv }),
		heapBinary("__floordiv__", "__rfloordiv__", func(n *NumberSlots) *BinaryFunc { return &n.FloorDiv }),
		heapBinary("__mod__", "__rmod__", func(n *NumberSlots) *BinaryFunc { return &n.Mod }),
		heapBinary("__divmod__", "__rdivmod__", func(n *NumberSlots) *BinaryFunc { return &n.Divmod }),
		heapBinary("__lshift__", "__rlshift__", func(n *NumberSlots) *BinaryFunc { return &n.LShift }),
		heapBinary("__rshift__", "__rrshift__", func(n *NumberSlots) *BinaryFunc { return &n.RShift }),
		heapBinary("__and__", "__rand__", func(n *NumberSlots) *BinaryFunc { return &n.And }),
		heapBinary("__or__", "__ror__", func(n *NumberSlots) *BinaryFunc { return &n.Or }),
		heapBinary("__xor__", "__rxor__", func(n *NumberSlots) *BinaryFunc { return &n.Xor }),
		heapBinary("__coerce__", "", func(n *NumberSlots) *BinaryFunc { return &n.Coerce }),
		{[]string{"__pow__", "__rpow__"}, func(typ *Type) {
			if typ.Number == nil {
				typ.Number = &NumberSlots{}
			}
			typ.Number.Pow = func(t *Thread, a, b, c Value) (Value, error) {
				if a.Type().Lookup(t, Intern("__pow__")) != nil && a.Type().IsHeap() {
					var r Value
					var err error
					if c == None {
						r, err = callSpecialIf(t, a, "__pow__", b)
					} else {
						r, err = callSpecialIf(t, a, "__pow__", b, c)
					}
					if err != nil || r != NotImplemented || c != None {
						return r, err
					}
				}
				if c == None && b.Type() != a.Type() {
					return callSpecialIf(t, b, "__rpow__", a)
				}
				return NotImplemented, nil
			}
		}},
		heapInplace("__iadd__", func(n *NumberSlots) *BinaryFunc { return &n.IAdd }),
		heapInplace("__isub__", func(n *NumberSlots) *BinaryFunc { return &n.ISub }),
		heapInplace("__imul__", func(n *NumberSlots) *BinaryFunc { return &n.IMul }),
		heapInplace("__idiv__", func(n *NumberSlots) *BinaryFunc { return &n.IDiv }),
		heapInplace("__itruediv__", func(n *NumberSlots) *BinaryFunc { return &n.ITrueDiv }),
		heapInplace("__ifloordiv__", func(n *NumberSlots) *BinaryFunc { return &n.IFloorDiv }),
		heapInplace("__imod__", func(n *NumberSlots) *BinaryFunc { return &n.IMod }),
		heapInplace("__ilshift__", func(n *NumberSlots) *BinaryFunc { return &n.ILShift }),
		heapInplace("__irshift__", func(n *NumberSlots) *BinaryFunc { return &n.IRShift }),
		heapInplace("__iand__", func(n *NumberSlots) *BinaryFunc { return &n.IAnd }),
		heapInplace("__ior__", func(n *NumberSlots) *BinaryFunc { return &n.IOr }),
		heapInplace("__ixor__", func(n *NumberSlots) *BinaryFunc { return &n.IXor }),
		{[]string{"__ipow__"}, func(typ *Type) {
			if typ.Number == nil {
				typ.Number = &NumberSlots{}
			}
			typ.Number.IPow = func(t *Thread, a, b, c Value) (Value, error) { return callSpecialIf(t, a, "__ipow__", b) }
		}},
		heapUnary("__neg__", func(n *NumberSlots) *UnaryFunc { return &n.Neg }),
		heapUnary("__pos__", func(n *NumberSlots) *UnaryFunc { return &n.Pos }),
		heapUnary("__abs__", func(n *NumberSlots) *UnaryFunc { return &n.Abs }),
		heapUnary("__invert__", func(n *NumberSlots) *UnaryFunc { return &n.Invert }),
		heapUnary("__int__", func(n *NumberSlots) *UnaryFunc { return &n.Int }),
		heapUnary("__long__", func(n *NumberSlots) *UnaryFunc { return &n.Long }),
		heapUnary("__float__", func(n *NumberSlots) *UnaryFunc { return &n.Float }),
		heapUnary("__complex__", func(n *NumberSlots) *UnaryFunc { return &n.Complex }),
		heapUnary("__oct__", func(n *NumberSlots) *UnaryFunc { return &n.Oct }),
		heapUnary("__hex__", func(n *NumberSlots) *UnaryFunc { return &n.Hex }),
		heapUnary("__index__", func(n *NumberSlots) *UnaryFunc { return &n.Index }),
	}
}

func slotHash(t *Thread, v Value) (int64, error) {
	m := v.Type().Lookup(t, Intern("__hash__"))
	if m == nil || m == None {
		return 0, Errorf(TypeError, "unhashable type: '%s'", v.Type().Name)
	}
	r, err := callDescr(t, m, v, nil)
	if err != nil {
		return 0, err
	}
	if l, ok := Unwrap(r).(*Long); ok {
		return Hash(t, l)
	}
	h, err := IntAsLong(t, r)
	if err != nil {
		return 0, err
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

func slotSetAttr(t *Thread, v Value, name *Str, val Value) error {
	var err error
	if val == nil {
		_, err = CallMethod(t, v, "__delattr__", name)
	} else {
		_, err = CallMethod(t, v, "__setattr__", name, val)
	}
	return err
}

func slotCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	return callSpecialIf(t, a, op.Dunder(), b)
}

func slotLen(t *Thread, v Value) (int, error) {
	r, err := CallMethod(t, v, "__len__")
	if err != nil {
		return 0, err
	}
	n, err := lenResult(t, r)
	return n, err
}

func lenResult(t *Thread, r Value) (int, error) {
	n, err := IntAsSsize(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	return n, nil
}

func slotNonzero(t *Thread, v Value) (bool, error) {
	m := v.Type().Lookup(t, Intern("__nonzero__"))
	if m != nil {
		r, err := callDescr(t, m, v, nil)
		if err != nil {
			return false, err
		}
		switch x := Unwrap(r).(type) {
		case Bool:
			return bool(x), nil
		case Int:
			return x != 0, nil
		}
		return false, Errorf(TypeError, "__nonzero__ should return bool or int, returned %s", r.Type().Name)
	}
	m = v.Type().Lookup(t, Intern("__len__"))
	if m != nil {
		r, err := callDescr(t, m, v, nil)
		if err != nil {
			return false, err
		}
		n, err := lenResult(t, r)
		return n != 0, err
	}
	return true, nil
}

func slotInit(t *Thread, self Value, args, kw []Value) error {
	m := self.Type().Lookup(t, Intern("__init__"))
	r, err := callDescrKw(t, m, self, args, kw)
	if err != nil {
		return err
	}
	if r != None {
		return Errorf(TypeError, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return nil
}

func slotNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	m := typ.Lookup(t, Intern("__new__"))
	if sm, ok := m.(*StaticMethod); ok {
		m = sm.fn
	}
	all := make([]Value, 0, len(args)+1)
	all = append(all, typ)
	all = append(all, args...)
	return Call(t, m, all, kw)
}

// callDescr calls the attribute m found on v's type, binding it to v.
func callDescr(t *Thread, m Value, v Value, args []Value) (Value, error) {
	return callDescrKw(t, m, v, args, nil)
}

func callDescrKw(t *Thread, m Value, v Value, args, kw []Value) (Value, error) {
	switch f := m.(type) {
	case *Function:
		all := make([]Value, 0, len(args)+1)
		all = append(all, v)
		all = append(all, args...)
		return Call(t, f, all, kw)
	case *MethodDescr:
		if !f.Class && !f.Static {
			return f.M.Fn(t, v, args, kw)
		}
	}
	if g := m.Type().DescrGet; g != nil {
		b, err := g(t, m, v, v.Type())
		if err != nil {
			return nil, err
		}
		return Call(t, b, args, kw)
	}
	return Call(t, m, args, kw)
}

// CallMethod calls v's special method name (looked up on its type, as
// CPython looks up special methods) with args.
func CallMethod(t *Thread, v Value, name string, args ...Value) (Value, error) {
	m := v.Type().Lookup(t, Intern(name))
	if m == nil {
		return nil, Errorf(AttributeError, "%s", name)
	}
	return callDescr(t, m, v, args)
}
