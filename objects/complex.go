package objects

import (
	"math"

	"github.com/pystm/pystm/compile/syntax"
	"github.com/pystm/pystm/internal/pyhash"
)

// Complex is a Python complex.
type Complex complex128

// Type returns complex.
func (Complex) Type() *Type { return ComplexType }

// complexValue returns the value of an operand of a complex operation:
// a complex, float, int, bool or long (or an instance of a class derived
// from one); ok is false for other types.
func complexValue(v Value) (c complex128, ok bool, err error) {
	switch x := v.(type) {
	case Complex:
		return complex128(x), true, nil
	case *Instance:
		if x.base != nil {
			return complexValue(x.base)
		}
		return 0, false, nil
	}
	f, ok, err := numFloat(v)
	return complex(f, 0), ok, err
}

func complexBinary(f func(x, y complex128) (Value, error)) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok, err := complexValue(a)
		if !ok {
			return NotImplemented, nil
		}
		if err != nil {
			return nil, err
		}
		y, ok, err := complexValue(b)
		if !ok {
			return NotImplemented, nil
		}
		if err != nil {
			return nil, err
		}
		return f(x, y)
	}
}

// cProd multiplies as CPython's _Py_c_prod does (no fused operations).
func cProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// cQuot divides as CPython's _Py_c_quot does (Smith's method); ok is
// false for a zero divisor.
func cQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	nan := math.NaN()
	return complex(nan, nan), true
}

func complex_add(x, y complex128) (Value, error) {
	return Complex(complex(real(x)+real(y), imag(x)+imag(y))), nil
}

func complex_sub(x, y complex128) (Value, error) {
	return Complex(complex(real(x)-real(y), imag(x)-imag(y))), nil
}

func complex_mul(x, y complex128) (Value, error) { return Complex(cProd(x, y)), nil }

func complex_div(x, y complex128) (Value, error) {
	q, ok := cQuot(x, y)
	if !ok {
		return nil, Errorf(ZeroDivisionError, "complex division by zero")
	}
	return Complex(q), nil
}

// complexDivmod is the deprecated divmod of complex numbers: the floor
// of the real part of the quotient, and the remainder.
func complexDivmod(x, y complex128, msg string) (complex128, complex128, error) {
	q, ok := cQuot(x, y)
	if !ok {
		return 0, 0, Errorf(ZeroDivisionError, "%s", msg)
	}
	div := complex(math.Floor(real(q)), 0)
	p := cProd(y, div)
	mod := complex(real(x)-real(p), imag(x)-imag(p))
	return div, mod, nil
}

func complex_mod(x, y complex128) (Value, error) {
	_, m, err := complexDivmod(x, y, "complex remainder")
	if err != nil {
		return nil, err
	}
	return Complex(m), nil
}

func complex_divmod(x, y complex128) (Value, error) {
	d, m, err := complexDivmod(x, y, "complex divmod()")
	if err != nil {
		return nil, err
	}
	return NewTuple(Complex(d), Complex(m)), nil
}

func complex_floordiv(x, y complex128) (Value, error) {
	d, _, err := complexDivmod(x, y, "complex divmod()")
	if err != nil {
		return nil, err
	}
	return Complex(d), nil
}

// cPowReal is C's pow for a base >= 0, as complex power uses it.
func cPowReal(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x == 0:
		if y < 0 {
			return math.Inf(1)
		}
		return 0
	case math.IsInf(x, 1):
		if y < 0 {
			return 0
		}
		return x
	case math.IsInf(y, 0):
		if (y > 0) == (x > 1) {
			return math.Inf(1)
		}
		return 0
	}
	return powPositive(x, y)
}

// cPow is CPython's _Py_c_pow; ok is false for 0 to a negative or
// complex power.
func cPow(a, b complex128) (complex128, bool) {
	switch {
	case b == 0:
		return 1, true
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return 0, false
		}
		return 0, true
	}
	vabs := libmHypot(real(a), imag(a))
	length := cPowReal(vabs, real(b))
	at := math.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= libmExp(at * imag(b))
		phase += imag(b) * libmLog(vabs)
	}
	return complex(length*math.Cos(phase), length*math.Sin(phase)), true
}

// cPowu is x**n for n >= 1 by repeated squaring (CPython's c_powu).
func cPowu(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// cPowi is x**n for an integer n (CPython's c_powi).
func cPowi(x complex128, n int64) (complex128, bool) {
	switch {
	case n > 100 || n < -100:
		return cPow(x, complex(float64(n), 0))
	case n > 0:
		return cPowu(x, n), true
	}
	return cQuot(1, cPowu(x, -n))
}

func complex_pow(t *Thread, a, b, c Value) (Value, error) {
	x, ok, err := complexValue(a)
	if !ok {
		return NotImplemented, nil
	}
	if err != nil {
		return nil, err
	}
	y, ok, err := complexValue(b)
	if !ok {
		return NotImplemented, nil
	}
	if err != nil {
		return nil, err
	}
	if c != None {
		return nil, Errorf(ValueError, "complex modulo")
	}
	var p complex128
	n := real(y)
	if imag(y) == 0 && n == math.Trunc(n) && math.Abs(n) < 1<<62 {
		p, ok = cPowi(x, int64(n))
	} else {
		p, ok = cPow(x, y)
	}
	if !ok {
		return nil, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return nil, Errorf(OverflowError, "complex exponentiation")
	}
	return Complex(p), nil
}

func complexSelf(v Value) complex128 {
	c, _, _ := complexValue(v)
	return c
}

func complex_neg(t *Thread, a Value) (Value, error) {
	c := complexSelf(a)
	return Complex(complex(-real(c), -imag(c))), nil
}

func complex_pos(t *Thread, a Value) (Value, error) { return Complex(complexSelf(a)), nil }

// complexAbs is abs() of a complex: an overflow of finite parts is an
// OverflowError.
func complexAbs(c complex128) (float64, error) {
	re, im := real(c), imag(c)
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return math.Inf(1), nil
	}
	if math.IsNaN(re) || math.IsNaN(im) {
		return math.NaN(), nil
	}
	r := libmHypot(re, im)
	if math.IsInf(r, 0) {
		return 0, Errorf(OverflowError, "absolute value too large")
	}
	return r, nil
}

func complex_abs(t *Thread, a Value) (Value, error) {
	r, err := complexAbs(complexSelf(a))
	if err != nil {
		return nil, err
	}
	return Float(r), nil
}

func complex_nonzero(t *Thread, a Value) (bool, error) {
	c := complexSelf(a)
	return real(c) != 0 || imag(c) != 0, nil
}

func complex_int(t *Thread, a Value) (Value, error) {
	return nil, Errorf(TypeError, "can't convert complex to int")
}

func complex_long(t *Thread, a Value) (Value, error) {
	return nil, Errorf(TypeError, "can't convert complex to long")
}

func complex_float(t *Thread, a Value) (Value, error) {
	return nil, Errorf(TypeError, "can't convert complex to float")
}

func complex_coerce(t *Thread, a, b Value) (Value, error) {
	if _, ok := Unwrap(a).(Complex); !ok {
		return NotImplemented, nil
	}
	switch Unwrap(b).(type) {
	case Complex:
		return NewTuple(a, b), nil
	case Int, Bool, *Long, Float:
		c, _, err := complexValue(b)
		if err != nil {
			return nil, err
		}
		return NewTuple(a, Complex(c)), nil
	}
	return NotImplemented, nil
}

func complex_repr(t *Thread, a Value) (Value, error) {
	return NewStr(syntax.ReprComplex(complexSelf(a))), nil
}

func complex_str(t *Thread, a Value) (Value, error) {
	return NewStr(syntax.StrComplex(complexSelf(a))), nil
}

func complex_hash(t *Thread, a Value) (int64, error) {
	return pyhash.Complex(complexSelf(a)), nil
}

// complex_richcompare supports == and != with numbers; ordering numbers
// against a complex is a TypeError.
func complex_richcompare(t *Thread, a, b Value, op Cmp) (Value, error) {
	c, ok, _ := complexValue(a)
	if !ok {
		return NotImplemented, nil
	}
	w := Unwrap(b)
	if op != EQ && op != NE {
		switch w.(type) {
		case Int, Bool, *Long, Float, Complex:
			return nil, Errorf(TypeError, "no ordering relation is defined for complex numbers")
		}
		return NotImplemented, nil
	}
	var equal bool
	switch y := w.(type) {
	case Int, Bool, *Long:
		if imag(c) == 0 {
			return RichCompare(t, Float(real(c)), y, op)
		}
		equal = false
	case Float:
		equal = real(c) == float64(y) && imag(c) == 0
	case Complex:
		equal = complex128(y) == c
	default:
		return NotImplemented, nil
	}
	return NewBool(equal == (op == EQ)), nil
}

// complex_new is complex(real=0, imag=0).
func complex_new(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	a, err := numParseArgs("complex", args, kw, "real", "imag")
	if err != nil {
		return nil, err
	}
	r, i := a[0], a[1]
	if r == nil {
		r = Int(0)
	}
	if c, ok := r.(Complex); ok && i == nil && typ == ComplexType {
		return c, nil
	}
	c, err := complexFromArgs(t, r, i)
	if err != nil {
		return nil, err
	}
	if typ == ComplexType {
		return Complex(c), nil
	}
	return NewInstance(t, typ, Complex(c)), nil
}

func isStringValue(v Value) bool {
	switch Unwrap(v).(type) {
	case *Str, *Unicode:
		return true
	}
	return false
}

func complexFromArgs(t *Thread, r, i Value) (complex128, error) {
	if isStringValue(r) {
		if i != nil {
			return 0, Errorf(TypeError, "complex() can't take second arg if first is a string")
		}
		s, _, _, err := numberString(t, r)
		if err != nil {
			return 0, err
		}
		return parseComplexString(s)
	}
	if i != nil && isStringValue(i) {
		return 0, Errorf(TypeError, "complex() second arg can't be a string")
	}
	if _, ok := r.(Complex); !ok {
		if m, err := lookupComplexMethod(t, r); err != nil {
			return 0, err
		} else if m != nil {
			res, err := Call(t, m, nil, nil)
			if err != nil {
				return 0, err
			}
			r = res
		}
	}
	hasFloat := func(v Value) bool {
		n := v.Type().Number
		return n != nil && n.Float != nil
	}
	if !hasFloat(r) || (i != nil && !hasFloat(i)) {
		return 0, Errorf(TypeError, "complex() argument must be a string or a number")
	}
	var cr, ci complex128
	crComplex, ciComplex := false, false
	if c, ok := Unwrap(r).(Complex); ok {
		cr, crComplex = complex128(c), true
	} else {
		f, err := NumberFloat(t, r)
		if err != nil {
			return 0, err
		}
		cr = complex(floatSelf(f), 0)
	}
	if i != nil {
		if c, ok := Unwrap(i).(Complex); ok {
			ci, ciComplex = complex128(c), true
		} else {
			f, err := i.Type().Number.Float(t, i)
			if err != nil {
				return 0, err
			}
			fv, ok, _ := numFloat(f)
			if !ok {
				return 0, Errorf(TypeError, "a float is required")
			}
			ci = complex(fv, 0)
		}
	}
	re, im := real(cr), real(ci)
	if ciComplex {
		re -= imag(ci)
	}
	if crComplex {
		im += imag(cr)
	}
	return complex(re, im), nil
}

// lookupComplexMethod finds v's __complex__ method (an attribute of an
// old-style instance, a special method of a new-style class), or nil.
func lookupComplexMethod(t *Thread, v Value) (Value, error) {
	if oi, ok := v.(*OldInstance); ok {
		m, err := GetAttr(t, oi, Intern("__complex__"))
		if err != nil {
			if IsInstanceExc(err, AttributeError) {
				return nil, nil
			}
			return nil, err
		}
		return m, nil
	}
	m := v.Type().LookupString(t, "__complex__")
	if m == nil {
		return nil, nil
	}
	if g := m.Type().DescrGet; g != nil {
		return g(t, m, v, v.Type())
	}
	return m, nil
}

// ---- methods ----

func complex_conjugate(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("conjugate", args, kw); err != nil {
		return nil, err
	}
	c := complexSelf(self)
	return Complex(complex(real(c), -imag(c))), nil
}

func complex_getnewargs(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := numNoArgs("__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	c := complexSelf(self)
	return NewTuple(Float(real(c)), Float(imag(c))), nil
}

func complex_format(t *Thread, self Value, args, kw []Value) (Value, error) {
	return numberFormatMethod(t, self, args, kw)
}

func readonlyAttr(t *Thread, self, v Value) error {
	return Errorf(TypeError, "readonly attribute")
}

func init() {
	ComplexType.New = complex_new
	ComplexType.Repr = complex_repr
	ComplexType.Str = complex_str
	ComplexType.Hash = complex_hash
	ComplexType.GetAttr = GenericGetAttr
	ComplexType.Compare = complex_richcompare
	ComplexType.Nonzero = complex_nonzero
	ComplexType.Number = &NumberSlots{
		Add: complexBinary(complex_add), Sub: complexBinary(complex_sub), Mul: complexBinary(complex_mul),
		Div: classicDiv(2, "classic complex division", complexBinary(complex_div)), TrueDiv: complexBinary(complex_div),
		FloorDiv: complexBinary(complex_floordiv), Mod: complexBinary(complex_mod), Divmod: complexBinary(complex_divmod),
		Pow: complex_pow,
		Neg: complex_neg, Pos: complex_pos, Abs: complex_abs,
		Int: complex_int, Long: complex_long, Float: complex_float,
		Coerce: complex_coerce,
	}
	ComplexType.AddMethods([]MethodDef{
		{Name: "conjugate", Fn: complex_conjugate},
		{Name: "__getnewargs__", Fn: complex_getnewargs},
		{Name: "__format__", Fn: complex_format},
	})
	ComplexType.AddGetSets([]GetSet{
		{Name: "real", Member: true, Set: readonlyAttr, Get: func(t *Thread, self Value) (Value, error) {
			return Float(real(complexSelf(self))), nil
		}},
		{Name: "imag", Member: true, Set: readonlyAttr, Get: func(t *Thread, self Value) (Value, error) {
			return Float(imag(complexSelf(self))), nil
		}},
	})
}
