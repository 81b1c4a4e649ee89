package objects

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/pystm/pystm/internal/pyhash"
)

// Unicode is a Python unicode string (UCS-4: one rune per code point).
type Unicode struct {
	r []rune
	h atomic.Int64 // hash+1, or 0 if not computed yet
}

// Type returns unicode.
func (*Unicode) Type() *Type { return UnicodeType }

// NewUnicode returns a unicode string holding r (which it keeps).
func NewUnicode(r []rune) *Unicode {
	if len(r) == 0 {
		return emptyUnicode
	}
	if len(r) == 1 && r[0] >= 0 && r[0] < 256 {
		return latin1Chars[r[0]]
	}
	return &Unicode{r: r}
}

// NewUnicodeString returns a unicode string holding the code points of
// the UTF-8 string s (invalid bytes become U+FFFD).
func NewUnicodeString(s string) *Unicode { return NewUnicode([]rune(s)) }

// Runes returns the code points; the caller must not modify them.
func (u *Unicode) Runes() []rune { return u.r }

// Len returns the number of code points.
func (u *Unicode) Len() int { return len(u.r) }

// String returns the string encoded in UTF-8 (lone surrogates become
// U+FFFD), for Go callers.
func (u *Unicode) String() string { return string(u.r) }

func (u *Unicode) hash() int64 {
	if h := u.h.Load(); h != 0 {
		return h - 1
	}
	h := pyhash.Unicode(u.r)
	u.h.Store(h + 1)
	return h
}

var (
	emptyUnicode = &Unicode{}
	latin1Chars  [256]*Unicode
)

func init() {
	for i := range latin1Chars {
		latin1Chars[i] = &Unicode{r: []rune{rune(i)}}
	}
}

// unicodeChar returns the one-character unicode string for c.
func unicodeChar(c rune) *Unicode {
	if c >= 0 && c < 256 {
		return latin1Chars[c]
	}
	return &Unicode{r: []rune{c}}
}

// asUnicode returns v's unicode value if v is a unicode or an instance
// of a subclass of unicode.
func asUnicode(v Value) (*Unicode, bool) {
	switch x := v.(type) {
	case *Unicode:
		return x, true
	case *Instance:
		if u, ok := x.base.(*Unicode); ok {
			return u, true
		}
	}
	return nil, false
}

// strToUnicode decodes a str with the default encoding (ascii), as
// CPython does when it mixes str and unicode.
func strToUnicode(t *Thread, s string) ([]rune, error) {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil, newUnicodeDecodeError(t, "ascii", s, i, i+1, "ordinal not in range(128)")
		}
		r[i] = rune(c)
	}
	return r, nil
}

// coerceUnicode is PyUnicode_FromObject: a unicode as it is, a str
// decoded with the default encoding; anything else is a TypeError.
func coerceUnicode(t *Thread, v Value) (*Unicode, error) {
	if u, ok := asUnicode(v); ok {
		return u, nil
	}
	if s, ok := AsString(v); ok {
		r, err := strToUnicode(t, s)
		if err != nil {
			return nil, err
		}
		return NewUnicode(r), nil
	}
	if _, ok := v.(*ByteArray); ok {
		return nil, Errorf(TypeError, "decoding bytearray is not supported")
	}
	return nil, Errorf(TypeError, "coercing to Unicode: need string or buffer, %s found", v.Type().Name)
}

// UnicodeFromValue returns unicode(v) (CPython's PyObject_Unicode):
// __unicode__ if v's class defines it, else str(v) decoded with the
// default encoding.
func UnicodeFromValue(t *Thread, v Value) (*Unicode, error) {
	if u, ok := v.(*Unicode); ok {
		return u, nil
	}
	var res Value
	found := false
	if oi, ok := v.(*OldInstance); ok {
		m, err := GetAttrString(t, oi, "__unicode__")
		if err == nil {
			found = true
			if res, err = Call(t, m, nil, nil); err != nil {
				return nil, err
			}
		} else if !IsInstanceExc(err, AttributeError) {
			return nil, err
		}
	} else if f := v.Type().Unicode; f != nil {
		found = true
		r, err := f(t, v)
		if err != nil {
			return nil, err
		}
		res = r
	}
	if !found {
		if u, ok := asUnicode(v); ok {
			return NewUnicode(u.r), nil
		}
		if s, ok := v.(*Str); ok {
			res = s
		} else {
			r, err := strOrUnicode(t, v)
			if err != nil {
				return nil, err
			}
			res = r
		}
	}
	if u, ok := asUnicode(res); ok {
		if _, exact := res.(*Unicode); exact {
			return u, nil
		}
		return u, nil
	}
	return decodeObject(t, res, "", "strict")
}

// strOrUnicode is CPython's _PyObject_Str: str(v), except that a
// unicode result of __str__ is returned as it is.
func strOrUnicode(t *Thread, v Value) (Value, error) {
	switch v.(type) {
	case *Str, *Unicode:
		return v, nil
	}
	f := v.Type().Str
	if f == nil {
		return Repr(t, v)
	}
	r, err := f(t, v)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(*Str); ok {
		return r, nil
	}
	if u, ok := asUnicode(r); ok {
		return u, nil
	}
	if s, ok := asStr(r); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "__str__ returned non-string (type %s)", r.Type().Name)
}

// decodeObject is PyUnicode_FromEncodedObject: v must be a str (or a
// buffer); an empty encoding means the default one.
func decodeObject(t *Thread, v Value, encoding, errors string) (*Unicode, error) {
	if s, ok := AsString(v); ok {
		if encoding == "" {
			encoding = "ascii"
		}
		return Decode(t, s, encoding, errors)
	}
	if _, ok := asUnicode(v); ok {
		return nil, Errorf(TypeError, "decoding Unicode is not supported")
	}
	if _, ok := v.(*ByteArray); ok {
		return nil, Errorf(TypeError, "decoding bytearray is not supported")
	}
	return nil, Errorf(TypeError, "coercing to Unicode: need string or buffer, %s found", v.Type().Name)
}

// UnicodeRepr returns CPython's repr of a unicode string: u'...' with
// \xNN, \uXXXX and \UXXXXXXXX escapes.
func UnicodeRepr(r []rune) string {
	var b strings.Builder
	b.Grow(len(r) + 3)
	quote := '\''
	hasSingle, hasDouble := false, false
	for _, c := range r {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	b.WriteByte('u')
	b.WriteRune(quote)
	for _, c := range r {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(c))
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c >= ' ' && c < 0x7f:
			b.WriteByte(byte(c))
		case c < 0x100:
			b.WriteString(`\x`)
			writeHex(&b, uint32(c), 2)
		case c < 0x10000:
			b.WriteString(`\u`)
			writeHex(&b, uint32(c), 4)
		default:
			b.WriteString(`\U`)
			writeHex(&b, uint32(c), 8)
		}
	}
	b.WriteRune(quote)
	return b.String()
}

func writeHex(b *strings.Builder, x uint32, n int) {
	for i := n - 1; i >= 0; i-- {
		b.WriteByte(hexDigits[(x>>(4*uint(i)))&15])
	}
}

func unicodeRepr(t *Thread, v Value) (Value, error) {
	u, _ := asUnicode(v)
	return NewStr(UnicodeRepr(u.r)), nil
}

func unicodeStr(t *Thread, v Value) (Value, error) {
	u, _ := asUnicode(v)
	return encodeDefault(t, u)
}

func unicodeHashSlot(t *Thread, v Value) (int64, error) {
	u, _ := asUnicode(v)
	return u.hash(), nil
}

func compareRunes(a, b []rune) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

func unicodeCompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	x, err := compareOperand(t, a)
	if err != nil || x == nil {
		return compareFail(t, err, op)
	}
	y, err := compareOperand(t, b)
	if err != nil || y == nil {
		return compareFail(t, err, op)
	}
	return NewBool(cmpOrdered(compareRunes(x.r, y.r), 0, op)), nil
}

// compareOperand converts an operand of a unicode comparison; nil
// means NotImplemented.
func compareOperand(t *Thread, v Value) (*Unicode, error) {
	if u, ok := asUnicode(v); ok {
		return u, nil
	}
	if s, ok := AsString(v); ok {
		r, err := strToUnicode(t, s)
		if err != nil {
			return nil, err
		}
		return &Unicode{r: r}, nil
	}
	return nil, nil
}

// compareFail handles a failed conversion in a unicode comparison: ==
// and != treat a str that cannot be decoded as unequal (CPython also
// warns); the orderings raise the UnicodeDecodeError.
func compareFail(t *Thread, err error, op Cmp) (Value, error) {
	if err == nil {
		return NotImplemented, nil
	}
	if (op == EQ || op == NE) && IsInstanceExc(err, UnicodeDecodeError) {
		msg := "Unicode equal comparison failed to convert both arguments to Unicode - interpreting them as being unequal"
		if op == NE {
			msg = "Unicode unequal comparison failed to convert both arguments to Unicode - interpreting them as being unequal"
		}
		if werr := Warn(t, UnicodeWarning, msg, 1); werr != nil {
			return nil, werr
		}
		return NewBool(op == NE), nil
	}
	return nil, err
}

func unicodeLen(t *Thread, v Value) (int, error) {
	u, _ := asUnicode(v)
	return len(u.r), nil
}

func unicodeGetItem(t *Thread, v, key Value) (Value, error) {
	u, _ := asUnicode(v)
	i, ok, err := strSubscriptIndex(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		if i < 0 {
			i += len(u.r)
		}
		if i < 0 || i >= len(u.r) {
			return nil, Errorf(IndexError, "string index out of range")
		}
		return unicodeChar(u.r[i]), nil
	}
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(t, len(u.r))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if start == 0 && n == len(u.r) {
				return u, nil
			}
			return NewUnicode(u.r[start : start+n : start+n]), nil
		}
		r := make([]rune, n)
		for j := range r {
			r[j] = u.r[start+j*step]
		}
		return NewUnicode(r), nil
	}
	return nil, Errorf(TypeError, "string indices must be integers")
}

func unicodeGetSlice(t *Thread, v Value, lo, hi int) (Value, error) {
	u, _ := asUnicode(v)
	lo, hi = clampSlice(lo, hi, len(u.r))
	if lo == 0 && hi == len(u.r) {
		return u, nil
	}
	return NewUnicode(u.r[lo:hi:hi]), nil
}

func unicodeContains(t *Thread, v, x Value) (bool, error) {
	u, _ := asUnicode(v)
	sub, err := coerceUnicode(t, x)
	if err != nil {
		if IsInstanceExc(err, TypeError) && !isStringLike(x) {
			return false, Errorf(TypeError, "coercing to Unicode: need string or buffer, %s found", x.Type().Name)
		}
		return false, err
	}
	return runesIndex(u.r, sub.r) >= 0, nil
}

func isStringLike(v Value) bool {
	if _, ok := AsString(v); ok {
		return true
	}
	_, ok := asUnicode(v)
	return ok
}

// concatRunes returns a new slice holding a then b.
func concatRunes(a, b []rune) []rune {
	r := make([]rune, len(a)+len(b))
	copy(r, a)
	copy(r[len(a):], b)
	return r
}

func unicodeConcat(t *Thread, a, b Value) (Value, error) {
	x, err := coerceUnicode(t, a)
	if err != nil {
		return nil, err
	}
	y, err := coerceUnicode(t, b)
	if err != nil {
		return nil, err
	}
	if len(y.r) == 0 {
		if _, ok := a.(*Unicode); ok {
			return x, nil
		}
	}
	if len(x.r) == 0 {
		if _, ok := b.(*Unicode); ok {
			return y, nil
		}
	}
	return NewUnicode(concatRunes(x.r, y.r)), nil
}

func unicodeRepeat(t *Thread, v Value, n int) (Value, error) {
	u, _ := asUnicode(v)
	if n <= 0 || len(u.r) == 0 {
		return emptyUnicode, nil
	}
	if n == 1 {
		return u, nil
	}
	// CPython checks the character count and then its size in bytes
	// (4 per character) against size_t.
	if n > maxInt/len(u.r) || uint64(len(u.r)*n)+1 > ^uint64(0)/4 {
		return nil, Errorf(OverflowError, "repeated string is too long")
	}
	if len(u.r)*n > maxStrSize/4 {
		return nil, errNoMemory()
	}
	r := make([]rune, 0, len(u.r)*n)
	for i := 0; i < n; i++ {
		r = append(r, u.r...)
	}
	return NewUnicode(r), nil
}

// unicodeNew is unicode(string=u”, encoding=None, errors='strict').
func unicodeNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	pa, err := parseArgs("unicode", args, kw, []string{"string", "encoding", "errors"}, 0)
	if err != nil {
		return nil, err
	}
	var u *Unicode
	encoding, errors := "", ""
	if pa[1] != nil {
		if encoding, err = stringArg("unicode", 2, pa[1]); err != nil {
			return nil, err
		}
	}
	if pa[2] != nil {
		if errors, err = stringArg("unicode", 3, pa[2]); err != nil {
			return nil, err
		}
	}
	switch {
	case pa[0] == nil:
		u = emptyUnicode
	case pa[1] == nil && pa[2] == nil:
		u, err = UnicodeFromValue(t, pa[0])
	default:
		if errors == "" {
			errors = "strict"
		}
		u, err = decodeObject(t, pa[0], encoding, errors)
	}
	if err != nil {
		return nil, err
	}
	if typ != UnicodeType {
		return NewInstance(t, typ, u), nil
	}
	return u, nil
}

// appendUTF8 is utf8.AppendRune that also encodes lone surrogates, as
// CPython 2.7's UTF-8 codec does.
func appendUTF8(b []byte, c rune) []byte {
	if c >= 0xd800 && c <= 0xdfff {
		return append(b, byte(0xe0|c>>12), byte(0x80|(c>>6)&0x3f), byte(0x80|c&0x3f))
	}
	return utf8.AppendRune(b, c)
}

func init() {
	UnicodeType.New = unicodeNew
	UnicodeType.Repr = unicodeRepr
	UnicodeType.Str = unicodeStr
	UnicodeType.Hash = unicodeHashSlot
	UnicodeType.Compare = unicodeCompare
	UnicodeType.Len = unicodeLen
	UnicodeType.GetItem = unicodeGetItem
	UnicodeType.GetSlice = unicodeGetSlice
	UnicodeType.Contains = unicodeContains
	UnicodeType.Concat = unicodeConcat
	UnicodeType.Repeat = unicodeRepeat
	UnicodeType.Nonzero = func(t *Thread, v Value) (bool, error) {
		u, _ := asUnicode(v)
		return len(u.r) != 0, nil
	}
	UnicodeType.Iter = func(t *Thread, v Value) (Value, error) {
		u, _ := asUnicode(v)
		return newStrIter(u, StrIterType), nil
	}
	UnicodeType.Number = &NumberSlots{Mod: unicodeMod}
	encodeDefault = func(t *Thread, u *Unicode) (*Str, error) {
		return Encode(t, u, "ascii", "strict")
	}
}
