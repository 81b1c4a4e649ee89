package objects

import (
	"strings"

	"github.com/pystm/pystm/stm"
)

// ByteArray is a Python bytearray (or an instance of a subclass): a
// mutable byte string whose contents live behind a barrier.
type ByteArray struct {
	typ  *Type
	inst *instData
	ref  stm.Ref[byteArrayData]
}

// byteArrayData is a bytearray's payload. Copier: bytes are written in
// place (b[i] = c, appends into spare capacity), so a private copy
// clones them, with the same capacity (which __sizeof__ shows).
type byteArrayData struct {
	b []byte
}

// STMCopy gives a transaction's new private copy bytes of its own.
func (d *byteArrayData) STMCopy() {
	if d.b != nil {
		b := make([]byte, len(d.b), cap(d.b))
		copy(b, d.b)
		d.b = b
	}
}

// Type returns the bytearray's type.
func (b *ByteArray) Type() *Type { return b.typ }

// NewByteArray returns a bytearray holding a copy of data.
func NewByteArray(data []byte) *ByteArray {
	return newByteArrayFrom(ByteArrayType, append([]byte(nil), data...))
}

// newByteArrayFrom returns a bytearray of type typ holding data (which it
// keeps).
func newByteArrayFrom(typ *Type, data []byte) *ByteArray {
	b := &ByteArray{typ: typ}
	if typ != ByteArrayType && typ.Flags&FlagHasDict != 0 {
		b.inst = &instData{}
		b.inst.ref.Init(&instState{dict: NewDict()})
	}
	b.ref.Init(&byteArrayData{b: data})
	return b
}

// Bytes returns a copy of the contents.
func (b *ByteArray) Bytes(t *Thread) []byte { return append([]byte(nil), b.bytes(t)...) }

// bytes returns the contents as the transaction sees them; the caller
// must not modify or keep them.
func (b *ByteArray) bytes(t *Thread) []byte { return b.ref.Read(t.tx()).b }

func (b *ByteArray) setBytes(t *Thread, data []byte) { b.ref.Write(t.tx()).b = data }

func (b *ByteArray) instDict(t *Thread) *Dict {
	if b.inst == nil {
		return nil
	}
	return b.inst.ref.Read(t.tx()).dict
}

func baSelf(self Value) *ByteArray {
	b, _ := self.(*ByteArray)
	return b
}

// errNoBuffer is the TypeError for an argument without the buffer API.
func errNoBuffer(v Value) error {
	return Errorf(TypeError, "Type %s doesn't support the buffer API", v.Type().Name)
}

// baBuffer returns the bytes of a buffer argument (str or bytearray).
func baBuffer(t *Thread, v Value) (string, error) {
	if s, ok := AsString(v); ok {
		return s, nil
	}
	if b, ok := v.(*ByteArray); ok {
		return string(b.bytes(t)), nil
	}
	return "", errNoBuffer(v)
}

// byteValue converts an item stored into a bytearray: an int in
// range(256) or a one-character str.
func byteValue(t *Thread, v Value) (byte, error) {
	if s, ok := AsString(v); ok {
		if len(s) != 1 {
			return 0, Errorf(ValueError, "string must be of size 1")
		}
		return s[0], nil
	}
	switch Unwrap(v).(type) {
	case Int, Bool, *Long:
	default:
		if n := v.Type().Number; n == nil || n.Index == nil {
			return 0, Errorf(TypeError, "an integer or string of size 1 is required")
		}
	}
	x, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	var n int64
	switch x := x.(type) {
	case Int:
		n = int64(x)
	case *Long:
		if !x.v.IsInt64() {
			return 0, Errorf(ValueError, "byte must be in range(0, 256)")
		}
		n = x.v.Int64()
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesFromIterable collects the bytes of an iterable of ints and
// one-character strs.
func bytesFromIterable(t *Thread, v Value) ([]byte, error) {
	var out []byte
	err := ForEach(t, v, func(x Value) (bool, error) {
		c, err := byteValue(t, x)
		if err != nil {
			return false, err
		}
		out = append(out, c)
		return true, nil
	})
	return out, err
}

// bytesOf returns the bytes bytearray(v) holds for a source v.
func bytesOfSource(t *Thread, v Value) ([]byte, error) {
	if s, ok := AsString(v); ok {
		return []byte(s), nil
	}
	if b, ok := v.(*ByteArray); ok {
		return b.Bytes(t), nil
	}
	if _, ok := asUnicode(v); ok {
		return nil, Errorf(TypeError, "unicode argument without an encoding")
	}
	switch x := Unwrap(v).(type) {
	case Int, *Long:
		n, err := AsIndex(t, x)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		if n > maxStrSize {
			return nil, errNoMemory()
		}
		return make([]byte, n), nil
	}
	if n := v.Type().Number; n != nil && n.Index != nil {
		if _, isBool := v.(Bool); !isBool {
			c, err := IndexOf(t, v)
			if err != nil {
				return nil, err
			}
			if c < 0 {
				return nil, Errorf(ValueError, "negative count")
			}
			return make([]byte, c), nil
		}
	}
	return bytesFromIterable(t, v)
}

func bytearrayNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	return newByteArrayFrom(typ, nil), nil
}

func bytearrayInit(t *Thread, self Value, args, kw []Value) error {
	b := baSelf(self)
	pa, err := parseArgs("bytearray", args, kw, []string{"source", "encoding", "errors"}, 0)
	if err != nil {
		return err
	}
	if pa[0] == nil {
		if pa[1] != nil || pa[2] != nil {
			return Errorf(TypeError, "encoding or errors without sequence argument")
		}
		b.setBytes(t, nil)
		return nil
	}
	if pa[1] != nil || pa[2] != nil {
		enc, errs := "", "strict"
		if pa[1] != nil {
			if enc, err = stringArg("bytearray", 2, pa[1]); err != nil {
				return err
			}
		}
		if pa[2] != nil {
			if errs, err = stringArg("bytearray", 3, pa[2]); err != nil {
				return err
			}
		}
		u, ok := asUnicode(pa[0])
		if !ok {
			if str, isStr := asStr(pa[0]); isStr {
				// 2.7 encodes a str (so decoding errors show) but then
				// keeps the str's own bytes.
				if enc == "" {
					enc = "ascii"
				}
				dec, err := Decode(t, str.s, "ascii", "strict")
				if err != nil {
					return err
				}
				if _, err := Encode(t, dec, enc, errs); err != nil {
					return err
				}
				b.setBytes(t, []byte(str.s))
				return nil
			}
			return Errorf(TypeError, "encoding or errors without a string argument")
		}
		if enc == "" {
			return Errorf(TypeError, "unicode argument without an encoding")
		}
		s, err := Encode(t, u, enc, errs)
		if err != nil {
			return err
		}
		b.setBytes(t, []byte(s.s))
		return nil
	}
	data, err := bytesOfSource(t, pa[0])
	if err != nil {
		return err
	}
	b.setBytes(t, data)
	return nil
}

func bytearrayRepr(t *Thread, v Value) (Value, error) {
	b := baSelf(v)
	var sb strings.Builder
	sb.WriteString("bytearray(b")
	writeBytesRepr(&sb, string(b.bytes(t)))
	sb.WriteByte(')')
	return NewStr(sb.String()), nil
}

func bytearrayStr(t *Thread, v Value) (Value, error) {
	return NewStr(string(baSelf(v).bytes(t))), nil
}

func bytearrayCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	x, err := compareBuffer(t, a)
	if err != nil {
		return NotImplemented, nil
	}
	y, err := compareBuffer(t, b)
	if err != nil {
		return NotImplemented, nil
	}
	return NewBool(cmpOrdered(x, y, op)), nil
}

func compareBuffer(t *Thread, v Value) (string, error) {
	if _, ok := asUnicode(v); ok {
		return "", errNoBuffer(v)
	}
	return baBuffer(t, v)
}

func bytearrayLen(t *Thread, v Value) (int, error) { return len(baSelf(v).bytes(t)), nil }

func bytearrayGetItem(t *Thread, v, key Value) (Value, error) {
	data := baSelf(v).bytes(t)
	i, ok, err := strSubscriptIndex(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		if i < 0 {
			i += len(data)
		}
		if i < 0 || i >= len(data) {
			return nil, Errorf(IndexError, "bytearray index out of range")
		}
		return Int(data[i]), nil
	}
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(t, len(data))
		if err != nil {
			return nil, err
		}
		out := make([]byte, n)
		for j := range out {
			out[j] = data[start+j*step]
		}
		return newByteArrayFrom(ByteArrayType, out), nil
	}
	return nil, Errorf(TypeError, "bytearray indices must be integers")
}

// assignSource returns the bytes assigned to a slice of a bytearray.
func assignSource(t *Thread, v Value) ([]byte, error) {
	if s, ok := AsString(v); ok {
		return []byte(s), nil
	}
	if b, ok := v.(*ByteArray); ok {
		return b.Bytes(t), nil
	}
	if _, ok := asUnicode(v); ok {
		return nil, Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	if v.Type().Iter == nil && v.Type().GetItem == nil {
		return nil, Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	return bytesFromIterable(t, v)
}

func bytearraySetItem(t *Thread, v, key, val Value) error {
	b := baSelf(v)
	data := b.bytes(t)
	i, ok, err := strSubscriptIndex(t, key)
	if err != nil {
		return err
	}
	if ok {
		if i < 0 {
			i += len(data)
		}
		if i < 0 || i >= len(data) {
			return Errorf(IndexError, "bytearray index out of range")
		}
		if val == nil {
			nb := append(append([]byte(nil), data[:i]...), data[i+1:]...)
			b.setBytes(t, nb)
			return nil
		}
		c, err := byteValue(t, val)
		if err != nil {
			return err
		}
		b.ref.Write(t.tx()).b[i] = c
		return nil
	}
	sl, isSlice := key.(*Slice)
	if !isSlice {
		return Errorf(TypeError, "bytearray indices must be integers")
	}
	start, stop, step, n, err := sl.Indices(t, len(data))
	if err != nil {
		return err
	}
	var src []byte
	if val != nil {
		if src, err = assignSource(t, val); err != nil {
			return err
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		nb := make([]byte, 0, len(data)-n+len(src))
		nb = append(nb, data[:start]...)
		nb = append(nb, src...)
		nb = append(nb, data[start+n:]...)
		b.setBytes(t, nb)
		return nil
	}
	if val == nil {
		del := make(map[int]bool, n)
		for j := 0; j < n; j++ {
			del[start+j*step] = true
		}
		nb := make([]byte, 0, len(data)-n)
		for j, c := range data {
			if !del[j] {
				nb = append(nb, c)
			}
		}
		b.setBytes(t, nb)
		return nil
	}
	if len(src) != n {
		return Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	w := b.ref.Write(t.tx()).b
	for j := 0; j < n; j++ {
		w[start+j*step] = src[j]
	}
	return nil
}

func bytearrayContains(t *Thread, v, x Value) (bool, error) {
	data := baSelf(v).bytes(t)
	switch Unwrap(x).(type) {
	case Int, Bool, *Long:
		c, err := byteValue(t, x)
		if err != nil {
			return false, err
		}
		return strings.IndexByte(string(data), c) >= 0, nil
	}
	if _, ok := asUnicode(x); ok {
		return false, errNoBuffer(x)
	}
	s, err := baBuffer(t, x)
	if err != nil {
		return false, err
	}
	return strings.Contains(string(data), s), nil
}

func concatError(b Value) error {
	return Errorf(TypeError, "can't concat bytearray to %s", b.Type().Name)
}

func bytearrayConcat(t *Thread, a, b Value) (Value, error) {
	x, err := baBuffer(t, a)
	if err != nil {
		return nil, concatError(a)
	}
	y, err := baBuffer(t, b)
	if err != nil {
		return nil, concatError(b)
	}
	return newByteArrayFrom(ByteArrayType, []byte(x+y)), nil
}

func bytearrayIConcat(t *Thread, a, b Value) (Value, error) {
	y, err := baBuffer(t, b)
	if err != nil {
		return nil, concatError(b)
	}
	ba := baSelf(a)
	w := ba.ref.Write(t.tx())
	w.b = append(w.b, y...)
	return ba, nil
}

func bytearrayRepeat(t *Thread, v Value, n int) (Value, error) {
	data := baSelf(v).bytes(t)
	if n <= 0 || len(data) == 0 {
		return newByteArrayFrom(ByteArrayType, nil), nil
	}
	if n > maxStrSize/len(data) {
		return nil, errNoMemory()
	}
	return newByteArrayFrom(ByteArrayType, []byte(strings.Repeat(string(data), n))), nil
}

func bytearrayIRepeat(t *Thread, v Value, n int) (Value, error) {
	b := baSelf(v)
	data := b.bytes(t)
	if n <= 0 || len(data) == 0 {
		b.setBytes(t, nil)
		return b, nil
	}
	if n > maxStrSize/len(data) {
		return nil, errNoMemory()
	}
	b.setBytes(t, []byte(strings.Repeat(string(data), n)))
	return b, nil
}

// ByteArrayIterType is the type of iter(bytearray).
var ByteArrayIterType = NewBuiltinType("bytearray_iterator", ObjectType, FlagIterSelf)

func bytearray_append(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("append", args, kw, 1, 1); err != nil {
		return nil, Errorf(TypeError, "append() takes exactly one argument (%d given)", len(args))
	}
	c, err := byteValue(t, args[0])
	if err != nil {
		return nil, err
	}
	w := baSelf(self).ref.Write(t.tx())
	w.b = append(w.b, c)
	return None, nil
}

func bytearray_extend(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return nil, Errorf(TypeError, "extend() takes exactly one argument (%d given)", len(args))
	}
	var add []byte
	if s, err := baBuffer(t, args[0]); err == nil {
		add = []byte(s)
	} else {
		if add, err = bytesFromIterable(t, args[0]); err != nil {
			return nil, err
		}
	}
	w := baSelf(self).ref.Write(t.tx())
	w.b = append(w.b, add...)
	return None, nil
}

func bytearray_insert(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("insert", args, kw, 2, 2); err != nil {
		return nil, err
	}
	i, err := IndexOf(t, args[0])
	if err != nil {
		return nil, err
	}
	c, err := byteValue(t, args[1])
	if err != nil {
		return nil, err
	}
	b := baSelf(self)
	data := b.bytes(t)
	n := len(data)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	nb := make([]byte, 0, n+1)
	nb = append(nb, data[:i]...)
	nb = append(nb, c)
	nb = append(nb, data[i:]...)
	b.setBytes(t, nb)
	return None, nil
}

func bytearray_pop(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("pop", args, kw, 0, 1); err != nil {
		return nil, err
	}
	b := baSelf(self)
	data := b.bytes(t)
	i := -1
	if len(args) > 0 {
		var err error
		if i, err = IndexOf(t, args[0]); err != nil {
			return nil, err
		}
	}
	if len(data) == 0 {
		return nil, Errorf(IndexError, "pop from empty bytearray")
	}
	if i < 0 {
		i += len(data)
	}
	if i < 0 || i >= len(data) {
		return nil, Errorf(IndexError, "pop index out of range")
	}
	c := data[i]
	nb := append(append([]byte(nil), data[:i]...), data[i+1:]...)
	b.setBytes(t, nb)
	return Int(c), nil
}

func bytearray_remove(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return nil, Errorf(TypeError, "remove() takes exactly one argument (%d given)", len(args))
	}
	c, err := byteValue(t, args[0])
	if err != nil {
		return nil, err
	}
	b := baSelf(self)
	data := b.bytes(t)
	i := strings.IndexByte(string(data), c)
	if i < 0 {
		return nil, Errorf(ValueError, "value not found in bytearray")
	}
	nb := append(append([]byte(nil), data[:i]...), data[i+1:]...)
	b.setBytes(t, nb)
	return None, nil
}

func bytearray_reverse(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("reverse", args, kw); err != nil {
		return nil, err
	}
	b := baSelf(self)
	data := b.bytes(t)
	nb := make([]byte, len(data))
	for i, c := range data {
		nb[len(data)-1-i] = c
	}
	b.setBytes(t, nb)
	return None, nil
}

func bytearray_join(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return nil, Errorf(TypeError, "join() takes exactly one argument (%d given)", len(args))
	}
	sep := string(baSelf(self).bytes(t))
	items, err := ToSlice(t, args[0])
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(items))
	for i, it := range items {
		s, err := baBuffer(t, it)
		if err != nil {
			return nil, Errorf(TypeError, "can only join an iterable of bytes (item %d has type '%s')", i, it.Type().Name)
		}
		parts[i] = s
	}
	r, err := joinStrings(parts, sep)
	if err != nil {
		return nil, err
	}
	return newByteArrayFrom(ByteArrayType, []byte(r)), nil
}

func bytearray_fromhex(t *Thread, cls Value, args, kw []Value) (Value, error) {
	if err := checkArgs("fromhex", args, kw, 1, 1); err != nil {
		return nil, err
	}
	var s string
	if u, ok := asUnicode(args[0]); ok {
		es, err := encodeDefault(t, u)
		if err != nil {
			return nil, err
		}
		s = es.s
	} else if x, ok := AsString(args[0]); ok {
		s = x
	} else {
		return nil, Errorf(TypeError, "fromhex() argument 1 must be string or read-only buffer, not %s", typeNameOf(args[0]))
	}
	var out []byte
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		h := hexVal(s[i])
		if h < 0 || i+1 >= len(s) || hexVal(s[i+1]) < 0 {
			pos := i
			if h >= 0 {
				pos = i + 1
			}
			if h >= 0 && i+1 >= len(s) {
				pos = i
			}
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		out = append(out, byte(h<<4|hexVal(s[i+1])))
		i += 2
	}
	typ, _ := cls.(*Type)
	if typ == nil || typ == ByteArrayType {
		return newByteArrayFrom(ByteArrayType, out), nil
	}
	return Call(t, typ, []Value{newByteArrayFrom(ByteArrayType, out)}, nil)
}

func bytearray_alloc(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("__alloc__", args, kw); err != nil {
		return nil, err
	}
	n := len(baSelf(self).bytes(t))
	if n == 0 {
		return Int(0), nil
	}
	return Int(n + 1), nil
}

func bytearray_reduce(t *Thread, self Value, args, kw []Value) (Value, error) {
	b := baSelf(self)
	data := b.bytes(t)
	r := make([]rune, len(data))
	for i, c := range data {
		r[i] = rune(c)
	}
	var dict Value = None
	if d := b.instDict(t); d != nil && d.Len(t) > 0 {
		dict = d
	}
	return NewTuple(b.Type(), NewTuple(NewUnicode(r), NewStr("latin-1")), dict), nil
}

func bytearray_sizeof(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("__sizeof__", args, kw); err != nil {
		return nil, err
	}
	return Int(56 + cap(baSelf(self).bytes(t))), nil
}

// baFromStrResult converts a str method's result to bytearray form.
func baFromStrResult(t *Thread, v Value) Value {
	switch x := v.(type) {
	case *Str:
		return newByteArrayFrom(ByteArrayType, []byte(x.s))
	case *List:
		items := x.Items(t)
		out := make([]Value, len(items))
		for i, it := range items {
			out[i] = baFromStrResult(t, it)
		}
		return NewList(out)
	case *Tuple:
		out := make([]Value, len(x.elems))
		for i, it := range x.elems {
			out[i] = baFromStrResult(t, it)
		}
		return NewTuple(out...)
	}
	return v
}

// baViaStr makes a bytearray method from the str method fn: the buffer
// arguments at positions bufArgs are converted to str (None kept when
// noneOK), the result converted back.
func baViaStr(fn func(t *Thread, self Value, args, kw []Value) (Value, error), noneOK bool, bufArgs ...int) func(t *Thread, self Value, args, kw []Value) (Value, error) {
	return func(t *Thread, self Value, args, kw []Value) (Value, error) {
		s := NewStr(string(baSelf(self).bytes(t)))
		if len(bufArgs) > 0 {
			args = append([]Value(nil), args...)
			for _, i := range bufArgs {
				if i >= len(args) || (noneOK && args[i] == None) {
					continue
				}
				if tu, ok := args[i].(*Tuple); ok && i == 0 {
					conv := make([]Value, len(tu.elems))
					for j, x := range tu.elems {
						bs, err := baBuffer(t, x)
						if err != nil {
							return nil, err
						}
						conv[j] = NewStr(bs)
					}
					args[i] = NewTuple(conv...)
					continue
				}
				bs, err := baBuffer(t, args[i])
				if err != nil {
					return nil, err
				}
				args[i] = NewStr(bs)
			}
		}
		r, err := fn(t, s, args, kw)
		if err != nil {
			return nil, err
		}
		return baFromStrResult(t, r), nil
	}
}

// baIndex gives index and rindex bytearray's message.
func baIndex(fn func(t *Thread, self Value, args, kw []Value) (Value, error)) func(t *Thread, self Value, args, kw []Value) (Value, error) {
	return func(t *Thread, self Value, args, kw []Value) (Value, error) {
		r, err := fn(t, self, args, kw)
		if err != nil && IsInstanceExc(err, ValueError) {
			return nil, Errorf(ValueError, "subsection not found")
		}
		return r, err
	}
}

func init() {
	ByteArrayType.New = bytearrayNew
	ByteArrayType.Init = bytearrayInit
	ByteArrayType.Repr = bytearrayRepr
	ByteArrayType.Str = bytearrayStr
	ByteArrayType.Compare = bytearrayCompare
	ByteArrayType.Len = bytearrayLen
	ByteArrayType.GetItem = bytearrayGetItem
	ByteArrayType.SetItem = bytearraySetItem
	ByteArrayType.Contains = bytearrayContains
	ByteArrayType.Concat = bytearrayConcat
	ByteArrayType.IConcat = bytearrayIConcat
	ByteArrayType.Repeat = bytearrayRepeat
	ByteArrayType.IRepeat = bytearrayIRepeat
	ByteArrayType.Iter = func(t *Thread, v Value) (Value, error) {
		return newStrIter(baSelf(v), ByteArrayIterType), nil
	}
	ByteArrayIterType.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	ByteArrayIterType.Next = strIterNext

	ByteArrayType.AddMethods([]MethodDef{
		{Name: "append", Fn: bytearray_append},
		{Name: "capitalize", Fn: baViaStr(str_capitalize, false)},
		{Name: "center", Fn: baViaStr(str_center, false)},
		{Name: "count", Fn: baViaStr(str_count, false, 0)},
		{Name: "decode", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			return str_decode(t, NewStr(string(baSelf(self).bytes(t))), args, kw)
		}},
		{Name: "endswith", Fn: baViaStr(str_endswith, false, 0)},
		{Name: "expandtabs", Fn: baViaStr(str_expandtabs, false)},
		{Name: "extend", Fn: bytearray_extend},
		{Name: "find", Fn: baViaStr(str_find, false, 0)},
		{Name: "index", Fn: baIndex(baViaStr(str_index, false, 0))},
		{Name: "insert", Fn: bytearray_insert},
		{Name: "isalnum", Fn: baViaStr(strPredicate("isalnum", isAlnumByte), false)},
		{Name: "isalpha", Fn: baViaStr(strPredicate("isalpha", isAlphaByte), false)},
		{Name: "isdigit", Fn: baViaStr(strPredicate("isdigit", isDigitByte), false)},
		{Name: "islower", Fn: baViaStr(str_islower, false)},
		{Name: "isspace", Fn: baViaStr(strPredicate("isspace", isSpaceByte), false)},
		{Name: "istitle", Fn: baViaStr(str_istitle, false)},
		{Name: "isupper", Fn: baViaStr(str_isupper, false)},
		{Name: "join", Fn: bytearray_join},
		{Name: "ljust", Fn: baViaStr(str_ljust, false)},
		{Name: "lower", Fn: baViaStr(str_lower, false)},
		{Name: "lstrip", Fn: baViaStr(str_lstrip, true, 0)},
		{Name: "partition", Fn: baViaStr(str_partition, false, 0)},
		{Name: "pop", Fn: bytearray_pop},
		{Name: "remove", Fn: bytearray_remove},
		{Name: "replace", Fn: baViaStr(str_replace, false, 0, 1)},
		{Name: "reverse", Fn: bytearray_reverse},
		{Name: "rfind", Fn: baViaStr(str_rfind, false, 0)},
		{Name: "rindex", Fn: baIndex(baViaStr(str_rindex, false, 0))},
		{Name: "rjust", Fn: baViaStr(str_rjust, false)},
		{Name: "rpartition", Fn: baViaStr(str_rpartition, false, 0)},
		{Name: "rsplit", Fn: baViaStr(str_rsplit, true, 0)},
		{Name: "rstrip", Fn: baViaStr(str_rstrip, true, 0)},
		{Name: "split", Fn: baViaStr(str_split, true, 0)},
		{Name: "splitlines", Fn: baViaStr(str_splitlines, false)},
		{Name: "startswith", Fn: baViaStr(str_startswith, false, 0)},
		{Name: "strip", Fn: baViaStr(str_strip, true, 0)},
		{Name: "swapcase", Fn: baViaStr(str_swapcase, false)},
		{Name: "title", Fn: baViaStr(str_title, false)},
		{Name: "translate", Fn: baViaStr(str_translate, true, 0, 1)},
		{Name: "upper", Fn: baViaStr(str_upper, false)},
		{Name: "zfill", Fn: baViaStr(str_zfill, false)},
		{Name: "__alloc__", Fn: bytearray_alloc},
		{Name: "__reduce__", Fn: bytearray_reduce},
		{Name: "__sizeof__", Fn: bytearray_sizeof},
	})
	ByteArrayType.AddClassMethods([]MethodDef{{Name: "fromhex", Fn: bytearray_fromhex}})
}
