package objects

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Slot function types.
type (
	UnaryFunc   func(t *Thread, a Value) (Value, error)
	BinaryFunc  func(t *Thread, a, b Value) (Value, error)
	TernaryFunc func(t *Thread, a, b, c Value) (Value, error)
	CallFunc    func(t *Thread, f Value, args []Value, kw []Value) (Value, error)
)

// TypeFlags describe a type.
type TypeFlags uint32

// The type flags.
const (
	FlagHeap      TypeFlags = 1 << iota // defined by a class statement or type()
	FlagBaseType                        // may be subclassed
	FlagHasDict                         // instances have a __dict__
	FlagAbstract                        // may not be instantiated (basestring)
	FlagHasGC                           // informative only
	FlagIterSelf                        // its __iter__ returns self
	FlagException                       // a BaseException subclass
)

// NumberSlots are the arithmetic slots (CPython's tp_as_number). A binary
// slot returns NotImplemented when it does not handle its operands; the
// reflected operation is then tried, as in CPython.
type NumberSlots struct {
	Add, Sub, Mul, Div, TrueDiv, FloorDiv, Mod, Divmod BinaryFunc
	LShift, RShift, And, Or, Xor                       BinaryFunc
	Pow                                                TernaryFunc

	// In-place forms; nil means use the binary form.
	IAdd, ISub, IMul, IDiv, ITrueDiv, IFloorDiv, IMod BinaryFunc
	ILShift, IRShift, IAnd, IOr, IXor                 BinaryFunc
	IPow                                              TernaryFunc

	Neg, Pos, Abs, Invert               UnaryFunc
	Int, Long, Float, Complex, Oct, Hex UnaryFunc
	Index                               UnaryFunc
	// Coerce is __coerce__ (old-style numbers and classes).
	Coerce BinaryFunc
}

// Type is a Python type (a new-style class). Its fields after Dict are
// the slots: nil means the operation is not supported.
type Type struct {
	Name  string // __name__
	Base  *Type  // __base__ (nil for object)
	Bases []Value
	MRO   []*Type
	// mroAll is the whole MRO when old-style classes are in it (the
	// classes of MRO with the classic ones in their places), else nil.
	mroAll []Value
	Flags  TypeFlags
	Dict   *Dict // __dict__ (keys are *Str)
	// Doc is a built-in type's docstring (CPython's tp_doc).
	Doc string
	// hasDel records that the class has a __del__ (instances get a
	// finalizer).
	hasDel bool

	// SlotNames are the __slots__ of a heap type (mangled), and NSlots
	// how many slot values its instances carry (its own and its bases').
	SlotNames []string
	NSlots    int

	// Meta is the metatype when it is not type itself.
	Meta *Type

	// subclasses are the types whose Base or Bases include this one.
	subclasses []*Type

	// Version changes whenever this type's dict or a base's changes.
	Version uint64

	// genericGetAttr and objectNew cache whether GetAttr is
	// GenericGetAttr and New is object.__new__ (set by Ready and
	// fixupSlots).
	genericGetAttr, objectNew bool

	// Payload is the built-in type whose value instances of a heap type
	// derived from an immutable built-in carry (int for class N(int)).
	Payload *Type

	New  func(t *Thread, typ *Type, args, kw []Value) (Value, error)
	Init func(t *Thread, self Value, args, kw []Value) error

	Repr    func(t *Thread, v Value) (Value, error)
	Str     func(t *Thread, v Value) (Value, error)
	Unicode func(t *Thread, v Value) (Value, error)
	Hash    func(t *Thread, v Value) (int64, error)
	Call    CallFunc

	// GetAttr is __getattribute__ (with the __getattr__ fallback for
	// heap types); SetAttr sets, or deletes when val is nil.
	GetAttr func(t *Thread, v Value, name *Str) (Value, error)
	SetAttr func(t *Thread, v Value, name *Str, val Value) error

	// Compare is the rich comparison; it returns NotImplemented when it
	// does not handle its operands. Cmp3 is __cmp__ (-1, 0, 1), or
	// NotImplemented.
	Compare func(t *Thread, a, b Value, op Cmp) (Value, error)
	Cmp3    func(t *Thread, a, b Value) (Value, error)

	Iter func(t *Thread, v Value) (Value, error)
	// Next returns the next item, or (nil, nil) when the iterator is
	// exhausted (no StopIteration is made on the fast path).
	Next func(t *Thread, v Value) (Value, error)

	Len      func(t *Thread, v Value) (int, error)
	GetItem  func(t *Thread, v, key Value) (Value, error)
	SetItem  func(t *Thread, v, key, val Value) error // val nil: delete
	Contains func(t *Thread, v, x Value) (bool, error)
	Nonzero  func(t *Thread, v Value) (bool, error)

	// GetSlice and SetSlice are __getslice__/__setslice__/__delslice__
	// (simple slices with int bounds), used when a type defines them.
	GetSlice func(t *Thread, v Value, lo, hi int) (Value, error)
	SetSlice func(t *Thread, v Value, lo, hi int, val Value) error // val nil: delete

	// Concat and Repeat are the sequence + and * (str, list, tuple),
	// tried after the number slots.
	Concat  BinaryFunc
	Repeat  func(t *Thread, v Value, n int) (Value, error)
	IConcat BinaryFunc
	IRepeat func(t *Thread, v Value, n int) (Value, error)

	// DescrGet and DescrSet make instances of this type descriptors.
	DescrGet func(t *Thread, descr, obj Value, typ Value) (Value, error)
	DescrSet func(t *Thread, descr, obj, val Value) error // val nil: delete

	Number *NumberSlots
}

// Type returns type (or the metatype).
func (typ *Type) Type() *Type {
	if typ.Meta != nil {
		return typ.Meta
	}
	return TypeType
}

// IsSubtype reports whether typ is base or derives from it.
func (typ *Type) IsSubtype(base *Type) bool {
	if typ == base {
		return true
	}
	if typ.MRO != nil {
		for _, m := range typ.MRO {
			if m == base {
				return true
			}
		}
		return false
	}
	for b := typ.Base; b != nil; b = b.Base {
		if b == base {
			return true
		}
	}
	return base == ObjectType
}

// Lookup finds name in the dicts of typ's MRO (CPython's _PyType_Lookup),
// or returns nil.
func (typ *Type) Lookup(t *Thread, name *Str) Value {
	if t != nil && typ.Version != 0 && typ.mroAll == nil {
		mc := t.mcache
		if mc == nil {
			mc = new(methodCache)
			t.mcache = mc
		}
		h := (typ.Version*0x9E3779B97F4A7C15 ^ uint64(uintptr(unsafe.Pointer(name)))*0xBF58476D1CE4E5B9) >> (64 - methodCacheBits)
		e := &mc[h]
		if e.version == typ.Version && e.name == name {
			return e.value
		}
		v := typ.lookupSlow(t, name)
		*e = methodCacheEntry{typ.Version, name, v}
		return v
	}
	return typ.lookupSlow(t, name)
}

// methodCache caches Type.Lookup results per thread, keyed by the type's
// version and the (interned) name, as CPython's method cache does. A
// type's version changes whenever its dict or a base's changes.
type methodCache [1 << methodCacheBits]methodCacheEntry

const methodCacheBits = 10

type methodCacheEntry struct {
	version uint64
	name    *Str
	value   Value
}

func (typ *Type) lookupSlow(t *Thread, name *Str) Value {
	if typ.mroAll != nil {
		for _, m := range typ.mroAll {
			var d *Dict
			switch c := m.(type) {
			case *Type:
				d = c.Dict
			case *Class:
				d = c.Dict(t)
			}
			if v := d.getStr(t, name); v != nil {
				return v
			}
		}
		return nil
	}
	for _, m := range typ.MRO {
		if v := m.Dict.getStr(t, name); v != nil {
			return v
		}
	}
	return nil
}

// MROValues returns __mro__ as Python sees it: the classes of the MRO,
// old-style ones included.
func (typ *Type) MROValues() []Value {
	if typ.mroAll != nil {
		return typ.mroAll
	}
	out := make([]Value, len(typ.MRO))
	for i, m := range typ.MRO {
		out[i] = m
	}
	return out
}

// LookupString is Lookup with a Go string.
func (typ *Type) LookupString(t *Thread, name string) Value {
	return typ.Lookup(t, Intern(name))
}

// flagClassicBases marks a heap type with an old-style class among its
// bases, whose attributes Lookup must also search.
const flagClassicBases TypeFlags = 1 << 20

// QualName returns the name CPython prints for the type in messages:
// __name__ for built-ins, "module.name" for heap types in reprs.
func (typ *Type) QualName() string { return typ.Name }

// IsHeap reports whether typ was defined by a class statement or type().
func (typ *Type) IsHeap() bool { return typ.Flags&FlagHeap != 0 }

// SetDict stores a value in typ's dict and updates its slots if the name
// is a special method.
func (typ *Type) SetDict(t *Thread, name string, v Value) {
	typ.Dict.SetItemStr(t, Intern(name), v)
	typ.modified(t, name)
}

// modified records a change to typ's dict: versions of typ and every
// subclass change, and special-method slots are recomputed.
func (typ *Type) modified(t *Thread, name string) {
	typ.Version = nextTypeVersion()
	for _, s := range typ.Subclasses() {
		s.modified(t, name)
	}
	if typ.IsHeap() && isSpecialName(name) {
		fixupSlots(t, typ)
	}
}

// subclassMu guards the subclass lists of all types: classes are made
// by any thread, in parallel.
var subclassMu sync.Mutex

func (typ *Type) addSubclass(s *Type) {
	subclassMu.Lock()
	typ.subclasses = append(typ.subclasses, s)
	subclassMu.Unlock()
}

func (typ *Type) removeSubclass(s *Type) {
	subclassMu.Lock()
	typ.subclasses = slices.DeleteFunc(typ.subclasses, func(x *Type) bool { return x == s })
	subclassMu.Unlock()
}

// Subclasses returns a copy of the types whose bases include typ.
func (typ *Type) Subclasses() []*Type {
	subclassMu.Lock()
	defer subclassMu.Unlock()
	return slices.Clone(typ.subclasses)
}

var typeVersion atomic.Uint64

func nextTypeVersion() uint64 { return typeVersion.Add(1) }

func isSpecialName(s string) bool {
	return len(s) > 4 && s[0] == '_' && s[1] == '_' && s[len(s)-1] == '_' && s[len(s)-2] == '_'
}

// UsesGenericGetAttr reports whether attribute lookup on instances of
// typ is object.__getattribute__ with no __getattr__ hook.
func (typ *Type) UsesGenericGetAttr() bool { return typ.genericGetAttr }

// UsesObjectNew reports whether typ's __new__ is object.__new__.
func (typ *Type) UsesObjectNew() bool { return typ.objectNew }

func (typ *Type) cacheSlotKinds() {
	typ.genericGetAttr = typ.GetAttr == nil || sameFunc(typ.GetAttr, GenericGetAttr)
	typ.objectNew = typ.New != nil && sameFunc(typ.New, objectNew)
}

// ShortName returns the type's __name__: for a built-in type, the part of
// its full name after the module ("ValueError" for
// "exceptions.ValueError").
func (typ *Type) ShortName() string {
	if !typ.IsHeap() {
		if i := strings.LastIndexByte(typ.Name, '.'); i >= 0 {
			return typ.Name[i+1:]
		}
	}
	return typ.Name
}

// flagHasWeakref marks a heap type whose instances have a __weakref__
// attribute (given by it or a base).
const flagHasWeakref TypeFlags = 1 << 21

// hasWeakref reports whether typ's instances already have __weakref__.
func (typ *Type) hasWeakref() bool {
	for b := typ; b != nil; b = b.Base {
		if b.Flags&flagHasWeakref != 0 {
			return true
		}
	}
	return false
}
