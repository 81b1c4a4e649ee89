package objects

import (
	"fmt"
	"sync/atomic"

	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/stm"
)

// Code is a code object: a compiled function, class body or module with
// its constants converted to values.
type Code struct {
	*compile.Code
	Consts []Value
	Names  []*Str // Code.Names, interned
	// GlobalCache holds, per name, where LOAD_GLOBAL last found it.
	GlobalCache []atomic.Pointer[GlobalCache]
}

// Type returns code.
func (*Code) Type() *Type { return CodeType }

// NewCode converts a compiled code object (and the ones nested in its
// constants) for execution.
func NewCode(c *compile.Code) *Code {
	co := &Code{Code: c, Consts: make([]Value, len(c.Consts)), Names: make([]*Str, len(c.Names)),
		GlobalCache: make([]atomic.Pointer[GlobalCache], len(c.Names))}
	for i, k := range c.Consts {
		co.Consts[i] = constValue(k)
	}
	for i, n := range c.Names {
		co.Names[i] = Intern(n)
	}
	return co
}

func constValue(k compile.Const) Value {
	switch k := k.(type) {
	case nil:
		return None
	case compile.NoneType:
		return None
	case compile.EllipsisType:
		return Ellipsis
	case bool:
		return NewBool(k)
	case int64:
		return Int(k)
	case float64:
		return Float(k)
	case complex128:
		return Complex(k)
	case string:
		if len(k) < 40 {
			return Intern(k)
		}
		return NewStr(k)
	case compile.Unicode:
		return NewUnicode([]rune(k))
	case compile.Tuple:
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = constValue(x)
		}
		return NewTuple(items...)
	case *compile.Code:
		return NewCode(k)
	}
	if b, ok := k.(interface{ Sign() int }); ok {
		_ = b
	}
	return constBig(k)
}

// Cell is a closure cell.
type Cell struct {
	ref stm.Ref[cellState]
}

// cellState is a cell's payload. No Copier: it holds no slice or map.
type cellState struct{ v Value }

// Type returns cell.
func (*Cell) Type() *Type { return CellType }

// NewCell returns a cell holding v (nil: empty).
func NewCell(v Value) *Cell {
	c := &Cell{}
	c.ref.Init(&cellState{v})
	return c
}

// Get returns the cell's contents, or nil if it is empty.
func (c *Cell) Get(t *Thread) Value { return c.ref.Read(t.tx()).v }

// Set stores v (nil empties the cell).
func (c *Cell) Set(t *Thread, v Value) { c.ref.Write(t.tx()).v = v }

// Function is a function defined in Python.
type Function struct {
	Globals  *Dict
	Closure  []*Cell
	ref      stm.Ref[funcState]
	Builtins *Dict // the builtins the function's frames use
}

// funcState is a function's payload. No Copier: defaults is replaced,
// never modified.
type funcState struct {
	code     *Code // func_code, which may be reassigned
	name     Value // __name__ (a str)
	defaults []Value
	doc      Value
	dict     *Dict
	module   Value
}

// Type returns function.
func (*Function) Type() *Type { return FunctionType }

// NewFunction makes a function from code, globals, defaults and closure.
func NewFunction(t *Thread, code *Code, globals *Dict, defaults []Value, closure []*Cell) *Function {
	f := &Function{Globals: globals, Closure: closure}
	st := &funcState{code: code, name: Intern(code.Name), defaults: defaults, doc: None}
	if len(code.Consts) > 0 {
		if _, ok := code.Consts[0].(*Str); ok {
			st.doc = code.Consts[0]
		} else if _, ok := code.Consts[0].(*Unicode); ok {
			st.doc = code.Consts[0]
		}
	}
	if m := globals.GetString(t, "__name__"); m != nil {
		st.module = m
	} else {
		st.module = None
	}
	f.ref.Init(st)
	return f
}

// Name returns the function's __name__.
func (f *Function) Name(t *Thread) string {
	if s, ok := f.ref.Read(t.tx()).name.(*Str); ok {
		return s.s
	}
	return f.Code(t).Name
}

// Code returns the function's code object (func_code).
func (f *Function) Code(t *Thread) *Code { return f.ref.Read(t.tx()).code }

// Defaults returns the default values of the last parameters.
func (f *Function) Defaults(t *Thread) []Value { return f.ref.Read(t.tx()).defaults }

func (f *Function) instDict(t *Thread) *Dict {
	st := f.ref.Read(t.tx())
	if st.dict == nil {
		f.ref.Write(t.tx()).dict = NewDict()
		st = f.ref.Read(t.tx())
	}
	return st.dict
}

// Method is a bound method (Self set) or an unbound method (Self nil) of
// a class, Python's instancemethod.
type Method struct {
	Func  Value
	Self  Value // nil for an unbound method
	Class Value // im_class
}

// Type returns instancemethod.
func (*Method) Type() *Type { return MethodType }

// StaticMethod is staticmethod(f).
type StaticMethod struct{ fn Value }

// Type returns staticmethod.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod is classmethod(f).
type ClassMethod struct{ fn Value }

// Type returns classmethod.
func (*ClassMethod) Type() *Type { return ClassMethodType }

func funcRepr(t *Thread, v Value) (Value, error) {
	f := v.(*Function)
	return NewStr(fmt.Sprintf("<function %s at %s>", f.Name(t), addr(f))), nil
}

// ClassName returns the __name__ of a class (new- or old-style), or "?".
func ClassName(c Value) string {
	switch c := c.(type) {
	case *Type:
		return c.Name
	case *Class:
		return c.Name
	}
	return "?"
}

func methodRepr(t *Thread, v Value) (Value, error) {
	m := v.(*Method)
	fname := "?"
	if n, err := GetAttrString(t, m.Func, "__name__"); err == nil {
		if s, ok := n.(*Str); ok {
			fname = s.s
		}
	}
	cname := "?"
	if m.Class != nil {
		cname = ClassName(m.Class)
	}
	if m.Self == nil {
		return NewStr(fmt.Sprintf("<unbound method %s.%s>", cname, fname)), nil
	}
	r, err := Repr(t, m.Self)
	if err != nil {
		return nil, err
	}
	return NewStr(fmt.Sprintf("<bound method %s.%s of %s>", cname, fname, r.s)), nil
}

func init() {
	FunctionType.Repr = funcRepr
	FunctionType.DescrGet = func(t *Thread, f, obj Value, typ Value) (Value, error) {
		if obj == nil || obj == None && typ != nil && typ != Value(NoneTypeType) {
			return &Method{Func: f, Class: typ}, nil
		}
		if typ == nil {
			typ = classOf(obj)
		}
		return &Method{Func: f, Self: obj, Class: typ}, nil
	}
	FunctionType.GetAttr = GenericGetAttr
	FunctionType.SetAttr = GenericSetAttr
	str := func(get func(st *funcState) Value) func(t *Thread, self Value) (Value, error) {
		return func(t *Thread, self Value) (Value, error) { return get(self.(*Function).ref.Read(t.tx())), nil }
	}
	nameGS := GetSet{Name: "__name__", Get: str(func(st *funcState) Value { return st.name }),
		Set: func(t *Thread, self, v Value) error {
			if _, ok := v.(*Str); !ok {
				return Errorf(TypeError, "__name__ must be set to a string object")
			}
			self.(*Function).ref.Write(t.tx()).name = v
			return nil
		}}
	docGS := GetSet{Name: "__doc__", Get: str(func(st *funcState) Value { return st.doc }),
		Set: func(t *Thread, self, v Value) error {
			if v == nil {
				v = None
			}
			self.(*Function).ref.Write(t.tx()).doc = v
			return nil
		}}
	defGS := GetSet{Name: "func_defaults", Get: func(t *Thread, self Value) (Value, error) {
		d := self.(*Function).Defaults(t)
		if d == nil {
			return None, nil
		}
		return NewTuple(d...), nil
	}, Set: func(t *Thread, self, v Value) error {
		if v == nil || v == None {
			self.(*Function).ref.Write(t.tx()).defaults = nil
			return nil
		}
		tu, ok := v.(*Tuple)
		if !ok {
			return Errorf(TypeError, "__defaults__ must be set to a tuple object")
		}
		self.(*Function).ref.Write(t.tx()).defaults = tu.elems
		return nil
	}}
	dictGS := GetSet{Name: "__dict__", Get: func(t *Thread, self Value) (Value, error) {
		return self.(*Function).instDict(t), nil
	}, Set: func(t *Thread, self, v Value) error {
		if v == nil {
			return Errorf(TypeError, "function's dictionary may not be deleted")
		}
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "setting function's dictionary to a non-dict")
		}
		self.(*Function).ref.Write(t.tx()).dict = d
		return nil
	}}
	codeGS := GetSet{Name: "__code__", Get: func(t *Thread, self Value) (Value, error) { return self.(*Function).Code(t), nil },
		Set: func(t *Thread, self, v Value) error {
			c, ok := v.(*Code)
			if !ok {
				return Errorf(TypeError, "__code__ must be set to a code object")
			}
			f := self.(*Function)
			if len(c.Freevars) != len(f.Closure) {
				return Errorf(ValueError, "%s() requires a code object with %d free vars, not %d", f.Name(t), len(f.Closure), len(c.Freevars))
			}
			f.ref.Write(t.tx()).code = c
			return nil
		}}
	// func_globals and func_closure are read-only members.
	globGS := readonlyMember("__globals__", func(t *Thread, self Value) (Value, error) { return self.(*Function).Globals, nil })
	closGS := readonlyMember("__closure__", func(t *Thread, self Value) (Value, error) {
		f := self.(*Function)
		if f.Closure == nil {
			return None, nil
		}
		items := make([]Value, len(f.Closure))
		for i, c := range f.Closure {
			items[i] = c
		}
		return NewTuple(items...), nil
	})
	modGS := GetSet{Name: "__module__", Get: str(func(st *funcState) Value { return st.module }),
		Set: func(t *Thread, self, v Value) error {
			if v == nil {
				v = None
			}
			self.(*Function).ref.Write(t.tx()).module = v
			return nil
		}}
	var gs []GetSet
	for _, g := range []GetSet{nameGS, docGS, defGS, dictGS, codeGS, globGS, closGS} {
		gs = append(gs, g)
		alias := g
		switch g.Name {
		case "__name__":
			alias.Name = "func_name"
		case "__doc__":
			alias.Name = "func_doc"
		case "func_defaults":
			alias.Name = "__defaults__"
		case "__dict__":
			alias.Name = "func_dict"
		case "__code__":
			alias.Name = "func_code"
		case "__globals__":
			alias.Name = "func_globals"
		case "__closure__":
			alias.Name = "func_closure"
		}
		gs = append(gs, alias)
	}
	gs = append(gs, modGS)
	FunctionType.AddGetSets(gs)

	MethodType.Repr = methodRepr
	MethodType.Call = func(t *Thread, v Value, args, kw []Value) (Value, error) {
		m := v.(*Method)
		if m.Self != nil {
			all := make([]Value, 0, len(args)+1)
			all = append(all, m.Self)
			all = append(all, args...)
			return Call(t, m.Func, all, kw)
		}
		if len(args) == 0 || !isInstanceOfClass(t, args[0], m.Class) {
			got := "nothing"
			if len(args) > 0 {
				got = instanceKind(args[0])
			}
			fname := "?"
			if f, ok := m.Func.(*Function); ok {
				fname = f.Name(t)
			}
			return nil, Errorf(TypeError, "unbound method %s() must be called with %s instance as first argument (got %s instead)",
				fname, ClassName(m.Class), got)
		}
		return Call(t, m.Func, args, kw)
	}
	MethodType.DescrGet = func(t *Thread, v, obj Value, typ Value) (Value, error) {
		m := v.(*Method)
		if m.Self != nil || obj == nil || obj == None {
			return m, nil
		}
		if m.Class != nil && !isInstanceOfClass(t, obj, m.Class) {
			return m, nil
		}
		return &Method{Func: m.Func, Self: obj, Class: typ}, nil
	}
	MethodType.GetAttr = func(t *Thread, v Value, name *Str) (Value, error) {
		r, err := GenericGetAttr(t, v, name)
		if err == nil {
			return r, nil
		}
		return GetAttr(t, v.(*Method).Func, name)
	}
	MethodType.Compare = func(t *Thread, a, b Value, op Cmp) (Value, error) {
		ma, ok1 := a.(*Method)
		mb, ok2 := b.(*Method)
		if !ok1 || !ok2 || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		eq := ma.Func == mb.Func && ma.Self == mb.Self
		return NewBool(eq == (op == EQ)), nil
	}
	MethodType.Hash = func(t *Thread, v Value) (int64, error) {
		m := v.(*Method)
		h := Id(m.Func)
		if m.Self != nil {
			h ^= Id(m.Self)
		}
		return int64(h), nil
	}
	MethodType.AddGetSets([]GetSet{
		{Name: "im_func", Member: true, Get: func(t *Thread, self Value) (Value, error) { return self.(*Method).Func, nil }},
		{Name: "__func__", Member: true, Get: func(t *Thread, self Value) (Value, error) { return self.(*Method).Func, nil }},
		{Name: "im_self", Member: true, Get: func(t *Thread, self Value) (Value, error) { return orNone(self.(*Method).Self), nil }},
		{Name: "__self__", Member: true, Get: func(t *Thread, self Value) (Value, error) { return orNone(self.(*Method).Self), nil }},
		{Name: "im_class", Member: true, Get: func(t *Thread, self Value) (Value, error) { return orNone(self.(*Method).Class), nil }},
		{Name: "__doc__", Get: func(t *Thread, self Value) (Value, error) {
			return GetAttrString(t, self.(*Method).Func, "__doc__")
		}},
	})

	MethodType.New = func(t *Thread, typ *Type, args, kw []Value) (Value, error) {
		if len(kw) != 0 {
			return nil, Errorf(TypeError, "instancemethod does not take keyword arguments")
		}
		if len(args) < 2 || len(args) > 3 {
			qual := "at least"
			n := 2
			if len(args) > 3 {
				qual, n = "at most", 3
			}
			return nil, Errorf(TypeError, "instancemethod expected %s %d arguments, got %d", qual, n, len(args))
		}
		if !Callable(args[0]) {
			return nil, Errorf(TypeError, "first argument must be callable")
		}
		self := args[1]
		if self == None {
			self = nil
		}
		var cls Value
		if len(args) == 3 {
			cls = args[2]
		}
		if self == nil && cls == nil {
			return nil, Errorf(TypeError, "unbound methods must have non-NULL im_class")
		}
		if cls == nil {
			cls = None
		}
		return &Method{Func: args[0], Self: self, Class: cls}, nil
	}
	StaticMethodType.New = func(t *Thread, typ *Type, args, kw []Value) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "staticmethod expected 1 arguments, got %d", len(args))
		}
		return &StaticMethod{fn: args[0]}, nil
	}
	StaticMethodType.DescrGet = func(t *Thread, v, obj Value, typ Value) (Value, error) {
		return v.(*StaticMethod).fn, nil
	}
	StaticMethodType.AddGetSets([]GetSet{{Name: "__func__", Get: func(t *Thread, self Value) (Value, error) { return self.(*StaticMethod).fn, nil }}})
	ClassMethodType.New = func(t *Thread, typ *Type, args, kw []Value) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "classmethod expected 1 arguments, got %d", len(args))
		}
		// 2.7 accepts any object; calling it fails later.
		return &ClassMethod{fn: args[0]}, nil
	}
	ClassMethodType.DescrGet = func(t *Thread, v, obj Value, typ Value) (Value, error) {
		if typ == nil {
			typ = classOf(obj)
		}
		return &Method{Func: v.(*ClassMethod).fn, Self: typ, Class: classOf(typ)}, nil
	}
	ClassMethodType.AddGetSets([]GetSet{{Name: "__func__", Get: func(t *Thread, self Value) (Value, error) { return self.(*ClassMethod).fn, nil }}})

	CellType.Repr = func(t *Thread, v Value) (Value, error) {
		c := v.(*Cell)
		x := c.Get(t)
		if x == nil {
			return NewStr(fmt.Sprintf("<cell at %s: empty>", addr(c))), nil
		}
		return NewStr(fmt.Sprintf("<cell at %s: %s object at %s>", addr(c), x.Type().Name, addr(x))), nil
	}
	CellType.AddGetSets([]GetSet{{Name: "cell_contents", Get: func(t *Thread, self Value) (Value, error) {
		x := self.(*Cell).Get(t)
		if x == nil {
			return nil, Errorf(ValueError, "Cell is empty")
		}
		return x, nil
	}}})
	CodeType.Repr = func(t *Thread, v Value) (Value, error) {
		c := v.(*Code)
		return NewStr(fmt.Sprintf("<code object %s at %s, file \"%s\", line %d>", c.Name, addr(c), c.Filename, c.FirstLine)), nil
	}
	codeAttr := func(name string, get func(c *Code) Value) GetSet {
		return GetSet{Name: name, Get: func(t *Thread, self Value) (Value, error) { return get(self.(*Code)), nil }}
	}
	strs := func(ss []string) Value {
		items := make([]Value, len(ss))
		for i, s := range ss {
			items[i] = Intern(s)
		}
		return NewTuple(items...)
	}
	CodeType.AddGetSets([]GetSet{
		codeAttr("co_name", func(c *Code) Value { return Intern(c.Name) }),
		codeAttr("co_filename", func(c *Code) Value { return NewStr(c.Filename) }),
		codeAttr("co_firstlineno", func(c *Code) Value { return Int(c.FirstLine) }),
		codeAttr("co_flags", func(c *Code) Value { return Int(c.Flags) }),
		codeAttr("co_argcount", func(c *Code) Value { return Int(c.ArgCount) }),
		codeAttr("co_nlocals", func(c *Code) Value { return Int(c.NLocals) }),
		codeAttr("co_stacksize", func(c *Code) Value { return Int(c.StackSize) }),
		codeAttr("co_varnames", func(c *Code) Value { return strs(c.Varnames) }),
		codeAttr("co_names", func(c *Code) Value { return strs(c.Code.Names) }),
		codeAttr("co_cellvars", func(c *Code) Value { return strs(c.Cellvars) }),
		codeAttr("co_freevars", func(c *Code) Value { return strs(c.Freevars) }),
		codeAttr("co_consts", func(c *Code) Value { return NewTuple(c.Consts...) }),
		codeAttr("co_code", func(c *Code) Value { return emptyStr }),
		codeAttr("co_lnotab", func(c *Code) Value { return emptyStr }),
	})
}

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// instanceKind describes v for "unbound method" errors: "int instance".
func instanceKind(v Value) string {
	if oi, ok := v.(*OldInstance); ok {
		return oi.cls.Name + " instance"
	}
	return v.Type().Name + " instance"
}

func isInstanceOfClass(t *Thread, v Value, cls Value) bool {
	switch c := cls.(type) {
	case *Type:
		if v.Type().IsSubtype(c) {
			return true
		}
	case *Class:
		if oi, ok := v.(*OldInstance); ok && oi.cls.IsSubclass(c) {
			return true
		}
	}
	ok, _ := IsInstance(t, v, cls)
	return ok
}
