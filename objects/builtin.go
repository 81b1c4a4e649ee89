package objects

import "fmt"

// MethodDef is a method of a built-in type or a function of a built-in
// module, written in Go. Self is the receiver (nil for module functions);
// kw holds keyword arguments as (name *Str, value) pairs.
type MethodDef struct {
	Name string
	Fn   func(t *Thread, self Value, args, kw []Value) (Value, error)
	Doc  string
}

// MethodDescr is a built-in type's method as found in its dict
// (<method 'append' of 'list' objects>), or a slot wrapper
// (<slot wrapper '__add__' of 'int' objects>) when Wrapper is set.
type MethodDescr struct {
	Owner   *Type
	M       *MethodDef
	Wrapper bool
	Class   bool // a classmethod of a built-in type (dict.fromkeys)
	Static  bool // __new__
}

// Type returns the descriptor's type.
func (d *MethodDescr) Type() *Type {
	switch {
	case d.Wrapper:
		return WrapperDescrType
	case d.Class:
		return ClassMethodDescrType
	}
	return MethodDescrType
}

// BuiltinFunction is a built-in function, or a built-in method bound to
// its receiver (Self).
type BuiltinFunction struct {
	M      *MethodDef
	Self   Value
	Module string
	// wrapper marks a bound slot wrapper (method-wrapper).
	wrapper bool
}

// Type returns builtin_function_or_method (or method-wrapper).
func (f *BuiltinFunction) Type() *Type {
	if f.wrapper {
		return MethodWrapperType
	}
	return BuiltinFunctionType
}

// NewBuiltin returns a built-in function.
func NewBuiltin(name string, fn func(t *Thread, self Value, args, kw []Value) (Value, error)) *BuiltinFunction {
	return &BuiltinFunction{M: &MethodDef{Name: name, Fn: fn}}
}

// AddMethods adds built-in methods to typ's dict.
func (typ *Type) AddMethods(ms []MethodDef) {
	for i := range ms {
		m := &ms[i]
		typ.Dict.SetItemStr(nil, Intern(m.Name), &MethodDescr{Owner: typ, M: m})
	}
}

// AddClassMethods adds built-in class methods (dict.fromkeys) to typ's dict.
func (typ *Type) AddClassMethods(ms []MethodDef) {
	for i := range ms {
		m := &ms[i]
		typ.Dict.SetItemStr(nil, Intern(m.Name), &MethodDescr{Owner: typ, M: m, Class: true})
	}
}

// AddGetSets adds computed attributes (member and getset descriptors).
func (typ *Type) AddGetSets(gs []GetSet) {
	for i := range gs {
		g := &gs[i]
		g.owner = typ
		typ.Dict.SetItemStr(nil, Intern(g.Name), g)
	}
}

// AddAttr stores a plain value in a built-in type's dict.
func (typ *Type) AddAttr(name string, v Value) {
	typ.Dict.SetItemStr(nil, Intern(name), v)
}

// GetSet is a computed attribute of a built-in type (func_name,
// __dict__, real, ...). Set is nil for a read-only attribute; it is
// called with a nil value for del.
type GetSet struct {
	Name   string
	Get    func(t *Thread, self Value) (Value, error)
	Set    func(t *Thread, self, v Value) error
	Doc    string
	Member bool // shown as <member '...'> rather than <attribute '...'>
	owner  *Type
}

// Type returns getset_descriptor or member_descriptor.
func (g *GetSet) Type() *Type {
	if g.Member {
		return MemberDescrType
	}
	return GetSetDescrType
}

func descrCheck(t *Thread, owner *Type, name string, self Value) error {
	if !self.Type().IsSubtype(owner) {
		return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to '%s' object",
			name, owner.Name, self.Type().Name)
	}
	return nil
}

func init() {
	MethodDescrType.Call = func(t *Thread, f Value, args, kw []Value) (Value, error) {
		d := f.(*MethodDescr)
		if d.Static {
			// __new__: its first argument is the class to make.
			return d.M.Fn(t, d.Owner, args, kw)
		}
		if d.Class {
			if len(args) < 1 {
				return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", d.M.Name, d.Owner.Name)
			}
			return d.M.Fn(t, args[0], args[1:], kw)
		}
		if len(args) < 1 {
			return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", d.M.Name, d.Owner.Name)
		}
		if err := descrCheck(t, d.Owner, d.M.Name, args[0]); err != nil {
			return nil, Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
				d.M.Name, d.Owner.Name, args[0].Type().Name)
		}
		return d.M.Fn(t, args[0], args[1:], kw)
	}
	WrapperDescrType.Call = MethodDescrType.Call
	ClassMethodDescrType.Call = func(t *Thread, f Value, args, kw []Value) (Value, error) {
		d := f.(*MethodDescr)
		if len(args) < 1 {
			return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", d.M.Name, d.Owner.Name)
		}
		return d.M.Fn(t, args[0], args[1:], kw)
	}
	get := func(t *Thread, descr, obj Value, typ Value) (Value, error) {
		d := descr.(*MethodDescr)
		if d.Class {
			if obj != nil && obj != None {
				return &BuiltinFunction{M: d.M, Self: obj.Type()}, nil
			}
			return &BuiltinFunction{M: d.M, Self: typ}, nil
		}
		if obj == nil || (obj == None && typ != nil && typ != Value(NoneTypeType)) {
			return d, nil
		}
		if d.Static {
			return d, nil
		}
		if err := descrCheck(t, d.Owner, d.M.Name, obj); err != nil {
			return nil, err
		}
		return &BuiltinFunction{M: d.M, Self: obj, wrapper: d.Wrapper}, nil
	}
	MethodDescrType.DescrGet = get
	WrapperDescrType.DescrGet = get
	ClassMethodDescrType.DescrGet = get
	descrRepr := func(t *Thread, v Value) (Value, error) {
		d := v.(*MethodDescr)
		switch {
		case d.Wrapper:
			return NewStr(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", d.M.Name, d.Owner.Name)), nil
		case d.Static:
			return NewStr(fmt.Sprintf("<built-in method %s of type object at %s>", d.M.Name, addr(d.Owner))), nil
		}
		return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", d.M.Name, d.Owner.Name)), nil
	}
	MethodDescrType.Repr = descrRepr
	WrapperDescrType.Repr = descrRepr
	ClassMethodDescrType.Repr = descrRepr

	BuiltinFunctionType.Call = func(t *Thread, f Value, args, kw []Value) (Value, error) {
		b := f.(*BuiltinFunction)
		return b.M.Fn(t, b.Self, args, kw)
	}
	MethodWrapperType.Call = BuiltinFunctionType.Call
	BuiltinFunctionType.Repr = func(t *Thread, v Value) (Value, error) {
		b := v.(*BuiltinFunction)
		if b.Self == nil {
			return NewStr("<built-in function " + b.M.Name + ">"), nil
		}
		if b.wrapper {
			return NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %s>", b.M.Name, b.Self.Type().Name, addr(b.Self))), nil
		}
		return NewStr(fmt.Sprintf("<built-in method %s of %s object at %s>", b.M.Name, b.Self.Type().Name, addr(b.Self))), nil
	}
	MethodWrapperType.Repr = BuiltinFunctionType.Repr
	BuiltinFunctionType.AddGetSets([]GetSet{
		{Name: "__name__", Get: func(t *Thread, self Value) (Value, error) { return NewStr(self.(*BuiltinFunction).M.Name), nil }},
		{Name: "__self__", Get: func(t *Thread, self Value) (Value, error) {
			if s := self.(*BuiltinFunction).Self; s != nil {
				return s, nil
			}
			return None, nil
		}},
		{Name: "__doc__", Get: func(t *Thread, self Value) (Value, error) {
			if d := self.(*BuiltinFunction).M.Doc; d != "" {
				return NewStr(d), nil
			}
			return None, nil
		}},
		{Name: "__module__", Get: func(t *Thread, self Value) (Value, error) {
			if m := self.(*BuiltinFunction).Module; m != "" {
				return NewStr(m), nil
			}
			return None, nil
		}},
	})
	MethodDescrType.AddGetSets([]GetSet{
		{Name: "__name__", Get: func(t *Thread, self Value) (Value, error) { return NewStr(self.(*MethodDescr).M.Name), nil }},
		{Name: "__objclass__", Get: func(t *Thread, self Value) (Value, error) { return self.(*MethodDescr).Owner, nil }},
		{Name: "__doc__", Get: func(t *Thread, self Value) (Value, error) {
			if d := self.(*MethodDescr).M.Doc; d != "" {
				return NewStr(d), nil
			}
			return None, nil
		}},
	})
	WrapperDescrType.Dict = MethodDescrType.Dict

	getsetGet := func(t *Thread, descr, obj Value, typ Value) (Value, error) {
		g := descr.(*GetSet)
		if obj == nil || obj == None && typ != Value(NoneTypeType) {
			return g, nil
		}
		if err := descrCheck(t, g.owner, g.Name, obj); err != nil {
			return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to '%s' object",
				g.Name, g.owner.Name, obj.Type().Name)
		}
		return g.Get(t, obj)
	}
	getsetSet := func(t *Thread, descr, obj, val Value) error {
		g := descr.(*GetSet)
		if g.Set == nil {
			if g.Member {
				// A read-only member (PyMember_SetOne).
				return Errorf(TypeError, "readonly attribute")
			}
			return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", g.Name, g.owner.Name)
		}
		return g.Set(t, obj, val)
	}
	for _, ty := range []*Type{GetSetDescrType, MemberDescrType} {
		ty.DescrGet = getsetGet
		ty.DescrSet = getsetSet
		ty.AddGetSets([]GetSet{
			{Name: "__doc__", Get: func(t *Thread, self Value) (Value, error) {
				if d := self.(*GetSet).Doc; d != "" {
					return NewStr(d), nil
				}
				return None, nil
			}},
			{Name: "__name__", Get: func(t *Thread, self Value) (Value, error) { return NewStr(self.(*GetSet).Name), nil }},
			{Name: "__objclass__", Get: func(t *Thread, self Value) (Value, error) { return self.(*GetSet).owner, nil }},
		})
	}
	GetSetDescrType.Repr = func(t *Thread, v Value) (Value, error) {
		g := v.(*GetSet)
		return NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.Name, g.owner.Name)), nil
	}
	MemberDescrType.Repr = func(t *Thread, v Value) (Value, error) {
		g := v.(*GetSet)
		return NewStr(fmt.Sprintf("<member '%s' of '%s' objects>", g.Name, g.owner.Name)), nil
	}
}
