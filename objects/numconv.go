package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// This file holds the conversions shared by the numeric types: Go values
// to and from Python numbers, CPython's argument conversions for C
// integers and doubles, and the parsers behind int(), long(), float()
// and complex() for strings.

// IntOrLong returns i as a Python int. It exists for symmetry with
// NewIntFromBig: every int64 is an int.
func IntOrLong(i int64) Value { return Int(i) }

// NewIntFromUint64 returns u as an int if it fits in one, else as a long.
func NewIntFromUint64(u uint64) Value {
	if u <= math.MaxInt64 {
		return Int(int64(u))
	}
	return NewLong(new(big.Int).SetUint64(u))
}

// NewIntFromBig returns x as an int if it fits in an int64, else as a
// long (which then owns x).
func NewIntFromBig(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	return NewLong(x)
}

// NewLongInt64 returns i as a long.
func NewLongInt64(i int64) *Long { return NewLong(big.NewInt(i)) }

// numInt64 returns the value of an int, a bool or an instance of a class
// derived from int.
func numInt64(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		return boolInt(x), true
	case *Instance:
		if x.base != nil {
			return numInt64(x.base)
		}
	}
	return 0, false
}

// numBig returns the value of an int, bool or long (or an instance of
// a class derived from one) as a big.Int the caller must not modify.
func numBig(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case *Long:
		return x.v, true
	case Int:
		return big.NewInt(int64(x)), true
	case Bool:
		return big.NewInt(boolInt(x)), true
	case *Instance:
		if x.base != nil {
			return numBig(x.base)
		}
	}
	return nil, false
}

// AsBig returns the value of an int, bool or long (or of an instance of
// a class derived from int or long) as a big.Int the caller must not
// modify; ok is false for any other value.
func AsBig(v Value) (b *big.Int, ok bool) { return numBig(v) }

// IsIntegral reports whether v is an int, bool or long, or an instance
// of a class derived from int or long.
func IsIntegral(v Value) bool {
	switch x := v.(type) {
	case Int, Bool, *Long:
		return true
	case *Instance:
		if x.base != nil {
			return IsIntegral(x.base)
		}
	}
	return false
}

// AsInt converts v to a C long as CPython's "l" argument format does
// (and "n", which is the same on a 64-bit machine): floats and
// instances of float subclasses are refused with "integer argument
// expected, got float", anything else is converted as IntAsLong does.
func AsInt(t *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		return boolInt(x), nil
	case *Long:
		return longToInt64(x.v)
	}
	if IsFloat(v) {
		return 0, Errorf(TypeError, "integer argument expected, got float")
	}
	return IntAsLong(t, v)
}

// AsIndex converts v to a Go int as CPython's PyNumber_AsSsize_t(v,
// PyExc_OverflowError) does (sequence repetition, bytearray(n), ...;
// the "n" argument format is AsInt on 64-bit machines): v must be an
// int or long or
// have __index__; a value that does not fit is an OverflowError
// "cannot fit 'long' into an index-sized integer".
func AsIndex(t *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolInt(x)), nil
	}
	r, err := Index(t, Unwrap(v))
	if err != nil {
		return 0, err
	}
	switch x := Unwrap(r).(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolInt(x)), nil
	case *Long:
		if x.v.IsInt64() {
			return int(x.v.Int64()), nil
		}
	}
	return 0, Errorf(OverflowError, "cannot fit '%s' into an index-sized integer", v.Type().Name)
}

func longToInt64(x *big.Int) (int64, error) {
	if x.IsInt64() {
		return x.Int64(), nil
	}
	return 0, Errorf(OverflowError, "Python int too large to convert to C long")
}

// AsFloat converts v to a C double as CPython's PyFloat_AsDouble does:
// floats give their value, ints and longs are converted (a long too
// large is an OverflowError), and other objects go through __float__
// (TypeError "a float is required" without one).
func AsFloat(t *Thread, v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int:
		return float64(x), nil
	case Bool:
		return float64(boolInt(x)), nil
	case *Long:
		return longToFloat(x.v)
	}
	if u := Unwrap(v); u != v {
		if _, ok := u.(Float); ok || v.Type().Number == nil || v.Type().Number.Float == nil {
			return AsFloat(t, u)
		}
	}
	n := v.Type().Number
	if n == nil || n.Float == nil {
		return 0, Errorf(TypeError, "a float is required")
	}
	r, err := n.Float(t, v)
	if err != nil {
		return 0, err
	}
	if f, ok := Unwrap(r).(Float); ok {
		return float64(f), nil
	}
	return 0, Errorf(TypeError, "nb_float should return float object")
}

// numFloat returns the value of a float, int, bool or long operand of
// a float operation (instances of derived classes included); ok is false
// for other types. A long too large for a float is an OverflowError.
func numFloat(v Value) (f float64, ok bool, err error) {
	switch x := v.(type) {
	case Float:
		return float64(x), true, nil
	case Int:
		return float64(x), true, nil
	case Bool:
		return float64(boolInt(x)), true, nil
	case *Long:
		f, err := longToFloat(x.v)
		return f, true, err
	case *Instance:
		if x.base != nil {
			return numFloat(x.base)
		}
	}
	return 0, false, nil
}

var errLongTooBig = "long int too large to convert to float"

// longToFloat converts x to the nearest float (ties to even), or fails
// with CPython's OverflowError.
func longToFloat(x *big.Int) (float64, error) {
	if x.IsInt64() {
		i := x.Int64()
		if i > -1<<53 && i < 1<<53 {
			return float64(i), nil
		}
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "%s", errLongTooBig)
	}
	return f, nil
}

// LongToFloat converts an integer value to the nearest float as
// CPython's PyLong_AsDouble does (OverflowError "long int too large to
// convert to float" when it does not fit).
func LongToFloat(x *big.Int) (float64, error) { return longToFloat(x) }

// FloatToInt converts a float to an int or long, truncating toward zero
// (int(3.9) is 3, int(1e100) a long); infinities are an OverflowError
// and nan a ValueError, with CPython's messages.
func FloatToInt(f float64) (Value, error) {
	if f >= -9223372036854775808.0 && f < 9223372036854775808.0 {
		return Int(int64(f)), nil
	}
	b, err := floatToBig(f)
	if err != nil {
		return nil, err
	}
	return NewLong(b), nil
}

func floatToBig(f float64) (*big.Int, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return b, nil
}

// numParseArgs unpacks the optional parameters names of a constructor
// as PyArg_ParseTupleAndKeywords does for "|OO:fname"; missing ones are
// nil.
func numParseArgs(fname string, args, kw []Value, names ...string) ([]Value, error) {
	n := len(args) + len(kw)/2
	if n > len(names) {
		s := "s"
		if len(names) == 1 {
			s = ""
		}
		return nil, Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(names), s, n)
	}
	out := make([]Value, len(names))
	copy(out, args)
	if len(kw) == 0 {
		return out, nil
	}
	for j := range args {
		for i := 0; i+1 < len(kw); i += 2 {
			if k, ok := kw[i].(*Str); ok && k.s == names[j] {
				return nil, Errorf(TypeError, "Argument given by name ('%s') and position (%d)", names[j], j+1)
			}
		}
	}
	for i := 0; i+1 < len(kw); i += 2 {
		k, ok := kw[i].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "keywords must be strings")
		}
		found := false
		for j := len(args); j < len(names); j++ {
			if names[j] == k.s {
				out[j] = kw[i+1]
				found = true
			}
		}
		if !found {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for this function", k.s)
		}
	}
	return out, nil
}

// numNoArgs checks that a method got no arguments.
func numNoArgs(name string, args, kw []Value) error {
	if len(kw) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// numOneArg checks that a method got exactly one positional argument.
func numOneArg(name string, args, kw []Value) error {
	if len(kw) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// ---- Parsing numbers from strings ----

// isCSpace reports whether c is whitespace for C's isspace in the C
// locale (CPython's Py_ISSPACE).
func isCSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// digitValue is CPython's _PyLong_DigitValue: the value of a digit in
// bases up to 36, or 37 for any other byte.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

func isAlnumC(c byte) bool { return digitValue(c) < 36 }

// cString returns s up to its first NUL byte, as C code sees a string.
func cString(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return s[:i]
		}
	}
	return s
}

// reprPrefix returns the repr of at most the first 200 bytes of s, as
// the "invalid literal" messages show it.
func reprPrefix(s string) string {
	if len(s) > 200 {
		s = s[:200]
	}
	return StrRepr(s)
}

// strtoul is PyOS_strtoul: it converts the digits at the start of s in
// base (0: deduced from a 0x/0o/0b or 0 prefix) and returns the value,
// how many bytes it used, and whether the value overflowed a C unsigned
// long. Leading whitespace is skipped.
func strtoul(s string, base int) (v uint64, end int, overflow bool) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	at := func(k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	prefix := func(lo, up byte, b int) bool {
		c := at(i)
		if c != lo && c != up {
			return true
		}
		if digitValue(at(i+1)) >= b {
			return false
		}
		i++
		return true
	}
	switch base {
	case 0:
		if at(i) == '0' {
			i++
			switch at(i) {
			case 'x', 'X':
				if digitValue(at(i+1)) >= 16 {
					return 0, i, false
				}
				i++
				base = 16
			case 'o', 'O':
				if digitValue(at(i+1)) >= 8 {
					return 0, i, false
				}
				i++
				base = 8
			case 'b', 'B':
				if digitValue(at(i+1)) >= 2 {
					return 0, i, false
				}
				i++
				base = 2
			default:
				base = 8
			}
		} else {
			base = 10
		}
	case 2, 8, 16:
		lo := map[int]byte{2: 'b', 8: 'o', 16: 'x'}[base]
		if at(i) == '0' {
			i++
			if !prefix(lo, lo-32, base) {
				return 0, i, false
			}
		}
	}
	if base < 2 || base > 36 {
		return 0, i, false
	}
	for at(i) == '0' {
		i++
	}
	ub := uint64(base)
	for i < len(s) {
		d := digitValue(s[i])
		if d >= base {
			break
		}
		if !overflow {
			hi, lo := mulAddOverflow(v, ub, uint64(d))
			if hi {
				overflow = true
			} else {
				v = lo
			}
		}
		i++
	}
	return v, i, overflow
}

func mulAddOverflow(v, m, d uint64) (bool, uint64) {
	if v > (math.MaxUint64-d)/m {
		return true, 0
	}
	return false, v*m + d
}

// strtol is PyOS_strtol: an optional sign, then strtoul; overflow
// reports a value outside the C long range.
func strtol(s string, base int) (v int64, end int, overflow bool) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	u, n, ovf := strtoul(s[i:], base)
	end = i + n
	switch {
	case ovf:
		return 0, end, true
	case u <= math.MaxInt64:
		if neg {
			return -int64(u), end, false
		}
		return int64(u), end, false
	case neg && u == 1<<63:
		return math.MinInt64, end, false
	}
	return 0, end, true
}

// parseIntString is PyInt_FromString: s (a C string: it ends at its
// first NUL) in base gives an int, or a long when it overflows.
func parseIntString(s string, base int) (Value, error) {
	if (base != 0 && base < 2) || base > 36 {
		return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	s = cString(s)
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	s = s[i:]
	var x int64
	var end int
	var overflow bool
	if base == 0 && len(s) > 0 && s[0] == '0' {
		var u uint64
		u, end, overflow = strtoul(s, base)
		if !overflow && u > math.MaxInt64 {
			return parseLongString(s, base, "int")
		}
		x = int64(u)
	} else {
		x, end, overflow = strtol(s, base)
	}
	bad := end == 0 || !isAlnumC(s[end-1])
	if !bad {
		for end < len(s) && isCSpace(s[end]) {
			end++
		}
		bad = end != len(s)
	}
	if bad {
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, reprPrefix(s))
	}
	if overflow {
		return parseLongString(s, base, "int")
	}
	return Int(x), nil
}

// parseLongString is PyLong_FromString: s (a C string) in base gives a
// long; an "l" or "L" suffix is allowed. who names the function in
// messages about a bad base.
func parseLongString(s string, base int, who string) (Value, error) {
	if (base != 0 && base < 2) || base > 36 {
		return nil, Errorf(ValueError, "%s() base must be >= 2 and <= 36, or 0", who)
	}
	s = cString(s)
	orig := s
	i := 0
	skip := func() {
		for i < len(s) && isCSpace(s[i]) {
			i++
		}
	}
	at := func(k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	skip()
	neg := false
	if at(i) == '+' {
		i++
	} else if at(i) == '-' {
		neg = true
		i++
	}
	skip()
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			base = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			base = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			base = 2
		default:
			base = 8
		}
	}
	if at(i) == '0' {
		c := at(i+1) | 0x20
		if (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b') {
			i += 2
		}
	}
	start := i
	for i < len(s) && digitValue(s[i]) < base {
		i++
	}
	bad := func() (Value, error) {
		return nil, Errorf(ValueError, "invalid literal for long() with base %d: %s", base, reprPrefix(orig))
	}
	if i == start {
		return bad()
	}
	digits := s[start:i]
	if at(i) == 'L' || at(i) == 'l' {
		i++
	}
	skip()
	if i != len(s) {
		return bad()
	}
	z, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return bad()
	}
	if neg {
		z.Neg(z)
	}
	return NewLong(z), nil
}

// unicodeSpace is Py_UNICODE_ISSPACE for the characters Go's unicode
// package classifies differently.
func unicodeSpace(r rune) bool {
	if r >= 0x1c && r <= 0x1f {
		return true
	}
	return unicode.IsSpace(r)
}

// unicodeDecimal returns the decimal value of a decimal-digit character
// (Py_UNICODE_TODECIMAL), or -1.
func unicodeDecimal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 128 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	z := r
	for unicode.Is(unicode.Nd, z-1) {
		z--
	}
	return int(r-z) % 10
}

// encodeDecimal is PyUnicode_EncodeDecimal: whitespace becomes ' ',
// decimal digits their ASCII digit, other Latin-1 characters stay, and
// anything else is a UnicodeEncodeError of the 'decimal' codec.
func encodeDecimal(t *Thread, u []rune) (string, error) {
	b := make([]byte, 0, len(u))
	for i, r := range u {
		switch {
		case unicodeSpace(r):
			b = append(b, ' ')
		case unicodeDecimal(r) >= 0:
			b = append(b, byte('0'+unicodeDecimal(r)))
		case r > 0 && r < 256:
			b = append(b, byte(r))
		default:
			return "", newUnicodeEncodeError(t, "decimal", u, i, i+1, "invalid decimal Unicode string")
		}
	}
	return string(b), nil
}

// numberString returns the bytes a str, unicode (through the decimal
// encoding) or subclass instance holds, for int(), long(), float() and
// complex(); ok is false for other values.
func numberString(t *Thread, v Value) (s string, isUnicode bool, ok bool, err error) {
	switch x := Unwrap(v).(type) {
	case *Str:
		return x.s, false, true, nil
	case *Unicode:
		s, err := encodeDecimal(t, x.r)
		return cString(s), true, true, err
	}
	if s, ok := CharBuffer(t, v); ok {
		return s, false, true, nil
	}
	return "", false, false, nil
}

// parseFloatPrefix parses the longest prefix of s that CPython's
// _PyOS_ascii_strtod accepts (a decimal number with optional sign,
// fraction and exponent, or inf, infinity or nan in any case) and
// returns its value and length; n is 0 when no prefix is a number.
func parseFloatPrefix(s string) (f float64, n int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return parseInfNan(s)
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	f, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, 0
		}
	}
	return f, i
}

func parseInfNan(s string) (float64, int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	match := func(word string) bool {
		if len(s)-i < len(word) {
			return false
		}
		for k := 0; k < len(word); k++ {
			if s[i+k]|0x20 != word[k] {
				return false
			}
		}
		return true
	}
	switch {
	case match("inf"):
		i += 3
		if match("inity") {
			i += 5
		}
		if neg {
			return math.Inf(-1), i
		}
		return math.Inf(1), i
	case match("nan"):
		i += 3
		// CPython's NaN is the x86 default NaN, whose sign bit is set;
		// "-nan" negates it.
		if neg {
			return math.Float64frombits(0x7ff8000000000000), i
		}
		return math.Float64frombits(0xfff8000000000000), i
	}
	return 0, 0
}

// ParseFloat converts a string to a float as float() does
// (PyFloat_FromString): surrounding whitespace is ignored, and a string
// that is not a number is a ValueError with CPython's message. The whole
// of s must be the number: a NUL byte in it is an "invalid literal"
// (whose message, as C prints it, stops at the NUL).
func ParseFloat(s string) (float64, error) {
	lo := 0
	for lo < len(s) && isCSpace(s[lo]) {
		lo++
	}
	f, n := parseFloatPrefix(cString(s[lo:]))
	if n == 0 {
		return 0, Errorf(ValueError, "could not convert string to float: %s", limit200(cString(s[lo:])))
	}
	end := lo + n
	for end < len(s) && isCSpace(s[end]) {
		end++
	}
	if end != len(s) {
		return 0, Errorf(ValueError, "invalid literal for float(): %s", limit200(cString(s[lo:])))
	}
	return f, nil
}

// CharBuffer returns the bytes an object gives through CPython 2.7's
// character-buffer interface other than str and unicode (which callers
// handle first): a bytearray or a buffer.
func CharBuffer(t *Thread, v Value) (string, bool) {
	switch x := Unwrap(v).(type) {
	case *ByteArray:
		return string(x.bytes(t)), true
	case *Buffer:
		return x.view(t), true
	}
	return "", false
}

func limit200(s string) string {
	if len(s) > 200 {
		return s[:200]
	}
	return s
}

// parseComplexString parses complex()'s string argument.
func parseComplexString(s string) (complex128, error) {
	bad := Errorf(ValueError, "complex() arg is a malformed string")
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	bracket := false
	if i < len(s) && s[i] == '(' {
		bracket = true
		i++
		for i < len(s) && isCSpace(s[i]) {
			i++
		}
	}
	isJ := func(k int) bool { return k < len(s) && (s[k] == 'j' || s[k] == 'J') }
	var x, y float64
	z, n := parseFloatPrefix(cString(s[i:]))
	if n > 0 {
		i += n
		switch {
		case i < len(s) && (s[i] == '+' || s[i] == '-'):
			x = z
			w, m := parseFloatPrefix(cString(s[i:]))
			if m > 0 {
				y = w
				i += m
			} else {
				y = 1
				if s[i] == '-' {
					y = -1
				}
				i++
			}
			if !isJ(i) {
				return 0, bad
			}
			i++
		case isJ(i):
			i++
			y = z
		default:
			x = z
		}
	} else {
		y = 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				y = -1
			}
			i++
		}
		if !isJ(i) {
			return 0, bad
		}
		i++
	}
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	if bracket {
		if i >= len(s) || s[i] != ')' {
			return 0, bad
		}
		i++
		for i < len(s) && isCSpace(s[i]) {
			i++
		}
	}
	if i != len(s) {
		return 0, bad
	}
	return complex(x, y), nil
}

// ---- Accurate floating-point functions ----
//
// ---- Formatting ----

// Flags of FormatFloatString, as CPython's PyOS_double_to_string has them.
const (
	FloatSign    = 1 << iota // always write a sign
	FloatAddDot0             // write ".0" after an integral value in positional form
	FloatAlt                 // '#': keep the decimal point and trailing zeros
)

// FormatFloatString formats x as CPython's PyOS_double_to_string does
// for the format codes 'e', 'f', 'g' (and 'E', 'F', 'G') with precision
// prec, and 'r' (the shortest repr; prec is ignored).
func FormatFloatString(x float64, code byte, prec int, flags int) string {
	upper := code >= 'A' && code <= 'Z'
	if upper {
		code += 'a' - 'A'
	}
	s := formatFloatLower(x, code, prec, flags)
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

func formatFloatLower(x float64, code byte, prec int, flags int) string {
	sign := ""
	if math.Signbit(x) && !math.IsNaN(x) {
		sign = "-"
	} else if flags&FloatSign != 0 {
		sign = "+"
	}
	switch {
	case math.IsNaN(x):
		return sign + "nan"
	case math.IsInf(x, 0):
		return sign + "inf"
	}
	a := math.Abs(x)
	alt := flags&FloatAlt != 0
	switch code {
	case 'f':
		s := strconv.FormatFloat(a, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return sign + s
	case 'e':
		s := strconv.FormatFloat(a, 'e', prec, 64)
		if alt && prec == 0 {
			i := strings.IndexByte(s, 'e')
			s = s[:i] + "." + s[i:]
		}
		return sign + s
	}
	// 'g' and 'r': significant digits, then CPython's layout rules.
	var e string
	if code == 'r' {
		e = strconv.FormatFloat(a, 'e', -1, 64)
	} else {
		if prec == 0 {
			prec = 1
		}
		e = strconv.FormatFloat(a, 'e', prec-1, 64)
	}
	ep := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[ep+1:])
	digits := e[:1]
	if ep > 2 {
		digits += e[2:ep]
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits = "0"
	}
	decpt := exp + 1
	addDot0 := flags&FloatAddDot0 != 0
	vend := len(digits)
	useExp := false
	if code == 'r' {
		useExp = decpt <= -4 || decpt > 16
	} else {
		lim := prec
		if addDot0 {
			lim = prec - 1
		}
		useExp = decpt <= -4 || decpt > lim
		if alt {
			vend = prec
		}
	}
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}
	var b strings.Builder
	b.WriteString(sign)
	if decpt <= 0 {
		b.WriteString(strings.Repeat("0", decpt-vstart))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", -decpt))
	} else {
		b.WriteString(strings.Repeat("0", -vstart))
	}
	if decpt > 0 && decpt <= len(digits) {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if len(digits) < decpt {
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", vend-decpt))
	} else {
		b.WriteString(strings.Repeat("0", vend-len(digits)))
	}
	s := b.String()
	if strings.HasSuffix(s, ".") && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		es := "+"
		if exp < 0 {
			es = "-"
			exp = -exp
		}
		s += "e" + es
		if exp < 10 {
			s += "0"
		}
		s += strconv.Itoa(exp)
	}
	return s
}

// numberFormatMethod is __format__ of int, long, float and complex: the
// spec must be a str or unicode, and the result is a str.
func numberFormatMethod(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "__format__() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "__format__() takes exactly 1 argument (%d given)", len(args))
	}
	var spec string
	switch s := args[0].(type) {
	case *Str:
		spec = s.s
	case *Unicode:
		str, err := ToStr(t, s)
		if err != nil {
			return nil, err
		}
		spec = str.s
	default:
		if u := Unwrap(args[0]); u != args[0] {
			return numberFormatMethod(t, self, []Value{u}, nil)
		}
		return nil, Errorf(TypeError, "__format__ requires str or unicode")
	}
	s, err := FormatNumber(t, self, spec)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// FormatNumber formats an int, long, bool, float or complex (or an
// instance of a class derived from one) by a standard format spec, as
// their __format__ methods do.
func FormatNumber(t *Thread, v Value, spec string) (string, error) {
	if spec == "" {
		return StrString(t, v)
	}
	r := make([]rune, len(spec))
	for i := 0; i < len(spec); i++ {
		r[i] = rune(spec[i])
	}
	typeName := v.Type().Name
	switch x := Unwrap(v).(type) {
	case Int, Bool, *Long:
		f, err := ParseFormatSpec(r, 'd')
		if err != nil {
			return "", err
		}
		switch f.Type {
		case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
			b, _ := numBig(x)
			return formatIntSpec(b, f)
		case 'e', 'E', 'f', 'F', 'g', 'G', '%':
			fv, _, err := numFloat(x)
			if err != nil {
				return "", err
			}
			return formatFloatSpec(fv, f, typeName)
		}
		return "", errUnknownFormatCode(f.Type, typeName)
	case Float:
		f, err := ParseFormatSpec(r, 0)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(float64(x), f, typeName)
	case Complex:
		f, err := ParseFormatSpec(r, 0)
		if err != nil {
			return "", err
		}
		return formatComplexSpec(complex128(x), f, typeName)
	}
	return "", Errorf(TypeError, "%s is not a number", typeName)
}

// numberLayout is CPython's calc_number_widths and fill_number: sign,
// prefix, padding and digit grouping around a formatted number. digits
// are the integer digits, rest what follows them (decimal point,
// fraction, exponent, '%').
func numberLayout(neg bool, prefix, digits, rest string, f FormatSpec, thousands bool) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.Sign == '+':
		sign = "+"
	case f.Sign == ' ':
		sign = " "
	}
	fill := f.Fill
	if fill == 0 {
		fill = ' '
	}
	align := f.Align
	if align == 0 {
		align = '>'
	}
	minWidth := 0
	if f.Fill == '0' && align == '=' {
		minWidth = f.Width - len(sign) - len(prefix) - len(rest)
	}
	if digits != "" {
		digits = groupDigits(digits, minWidth, thousands)
	}
	n := len(sign) + len(prefix) + len(digits) + len(rest)
	pad := f.Width - n
	var lpad, spad, rpad int
	if pad > 0 {
		switch align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	fs := string(fill)
	return strings.Repeat(fs, lpad) + sign + prefix + strings.Repeat(fs, spad) + digits + rest + strings.Repeat(fs, rpad)
}

// groupDigits inserts thousands separators (when thousands is set) and
// pads with zeros to minWidth, as CPython's InsertThousandsGrouping does.
func groupDigits(digits string, minWidth int, thousands bool) string {
	if !thousands {
		if len(digits) < minWidth {
			return strings.Repeat("0", minWidth-len(digits)) + digits
		}
		return digits
	}
	var parts []string
	remaining := len(digits)
	sep := false
	for {
		l := min(3, max(remaining, minWidth, 1))
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		part := strings.Repeat("0", zeros) + digits[remaining-chars:remaining]
		if sep {
			part += ","
		}
		parts = append(parts, part)
		sep = true
		remaining -= chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}

// formatIntSpec formats an integer for the presentation types b, c, d,
// o, x, X and n.
func formatIntSpec(x *big.Int, f FormatSpec) (string, error) {
	if f.Precision >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if f.Type == 'c' {
		if f.Sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if !x.IsInt64() {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		if c := x.Int64(); c < 0 || c > 0xff {
			return "", NewException(OverflowError, NewStr("%c arg not in range(0x100)"))
		}
		return numberLayout(false, "", "", string([]byte{byte(x.Int64())}), f, false), nil
	}
	base, prefix := 10, ""
	switch f.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !f.Alt {
		prefix = ""
	}
	digits := new(big.Int).Abs(x).Text(base)
	if f.Type == 'X' {
		digits = strings.ToUpper(digits)
	}
	return numberLayout(x.Sign() < 0, prefix, digits, "", f, f.Thousands), nil
}

// splitNumber splits a formatted float (without its sign) into its
// integer digits and the rest.
func splitNumber(s string) (digits, rest string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// formatFloatSpec formats a float for the presentation types e, f, g, n,
// % (and their upper case forms) or none.
func formatFloatSpec(x float64, f FormatSpec, typeName string) (string, error) {
	code := f.Type
	flags := 0
	prec := 6
	switch code {
	case 0:
		code = 'g'
		flags |= FloatAddDot0
		prec = 12
	case 'n':
		code = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
	default:
		return "", errUnknownFormatCode(f.Type, typeName)
	}
	if f.Alt {
		return "", Errorf(ValueError, "Alternate form (#) not allowed in float format specifier")
	}
	pct := false
	if code == '%' {
		code = 'f'
		x *= 100
		pct = true
	}
	if f.Precision >= 0 {
		prec = f.Precision
	}
	s := FormatFloatString(x, byte(code), prec, flags)
	if pct {
		s += "%"
	}
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	digits, rest := splitNumber(s)
	return numberLayout(neg, "", digits, rest, f, f.Thousands), nil
}

// formatComplexSpec formats a complex for the presentation types e, f,
// g, n (and upper case forms) or none.
func formatComplexSpec(c complex128, f FormatSpec, typeName string) (string, error) {
	if f.Alt {
		return "", Errorf(ValueError, "Alternate form (#) not allowed in complex format specifier")
	}
	if f.Fill == '0' {
		return "", Errorf(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if f.Align == '=' {
		return "", Errorf(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	code := f.Type
	prec := 6
	skipRe, parens := false, false
	switch code {
	case 0:
		code = 'r'
		prec = 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	case 'n':
		code = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		return "", errUnknownFormatCode(f.Type, typeName)
	}
	if f.Precision >= 0 {
		prec = f.Precision
		if code == 'r' {
			code = 'g'
		}
	}
	part := func(x float64, sign rune) string {
		s := FormatFloatString(x, byte(code), prec, 0)
		neg := false
		if s[0] == '-' {
			neg = true
			s = s[1:]
		}
		digits, rest := splitNumber(s)
		return numberLayout(neg, "", digits, rest, FormatSpec{Sign: sign, Width: -1, Precision: -1}, f.Thousands)
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	imSign := f.Sign
	if !skipRe {
		b.WriteString(part(re, f.Sign))
		imSign = '+'
	}
	b.WriteString(part(im, imSign))
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	s := b.String()
	fill := f.Fill
	if fill == 0 {
		fill = ' '
	}
	if pad := f.Width - len(s); pad > 0 {
		fs := string(fill)
		switch f.Align {
		case '<':
			s += strings.Repeat(fs, pad)
		case '^':
			l := pad / 2
			s = strings.Repeat(fs, l) + s + strings.Repeat(fs, pad-l)
		default:
			s = strings.Repeat(fs, pad) + s
		}
	}
	return s, nil
}
