package objects

import "strings"

// RichCompare returns a op b as CPython 2.7's PyObject_RichCompare does:
// rich comparison slots (the reflected one first when b's type derives
// from a's), then __cmp__ and coercion, then the default ordering.
func RichCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	// Fast paths.
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return NewBool(cmpOrdered(x, y, op)), nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return NewBool(cmpOrdered(x.s, y.s, op)), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return NewBool(cmpFloat(float64(x), float64(y), op)), nil
		}
	}
	r, err := tryRichCompare(t, a, b, op)
	if err != nil || r != NotImplemented {
		return r, err
	}
	c, err := compare3(t, a, b)
	if err != nil {
		return nil, err
	}
	return NewBool(cmpOrdered(c, 0, op)), nil
}

func cmpOrdered[T int | Int | string | int64](x, y T, op Cmp) bool {
	switch op {
	case LT:
		return x < y
	case LE:
		return x <= y
	case EQ:
		return x == y
	case NE:
		return x != y
	case GT:
		return x > y
	}
	return x >= y
}

func cmpFloat(x, y float64, op Cmp) bool {
	switch op {
	case LT:
		return x < y
	case LE:
		return x <= y
	case EQ:
		return x == y
	case NE:
		return x != y
	case GT:
		return x > y
	}
	return x >= y
}

func tryRichCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	ta, tb := a.Type(), b.Type()
	if ta != tb && tb.Compare != nil && tb.IsSubtype(ta) && !isOldStyle(b) {
		r, err := tb.Compare(t, b, a, op.Swap())
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.Compare != nil {
		r, err := ta.Compare(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if tb.Compare != nil {
		return tb.Compare(t, b, a, op.Swap())
	}
	return NotImplemented, nil
}

// compare3 is CPython 2.7's three-way comparison: __cmp__ (with
// coercion), then the default order.
func compare3(t *Thread, a, b Value) (int, error) {
	if Is(a, b) {
		return 0, nil
	}
	ta, tb := a.Type(), b.Type()
	if ta.Cmp3 != nil {
		r, err := ta.Cmp3(t, a, b)
		if err != nil {
			return 0, err
		}
		if r != NotImplemented {
			return CmpResult(t, r)
		}
	}
	if tb.Cmp3 != nil && tb != ta {
		r, err := tb.Cmp3(t, b, a)
		if err != nil {
			return 0, err
		}
		if r != NotImplemented {
			c, err := CmpResult(t, r)
			return -c, err
		}
	}
	return defaultCompare(a, b), nil
}

// defaultCompare orders unrelated objects as CPython 2.7 does: None
// first, numbers before other types, then by type name, then by address.
func defaultCompare(a, b Value) int {
	ta, tb := a.Type(), b.Type()
	if ta == tb {
		return cmpAddr(a, b)
	}
	if a == None {
		return -1
	}
	if b == None {
		return 1
	}
	an, bn := isNumber(a), isNumber(b)
	var na, nb string
	if an {
		na = ""
	} else {
		na = ta.Name
	}
	if bn {
		nb = ""
	} else {
		nb = tb.Name
	}
	if c := strings.Compare(na, nb); c != 0 {
		return c
	}
	return cmpAddr(ta, tb)
}

func isNumber(v Value) bool {
	n := v.Type().Number
	return n != nil && (n.Int != nil || n.Float != nil)
}

func cmpAddr(a, b Value) int {
	x, y := Id(a), Id(b)
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// Compare3 returns cmp(a, b): -1, 0 or 1.
func Compare3(t *Thread, a, b Value) (int, error) {
	if Is(a, b) {
		return 0, nil
	}
	// cmp() tries __cmp__ first, then rich comparisons (==, <, >).
	ta, tb := a.Type(), b.Type()
	if ta == tb && ta.Cmp3 != nil && !isOldStyle(a) {
		// Two objects of one type with a three-way comparison: it
		// decides, and its errors are the result.
		r, err := ta.Cmp3(t, a, b)
		if err != nil {
			return 0, err
		}
		if r != NotImplemented {
			return CmpResult(t, r)
		}
	}
	if ta.Cmp3 != nil || tb.Cmp3 != nil {
		return compare3(t, a, b)
	}
	for _, op := range []Cmp{EQ, LT, GT} {
		r, err := tryRichCompare(t, a, b, op)
		if err != nil {
			return 0, err
		}
		if r == NotImplemented {
			continue
		}
		ok, err := Truth(t, r)
		if err != nil {
			return 0, err
		}
		if ok {
			return [...]int{EQ: 0, LT: -1, GT: 1}[op], nil
		}
	}
	return defaultCompare(a, b), nil
}

// Equal returns a == b as a Go bool (with the identity shortcut that
// CPython's containers use).
func Equal(t *Thread, a, b Value) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.s == y.s, nil
		}
	}
	r, err := RichCompare(t, a, b, EQ)
	if err != nil {
		return false, err
	}
	if bb, ok := r.(Bool); ok {
		return bool(bb), nil
	}
	return Truth(t, r)
}

// Less returns a < b as a Go bool.
func Less(t *Thread, a, b Value) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x < y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.s < y.s, nil
		}
	}
	r, err := RichCompare(t, a, b, LT)
	if err != nil {
		return false, err
	}
	if bb, ok := r.(Bool); ok {
		return bool(bb), nil
	}
	return Truth(t, r)
}

// IsInstance returns isinstance(v, cls), cls a class or a tuple of them.
func IsInstance(t *Thread, v Value, cls Value) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if v.Type().IsSubtype(c) {
			return true, nil
		}
		if c.IsHeap() || c.Meta != nil {
			if m := c.Type().Lookup(t, Intern("__instancecheck__")); m != nil && c.Type() != TypeType {
				r, err := callDescr(t, m, c, []Value{v})
				if err != nil {
					return false, err
				}
				return Truth(t, r)
			}
		}
		// An object whose __class__ attribute says otherwise (proxies).
		return false, nil
	case *Class:
		if oi, ok := v.(*OldInstance); ok {
			return oi.cls.IsSubclass(c), nil
		}
		return false, nil
	case *Tuple:
		for _, x := range c.elems {
			ok, err := IsInstance(t, v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if m := cls.Type().Lookup(t, Intern("__instancecheck__")); m != nil {
		r, err := callDescr(t, m, cls, []Value{v})
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return false, Errorf(TypeError, "isinstance() arg 2 must be a class, type, or tuple of classes and types")
}

// IsSubclass returns issubclass(c, cls).
func IsSubclass(t *Thread, c, cls Value) (bool, error) {
	switch want := cls.(type) {
	case *Tuple:
		for _, x := range want.elems {
			ok, err := IsSubclass(t, c, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *Type:
		if ct, ok := c.(*Type); ok {
			if ct.IsSubtype(want) {
				return true, nil
			}
			if want.Meta != nil {
				if m := want.Type().Lookup(t, Intern("__subclasscheck__")); m != nil {
					r, err := callDescr(t, m, want, []Value{c})
					if err != nil {
						return false, err
					}
					return Truth(t, r)
				}
			}
			return false, nil
		}
		if _, ok := c.(*Class); ok {
			return false, nil
		}
		return false, Errorf(TypeError, "issubclass() arg 1 must be a class")
	case *Class:
		switch ct := c.(type) {
		case *Class:
			return ct.IsSubclass(want), nil
		case *Type:
			return false, nil
		}
		return false, Errorf(TypeError, "issubclass() arg 1 must be a class")
	}
	if m := cls.Type().Lookup(t, Intern("__subclasscheck__")); m != nil {
		r, err := callDescr(t, m, cls, []Value{c})
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return false, Errorf(TypeError, "issubclass() arg 2 must be a class or tuple of classes")
}
