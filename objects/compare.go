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
	// Comparing containers recurses: it counts against the recursion
	// limit as in CPython.
	if err := enterRecursiveCall(t, " in cmp"); err != nil {
		return nil, err
	}
	r, err := richCompareSlow(t, a, b, op)
	leaveRecursiveCall(t)
	return r, err
}

func richCompareSlow(t *Thread, a, b Value, op Cmp) (Value, error) {
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
	if err := enterRecursiveCall(t, " in cmp"); err != nil {
		return 0, err
	}
	c, err := compare3Slow(t, a, b)
	leaveRecursiveCall(t)
	return c, err
}

func compare3Slow(t *Thread, a, b Value) (int, error) {
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

// IsInstance returns isinstance(v, cls), cls a class or a tuple of them
// (CPython's PyObject_IsInstance): the exact type first, then a tuple's
// items, then the metaclass's __instancecheck__, then the class tests.
func IsInstance(t *Thread, v Value, cls Value) (bool, error) {
	if Is(v.Type(), cls) {
		return true, nil
	}
	if tu, ok := cls.(*Tuple); ok {
		if err := enterRecursiveCall(t, " in __instancecheck__"); err != nil {
			return false, err
		}
		defer leaveRecursiveCall(t)
		for _, x := range tu.elems {
			ok, err := IsInstance(t, v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if m := classCheckHook(t, cls, strInstanceCheck); m != nil {
		if err := enterRecursiveCall(t, " in __instancecheck__"); err != nil {
			return false, err
		}
		defer leaveRecursiveCall(t)
		r, err := callDescr(t, m, cls, []Value{v})
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return recursiveIsInstance(t, v, cls)
}

var (
	strInstanceCheck = Intern("__instancecheck__")
	strSubclassCheck = Intern("__subclasscheck__")
	strBases         = Intern("__bases__")
	strClassAttr     = Intern("__class__")
)

// classCheckHook returns the __instancecheck__ or __subclasscheck__ of
// cls's metaclass when it is not type's own (which does what
// recursiveIsInstance and recursiveIsSubclass do), or nil.
func classCheckHook(t *Thread, cls Value, name *Str) Value {
	switch cls.(type) {
	case *Class, *OldInstance:
		return nil
	}
	meta := cls.Type()
	if meta == TypeType {
		return nil
	}
	m := meta.Lookup(t, name)
	if m == nil || Is(m, TypeType.Dict.getStr(t, name)) {
		return nil
	}
	return m
}

// recursiveIsInstance is isinstance() without the hooks.
func recursiveIsInstance(t *Thread, v Value, cls Value) (bool, error) {
	switch c := cls.(type) {
	case *Class:
		if oi, ok := v.(*OldInstance); ok {
			return oi.cls.IsSubclass(c), nil
		}
	case *Type:
		if v.Type().IsSubtype(c) {
			return true, nil
		}
		// An object whose __class__ says another class (a proxy).
		if k, err := GetAttr(t, v, strClassAttr); err == nil {
			if kt, ok := k.(*Type); ok && kt != v.Type() {
				return kt.IsSubtype(c), nil
			}
		} else if !IsInstanceExc(err, AttributeError) {
			return false, err
		}
		return false, nil
	}
	if ok, err := hasBases(t, cls); err != nil || !ok {
		if err == nil {
			err = Errorf(TypeError, "isinstance() arg 2 must be a class, type, or tuple of classes and types")
		}
		return false, err
	}
	icls, err := GetAttr(t, v, strClassAttr)
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return false, nil
		}
		return false, err
	}
	return abstractIsSubclass(t, icls, cls)
}

// hasBases reports whether v has a __bases__ tuple (CPython's
// check_class).
func hasBases(t *Thread, v Value) (bool, error) {
	switch v.(type) {
	case *Type, *Class:
		return true, nil
	}
	b, err := GetAttr(t, v, strBases)
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return false, nil
		}
		return false, err
	}
	_, ok := b.(*Tuple)
	return ok, nil
}

// basesOf returns derived's __bases__, or nil when it has no tuple of
// them.
func basesOf(t *Thread, derived Value) ([]Value, error) {
	switch d := derived.(type) {
	case *Type:
		return d.Bases, nil
	case *Class:
		out := make([]Value, len(d.Bases))
		for i, b := range d.Bases {
			out[i] = b
		}
		return out, nil
	}
	b, err := GetAttr(t, derived, strBases)
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	if tu, ok := b.(*Tuple); ok {
		return tu.elems, nil
	}
	return nil, nil
}

// abstractIsSubclass reports whether cls is derived or among its
// __bases__, recursively (CPython's abstract_issubclass).
func abstractIsSubclass(t *Thread, derived, cls Value) (bool, error) {
	for {
		if Is(derived, cls) {
			return true, nil
		}
		bases, err := basesOf(t, derived)
		if err != nil || len(bases) == 0 {
			return false, err
		}
		if len(bases) == 1 {
			derived = bases[0]
			continue
		}
		if err := enterRecursiveCall(t, " in __subclasscheck__"); err != nil {
			return false, err
		}
		for _, b := range bases {
			ok, err := abstractIsSubclass(t, b, cls)
			if err != nil || ok {
				leaveRecursiveCall(t)
				return ok, err
			}
		}
		leaveRecursiveCall(t)
		return false, nil
	}
}

// IsSubclass returns issubclass(c, cls) (CPython's PyObject_IsSubclass).
func IsSubclass(t *Thread, c, cls Value) (bool, error) {
	if tu, ok := cls.(*Tuple); ok {
		if err := enterRecursiveCall(t, " in __subclasscheck__"); err != nil {
			return false, err
		}
		defer leaveRecursiveCall(t)
		for _, x := range tu.elems {
			ok, err := IsSubclass(t, c, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if m := classCheckHook(t, cls, strSubclassCheck); m != nil {
		if err := enterRecursiveCall(t, " in __subclasscheck__"); err != nil {
			return false, err
		}
		defer leaveRecursiveCall(t)
		r, err := callDescr(t, m, cls, []Value{c})
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return recursiveIsSubclass(t, c, cls)
}

// recursiveIsSubclass is issubclass() without the hooks.
func recursiveIsSubclass(t *Thread, derived, cls Value) (bool, error) {
	if dt, ok := derived.(*Type); ok {
		if ct, ok := cls.(*Type); ok {
			return dt.IsSubtype(ct), nil
		}
	}
	if dc, ok := derived.(*Class); ok {
		if cc, ok := cls.(*Class); ok {
			return dc.IsSubclass(cc), nil
		}
	}
	if ok, err := hasBases(t, derived); err != nil || !ok {
		if err == nil {
			err = Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		return false, err
	}
	if ok, err := hasBases(t, cls); err != nil || !ok {
		if err == nil {
			err = Errorf(TypeError, "issubclass() arg 2 must be a class or tuple of classes")
		}
		return false, err
	}
	return abstractIsSubclass(t, derived, cls)
}
