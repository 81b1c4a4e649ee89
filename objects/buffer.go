package objects

import (
	"fmt"
	"strings"

	"github.com/pystm/pystm/stm"
)

// This file holds Python 2.7's buffer type: a read-only view of part of
// an object's bytes (a str, a unicode's internal representation, a
// bytearray, another buffer), and ReadBuffer, the read side of the
// buffer interface that other code uses to accept such objects.

// BufferType is the type of buffer objects; it may not be subclassed.
var BufferType = NewBuiltinType("buffer", ObjectType, 0)

// Buffer is buffer(object[, offset[, size]]). It reads its base object
// at every access, so it sees a bytearray change size; only its hash,
// once computed, is kept.
type Buffer struct {
	base   Value
	offset int
	size   int // endOfBuffer: to the end of the base
	hash   stm.Ref[bufferHash]
}

// bufferHash is a buffer's payload (its cached hash). No Copier: it
// holds no slice or map.
type bufferHash struct {
	known bool
	h     int64
}

// endOfBuffer is the size of a buffer that reaches the end of its base
// (CPython's Py_END_OF_BUFFER).
const endOfBuffer = -1

// Type returns buffer.
func (*Buffer) Type() *Type { return BufferType }

// readBufferHooks let types defined outside this package (array, mmap)
// give their bytes to ReadBuffer.
var readBufferHooks []func(t *Thread, v Value) (string, bool)

// RegisterReadBuffer adds fn to the objects ReadBuffer knows: fn returns
// the bytes of v and true when v is of one of its types.
func RegisterReadBuffer(fn func(t *Thread, v Value) (string, bool)) {
	readBufferHooks = append(readBufferHooks, fn)
}

// ReadBuffer returns the bytes that CPython 2.7's read-buffer interface
// gives for v, and whether v has that interface: the bytes of a str, a
// bytearray or a buffer's view, the internal UCS-4 (little-endian)
// representation of a unicode, or what a registered hook gives.
func ReadBuffer(t *Thread, v Value) (string, bool) {
	switch x := v.(type) {
	case *Str:
		return x.s, true
	case *ByteArray:
		return string(x.bytes(t)), true
	case *Buffer:
		return x.view(t), true
	case *Unicode:
		return ucs4(x.r), true
	case *Instance:
		switch b := x.base.(type) {
		case *Str:
			return b.s, true
		case *Unicode:
			return ucs4(b.r), true
		}
	}
	for _, h := range readBufferHooks {
		if s, ok := h(t, v); ok {
			return s, true
		}
	}
	return "", false
}

// ucs4 is the representation of a unicode string in a UCS-4 build of
// CPython on a little-endian machine.
func ucs4(r []rune) string {
	b := make([]byte, 0, 4*len(r))
	for _, c := range r {
		b = append(b, byte(c), byte(c>>8), byte(c>>16), byte(c>>24))
	}
	return string(b)
}

// NewBuffer returns buffer(base, offset, size), with CPython's checks;
// size is -1 for a buffer reaching the end of base.
func NewBuffer(t *Thread, base Value, offset, size int) (*Buffer, error) {
	if _, ok := ReadBuffer(t, base); !ok {
		return nil, Errorf(TypeError, "buffer object expected")
	}
	if offset < 0 {
		return nil, Errorf(ValueError, "offset must be zero or positive")
	}
	if b, ok := base.(*Buffer); ok {
		// A buffer of a buffer views the innermost object.
		if b.size != endOfBuffer {
			avail := b.size - offset
			if avail < 0 {
				avail = 0
			}
			if size == endOfBuffer || size > avail {
				size = avail
			}
		}
		offset += b.offset
		base = b.base
	}
	if size < 0 && size != endOfBuffer {
		return nil, Errorf(ValueError, "size must be zero or positive")
	}
	b := &Buffer{base: base, offset: offset, size: size}
	b.hash.Init(&bufferHash{})
	return b, nil
}

// view returns the bytes the buffer shows now.
func (b *Buffer) view(t *Thread) string {
	s, _ := ReadBuffer(t, b.base)
	off := b.offset
	if off > len(s) {
		off = len(s)
	}
	n := len(s) - off
	if b.size != endOfBuffer && b.size < n {
		n = b.size
	}
	return s[off : off+n]
}

func bufferNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "buffer() does not take keyword arguments")
	}
	if len(args) < 1 {
		return nil, Errorf(TypeError, "buffer() takes at least 1 argument (%d given)", len(args))
	}
	if len(args) > 3 {
		return nil, Errorf(TypeError, "buffer() takes at most 3 arguments (%d given)", len(args))
	}
	offset, size := int64(0), int64(endOfBuffer)
	var err error
	if len(args) > 1 {
		if offset, err = AsInt(t, args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if size, err = AsInt(t, args[2]); err != nil {
			return nil, err
		}
	}
	return NewBuffer(t, args[0], int(offset), int(size))
}

func bufferRepr(t *Thread, v Value) (Value, error) {
	b := v.(*Buffer)
	return NewStr(fmt.Sprintf("<read-only buffer for %s, size %d, offset %d at %s>",
		addr(b.base), b.size, b.offset, addr(b))), nil
}

func bufferStr(t *Thread, v Value) (Value, error) { return NewStr(v.(*Buffer).view(t)), nil }

func bufferLen(t *Thread, v Value) (int, error) { return len(v.(*Buffer).view(t)), nil }

func bufferHashFn(t *Thread, v Value) (int64, error) {
	b := v.(*Buffer)
	if h := b.hash.Read(t.tx()); h.known {
		return h.h, nil
	}
	h := StrHash(b.view(t))
	*b.hash.Write(t.tx()) = bufferHash{known: true, h: h}
	return h, nil
}

// bufferCmp orders two buffers by their bytes (buffer's __cmp__); other
// objects are compared by the default order.
func bufferCmp(t *Thread, a, b Value) (Value, error) {
	x, ok1 := a.(*Buffer)
	y, ok2 := b.(*Buffer)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Int(strings.Compare(x.view(t), y.view(t))), nil
}

func bufferItem(t *Thread, b *Buffer, i int) (Value, error) {
	s := b.view(t)
	if i < 0 || i >= len(s) {
		return nil, Errorf(IndexError, "buffer index out of range")
	}
	return CharStr(s[i]), nil
}

func bufferGetItem(t *Thread, v, key Value) (Value, error) {
	b := v.(*Buffer)
	if sl, ok := key.(*Slice); ok {
		s := b.view(t)
		start, _, step, n, err := sl.Indices(t, len(s))
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return NewStr(""), nil
		}
		if step == 1 {
			return NewStr(s[start : start+n]), nil
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = s[start+i*step]
		}
		return NewStr(string(out)), nil
	}
	i, ok, err := subscriptIndex(t, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "sequence index must be integer")
	}
	if i < 0 {
		i += len(b.view(t))
	}
	return bufferItem(t, b, i)
}

func bufferGetSlice(t *Thread, v Value, lo, hi int) (Value, error) {
	s := v.(*Buffer).view(t)
	lo = max(lo, 0)
	hi = min(max(hi, 0), len(s))
	if hi <= lo {
		return NewStr(""), nil
	}
	return NewStr(s[lo:hi]), nil
}

func bufferReadOnly() error { return Errorf(TypeError, "buffer is read-only") }

func bufferConcat(t *Thread, a, b Value) (Value, error) {
	other, ok := ReadBuffer(t, b)
	if !ok {
		return nil, Errorf(TypeError, "bad argument type for built-in operation")
	}
	s := a.(*Buffer).view(t)
	if len(s) == 0 {
		return b, nil
	}
	return NewStr(s + other), nil
}

func bufferRepeat(t *Thread, v Value, n int) (Value, error) {
	s := v.(*Buffer).view(t)
	if n <= 0 || len(s) == 0 {
		return NewStr(""), nil
	}
	if n > maxStrSize/len(s) {
		return nil, Errorf(MemoryError, "result too large")
	}
	return NewStr(strings.Repeat(s, n)), nil
}

func init() {
	BufferType.New = bufferNew
	BufferType.Repr = bufferRepr
	BufferType.Str = bufferStr
	BufferType.Hash = bufferHashFn
	BufferType.Cmp3 = bufferCmp
	BufferType.Len = bufferLen
	BufferType.GetItem = bufferGetItem
	BufferType.SetItem = func(t *Thread, v, key, val Value) error { return bufferReadOnly() }
	BufferType.GetSlice = bufferGetSlice
	BufferType.SetSlice = func(t *Thread, v Value, lo, hi int, val Value) error { return bufferReadOnly() }
	BufferType.Concat = bufferConcat
	BufferType.Repeat = bufferRepeat
	BufferType.AddAttr("__doc__", NewStr("buffer(object [, offset[, size]])\n\n"+
		"A read-only view of the bytes of object (a str, unicode, bytearray or\n"+
		"buffer), from offset to its end or for size bytes. Indexing and\n"+
		"slicing it give strings; so do str(), + and *."))
}
