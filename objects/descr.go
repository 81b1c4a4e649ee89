package objects

import (
	"fmt"

	"github.com/pystm/pystm/stm"
)

// This file holds two descriptor types of Python 2.7: property and
// super (CPython's descrobject.c and the super part of typeobject.c).

// Property is property(fget, fset, fdel, doc), or an instance of a
// subclass of property.
type Property struct {
	typ *Type
	ref stm.Ref[propState]
}

// propState is a property's payload. No Copier: it holds no slice or
// map.
type propState struct {
	get, set, del, doc Value // nil when not given
	// getterDoc records that doc was taken from fget's __doc__.
	getterDoc bool
	dict      *Dict // the instance dict of a subclass instance
}

// Type returns property (or a subclass).
func (p *Property) Type() *Type { return p.typ }

func (p *Property) instDict(t *Thread) *Dict { return p.ref.Read(t.tx()).dict }

// NewProperty returns property(fget, fset, fdel, doc); nil arguments are
// absent ones. Unlike calling the class it does not look for fget's
// __doc__.
func NewProperty(fget, fset, fdel, doc Value) *Property {
	p := &Property{typ: PropertyType}
	p.ref.Init(&propState{get: fget, set: fset, del: fdel, doc: doc})
	return p
}

func propertyNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	p := &Property{typ: typ}
	st := &propState{}
	if typ.IsHeap() && typ.Flags&FlagHasDict != 0 {
		st.dict = NewDict()
	}
	p.ref.Init(st)
	return p, nil
}

func asProperty(v Value) (*Property, error) {
	p, ok := v.(*Property)
	if !ok {
		return nil, Errorf(TypeError, "descriptor requires a 'property' object but received a '%s'", v.Type().Name)
	}
	return p, nil
}

func propertyInit(t *Thread, self Value, args, kw []Value) error {
	p, err := asProperty(self)
	if err != nil {
		return err
	}
	vals, err := classicParseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
	if err != nil {
		return err
	}
	get, set, del, doc := vals[0], vals[1], vals[2], vals[3]
	if get == None {
		get = nil
	}
	if set == None {
		set = nil
	}
	if del == None {
		del = nil
	}
	st := p.ref.Write(t.tx())
	st.get, st.set, st.del, st.doc, st.getterDoc = get, set, del, doc, false
	if (doc == nil || doc == None) && get != nil {
		gd, err := GetAttrString(t, get, "__doc__")
		if err != nil {
			if IsInstanceExc(err, ExceptionType) {
				return nil
			}
			return err
		}
		if p.typ == PropertyType {
			p.ref.Write(t.tx()).doc = gd
		} else if err := SetAttrString(t, p, "__doc__", gd); err != nil {
			// A subclass instance keeps the doc in its own dict, where
			// the class's __doc__ does not shadow it.
			return err
		}
		p.ref.Write(t.tx()).getterDoc = true
	}
	return nil
}

// SetAttrString sets v.name = val for a Go string name.
func SetAttrString(t *Thread, v Value, name string, val Value) error {
	return SetAttr(t, v, Intern(name), val)
}

func propertyGet(t *Thread, descr, obj Value, typ Value) (Value, error) {
	p := descr.(*Property)
	if obj == nil || obj == None {
		return p, nil
	}
	get := p.ref.Read(t.tx()).get
	if get == nil {
		return nil, Errorf(AttributeError, "unreadable attribute")
	}
	return Call(t, get, []Value{obj}, nil)
}

func propertySet(t *Thread, descr, obj, val Value) error {
	p := descr.(*Property)
	st := p.ref.Read(t.tx())
	if val == nil {
		if st.del == nil {
			return Errorf(AttributeError, "can't delete attribute")
		}
		_, err := Call(t, st.del, []Value{obj}, nil)
		return err
	}
	if st.set == nil {
		return Errorf(AttributeError, "can't set attribute")
	}
	_, err := Call(t, st.set, []Value{obj, val}, nil)
	return err
}

// propertyCopy is the common part of getter, setter and deleter: a new
// property of the same class with one function replaced.
func propertyCopy(t *Thread, self Value, get, set, del Value) (Value, error) {
	p, err := asProperty(self)
	if err != nil {
		return nil, err
	}
	st := p.ref.Read(t.tx())
	if get == nil || get == None {
		get = orNone(st.get)
	}
	if set == nil || set == None {
		set = orNone(st.set)
	}
	if del == nil || del == None {
		del = orNone(st.del)
	}
	doc := orNone(st.doc)
	if st.getterDoc && get != None {
		doc = None
	}
	return Call(t, p.Type(), []Value{get, set, del, doc}, nil)
}

func propertyMethod(name string, which int) MethodDef {
	return MethodDef{Name: name, Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		fs := []Value{nil, nil, nil}
		fs[which] = args[0]
		return propertyCopy(t, self, fs[0], fs[1], fs[2])
	}}
}

// readonlyMember returns a read-only member descriptor (assignment and
// deletion raise TypeError "readonly attribute", as CPython's members do).
func readonlyMember(name string, get func(t *Thread, self Value) (Value, error)) GetSet {
	return GetSet{Name: name, Member: true, Get: get, Set: func(t *Thread, self, v Value) error {
		return Errorf(TypeError, "readonly attribute")
	}}
}

func propertyField(name string, sel func(st *propState) Value) GetSet {
	return readonlyMember(name, func(t *Thread, self Value) (Value, error) {
		p, err := asProperty(self)
		if err != nil {
			return nil, err
		}
		return orNone(sel(p.ref.Read(t.tx()))), nil
	})
}

// Super is super(type[, obj]), or an instance of a subclass of super.
type Super struct {
	typ *Type
	ref stm.Ref[superState]
}

// superState is a super object's payload. No Copier: it holds no slice
// or map.
type superState struct {
	thisTyp *Type // __thisclass__
	obj     Value // __self__, nil for an unbound super
	objTyp  *Type // __self_class__
	dict    *Dict // the instance dict of a subclass instance
}

// Type returns super (or a subclass).
func (s *Super) Type() *Type { return s.typ }

func (s *Super) instDict(t *Thread) *Dict { return s.ref.Read(t.tx()).dict }

// NewSuper returns super(typ, obj), or an unbound super(typ) when obj is
// nil, checking obj as the constructor does.
func NewSuper(t *Thread, typ *Type, obj Value) (*Super, error) {
	s := &Super{typ: SuperType}
	st := &superState{thisTyp: typ}
	if obj != nil && obj != None {
		ot, err := superCheck(t, typ, obj)
		if err != nil {
			return nil, err
		}
		st.obj, st.objTyp = obj, ot
	}
	s.ref.Init(st)
	return s, nil
}

// superCheck returns the class whose MRO super(typ, obj) searches: obj
// itself when it is a subclass of typ (class-method use), else obj's
// class.
func superCheck(t *Thread, typ *Type, obj Value) (*Type, error) {
	if ot, ok := obj.(*Type); ok && ot.IsSubtype(typ) {
		return ot, nil
	}
	if obj.Type().IsSubtype(typ) {
		return obj.Type(), nil
	}
	// A proxy whose __class__ says it is an instance of typ.
	if c, err := GetAttrString(t, obj, "__class__"); err == nil {
		if ct, ok := c.(*Type); ok && ct != obj.Type() && ct.IsSubtype(typ) {
			return ct, nil
		}
	}
	return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

func superNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	s := &Super{typ: typ}
	st := &superState{}
	if typ.IsHeap() && typ.Flags&FlagHasDict != 0 {
		st.dict = NewDict()
	}
	s.ref.Init(st)
	return s, nil
}

func asSuper(v Value) (*Super, error) {
	s, ok := v.(*Super)
	if !ok {
		return nil, Errorf(TypeError, "descriptor requires a 'super' object but received a '%s'", v.Type().Name)
	}
	return s, nil
}

func superInit(t *Thread, self Value, args, kw []Value) error {
	s, err := asSuper(self)
	if err != nil {
		return err
	}
	if len(kw) > 0 {
		return Errorf(TypeError, "super does not take keyword arguments")
	}
	switch {
	case len(args) == 0:
		return Errorf(TypeError, "super() takes at least 1 argument (0 given)")
	case len(args) > 2:
		return Errorf(TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	typ, ok := args[0].(*Type)
	if !ok {
		return Errorf(TypeError, "super() argument 1 must be type, not %s", classicTypeName(args[0]))
	}
	var obj Value
	var objTyp *Type
	if len(args) == 2 && args[1] != None {
		obj = args[1]
		if objTyp, err = superCheck(t, typ, obj); err != nil {
			return err
		}
	}
	st := s.ref.Write(t.tx())
	st.thisTyp, st.obj, st.objTyp = typ, obj, objTyp
	return nil
}

var strClass = Intern("__class__")

// superGetAttr looks name up in the classes that follow __thisclass__
// in the MRO of __self_class__, binding what it finds to __self__; other
// names, and everything of an unbound super, are the super object's own.
func superGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	s := v.(*Super)
	st := s.ref.Read(t.tx())
	if st.objTyp != nil && name != strClass && name.s != "__class__" {
		start := st.objTyp
		mro := start.MROValues()
		i := 0
		for i < len(mro) && !Is(mro[i], st.thisTyp) {
			i++
		}
		for i++; i < len(mro); i++ {
			var r Value
			switch m := mro[i].(type) {
			case *Type:
				r = m.Dict.getStr(t, name)
			case *Class:
				r = m.Dict(t).getStr(t, name)
			}
			if r == nil {
				continue
			}
			if g := r.Type().DescrGet; g != nil {
				obj := st.obj
				if obj == Value(st.objTyp) {
					// super(C, C): no instance to bind to.
					obj = nil
				}
				return g(t, r, obj, start)
			}
			return r, nil
		}
	}
	return GenericGetAttr(t, v, name)
}

func superRepr(t *Thread, v Value) (Value, error) {
	s := v.(*Super)
	st := s.ref.Read(t.tx())
	this := "NULL"
	if st.thisTyp != nil {
		this = st.thisTyp.Name
	}
	if st.objTyp != nil {
		return NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", this, st.objTyp.Name)), nil
	}
	return NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", this)), nil
}

func superGet(t *Thread, descr, obj Value, typ Value) (Value, error) {
	s := descr.(*Super)
	st := s.ref.Read(t.tx())
	if obj == nil || obj == None || st.obj != nil {
		return s, nil
	}
	if s.typ != SuperType {
		// A subclass of super makes its own kind of bound object.
		return Call(t, s.typ, []Value{st.thisTyp, obj}, nil)
	}
	return NewSuper(t, st.thisTyp, obj)
}

func superField(name string, sel func(st *superState) Value) GetSet {
	return readonlyMember(name, func(t *Thread, self Value) (Value, error) {
		s, err := asSuper(self)
		if err != nil {
			return nil, err
		}
		return orNone(sel(s.ref.Read(t.tx()))), nil
	})
}

func init() {
	PropertyType.New = propertyNew
	PropertyType.Init = propertyInit
	PropertyType.DescrGet = propertyGet
	PropertyType.DescrSet = propertySet
	PropertyType.GetAttr = GenericGetAttr
	PropertyType.SetAttr = GenericSetAttr
	PropertyType.AddGetSets([]GetSet{
		propertyField("fget", func(st *propState) Value { return st.get }),
		propertyField("fset", func(st *propState) Value { return st.set }),
		propertyField("fdel", func(st *propState) Value { return st.del }),
		propertyField("__doc__", func(st *propState) Value { return st.doc }),
	})
	PropertyType.AddMethods([]MethodDef{
		propertyMethod("getter", 0),
		propertyMethod("setter", 1),
		propertyMethod("deleter", 2),
	})

	SuperType.New = superNew
	SuperType.Init = superInit
	SuperType.GetAttr = superGetAttr
	SuperType.SetAttr = GenericSetAttr
	SuperType.Repr = superRepr
	SuperType.DescrGet = superGet
	SuperType.AddGetSets([]GetSet{
		superField("__thisclass__", func(st *superState) Value {
			if st.thisTyp == nil {
				return nil
			}
			return st.thisTyp
		}),
		superField("__self__", func(st *superState) Value { return st.obj }),
		superField("__self_class__", func(st *superState) Value {
			if st.objTyp == nil {
				return nil
			}
			return st.objTyp
		}),
	})
}
