package objects

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/pystm/pystm/internal/pyhash"
)

// Int is a Python int: a machine word. Operations whose result does not
// fit in one give a long, as in CPython 2.7.
type Int int64

// Type returns int.
func (Int) Type() *Type { return IntType }

// intOperands returns the values of two int operands (ints, bools or
// instances of classes derived from int); ok is false when either is
// something else.
func intOperands(a, b Value) (x, y int64, ok bool) {
	if i, ok1 := a.(Int); ok1 {
		if j, ok2 := b.(Int); ok2 {
			return int64(i), int64(j), true
		}
	}
	x, ok = numInt64(a)
	if !ok {
		return 0, 0, false
	}
	y, ok = numInt64(b)
	return x, y, ok
}

// intOverflow redoes an int operation that overflowed as a long one.
func intOverflow(x, y int64, f func(a, b *big.Int) (Value, error)) (Value, error) {
	return f(big.NewInt(x), big.NewInt(y))
}

func int_add(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	s := x + y
	if (s^x)&(s^y) < 0 {
		return NewLong(new(big.Int).Add(big.NewInt(x), big.NewInt(y))), nil
	}
	return Int(s), nil
}

func int_sub(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	d := x - y
	if (x^y)&(x^d) < 0 {
		return NewLong(new(big.Int).Sub(big.NewInt(x), big.NewInt(y))), nil
	}
	return Int(d), nil
}

// mul64 returns x*y and whether it overflowed an int64.
func mul64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(y)))
	neg := (x < 0) != (y < 0)
	if hi != 0 || (x == math.MinInt64 || y == math.MinInt64) {
		if neg && hi == 0 && lo == 1<<63 {
			return math.MinInt64, false
		}
		return 0, true
	}
	if lo > math.MaxInt64 {
		if neg && lo == 1<<63 {
			return math.MinInt64, false
		}
		return 0, true
	}
	if neg {
		return -int64(lo), false
	}
	return int64(lo), false
}

// abs64 returns |x| (math.MinInt64 for math.MinInt64, whose uint64 is right).
func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func int_mul(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	p, ovf := mul64(x, y)
	if ovf {
		return NewLong(new(big.Int).Mul(big.NewInt(x), big.NewInt(y))), nil
	}
	return Int(p), nil
}

func errIntDivZero() error {
	return Errorf(ZeroDivisionError, "integer division or modulo by zero")
}

// floorDivMod64 returns Python's x // y and x % y; ok is false when the
// quotient overflows (math.MinInt64 // -1).
func floorDivMod64(x, y int64) (q, r int64, ok bool) {
	if y == -1 && x == math.MinInt64 {
		return 0, 0, false
	}
	q, r = x/y, x%y
	if r != 0 && (r < 0) != (y < 0) {
		q--
		r += y
	}
	return q, r, true
}

func int_floordiv(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if y == 0 {
		return nil, errIntDivZero()
	}
	q, _, ok := floorDivMod64(x, y)
	if !ok {
		return intOverflow(x, y, longFloorDivBig)
	}
	return Int(q), nil
}

func int_mod(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if y == 0 {
		return nil, errIntDivZero()
	}
	_, r, ok := floorDivMod64(x, y)
	if !ok {
		return intOverflow(x, y, longModBig)
	}
	return Int(r), nil
}

func int_divmod(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if y == 0 {
		return nil, errIntDivZero()
	}
	q, r, ok := floorDivMod64(x, y)
	if !ok {
		return intOverflow(x, y, longDivmodBig)
	}
	return NewTuple(Int(q), Int(r)), nil
}

func int_truediv(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if y == 0 {
		return nil, Errorf(ZeroDivisionError, "division by zero")
	}
	const lim = 1 << 53
	if x > -lim && x < lim && y > -lim && y < lim {
		return Float(float64(x) / float64(y)), nil
	}
	return trueDivBig(big.NewInt(x), big.NewInt(y))
}

// trueDivBig returns x / y correctly rounded, as CPython's
// long_true_divide does.
func trueDivBig(x, y *big.Int) (Value, error) {
	if y.Sign() == 0 {
		return nil, Errorf(ZeroDivisionError, "division by zero")
	}
	if x.Sign() == 0 {
		if y.Sign() < 0 {
			return Float(math.Copysign(0, -1)), nil
		}
		return Float(0), nil
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "integer division result too large for a float")
	}
	if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	return Float(f), nil
}

func int_neg(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	if x == math.MinInt64 {
		return NewLong(new(big.Int).Neg(big.NewInt(x))), nil
	}
	return Int(-x), nil
}

func int_pos(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	return Int(x), nil
}

func int_abs(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	if x < 0 {
		return int_neg(t, Int(x))
	}
	return Int(x), nil
}

func int_invert(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	return Int(^x), nil
}

func int_nonzero(t *Thread, a Value) (bool, error) {
	x, _ := numInt64(a)
	return x != 0, nil
}

func errNegShift() error { return Errorf(ValueError, "negative shift count") }

func int_lshift(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if y < 0 {
		return nil, errNegShift()
	}
	if x == 0 {
		return Int(0), nil
	}
	if y >= 64 {
		return longLshiftBig(big.NewInt(x), big.NewInt(y))
	}
	c := x << uint(y)
	if c>>uint(y) != x {
		return longLshiftBig(big.NewInt(x), big.NewInt(y))
	}
	return Int(c), nil
}

func int_rshift(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if y < 0 {
		return nil, errNegShift()
	}
	if y >= 64 {
		if x < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	return Int(x >> uint(y)), nil
}

func int_and(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return Int(x & y), nil
}

func int_or(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return Int(x | y), nil
}

func int_xor(t *Thread, a, b Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return Int(x ^ y), nil
}

// int_pow is int ** int and pow(int, int, int): a negative exponent
// gives a float; a result too large gives a long.
func int_pow(t *Thread, a, b, c Value) (Value, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	var z int64
	hasMod := c != None
	if hasMod {
		var ok bool
		z, ok = numInt64(c)
		if !ok {
			return NotImplemented, nil
		}
	}
	if y < 0 {
		if hasMod {
			return nil, Errorf(TypeError, "pow() 2nd argument cannot be negative when 3rd argument specified")
		}
		return float_pow(t, Float(float64(x)), Float(float64(y)), None)
	}
	if hasMod {
		if z == 0 {
			return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
		}
		r := new(big.Int).Exp(big.NewInt(x), big.NewInt(y), nil)
		_ = r
		return NewIntFromBig(powModBig(big.NewInt(x), big.NewInt(y), big.NewInt(z))), nil
	}
	// Repeated squaring, switching to longs on overflow.
	result, base, e := int64(1), x, y
	for e > 0 {
		if e&1 != 0 {
			var ovf bool
			result, ovf = mul64(result, base)
			if ovf {
				return longPowBig(big.NewInt(x), big.NewInt(y))
			}
		}
		e >>= 1
		if e == 0 {
			break
		}
		var ovf bool
		base, ovf = mul64(base, base)
		if ovf {
			return longPowBig(big.NewInt(x), big.NewInt(y))
		}
	}
	return Int(result), nil
}

func int_int(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	return Int(x), nil
}

func int_long(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	return NewLongInt64(x), nil
}

func int_float(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	return Float(float64(x)), nil
}

func int_oct(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	switch {
	case x == 0:
		return NewStr("0"), nil
	case x < 0:
		return NewStr("-0" + strconv.FormatUint(uint64(-x), 8)), nil
	}
	return NewStr("0" + strconv.FormatInt(x, 8)), nil
}

func int_hex(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	if x < 0 {
		return NewStr("-0x" + strconv.FormatUint(uint64(-x), 16)), nil
	}
	return NewStr("0x" + strconv.FormatInt(x, 16)), nil
}

func int_coerce(t *Thread, a, b Value) (Value, error) {
	if _, ok := numInt64(b); ok {
		if _, ok := numInt64(a); ok {
			return NewTuple(a, b), nil
		}
	}
	return NotImplemented, nil
}

func int_repr(t *Thread, a Value) (Value, error) {
	x, _ := numInt64(a)
	return NewStr(strconv.FormatInt(x, 10)), nil
}

func int_hash(t *Thread, a Value) (int64, error) {
	x, _ := numInt64(a)
	return pyhash.Int(x), nil
}

// int_cmp is int's three-way comparison. Besides ints it compares exactly
// with longs and floats, which CPython reaches through coercion.
func int_cmp(t *Thread, a, b Value) (Value, error) {
	x, ok := numInt64(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := numInt64(b); ok {
		return Int(cmp64(x, y)), nil
	}
	switch y := Unwrap(b).(type) {
	case *Long:
		return Int(-y.v.Cmp(big.NewInt(x)) * -1 * -1), nil
	case Float:
		if y != y {
			return Int(1), nil
		}
		return Int(cmpIntFloat(x, float64(y))), nil
	}
	return NotImplemented, nil
}

func cmp64(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cmpIntFloat compares an int with a non-nan float exactly.
func cmpIntFloat(x int64, f float64) int {
	if x > -1<<53 && x < 1<<53 {
		return cmpFloat64(float64(x), f)
	}
	return cmpBigFloat(big.NewInt(x), f)
}

func cmpFloat64(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cmpBigFloat compares an integer with a non-nan float exactly.
func cmpBigFloat(x *big.Int, f float64) int {
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	return new(big.Float).SetInt(x).Cmp(new(big.Float).SetFloat64(f))
}

// int_new is int(x=0, base=10).
func int_new(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if typ == BoolType {
		return nil, Errorf(TypeError, "int.__new__(bool) is not safe, use bool.__new__()")
	}
	v, err := intFromArgs(t, args, kw)
	if err != nil || typ == IntType {
		return v, err
	}
	b, _ := numBig(v)
	i, err := longToInt64(b)
	if err != nil {
		return nil, err
	}
	return NewInstance(t, typ, Int(i)), nil
}

func intFromArgs(t *Thread, args, kw []Value) (Value, error) {
	if len(args) == 1 && len(kw) == 0 {
		return NumberInt(t, args[0])
	}
	a, err := numParseArgs("int", args, kw, "x", "base")
	if err != nil {
		return nil, err
	}
	x, bv := a[0], a[1]
	if bv == nil {
		if x == nil {
			return Int(0), nil
		}
		return NumberInt(t, x)
	}
	base, err := AsInt(t, bv)
	if err != nil {
		return nil, err
	}
	if x == nil {
		return nil, Errorf(TypeError, "int() missing string argument")
	}
	switch s := Unwrap(x).(type) {
	case *Str:
		if base < math.MinInt32 || base > math.MaxInt32 {
			return nil, Errorf(OverflowError, "signed integer is greater than maximum")
		}
		if len(cString(s.s)) != len(s.s) {
			return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, StrRepr(s.s))
		}
		return parseIntString(s.s, int(base))
	case *Unicode:
		str, err := encodeDecimal(t, s.r)
		if err != nil {
			return nil, err
		}
		return parseIntString(str, int(base))
	}
	return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
}

// NumberInt is int(v) (CPython's PyNumber_Int): __int__, then
// __trunc__, then the parse of a string.
func NumberInt(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		return x, nil
	case Bool:
		return Int(boolInt(x)), nil
	case Float:
		return FloatToInt(float64(x))
	case *Long:
		return NewIntFromBig(x.v), nil
	case *Str:
		return intFromString(x.s)
	case *Unicode:
		s, err := encodeDecimal(t, x.r)
		if err != nil {
			return nil, err
		}
		return parseIntString(s, 10)
	}
	if n := v.Type().Number; n != nil && n.Int != nil {
		r, err := n.Int(t, v)
		if err != nil {
			return nil, err
		}
		if !IsIntegral(r) {
			return nil, Errorf(TypeError, "__int__ returned non-int (type %s)", r.Type().Name)
		}
		return r, nil
	}
	r, found, err := callTrunc(t, v)
	if err != nil {
		return nil, err
	}
	if found {
		return integralToIntValue(t, r, "__trunc__ returned non-Integral (type %s)")
	}
	switch x := Unwrap(v).(type) {
	case *Str:
		return intFromString(x.s)
	case *Unicode:
		s, err := encodeDecimal(t, x.r)
		if err != nil {
			return nil, err
		}
		return parseIntString(s, 10)
	}
	if s, ok := CharBuffer(t, v); ok {
		return intFromString(s)
	}
	return nil, Errorf(TypeError, "int() argument must be a string or a number, not '%s'", v.Type().Name)
}

// intFromString is int(s) for a str: a NUL byte inside is an error of
// its own.
func intFromString(s string) (Value, error) {
	v, err := parseIntString(s, 10)
	if err == nil && len(cString(s)) != len(s) {
		return nil, Errorf(ValueError, "null byte in argument for int()")
	}
	return v, err
}

// callTrunc calls v.__trunc__() if v has one.
func callTrunc(t *Thread, v Value) (r Value, found bool, err error) {
	m, err := GetAttr(t, v, Intern("__trunc__"))
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return nil, false, nil
		}
		return nil, false, err
	}
	r, err = Call(t, m, nil, nil)
	return r, true, err
}

// integralToIntValue is _PyNumber_ConvertIntegralToInt: an int or long
// passes, anything else must have an __int__ returning one.
func integralToIntValue(t *Thread, v Value, format string) (Value, error) {
	if IsIntegral(v) {
		return v, nil
	}
	name := v.Type().Name
	if oi, ok := v.(*OldInstance); ok {
		name = oi.cls.Name
	}
	m, err := GetAttr(t, v, Intern("__int__"))
	if err != nil {
		return nil, Errorf(TypeError, format, name)
	}
	r, err := Call(t, m, nil, nil)
	if err != nil {
		return nil, err
	}
	if !IsIntegral(r) {
		name = r.Type().Name
		if oi, ok := r.(*OldInstance); ok {
			name = oi.cls.Name
		}
		return nil, Errorf(TypeError, format, name)
	}
	return r, nil
}

// ---- methods ----

func int_conjugate(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("conjugate", args, kw); err != nil {
		return nil, err
	}
	return int_int(t, Unwrap(self))
}

func int_bit_length(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("bit_length", args, kw); err != nil {
		return nil, err
	}
	x, _ := numInt64(self)
	if x < 0 {
		return Int(bits.Len64(uint64(-x))), nil
	}
	return Int(bits.Len64(uint64(x))), nil
}

func int_trunc(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("__trunc__", args, kw); err != nil {
		return nil, err
	}
	return int_int(t, Unwrap(self))
}

func int_getnewargs(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	x, _ := numInt64(self)
	return NewTuple(Int(x)), nil
}

func int_format(t *Thread, self Value, args, kw []Value) (Value, error) {
	return numberFormatMethod(t, self, args, kw)
}

func init() {
	IntType.New = int_new
	IntType.Repr = int_repr
	IntType.Str = int_repr
	IntType.Hash = int_hash
	IntType.GetAttr = GenericGetAttr
	IntType.Cmp3 = int_cmp
	IntType.Nonzero = int_nonzero
	IntType.Number = &NumberSlots{
		Add: int_add, Sub: int_sub, Mul: int_mul, Div: classicDiv(1, "classic int division", int_floordiv), TrueDiv: int_truediv,
		FloorDiv: int_floordiv, Mod: int_mod, Divmod: int_divmod,
		LShift: int_lshift, RShift: int_rshift, And: int_and, Or: int_or, Xor: int_xor,
		Pow: int_pow,
		Neg: int_neg, Pos: int_pos, Abs: int_abs, Invert: int_invert,
		Int: int_int, Long: int_long, Float: int_float, Oct: int_oct, Hex: int_hex,
		Index: int_int, Coerce: int_coerce,
	}
	IntType.AddMethods([]MethodDef{
		{Name: "conjugate", Fn: int_conjugate},
		{Name: "bit_length", Fn: int_bit_length},
		{Name: "__trunc__", Fn: int_trunc},
		{Name: "__getnewargs__", Fn: int_getnewargs},
		{Name: "__format__", Fn: int_format},
	})
	IntType.AddGetSets([]GetSet{
		{Name: "real", Get: func(t *Thread, self Value) (Value, error) { return int_int(t, Unwrap(self)) }},
		{Name: "imag", Get: func(t *Thread, self Value) (Value, error) { return Int(0), nil }},
		{Name: "numerator", Get: func(t *Thread, self Value) (Value, error) { return int_int(t, Unwrap(self)) }},
		{Name: "denominator", Get: func(t *Thread, self Value) (Value, error) { return Int(1), nil }},
	})
}
