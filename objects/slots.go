package objects

// This file connects slots and special methods, as CPython's slotdefs
// do: a built-in type's slots appear in its dict as slot wrappers
// (int.__add__), and a heap type's slots call the special methods its
// MRO defines (class A: def __add__ ...).

func wrapperMethod(name string, fn func(t *Thread, self Value, args, kw []Value) (Value, error)) *MethodDef {
	return &MethodDef{Name: name, Fn: fn}
}

func addWrapper(typ *Type, name string, fn func(t *Thread, self Value, args, kw []Value) (Value, error)) {
	key := Intern(name)
	if typ.Dict.getStr(nil, key) != nil {
		return
	}
	if isPayloadType(typ) {
		// tuple.__getitem__(sub, i) with sub an instance of a subclass:
		// the slot works on the built-in value inside it.
		f := fn
		fn = func(t *Thread, self Value, args, kw []Value) (Value, error) { return f(t, Unwrap(self), args, kw) }
	}
	typ.Dict.SetItemStr(nil, key, &MethodDescr{Owner: typ, M: wrapperMethod(name, fn), Wrapper: true})
}

func argCount(name string, args, kw []Value, n int) error {
	if len(kw) != 0 {
		return Errorf(TypeError, "wrapper %s doesn't take keyword arguments", name)
	}
	if len(args) != n {
		return Errorf(TypeError, "expected %d arguments, got %d", n, len(args))
	}
	return nil
}

func noKw(name string, kw []Value) error {
	if len(kw) != 0 {
		return Errorf(TypeError, "wrapper %s doesn't take keyword arguments", name)
	}
	return nil
}

// addSlotWrappers puts a wrapper into a built-in type's dict for each
// slot it defines itself (not inherited).
func addSlotWrappers(typ *Type) {
	base := typ.Base
	own := func(has, baseHas bool) bool { return has }
	_ = own
	unary := func(name string, f func(t *Thread, v Value) (Value, error)) {
		if f == nil {
			return
		}
		addWrapper(typ, name, func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount(name, args, kw, 0); err != nil {
				return nil, err
			}
			return f(t, self)
		})
	}
	binary := func(name, rname string, f BinaryFunc) {
		if f == nil {
			return
		}
		addWrapper(typ, name, func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount(name, args, kw, 1); err != nil {
				return nil, err
			}
			return f(t, self, args[0])
		})
		if rname != "" {
			addWrapper(typ, rname, func(t *Thread, self Value, args, kw []Value) (Value, error) {
				if err := argCount(rname, args, kw, 1); err != nil {
					return nil, err
				}
				return f(t, args[0], self)
			})
		}
	}
	_ = base
	unary("__repr__", typ.Repr)
	unary("__str__", typ.Str)
	if typ.Hash != nil {
		h := typ.Hash
		addWrapper(typ, "__hash__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__hash__", args, kw, 0); err != nil {
				return nil, err
			}
			x, err := h(t, self)
			if err != nil {
				return nil, err
			}
			return Int(x), nil
		})
	}
	if typ.Call != nil {
		c := typ.Call
		addWrapper(typ, "__call__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			return c(t, self, args, kw)
		})
	}
	if typ.GetAttr != nil {
		g := typ.GetAttr
		addWrapper(typ, "__getattribute__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__getattribute__", args, kw, 1); err != nil {
				return nil, err
			}
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return g(t, self, name)
		})
	}
	if typ.SetAttr != nil {
		s := typ.SetAttr
		addWrapper(typ, "__setattr__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__setattr__", args, kw, 2); err != nil {
				return nil, err
			}
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			if err := setattrHackCheck(self, s, "__setattr__"); err != nil {
				return nil, err
			}
			return None, s(t, self, name, args[1])
		})
		addWrapper(typ, "__delattr__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__delattr__", args, kw, 1); err != nil {
				return nil, err
			}
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			if err := setattrHackCheck(self, s, "__delattr__"); err != nil {
				return nil, err
			}
			return None, s(t, self, name, nil)
		})
	}
	if typ.Compare != nil {
		c := typ.Compare
		for op := LT; op <= GE; op++ {
			op := op
			addWrapper(typ, op.Dunder(), func(t *Thread, self Value, args, kw []Value) (Value, error) {
				if err := argCount(op.Dunder(), args, kw, 1); err != nil {
					return nil, err
				}
				return c(t, self, args[0], op)
			})
		}
	}
	if typ.Cmp3 != nil {
		c3 := typ.Cmp3
		addWrapper(typ, "__cmp__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__cmp__", args, kw, 1); err != nil {
				return nil, err
			}
			// wrap_cmpfunc: both operands must be of the type.
			if !args[0].Type().IsSubtype(self.Type()) {
				return nil, Errorf(TypeError, "%s.__cmp__(x,y) requires y to be a '%s', not a '%s'",
					self.Type().Name, self.Type().Name, args[0].Type().Name)
			}
			r, err := c3(t, self, args[0])
			if err != nil || r == NotImplemented {
				return r, err
			}
			n, err := CmpResult(t, r)
			return Int(n), err
		})
	}
	unary("__iter__", typ.Iter)
	if typ.Next != nil {
		n := typ.Next
		addWrapper(typ, "next", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("next", args, kw, 0); err != nil {
				return nil, err
			}
			v, err := n(t, self)
			if err == nil && v == nil {
				return nil, NewException(StopIteration)
			}
			return v, err
		})
	}
	if typ.Len != nil {
		l := typ.Len
		addWrapper(typ, "__len__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__len__", args, kw, 0); err != nil {
				return nil, err
			}
			n, err := l(t, self)
			if err != nil {
				return nil, err
			}
			return Int(n), nil
		})
	}
	if typ.GetItem != nil {
		binary("__getitem__", "", typ.GetItem)
	}
	if typ.SetItem != nil {
		s := typ.SetItem
		addWrapper(typ, "__setitem__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__setitem__", args, kw, 2); err != nil {
				return nil, err
			}
			return None, s(t, self, args[0], args[1])
		})
		addWrapper(typ, "__delitem__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__delitem__", args, kw, 1); err != nil {
				return nil, err
			}
			return None, s(t, self, args[0], nil)
		})
	}
	if typ.Contains != nil {
		c := typ.Contains
		addWrapper(typ, "__contains__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__contains__", args, kw, 1); err != nil {
				return nil, err
			}
			b, err := c(t, self, args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(b), nil
		})
	}
	if typ.Nonzero != nil {
		n := typ.Nonzero
		addWrapper(typ, "__nonzero__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__nonzero__", args, kw, 0); err != nil {
				return nil, err
			}
			b, err := n(t, self)
			if err != nil {
				return nil, err
			}
			return NewBool(b), nil
		})
	}
	if typ.GetSlice != nil {
		g := typ.GetSlice
		addWrapper(typ, "__getslice__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__getslice__", args, kw, 2); err != nil {
				return nil, err
			}
			lo, err := IndexOf(t, args[0])
			if err != nil {
				return nil, err
			}
			hi, err := IndexOf(t, args[1])
			if err != nil {
				return nil, err
			}
			return g(t, self, lo, hi)
		})
	}
	if typ.SetSlice != nil {
		s := typ.SetSlice
		addWrapper(typ, "__setslice__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__setslice__", args, kw, 3); err != nil {
				return nil, err
			}
			lo, err := IndexOf(t, args[0])
			if err != nil {
				return nil, err
			}
			hi, err := IndexOf(t, args[1])
			if err != nil {
				return nil, err
			}
			return None, s(t, self, lo, hi, args[2])
		})
		addWrapper(typ, "__delslice__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__delslice__", args, kw, 2); err != nil {
				return nil, err
			}
			lo, err := IndexOf(t, args[0])
			if err != nil {
				return nil, err
			}
			hi, err := IndexOf(t, args[1])
			if err != nil {
				return nil, err
			}
			return None, s(t, self, lo, hi, nil)
		})
	}
	if typ.Concat != nil && (typ.Number == nil || typ.Number.Add == nil) {
		binary("__add__", "", typ.Concat)
	}
	if typ.Repeat != nil {
		r := typ.Repeat
		mul := func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__mul__", args, kw, 1); err != nil {
				return nil, err
			}
			n, err := IndexOf(t, args[0])
			if err != nil {
				return nil, err
			}
			return r(t, self, n)
		}
		addWrapper(typ, "__mul__", mul)
		addWrapper(typ, "__rmul__", mul)
	}
	if typ.IConcat != nil {
		binary("__iadd__", "", typ.IConcat)
	}
	if typ.IRepeat != nil {
		r := typ.IRepeat
		addWrapper(typ, "__imul__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__imul__", args, kw, 1); err != nil {
				return nil, err
			}
			n, err := IndexOf(t, args[0])
			if err != nil {
				return nil, err
			}
			return r(t, self, n)
		})
	}
	if typ.DescrGet != nil {
		g := typ.DescrGet
		addWrapper(typ, "__get__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, Errorf(TypeError, "expected 1 or 2 arguments, got %d", len(args))
			}
			obj := args[0]
			var typ Value
			if len(args) > 1 {
				typ = args[1]
			}
			if obj == None {
				obj = nil
			}
			if typ == None {
				typ = nil
			}
			if obj == nil && typ == nil {
				return nil, Errorf(TypeError, "__get__(None, None) is invalid")
			}
			return g(t, self, obj, typ)
		})
	}
	if typ.DescrSet != nil {
		s := typ.DescrSet
		addWrapper(typ, "__set__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__set__", args, kw, 2); err != nil {
				return nil, err
			}
			return None, s(t, self, args[0], args[1])
		})
		addWrapper(typ, "__delete__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argCount("__delete__", args, kw, 1); err != nil {
				return nil, err
			}
			return None, s(t, self, args[0], nil)
		})
	}
	if typ.Init != nil {
		in := typ.Init
		addWrapper(typ, "__init__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
			return None, in(t, self, args, kw)
		})
	}
	if typ.New != nil {
		nw := typ.New
		owner := typ
		key := Intern("__new__")
		if typ.Dict.getStr(nil, key) == nil {
			typ.Dict.SetItemStr(nil, key, &MethodDescr{Owner: typ, Static: true, M: &MethodDef{Name: "__new__",
				Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
					if len(args) < 1 {
						return nil, Errorf(TypeError, "%s.__new__(): not enough arguments", owner.Name)
					}
					sub, ok := args[0].(*Type)
					if !ok {
						return nil, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", owner.Name, args[0].Type().Name)
					}
					if !sub.IsSubtype(owner) {
						return nil, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, sub.Name, sub.Name, owner.Name)
					}
					return nw(t, sub, args[1:], kw)
				}}})
		}
	}
	if n := typ.Number; n != nil {
		binary("__add__", "__radd__", n.Add)
		binary("__sub__", "__rsub__", n.Sub)
		binary("__mul__", "__rmul__", n.Mul)
		binary("__div__", "__rdiv__", n.Div)
		binary("__truediv__", "__rtruediv__", n.TrueDiv)
		binary("__floordiv__", "__rfloordiv__", n.FloorDiv)
		binary("__mod__", "__rmod__", n.Mod)
		binary("__divmod__", "__rdivmod__", n.Divmod)
		binary("__lshift__", "__rlshift__", n.LShift)
		binary("__rshift__", "__rrshift__", n.RShift)
		binary("__and__", "__rand__", n.And)
		binary("__or__", "__ror__", n.Or)
		binary("__xor__", "__rxor__", n.Xor)
		if n.Pow != nil {
			p := n.Pow
			addWrapper(typ, "__pow__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
				if err := noKw("__pow__", kw); err != nil {
					return nil, err
				}
				if len(args) < 1 || len(args) > 2 {
					return nil, Errorf(TypeError, "expected 1 or 2 arguments, got %d", len(args))
				}
				z := None
				if len(args) == 2 {
					z = args[1]
				}
				return p(t, self, args[0], z)
			})
			addWrapper(typ, "__rpow__", func(t *Thread, self Value, args, kw []Value) (Value, error) {
				if err := noKw("__rpow__", kw); err != nil {
					return nil, err
				}
				if len(args) < 1 || len(args) > 2 {
					return nil, Errorf(TypeError, "expected 1 or 2 arguments, got %d", len(args))
				}
				z := None
				if len(args) == 2 {
					z = args[1]
				}
				return p(t, args[0], self, z)
			})
		}
		binary("__iadd__", "", n.IAdd)
		binary("__isub__", "", n.ISub)
		binary("__imul__", "", n.IMul)
		binary("__idiv__", "", n.IDiv)
		binary("__itruediv__", "", n.ITrueDiv)
		binary("__ifloordiv__", "", n.IFloorDiv)
		binary("__imod__", "", n.IMod)
		binary("__ilshift__", "", n.ILShift)
		binary("__irshift__", "", n.IRShift)
		binary("__iand__", "", n.IAnd)
		binary("__ior__", "", n.IOr)
		binary("__ixor__", "", n.IXor)
		unary("__neg__", n.Neg)
		unary("__pos__", n.Pos)
		unary("__abs__", n.Abs)
		unary("__invert__", n.Invert)
		unary("__int__", n.Int)
		unary("__long__", n.Long)
		unary("__float__", n.Float)
		unary("__complex__", n.Complex)
		unary("__oct__", n.Oct)
		unary("__hex__", n.Hex)
		unary("__index__", n.Index)
		binary("__coerce__", "", n.Coerce)
	}
}

// inheritSlots copies into typ the slots it does not define from base.
func inheritSlots(typ, base *Type) {
	if typ.New == nil && typ.Flags&FlagAbstract == 0 && base != ObjectType {
		typ.New = base.New
	}
	if typ.Init == nil {
		typ.Init = base.Init
	}
	if typ.Repr == nil {
		typ.Repr = base.Repr
	}
	if typ.Str == nil {
		typ.Str = base.Str
	}
	if typ.Hash == nil && typ.Compare == nil && typ.Cmp3 == nil {
		typ.Hash = base.Hash
	}
	if typ.Call == nil {
		typ.Call = base.Call
	}
	if typ.GetAttr == nil {
		typ.GetAttr = base.GetAttr
	}
	if typ.SetAttr == nil {
		typ.SetAttr = base.SetAttr
	}
	if typ.Compare == nil && typ.Cmp3 == nil {
		typ.Compare = base.Compare
		typ.Cmp3 = base.Cmp3
	}
	if typ.Iter == nil {
		typ.Iter = base.Iter
	}
	if typ.Next == nil {
		typ.Next = base.Next
	}
	if typ.Len == nil {
		typ.Len = base.Len
	}
	if typ.GetItem == nil {
		typ.GetItem = base.GetItem
	}
	if typ.SetItem == nil {
		typ.SetItem = base.SetItem
	}
	if typ.Contains == nil {
		typ.Contains = base.Contains
	}
	if typ.Nonzero == nil {
		typ.Nonzero = base.Nonzero
	}
	if typ.GetSlice == nil {
		typ.GetSlice = base.GetSlice
	}
	if typ.SetSlice == nil {
		typ.SetSlice = base.SetSlice
	}
	if typ.Concat == nil {
		typ.Concat = base.Concat
	}
	if typ.Repeat == nil {
		typ.Repeat = base.Repeat
	}
	if typ.IConcat == nil {
		typ.IConcat = base.IConcat
	}
	if typ.IRepeat == nil {
		typ.IRepeat = base.IRepeat
	}
	if typ.DescrGet == nil {
		typ.DescrGet = base.DescrGet
	}
	if typ.DescrSet == nil {
		typ.DescrSet = base.DescrSet
	}
	if typ.Unicode == nil {
		typ.Unicode = base.Unicode
	}
	if typ.Number == nil {
		typ.Number = base.Number
	} else if base.Number != nil {
		n, b := *typ.Number, base.Number
		inheritNumber(&n, b)
		typ.Number = &n
	}
}

func inheritNumber(n, b *NumberSlots) {
	bin := []struct{ d, s *BinaryFunc }{
		{&n.Add, &b.Add}, {&n.Sub, &b.Sub}, {&n.Mul, &b.Mul}, {&n.Div, &b.Div}, {&n.TrueDiv, &b.TrueDiv},
		{&n.FloorDiv, &b.FloorDiv}, {&n.Mod, &b.Mod}, {&n.Divmod, &b.Divmod}, {&n.LShift, &b.LShift},
		{&n.RShift, &b.RShift}, {&n.And, &b.And}, {&n.Or, &b.Or}, {&n.Xor, &b.Xor},
		{&n.IAdd, &b.IAdd}, {&n.ISub, &b.ISub}, {&n.IMul, &b.IMul}, {&n.IDiv, &b.IDiv},
		{&n.ITrueDiv, &b.ITrueDiv}, {&n.IFloorDiv, &b.IFloorDiv}, {&n.IMod, &b.IMod},
		{&n.ILShift, &b.ILShift}, {&n.IRShift, &b.IRShift}, {&n.IAnd, &b.IAnd}, {&n.IOr, &b.IOr},
		{&n.IXor, &b.IXor}, {&n.Coerce, &b.Coerce},
	}
	for _, p := range bin {
		if *p.d == nil {
			*p.d = *p.s
		}
	}
	un := []struct{ d, s *UnaryFunc }{
		{&n.Neg, &b.Neg}, {&n.Pos, &b.Pos}, {&n.Abs, &b.Abs}, {&n.Invert, &b.Invert},
		{&n.Int, &b.Int}, {&n.Long, &b.Long}, {&n.Float, &b.Float}, {&n.Complex, &b.Complex},
		{&n.Oct, &b.Oct}, {&n.Hex, &b.Hex}, {&n.Index, &b.Index},
	}
	for _, p := range un {
		if *p.d == nil {
			*p.d = *p.s
		}
	}
	if n.Pow == nil {
		n.Pow = b.Pow
	}
	if n.IPow == nil {
		n.IPow = b.IPow
	}
}

// setattrHackCheck refuses, as CPython's hackcheck does, to apply a
// built-in type's __setattr__ or __delattr__ to an object whose built-in
// base type sets attributes another way (object.__setattr__(SomeClass,
// ...) would bypass type's own checks).
func setattrHackCheck(self Value, fn func(t *Thread, v Value, name *Str, val Value) error, what string) error {
	typ := self.Type()
	for _, m := range typ.MRO {
		if m.IsHeap() {
			continue
		}
		if m.SetAttr != nil && !sameFunc(m.SetAttr, fn) {
			return Errorf(TypeError, "can't apply this %s to %s object", what, m.Name)
		}
		break
	}
	return nil
}
