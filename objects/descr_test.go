package objects

import (
	"strings"
	"testing"
)

// dsClass makes a new-style class of module __main__.
func dsClass(t *testing.T, th *Thread, name string, bases []Value, kv ...any) *Type {
	t.Helper()
	d := ocDict(th, kv...)
	d.SetString(th, "__module__", NewStr("__main__"))
	c, err := NewClass(th, TypeType, name, bases, d)
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return c.(*Type)
}

// docFn is a function with a __doc__ for property tests.
type docFn struct {
	ocFn
	doc Value
}

var docFnType = NewBuiltinType("testdocfunction", ObjectType, 0)

func (*docFn) Type() *Type { return docFnType }

func init() {
	docFnType.Call = func(t *Thread, f Value, args, kw []Value) (Value, error) {
		return f.(*docFn).fn(t, args)
	}
	docFnType.AddGetSets([]GetSet{{Name: "__doc__", Get: func(t *Thread, self Value) (Value, error) {
		return self.(*docFn).doc, nil
	}}})
}

func TestProperty(t *testing.T) {
	th := ocThread()
	getter := &docFn{ocFn{"g", func(t *Thread, args []Value) (Value, error) { return Int(1), nil }}, NewStr("getter doc")}
	var setLog []Value
	setter := ocFunc("s", func(t *Thread, args []Value) (Value, error) {
		setLog = append(setLog, args[1])
		return None, nil
	})
	mk := func(args ...Value) Value { return ocCall(t, th, PropertyType, args...) }
	p, q := mk(getter), mk()
	r, err := Call(th, PropertyType, []Value{getter}, []Value{NewStr("doc"), NewStr("explicit")})
	if err != nil {
		t.Fatal(err)
	}
	w := mk(None, setter)
	c := dsClass(t, th, "C", nil, "p", p, "q", q, "r", r, "w", w)
	get := func(v Value, name string) (Value, error) { return GetAttrString(th, v, name) }
	for _, tc := range []struct {
		v    Value
		name string
		want string
	}{{p, "__doc__", "getter doc"}, {q, "__doc__", "None"}, {r, "__doc__", "explicit"}, {q, "fget", "None"}} {
		x, err := get(tc.v, tc.name)
		if err != nil || ocStr(t, th, x) != tc.want {
			t.Errorf("%s = %v, %v; want %s", tc.name, x, err, tc.want)
		}
	}
	if x, _ := get(c, "p"); x != p {
		t.Error("C.p is not the property")
	}
	inst := ocCall(t, th, c)
	if x, err := get(inst, "p"); x != Int(1) || err != nil {
		t.Errorf("c.p = %v, %v", x, err)
	}
	_, err = get(inst, "q")
	ocWantErr(t, err, "AttributeError: unreadable attribute")
	ocWantErr(t, SetAttr(th, inst, Intern("p"), Int(1)), "AttributeError: can't set attribute")
	ocWantErr(t, SetAttr(th, inst, Intern("p"), nil), "AttributeError: can't delete attribute")
	if err := SetAttr(th, inst, Intern("w"), Int(7)); err != nil || len(setLog) != 1 || setLog[0] != Int(7) {
		t.Errorf("c.w = 7: %v %v", err, setLog)
	}
	ocWantErr(t, SetAttr(th, p, Intern("fget"), Int(1)), "TypeError: readonly attribute")
	ocWantErr(t, SetAttr(th, p, Intern("__doc__"), nil), "TypeError: readonly attribute")
	_, err = Call(th, PropertyType, []Value{Int(1), Int(2), Int(3), Int(4), Int(5)}, nil)
	ocWantErr(t, err, "TypeError: property() takes at most 4 arguments (5 given)")
	_, err = Call(th, PropertyType, nil, []Value{NewStr("foo"), Int(1)})
	ocWantErr(t, err, "TypeError: 'foo' is an invalid keyword argument for this function")

	// getter/setter/deleter copy the property; a doc that came from the
	// old getter is not kept when the getter changes.
	lam := ocConst("<lambda>", Int(2))
	p2, err := CallMethod(th, r, "getter", lam)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := get(p2, "__doc__"); ocStr(t, th, d) != "explicit" {
		t.Errorf("r.getter(f).__doc__ = %v", d)
	}
	p3, err := CallMethod(th, p, "setter", setter)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := get(p3, "__doc__"); ocStr(t, th, d) != "getter doc" {
		t.Errorf("p.setter(f).__doc__ = %v", d)
	}
	if f, _ := get(p3, "fset"); f != setter {
		t.Error("p.setter(f).fset")
	}
	p4, _ := CallMethod(th, p, "getter", lam)
	if d, _ := get(p4, "__doc__"); d != None {
		t.Errorf("p.getter(lambda).__doc__ = %v", d)
	}

	// A subclass of property keeps the getter's doc in the instance dict.
	psub := dsClass(t, th, "P", []Value{PropertyType})
	sp := ocCall(t, th, psub, getter)
	if d, err := get(sp, "__doc__"); err != nil || ocStr(t, th, d) != "getter doc" {
		t.Errorf("P(g).__doc__ = %v, %v", d, err)
	}
	if d := sp.(*Property).instDict(th); d.Len(th) != 1 {
		t.Errorf("P(g).__dict__ has %d items", d.Len(th))
	}
	sp2, _ := CallMethod(th, sp, "setter", setter)
	if sp2.Type() != psub {
		t.Errorf("P(g).setter(f) is a %s", sp2.Type().Name)
	}
	d := dsClass(t, th, "D", nil, "p", sp)
	if x, err := get(ocCall(t, th, d), "p"); x != Int(1) || err != nil {
		t.Errorf("D().p = %v, %v", x, err)
	}

	// Reinitializing with __init__.
	if _, err := CallMethod(th, p, "__init__", lam); err != nil {
		t.Fatal(err)
	}
	if x, _ := get(inst, "p"); x != Int(2) {
		t.Errorf("after p.__init__(f): c.p = %v", x)
	}
	bad := mk(Int(1))
	_, err = propertyGet(th, bad, Int(5), nil)
	ocWantErr(t, err, "TypeError: 'int' object is not callable")
}

func TestSuper(t *testing.T) {
	th := ocThread()
	af := ocConst("f", NewStr("A.f"))
	acm := ocFunc("cm", func(t *Thread, args []Value) (Value, error) { return args[0], nil })
	cm, err := Call(th, ClassMethodType, []Value{acm}, nil)
	if err != nil {
		t.Fatal(err)
	}
	a := dsClass(t, th, "A", nil, "f", af, "cm", cm, "x", NewStr("A.x"))
	b := dsClass(t, th, "B", []Value{a}, "f", ocConst("f", NewStr("B.f")))
	binst := ocCall(t, th, b)
	s := ocCall(t, th, SuperType, b, binst)
	get := func(v Value, name string) (Value, error) { return GetAttrString(th, v, name) }

	m, err := get(s, "f")
	if err != nil {
		t.Fatal(err)
	}
	if bm, ok := m.(*Method); !ok || bm.Func != af || bm.Self != binst {
		t.Errorf("super(B, b).f = %v", m)
	}
	if x, _ := get(s, "x"); ocStr(t, th, x) != "A.x" {
		t.Errorf("super(B, b).x = %v", x)
	}
	if got := ocRepr(t, th, s); got != "<super: <class 'B'>, <B object>>" {
		t.Errorf("repr = %s", got)
	}
	for name, want := range map[string]Value{"__thisclass__": b, "__self__": binst, "__self_class__": b, "__class__": SuperType} {
		if x, err := get(s, name); x != want || err != nil {
			t.Errorf("%s = %v, %v", name, x, err)
		}
	}
	_, err = get(s, "missing")
	ocWantErr(t, err, "AttributeError: 'super' object has no attribute 'missing'")
	ocWantErr(t, SetAttr(th, s, Intern("__self__"), Int(1)), "TypeError: readonly attribute")

	// super(B, B): class methods bind to B, functions stay unbound.
	sc := ocCall(t, th, SuperType, b, b)
	m, _ = get(sc, "f")
	if um, ok := m.(*Method); !ok || um.Self != nil || um.Class != b {
		t.Errorf("super(B, B).f = %v", m)
	}
	m, _ = get(sc, "cm")
	if r := ocCall(t, th, m); r != b {
		t.Errorf("super(B, B).cm() got %v", r)
	}

	// Unbound super.
	su := ocCall(t, th, SuperType, b)
	if got := ocRepr(t, th, su); got != "<super: <class 'B'>, NULL>" {
		t.Errorf("repr = %s", got)
	}
	if x, _ := get(su, "__self__"); x != None {
		t.Errorf("__self__ = %v", x)
	}
	_, err = get(su, "f")
	ocWantErr(t, err, "AttributeError: 'super' object has no attribute 'f'")
	bound, err := CallMethod(th, su, "__get__", binst)
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := get(bound, "f"); m.(*Method).Func != af {
		t.Errorf("super(B).__get__(b).f = %v", m)
	}
	if x, _ := CallMethod(th, su, "__get__", None, b); x != su {
		t.Error("super(B).__get__(None, B) is not itself")
	}
	if x, _ := CallMethod(th, s, "__get__", binst); x != s {
		t.Error("a bound super rebinds")
	}
	if _, err := get(ocCall(t, th, SuperType, a, ocCall(t, th, a)), "f"); err == nil {
		t.Error("super(A, a).f found something")
	}

	old := ocClass(t, th, "Old", nil)
	for _, tc := range []struct {
		args, kw []Value
		want     string
	}{
		{[]Value{b, Int(1)}, nil, "TypeError: super(type, obj): obj must be an instance or subtype of type"},
		{[]Value{Int(1), binst}, nil, "TypeError: super() argument 1 must be type, not int"},
		{[]Value{old, ocCall(t, th, old)}, nil, "TypeError: super() argument 1 must be type, not classobj"},
		{nil, nil, "TypeError: super() takes at least 1 argument (0 given)"},
		{[]Value{b, binst, Int(3)}, nil, "TypeError: super() takes at most 2 arguments (3 given)"},
		{[]Value{b}, []Value{NewStr("x"), Int(1)}, "TypeError: super does not take keyword arguments"},
	} {
		_, err := Call(th, SuperType, tc.args, tc.kw)
		ocWantErr(t, err, tc.want)
	}

	// A subclass of super.
	mys := dsClass(t, th, "MyS", []Value{SuperType})
	ms := ocCall(t, th, mys, b, binst)
	if m, _ := get(ms, "f"); m.(*Method).Func != af {
		t.Errorf("MyS(B, b).f = %v", m)
	}
	bound, _ = CallMethod(th, ocCall(t, th, mys, b), "__get__", binst)
	if bound.Type() != mys {
		t.Errorf("MyS(B).__get__(b) is a %s", bound.Type().Name)
	}
	if !strings.HasPrefix(ocRepr(t, th, ms), "<super: <class 'B'>") {
		t.Errorf("repr(MyS(B, b)) = %s", ocRepr(t, th, ms))
	}
}
