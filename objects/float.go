package objects

import (
	"math"
	"math/big"
	"strconv"

	"github.com/pystm/pystm/compile/syntax"
	"github.com/pystm/pystm/internal/pyhash"
)

// Float is a Python float.
type Float float64

// Type returns float.
func (Float) Type() *Type { return FloatType }

// floatOperands returns the values of two operands of a float operation:
// floats, ints, bools and longs (and instances of classes derived from
// them). ok is false when either is another type; err reports a long too
// large for a float.
func floatOperands(a, b Value) (x, y float64, ok bool, err error) {
	if p, ok1 := a.(Float); ok1 {
		if q, ok2 := b.(Float); ok2 {
			return float64(p), float64(q), true, nil
		}
	}
	x, ok, err = numFloat(a)
	if !ok || err != nil {
		return 0, 0, ok, err
	}
	y, ok, err = numFloat(b)
	return x, y, ok, err
}

func floatBinary(f func(x, y float64) (Value, error)) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		x, y, ok, err := floatOperands(a, b)
		if !ok {
			return NotImplemented, nil
		}
		if err != nil {
			return nil, err
		}
		return f(x, y)
	}
}

func float_add(x, y float64) (Value, error) { return Float(x + y), nil }
func float_sub(x, y float64) (Value, error) { return Float(x - y), nil }
func float_mul(x, y float64) (Value, error) { return Float(x * y), nil }

func float_div(x, y float64) (Value, error) {
	if y == 0 {
		return nil, Errorf(ZeroDivisionError, "float division by zero")
	}
	return Float(x / y), nil
}

func float_mod(x, y float64) (Value, error) {
	if y == 0 {
		return nil, Errorf(ZeroDivisionError, "float modulo")
	}
	return Float(floatMod(x, y)), nil
}

// floatMod is Python's x % y for floats: the result has the sign of y.
func floatMod(x, y float64) float64 {
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

// floatDivmod is Python's divmod(x, y) for floats (y not zero).
func floatDivmod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

func float_divmod(x, y float64) (Value, error) {
	if y == 0 {
		return nil, Errorf(ZeroDivisionError, "float divmod()")
	}
	d, m := floatDivmod(x, y)
	return NewTuple(Float(d), Float(m)), nil
}

func float_floordiv(x, y float64) (Value, error) {
	if y == 0 {
		return nil, Errorf(ZeroDivisionError, "float divmod()")
	}
	d, _ := floatDivmod(x, y)
	return Float(d), nil
}

// isOddInteger reports whether f is an odd integer.
func isOddInteger(f float64) bool {
	return math.Abs(math.Mod(f, 2)) == 1
}

// float_pow is float ** x; a third argument is refused.
func float_pow(t *Thread, a, b, c Value) (Value, error) {
	if c != None {
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	x, y, ok, err := floatOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if err != nil {
		return nil, err
	}
	r, err := FloatPow(x, y)
	if err != nil {
		return nil, err
	}
	return Float(r), nil
}

// FloatPow returns x ** y as CPython 2.7's float_pow computes it, with
// its errors: 0.0 to a negative power is a ZeroDivisionError, a negative
// number to a fractional power a ValueError, and an overflow an
// OverflowError (34, 'Numerical result out of range'). The result is
// correctly rounded (as the C library's pow is, in all but the rarest
// cases).
func FloatPow(x, y float64) (float64, error) {
	switch {
	case y == 0:
		return 1, nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, nil
			}
			return math.Abs(x), nil
		}
		if odd {
			return math.Copysign(0, x), nil
		}
		return 0, nil
	case x == 0:
		if y < 0 {
			return 0, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return x, nil
		}
		return 0, nil
	}
	neg := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, Errorf(ValueError, "negative number cannot be raised to a fractional power")
		}
		x = -x
		neg = isOddInteger(y)
	}
	if x == 1 {
		if neg {
			return -1, nil
		}
		return 1, nil
	}
	r := powPositive(x, y)
	if math.IsInf(r, 0) {
		return 0, errRange()
	}
	if neg {
		r = -r
	}
	return r, nil
}

// errRange is the OverflowError CPython makes from errno ERANGE.
func errRange() error {
	return NewException(OverflowError, Int(34), NewStr("Numerical result out of range"))
}

func float_neg(t *Thread, a Value) (Value, error) {
	x, _, _ := numFloat(a)
	return Float(-x), nil
}

func float_pos(t *Thread, a Value) (Value, error) {
	x, _, _ := numFloat(a)
	return Float(x), nil
}

func float_abs(t *Thread, a Value) (Value, error) {
	x, _, _ := numFloat(a)
	return Float(math.Abs(x)), nil
}

func float_nonzero(t *Thread, a Value) (bool, error) {
	x, _, _ := numFloat(a)
	return x != 0, nil
}

func float_int(t *Thread, a Value) (Value, error) {
	x, _, _ := numFloat(a)
	return FloatToInt(x)
}

func float_long(t *Thread, a Value) (Value, error) {
	x, _, _ := numFloat(a)
	b, err := floatToBig(x)
	if err != nil {
		return nil, err
	}
	return NewLong(b), nil
}

func float_coerce(t *Thread, a, b Value) (Value, error) {
	if _, ok := Unwrap(a).(Float); !ok {
		return NotImplemented, nil
	}
	switch y := Unwrap(b).(type) {
	case Float:
		return NewTuple(a, b), nil
	case Int, Bool, *Long:
		f, _, err := numFloat(y)
		if err != nil {
			return nil, err
		}
		return NewTuple(a, Float(f)), nil
	}
	return NotImplemented, nil
}

func float_repr(t *Thread, a Value) (Value, error) {
	x, _, _ := numFloat(a)
	return NewStr(syntax.ReprFloat(x)), nil
}

func float_str(t *Thread, a Value) (Value, error) {
	x, _, _ := numFloat(a)
	return NewStr(syntax.StrFloat(x)), nil
}

func float_hash(t *Thread, a Value) (int64, error) {
	x, _, _ := numFloat(a)
	return pyhash.Float(x), nil
}

// float_richcompare compares a float with a float, int or long exactly.
func float_richcompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	x, ok, _ := numFloat(a)
	if !ok {
		return NotImplemented, nil
	}
	var c int
	switch y := Unwrap(b).(type) {
	case Float:
		return NewBool(cmpFloat(x, float64(y), op)), nil
	case Int:
		if x != x {
			return NewBool(op == NE), nil
		}
		c = -cmpIntFloat(int64(y), x)
	case Bool:
		return NewBool(cmpFloat(x, float64(boolInt(y)), op)), nil
	case *Long:
		if x != x {
			return NewBool(op == NE), nil
		}
		c = -cmpBigFloat(y.v, x)
	default:
		return NotImplemented, nil
	}
	return NewBool(cmpOrdered(c, 0, op)), nil
}

// float_new is float(x=0.0).
func float_new(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	var v Value = Float(0)
	if len(args) == 1 && len(kw) == 0 {
		r, err := NumberFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		v = r
	} else {
		a, err := numParseArgs("float", args, kw, "x")
		if err != nil {
			return nil, err
		}
		if a[0] != nil {
			r, err := NumberFloat(t, a[0])
			if err != nil {
				return nil, err
			}
			v = r
		}
	}
	if typ == FloatType {
		return v, nil
	}
	f, _, _ := numFloat(v)
	return NewInstance(t, typ, Float(f)), nil
}

// NumberFloat is float(v) (CPython's PyNumber_Float): __float__, or the
// parse of a string.
func NumberFloat(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Float:
		return x, nil
	case Int:
		return Float(float64(x)), nil
	case Bool:
		return Float(float64(boolInt(x))), nil
	case *Long:
		f, err := longToFloat(x.v)
		if err != nil {
			return nil, err
		}
		return Float(f), nil
	case *Str:
		f, err := ParseFloat(x.s)
		if err != nil {
			return nil, err
		}
		return Float(f), nil
	}
	if n := v.Type().Number; n != nil && n.Float != nil {
		r, err := n.Float(t, v)
		if err != nil {
			return nil, err
		}
		if _, ok := Unwrap(r).(Float); !ok {
			return nil, Errorf(TypeError, "__float__ returned non-float (type %s)", r.Type().Name)
		}
		return r, nil
	}
	s, _, ok, err := numberString(t, v)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "float() argument must be a string or a number")
	}
	f, err := ParseFloat(s)
	if err != nil {
		return nil, err
	}
	return Float(f), nil
}

// ---- methods ----

func floatSelf(self Value) float64 {
	x, _, _ := numFloat(self)
	return x
}

func float_conjugate(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("conjugate", args, kw); err != nil {
		return nil, err
	}
	return Float(floatSelf(self)), nil
}

func float_trunc(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("__trunc__", args, kw); err != nil {
		return nil, err
	}
	return FloatToInt(floatSelf(self))
}

func float_getnewargs(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	return NewTuple(Float(floatSelf(self))), nil
}

func float_is_integer(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("is_integer", args, kw); err != nil {
		return nil, err
	}
	x := floatSelf(self)
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return False, nil
	}
	return NewBool(x == math.Floor(x)), nil
}

func float_as_integer_ratio(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("as_integer_ratio", args, kw); err != nil {
		return nil, err
	}
	x := floatSelf(self)
	if math.IsInf(x, 0) {
		return nil, Errorf(OverflowError, "Cannot pass infinity to float.as_integer_ratio.")
	}
	if math.IsNaN(x) {
		return nil, Errorf(ValueError, "Cannot pass NaN to float.as_integer_ratio.")
	}
	r, _ := new(big.Rat).SetFloat64(x), 0
	return NewTuple(NewIntFromBig(new(big.Int).Set(r.Num())), NewIntFromBig(new(big.Int).Set(r.Denom()))), nil
}

// FloatHex returns float.hex(x): "0x1.<13 hex digits>p<exponent>", with
// "0x0." for subnormal numbers and zero, and "inf", "-inf" or "nan".
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return syntax.StrFloat(x)
	case x == 0:
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	bits := math.Float64bits(x)
	mant := bits & (1<<52 - 1)
	exp := int(bits>>52) & 0x7ff
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	digits := strconv.FormatUint(mant|1<<52, 16)[1:]
	sign := ""
	if x < 0 {
		sign = "-"
	}
	esign := "+"
	if exp < 0 {
		esign = "-"
		exp = -exp
	}
	return sign + "0x" + lead + "." + digits + "p" + esign + strconv.Itoa(exp)
}

func float_hex(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("hex", args, kw); err != nil {
		return nil, err
	}
	return NewStr(FloatHex(floatSelf(self))), nil
}

// FloatFromHex parses a hexadecimal float string as float.fromhex does.
func FloatFromHex(s string) (float64, error) {
	bad := Errorf(ValueError, "invalid hexadecimal floating-point string")
	s = cString(s)
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	trailing := func(j int) bool {
		for j < len(s) && isCSpace(s[j]) {
			j++
		}
		return j == len(s)
	}
	if f, n := parseInfNan(s[i:]); n > 0 {
		if !trailing(i + n) {
			return 0, bad
		}
		return f, nil
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		i += 2
	}
	isHex := func(c byte) bool { return digitValue(c) < 16 }
	start := i
	for i < len(s) && isHex(s[i]) {
		i++
	}
	intDigits := s[start:i]
	fracDigits := ""
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		for i < len(s) && isHex(s[i]) {
			i++
		}
		fracDigits = s[fs:i]
	}
	if len(intDigits)+len(fracDigits) == 0 {
		return 0, bad
	}
	var exp int64
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		es := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if exp < 1<<40 {
				exp = exp*10 + int64(s[i]-'0')
			}
			i++
		}
		if i == es {
			return 0, bad
		}
		if eneg {
			exp = -exp
		}
	}
	if !trailing(i) {
		return 0, bad
	}
	mant, _ := new(big.Int).SetString(intDigits+fracDigits, 16)
	var f float64
	if mant.Sign() != 0 {
		e := exp - 4*int64(len(fracDigits))
		top := e + int64(mant.BitLen())
		switch {
		case top > 1100:
			return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
		case top < -1100:
			f = 0
		default:
			bf := new(big.Float).SetPrec(uint(mant.BitLen()) + 2).SetInt(mant)
			bf.SetMantExp(bf, int(e))
			f, _ = bf.Float64()
			if math.IsInf(f, 0) {
				return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
			}
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

func float_fromhex(t *Thread, cls Value, args, kw []Value) (Value, error) {
	if err := numOneArg("fromhex", args, kw); err != nil {
		return nil, err
	}
	var s string
	switch x := Unwrap(args[0]).(type) {
	case *Str:
		s = x.s
	case *Unicode:
		str, err := Encode(t, x, "ascii", "strict")
		if err != nil {
			return nil, err
		}
		s = str.s
	default:
		return nil, Errorf(TypeError, "expected string or Unicode object, %s found", args[0].Type().Name)
	}
	f, err := FloatFromHex(s)
	if err != nil {
		return nil, err
	}
	if cls != Value(FloatType) {
		return Call(t, cls, []Value{Float(f)}, nil)
	}
	return Float(f), nil
}

func float_getformat(t *Thread, cls Value, args, kw []Value) (Value, error) {
	if err := numOneArg("__getformat__", args, kw); err != nil {
		return nil, err
	}
	s, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__getformat__() argument 1 must be string, not %s", args[0].Type().Name)
	}
	if s.s != "double" && s.s != "float" {
		return nil, Errorf(ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
	}
	return NewStr("IEEE, little-endian"), nil
}

func float_setformat(t *Thread, cls Value, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "__setformat__() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "__setformat__() takes exactly 2 arguments (%d given)", len(args))
	}
	var ss [2]string
	for i := range ss {
		s, ok := args[i].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "__setformat__() argument %d must be string, not %s", i+1, args[i].Type().Name)
		}
		ss[i] = s.s
	}
	if ss[0] != "double" && ss[0] != "float" {
		return nil, Errorf(ValueError, "__setformat__() argument 1 must be 'double' or 'float'")
	}
	switch ss[1] {
	case "unknown", "IEEE, little-endian":
		return None, nil
	case "IEEE, big-endian":
		return nil, Errorf(ValueError, "can only set %s format to 'unknown' or the detected platform value", ss[0])
	}
	return nil, Errorf(ValueError, "__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'")
}

func float_format(t *Thread, self Value, args, kw []Value) (Value, error) {
	return numberFormatMethod(t, self, args, kw)
}

func init() {
	FloatType.New = float_new
	FloatType.Repr = float_repr
	FloatType.Str = float_str
	FloatType.Hash = float_hash
	FloatType.GetAttr = GenericGetAttr
	FloatType.Compare = float_richcompare
	FloatType.Nonzero = float_nonzero
	FloatType.Number = &NumberSlots{
		Add: floatBinary(float_add), Sub: floatBinary(float_sub), Mul: floatBinary(float_mul),
		Div: classicDiv(2, "classic float division", floatBinary(float_div)), TrueDiv: floatBinary(float_div), FloorDiv: floatBinary(float_floordiv),
		Mod: floatBinary(float_mod), Divmod: floatBinary(float_divmod),
		Pow: float_pow,
		Neg: float_neg, Pos: float_pos, Abs: float_abs,
		Int: float_int, Long: float_long, Float: float_pos,
		Coerce: float_coerce,
	}
	FloatType.AddMethods([]MethodDef{
		{Name: "conjugate", Fn: float_conjugate},
		{Name: "__trunc__", Fn: float_trunc},
		{Name: "__getnewargs__", Fn: float_getnewargs},
		{Name: "is_integer", Fn: float_is_integer},
		{Name: "as_integer_ratio", Fn: float_as_integer_ratio},
		{Name: "hex", Fn: float_hex},
		{Name: "__format__", Fn: float_format},
	})
	FloatType.AddClassMethods([]MethodDef{
		{Name: "fromhex", Fn: float_fromhex},
		{Name: "__getformat__", Fn: float_getformat},
		{Name: "__setformat__", Fn: float_setformat},
	})
	FloatType.AddGetSets([]GetSet{
		{Name: "real", Get: func(t *Thread, self Value) (Value, error) { return Float(floatSelf(self)), nil }},
		{Name: "imag", Get: func(t *Thread, self Value) (Value, error) { return Float(0), nil }},
	})
}
