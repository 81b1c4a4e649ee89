package objects

import (
	"fmt"
	"strings"

	"github.com/pystm/pystm/stm"
)

// This file holds Python 2.7's old-style ("classic") classes and their
// instances: the classobj and instance types of CPython's
// Objects/classobject.c. A classic class keeps its attributes in a plain
// dict searched depth-first, left to right through its bases; every
// operation on an instance looks the special method up on the instance
// itself (so an instance attribute or __getattr__ can provide it).

// Class is an old-style class (classobj). Name and Bases are read
// without a barrier; they change only by assignment to __name__ and
// __bases__, which make the transaction inevitable first (as
// Instance.SetClass does for a new-style instance's class).
type Class struct {
	Name  string
	Bases []*Class
	ref   stm.Ref[classState]
}

// classState is a classic class's payload. No Copier: it holds no slice
// or map (the dict is an object of its own).
type classState struct {
	dict *Dict
	// getattr, setattr and delattr cache the class's __getattr__,
	// __setattr__ and __delattr__ as CPython does: found when the class
	// is made, when __dict__ or __bases__ is replaced, or when one of
	// them is assigned on this class. A base that gains one later does
	// not affect the subclass (a quirk of 2.7 kept on purpose).
	getattr, setattr, delattr Value
}

// Type returns classobj.
func (*Class) Type() *Type { return ClassType }

// IsSubclass reports whether c is base or derives from it.
func (c *Class) IsSubclass(base *Class) bool {
	if c == base {
		return true
	}
	for _, b := range c.Bases {
		if b.IsSubclass(base) {
			return true
		}
	}
	return false
}

// Dict returns the class's __dict__.
func (c *Class) Dict(t *Thread) *Dict { return c.ref.Read(t.tx()).dict }

func (c *Class) instDict(t *Thread) *Dict { return c.Dict(t) }

// Lookup finds name in the class's dict or, depth first and left to
// right, in its bases' (CPython's class_lookup). It returns nil when no
// class defines name.
func (c *Class) Lookup(t *Thread, name *Str) Value {
	if v := c.Dict(t).getStr(t, name); v != nil {
		return v
	}
	for _, b := range c.Bases {
		if v := b.Lookup(t, name); v != nil {
			return v
		}
	}
	return nil
}

var (
	strGetattr = Intern("__getattr__")
	strSetattr = Intern("__setattr__")
	strDelattr = Intern("__delattr__")
)

// refreshHooks recomputes the cached __getattr__/__setattr__/__delattr__.
func (c *Class) refreshHooks(t *Thread) {
	g, s, d := c.Lookup(t, strGetattr), c.Lookup(t, strSetattr), c.Lookup(t, strDelattr)
	st := c.ref.Write(t.tx())
	st.getattr, st.setattr, st.delattr = g, s, d
}

// NewClassicClass creates an old-style class, as the class statement
// does when there is no __metaclass__ and no new-style base (CPython's
// PyClass_New). A base that is not a classic class hands the creation
// to its type: class C(Classic, object) makes a new-style class. dict
// becomes the class's __dict__ (not a copy); __doc__ and __module__ are
// added to it when missing.
func NewClassicClass(t *Thread, name string, bases []Value, dict *Dict) (Value, error) {
	if dict.GetString(t, "__doc__") == nil {
		dict.SetString(t, "__doc__", None)
	}
	if dict.GetString(t, "__module__") == nil {
		if g := currentGlobals(t); g != nil {
			if m := g.GetString(t, "__name__"); m != nil {
				dict.SetString(t, "__module__", m)
			}
		}
	}
	cbases := make([]*Class, 0, len(bases))
	for _, b := range bases {
		c, ok := b.(*Class)
		if !ok {
			meta := b.Type()
			if !Callable(meta) {
				return nil, Errorf(TypeError, "PyClass_New: base must be a class")
			}
			return Call(t, meta, []Value{NewStr(name), NewTuple(bases...), dict}, nil)
		}
		cbases = append(cbases, c)
	}
	c := &Class{Name: name, Bases: cbases}
	c.ref.Init(&classState{dict: dict})
	c.refreshHooks(t)
	return c, nil
}

// currentGlobals returns the globals of the running Python frame, or nil.
func currentGlobals(t *Thread) *Dict {
	if t == nil || t.Frame == nil {
		return nil
	}
	if f, ok := t.Frame.(interface{ GlobalsDict() *Dict }); ok {
		return f.GlobalsDict()
	}
	return nil
}

// classModule returns the class's __module__ if it is a str.
func (c *Class) module(t *Thread) (string, bool) {
	if s, ok := c.Dict(t).GetString(t, "__module__").(*Str); ok {
		return s.s, true
	}
	return "", false
}

func classGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	c := v.(*Class)
	switch name.s {
	case "__dict__":
		return c.Dict(t), nil
	case "__bases__":
		items := make([]Value, len(c.Bases))
		for i, b := range c.Bases {
			items[i] = b
		}
		return NewTuple(items...), nil
	case "__name__":
		return NewStr(c.Name), nil
	}
	x := c.Lookup(t, name)
	if x == nil {
		return nil, Errorf(AttributeError, "class %s has no attribute '%s'", c.Name, name.s)
	}
	if g := x.Type().DescrGet; g != nil {
		return g(t, x, nil, c)
	}
	return x, nil
}

func classSetAttr(t *Thread, v Value, name *Str, val Value) error {
	c := v.(*Class)
	if isSpecialName(name.s) {
		switch name.s {
		case "__dict__":
			d, ok := val.(*Dict)
			if !ok {
				return Errorf(TypeError, "__dict__ must be a dictionary object")
			}
			c.ref.Write(t.tx()).dict = d
			c.refreshHooks(t)
			return nil
		case "__bases__":
			tu, ok := val.(*Tuple)
			if !ok {
				return Errorf(TypeError, "__bases__ must be a tuple object")
			}
			bases := make([]*Class, len(tu.elems))
			for i, x := range tu.elems {
				b, ok := x.(*Class)
				if !ok {
					return Errorf(TypeError, "__bases__ items must be classes")
				}
				if b.IsSubclass(c) {
					return Errorf(TypeError, "a __bases__ item causes an inheritance cycle")
				}
				bases[i] = b
			}
			t.Exclusive() // read without barriers by every thread
			c.Bases = bases
			c.refreshHooks(t)
			return nil
		case "__name__":
			s, ok := val.(*Str)
			if !ok {
				return Errorf(TypeError, "__name__ must be a string object")
			}
			if strings.IndexByte(s.s, 0) >= 0 {
				return Errorf(TypeError, "__name__ must not contain null bytes")
			}
			t.Exclusive()
			c.Name = s.s
			return nil
		case "__getattr__":
			c.ref.Write(t.tx()).getattr = val
		case "__setattr__":
			c.ref.Write(t.tx()).setattr = val
		case "__delattr__":
			c.ref.Write(t.tx()).delattr = val
		}
	}
	d := c.Dict(t)
	if val == nil {
		found, err := d.DelItem(t, name)
		if err != nil {
			return err
		}
		if !found {
			return Errorf(AttributeError, "class %s has no attribute '%s'", c.Name, name.s)
		}
		return nil
	}
	return d.SetItem(t, name, val)
}

func classRepr(t *Thread, v Value) (Value, error) {
	c := v.(*Class)
	mod, ok := c.module(t)
	if !ok {
		mod = "?"
	}
	return NewStr(fmt.Sprintf("<class %s.%s at %s>", mod, c.Name, addr(c))), nil
}

func classStr(t *Thread, v Value) (Value, error) {
	c := v.(*Class)
	mod, ok := c.module(t)
	if !ok {
		return NewStr(c.Name), nil
	}
	return NewStr(mod + "." + c.Name), nil
}

// classNew is classobj(name, bases, dict).
func classNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	vals, err := classicParseArgs("", args, kw, []string{"name", "bases", "dict"}, 3)
	if err != nil {
		return nil, err
	}
	name, ok := vals[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "argument 1 must be string, not %s", classicTypeName(vals[0]))
	}
	bases, ok := vals[1].(*Tuple)
	if !ok {
		return nil, Errorf(TypeError, "PyClass_New: bases must be a tuple")
	}
	dict, ok := vals[2].(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "PyClass_New: dict must be a dictionary")
	}
	return NewClassicClass(t, name.s, bases.elems, dict)
}

// classicParseArgs matches positional and keyword arguments to the parameter
// names as PyArg_ParseTupleAndKeywords does (the first nreq required),
// with its messages. fname is the function's name for messages ("" for
// "function").
func classicParseArgs(fname string, args, kw []Value, names []string, nreq int) ([]Value, error) {
	fn := fname + "()"
	if fname == "" {
		fn = "function"
	}
	if len(args)+len(kw)/2 > len(names) {
		return nil, Errorf(TypeError, "%s takes at most %d argument%s (%d given)", fn, len(names), classicPlural(len(names)), len(args)+len(kw)/2)
	}
	kwValue := func(name string) Value {
		for i := 0; i+1 < len(kw); i += 2 {
			if k, ok := kw[i].(*Str); ok && k.s == name {
				return kw[i+1]
			}
		}
		return nil
	}
	vals := make([]Value, len(names))
	for i, name := range names {
		v := kwValue(name)
		switch {
		case i < len(args):
			if v != nil {
				return nil, Errorf(TypeError, "Argument given by name ('%s') and position (%d)", name, i+1)
			}
			vals[i] = args[i]
		case v != nil:
			vals[i] = v
		case i < nreq:
			return nil, Errorf(TypeError, "Required argument '%s' (pos %d) not found", name, i+1)
		}
	}
	for i := 0; i+1 < len(kw); i += 2 {
		k, _ := kw[i].(*Str)
		known := false
		for _, n := range names {
			known = known || k != nil && k.s == n
		}
		if !known {
			ks := "?"
			if k != nil {
				ks = k.s
			}
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for this function", ks)
		}
	}
	return vals, nil
}

func classicPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// classicTypeName returns the type name CPython prints for v in messages.
func classicTypeName(v Value) string {
	if v == None {
		return "None"
	}
	return v.Type().Name
}

// OldInstance is an instance of an old-style class. Its class is read
// without a barrier and changes only by __class__ assignment, after the
// transaction has become inevitable.
type OldInstance struct {
	cls *Class
	ref stm.Ref[oldInstState]
}

// oldInstState is a classic instance's payload. No Copier: it holds no
// slice or map.
type oldInstState struct {
	dict *Dict
}

// Type returns instance.
func (*OldInstance) Type() *Type { return InstanceType }

// NewOldInstance returns an instance of cls whose __dict__ is dict (a
// new dict when nil), without calling __init__ (CPython's
// PyInstance_NewRaw).
func NewOldInstance(t *Thread, cls *Class, dict *Dict) *OldInstance {
	tx := t.tx()
	if dict == nil {
		dict = newDictFresh(tx)
	}
	oi := &OldInstance{cls: cls}
	oi.ref.InitFresh(tx, &oldInstState{dict: dict})
	if cls.Lookup(nil, strDel) != nil {
		watchDel(oi)
		cancelDelOnAbort(tx, oi)
	}
	return oi
}

// Class returns the instance's class.
func (oi *OldInstance) Class() *Class { return oi.cls }

// Dict returns the instance's __dict__.
func (oi *OldInstance) Dict(t *Thread) *Dict { return oi.ref.Read(t.tx()).dict }

func (oi *OldInstance) instDict(t *Thread) *Dict { return oi.Dict(t) }

var strInit = Intern("__init__")

// classCall is calling a classic class: a new instance, then its
// __init__ if it has one (CPython's PyInstance_New).
func classCall(t *Thread, f Value, args, kw []Value) (Value, error) {
	c := f.(*Class)
	oi := NewOldInstance(t, c, nil)
	init, err := oi.getAttr2(t, strInit)
	if err != nil {
		return nil, err
	}
	if init == nil {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeError, "this constructor takes no arguments")
		}
		return oi, nil
	}
	r, err := Call(t, init, args, kw)
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, Errorf(TypeError, "__init__() should return None")
	}
	return oi, nil
}

// InitMethod returns the instance's bound __init__, or nil if its class
// has none (for an evaluator that runs __init__ in its own loop; it must
// then check that __init__ returned None: "__init__() should return
// None", and that a class without __init__ got no arguments: "this
// constructor takes no arguments").
func (oi *OldInstance) InitMethod(t *Thread) (Value, error) {
	return oi.getAttr2(t, strInit)
}

// getAttr2 looks name up in the instance's dict, then its class's,
// binding descriptors; it returns nil (and no error) when neither has it
// (CPython's instance_getattr2).
func (oi *OldInstance) getAttr2(t *Thread, name *Str) (Value, error) {
	if v := oi.Dict(t).getStr(t, name); v != nil {
		return v, nil
	}
	v := oi.cls.Lookup(t, name)
	if v == nil {
		return nil, nil
	}
	if g := v.Type().DescrGet; g != nil {
		return g(t, v, oi, oi.cls)
	}
	return v, nil
}

// getAttr1 is instance_getattr1: __dict__ and __class__, then getAttr2.
func (oi *OldInstance) getAttr1(t *Thread, name *Str) (Value, error) {
	switch name.s {
	case "__dict__":
		return oi.Dict(t), nil
	case "__class__":
		return oi.cls, nil
	}
	v, err := oi.getAttr2(t, name)
	if err == nil && v == nil {
		err = Errorf(AttributeError, "%s instance has no attribute '%s'", oi.cls.Name, name.s)
	}
	return v, err
}

// instanceGetAttr is instance_getattr: getAttr1, then the class's
// __getattr__ (called with the instance and the name) on AttributeError.
func instanceGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	oi := v.(*OldInstance)
	r, err := oi.getAttr1(t, name)
	if err == nil {
		return r, nil
	}
	hook := oi.cls.ref.Read(t.tx()).getattr
	if hook == nil || !IsInstanceExc(err, AttributeError) {
		return nil, err
	}
	return Call(t, hook, []Value{oi, name}, nil)
}

func instanceSetAttr(t *Thread, v Value, name *Str, val Value) error {
	oi := v.(*OldInstance)
	if isSpecialName(name.s) {
		switch name.s {
		case "__dict__":
			d, ok := val.(*Dict)
			if !ok {
				return Errorf(TypeError, "__dict__ must be set to a dictionary")
			}
			oi.ref.Write(t.tx()).dict = d
			return nil
		case "__class__":
			c, ok := val.(*Class)
			if !ok {
				return Errorf(TypeError, "__class__ must be set to a class")
			}
			t.Exclusive()
			oi.cls = c
			return nil
		}
	}
	st := oi.cls.ref.Read(t.tx())
	if val == nil {
		if st.delattr != nil {
			_, err := Call(t, st.delattr, []Value{oi, name}, nil)
			return err
		}
		found, err := oi.Dict(t).DelItem(t, name)
		if err != nil {
			return err
		}
		if !found {
			return Errorf(AttributeError, "%s instance has no attribute '%s'", oi.cls.Name, name.s)
		}
		return nil
	}
	if st.setattr != nil {
		_, err := Call(t, st.setattr, []Value{oi, name, val}, nil)
		return err
	}
	return oi.Dict(t).SetItem(t, name, val)
}

// special returns the instance's attribute name (with __getattr__), or
// nil and no error when it has none.
func (oi *OldInstance) special(t *Thread, name string) (Value, error) {
	m, err := instanceGetAttr(t, oi, Intern(name))
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	return m, nil
}

// callSpecial calls the instance's attribute name with args; a missing
// attribute is an AttributeError.
func (oi *OldInstance) callSpecial(t *Thread, name string, args ...Value) (Value, error) {
	m, err := instanceGetAttr(t, oi, Intern(name))
	if err != nil {
		return nil, err
	}
	return Call(t, m, args, nil)
}

func instanceRepr(t *Thread, v Value) (Value, error) {
	oi := v.(*OldInstance)
	m, err := oi.special(t, "__repr__")
	if err != nil {
		return nil, err
	}
	if m == nil {
		mod, ok := oi.cls.module(t)
		if !ok {
			mod = "?"
		}
		return NewStr(fmt.Sprintf("<%s.%s instance at %s>", mod, oi.cls.Name, addr(oi))), nil
	}
	return Call(t, m, nil, nil)
}

func instanceStr(t *Thread, v Value) (Value, error) {
	oi := v.(*OldInstance)
	m, err := oi.special(t, "__str__")
	if err != nil {
		return nil, err
	}
	if m == nil {
		return instanceRepr(t, v)
	}
	return Call(t, m, nil, nil)
}

func instanceHash(t *Thread, v Value) (int64, error) {
	oi := v.(*OldInstance)
	m, err := oi.special(t, "__hash__")
	if err != nil {
		return 0, err
	}
	if m == nil {
		for _, n := range []string{"__eq__", "__cmp__"} {
			m, err := oi.special(t, n)
			if err != nil {
				return 0, err
			}
			if m != nil {
				return 0, Errorf(TypeError, "unhashable instance")
			}
		}
		return objectHash(t, v)
	}
	r, err := Call(t, m, nil, nil)
	if err != nil {
		return 0, err
	}
	switch r.(type) {
	case Int, Bool, *Long:
		return Hash(t, r)
	}
	if o, ok := r.(*Instance); ok && (o.cls.IsSubtype(IntType) || o.cls.IsSubtype(LongType)) {
		return Hash(t, r)
	}
	return 0, Errorf(TypeError, "__hash__() should return an int")
}

func instanceCall(t *Thread, f Value, args, kw []Value) (Value, error) {
	oi := f.(*OldInstance)
	m, err := GetAttrString(t, oi, "__call__")
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return nil, Errorf(AttributeError, "%s instance has no __call__ method", oi.cls.Name)
		}
		return nil, err
	}
	if err := enterRecursiveCall(t, " in __call__"); err != nil {
		return nil, err
	}
	defer leaveRecursiveCall(t)
	return Call(t, m, args, kw)
}

// maxNesting bounds Go-level recursion (enterRecursiveCall) whatever the
// recursion limit, so that a raised limit cannot exhaust the Go stack:
// past it the recursion is a RuntimeError, where CPython would crash.
const maxNesting = 100000

// enterRecursiveCall counts a Go-level recursion against the recursion
// limit, as CPython's Py_EnterRecursiveCall does with the frame depth.
func enterRecursiveCall(t *Thread, where string) error {
	if t == nil {
		return nil
	}
	t.Frames++
	t.nesting++
	if t.RT != nil && t.RT.RecursionLimit > 0 && t.Frames > t.RT.RecursionLimit || t.nesting > maxNesting {
		t.Frames--
		t.nesting--
		return Errorf(RuntimeError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

func leaveRecursiveCall(t *Thread) {
	if t != nil {
		t.Frames--
		t.nesting--
	}
}

// enterNesting counts a Go-level recursion that CPython does not count
// against the recursion limit (hashing nested tuples): only maxNesting
// bounds it.
func enterNesting(t *Thread) error {
	if t == nil {
		return nil
	}
	if t.nesting++; t.nesting > maxNesting {
		t.nesting--
		return Errorf(RuntimeError, "maximum recursion depth exceeded")
	}
	return nil
}

func leaveNesting(t *Thread) {
	if t != nil {
		t.nesting--
	}
}

// EnterRecursiveCall is enterRecursiveCall for Go code outside this
// package (modules whose objects nest: their reprs and comparisons).
// Each successful call must be matched by LeaveRecursiveCall.
func EnterRecursiveCall(t *Thread, where string) error { return enterRecursiveCall(t, where) }

// LeaveRecursiveCall ends what EnterRecursiveCall began.
func LeaveRecursiveCall(t *Thread) { leaveRecursiveCall(t) }

// isIntLike reports whether v passes CPython's PyInt_Check (int, bool
// and int subclasses).
func isIntLike(v Value) (int64, bool) {
	switch x := Unwrap(v).(type) {
	case Int:
		return int64(x), true
	case Bool:
		return boolInt(x), true
	}
	return 0, false
}

func instanceLen(t *Thread, v Value) (int, error) {
	r, err := v.(*OldInstance).callSpecial(t, "__len__")
	if err != nil {
		return 0, err
	}
	n, ok := isIntLike(r)
	if !ok {
		return 0, Errorf(TypeError, "__len__() should return an int")
	}
	if n < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	return int(n), nil
}

func instanceGetItem(t *Thread, v, key Value) (Value, error) {
	return v.(*OldInstance).callSpecial(t, "__getitem__", key)
}

func instanceSetItem(t *Thread, v, key, val Value) error {
	oi := v.(*OldInstance)
	var err error
	if val == nil {
		_, err = oi.callSpecial(t, "__delitem__", key)
	} else {
		_, err = oi.callSpecial(t, "__setitem__", key, val)
	}
	return err
}

func instanceGetSlice(t *Thread, v Value, lo, hi int) (Value, error) {
	oi := v.(*OldInstance)
	m, err := oi.special(t, "__getslice__")
	if err != nil {
		return nil, err
	}
	if m != nil {
		return Call(t, m, []Value{Int(lo), Int(hi)}, nil)
	}
	return oi.callSpecial(t, "__getitem__", NewSlice(Int(lo), Int(hi), None))
}

func instanceSetSlice(t *Thread, v Value, lo, hi int, val Value) error {
	oi := v.(*OldInstance)
	var err error
	if val == nil {
		var m Value
		if m, err = oi.special(t, "__delslice__"); err != nil {
			return err
		}
		if m != nil {
			_, err = Call(t, m, []Value{Int(lo), Int(hi)}, nil)
		} else {
			_, err = oi.callSpecial(t, "__delitem__", NewSlice(Int(lo), Int(hi), None))
		}
		return err
	}
	m, err := oi.special(t, "__setslice__")
	if err != nil {
		return err
	}
	if m != nil {
		_, err = Call(t, m, []Value{Int(lo), Int(hi), val}, nil)
	} else {
		_, err = oi.callSpecial(t, "__setitem__", NewSlice(Int(lo), Int(hi), None), val)
	}
	return err
}

func instanceContains(t *Thread, v, x Value) (bool, error) {
	oi := v.(*OldInstance)
	m, err := instanceGetAttr(t, oi, Intern("__contains__"))
	if err == nil {
		r, err := Call(t, m, []Value{x}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	if !IsInstanceExc(err, AttributeError) {
		return false, err
	}
	it, err := instanceIter(t, oi)
	if err != nil {
		if IsInstanceExc(err, TypeError) {
			return false, Errorf(TypeError, "argument of type 'instance' is not iterable")
		}
		return false, err
	}
	for {
		y, err := Next(t, it)
		if err != nil || y == nil {
			return false, err
		}
		eq, err := Equal(t, y, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

func instanceNonzero(t *Thread, v Value) (bool, error) {
	oi := v.(*OldInstance)
	m, err := oi.special(t, "__nonzero__")
	if err != nil {
		return false, err
	}
	if m == nil {
		if m, err = oi.special(t, "__len__"); err != nil {
			return false, err
		}
		if m == nil {
			return true, nil
		}
	}
	r, err := Call(t, m, nil, nil)
	if err != nil {
		return false, err
	}
	n, ok := isIntLike(r)
	if !ok {
		return false, Errorf(TypeError, "__nonzero__ should return an int")
	}
	if n < 0 {
		return false, Errorf(ValueError, "__nonzero__ should return >= 0")
	}
	return n > 0, nil
}

func instanceIter(t *Thread, v Value) (Value, error) {
	oi := v.(*OldInstance)
	m, err := instanceGetAttr(t, oi, Intern("__iter__"))
	if err == nil {
		r, err := Call(t, m, nil, nil)
		if err != nil {
			return nil, err
		}
		if r.Type().Next == nil {
			return nil, Errorf(TypeError, "__iter__ returned non-iterator of type '%s'", classicTypeName(r))
		}
		return r, nil
	}
	if !IsInstanceExc(err, AttributeError) {
		return nil, err
	}
	if _, err := instanceGetAttr(t, oi, Intern("__getitem__")); err != nil {
		return nil, Errorf(TypeError, "iteration over non-sequence")
	}
	return NewSeqIter(oi), nil
}

func instanceNext(t *Thread, v Value) (Value, error) {
	oi := v.(*OldInstance)
	m, err := instanceGetAttr(t, oi, Intern("next"))
	if err != nil {
		return nil, Errorf(TypeError, "instance has no next() method")
	}
	r, err := Call(t, m, nil, nil)
	if err != nil {
		if IsInstanceExc(err, StopIteration) {
			return nil, nil
		}
		return nil, err
	}
	return r, nil
}

// Comparisons.

var richNames = [...]string{LT: "__lt__", LE: "__le__", EQ: "__eq__", NE: "__ne__", GT: "__gt__", GE: "__ge__"}

// halfRichCompare calls v's rich comparison method for op with w.
func halfRichCompare(t *Thread, oi *OldInstance, w Value, op Cmp) (Value, error) {
	name := Intern(richNames[op])
	var m Value
	var err error
	if oi.cls.ref.Read(t.tx()).getattr == nil {
		m, err = oi.getAttr2(t, name)
	} else {
		m, err = GetAttr(t, oi, name)
		if err != nil && IsInstanceExc(err, AttributeError) {
			m, err = nil, nil
		}
	}
	if err != nil {
		return nil, err
	}
	if m == nil {
		return NotImplemented, nil
	}
	return Call(t, m, []Value{w}, nil)
}

// instanceRichCompare tries the rich comparison of whichever of v and w
// are instances (CPython's instance_richcompare).
func instanceRichCompare(t *Thread, v, w Value, op Cmp) (Value, error) {
	if oi, ok := v.(*OldInstance); ok {
		r, err := halfRichCompare(t, oi, w, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if oi, ok := w.(*OldInstance); ok {
		return halfRichCompare(t, oi, v, op.Swap())
	}
	return NotImplemented, nil
}

// asCLong is PyInt_AsLong: ints, bools and longs that fit, and anything
// with __int__.
func asCLong(t *Thread, v Value) (int64, error) {
	switch x := Unwrap(v).(type) {
	case Int:
		return int64(x), nil
	case Bool:
		return boolInt(x), nil
	case *Long:
		if x.v.IsInt64() {
			return x.v.Int64(), nil
		}
		return 0, Errorf(OverflowError, "Python int too large to convert to C long")
	case Float:
		if x != x || x >= 1<<63 || x < -(1<<63) {
			return 0, Errorf(OverflowError, "Python int too large to convert to C long")
		}
		return int64(x), nil
	}
	if n := v.Type().Number; n != nil && n.Int != nil {
		r, err := n.Int(t, v)
		if err != nil {
			return 0, err
		}
		switch x := Unwrap(r).(type) {
		case Int:
			return int64(x), nil
		case Bool:
			return boolInt(x), nil
		case *Long:
			if x.v.IsInt64() {
				return x.v.Int64(), nil
			}
			return 0, Errorf(OverflowError, "Python int too large to convert to C long")
		}
	}
	return 0, Errorf(TypeError, "an integer is required")
}

// halfCmp calls v.__cmp__(w): -1, 0 or 1, or 2 when v has no __cmp__
// or it returned NotImplemented.
func halfCmp(t *Thread, oi *OldInstance, w Value) (int, error) {
	m, err := oi.special(t, "__cmp__")
	if err != nil || m == nil {
		return 2, err
	}
	r, err := Call(t, m, []Value{w}, nil)
	if err != nil {
		return 0, err
	}
	if r == NotImplemented {
		return 2, nil
	}
	l, err := asCLong(t, r)
	if err != nil {
		return 0, Errorf(TypeError, "comparison did not return an int")
	}
	return sign64(l), nil
}

// instanceCompare is the three-way comparison of v and w, one of them an
// instance: coercion, then __cmp__ of each instance (CPython's
// instance_compare). It returns NotImplemented when neither decides.
func instanceCompare(t *Thread, v, w Value) (Value, error) {
	v1, w1, coerced, err := CoerceEx(t, v, w)
	if err != nil {
		return nil, err
	}
	if coerced && !isOldStyle(v1) && !isOldStyle(w1) {
		c, err := Compare3(t, v1, w1)
		if err != nil {
			return nil, err
		}
		return Int(c), nil
	}
	if oi, ok := v1.(*OldInstance); ok {
		c, err := halfCmp(t, oi, w1)
		if err != nil {
			return nil, err
		}
		if c <= 1 {
			return Int(c), nil
		}
	}
	if oi, ok := w1.(*OldInstance); ok {
		c, err := halfCmp(t, oi, v1)
		if err != nil {
			return nil, err
		}
		if c <= 1 {
			return Int(-c), nil
		}
	}
	return NotImplemented, nil
}

// Coercion.

// CoerceEx is CPython's PyNumber_CoerceEx: if a and b have the same type
// (and are not old-style instances) they are returned as they are with
// ok set; otherwise a's __coerce__ slot, then b's, may convert them. ok
// is false when neither did.
func CoerceEx(t *Thread, a, b Value) (a2, b2 Value, ok bool, err error) {
	ta, tb := a.Type(), b.Type()
	if ta == tb && !isOldStyle(a) {
		return a, b, true, nil
	}
	if n := ta.Number; n != nil && n.Coerce != nil {
		r, err := n.Coerce(t, a, b)
		if err != nil {
			return nil, nil, false, err
		}
		if tu, ok := r.(*Tuple); ok && len(tu.elems) == 2 {
			return tu.elems[0], tu.elems[1], true, nil
		}
	}
	if n := tb.Number; n != nil && n.Coerce != nil {
		r, err := n.Coerce(t, b, a)
		if err != nil {
			return nil, nil, false, err
		}
		if tu, ok := r.(*Tuple); ok && len(tu.elems) == 2 {
			return tu.elems[1], tu.elems[0], true, nil
		}
	}
	return a, b, false, nil
}

// instanceCoerce is the instance's coercion slot: self.__coerce__(other)
// as a 2-tuple, or NotImplemented when it has none or declines.
func instanceCoerce(t *Thread, self, other Value) (Value, error) {
	oi, ok := self.(*OldInstance)
	if !ok {
		return NotImplemented, nil
	}
	m, err := GetAttr(t, oi, Intern("__coerce__"))
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return NotImplemented, nil
		}
		return nil, err
	}
	r, err := Call(t, m, []Value{other}, nil)
	if err != nil {
		return nil, err
	}
	if r == None || r == NotImplemented {
		return NotImplemented, nil
	}
	if tu, ok := r.(*Tuple); !ok || len(tu.elems) != 2 {
		return nil, Errorf(TypeError, "coercion should return None or 2-tuple")
	}
	return r, nil
}

// genericBinaryOp calls v.opname(w), or returns NotImplemented if v has
// no such attribute.
func genericBinaryOp(t *Thread, v, w Value, opname string) (Value, error) {
	m, err := GetAttr(t, v, Intern(opname))
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return NotImplemented, nil
		}
		return nil, err
	}
	return Call(t, m, []Value{w}, nil)
}

// halfBinop tries one side of a binary operator on an instance v:
// __coerce__ first, then the method opname; after a coercion to other
// types, the whole operation (fn) is redone on the coerced values.
func halfBinop(t *Thread, v, w Value, opname string, fn BinaryFunc, swapped bool) (Value, error) {
	oi, ok := v.(*OldInstance)
	if !ok {
		return NotImplemented, nil
	}
	cf, err := GetAttr(t, oi, Intern("__coerce__"))
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return genericBinaryOp(t, v, w, opname)
		}
		return nil, err
	}
	c, err := Call(t, cf, []Value{w}, nil)
	if err != nil {
		return nil, err
	}
	if c == None || c == NotImplemented {
		return genericBinaryOp(t, v, w, opname)
	}
	tu, ok := c.(*Tuple)
	if !ok || len(tu.elems) != 2 {
		return nil, Errorf(TypeError, "coercion should return None or 2-tuple")
	}
	v1, w1 := tu.elems[0], tu.elems[1]
	if isOldStyle(v1) {
		return genericBinaryOp(t, v1, w1, opname)
	}
	if err := enterRecursiveCall(t, " after coercion"); err != nil {
		return nil, err
	}
	defer leaveRecursiveCall(t)
	if swapped {
		return fn(t, w1, v1)
	}
	return fn(t, v1, w1)
}

func doBinop(t *Thread, v, w Value, name, rname string, fn BinaryFunc) (Value, error) {
	r, err := halfBinop(t, v, w, name, fn, false)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return halfBinop(t, w, v, rname, fn, true)
}

func doBinopInplace(t *Thread, v, w Value, iname, name, rname string, fn BinaryFunc) (Value, error) {
	r, err := halfBinop(t, v, w, iname, fn, false)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return doBinop(t, v, w, name, rname, fn)
}

// instanceBinary returns the number slot for a binary operator on
// instances, and the in-place one.
func instanceBinary(op BinOp, m string) (BinaryFunc, BinaryFunc) {
	name, rname, iname := "__"+m+"__", "__r"+m+"__", "__i"+m+"__"
	full := func(t *Thread, a, b Value) (Value, error) { return BinaryOp(t, a, b, op) }
	ifull := func(t *Thread, a, b Value) (Value, error) { return InplaceOp(t, a, b, op) }
	bin := func(t *Thread, a, b Value) (Value, error) { return doBinop(t, a, b, name, rname, full) }
	ibin := func(t *Thread, a, b Value) (Value, error) {
		return doBinopInplace(t, a, b, iname, name, rname, ifull)
	}
	return bin, ibin
}

func binPower(t *Thread, a, b Value) (Value, error)        { return Pow(t, a, b, None) }
func binInplacePower(t *Thread, a, b Value) (Value, error) { return InplacePow(t, a, b) }

func instancePow(t *Thread, v, w, z Value) (Value, error) {
	if z == None {
		return doBinop(t, v, w, "__pow__", "__rpow__", binPower)
	}
	// Three-argument pow does no coercion.
	m, err := GetAttrString(t, v, "__pow__")
	if err != nil {
		return nil, err
	}
	return Call(t, m, []Value{w, z}, nil)
}

func instanceIPow(t *Thread, v, w, z Value) (Value, error) {
	if z == None {
		return doBinopInplace(t, v, w, "__ipow__", "__pow__", "__rpow__", binInplacePower)
	}
	m, err := GetAttrString(t, v, "__ipow__")
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return instancePow(t, v, w, z)
		}
		return nil, err
	}
	return Call(t, m, []Value{w, z}, nil)
}

func instanceUnary(name string) UnaryFunc {
	return func(t *Thread, v Value) (Value, error) {
		return v.(*OldInstance).callSpecial(t, name)
	}
}

func (oi *OldInstance) has(t *Thread, name string) bool {
	_, err := GetAttrString(t, oi, name)
	return err == nil
}

func instanceInt(t *Thread, v Value) (Value, error) {
	oi := v.(*OldInstance)
	if oi.has(t, "__int__") {
		return oi.callSpecial(t, "__int__")
	}
	r, err := oi.callSpecial(t, "__trunc__")
	if err != nil {
		return nil, err
	}
	return integralToInt(t, r)
}

// integralToInt is _PyNumber_ConvertIntegralToInt for __trunc__ results.
func integralToInt(t *Thread, r Value) (Value, error) {
	switch Unwrap(r).(type) {
	case Int, *Long:
		return r, nil
	case Bool:
		return Int(boolInt(Unwrap(r).(Bool))), nil
	}
	if oi, ok := r.(*OldInstance); ok && oi.has(t, "__int__") {
		x, err := oi.callSpecial(t, "__int__")
		if err != nil {
			return nil, err
		}
		switch Unwrap(x).(type) {
		case Int, *Long, Bool:
			return x, nil
		}
	} else if n := r.Type().Number; n != nil && n.Int != nil && !isOldStyle(r) {
		x, err := n.Int(t, r)
		if err != nil {
			return nil, err
		}
		switch Unwrap(x).(type) {
		case Int, *Long, Bool:
			return x, nil
		}
	}
	return nil, Errorf(TypeError, "__trunc__ returned non-Integral (type %s)", classicTypeName(r))
}

func instanceLong(t *Thread, v Value) (Value, error) {
	oi := v.(*OldInstance)
	if oi.has(t, "__long__") {
		return oi.callSpecial(t, "__long__")
	}
	return instanceInt(t, v)
}

func instanceComplex(t *Thread, v Value) (Value, error) {
	oi := v.(*OldInstance)
	if oi.has(t, "__complex__") {
		return oi.callSpecial(t, "__complex__")
	}
	return oi.callSpecial(t, "__float__")
}

func instanceIndex(t *Thread, v Value) (Value, error) {
	oi := v.(*OldInstance)
	m, err := oi.special(t, "__index__")
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, Errorf(TypeError, "object cannot be interpreted as an index")
	}
	return Call(t, m, nil, nil)
}

// instanceNew is instance(class[, dict]).
func instanceNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "instance() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "instance() takes at least 1 argument (0 given)")
		}
		return nil, Errorf(TypeError, "instance() takes at most 2 arguments (%d given)", len(args))
	}
	c, ok := args[0].(*Class)
	if !ok {
		return nil, Errorf(TypeError, "instance() argument 1 must be classobj, not %s", classicTypeName(args[0]))
	}
	var d *Dict
	if len(args) == 2 && args[1] != None {
		if d, ok = args[1].(*Dict); !ok {
			return nil, Errorf(TypeError, "instance() second arg must be dictionary or None")
		}
	}
	return NewOldInstance(t, c, d), nil
}

func init() {
	ClassType.New = classNew
	ClassType.Call = classCall
	ClassType.Repr = classRepr
	ClassType.Str = classStr
	ClassType.GetAttr = classGetAttr
	ClassType.SetAttr = classSetAttr

	InstanceType.New = instanceNew
	InstanceType.Repr = instanceRepr
	InstanceType.Str = instanceStr
	InstanceType.Hash = instanceHash
	InstanceType.Call = instanceCall
	InstanceType.GetAttr = instanceGetAttr
	InstanceType.SetAttr = instanceSetAttr
	InstanceType.Compare = instanceRichCompare
	InstanceType.Cmp3 = instanceCompare
	InstanceType.Iter = instanceIter
	InstanceType.Next = instanceNext
	InstanceType.Len = instanceLen
	InstanceType.GetItem = instanceGetItem
	InstanceType.SetItem = instanceSetItem
	InstanceType.GetSlice = instanceGetSlice
	InstanceType.SetSlice = instanceSetSlice
	InstanceType.Contains = instanceContains
	InstanceType.Nonzero = instanceNonzero
	n := &NumberSlots{}
	n.Add, n.IAdd = instanceBinary(OpAdd, "add")
	n.Sub, n.ISub = instanceBinary(OpSub, "sub")
	n.Mul, n.IMul = instanceBinary(OpMul, "mul")
	n.Div, n.IDiv = instanceBinary(OpDiv, "div")
	n.TrueDiv, n.ITrueDiv = instanceBinary(OpTrueDiv, "truediv")
	n.FloorDiv, n.IFloorDiv = instanceBinary(OpFloorDiv, "floordiv")
	n.Mod, n.IMod = instanceBinary(OpMod, "mod")
	n.Divmod, _ = instanceBinary(OpDivmod, "divmod")
	n.LShift, n.ILShift = instanceBinary(OpLShift, "lshift")
	n.RShift, n.IRShift = instanceBinary(OpRShift, "rshift")
	n.And, n.IAnd = instanceBinary(OpAnd, "and")
	n.Or, n.IOr = instanceBinary(OpOr, "or")
	n.Xor, n.IXor = instanceBinary(OpXor, "xor")
	n.Pow, n.IPow = instancePow, instanceIPow
	n.Neg = instanceUnary("__neg__")
	n.Pos = instanceUnary("__pos__")
	n.Abs = instanceUnary("__abs__")
	n.Invert = instanceUnary("__invert__")
	n.Int = instanceInt
	n.Long = instanceLong
	n.Float = instanceUnary("__float__")
	n.Complex = instanceComplex
	n.Oct = instanceUnary("__oct__")
	n.Hex = instanceUnary("__hex__")
	n.Index = instanceIndex
	n.Coerce = instanceCoerce
	InstanceType.Number = n

	// The instance slots perform old-style coercion themselves, and
	// CPython 2.7 coerces nothing else in binary operators (every
	// built-in number type and every new-style class checks its
	// operand types itself), so the generic hook declines.
	coerceAndApply = func(t *Thread, a, b Value, op BinOp) (Value, error) {
		return NotImplemented, nil
	}
}
