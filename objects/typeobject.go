package objects

import (
	"fmt"
	"slices"
	"strings"
)

// This file holds object and type: the root of the new-style class
// hierarchy, attribute lookup on classes, class creation (type_new) and
// the C3 method resolution order.

func objectNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if len(args) > 0 || len(kw) > 0 {
		newOver := typ.Lookup(t, strDunderNew) != ObjectType.Dict.getStr(t, strDunderNew)
		initOver := typ.Init != nil && !sameFunc(typ.Init, objectInit)
		if !newOver && !initOver || newOver && !initOver {
			if !(newOver && initOver) {
				return nil, Errorf(TypeError, "object() takes no parameters")
			}
		}
	}
	if typ.Flags&FlagAbstract != 0 {
		return nil, Errorf(TypeError, "cannot create '%s' instances", typ.Name)
	}
	if typ == ObjectType {
		return NewInstance(t, ObjectType, nil), nil
	}
	if !typ.IsHeap() {
		return nil, Errorf(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", typ.Name, typ.Name)
	}
	return NewInstance(t, typ, nil), nil
}

func objectInit(t *Thread, self Value, args, kw []Value) error {
	if len(args) > 0 || len(kw) > 0 {
		typ := self.Type()
		initOver := typ.Init != nil && !sameFunc(typ.Init, objectInit)
		newOver := typ.Lookup(t, strDunderNew) != ObjectType.Dict.getStr(t, strDunderNew)
		if initOver || !newOver {
			if !(initOver && newOver) {
				return Errorf(TypeError, "object.__init__() takes no parameters")
			}
		}
	}
	return nil
}

var strDunderNew = Intern("__new__")

func objectHash(t *Thread, v Value) (int64, error) {
	p := uint64(Id(v))
	return int64(p>>4 | p<<60), nil
}

func typeRepr(t *Thread, v Value) (Value, error) {
	typ := v.(*Type)
	kind := "type"
	if typ.IsHeap() {
		kind = "class"
	}
	mod := typeModule(t, typ)
	if mod != "" && mod != "__builtin__" {
		return NewStr(fmt.Sprintf("<%s '%s.%s'>", kind, mod, typ.ShortName())), nil
	}
	return NewStr(fmt.Sprintf("<%s '%s'>", kind, typ.ShortName())), nil
}

func typeModule(t *Thread, typ *Type) string {
	if typ.IsHeap() {
		if s, ok := typ.Dict.GetString(t, "__module__").(*Str); ok {
			return s.s
		}
		return ""
	}
	if i := strings.LastIndexByte(typ.Name, '.'); i >= 0 {
		return typ.Name[:i]
	}
	return "__builtin__"
}

// typeGetAttr is type.__getattribute__: the metatype's data descriptors,
// then the class's own MRO, then the metatype's other attributes.
func typeGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	typ := v.(*Type)
	meta := typ.Type()
	metaAttr := meta.Lookup(t, name)
	var metaGet func(*Thread, Value, Value, Value) (Value, error)
	if metaAttr != nil {
		metaGet = metaAttr.Type().DescrGet
		if metaGet != nil && metaAttr.Type().DescrSet != nil {
			return metaGet(t, metaAttr, v, meta)
		}
	}
	if attr := typ.Lookup(t, name); attr != nil {
		if g := attr.Type().DescrGet; g != nil {
			return g(t, attr, nil, typ)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(t, metaAttr, v, meta)
	}
	if metaAttr != nil {
		return metaAttr, nil
	}
	return nil, Errorf(AttributeError, "type object '%s' has no attribute '%s'", typ.Name, name.s)
}

func typeSetAttr(t *Thread, v Value, name *Str, val Value) error {
	typ := v.(*Type)
	if !typ.IsHeap() {
		return Errorf(TypeError, "can't set attributes of built-in/extension type '%s'", typ.Name)
	}
	meta := typ.Type()
	if d := meta.Lookup(t, name); d != nil {
		if s := d.Type().DescrSet; s != nil {
			return s(t, d, v, val)
		}
	}
	// Threads look attributes up in a per-thread cache keyed by the
	// type's version, and special methods through the type's slots,
	// without barriers: change a class only while no other transaction
	// runs.
	t.Exclusive()
	if val == nil {
		found, err := typ.Dict.DelItem(t, name)
		if err != nil {
			return err
		}
		if !found {
			return Errorf(AttributeError, "%s", name.s)
		}
	} else if err := typ.Dict.SetItem(t, name, val); err != nil {
		return err
	}
	typ.modified(t, name.s)
	return nil
}

func typeCall(t *Thread, f Value, args, kw []Value) (Value, error) {
	typ := f.(*Type)
	if typ == TypeType && len(args) == 1 && len(kw) == 0 {
		return classOfValue(args[0]), nil
	}
	if typ.New == nil {
		return nil, Errorf(TypeError, "cannot create '%s' instances", typ.Name)
	}
	obj, err := typ.New(t, typ, args, kw)
	if err != nil {
		return nil, err
	}
	if typ == TypeType && len(args) == 1 {
		return obj, nil
	}
	ot := obj.Type()
	if _, ok := obj.(*Type); ok && typ.IsSubtype(TypeType) {
		ot = obj.Type()
	}
	if !ot.IsSubtype(typ) {
		return obj, nil
	}
	if ini := ot.Init; ini != nil {
		if err := ini(t, obj, args, kw); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// classOfValue is type(x): the new-style type, or "instance" for old-style instances.
func classOfValue(v Value) Value { return v.Type() }

func typeNew(t *Thread, meta *Type, args, kw []Value) (Value, error) {
	if len(args) == 1 && len(kw) == 0 && meta == TypeType {
		return classOfValue(args[0]), nil
	}
	if len(args) != 3 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "type() argument 1 must be string, not %s", args[0].Type().Name)
	}
	bases, ok := args[1].(*Tuple)
	if !ok {
		return nil, Errorf(TypeError, "type() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	dict, ok := args[2].(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "type() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	return NewClass(t, meta, name.s, bases.elems, dict)
}

// NewClass creates a new-style class (type_new): metatype resolution,
// base layout checks, __slots__, the C3 MRO and the slots.
func NewClass(t *Thread, meta *Type, name string, bases []Value, dict *Dict) (Value, error) {
	// Find the most derived metatype.
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if _, ok := b.(*Class); ok {
			continue
		}
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	if winner != meta && winner.New != nil && !sameFunc(winner.New, typeNew) {
		return winner.New(t, winner, []Value{NewStr(name), NewTuple(bases...), dict}, nil)
	}
	meta = winner
	if len(bases) == 0 {
		bases = []Value{ObjectType}
	}
	var base *Type
	hasClassic := false
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			if _, ok := b.(*Class); ok {
				hasClassic = true
				continue
			}
			return nil, Errorf(TypeError, "bases must be types")
		}
		if bt.Flags&FlagBaseType == 0 {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
		if base == nil {
			base = bt
			continue
		}
		// best_base: the base whose solid layout extends the others'.
		sb, sc := layoutBase(base), layoutBase(bt)
		if layoutExtends(sc, sb) && sc != sb {
			base = bt
		} else if !layoutExtends(sb, sc) {
			return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	if base == nil {
		return nil, Errorf(TypeError, "a new-style class can't have only classic bases")
	}
	typ := &Type{Name: name, Base: base, Bases: bases, Flags: FlagHeap | FlagBaseType, Dict: dict.Copy(t)}
	if meta != TypeType {
		typ.Meta = meta
	}
	if hasClassic {
		typ.Flags |= flagClassicBases
	}
	if base.Flags&FlagException != 0 {
		typ.Flags |= FlagException
	}
	if isPayloadType(solidBase(base)) || base.Payload != nil {
		typ.Payload = solidBase(base)
	}
	// __slots__.
	slotsVal := dict.GetString(t, "__slots__")
	addDict, addWeak := true, false
	var slotNames []string
	if slotsVal != nil {
		var items []Value
		if s, ok := slotsVal.(*Str); ok {
			items = []Value{s}
		} else if u, ok := slotsVal.(*Unicode); ok {
			items = []Value{u}
		} else {
			var err error
			items, err = ToSlice(t, slotsVal)
			if err != nil {
				return nil, err
			}
		}
		addDict = false
		for _, it := range items {
			s, ok := it.(*Str)
			if !ok {
				return nil, Errorf(TypeError, "__slots__ items must be strings, not '%s'", it.Type().Name)
			}
			if !isIdentifier(s.s) {
				return nil, Errorf(TypeError, "__slots__ must be identifiers")
			}
			if s.s == "__dict__" {
				if addDict || base.Flags&FlagHasDict != 0 {
					return nil, Errorf(TypeError, "__dict__ slot disallowed: we already got one")
				}
				addDict = true
				continue
			}
			if s.s == "__weakref__" {
				if addWeak || base.hasWeakref() || isVarSized(solidBase(base)) {
					return nil, Errorf(TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
				}
				addWeak = true
				continue
			}
			slotNames = append(slotNames, mangle(name, s.s))
		}
		if len(slotNames) > 0 && isVarSized(solidBase(base)) {
			return nil, Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", base.Name)
		}
	}
	for _, b := range bases {
		if bt, ok := b.(*Type); ok {
			if bt.Flags&FlagHasDict != 0 || bt.IsHeap() && bt.Flags&FlagHasDict != 0 {
				addDict = true
			}
		} else {
			addDict = true
		}
	}
	if base.Flags&FlagHasDict != 0 || (base == ObjectType && slotsVal == nil) {
		addDict = true
	}
	if slotsVal == nil {
		addDict = true
	}
	if addDict {
		typ.Flags |= FlagHasDict
		if base.Flags&FlagHasDict == 0 && typ.Dict.GetString(t, "__dict__") == nil {
			typ.Dict.SetString(t, "__dict__", dictDescr(typ))
		}
	}
	if (slotsVal == nil || addWeak) && !base.hasWeakref() && typ.Dict.GetString(t, "__weakref__") == nil {
		typ.Dict.SetString(t, "__weakref__", weakrefDescr(typ))
		typ.Flags |= flagHasWeakref
	}
	typ.NSlots = base.NSlots
	typ.SlotNames = slotNames
	for i, sn := range slotNames {
		idx := typ.NSlots + i
		if typ.Dict.GetString(t, sn) != nil {
			// As in CPython 2.7, a class attribute of the same name
			// hides the slot's descriptor.
			continue
		}
		typ.Dict.SetString(t, sn, &GetSet{Name: sn, Member: true, owner: typ,
			Get: func(t *Thread, self Value) (Value, error) {
				if sl := readSlots(t, self); idx < len(sl) && sl[idx] != nil {
					return sl[idx], nil
				}
				return nil, Errorf(AttributeError, "%s", sn)
			},
			Set: func(t *Thread, self, v Value) error {
				sl := readSlots(t, self)
				if idx >= len(sl) {
					return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to '%s' object", sn, name, self.Type().Name)
				}
				if v == nil && sl[idx] == nil {
					return Errorf(AttributeError, "%s", sn)
				}
				writeSlots(t, self)[idx] = v
				return nil
			}})
	}
	typ.NSlots += len(slotNames)
	// __module__ from the caller's globals when not given.
	if typ.Dict.GetString(t, "__module__") == nil {
		if f, ok := t.Frame.(interface{ GlobalsDict() *Dict }); ok && t.Frame != nil {
			if m := f.GlobalsDict().GetString(t, "__name__"); m != nil {
				typ.Dict.SetString(t, "__module__", m)
			}
		}
	}
	if typ.Dict.GetString(t, "__doc__") == nil {
		typ.Dict.SetString(t, "__doc__", None)
	}
	// __new__ is a static method; __metaclass__ is kept.
	if nf, ok := typ.Dict.GetString(t, "__new__").(*Function); ok {
		typ.Dict.SetString(t, "__new__", &StaticMethod{fn: nf})
	}
	if err := typ.setMRO(t); err != nil {
		return nil, err
	}
	for _, b := range bases {
		if bt, ok := b.(*Type); ok {
			bt.addSubclass(typ)
			if tx := t.tx(); tx.MayAbort() {
				// Made by a transaction that may be re-run.
				tx.OnAbort(func() { bt.removeSubclass(typ) })
			}
		}
	}
	typ.Version = nextTypeVersion()
	fixupSlots(t, typ)
	if typ.New == nil {
		typ.New = base.New
		typ.cacheSlotKinds()
	}
	if meta != TypeType && meta.IsHeap() {
		// A custom metaclass's mro() is not consulted (rare); its
		// __init__ is called by type_call.
	}
	return typ, nil
}

// layoutBase is CPython's solid_base: the nearest class in typ's line
// whose instances have a layout of their own, that is a class that adds
// slots, or else the built-in type its instances are made of.
func layoutBase(typ *Type) *Type {
	for b := typ; b != nil; b = b.Base {
		if !b.IsHeap() {
			if b.Flags&FlagException != 0 {
				return excLayout(b)
			}
			return solidBase(b)
		}
		if len(b.SlotNames) > 0 {
			return b
		}
	}
	return ObjectType
}

// isVarSized reports whether instances of the built-in typ have a
// variable size in CPython (tp_itemsize != 0): long, str, unicode is not,
// tuple.
func isVarSized(typ *Type) bool {
	return typ == LongType || typ == StrType || typ == TupleType
}

func layoutExtends(a, b *Type) bool {
	return a.IsSubtype(b)
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}

func mangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(class, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// setMRO computes typ's MRO: by C3, or by its metaclass's own mro()
// method when it has one.
func (typ *Type) setMRO(t *Thread) error {
	if typ.Meta != nil {
		if m := typ.Meta.Lookup(t, Intern("mro")); m != nil && !Is(m, TypeType.Dict.GetString(t, "mro")) {
			r, err := callDescr(t, m, typ, nil)
			if err != nil {
				return err
			}
			items, err := ToSlice(t, r)
			if err != nil {
				return err
			}
			var types []*Type
			classic := false
			for _, it := range items {
				switch c := it.(type) {
				case *Type:
					if !typ.Base.IsSubtype(layoutBase(c)) && !layoutBase(typ).IsSubtype(layoutBase(c)) {
						return Errorf(TypeError, "mro() returned base with unsuitable layout ('%s')", c.Name)
					}
					types = append(types, c)
				case *Class:
					classic = true
				default:
					return Errorf(TypeError, "mro() returned a non-class ('%s')", it.Type().Name)
				}
			}
			typ.MRO, typ.mroAll = types, nil
			if classic || len(types) == 0 || types[0] != typ {
				typ.mroAll = items
			}
			return nil
		}
	}
	mro, all, err := computeMRO(t, typ)
	if err != nil {
		return err
	}
	typ.MRO, typ.mroAll = mro, all
	return nil
}

// computeMRO is the C3 linearization of typ's bases (CPython's
// mro_implementation): each new-style base contributes its MRO, each
// old-style base its depth-first classic order. It returns the whole MRO
// and its new-style classes.
func computeMRO(t *Thread, typ *Type) ([]*Type, []Value, error) {
	for i, b := range typ.Bases {
		for _, c := range typ.Bases[i+1:] {
			if Is(b, c) {
				return nil, nil, Errorf(TypeError, "duplicate base class %s", className(b))
			}
		}
	}
	var seqs [][]Value
	for _, b := range typ.Bases {
		switch bt := b.(type) {
		case *Type:
			seqs = append(seqs, append([]Value(nil), bt.MROValues()...))
		case *Class:
			seqs = append(seqs, classicMRO(bt, nil))
		}
	}
	seqs = append(seqs, append([]Value(nil), typ.Bases...))
	out := []Value{typ}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			break
		}
		var cand Value
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if Is(x, c) {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			var names []string
			var seen []Value
			for _, s := range seqs {
				if len(s) > 0 && !slices.ContainsFunc(seen, func(v Value) bool { return Is(v, s[0]) }) {
					seen = append(seen, s[0])
					names = append(names, className(s[0]))
				}
			}
			return nil, nil, Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && Is(s[0], cand) {
				seqs[i] = s[1:]
			}
		}
	}
	var types []*Type
	classic := false
	for _, v := range out {
		if tv, ok := v.(*Type); ok {
			types = append(types, tv)
		} else {
			classic = true
		}
	}
	if !classic {
		out = nil
	}
	return types, out, nil
}

// classicMRO appends to out the old-style class c and its bases, depth
// first and left to right, each once.
func classicMRO(c *Class, out []Value) []Value {
	for _, v := range out {
		if Is(v, c) {
			return out
		}
	}
	out = append(out, c)
	for _, b := range c.Bases {
		out = classicMRO(b, out)
	}
	return out
}

// className is the __name__ of a new- or old-style class.
func className(v Value) string {
	switch c := v.(type) {
	case *Type:
		return c.ShortName()
	case *Class:
		return c.Name
	}
	return v.Type().Name
}

func init() {
	ObjectType.New = objectNew
	ObjectType.Init = objectInit
	ObjectType.Repr = objectRepr
	ObjectType.Str = func(t *Thread, v Value) (Value, error) {
		f := v.Type().Repr
		if f == nil {
			f = objectRepr
		}
		return f(t, v)
	}
	ObjectType.Hash = objectHash
	ObjectType.GetAttr = GenericGetAttr
	ObjectType.SetAttr = GenericSetAttr
	ObjectType.AddGetSets([]GetSet{
		{Name: "__class__", Get: func(t *Thread, self Value) (Value, error) { return classOf(self), nil },
			Set: func(t *Thread, self, v Value) error {
				nt, ok := v.(*Type)
				if !ok {
					return Errorf(TypeError, "__class__ must be set to new-style class, not '%s' object", v.Type().Name)
				}
				o, ok := self.(*Instance)
				if !ok || !nt.IsHeap() {
					return Errorf(TypeError, "__class__ assignment: only for heap types")
				}
				if !sameLayout(nt, o.cls) {
					return Errorf(TypeError, "__class__ assignment: '%s' object layout differs from '%s'", o.cls.Name, nt.Name)
				}
				o.SetClass(t, nt)
				return nil
			}},
	})
	ObjectType.AddMethods([]MethodDef{
		{Name: "__format__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "__format__() takes exactly one argument (%d given)", len(args))
			}
			if _, ok := asUnicode(args[0]); ok {
				// A unicode format spec formats unicode(self).
				u, err := UnicodeFromValue(t, self)
				if err != nil {
					return nil, err
				}
				return formatUnicodeSpec(t, u, args[0])
			}
			s, err := ToStr(t, self)
			if err != nil {
				return nil, err
			}
			return formatString(t, s, args[0])
		}},
		{Name: "__reduce_ex__", Fn: objectReduceEx},
		{Name: "__reduce__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if len(args) != 0 || len(kw) != 0 {
				return nil, Errorf(TypeError, "__reduce__() takes no arguments (%d given)", len(args)+len(kw)/2)
			}
			return commonReduce(t, self, 0)
		}},
		{Name: "__sizeof__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) { return Int(16), nil }},
	})
	ObjectType.AddClassMethods([]MethodDef{
		{Name: "__subclasshook__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) { return NotImplemented, nil }},
	})

	TypeType.New = typeNew
	TypeType.Call = typeCall
	TypeType.Repr = typeRepr
	TypeType.GetAttr = typeGetAttr
	TypeType.SetAttr = typeSetAttr
	TypeType.Hash = objectHash
	TypeType.AddGetSets([]GetSet{
		{Name: "__name__", Get: func(t *Thread, self Value) (Value, error) {
			typ := self.(*Type)
			n := typ.Name
			if !typ.IsHeap() {
				if i := strings.LastIndexByte(n, '.'); i >= 0 {
					n = n[i+1:]
				}
			}
			return NewStr(n), nil
		}, Set: func(t *Thread, self, v Value) error {
			typ := self.(*Type)
			if !typ.IsHeap() {
				return Errorf(TypeError, "can't set %s.__name__", typ.Name)
			}
			s, ok := v.(*Str)
			if !ok {
				return Errorf(TypeError, "can only assign string to %s.__name__, not '%s'", typ.Name, v.Type().Name)
			}
			t.Exclusive()
			typ.Name = s.s
			return nil
		}},
		{Name: "__bases__", Get: func(t *Thread, self Value) (Value, error) {
			return NewTuple(self.(*Type).Bases...), nil
		}, Set: setBases},
		{Name: "__base__", Member: true, Get: func(t *Thread, self Value) (Value, error) {
			if b := self.(*Type).Base; b != nil {
				return b, nil
			}
			return None, nil
		}},
		{Name: "__mro__", Member: true, Get: func(t *Thread, self Value) (Value, error) {
			return NewTuple(self.(*Type).MROValues()...), nil
		}},
		{Name: "__dict__", Get: func(t *Thread, self Value) (Value, error) {
			return NewDictProxy(self.(*Type).Dict), nil
		}},
		{Name: "__module__", Get: func(t *Thread, self Value) (Value, error) {
			typ := self.(*Type)
			if typ.IsHeap() {
				if m := typ.Dict.GetString(t, "__module__"); m != nil {
					return m, nil
				}
			}
			return NewStr(typeModule(t, typ)), nil
		}, Set: func(t *Thread, self, v Value) error {
			typ := self.(*Type)
			if !typ.IsHeap() {
				return Errorf(TypeError, "can't set %s.__module__", typ.Name)
			}
			typ.Dict.SetString(t, "__module__", v)
			return nil
		}},
		{Name: "__doc__", Get: func(t *Thread, self Value) (Value, error) {
			if typ := self.(*Type); !typ.IsHeap() && typ.Doc != "" {
				return NewStr(typ.Doc), nil
			}
			if d := self.(*Type).Dict.GetString(t, "__doc__"); d != nil {
				if g := d.Type().DescrGet; g != nil {
					return g(t, d, nil, self)
				}
				return d, nil
			}
			return None, nil
		}},
	})
	TypeType.AddMethods([]MethodDef{
		{Name: "mro", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			typ := self.(*Type)
			if !typ.IsHeap() {
				return NewList(typ.MROValues()), nil
			}
			// The C3 order of the current bases (a metaclass's mro()
			// calls this while the class is being made).
			types, all, err := computeMRO(t, typ)
			if err != nil {
				return nil, err
			}
			if all == nil {
				all = make([]Value, len(types))
				for i, m := range types {
					all[i] = m
				}
			}
			return NewList(append([]Value(nil), all...)), nil
		}},
		{Name: "__subclasses__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			subs := self.(*Type).Subclasses()
			items := make([]Value, len(subs))
			for i, m := range subs {
				items[i] = m
			}
			return NewList(items), nil
		}},
		{Name: "__instancecheck__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "__instancecheck__() takes exactly one argument (%d given)", len(args))
			}
			r, err := recursiveIsInstance(t, args[0], self)
			return NewBool(r), err
		}},
		{Name: "__subclasscheck__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "__subclasscheck__() takes exactly one argument (%d given)", len(args))
			}
			r, err := recursiveIsSubclass(t, args[0], self)
			return NewBool(r), err
		}},
	})
}

// DictProxy is the read-only view of a class's dict (type.__dict__).
type DictProxy struct{ d *Dict }

// Type returns dictproxy.
func (*DictProxy) Type() *Type { return DictProxyType }

// NewDictProxy returns a read-only view of d.
func NewDictProxy(d *Dict) *DictProxy { return &DictProxy{d} }

func init() {
	DictProxyType.GetItem = func(t *Thread, v, k Value) (Value, error) {
		r, err := v.(*DictProxy).d.GetItem(t, k)
		if err == nil && r == nil {
			return nil, &Exception{Type: KeyError, Value: NewBaseExc(KeyError, []Value{k})}
		}
		return r, err
	}
	DictProxyType.Len = func(t *Thread, v Value) (int, error) { return v.(*DictProxy).d.Len(t), nil }
	DictProxyType.Contains = func(t *Thread, v, k Value) (bool, error) {
		r, err := v.(*DictProxy).d.GetItem(t, k)
		return r != nil, err
	}
	DictProxyType.Iter = func(t *Thread, v Value) (Value, error) { return Iter(t, NewList(v.(*DictProxy).d.Keys(t))) }
	DictProxyType.Repr = func(t *Thread, v Value) (Value, error) { return Repr(t, v.(*DictProxy).d) }
	DictProxyType.Str = DictProxyType.Repr
	fwd := func(name string) MethodDef {
		return MethodDef{Name: name, Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			m, err := GetAttrString(t, self.(*DictProxy).d, name)
			if err != nil {
				return nil, err
			}
			return Call(t, m, args, kw)
		}}
	}
	DictProxyType.AddMethods([]MethodDef{fwd("keys"), fwd("values"), fwd("items"), fwd("get"), fwd("has_key"),
		fwd("iterkeys"), fwd("itervalues"), fwd("iteritems"), fwd("copy")})
}

// formatString formats a str by a format spec; the string types replace
// it with the full mini-language.
var formatString = func(t *Thread, s *Str, spec Value) (Value, error) {
	if sp, ok := spec.(*Str); ok && sp.s == "" {
		return s, nil
	}
	return nil, Errorf(ValueError, "format spec not supported yet")
}

// sameLayout reports whether instances of a and b are laid out alike
// (CPython's compatible_for_assignment): the same built-in base, the same
// slots added by the same classes' lines, and a __dict__ in both or
// neither.
func sameLayout(a, b *Type) bool {
	if (a.Flags&FlagHasDict != 0) != (b.Flags&FlagHasDict != 0) {
		return false
	}
	la, lb := layoutBase(a), layoutBase(b)
	for la.IsHeap() && lb.IsHeap() {
		if !slices.Equal(la.SlotNames, lb.SlotNames) {
			return false
		}
		la, lb = layoutBase(la.Base), layoutBase(lb.Base)
	}
	return la == lb
}

// setBases is the setter of type.__bases__: it checks the new bases as
// CPython 2.7 does, then recomputes the MRO of the class and of its
// subclasses.
func setBases(t *Thread, self, v Value) error {
	typ := self.(*Type)
	if !typ.IsHeap() {
		return Errorf(TypeError, "can't set %s.__bases__", typ.Name)
	}
	if v == nil {
		return Errorf(TypeError, "can't delete %s.__bases__", typ.Name)
	}
	tu, ok := v.(*Tuple)
	if !ok {
		return Errorf(TypeError, "can only assign tuple to %s.__bases__, not %s", typ.Name, v.Type().Name)
	}
	bases := tu.Elems()
	if len(bases) == 0 {
		return Errorf(TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", typ.Name)
	}
	var base *Type
	for _, b := range bases {
		switch bt := b.(type) {
		case *Type:
			if bt.IsSubtype(typ) {
				return Errorf(TypeError, "a __bases__ item causes an inheritance cycle")
			}
			if base == nil {
				base = bt
			} else if sb, sc := layoutBase(base), layoutBase(bt); layoutExtends(sc, sb) && sc != sb {
				base = bt
			} else if !layoutExtends(sb, sc) {
				return Errorf(TypeError, "multiple bases have instance lay-out conflict")
			}
		case *Class:
		default:
			return Errorf(TypeError, "%s.__bases__ must be tuple of old- or new-style classes, not '%s'", typ.Name, b.Type().Name)
		}
	}
	if base == nil {
		return Errorf(TypeError, "a new-style class can't have only classic bases")
	}
	if solidBase(base) != solidBase(typ.Base) {
		return Errorf(TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", base.Name, typ.Base.Name)
	}
	if !sameLayout(base, typ.Base) && !(len(base.SlotNames) == 0 && len(typ.Base.SlotNames) == 0 && layoutBase(base) == layoutBase(typ.Base)) {
		return Errorf(TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", base.Name, typ.Base.Name)
	}
	// Class structure is read without barriers: change it only in an
	// exclusive transaction.
	t.Exclusive()
	oldBases, oldBase, oldMRO, oldAll := typ.Bases, typ.Base, typ.MRO, typ.mroAll
	typ.Bases, typ.Base = append([]Value(nil), bases...), base
	if err := typ.remro(t); err != nil {
		typ.Bases, typ.Base, typ.MRO, typ.mroAll = oldBases, oldBase, oldMRO, oldAll
		typ.remro(t)
		return err
	}
	for _, b := range oldBases {
		if bt, ok := b.(*Type); ok {
			bt.removeSubclass(typ)
		}
	}
	for _, b := range bases {
		if bt, ok := b.(*Type); ok {
			bt.addSubclass(typ)
		}
	}
	typ.modified(t, "__bases__")
	fixupSlots(t, typ)
	return nil
}

// remro recomputes the MRO of typ and its subclasses after a change of
// __bases__.
func (typ *Type) remro(t *Thread) error {
	if err := typ.setMRO(t); err != nil {
		return err
	}
	for _, s := range typ.Subclasses() {
		if err := s.remro(t); err != nil {
			return err
		}
	}
	return nil
}
