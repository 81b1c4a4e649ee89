package objects

// This file lets packages outside objects define built-in subtypes of
// dict (collections.defaultdict) whose instances carry state of their
// own: the type sets NSlots to the number of values it keeps, and its
// instances, made by NewDictSubtype, hold them in their instance part,
// before the __slots__ values of any Python class derived from it.

// NewDictSubtype returns an empty dict of type typ, a subtype of dict
// written in Go or a Python class derived from one. It has typ.NSlots
// slot values, all unset, and a __dict__ when typ is a Python class
// whose instances have one.
func NewDictSubtype(typ *Type) *Dict {
	d := &Dict{typ: typ, inst: newContainerInst(typ)}
	if d.inst == nil && typ.NSlots > 0 {
		d.inst = &instData{}
		d.inst.ref.Init(&instState{slots: make([]Value, typ.NSlots)})
	}
	d.ref.Init(&dictData{table: make([]dictEntry, dictMinSize)})
	return d
}

// DictSlot returns slot value i of a dict made by NewDictSubtype, or nil
// when it is unset or the dict has no such slot.
func (d *Dict) DictSlot(t *Thread, i int) Value {
	if d.inst == nil {
		return nil
	}
	s := d.inst.ref.Read(t.tx()).slots
	if i >= len(s) {
		return nil
	}
	return s[i]
}

// SetDictSlot sets slot value i of a dict made by NewDictSubtype (nil
// unsets it). It reports false when the dict has no such slot.
func (d *Dict) SetDictSlot(t *Thread, i int, v Value) bool {
	if d.inst == nil || i >= len(d.inst.ref.Read(t.tx()).slots) {
		return false
	}
	st := d.inst.ref.Write(t.tx())
	s := append([]Value(nil), st.slots...) // replaced, never modified in place
	s[i] = v
	st.slots = s
	return true
}
