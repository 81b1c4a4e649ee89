package objects

import "strings"

// This file holds dict's slots and methods, following CPython 2.7's
// dictobject.c.

func dictNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	d := &Dict{typ: typ, inst: newContainerInst(typ)}
	d.ref.Init(&dictData{table: make([]dictEntry, dictMinSize)})
	return d, nil
}

func dictInit(t *Thread, self Value, args, kw []Value) error {
	return self.(*Dict).Update(t, "dict", args, kw)
}

func (d *Dict) instDict(t *Thread) *Dict {
	if d.inst == nil {
		return nil
	}
	return d.inst.ref.Read(t.tx()).dict
}

// keyError returns KeyError(key), with key as the single argument even
// when it is a tuple.
func keyError(key Value) error { return NewException(KeyError, key) }

func dictRepr(t *Thread, v Value) (Value, error) {
	d := v.(*Dict)
	if t.ReprEnter(d) {
		return NewStr("{...}"), nil
	}
	defer t.ReprLeave(d)
	if d.Len(t) == 0 {
		return NewStr("{}"), nil
	}
	var b strings.Builder
	b.WriteByte('{')
	for pos, first := 0, true; ; first = false {
		key, value, next, ok := d.Next(t, pos)
		if !ok {
			break
		}
		pos = next
		if !first {
			b.WriteString(", ")
		}
		ks, err := ReprItem(t, key)
		if err != nil {
			return nil, err
		}
		vs, err := ReprItem(t, value)
		if err != nil {
			return nil, err
		}
		b.WriteString(ks.s)
		b.WriteString(": ")
		b.WriteString(vs.s)
	}
	b.WriteByte('}')
	return NewStr(b.String()), nil
}

// getItemNoErr is PyDict_GetItem: a lookup whose errors count as absent.
func (d *Dict) getItemNoErr(t *Thread, key Value) Value {
	v, err := d.GetItem(t, key)
	if err != nil {
		return nil
	}
	return v
}

// dictEqual is dict_equal: same length and equal values for every key.
func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a.Len(t) != b.Len(t) {
		return false, nil
	}
	for pos := 0; ; {
		key, aval, next, ok := a.Next(t, pos)
		if !ok {
			return true, nil
		}
		pos = next
		bval := b.getItemNoErr(t, key)
		if bval == nil {
			return false, nil
		}
		eq, err := Equal(t, aval, bval)
		if err != nil || !eq {
			return false, err
		}
	}
}

func dictCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	x, ok1 := a.(*Dict)
	y, ok2 := b.(*Dict)
	if !ok1 || !ok2 || (op != EQ && op != NE) {
		return NotImplemented, nil
	}
	eq, err := dictEqual(t, x, y)
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == EQ)), nil
}

// characterize returns the smallest key of a whose value differs in b
// (or which b lacks), and its value in a; nil if there is none.
func characterize(t *Thread, a, b *Dict) (akey, aval Value, err error) {
	for pos := 0; ; {
		key, _, next, ok := a.Next(t, pos)
		if !ok {
			return akey, aval, nil
		}
		pos = next
		if akey != nil {
			lt, err := Less(t, akey, key)
			if err != nil {
				return nil, nil, err
			}
			if lt {
				continue
			}
			// The comparison may have changed a: the entry must still
			// be there.
			dd := a.ref.Read(t.tx())
			if next-1 > dd.tmask() || dd.entry(next-1).key != key {
				continue
			}
		}
		dd := a.ref.Read(t.tx())
		thisaval := dd.val(t, dd.entry(next-1))
		bval := b.getItemNoErr(t, key)
		same := false
		if bval != nil {
			if same, err = Equal(t, thisaval, bval); err != nil {
				return nil, nil, err
			}
		}
		if !same {
			akey, aval = key, thisaval
		}
	}
}

// dictCmp3 is dict_compare, 2.7's ordering of dicts: shorter first, then
// by the smallest key whose value differs, then by that value.
func dictCmp3(t *Thread, a, b Value) (Value, error) {
	x, ok1 := a.(*Dict)
	y, ok2 := b.(*Dict)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if n, m := x.Len(t), y.Len(t); n != m {
		if n < m {
			return Int(-1), nil
		}
		return Int(1), nil
	}
	adiff, aval, err := characterize(t, x, y)
	if err != nil {
		return nil, err
	}
	if adiff == nil {
		return Int(0), nil
	}
	bdiff, bval, err := characterize(t, y, x)
	if err != nil {
		return nil, err
	}
	res := 0
	if bdiff != nil {
		if res, err = Compare3(t, adiff, bdiff); err != nil {
			return nil, err
		}
	}
	if res == 0 && bval != nil {
		if res, err = Compare3(t, aval, bval); err != nil {
			return nil, err
		}
	}
	return Int(res), nil
}

func dictLen(t *Thread, v Value) (int, error) { return v.(*Dict).Len(t), nil }

// dictSubscript is d[key]: a subclass's __missing__ is called for an
// absent key.
func dictSubscript(t *Thread, v, key Value) (Value, error) {
	d := v.(*Dict)
	x, err := d.GetItem(t, key)
	if err != nil || x != nil {
		return x, err
	}
	if typ := d.Type(); typ != DictType {
		if m := typ.Lookup(t, Intern("__missing__")); m != nil {
			return callDescr(t, m, d, []Value{key})
		}
	}
	return nil, keyError(key)
}

func dictAssSub(t *Thread, v, key, x Value) error {
	d := v.(*Dict)
	if x != nil {
		return d.SetItem(t, key, x)
	}
	found, err := d.DelItem(t, key)
	if err == nil && !found {
		return keyError(key)
	}
	return err
}

func dictContains(t *Thread, v, key Value) (bool, error) { return v.(*Dict).Contains(t, key) }

func dict_has_key(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsOne("has_key", args, kw); err != nil {
		return nil, err
	}
	ok, err := self.(*Dict).Contains(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

func dict_get(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("get", kw); err != nil {
		return nil, err
	}
	if err := unpackArgs("get", args, 1, 2); err != nil {
		return nil, err
	}
	v, err := self.(*Dict).GetItem(t, args[0])
	if err != nil {
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	}
	return v, nil
}

func dict_setdefault(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("setdefault", kw); err != nil {
		return nil, err
	}
	if err := unpackArgs("setdefault", args, 1, 2); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	h, err := Hash(t, args[0])
	if err != nil {
		return nil, err
	}
	v, err := d.GetItemHash(t, args[0], h)
	if err != nil || v != nil {
		return v, err
	}
	def := None
	if len(args) == 2 {
		def = args[1]
	}
	return def, d.SetItemHash(t, args[0], h, def)
}

func dict_pop(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("pop", kw); err != nil {
		return nil, err
	}
	if err := unpackArgs("pop", args, 1, 2); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	key := args[0]
	if d.Len(t) == 0 {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, keyError(key)
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	dd := d.write(t)
	i, found, err := dd.lookup(t, key, h)
	if err != nil {
		return nil, err
	}
	if !found {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, keyError(key)
	}
	dd = d.write(t)
	e := dd.wentry(i)
	v := dd.val(t, e)
	e.key, e.value = dummyKey, nil
	dd.used--
	return v, nil
}

func dict_popitem(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("popitem", args, kw); err != nil {
		return nil, err
	}
	k, v, ok := self.(*Dict).PopItem(t)
	if !ok {
		return nil, Errorf(KeyError, "popitem(): dictionary is empty")
	}
	return NewTuple(k, v), nil
}

func dict_keys(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("keys", args, kw); err != nil {
		return nil, err
	}
	return t.NewList(self.(*Dict).Keys(t)), nil
}

// Values returns the values in table order.
func (d *Dict) Values(t *Thread) []Value {
	_, v := d.Items(t)
	return v
}

func dict_values(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("values", args, kw); err != nil {
		return nil, err
	}
	return t.NewList(self.(*Dict).Values(t)), nil
}

func dict_items(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("items", args, kw); err != nil {
		return nil, err
	}
	keys, values := self.(*Dict).Items(t)
	items := make([]Value, len(keys))
	for i := range keys {
		items[i] = NewTuple(keys[i], values[i])
	}
	return NewList(items), nil
}

func dictIterMethod(name string, kind dictIterKind) func(t *Thread, self Value, args, kw []Value) (Value, error) {
	return func(t *Thread, self Value, args, kw []Value) (Value, error) {
		if err := argsNone(name, args, kw); err != nil {
			return nil, err
		}
		return newDictIter(t, self.(*Dict), kind), nil
	}
}

func dictViewMethod(name string, kind dictIterKind) func(t *Thread, self Value, args, kw []Value) (Value, error) {
	return func(t *Thread, self Value, args, kw []Value) (Value, error) {
		if err := argsNone(name, args, kw); err != nil {
			return nil, err
		}
		return &DictView{d: self.(*Dict), kind: kind}, nil
	}
}

func dict_update(t *Thread, self Value, args, kw []Value) (Value, error) {
	return None, self.(*Dict).Update(t, "update", args, kw)
}

func dict_clear(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("clear", args, kw); err != nil {
		return nil, err
	}
	self.(*Dict).Clear(t)
	return None, nil
}

func dict_copy(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := argsNone("copy", args, kw); err != nil {
		return nil, err
	}
	return self.(*Dict).Copy(t), nil
}

// presize makes an empty dict's table ready for n keys inserted without
// resizing, as dict.fromkeys does for a dict or set argument.
func (d *Dict) presize(t *Thread, n int) {
	d.write(t).resize(n / 2 * 3)
}

func dict_fromkeys(t *Thread, cls Value, args, kw []Value) (Value, error) {
	if err := argsNoKw("fromkeys", kw); err != nil {
		return nil, err
	}
	if err := unpackArgs("fromkeys", args, 1, 2); err != nil {
		return nil, err
	}
	seq := args[0]
	value := None
	if len(args) == 2 {
		value = args[1]
	}
	r, err := Call(t, cls, nil, nil)
	if err != nil {
		return nil, err
	}
	d, exact := r.(*Dict)
	exact = exact && d.typ == DictType
	if exact {
		if sd, ok := seq.(*Dict); ok && sd.typ == DictType {
			d.presize(t, sd.Len(t))
			for pos := 0; ; {
				h, k, _, next, ok := sd.nextEntry(t, pos)
				if !ok {
					return d, nil
				}
				pos = next
				if err := d.write(t).insert(t, k, h, value); err != nil {
					return nil, err
				}
			}
		}
		if isExactSet(seq) {
			s := seq.(*Set)
			d.presize(t, s.Len(t))
			for pos := 0; ; {
				e, next, ok := s.entryAt(t, pos)
				if !ok {
					return d, nil
				}
				pos = next
				if err := d.write(t).insert(t, e.key, e.hash, value); err != nil {
					return nil, err
				}
			}
		}
	}
	it, err := Iter(t, seq)
	if err != nil {
		return nil, err
	}
	for {
		k, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if k == nil {
			return r, nil
		}
		if exact {
			err = d.SetItem(t, k, value)
		} else {
			err = SetItem(t, r, k, value)
		}
		if err != nil {
			return nil, err
		}
	}
}

func init() {
	DictType.New = dictNew
	DictType.Init = dictInit
	DictType.Repr = dictRepr
	DictType.Compare = dictCompare
	DictType.Cmp3 = dictCmp3
	DictType.Len = dictLen
	DictType.GetItem = dictSubscript
	DictType.SetItem = dictAssSub
	DictType.Contains = dictContains
	DictType.Iter = func(t *Thread, v Value) (Value, error) { return newDictIter(t, v.(*Dict), iterKeys), nil }
	DictType.AddMethods([]MethodDef{
		{Name: "has_key", Fn: dict_has_key},
		{Name: "get", Fn: dict_get},
		{Name: "setdefault", Fn: dict_setdefault},
		{Name: "pop", Fn: dict_pop},
		{Name: "popitem", Fn: dict_popitem},
		{Name: "keys", Fn: dict_keys},
		{Name: "items", Fn: dict_items},
		{Name: "values", Fn: dict_values},
		{Name: "viewkeys", Fn: dictViewMethod("viewkeys", iterKeys)},
		{Name: "viewitems", Fn: dictViewMethod("viewitems", iterItems)},
		{Name: "viewvalues", Fn: dictViewMethod("viewvalues", iterValues)},
		{Name: "update", Fn: dict_update},
		{Name: "clear", Fn: dict_clear},
		{Name: "copy", Fn: dict_copy},
		{Name: "iterkeys", Fn: dictIterMethod("iterkeys", iterKeys)},
		{Name: "itervalues", Fn: dictIterMethod("itervalues", iterValues)},
		{Name: "iteritems", Fn: dictIterMethod("iteritems", iterItems)},
	})
	DictType.AddClassMethods([]MethodDef{{Name: "fromkeys", Fn: dict_fromkeys}})
	DictType.AddAttr("__hash__", None)
}
