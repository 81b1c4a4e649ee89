package objects

import "fmt"

// Repr returns repr(v) as a *Str.
func Repr(t *Thread, v Value) (*Str, error) {
	f := v.Type().Repr
	if f == nil {
		f = objectRepr
	}
	r, err := f(t, v)
	if err != nil {
		return nil, err
	}
	switch s := r.(type) {
	case *Str:
		return s, nil
	case *Unicode:
		return encodeDefault(t, s)
	}
	if s, ok := Unwrap(r).(*Str); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
}

// ReprString returns repr(v) as a Go string.
func ReprString(t *Thread, v Value) (string, error) {
	s, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	return s.s, nil
}

// ToStr returns str(v) as a *Str.
func ToStr(t *Thread, v Value) (*Str, error) {
	if s, ok := v.(*Str); ok {
		return s, nil
	}
	f := v.Type().Str
	if f == nil {
		return Repr(t, v)
	}
	r, err := f(t, v)
	if err != nil {
		return nil, err
	}
	switch s := r.(type) {
	case *Str:
		return s, nil
	case *Unicode:
		return encodeDefault(t, s)
	}
	if s, ok := Unwrap(r).(*Str); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "__str__ returned non-string (type %s)", r.Type().Name)
}

// StrString returns str(v) as a Go string.
func StrString(t *Thread, v Value) (string, error) {
	s, err := ToStr(t, v)
	if err != nil {
		return "", err
	}
	return s.s, nil
}

// encodeDefault encodes a unicode result with the default encoding (ascii).
var encodeDefault = func(t *Thread, u *Unicode) (*Str, error) {
	b := make([]byte, 0, len(u.r))
	for i, r := range u.r {
		if r >= 128 {
			return nil, Errorf(UnicodeEncodeError, "'ascii' codec can't encode character u'\\x%02x' in position %d: ordinal not in range(128)", r, i)
		}
		b = append(b, byte(r))
	}
	return NewStr(string(b)), nil
}

func objectRepr(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	if typ.IsHeap() {
		mod := typ.Dict.GetString(t, "__module__")
		if ms, ok := mod.(*Str); ok && ms.s != "__builtin__" {
			return NewStr(fmt.Sprintf("<%s.%s object at %s>", ms.s, typ.Name, addr(v))), nil
		}
	}
	return NewStr(fmt.Sprintf("<%s object at %s>", typ.Name, addr(v))), nil
}

// addr formats an object's identity as CPython prints addresses.
func addr(v Value) string { return fmt.Sprintf("0x%x", Id(v)) }

// Hash returns hash(v).
func Hash(t *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case *Str:
		return x.hash(), nil
	case Int:
		if x == -1 {
			return -2, nil
		}
		return int64(x), nil
	}
	f := v.Type().Hash
	if f == nil {
		return 0, Errorf(TypeError, "unhashable type: '%s'", v.Type().Name)
	}
	return f(t, v)
}

// Call calls f(*args, **kw); kw holds (name *Str, value) pairs.
func Call(t *Thread, f Value, args, kw []Value) (Value, error) {
	c := f.Type().Call
	if c == nil {
		return nil, Errorf(TypeError, "'%s' object is not callable", f.Type().Name)
	}
	return c(t, f, args, kw)
}

// Callable reports whether v can be called.
func Callable(v Value) bool { return v.Type().Call != nil }

// GetAttr returns v.name.
func GetAttr(t *Thread, v Value, name *Str) (Value, error) {
	g := v.Type().GetAttr
	if g == nil {
		g = GenericGetAttr
	}
	return g(t, v, name)
}

// GetAttrString returns v.name for a Go string name.
func GetAttrString(t *Thread, v Value, name string) (Value, error) {
	return GetAttr(t, v, Intern(name))
}

// SetAttr sets v.name = val, or deletes v.name if val is nil.
func SetAttr(t *Thread, v Value, name *Str, val Value) error {
	s := v.Type().SetAttr
	if s == nil {
		if v.Type().GetAttr == nil {
			return GenericSetAttr(t, v, name, val)
		}
		if val == nil {
			return Errorf(TypeError, "'%s' object has only read-only attributes (del .%s)", v.Type().Name, name.s)
		}
		return Errorf(TypeError, "'%s' object has only read-only attributes (assign to .%s)", v.Type().Name, name.s)
	}
	return s(t, v, name, val)
}

// HasAttr reports whether getattr(v, name) succeeds; other errors than
// AttributeError... are reported as false, as in Python 2.7.
func HasAttr(t *Thread, v Value, name *Str) bool {
	_, err := GetAttr(t, v, name)
	return err == nil
}

// GenericGetAttr is object.__getattribute__.
func GenericGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	typ := v.Type()
	descr := typ.Lookup(t, name)
	var get func(t *Thread, descr, obj Value, typ Value) (Value, error)
	if descr != nil {
		dt := descr.Type()
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return get(t, descr, v, typ)
		}
	}
	if d := instanceDict(t, v); d != nil {
		if x := d.getStr(t, name); x != nil {
			return x, nil
		}
	}
	if get != nil {
		return get(t, descr, v, typ)
	}
	if descr != nil {
		return descr, nil
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.s)
}

// GenericSetAttr is object.__setattr__ (and __delattr__ when val is nil).
func GenericSetAttr(t *Thread, v Value, name *Str, val Value) error {
	typ := v.Type()
	descr := typ.Lookup(t, name)
	if descr != nil {
		if s := descr.Type().DescrSet; s != nil {
			return s(t, descr, v, val)
		}
	}
	if d := instanceDict(t, v); d != nil {
		if val == nil {
			found, err := d.DelItem(t, name)
			if err == nil && !found {
				if !dictMade(t, v, d) {
					// CPython makes the dict on the first assignment;
					// without one, the name is missing from the object.
					return Errorf(AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.s)
				}
				return Errorf(AttributeError, "%s", name.s)
			}
			return err
		}
		if o, ok := v.(*Instance); ok {
			o.markDict(t)
		}
		return d.SetItem(t, name, val)
	}
	if descr == nil {
		return Errorf(AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.s)
	}
	return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", typ.Name, name.s)
}

// Truth returns bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case *NoneType:
		return false, nil
	case *Str:
		return len(x.s) != 0, nil
	}
	typ := v.Type()
	if typ.Nonzero != nil {
		return typ.Nonzero(t, v)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, v)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(v).
func Len(t *Thread, v Value) (int, error) {
	f := v.Type().Len
	if f == nil {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", v.Type().Name)
	}
	return f(t, v)
}

// Iter returns iter(v).
func Iter(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	if typ.Iter != nil {
		it, err := typ.Iter(t, v)
		if err != nil {
			return nil, err
		}
		if it.Type().Next == nil {
			return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", it.Type().Name)
		}
		return it, nil
	}
	if typ.GetItem != nil {
		return NewSeqIter(v), nil
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", typ.Name)
}

// Next returns the next item of iterator it, or (nil, nil) at the end.
func Next(t *Thread, it Value) (Value, error) {
	n := it.Type().Next
	if n == nil {
		return nil, Errorf(TypeError, "%s object is not an iterator", it.Type().Name)
	}
	return n(t, it)
}

// ForEach calls fn for each item of iterable v until fn returns false or
// an error.
func ForEach(t *Thread, v Value, fn func(x Value) (bool, error)) error {
	switch x := v.(type) {
	case *List:
		if x.typ != nil && x.typ != ListType {
			break // a subclass may define its own __iter__
		}
		for i := 0; ; i++ {
			d := x.ref.Read(t.tx())
			if i >= d.len() {
				return nil
			}
			if more, err := fn(d.get(i)); err != nil || !more {
				return err
			}
		}
	case *Tuple:
		for _, item := range x.elems {
			if more, err := fn(item); err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	for {
		item, err := Next(t, it)
		if err != nil || item == nil {
			return err
		}
		if more, err := fn(item); err != nil || !more {
			return err
		}
	}
}

// ToSlice returns the items of iterable v.
func ToSlice(t *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *Tuple:
		return x.elems, nil
	case *List:
		if x.typ == nil || x.typ == ListType {
			return x.ref.Read(t.tx()).appendTo(nil), nil
		}
	}
	var out []Value
	err := ForEach(t, v, func(x Value) (bool, error) {
		out = append(out, x)
		return true, nil
	})
	return out, err
}

// GetItem returns v[k].
func GetItem(t *Thread, v, k Value) (Value, error) {
	f := v.Type().GetItem
	if f == nil {
		if hasSequenceMethods(v.Type()) && isIndexValue(k) {
			return nil, Errorf(TypeError, "'%s' object does not support indexing", v.Type().Name)
		}
		return nil, Errorf(TypeError, "'%s' object has no attribute '__getitem__'", v.Type().Name)
	}
	return f(t, v, k)
}

// hasSequenceMethods reports whether CPython would give typ sequence
// methods (tp_as_sequence), which decides the wording of its errors for
// indexing: every class defined in Python has them, and so has every
// built-in type with a length or a membership test.
func hasSequenceMethods(typ *Type) bool {
	return typ.IsHeap() || typ.Len != nil || typ.Contains != nil
}

// SetItem sets v[k] = x, or deletes v[k] when x is nil.
func SetItem(t *Thread, v, k, x Value) error {
	f := v.Type().SetItem
	if f == nil {
		if x == nil {
			if hasSequenceMethods(v.Type()) && isIndexValue(k) {
				return Errorf(TypeError, "'%s' object doesn't support item deletion", v.Type().Name)
			}
			return Errorf(TypeError, "'%s' object does not support item deletion", v.Type().Name)
		}
		return Errorf(TypeError, "'%s' object does not support item assignment", v.Type().Name)
	}
	return f(t, v, k, x)
}

// isIndexValue reports whether k can be used as a sequence index
// (PyIndex_Check).
func isIndexValue(k Value) bool {
	switch k.(type) {
	case Int, Bool, *Long:
		return true
	}
	n := k.Type().Number
	return n != nil && n.Index != nil
}

// Contains returns x in v.
func Contains(t *Thread, v, x Value) (bool, error) {
	if f := v.Type().Contains; f != nil {
		return f(t, v, x)
	}
	if v.Type().Iter == nil && v.Type().GetItem == nil {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", v.Type().Name)
	}
	found := false
	err := ForEach(t, v, func(y Value) (bool, error) {
		eq, err := Equal(t, y, x)
		if err != nil {
			return false, err
		}
		found = eq
		return !eq, nil
	})
	return found, err
}

// IndexOf returns v as an index (CPython's PyNumber_AsSsize_t with
// clipping as slices use it).
func IndexOf(t *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	switch x := r.(type) {
	case Int:
		return int(x), nil
	case *Long:
		if x.v.IsInt64() {
			return int(x.v.Int64()), nil
		}
		if x.v.Sign() < 0 {
			return minInt, nil
		}
		return maxInt, nil
	}
	return 0, Errorf(TypeError, "__index__ returned non-(int,long) (type %s)", r.Type().Name)
}

const (
	maxInt = int(^uint(0) >> 1)
	minInt = -maxInt - 1
)

// Index returns v.__index__() as an int or long.
func Index(t *Thread, v Value) (Value, error) {
	switch v.(type) {
	case Int, *Long:
		return v, nil
	case Bool:
		return Int(boolInt(v.(Bool))), nil
	}
	if n := v.Type().Number; n != nil && n.Index != nil {
		r, err := n.Index(t, v)
		if err != nil {
			return nil, err
		}
		switch Unwrap(r).(type) {
		case Int, *Long, Bool:
			return r, nil
		}
		return nil, Errorf(TypeError, "__index__ returned non-(int,long) (type %s)", r.Type().Name)
	}
	return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an index", v.Type().Name)
}

func boolInt(b Bool) int64 {
	if b {
		return 1
	}
	return 0
}

// CmpResult converts a __cmp__ result to -1, 0 or 1.
func CmpResult(t *Thread, r Value) (int, error) {
	switch x := Unwrap(r).(type) {
	case Int:
		return sign64(int64(x)), nil
	case Bool:
		return int(boolInt(x)), nil
	case *Long:
		if !x.v.IsInt64() {
			return 0, Errorf(OverflowError, "Python int too large to convert to C long")
		}
		return x.v.Sign(), nil
	}
	// PyInt_AsLong: through __int__ when the result has one.
	if n := r.Type().Number; n != nil && n.Int != nil {
		v, err := n.Int(t, r)
		if err != nil {
			return 0, err
		}
		switch v.(type) {
		case Int, Bool, *Long:
			return CmpResult(t, v)
		}
		return 0, Errorf(TypeError, "nb_int should return int object")
	}
	return 0, Errorf(TypeError, "an integer is required")
}

func sign64(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}
