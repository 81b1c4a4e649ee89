package objects

import "fmt"

// DictView is a view of a dict's keys, values or items (d.viewkeys(),
// d.viewvalues(), d.viewitems()). The views of keys and items behave as
// sets.
type DictView struct {
	d    *Dict
	kind dictIterKind
}

// The dict view types.
var (
	DictKeysType   = NewBuiltinType("dict_keys", ObjectType, 0)
	DictValuesType = NewBuiltinType("dict_values", ObjectType, 0)
	DictItemsType  = NewBuiltinType("dict_items", ObjectType, 0)
)

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	switch v.kind {
	case iterValues:
		return DictValuesType
	case iterItems:
		return DictItemsType
	}
	return DictKeysType
}

// NewDictView returns the keys (kind "keys"), values or items view of d.
func NewDictView(d *Dict, kind string) *DictView {
	k := iterKeys
	switch kind {
	case "values":
		k = iterValues
	case "items":
		k = iterItems
	}
	return &DictView{d: d, kind: k}
}

func dictViewLen(t *Thread, v Value) (int, error) { return v.(*DictView).d.Len(t), nil }

func dictViewIter(t *Thread, v Value) (Value, error) {
	dv := v.(*DictView)
	return newDictIter(t, dv.d, dv.kind), nil
}

func dictViewRepr(t *Thread, v Value) (Value, error) {
	items, err := ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	r, err := Repr(t, NewList(items))
	if err != nil {
		return nil, err
	}
	return NewStr(fmt.Sprintf("%s(%s)", v.Type().Name, r.s)), nil
}

func dictKeysContains(t *Thread, v, x Value) (bool, error) {
	return v.(*DictView).d.Contains(t, x)
}

func dictItemsContains(t *Thread, v, x Value) (bool, error) {
	tu := asTuple(x)
	if tu == nil || len(tu.elems) != 2 {
		return false, nil
	}
	found := v.(*DictView).d.getItemNoErr(t, tu.elems[0])
	if found == nil {
		return false, nil
	}
	return Equal(t, tu.elems[1], found)
}

// isSetView reports whether v is a keys or items view.
func isSetView(v Value) bool {
	dv, ok := v.(*DictView)
	return ok && dv.kind != iterValues
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(t *Thread, a, b Value) (bool, error) {
	all := true
	err := ForEach(t, a, func(x Value) (bool, error) {
		in, err := Contains(t, b, x)
		if err != nil {
			return false, err
		}
		all = in
		return in, nil
	})
	return all, err
}

func dictViewCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	if setOf(b) == nil && !isSetView(b) {
		return NotImplemented, nil
	}
	la, err := Len(t, a)
	if err != nil {
		return nil, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return nil, err
	}
	ok := false
	switch op {
	case EQ, NE:
		if la == lb {
			if ok, err = allContainedIn(t, a, b); err != nil {
				return nil, err
			}
		}
		if op == NE {
			ok = !ok
		}
	case LT:
		if la < lb {
			ok, err = allContainedIn(t, a, b)
		}
	case LE:
		if la <= lb {
			ok, err = allContainedIn(t, a, b)
		}
	case GT:
		if la > lb {
			ok, err = allContainedIn(t, b, a)
		}
	case GE:
		if la >= lb {
			ok, err = allContainedIn(t, b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

// dictViewSetOp returns set(a) updated by method with b, as the set
// operators of keys and items views do.
func dictViewSetOp(method func(t *Thread, self Value, args, kw []Value) (Value, error)) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		s, err := SetOf(t, a)
		if err != nil {
			return nil, err
		}
		if _, err := method(t, s, []Value{b}, nil); err != nil {
			return nil, err
		}
		return s, nil
	}
}

func init() {
	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		typ.Len = dictViewLen
		typ.Iter = dictViewIter
		typ.Repr = dictViewRepr
	}
	DictKeysType.Contains = dictKeysContains
	DictItemsType.Contains = dictItemsContains
	num := &NumberSlots{
		Sub: dictViewSetOp(set_difference_update),
		And: dictViewSetOp(set_intersection_update),
		Or:  dictViewSetOp(set_update),
		Xor: dictViewSetOp(set_symmetric_difference_update),
	}
	for _, typ := range []*Type{DictKeysType, DictItemsType} {
		typ.Compare = dictViewCompare
		typ.Number = num
	}
}
