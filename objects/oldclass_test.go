package objects

import (
	"regexp"
	"strings"
	"testing"
)

// ocFn stands in for a Python function in these tests: a callable that
// binds to instances as functions do.
type ocFn struct {
	name string
	fn   func(t *Thread, args []Value) (Value, error)
}

var ocFnType = NewBuiltinType("testfunction", ObjectType, 0)

func (*ocFn) Type() *Type { return ocFnType }

func init() {
	ocFnType.Call = func(t *Thread, f Value, args, kw []Value) (Value, error) {
		return f.(*ocFn).fn(t, args)
	}
	ocFnType.DescrGet = FunctionType.DescrGet
	ocFnType.AddGetSets([]GetSet{{Name: "__name__", Get: func(t *Thread, self Value) (Value, error) {
		return NewStr(self.(*ocFn).name), nil
	}}})
}

func ocFunc(name string, f func(t *Thread, args []Value) (Value, error)) *ocFn {
	return &ocFn{name, f}
}

// ocConst returns a method returning v.
func ocConst(name string, v Value) *ocFn {
	return ocFunc(name, func(t *Thread, args []Value) (Value, error) { return v, nil })
}

func ocThread() *Thread {
	Ready()
	return NewThread(&Runtime{RecursionLimit: 100})
}

func ocDict(t *Thread, kv ...any) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		d.SetString(t, kv[i].(string), kv[i+1].(Value))
	}
	return d
}

func ocClass(t *testing.T, th *Thread, name string, bases []Value, kv ...any) *Class {
	t.Helper()
	d := ocDict(th, kv...)
	if d.GetString(th, "__module__") == nil {
		d.SetString(th, "__module__", NewStr("__main__"))
	}
	c, err := NewClassicClass(th, name, bases, d)
	if err != nil {
		t.Fatalf("NewClassicClass(%s): %v", name, err)
	}
	return c.(*Class)
}

func ocCall(t *testing.T, th *Thread, f Value, args ...Value) Value {
	t.Helper()
	r, err := Call(th, f, args, nil)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return r
}

// ocErrText formats err as "Type: message" with the type's short name.
func ocErrText(err error) string {
	if err == nil {
		return "<nil>"
	}
	e := AsException(err)
	name := ExceptionName(e.Type)
	s, _ := StrString(nil, e.Value)
	if s == "" {
		return name
	}
	return name + ": " + s
}

func ocWantErr(t *testing.T, err error, want string) {
	t.Helper()
	if got := ocErrText(err); got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}

func ocStr(t *testing.T, th *Thread, v Value) string {
	t.Helper()
	s, err := StrString(th, v)
	if err != nil {
		t.Fatalf("str: %v", err)
	}
	return s
}

func ocRepr(t *testing.T, th *Thread, v Value) string {
	t.Helper()
	s, err := ReprString(th, v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s
}

var ocHexAddr = regexp.MustCompile(`0x[0-9a-f]+`)

func TestClassicClassBasics(t *testing.T) {
	th := ocThread()
	a := ocClass(t, th, "A", nil, "x", NewStr("A.x"), "who", ocConst("who", NewStr("A.who")))
	b := ocClass(t, th, "B", []Value{a})
	c := ocClass(t, th, "C", []Value{a}, "x", NewStr("C.x"), "who", ocConst("who", NewStr("C.who")))
	d := ocClass(t, th, "D", []Value{b, c})

	// Depth-first, left to right: D -> B -> A -> C.
	x, err := GetAttrString(th, d, "x")
	if err != nil || ocStr(t, th, x) != "A.x" {
		t.Errorf("D.x = %v, %v; want A.x", x, err)
	}
	inst := ocCall(t, th, d)
	who, err := GetAttrString(th, inst, "who")
	if err != nil {
		t.Fatal(err)
	}
	if s := ocStr(t, th, ocCall(t, th, who)); s != "A.who" {
		t.Errorf("D().who() = %s", s)
	}
	if got := ocHexAddr.ReplaceAllString(ocRepr(t, th, who), "ADDR"); got != "<bound method D.who of <__main__.D instance at ADDR>>" {
		t.Errorf("repr(bound) = %s", got)
	}
	unbound, _ := GetAttrString(th, a, "who")
	if got := ocRepr(t, th, unbound); got != "<unbound method A.who>" {
		t.Errorf("repr(unbound) = %s", got)
	}
	if got := ocHexAddr.ReplaceAllString(ocRepr(t, th, a), "ADDR"); got != "<class __main__.A at ADDR>" {
		t.Errorf("repr(A) = %s", got)
	}
	if got := ocStr(t, th, a); got != "__main__.A" {
		t.Errorf("str(A) = %s", got)
	}
	doc, _ := GetAttrString(th, a, "__doc__")
	if doc != None {
		t.Errorf("A.__doc__ = %v", doc)
	}
	bases, _ := GetAttrString(th, d, "__bases__")
	if tu := bases.(*Tuple); len(tu.elems) != 2 || tu.elems[0] != b || tu.elems[1] != c {
		t.Errorf("D.__bases__ = %v", bases)
	}
	cls, _ := GetAttrString(th, inst, "__class__")
	if cls != d {
		t.Errorf("D().__class__ = %v", cls)
	}
	if ok, _ := IsInstance(th, inst, c); !ok {
		t.Error("isinstance(D(), C) is false")
	}

	_, err = GetAttrString(th, a, "missing")
	ocWantErr(t, err, "AttributeError: class A has no attribute 'missing'")
	_, err = GetAttrString(th, a, "__class__")
	ocWantErr(t, err, "AttributeError: class A has no attribute '__class__'")
	_, err = GetAttrString(th, inst, "missing")
	ocWantErr(t, err, "AttributeError: D instance has no attribute 'missing'")
	_, err = Call(th, a, []Value{Int(1)}, nil)
	ocWantErr(t, err, "TypeError: this constructor takes no arguments")
	err = SetAttr(th, inst, Intern("missing"), nil)
	ocWantErr(t, err, "AttributeError: D instance has no attribute 'missing'")
	err = SetAttr(th, a, Intern("missing"), nil)
	ocWantErr(t, err, "AttributeError: class A has no attribute 'missing'")
}

func TestClassicClassSetAttr(t *testing.T) {
	th := ocThread()
	e := ocClass(t, th, "E", nil, "m", ocConst("m", NewStr("E.m")))
	f := ocClass(t, th, "F", nil, "m", ocConst("m", NewStr("F.m")))
	g := ocClass(t, th, "G", []Value{e})
	m := func() string {
		meth, err := GetAttrString(th, ocCall(t, th, g), "m")
		if err != nil {
			t.Fatal(err)
		}
		return ocStr(t, th, ocCall(t, th, meth))
	}
	if m() != "E.m" {
		t.Fatal("G().m() != E.m")
	}
	if err := SetAttr(th, g, Intern("__bases__"), NewTuple(f)); err != nil {
		t.Fatal(err)
	}
	if m() != "F.m" {
		t.Error("after __bases__ = (F,), G().m() != F.m")
	}
	if err := SetAttr(th, g, Intern("__name__"), NewStr("G2")); err != nil || g.Name != "G2" {
		t.Errorf("__name__ assignment: %v, %s", err, g.Name)
	}
	tests := []struct {
		target Value
		name   string
		val    Value
		want   string
	}{
		{g, "__bases__", Int(1), "TypeError: __bases__ must be a tuple object"},
		{g, "__bases__", NewTuple(Int(5)), "TypeError: __bases__ items must be classes"},
		{e, "__bases__", NewTuple(g), "TypeError: __bases__ items must be classes"},
		{f, "__bases__", NewTuple(g), "TypeError: a __bases__ item causes an inheritance cycle"},
		{g, "__dict__", Int(5), "TypeError: __dict__ must be a dictionary object"},
		{g, "__name__", Int(5), "TypeError: __name__ must be a string object"},
		{g, "__name__", NewStr("a\x00b"), "TypeError: __name__ must not contain null bytes"},
		{g, "__name__", nil, "TypeError: __name__ must be a string object"},
		{ocCall(t, th, g), "__dict__", Int(1), "TypeError: __dict__ must be set to a dictionary"},
		{ocCall(t, th, g), "__class__", IntType, "TypeError: __class__ must be set to a class"},
		{ocCall(t, th, g), "__class__", nil, "TypeError: __class__ must be set to a class"},
	}
	for _, tc := range tests {
		err := SetAttr(th, tc.target, Intern(tc.name), tc.val)
		if tc.name == "__bases__" && tc.target == e {
			// E.__bases__ = (G,) where G derives from F, not E: allowed.
			if err != nil {
				t.Errorf("E.__bases__ = (G,): %v", err)
			}
			_ = SetAttr(th, e, Intern("__bases__"), NewTuple())
			continue
		}
		ocWantErr(t, err, tc.want)
	}
}

func TestClassicAttributeHooks(t *testing.T) {
	th := ocThread()
	var log []string
	getattr := ocFunc("__getattr__", func(t *Thread, args []Value) (Value, error) {
		name := args[1].(*Str).s
		if strings.HasPrefix(name, "_") {
			return nil, NewException(AttributeError, NewStr(name))
		}
		return NewStr("getattr " + name), nil
	})
	setattr := ocFunc("__setattr__", func(t *Thread, args []Value) (Value, error) {
		log = append(log, "set "+args[1].(*Str).s)
		return None, args[0].(*OldInstance).Dict(t).SetItem(t, args[1], args[2])
	})
	delattr := ocFunc("__delattr__", func(t *Thread, args []Value) (Value, error) {
		log = append(log, "del "+args[1].(*Str).s)
		return None, nil
	})
	g := ocClass(t, th, "G", nil, "cattr", NewStr("class attr"), "__getattr__", getattr,
		"__setattr__", setattr, "__delattr__", delattr)
	inst := ocCall(t, th, g)
	for name, want := range map[string]string{"cattr": "class attr", "dynamic": "getattr dynamic"} {
		v, err := GetAttrString(th, inst, name)
		if err != nil || ocStr(t, th, v) != want {
			t.Errorf("g.%s = %v, %v; want %s", name, v, err, want)
		}
	}
	if HasAttr(th, inst, Intern("_private")) {
		t.Error("hasattr(g, '_private')")
	}
	if err := SetAttr(th, inst, Intern("a"), Int(1)); err != nil {
		t.Fatal(err)
	}
	if err := SetAttr(th, inst, Intern("a"), nil); err != nil {
		t.Fatal(err)
	}
	if strings.Join(log, ",") != "set a,del a" {
		t.Errorf("log = %v", log)
	}
	// A base that gains __getattr__ later does not affect an existing
	// subclass (the hooks are cached when the class is made).
	base := ocClass(t, th, "Base", nil)
	sub := ocClass(t, th, "Sub", []Value{base})
	if err := SetAttr(th, base, Intern("__getattr__"), getattr); err != nil {
		t.Fatal(err)
	}
	if _, err := GetAttrString(th, ocCall(t, th, base), "zz"); err != nil {
		t.Errorf("Base().zz: %v", err)
	}
	_, err := GetAttrString(th, ocCall(t, th, sub), "zz")
	ocWantErr(t, err, "AttributeError: Sub instance has no attribute 'zz'")
}

func TestClassicInit(t *testing.T) {
	th := ocThread()
	init := ocFunc("__init__", func(t *Thread, args []Value) (Value, error) {
		if len(args) > 1 {
			return args[1], args[0].(*OldInstance).Dict(t).SetItem(t, NewStr("v"), args[1])
		}
		return None, nil
	})
	a := ocClass(t, th, "A", nil, "__init__", init)
	inst := ocCall(t, th, a)
	if _, ok := inst.(*OldInstance); !ok {
		t.Fatalf("A() = %T", inst)
	}
	_, err := Call(th, a, []Value{Int(5)}, nil)
	ocWantErr(t, err, "TypeError: __init__() should return None")

	raw, err := Call(th, InstanceType, []Value{a, ocDict(th, "v", Int(3))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := GetAttrString(th, raw, "v"); v != Int(3) {
		t.Errorf("instance(A, {'v': 3}).v = %v", v)
	}
	for _, tc := range []struct {
		args []Value
		want string
	}{
		{nil, "TypeError: instance() takes at least 1 argument (0 given)"},
		{[]Value{Int(1)}, "TypeError: instance() argument 1 must be classobj, not int"},
		{[]Value{a, Int(1)}, "TypeError: instance() second arg must be dictionary or None"},
	} {
		_, err := Call(th, InstanceType, tc.args, nil)
		ocWantErr(t, err, tc.want)
	}
	for _, tc := range []struct {
		args, kw []Value
		want     string
	}{
		{[]Value{NewStr("x")}, nil, "TypeError: Required argument 'bases' (pos 2) not found"},
		{nil, nil, "TypeError: Required argument 'name' (pos 1) not found"},
		{[]Value{Int(1), NewTuple(), NewDict()}, nil, "TypeError: argument 1 must be string, not int"},
		{[]Value{NewStr("x"), NewList(nil), NewDict()}, nil, "TypeError: PyClass_New: bases must be a tuple"},
		{[]Value{NewStr("x"), NewTuple(), NewList(nil)}, nil, "TypeError: PyClass_New: dict must be a dictionary"},
	} {
		_, err := Call(th, ClassType, tc.args, tc.kw)
		ocWantErr(t, err, tc.want)
	}
	made, err := Call(th, ClassType, []Value{NewStr("x"), NewTuple(), NewDict()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := made.(*Class); !ok || c.Name != "x" {
		t.Errorf("classobj('x', (), {}) = %v", made)
	}
}

func TestClassicInstanceDefaults(t *testing.T) {
	th := ocThread()
	a := ocClass(t, th, "A", nil)
	inst := ocCall(t, th, a)
	if got := ocHexAddr.ReplaceAllString(ocRepr(t, th, inst), "ADDR"); got != "<__main__.A instance at ADDR>" {
		t.Errorf("repr = %s", got)
	}
	if got := ocHexAddr.ReplaceAllString(ocStr(t, th, inst), "ADDR"); got != "<__main__.A instance at ADDR>" {
		t.Errorf("str = %s", got)
	}
	if ok, err := Truth(th, inst); !ok || err != nil {
		t.Errorf("bool(A()) = %v, %v", ok, err)
	}
	h, err := Hash(th, inst)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := objectHash(th, inst); h != want {
		t.Errorf("hash(A()) = %d, want %d", h, want)
	}
	errs := []struct {
		f    func() error
		want string
	}{
		{func() error { _, err := Len(th, inst); return err }, "AttributeError: A instance has no attribute '__len__'"},
		{func() error { _, err := GetItem(th, inst, Int(1)); return err }, "AttributeError: A instance has no attribute '__getitem__'"},
		{func() error { return SetItem(th, inst, Int(1), Int(2)) }, "AttributeError: A instance has no attribute '__setitem__'"},
		{func() error { return SetItem(th, inst, Int(1), nil) }, "AttributeError: A instance has no attribute '__delitem__'"},
		{func() error { _, err := Contains(th, inst, Int(1)); return err }, "TypeError: argument of type 'instance' is not iterable"},
		{func() error { _, err := Iter(th, inst); return err }, "TypeError: iteration over non-sequence"},
		{func() error { _, err := Next(th, inst); return err }, "TypeError: instance has no next() method"},
		{func() error { _, err := Neg(th, inst); return err }, "AttributeError: A instance has no attribute '__neg__'"},
		{func() error { _, err := Invert(th, inst); return err }, "AttributeError: A instance has no attribute '__invert__'"},
		{func() error { _, err := Abs(th, inst); return err }, "AttributeError: A instance has no attribute '__abs__'"},
		{func() error { _, err := Call(th, inst, nil, nil); return err }, "AttributeError: A instance has no __call__ method"},
		{func() error { _, err := Index(th, inst); return err }, "TypeError: object cannot be interpreted as an index"},
		{func() error { _, err := BinaryOp(th, inst, Int(1), OpAdd); return err }, "TypeError: unsupported operand type(s) for +: 'instance' and 'int'"},
		{func() error { _, err := BinaryOp(th, Int(1), inst, OpAdd); return err }, "TypeError: unsupported operand type(s) for +: 'int' and 'instance'"},
		{func() error { _, err := BinaryOp(th, inst, Int(1), OpDivmod); return err }, "TypeError: unsupported operand type(s) for divmod(): 'instance' and 'int'"},
		{func() error { _, err := Pow(th, inst, Int(2), None); return err }, "TypeError: unsupported operand type(s) for ** or pow(): 'instance' and 'int'"},
		{func() error { _, err := Pow(th, inst, Int(2), Int(3)); return err }, "AttributeError: A instance has no attribute '__pow__'"},
		{func() error { _, err := InstanceType.Number.Int(th, inst); return err }, "AttributeError: A instance has no attribute '__trunc__'"},
		{func() error { _, err := InstanceType.Number.Long(th, inst); return err }, "AttributeError: A instance has no attribute '__trunc__'"},
		{func() error { _, err := InstanceType.Number.Float(th, inst); return err }, "AttributeError: A instance has no attribute '__float__'"},
		{func() error { _, err := InstanceType.Number.Hex(th, inst); return err }, "AttributeError: A instance has no attribute '__hex__'"},
	}
	for i, tc := range errs {
		err := tc.f()
		if got := ocErrText(err); got != tc.want {
			t.Errorf("%d: error = %q, want %q", i, got, tc.want)
		}
	}
}

func TestClassicSpecialMethods(t *testing.T) {
	th := ocThread()
	seq := NewList([]Value{NewStr("a"), NewStr("b"), NewStr("c")})
	getitem := ocFunc("__getitem__", func(t *Thread, args []Value) (Value, error) {
		i, ok := args[1].(Int)
		if !ok {
			return NewStr("slice"), nil
		}
		if x, ok := seq.At(t, int(i)); ok {
			return x, nil
		}
		return nil, NewException(IndexError, NewStr("out of range"))
	})
	s := ocClass(t, th, "S", nil, "__getitem__", getitem,
		"__repr__", ocConst("__repr__", NewStr("S()")),
		"__len__", ocConst("__len__", Int(3)),
		"__hash__", ocConst("__hash__", Int(-1)),
		"__call__", ocFunc("__call__", func(t *Thread, args []Value) (Value, error) { return Int(len(args)), nil }))
	inst := ocCall(t, th, s)
	if got := ocRepr(t, th, inst); got != "S()" {
		t.Errorf("repr = %s", got)
	}
	if got := ocStr(t, th, inst); got != "S()" {
		t.Errorf("str falls back to __repr__: %s", got)
	}
	if n, err := Len(th, inst); n != 3 || err != nil {
		t.Errorf("len = %d, %v", n, err)
	}
	if h, err := Hash(th, inst); h != -2 || err != nil {
		t.Errorf("hash = %d, %v", h, err)
	}
	if r := ocCall(t, th, inst, Int(1), Int(2)); r != Int(3) {
		t.Errorf("inst(1, 2) got %d args", r)
	}
	items, err := ToSlice(th, inst)
	if err != nil || len(items) != 3 {
		t.Errorf("list(inst) = %v, %v", items, err)
	}
	if ok, err := Contains(th, inst, NewStr("b")); !ok || err != nil {
		t.Errorf("'b' in inst = %v, %v", ok, err)
	}
	if ok, err := Contains(th, inst, NewStr("z")); ok || err != nil {
		t.Errorf("'z' in inst = %v, %v", ok, err)
	}
	if r, err := InstanceType.GetSlice(th, inst, 0, 2); err != nil || ocStr(t, th, r) != "slice" {
		t.Errorf("inst[0:2] = %v, %v", r, err)
	}
	if ok, err := Truth(th, inst); !ok || err != nil {
		t.Errorf("bool(len 3) = %v, %v", ok, err)
	}

	// Results of the wrong type.
	bad := ocClass(t, th, "Bad", nil,
		"__len__", ocConst("__len__", NewStr("x")),
		"__nonzero__", ocConst("__nonzero__", Int(-1)),
		"__hash__", ocConst("__hash__", NewStr("x")),
		"__iter__", ocConst("__iter__", Int(1)))
	b := ocCall(t, th, bad)
	_, err = Len(th, b)
	ocWantErr(t, err, "TypeError: __len__() should return an int")
	_, err = Truth(th, b)
	ocWantErr(t, err, "ValueError: __nonzero__ should return >= 0")
	_, err = Hash(th, b)
	ocWantErr(t, err, "TypeError: __hash__() should return an int")
	_, err = Iter(th, b)
	ocWantErr(t, err, "TypeError: __iter__ returned non-iterator of type 'int'")
	neg := ocClass(t, th, "Neg", nil, "__len__", ocConst("__len__", Int(-1)))
	_, err = Len(th, ocCall(t, th, neg))
	ocWantErr(t, err, "ValueError: __len__() should return >= 0")
	nz := ocClass(t, th, "NZ", nil, "__len__", ocConst("__len__", NewStr("s")))
	_, err = Truth(th, ocCall(t, th, nz))
	ocWantErr(t, err, "TypeError: __nonzero__ should return an int")

	// __eq__ or __cmp__ without __hash__ makes instances unhashable.
	for _, name := range []string{"__eq__", "__cmp__"} {
		c := ocClass(t, th, "H", nil, name, ocConst(name, True))
		_, err := Hash(th, ocCall(t, th, c))
		ocWantErr(t, err, "TypeError: unhashable instance")
	}

	// Special methods are looked up on the instance.
	plain := ocClass(t, th, "P", nil)
	p := ocCall(t, th, plain)
	if err := SetAttr(th, p, Intern("__len__"), ocConst("len", Int(7))); err != nil {
		t.Fatal(err)
	}
	if n, err := Len(th, p); n != 7 || err != nil {
		t.Errorf("len with instance __len__ = %d, %v", n, err)
	}
}

func TestClassicComparisons(t *testing.T) {
	th := ocThread()
	var log []string
	logged := func(name string, r Value) *ocFn {
		return ocFunc(name, func(t *Thread, args []Value) (Value, error) {
			log = append(log, name)
			return r, nil
		})
	}
	i := ocClass(t, th, "I", nil, "__eq__", logged("eq", NotImplemented), "__cmp__", logged("cmp", Int(0)))
	a, b := ocCall(t, th, i), ocCall(t, th, i)
	r, err := RichCompare(th, a, b, EQ)
	if err != nil || r != True {
		t.Errorf("I() == I() = %v, %v", r, err)
	}
	// CPython asks each side twice (instance_richcompare runs for v's type
	// and again for w's), then __cmp__.
	if got := strings.Join(log, " "); got != "eq eq eq eq cmp" {
		t.Errorf("calls = %s", got)
	}

	g := ocClass(t, th, "G", nil, "__cmp__", ocConst("__cmp__", Float(-0.5)))
	if c, err := Compare3(th, ocCall(t, th, g), Int(1)); c != 0 || err != nil {
		t.Errorf("cmp(G(), 1) = %d, %v", c, err)
	}
	h := ocClass(t, th, "H", nil, "__cmp__", ocConst("__cmp__", NewStr("x")))
	_, err = RichCompare(th, ocCall(t, th, h), Int(1), LT)
	ocWantErr(t, err, "TypeError: comparison did not return an int")
	lt := ocClass(t, th, "L", nil, "__lt__", ocConst("__lt__", NewStr("lt")), "__gt__", ocConst("__gt__", NewStr("gt")))
	if r, _ := RichCompare(th, ocCall(t, th, lt), Int(1), LT); ocStr(t, th, r) != "lt" {
		t.Errorf("L() < 1 = %v", r)
	}
	if r, _ := RichCompare(th, Int(1), ocCall(t, th, lt), LT); ocStr(t, th, r) != "gt" {
		t.Errorf("1 < L() = %v", r)
	}
	x, y := ocCall(t, th, lt), ocCall(t, th, i)
	_ = y
	if eq, err := Equal(th, x, x); !eq || err != nil {
		t.Errorf("x == x: %v %v", eq, err)
	}
}

func TestClassicCoercion(t *testing.T) {
	th := ocThread()
	var log []string
	// D declines coercion and has its own methods.
	d := ocClass(t, th, "D", nil,
		"__coerce__", ocConst("__coerce__", None),
		"__add__", ocConst("__add__", NewStr("D.add")),
		"__radd__", ocConst("__radd__", NewStr("D.radd")))
	x := ocCall(t, th, d)
	for _, tc := range []struct {
		a, b Value
		want string
	}{{x, Int(1), "D.add"}, {Int(1), x, "D.radd"}, {x, x, "D.add"}} {
		r, err := BinaryOp(th, tc.a, tc.b, OpAdd)
		if err != nil || ocStr(t, th, r) != tc.want {
			t.Errorf("add = %v, %v; want %s", r, err, tc.want)
		}
	}
	bad := ocClass(t, th, "E", nil, "__coerce__", ocConst("__coerce__", Int(5)))
	_, err := BinaryOp(th, ocCall(t, th, bad), Int(1), OpAdd)
	ocWantErr(t, err, "TypeError: coercion should return None or 2-tuple")

	// F coerces itself into an F2 instance, whose __add__ answers.
	f2 := ocClass(t, th, "F2", nil, "__add__", ocFunc("__add__", func(t *Thread, args []Value) (Value, error) {
		log = append(log, "F2.add")
		return NewStr("F2.add"), nil
	}))
	f := ocClass(t, th, "F", nil, "__coerce__", ocFunc("__coerce__", func(t *Thread, args []Value) (Value, error) {
		log = append(log, "F.coerce")
		return NewTuple(NewOldInstance(t, f2, nil), args[1]), nil
	}))
	r, err := BinaryOp(th, ocCall(t, th, f), Int(1), OpAdd)
	if err != nil || ocStr(t, th, r) != "F2.add" {
		t.Errorf("F() + 1 = %v, %v", r, err)
	}
	// In-place falls back to the binary method.
	r, err = InplaceOp(th, x, Int(1), OpAdd)
	if err != nil || ocStr(t, th, r) != "D.add" {
		t.Errorf("x += 1 = %v, %v", r, err)
	}
	ia := ocClass(t, th, "IA", nil, "__iadd__", ocConst("__iadd__", NewStr("IA.iadd")))
	r, err = InplaceOp(th, ocCall(t, th, ia), Int(1), OpAdd)
	if err != nil || ocStr(t, th, r) != "IA.iadd" {
		t.Errorf("ia += 1 = %v, %v", r, err)
	}
	a, b, ok, err := CoerceEx(th, ocCall(t, th, f), Int(1))
	if err != nil || !ok || b != Int(1) {
		t.Errorf("CoerceEx = %v %v %v %v", a, b, ok, err)
	}
}

func TestClassicRecursiveCall(t *testing.T) {
	th := ocThread()
	a := ocClass(t, th, "A", nil)
	inst := ocCall(t, th, a)
	// A.__call__ = A(): each call finds another instance to call.
	if err := SetAttr(th, a, Intern("__call__"), inst); err != nil {
		t.Fatal(err)
	}
	_, err := Call(th, inst, nil, nil)
	ocWantErr(t, err, "RuntimeError: maximum recursion depth exceeded in __call__")
	if th.Frames != 0 {
		t.Errorf("Frames = %d after unwinding", th.Frames)
	}
}

func TestNewStyleWithClassicBase(t *testing.T) {
	th := ocThread()
	a := ocClass(t, th, "A", nil, "hello", ocConst("hello", NewStr("classic hello")))
	n, err := NewClassicClass(th, "N", []Value{a, ObjectType}, ocDict(th, "__module__", NewStr("__main__")))
	if err != nil {
		t.Fatal(err)
	}
	typ, ok := n.(*Type)
	if !ok {
		t.Fatalf("class N(A, object) made a %T", n)
	}
	inst, err := Call(th, typ, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := GetAttrString(th, inst, "hello")
	if err != nil {
		t.Fatal(err)
	}
	if s := ocStr(t, th, ocCall(t, th, m)); s != "classic hello" {
		t.Errorf("N().hello() = %s", s)
	}
	_, err = NewClassicClass(th, "Bad", []Value{Int(5)}, NewDict())
	if err == nil {
		t.Error("class Bad(5) succeeded")
	}
}
