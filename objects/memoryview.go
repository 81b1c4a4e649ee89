package objects

import "fmt"

// This file holds Python 2.7's memoryview type: a one-dimensional view
// of bytes ('B' format) of an object with the new buffer interface (a
// str, a bytearray, a buffer or another memoryview), writable when the
// object is a bytearray. A view reads and writes its object at every
// access; unlike CPython it does not keep a bytearray from being resized
// while it exists.

// MemoryViewType is the type of memoryview objects; it may not be
// subclassed.
var MemoryViewType = NewBuiltinType("memoryview", ObjectType, 0)

// MemoryView is memoryview(object), or a slice of one.
type MemoryView struct {
	base     Value // the object whose bytes are viewed (never a memoryview)
	offset   int
	size     int
	readonly bool
}

// Type returns memoryview.
func (*MemoryView) Type() *Type { return MemoryViewType }

// newBufferBytes returns the bytes of v if v has the new buffer
// interface, and whether they may be written.
func newBufferBytes(t *Thread, v Value) (data string, writable, ok bool) {
	switch x := Unwrap(v).(type) {
	case *Str:
		return x.s, false, true
	case *ByteArray:
		return string(x.bytes(t)), true, true
	case *Buffer:
		return x.view(t), false, true
	case *MemoryView:
		return x.view(t), !x.readonly, true
	}
	return "", false, false
}

// NewMemoryView returns memoryview(v).
func NewMemoryView(t *Thread, v Value) (*MemoryView, error) {
	data, writable, ok := newBufferBytes(t, v)
	if !ok {
		return nil, Errorf(TypeError, "cannot make memory view because object does not have the buffer interface")
	}
	if m, ok := v.(*MemoryView); ok {
		return &MemoryView{base: m.base, offset: m.offset, size: m.size, readonly: m.readonly}, nil
	}
	return &MemoryView{base: v, size: len(data), readonly: !writable}, nil
}

// view returns the bytes the memoryview shows now (fewer if its object
// has shrunk).
func (m *MemoryView) view(t *Thread) string {
	s, _, _ := newBufferBytes(t, m.base)
	lo := min(m.offset, len(s))
	hi := min(m.offset+m.size, len(s))
	return s[lo:hi]
}

func memoryviewNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	a, err := ParseTupleKw("memoryview", args, kw, 1, []string{"object"}, nil)
	if err != nil {
		return nil, err
	}
	return NewMemoryView(t, a[0])
}

// memoryIndex converts a subscript that is not a slice, or fails with
// "cannot index memory using ...".
func memoryIndex(t *Thread, key Value) (int, error) {
	if n := key.Type().Number; n != nil && n.Index != nil || IsIntegral(key) {
		return IndexOf(t, key)
	}
	return 0, Errorf(TypeError, "cannot index memory using \"%s\"", key.Type().Name)
}

func memoryviewGetItem(t *Thread, v, key Value) (Value, error) {
	m := v.(*MemoryView)
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(t, m.size)
		if err != nil {
			return nil, err
		}
		if step != 1 {
			return nil, NewException(NotImplementedError)
		}
		return &MemoryView{base: m.base, offset: m.offset + start, size: n, readonly: m.readonly}, nil
	}
	i, err := memoryIndex(t, key)
	if err != nil {
		return nil, err
	}
	s := m.view(t)
	if i < 0 {
		i += m.size
	}
	if i < 0 || i >= m.size || i >= len(s) {
		return nil, Errorf(IndexError, "index out of bounds")
	}
	return CharStr(s[i]), nil
}

func memoryviewSetItem(t *Thread, v, key, val Value) error {
	m := v.(*MemoryView)
	if m.readonly {
		return Errorf(TypeError, "cannot modify read-only memory")
	}
	if val == nil {
		return Errorf(TypeError, "cannot delete memory")
	}
	var start, n int
	if sl, ok := key.(*Slice); ok {
		st, _, step, cnt, err := sl.Indices(t, m.size)
		if err != nil {
			return err
		}
		if step != 1 {
			return NewException(NotImplementedError)
		}
		start, n = st, cnt
	} else {
		i, err := memoryIndex(t, key)
		if err != nil {
			return err
		}
		if i < 0 {
			i += m.size
		}
		if i < 0 || i >= m.size {
			return Errorf(IndexError, "index out of bounds")
		}
		start, n = i, 1
	}
	src, _, ok := newBufferBytes(t, val)
	if !ok {
		return Errorf(TypeError, "'%s' does not have the buffer interface", val.Type().Name)
	}
	if len(src) != n {
		return Errorf(ValueError, "cannot modify size of memoryview object")
	}
	b := Unwrap(m.base).(*ByteArray)
	data := append([]byte(nil), b.bytes(t)...)
	lo := m.offset + start
	if lo+n > len(data) {
		return Errorf(IndexError, "index out of bounds")
	}
	copy(data[lo:lo+n], src)
	b.setBytes(t, data)
	return nil
}

// memoryviewCompare is == and != between objects with the new buffer
// interface, by their bytes; other comparisons are not implemented.
func memoryviewCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	x, _, ok1 := newBufferBytes(t, a)
	y, _, ok2 := newBufferBytes(t, b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return NewBool((x == y) == (op == EQ)), nil
}

func memoryviewNoArgs(name string, args, kw []Value) error {
	if len(kw) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

func init() {
	MemoryViewType.New = memoryviewNew
	MemoryViewType.Repr = func(t *Thread, v Value) (Value, error) {
		return NewStr(fmt.Sprintf("<memory at %s>", addr(v))), nil
	}
	MemoryViewType.Hash = func(t *Thread, v Value) (int64, error) {
		return 0, Errorf(TypeError, "unhashable type: 'memoryview'")
	}
	MemoryViewType.AddAttr("__hash__", None)
	MemoryViewType.Len = func(t *Thread, v Value) (int, error) { return v.(*MemoryView).size, nil }
	MemoryViewType.GetItem = memoryviewGetItem
	MemoryViewType.SetItem = memoryviewSetItem
	MemoryViewType.Compare = memoryviewCompare
	MemoryViewType.AddAttr("__doc__", NewStr("memoryview(object)\n\nCreate a new memoryview object which references the given object."))
	MemoryViewType.AddMethods([]MethodDef{
		{Name: "tobytes", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := memoryviewNoArgs("tobytes", args, kw); err != nil {
				return nil, err
			}
			return NewStr(self.(*MemoryView).view(t)), nil
		}},
		{Name: "tolist", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := memoryviewNoArgs("tolist", args, kw); err != nil {
				return nil, err
			}
			s := self.(*MemoryView).view(t)
			items := make([]Value, len(s))
			for i := 0; i < len(s); i++ {
				items[i] = Int(s[i])
			}
			return NewList(items), nil
		}},
	})
	get := func(name string, f func(m *MemoryView) Value) GetSet {
		return GetSet{Name: name, Get: func(t *Thread, self Value) (Value, error) { return f(self.(*MemoryView)), nil }}
	}
	MemoryViewType.AddGetSets([]GetSet{
		get("format", func(m *MemoryView) Value { return NewStr("B") }),
		get("itemsize", func(m *MemoryView) Value { return NewLongInt64(1) }),
		get("ndim", func(m *MemoryView) Value { return NewLongInt64(1) }),
		get("readonly", func(m *MemoryView) Value { return NewBool(m.readonly) }),
		get("shape", func(m *MemoryView) Value { return NewTuple(NewLongInt64(int64(m.size))) }),
		get("strides", func(m *MemoryView) Value { return NewTuple(NewLongInt64(1)) }),
		get("suboffsets", func(m *MemoryView) Value { return None }),
	})
}
