package modutil

import (
	o "github.com/pystm/pystm/objects"
)

// Base is embedded in the Go objects of built-in types that Python
// classes may subclass. It keeps the object's type and, for an instance
// of a subclass whose instances have one, its __dict__ (the dict is a
// mutable object with barriers of its own; the pointer never changes).
type Base struct {
	typ  *o.Type
	dict *o.Dict
}

// NewBase returns the header of a new object of type typ: with a
// __dict__ when typ is a Python subclass that gives its instances one,
// or always when withDict is set (partial has a __dict__ itself).
func NewBase(typ *o.Type, withDict bool) Base {
	b := Base{typ: typ}
	if withDict || typ.IsHeap() && typ.Flags&o.FlagHasDict != 0 {
		b.dict = o.NewDict()
	}
	return b
}

// Type returns the object's type.
func (b *Base) Type() *o.Type { return b.typ }

// InstDict returns the object's __dict__, or nil.
func (b *Base) InstDict() *o.Dict { return b.dict }

// HasDict is an object that may have an instance dict.
type HasDict interface {
	o.Value
	InstDict() *o.Dict
}

var dunderDict = o.Intern("__dict__")

// GetAttr is object.__getattribute__ for objects with a Base: the type's
// data descriptors, then the instance dict, then the type's other
// attributes.
func GetAttr(t *o.Thread, v o.Value, name *o.Str) (o.Value, error) {
	h, ok := v.(HasDict)
	if !ok || h.InstDict() == nil {
		return o.GenericGetAttr(t, v, name)
	}
	return GetAttrDict(t, v, name, h.InstDict())
}

// GetAttrDict is GetAttr with d as the instance dict (thread._local
// gives each thread a dict of its own).
func GetAttrDict(t *o.Thread, v o.Value, name *o.Str, d *o.Dict) (o.Value, error) {
	typ := v.Type()
	descr := typ.Lookup(t, name)
	var get func(t *o.Thread, descr, obj o.Value, typ o.Value) (o.Value, error)
	if descr != nil {
		dt := descr.Type()
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return get(t, descr, v, typ)
		}
	}
	if x := d.GetItemStr(t, name); x != nil {
		return x, nil
	}
	if get != nil {
		return get(t, descr, v, typ)
	}
	if descr != nil {
		return descr, nil
	}
	if name.String() == "__dict__" {
		return d, nil
	}
	return nil, o.Errorf(o.AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.String())
}

// SetAttr is object.__setattr__ (and __delattr__ when val is nil) for
// objects with a Base.
func SetAttr(t *o.Thread, v o.Value, name *o.Str, val o.Value) error {
	h, ok := v.(HasDict)
	if !ok || h.InstDict() == nil {
		return o.GenericSetAttr(t, v, name, val)
	}
	return SetAttrDict(t, v, name, val, h.InstDict())
}

// SetAttrDict is SetAttr with d as the instance dict.
func SetAttrDict(t *o.Thread, v o.Value, name *o.Str, val o.Value, d *o.Dict) error {
	typ := v.Type()
	if descr := typ.Lookup(t, name); descr != nil {
		if s := descr.Type().DescrSet; s != nil {
			return s(t, descr, v, val)
		}
	}
	if name == dunderDict || name.String() == "__dict__" {
		return o.Errorf(o.AttributeError, "attribute '__dict__' of '%s' objects is not writable", typ.Name)
	}
	if val == nil {
		found, err := d.DelItem(t, name)
		if err == nil && !found {
			return o.Errorf(o.AttributeError, "%s", name.String())
		}
		return err
	}
	return d.SetItem(t, name, val)
}

// SetAttrSlots makes typ's attribute access know the instance dicts of
// objects with a Base.
func SetAttrSlots(typ *o.Type) {
	typ.GetAttr = GetAttr
	typ.SetAttr = SetAttr
}
