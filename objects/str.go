package objects

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// Str is a Python str: an immutable byte string. Its hash is computed
// once (CPython's algorithm with hash randomization off).
type Str struct {
	s string
	h atomic.Int64 // hash+1, or 0 if not computed yet
}

// Type returns str.
func (*Str) Type() *Type { return StrType }

// String returns the bytes as a Go string.
func (s *Str) String() string { return s.s }

// Len returns the length in bytes.
func (s *Str) Len() int { return len(s.s) }

var (
	emptyStr = &Str{s: ""}
	charStrs [256]*Str
)

func init() {
	for i := range charStrs {
		charStrs[i] = &Str{s: string([]byte{byte(i)})}
	}
}

// NewStr returns a str holding s.
func NewStr(s string) *Str {
	switch len(s) {
	case 0:
		return emptyStr
	case 1:
		return charStrs[s[0]]
	}
	return &Str{s: s}
}

// CharStr returns the one-character str for b.
func CharStr(b byte) *Str { return charStrs[b] }

func (s *Str) hash() int64 {
	if h := s.h.Load(); h != 0 {
		return h - 1
	}
	h := StrHash(s.s)
	s.h.Store(h + 1)
	return h
}

// StrHash is CPython 2.7's hash of a byte string.
func StrHash(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	x := int64(s[0]) << 7
	for i := 0; i < len(s); i++ {
		x = (1000003 * x) ^ int64(s[i])
	}
	x ^= int64(len(s))
	if x == -1 {
		x = -2
	}
	return x
}

// interned maps strings to their interned *Str. A sync.Map makes the
// common case, a string interned before, a read without a lock, which
// threads running at once do not contend on.
var interned sync.Map

// Intern returns the one interned *Str for s.
func Intern(s string) *Str {
	if v, ok := interned.Load(s); ok {
		return v.(*Str)
	}
	v := &Str{s: s}
	if len(s) == 1 {
		v = charStrs[s[0]]
	} else if len(s) == 0 {
		v = emptyStr
	}
	v.hash()
	w, _ := interned.LoadOrStore(s, v)
	return w.(*Str)
}

// AsString returns the bytes of v if v is a str or an instance of a
// subclass of str.
func AsString(v Value) (string, bool) {
	switch x := v.(type) {
	case *Str:
		return x.s, true
	case *Instance:
		if s, ok := x.base.(*Str); ok {
			return s.s, true
		}
	}
	return "", false
}

// asStr is AsString returning the *Str.
func asStr(v Value) (*Str, bool) {
	switch x := v.(type) {
	case *Str:
		return x, true
	case *Instance:
		if s, ok := x.base.(*Str); ok {
			return s, true
		}
	}
	return nil, false
}

// maxStrSize bounds the size of a string built by repetition, padding
// or formatting: beyond it the operation raises MemoryError, as CPython
// does when its allocation fails (a failed Go allocation cannot be
// recovered from).
const maxStrSize = 1 << 34

// errNoMemory is the MemoryError raised for strings beyond maxStrSize.
func errNoMemory() error { return NewException(MemoryError) }

// StrRepr returns CPython's repr of a byte string: single quotes unless
// the string holds a single quote and no double quote, with \t \n \r
// \\ and \xNN escapes.
func StrRepr(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	writeBytesRepr(&b, s)
	return b.String()
}

const hexDigits = "0123456789abcdef"

func writeBytesRepr(b *strings.Builder, s string) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b.WriteByte(quote)
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= ' ' && c < 0x7f && c != quote && c != '\\' {
			continue
		}
		b.WriteString(s[start:i])
		start = i + 1
		switch c {
		case quote, '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
	b.WriteString(s[start:])
	b.WriteByte(quote)
}

func strRepr(t *Thread, v Value) (Value, error) {
	s, _ := asStr(v)
	return NewStr(StrRepr(s.s)), nil
}

// strStr is str.__str__: the str itself (a plain str for a subclass).
func strStr(t *Thread, v Value) (Value, error) {
	s, _ := asStr(v)
	return s, nil
}

func strHashSlot(t *Thread, v Value) (int64, error) {
	s, _ := asStr(v)
	return s.hash(), nil
}

func strCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	x, ok1 := asStr(a)
	y, ok2 := asStr(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return NewBool(cmpOrdered(x.s, y.s, op)), nil
}

func strLen(t *Thread, v Value) (int, error) {
	s, _ := asStr(v)
	return len(s.s), nil
}

func strGetItem(t *Thread, v, key Value) (Value, error) {
	s, _ := asStr(v)
	i, ok, err := strSubscriptIndex(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		if i < 0 {
			i += len(s.s)
		}
		if i < 0 || i >= len(s.s) {
			return nil, Errorf(IndexError, "string index out of range")
		}
		return charStrs[s.s[i]], nil
	}
	if sl, ok := key.(*Slice); ok {
		start, stop, step, n, err := sl.Indices(t, len(s.s))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if start == 0 && n == len(s.s) {
				return s, nil
			}
			return NewStr(s.s[start : start+n]), nil
		}
		b := make([]byte, n)
		for j := 0; j < n; j++ {
			b[j] = s.s[start+j*step]
		}
		_ = stop
		return NewStr(string(b)), nil
	}
	return nil, Errorf(TypeError, "string indices must be integers, not %s", key.Type().Name)
}

// clampSlice clamps the bounds of a simple slice as sq_slice does.
func clampSlice(lo, hi, n int) (int, int) {
	if lo < 0 {
		lo = 0
	}
	if hi > n {
		hi = n
	}
	if hi < lo {
		hi = lo
	}
	if lo > n {
		lo = n
		hi = n
	}
	return lo, hi
}

func strGetSlice(t *Thread, v Value, lo, hi int) (Value, error) {
	s, _ := asStr(v)
	lo, hi = clampSlice(lo, hi, len(s.s))
	if lo == 0 && hi == len(s.s) {
		return s, nil
	}
	return NewStr(s.s[lo:hi]), nil
}

func strContains(t *Thread, v, x Value) (bool, error) {
	s, _ := asStr(v)
	switch sub := x.(type) {
	case *Str:
		return strings.Contains(s.s, sub.s), nil
	case *Unicode:
		u, err := strToUnicode(t, s.s)
		if err != nil {
			return false, err
		}
		return runesIndex(u, sub.r) >= 0, nil
	}
	if sub, ok := AsString(x); ok {
		return strings.Contains(s.s, sub), nil
	}
	if u, ok := asUnicode(x); ok {
		return strContains(t, s, u)
	}
	return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", x.Type().Name)
}

func strConcat(t *Thread, a, b Value) (Value, error) {
	x, ok := asStr(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := asStr(b); ok {
		switch {
		case len(x.s) == 0:
			return y, nil
		case len(y.s) == 0:
			return x, nil
		}
		return NewStr(x.s + y.s), nil
	}
	if u, ok := asUnicode(b); ok {
		xu, err := strToUnicode(t, x.s)
		if err != nil {
			return nil, err
		}
		return NewUnicode(concatRunes(xu, u.r)), nil
	}
	if ba, ok := b.(*ByteArray); ok {
		return newByteArrayFrom(ByteArrayType, []byte(x.s+string(ba.bytes(t)))), nil
	}
	return nil, Errorf(TypeError, "cannot concatenate 'str' and '%s' objects", b.Type().Name)
}

func strRepeat(t *Thread, v Value, n int) (Value, error) {
	s, _ := asStr(v)
	if n <= 0 || len(s.s) == 0 {
		return emptyStr, nil
	}
	if n == 1 {
		return s, nil
	}
	if n > maxInt/len(s.s) {
		return nil, Errorf(OverflowError, "repeated string is too long")
	}
	if len(s.s)*n > maxStrSize {
		return nil, errNoMemory()
	}
	return NewStr(strings.Repeat(s.s, n)), nil
}

func strNonzero(t *Thread, v Value) (bool, error) {
	s, _ := asStr(v)
	return len(s.s) != 0, nil
}

// strNew is str(object=”).
func strNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	var x Value = emptyStr
	pa, err := parseArgs("str", args, kw, []string{"object"}, 0)
	if err != nil {
		return nil, err
	}
	if pa[0] != nil {
		s, err := ToStr(t, pa[0])
		if err != nil {
			return nil, err
		}
		x = s
	}
	if typ != StrType {
		return NewInstance(t, typ, x), nil
	}
	return x, nil
}

// StrIter iterates over the characters of a str, a unicode or a
// bytearray; its position lives behind a barrier.
type StrIter struct {
	seq Value
	typ *Type
	ref stm.Ref[strIterState]
}

// strIterState is a string iterator's payload. No Copier: it holds no
// slice or map.
type strIterState struct{ i int }

// Type returns the iterator's type.
func (it *StrIter) Type() *Type { return it.typ }

// StrIterType is the type of iter(str) and iter(unicode).
var StrIterType = NewBuiltinType("iterator", ObjectType, FlagIterSelf)

func newStrIter(seq Value, typ *Type) *StrIter {
	it := &StrIter{seq: seq, typ: typ}
	it.ref.Init(&strIterState{})
	return it
}

func strIterNext(t *Thread, v Value) (Value, error) {
	it := v.(*StrIter)
	st := it.ref.Read(t.tx())
	i := st.i
	var r Value
	switch s := it.seq.(type) {
	case *Str:
		if i >= len(s.s) {
			return nil, nil
		}
		r = charStrs[s.s[i]]
	case *Unicode:
		if i >= len(s.r) {
			return nil, nil
		}
		r = unicodeChar(s.r[i])
	case *ByteArray:
		b := s.bytes(t)
		if i >= len(b) {
			return nil, nil
		}
		r = Int(b[i])
	default:
		return nil, nil
	}
	it.ref.Write(t.tx()).i = i + 1
	return r, nil
}

func init() {
	StrType.New = strNew
	StrType.Repr = strRepr
	StrType.Str = strStr
	StrType.Hash = strHashSlot
	StrType.Compare = strCompare
	StrType.Len = strLen
	StrType.GetItem = strGetItem
	StrType.GetSlice = strGetSlice
	StrType.Contains = strContains
	StrType.Concat = strConcat
	StrType.Repeat = strRepeat
	StrType.Nonzero = strNonzero
	StrType.Iter = func(t *Thread, v Value) (Value, error) {
		s, _ := asStr(v)
		return newStrIter(s, StrIterType), nil
	}
	StrType.Number = &NumberSlots{Mod: strMod}

	StrIterType.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	StrIterType.Next = strIterNext
	StrIterType.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
		it := self.(*StrIter)
		i := it.ref.Read(t.tx()).i
		n := 0
		switch s := it.seq.(type) {
		case *Str:
			n = len(s.s)
		case *Unicode:
			n = len(s.r)
		case *ByteArray:
			n = len(s.bytes(t))
		}
		if i > n {
			i = n
		}
		return Int(n - i), nil
	}}})

	BaseStringType.New = func(t *Thread, typ *Type, args, kw []Value) (Value, error) {
		return nil, Errorf(TypeError, "The basestring type cannot be instantiated")
	}
}

// strSubscriptIndex converts the subscript of s[i] for the string types
// as PyNumber_AsSsize_t(i, IndexError) does; ok is false when key is not
// an integer (nor has __index__).
func strSubscriptIndex(t *Thread, key Value) (i int, ok bool, err error) {
	switch x := key.(type) {
	case Int:
		return int(x), true, nil
	case Bool:
		return int(boolInt(x)), true, nil
	case *Long:
		if x.v.IsInt64() {
			return int(x.v.Int64()), true, nil
		}
		return 0, true, Errorf(IndexError, "cannot fit 'long' into an index-sized integer")
	}
	if n := key.Type().Number; n == nil || n.Index == nil {
		return 0, false, nil
	}
	r, err := Index(t, key)
	if err != nil {
		return 0, true, err
	}
	switch x := r.(type) {
	case Int:
		return int(x), true, nil
	case *Long:
		if x.v.IsInt64() {
			return int(x.v.Int64()), true, nil
		}
		return 0, true, Errorf(IndexError, "cannot fit 'long' into an index-sized integer")
	}
	return 0, true, Errorf(TypeError, "__index__ returned non-(int,long) (type %s)", r.Type().Name)
}
