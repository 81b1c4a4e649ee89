package objects

import "github.com/pystm/pystm/stm"

// Instance is an instance of a class defined in Python (a heap type
// whose instances are not built-in containers).
type Instance struct {
	cls  *Type
	base Value // the built-in value of a class derived from int, str, tuple, ...
	ref  stm.Ref[instState]
}

// instState is an instance's payload. Copier: __slots__ values are
// written in place (writeSlots), so a private copy clones them.
type instState struct {
	dict  *Dict
	slots []Value
	// dictMade records that CPython would have made the instance dict by
	// now (an attribute was set, or __dict__ read): pystm makes it at
	// once, but the wording of some errors depends on it.
	dictMade bool
}

// STMCopy gives a transaction's new private copy slots of its own.
func (st *instState) STMCopy() {
	if st.slots != nil {
		st.slots = append([]Value(nil), st.slots...)
	}
}

// instData is the instance part of a built-in container subclass instance.
type instData struct {
	ref stm.Ref[instState]
}

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.cls }

// Base returns the built-in value an instance of a class derived from
// an immutable built-in carries, or nil.
func (o *Instance) Base() Value { return o.base }

// NewInstance returns a new instance of cls (a heap type), with a dict if
// the class gives its instances one, made by t's transaction (t may be
// nil).
func NewInstance(t *Thread, cls *Type, base Value) *Instance {
	// One allocation for the object and its state.
	a := &struct {
		o  Instance
		st instState
	}{}
	o, st := &a.o, &a.st
	o.cls, o.base = cls, base
	tx := t.tx()
	if cls.Flags&FlagHasDict != 0 {
		st.dict = newDictFresh(tx)
	}
	if cls.NSlots > 0 {
		st.slots = make([]Value, cls.NSlots)
	}
	o.ref.InitFresh(tx, st)
	if cls.hasDel {
		watchDel(o)
		cancelDelOnAbort(tx, o)
	}
	return o
}

// Dict returns the instance's __dict__, or nil.
func (o *Instance) Dict(t *Thread) *Dict { return o.ref.Read(t.tx()).dict }

// SetClass changes the instance's class (__class__ assignment). The type
// pointer is read without a barrier, so the transaction first becomes
// exclusive (no other runs until it commits).
func (o *Instance) SetClass(t *Thread, cls *Type) {
	t.Exclusive()
	o.cls = cls
}

// Unwrap returns the built-in value behind v: the base of an instance of
// a class derived from an immutable built-in, or v itself.
func Unwrap(v Value) Value {
	if o, ok := v.(*Instance); ok && o.base != nil {
		return o.base
	}
	return v
}

// instanceDict returns the __dict__ of any object that has one, or nil.
func instanceDict(t *Thread, v Value) *Dict {
	switch o := v.(type) {
	case *Instance:
		return o.ref.Read(t.tx()).dict
	case *Module:
		return o.dict
	case *Type:
		return nil
	}
	if h, ok := v.(interface{ instDict(t *Thread) *Dict }); ok {
		return h.instDict(t)
	}
	return nil
}

// setInstanceDict replaces the __dict__ of v.
func setInstanceDict(t *Thread, v Value, d *Dict) bool {
	if o, ok := v.(*Instance); ok && o.ref.Read(t.tx()).dict != nil {
		o.ref.Write(t.tx()).dict = d
		return true
	}
	return false
}

// ClassOf returns v's class: its type, or the old-style class of an
// old-style instance.
func ClassOf(v Value) Value { return classOf(v) }

// smallInts are the boxed ints -5..1023, so that common results need no
// allocation (Go allocates when boxing other int64 values).
var smallInts [1029]Value

func init() {
	for i := range smallInts {
		smallInts[i] = Int(i - 5)
	}
}

// IntValue returns x boxed as a Value, without allocating for small values.
func IntValue(x int64) Value {
	if x >= -5 && x < 1024 {
		return smallInts[x+5]
	}
	return Int(x)
}

// instParts returns the *instData of a built-in container subclass
// instance (list, dict, set, bytearray, enumerate, reversed), or nil.
func instParts(v Value) *instData {
	switch x := v.(type) {
	case *List:
		return x.inst
	case *Dict:
		return x.inst
	case *Set:
		return x.inst
	case *ByteArray:
		return x.inst
	case *Enumerate:
		return x.inst
	case *Reversed:
		return x.inst
	}
	return nil
}

// dictDescr is the __dict__ attribute that a class defined in Python
// gets when it is the first of its line to give instances a dict.
func dictDescr(owner *Type) *GetSet {
	return &GetSet{Name: "__dict__", owner: owner, Doc: "dictionary for instance variables (if defined)",
		Get: func(t *Thread, self Value) (Value, error) {
			if d := instanceDict(t, self); d != nil {
				if o, ok := self.(*Instance); ok {
					o.markDict(t)
				}
				return d, nil
			}
			return nil, Errorf(AttributeError, "This object has no __dict__")
		},
		Set: func(t *Thread, self, v Value) error {
			var d *Dict
			if v == nil {
				d = NewDict()
			} else if x, ok := v.(*Dict); ok {
				d = x
			} else {
				return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
			}
			if setInstanceDict(t, self, d) {
				return nil
			}
			if p := instParts(self); p != nil && p.ref.Read(t.tx()).dict != nil {
				p.ref.Write(t.tx()).dict = d
				return nil
			}
			return Errorf(AttributeError, "This object has no __dict__")
		}}
}

// weakrefDescr is a class's __weakref__ attribute. pystm has no weak
// references yet, so it is always None.
func weakrefDescr(owner *Type) *GetSet {
	return &GetSet{Name: "__weakref__", owner: owner, Doc: "list of weak references to the object (if defined)",
		Get: func(t *Thread, self Value) (Value, error) { return None, nil }}
}

// readSlots returns the __slots__ values of v as the running transaction
// sees them, or nil if v has none.
func readSlots(t *Thread, v Value) []Value {
	switch x := v.(type) {
	case *Instance:
		return x.ref.Read(t.tx()).slots
	case *BaseExc:
		return x.ref.Read(t.tx()).slots
	}
	if p := instParts(v); p != nil {
		return p.ref.Read(t.tx()).slots
	}
	return nil
}

// writeSlots returns the __slots__ values of v for modification by the
// running transaction, or nil if v has none.
func writeSlots(t *Thread, v Value) []Value {
	switch x := v.(type) {
	case *Instance:
		return x.ref.Write(t.tx()).slots
	case *BaseExc:
		return x.ref.Write(t.tx()).slots
	}
	if p := instParts(v); p != nil {
		return p.ref.Write(t.tx()).slots
	}
	return nil
}

// markDict records that the instance dict is in use.
func (o *Instance) markDict(t *Thread) {
	if !o.ref.Read(t.tx()).dictMade {
		o.ref.Write(t.tx()).dictMade = true
	}
}

// dictMade reports whether CPython would have made v's dict d by now.
func dictMade(t *Thread, v Value, d *Dict) bool {
	if o, ok := v.(*Instance); ok {
		return o.ref.Read(t.tx()).dictMade
	}
	return d.Len(t) > 0
}
