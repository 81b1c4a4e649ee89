package objects

import (
	"math/big"

	"github.com/pystm/pystm/internal/pyhash"
)

// Long is a Python long (unbounded). Its value is never modified. Long
// operations give longs, as in CPython 2.7 (2L + 3 is 5L).
type Long struct{ v *big.Int }

// Type returns long.
func (*Long) Type() *Type { return LongType }

// NewLong returns a long holding x (which the long now owns).
func NewLong(x *big.Int) *Long { return &Long{v: x} }

// Big returns the long's value; the caller must not modify it.
func (l *Long) Big() *big.Int { return l.v }

// constBig converts a compiled constant that is a *big.Int to a long.
func constBig(k any) Value {
	if b, ok := k.(*big.Int); ok {
		return NewLong(b)
	}
	return None
}

// maxLongBits bounds the size of a long result; a larger one is a
// MemoryError rather than an attempt to allocate it.
const maxLongBits = 1 << 36

func errNoMemoryLong() error { return NewException(MemoryError) }

// longOperands returns the values of two operands of a long operation
// (ints, bools, longs and instances of classes derived from them).
func longOperands(a, b Value) (x, y *big.Int, ok bool) {
	x, ok = numBig(a)
	if !ok {
		return nil, nil, false
	}
	y, ok = numBig(b)
	return x, y, ok
}

func longBinary(f func(x, y *big.Int) (Value, error)) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		x, y, ok := longOperands(a, b)
		if !ok {
			return NotImplemented, nil
		}
		return f(x, y)
	}
}

func errLongDivZero() error {
	return Errorf(ZeroDivisionError, "long division or modulo by zero")
}

// floorDivModBig returns Python's x // y and x % y (y not zero).
func floorDivModBig(x, y *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && r.Sign() != y.Sign() {
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	return q, r
}

func longFloorDivBig(x, y *big.Int) (Value, error) {
	if y.Sign() == 0 {
		return nil, errLongDivZero()
	}
	q, _ := floorDivModBig(x, y)
	return NewLong(q), nil
}

func longModBig(x, y *big.Int) (Value, error) {
	if y.Sign() == 0 {
		return nil, errLongDivZero()
	}
	_, r := floorDivModBig(x, y)
	return NewLong(r), nil
}

func longDivmodBig(x, y *big.Int) (Value, error) {
	if y.Sign() == 0 {
		return nil, errLongDivZero()
	}
	q, r := floorDivModBig(x, y)
	return NewTuple(NewLong(q), NewLong(r)), nil
}

// shiftCount converts a shift count as CPython's PyLong_AsSsize_t does.
func shiftCount(y *big.Int) (int64, error) {
	if !y.IsInt64() {
		return 0, Errorf(OverflowError, "long int too large to convert to int")
	}
	n := y.Int64()
	if n < 0 {
		return 0, errNegShift()
	}
	return n, nil
}

func longLshiftBig(x, y *big.Int) (Value, error) {
	n, err := shiftCount(y)
	if err != nil {
		return nil, err
	}
	if x.Sign() == 0 {
		return NewLong(new(big.Int)), nil
	}
	if n > maxLongBits {
		return nil, errNoMemoryLong()
	}
	return NewLong(new(big.Int).Lsh(x, uint(n))), nil
}

func longRshiftBig(x, y *big.Int) (Value, error) {
	n, err := shiftCount(y)
	if err != nil {
		return nil, err
	}
	if n >= int64(x.BitLen())+1 {
		if x.Sign() < 0 {
			return NewLong(big.NewInt(-1)), nil
		}
		return NewLong(new(big.Int)), nil
	}
	return NewLong(new(big.Int).Rsh(x, uint(n))), nil
}

// longPowBig returns x ** y for y >= 0 as a long.
func longPowBig(x, y *big.Int) (Value, error) {
	switch {
	case y.Sign() == 0:
		return NewLong(big.NewInt(1)), nil
	case x.Sign() == 0:
		return NewLong(new(big.Int)), nil
	case x.CmpAbs(big.NewInt(1)) == 0:
		if x.Sign() < 0 && y.Bit(0) == 1 {
			return NewLong(big.NewInt(-1)), nil
		}
		return NewLong(big.NewInt(1)), nil
	}
	if !y.IsInt64() || y.Int64() > maxLongBits || y.Int64()*int64(x.BitLen()-1) > maxLongBits {
		return nil, errNoMemoryLong()
	}
	return NewLong(new(big.Int).Exp(x, y, nil)), nil
}

// powModBig returns pow(x, y, z) for y >= 0 and z != 0, with the sign of
// z as Python's modulo gives it.
func powModBig(x, y, z *big.Int) *big.Int {
	m := new(big.Int).Abs(z)
	if m.Cmp(big.NewInt(1)) == 0 {
		return new(big.Int)
	}
	base := new(big.Int).Mod(x, m)
	r := new(big.Int).Exp(base, y, m)
	if z.Sign() < 0 && r.Sign() != 0 {
		r.Sub(r, m)
	}
	return r
}

// long_pow is long ** x and pow(long, x, z).
func long_pow(t *Thread, a, b, c Value) (Value, error) {
	x, y, ok := longOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	var z *big.Int
	if c != None {
		z, ok = numBig(c)
		if !ok {
			return NotImplemented, nil
		}
	}
	if y.Sign() < 0 {
		if z != nil {
			return nil, Errorf(TypeError, "pow() 2nd argument cannot be negative when 3rd argument specified")
		}
		return float_pow(t, a, b, None)
	}
	if z != nil {
		if z.Sign() == 0 {
			return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
		}
		return NewLong(powModBig(x, y, z)), nil
	}
	return longPowBig(x, y)
}

func longValue(a Value) *big.Int {
	x, _ := numBig(a)
	return x
}

func long_neg(t *Thread, a Value) (Value, error) {
	return NewLong(new(big.Int).Neg(longValue(a))), nil
}

func long_pos(t *Thread, a Value) (Value, error) {
	if l, ok := a.(*Long); ok {
		return l, nil
	}
	return NewLong(longValue(a)), nil
}

func long_abs(t *Thread, a Value) (Value, error) {
	x := longValue(a)
	if x.Sign() >= 0 {
		return long_pos(t, a)
	}
	return NewLong(new(big.Int).Neg(x)), nil
}

func long_invert(t *Thread, a Value) (Value, error) {
	return NewLong(new(big.Int).Not(longValue(a))), nil
}

func long_nonzero(t *Thread, a Value) (bool, error) {
	return longValue(a).Sign() != 0, nil
}

func long_int(t *Thread, a Value) (Value, error) {
	x := longValue(a)
	if x.IsInt64() {
		return Int(x.Int64()), nil
	}
	return long_pos(t, a)
}

func long_float(t *Thread, a Value) (Value, error) {
	f, err := longToFloat(longValue(a))
	if err != nil {
		return nil, err
	}
	return Float(f), nil
}

// longFormat formats x for oct() and hex(): "0" or "0x" before the
// digits, a sign before that, and a trailing "L".
func longFormat(x *big.Int, base int) string {
	var abs big.Int
	abs.Abs(x)
	s := ""
	switch base {
	case 8:
		if abs.Sign() == 0 {
			s = "0"
		} else {
			s = "0" + abs.Text(8)
		}
	case 16:
		s = "0x" + abs.Text(16)
	}
	if x.Sign() < 0 {
		s = "-" + s
	}
	return s + "L"
}

func long_oct(t *Thread, a Value) (Value, error) {
	return NewStr(longFormat(longValue(a), 8)), nil
}

func long_hex(t *Thread, a Value) (Value, error) {
	return NewStr(longFormat(longValue(a), 16)), nil
}

func long_coerce(t *Thread, a, b Value) (Value, error) {
	x, y, ok := longOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	la, ok := a.(*Long)
	if !ok {
		la = NewLong(x)
	}
	lb, ok := b.(*Long)
	if !ok {
		lb = NewLong(y)
	}
	return NewTuple(la, lb), nil
}

func long_repr(t *Thread, a Value) (Value, error) {
	return NewStr(longValue(a).String() + "L"), nil
}

func long_str(t *Thread, a Value) (Value, error) {
	return NewStr(longValue(a).String()), nil
}

func long_hash(t *Thread, a Value) (int64, error) {
	return pyhash.Long(longValue(a)), nil
}

// long_cmp is long's three-way comparison, exact against ints, longs and
// floats.
func long_cmp(t *Thread, a, b Value) (Value, error) {
	x, ok := numBig(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := numBig(b); ok {
		return Int(x.Cmp(y)), nil
	}
	if f, ok := Unwrap(b).(Float); ok {
		if f != f {
			return Int(1), nil
		}
		return Int(cmpBigFloat(x, float64(f))), nil
	}
	return NotImplemented, nil
}

// long_new is long(x=0, base=10).
func long_new(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	v, err := longFromArgs(t, args, kw)
	if err != nil || typ == LongType {
		return v, err
	}
	return NewInstance(t, typ, v), nil
}

func longFromArgs(t *Thread, args, kw []Value) (Value, error) {
	if len(args) == 1 && len(kw) == 0 {
		return NumberLong(t, args[0])
	}
	a, err := numParseArgs("long", args, kw, "x", "base")
	if err != nil {
		return nil, err
	}
	x, bv := a[0], a[1]
	if bv == nil {
		if x == nil {
			return NewLong(new(big.Int)), nil
		}
		return NumberLong(t, x)
	}
	base, err := AsInt(t, bv)
	if err != nil {
		return nil, err
	}
	if x == nil {
		return nil, Errorf(TypeError, "long() missing string argument")
	}
	switch s := Unwrap(x).(type) {
	case *Str:
		if len(cString(s.s)) != len(s.s) {
			return nil, Errorf(ValueError, "invalid literal for long() with base %d: %s", base, StrRepr(s.s))
		}
		return parseLongString(s.s, clampBase(base), "long")
	case *Unicode:
		str, err := encodeDecimal(t, s.r)
		if err != nil {
			return nil, err
		}
		return parseLongString(str, clampBase(base), "long")
	}
	return nil, Errorf(TypeError, "long() can't convert non-string with explicit base")
}

func clampBase(b int64) int {
	if b < -1 || b > 99 {
		return -1
	}
	return int(b)
}

// NumberLong is long(v) (CPython's PyNumber_Long): __long__, then
// __trunc__, then the parse of a string.
func NumberLong(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *Long:
		return x, nil
	case Int:
		return NewLongInt64(int64(x)), nil
	case Bool:
		return NewLongInt64(boolInt(x)), nil
	case Float:
		b, err := floatToBig(float64(x))
		if err != nil {
			return nil, err
		}
		return NewLong(b), nil
	case *Str:
		return longFromString(x.s)
	case *Unicode:
		s, err := encodeDecimal(t, x.r)
		if err != nil {
			return nil, err
		}
		return parseLongString(s, 10, "long")
	}
	if n := v.Type().Number; n != nil && n.Long != nil {
		r, err := n.Long(t, v)
		if err != nil {
			return nil, err
		}
		if i, ok := numInt64(r); ok {
			return NewLongInt64(i), nil
		}
		if _, ok := Unwrap(r).(*Long); !ok {
			return nil, Errorf(TypeError, "__long__ returned non-long (type %s)", r.Type().Name)
		}
		return r, nil
	}
	r, found, err := callTrunc(t, v)
	if err != nil {
		return nil, err
	}
	if found {
		r, err := integralToIntValue(t, r, "__trunc__ returned non-Integral (type %s)")
		if err != nil {
			return nil, err
		}
		if i, ok := numInt64(r); ok {
			return NewLongInt64(i), nil
		}
		return r, nil
	}
	switch x := Unwrap(v).(type) {
	case *Str:
		return longFromString(x.s)
	case *Unicode:
		s, err := encodeDecimal(t, x.r)
		if err != nil {
			return nil, err
		}
		return parseLongString(s, 10, "long")
	}
	if s, ok := CharBuffer(t, v); ok {
		return longFromString(s)
	}
	return nil, Errorf(TypeError, "long() argument must be a string or a number, not '%s'", v.Type().Name)
}

func longFromString(s string) (Value, error) {
	v, err := parseLongString(s, 10, "long")
	if err == nil && len(cString(s)) != len(s) {
		return nil, Errorf(ValueError, "null byte in argument for long()")
	}
	return v, err
}

// ---- methods ----

func long_conjugate(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("conjugate", args, kw); err != nil {
		return nil, err
	}
	return long_pos(t, Unwrap(self))
}

func long_bit_length(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("bit_length", args, kw); err != nil {
		return nil, err
	}
	return Int(longValue(self).BitLen()), nil
}

func long_trunc(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("__trunc__", args, kw); err != nil {
		return nil, err
	}
	return long_pos(t, Unwrap(self))
}

func long_getnewargs(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	v, _ := long_pos(t, Unwrap(self))
	return NewTuple(v), nil
}

func long_sizeof(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("__sizeof__", args, kw); err != nil {
		return nil, err
	}
	n := (longValue(self).BitLen() + 29) / 30
	return Int(24 + 4*n), nil
}

func long_format(t *Thread, self Value, args, kw []Value) (Value, error) {
	return numberFormatMethod(t, self, args, kw)
}

func init() {
	LongType.New = long_new
	LongType.Repr = long_repr
	LongType.Str = long_str
	LongType.Hash = long_hash
	LongType.GetAttr = GenericGetAttr
	LongType.Cmp3 = long_cmp
	LongType.Nonzero = long_nonzero
	LongType.Number = &NumberSlots{
		Add: longBinary(func(x, y *big.Int) (Value, error) { return NewLong(new(big.Int).Add(x, y)), nil }),
		Sub: longBinary(func(x, y *big.Int) (Value, error) { return NewLong(new(big.Int).Sub(x, y)), nil }),
		Mul: longBinary(func(x, y *big.Int) (Value, error) {
			if x.BitLen()+y.BitLen() > maxLongBits {
				return nil, errNoMemoryLong()
			}
			return NewLong(new(big.Int).Mul(x, y)), nil
		}),
		Div:      classicDiv(1, "classic long division", longBinary(longFloorDivBig)),
		TrueDiv:  longBinary(trueDivBig),
		FloorDiv: longBinary(longFloorDivBig),
		Mod:      longBinary(longModBig),
		Divmod:   longBinary(longDivmodBig),
		LShift:   longBinary(longLshiftBig),
		RShift:   longBinary(longRshiftBig),
		And:      longBinary(func(x, y *big.Int) (Value, error) { return NewLong(new(big.Int).And(x, y)), nil }),
		Or:       longBinary(func(x, y *big.Int) (Value, error) { return NewLong(new(big.Int).Or(x, y)), nil }),
		Xor:      longBinary(func(x, y *big.Int) (Value, error) { return NewLong(new(big.Int).Xor(x, y)), nil }),
		Pow:      long_pow,
		Neg:      long_neg, Pos: long_pos, Abs: long_abs, Invert: long_invert,
		Int: long_int, Long: long_pos, Float: long_float, Oct: long_oct, Hex: long_hex,
		Index: long_pos, Coerce: long_coerce,
	}
	LongType.AddMethods([]MethodDef{
		{Name: "conjugate", Fn: long_conjugate},
		{Name: "bit_length", Fn: long_bit_length},
		{Name: "__trunc__", Fn: long_trunc},
		{Name: "__getnewargs__", Fn: long_getnewargs},
		{Name: "__format__", Fn: long_format},
		{Name: "__sizeof__", Fn: long_sizeof},
	})
	LongType.AddGetSets([]GetSet{
		{Name: "real", Get: func(t *Thread, self Value) (Value, error) { return long_pos(t, Unwrap(self)) }},
		{Name: "imag", Get: func(t *Thread, self Value) (Value, error) { return NewLong(new(big.Int)), nil }},
		{Name: "numerator", Get: func(t *Thread, self Value) (Value, error) { return long_pos(t, Unwrap(self)) }},
		{Name: "denominator", Get: func(t *Thread, self Value) (Value, error) { return NewLong(big.NewInt(1)), nil }},
	})
}
