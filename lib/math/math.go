// Package math is Python 2.7's math module: CPython's argument handling
// (METH_O functions, PyArg_UnpackTuple for the two-argument ones), its
// rules for turning NaN and infinite results into ValueError and
// OverflowError, and its own gamma, lgamma, erf and erfc (special.go).
package math

import (
	gomath "math"
	"math/big"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("math", newModule) }

const moduleDoc = "This module is always available.  It provides access to the\nmathematical functions defined by the C standard."

// The errno values the C functions report.
const (
	errOK = iota
	errDomain
	errRange
)

// checkErrno turns an errno and the result r into CPython's exception
// (its is_error): a domain error is a ValueError, a range error an
// OverflowError unless |r| < 1 (an underflow, which is not an error).
func checkErrno(errno int, r float64) error {
	switch errno {
	case errDomain:
		return o.Errorf(o.ValueError, "math domain error")
	case errRange:
		if gomath.Abs(r) < 1 {
			return nil
		}
		return o.Errorf(o.OverflowError, "math range error")
	}
	return nil
}

func finite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// resultErrno is the errno CPython's math_1 and math_2 infer from a
// result: NaN from non-NaN arguments is a domain error, an infinity from
// finite arguments a range error (or a domain error where the function
// cannot overflow).
func resultErrno(r float64, argsNaN, argsFinite, canOverflow bool) int {
	switch {
	case gomath.IsNaN(r):
		if !argsNaN {
			return errDomain
		}
	case gomath.IsInf(r, 0):
		if argsFinite {
			if canOverflow {
				return errRange
			}
			return errDomain
		}
	}
	return errOK
}

// toFloat converts an argument as PyFloat_AsDouble does.
func toFloat(t *o.Thread, v o.Value) (float64, error) {
	if x, ok := v.(o.Float); ok {
		return float64(x), nil
	}
	return o.AsFloat(t, v)
}

// oneFloat checks a METH_O call and converts its argument.
func oneFloat(t *o.Thread, name string, args, kw []o.Value) (float64, error) {
	if err := modutil.OneArg(name, args, kw); err != nil {
		return 0, err
	}
	return toFloat(t, args[0])
}

// twoFloats checks a call unpacked as PyArg_UnpackTuple(name, 2, 2)
// and converts both arguments (the second even when the first failed,
// whose error then gives way to the second's).
func twoFloats(t *o.Thread, name string, args, kw []o.Value) (float64, float64, error) {
	if err := modutil.Unpack(name, args, kw, 2, 2); err != nil {
		return 0, 0, err
	}
	x, errx := toFloat(t, args[0])
	y, erry := toFloat(t, args[1])
	if erry != nil {
		return 0, 0, erry
	}
	return x, y, errx
}

// math1 is a function wrapped as CPython's math_1.
func math1(name, doc string, f func(float64) float64, canOverflow bool) o.MethodDef {
	return o.MethodDef{Name: name, Doc: doc, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		x, err := oneFloat(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		r := f(x)
		if err := checkErrno(resultErrno(r, gomath.IsNaN(x), finite(x), canOverflow), r); err != nil {
			return nil, err
		}
		return o.Float(r), nil
	}}
}

// math1a is a function that reports its own errno (CPython's math_1a).
func math1a(name, doc string, f func(float64) (float64, int)) o.MethodDef {
	return o.MethodDef{Name: name, Doc: doc, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		x, err := oneFloat(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		r, errno := f(x)
		if err := checkErrno(errno, r); err != nil {
			return nil, err
		}
		return o.Float(r), nil
	}}
}

// math2 is a two-argument function wrapped as CPython's math_2.
func math2(name, doc string, f func(x, y float64) float64) o.MethodDef {
	return o.MethodDef{Name: name, Doc: doc, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		x, y, err := twoFloats(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		r := f(x, y)
		errno := resultErrno(r, gomath.IsNaN(x) || gomath.IsNaN(y), finite(x) && finite(y), true)
		if err := checkErrno(errno, r); err != nil {
			return nil, err
		}
		return o.Float(r), nil
	}}
}

// atan2 handles the special values itself, as CPython's m_atan2 does.
func atan2(y, x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsNaN(y):
		return gomath.NaN()
	case gomath.IsInf(y, 0):
		if gomath.IsInf(x, 0) {
			if gomath.Signbit(x) {
				return gomath.Copysign(0.75*gomath.Pi, y)
			}
			return gomath.Copysign(0.25*gomath.Pi, y)
		}
		return gomath.Copysign(0.5*gomath.Pi, y)
	case gomath.IsInf(x, 0) || y == 0:
		if gomath.Signbit(x) {
			return gomath.Copysign(gomath.Pi, y)
		}
		return gomath.Copysign(0, y)
	}
	return o.LibmAtan2(y, x)
}

func exp(x float64) float64 {
	if gomath.IsInf(x, -1) {
		return 0
	}
	return o.LibmExp(x)
}

func log1p(x float64) float64 {
	if x == 0 {
		return x
	}
	return gomath.Log1p(x)
}

// mlog is CPython's m_log: log of a positive value, with the domain
// error of zero and negative arguments.
func mlog(x float64) (float64, int) {
	switch {
	case gomath.IsNaN(x):
		return x, errOK
	case gomath.IsInf(x, 1):
		return x, errOK
	case x > 0 && finite(x):
		return o.LibmLog(x), errOK
	case x == 0:
		return gomath.Inf(-1), errDomain
	}
	return gomath.NaN(), errDomain
}

func mlog10(x float64) (float64, int) {
	r, errno := mlog(x)
	if errno == errOK && x > 0 && finite(x) {
		r = log10(x)
	}
	return r, errno
}

// logHelper is CPython's loghelper: a long (of any size) is handled
// here, anything else as math_1 does with f.
func logHelper(t *o.Thread, v o.Value, f func(float64) (float64, int)) (float64, error) {
	if b, ok := longValue(v); ok {
		if b.Sign() <= 0 {
			return 0, o.Errorf(o.ValueError, "math domain error")
		}
		x, err := o.LongToFloat(b)
		if err == nil {
			r, _ := f(x)
			return r, nil
		}
		// Too large for a float: log(m * 2**e) = log(m) + e*log(2).
		m, e := frexpBig(b)
		rm, _ := f(m)
		r2, _ := f(2)
		return rm + r2*float64(e), nil
	}
	x, err := toFloat(t, v)
	if err != nil {
		return 0, err
	}
	r, errno := f(x)
	if errno == errOK {
		errno = resultErrno(r, gomath.IsNaN(x), finite(x), false)
	}
	if err := checkErrno(errno, r); err != nil {
		return 0, err
	}
	return r, nil
}

// longValue returns the value of a long or of an instance of a long
// subclass (CPython's PyLong_Check); ints are not longs.
func longValue(v o.Value) (*big.Int, bool) {
	if l, ok := o.Unwrap(v).(*o.Long); ok {
		return l.Big(), true
	}
	return nil, false
}

// frexpBig returns m in [0.5, 1) and e with b ~ m * 2**e, m rounded to
// 53 bits (half to even), as CPython's _PyLong_Frexp.
func frexpBig(b *big.Int) (float64, int) {
	f := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(b)
	mant := new(big.Float)
	e := f.MantExp(mant)
	m, _ := mant.Float64()
	return m, e
}

func newModule(t *o.Thread) (*o.Module, error) {
	m := o.NewModule("math")
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	d.SetString(t, "pi", o.Float(gomath.Pi))
	d.SetString(t, "e", o.Float(gomath.E))
	defs := functions()
	for i := range defs {
		d.SetString(t, defs[i].Name, &o.BuiltinFunction{M: &defs[i], Module: "math"})
	}
	return m, nil
}

func functions() []o.MethodDef {
	return []o.MethodDef{
		math1("acos", "acos(x)\n\nReturn the arc cosine (measured in radians) of x.", o.LibmAcos, false),
		math1("acosh", "acosh(x)\n\nReturn the inverse hyperbolic cosine of x.", acosh, false),
		math1("asin", "asin(x)\n\nReturn the arc sine (measured in radians) of x.", o.LibmAsin, false),
		math1("asinh", "asinh(x)\n\nReturn the inverse hyperbolic sine of x.", asinh, false),
		math1("atan", "atan(x)\n\nReturn the arc tangent (measured in radians) of x.", o.LibmAtan, false),
		math2("atan2", "atan2(y, x)\n\nReturn the arc tangent (measured in radians) of y/x.\nUnlike atan(y/x), the signs of both x and y are considered.", atan2),
		math1("atanh", "atanh(x)\n\nReturn the inverse hyperbolic tangent of x.", gomath.Atanh, false),
		math1("ceil", "ceil(x)\n\nReturn the ceiling of x as a float.\nThis is the smallest integral value >= x.", gomath.Ceil, false),
		math2("copysign", "copysign(x, y)\n\nReturn x with the sign of y.", gomath.Copysign),
		math1("cos", "cos(x)\n\nReturn the cosine of x (measured in radians).", o.LibmCos, false),
		math1("cosh", "cosh(x)\n\nReturn the hyperbolic cosine of x.", cosh, true),
		{Name: "degrees", Doc: "degrees(x)\n\nConvert angle x from radians to degrees.", Fn: scaled("degrees", 180.0/gomath.Pi)},
		math1a("erf", "erf(x)\n\nError function at x.", erf),
		math1a("erfc", "erfc(x)\n\nComplementary error function at x.", erfc),
		math1("exp", "exp(x)\n\nReturn e raised to the power of x.", exp, true),
		math1("expm1", "expm1(x)\n\nReturn exp(x)-1.\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.", gomath.Expm1, true),
		math1("fabs", "fabs(x)\n\nReturn the absolute value of the float x.", gomath.Abs, false),
		{Name: "factorial", Doc: "factorial(x) -> Integral\n\nFind x!. Raise a ValueError if x is negative or non-integral.", Fn: factorial},
		math1("floor", "floor(x)\n\nReturn the floor of x as a float.\nThis is the largest integral value <= x.", gomath.Floor, false),
		{Name: "fmod", Doc: "fmod(x, y)\n\nReturn fmod(x, y), according to platform C.  x % y may differ.", Fn: fmod},
		{Name: "frexp", Doc: "frexp(x)\n\nReturn the mantissa and exponent of x, as pair (m, e).\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.", Fn: frexp},
		{Name: "fsum", Doc: "fsum(iterable)\n\nReturn an accurate floating point sum of values in the iterable.\nAssumes IEEE-754 floating point arithmetic.", Fn: fsum},
		math1a("gamma", "gamma(x)\n\nGamma function at x.", tgamma),
		{Name: "hypot", Doc: "hypot(x, y)\n\nReturn the Euclidean distance, sqrt(x*x + y*y).", Fn: hypot},
		{Name: "isinf", Doc: "isinf(x) -> bool\n\nCheck if float x is infinite (positive or negative).", Fn: predicate("isinf", func(x float64) bool { return gomath.IsInf(x, 0) })},
		{Name: "isnan", Doc: "isnan(x) -> bool\n\nCheck if float x is not a number (NaN).", Fn: predicate("isnan", gomath.IsNaN)},
		{Name: "ldexp", Doc: "ldexp(x, i)\n\nReturn x * (2**i).", Fn: ldexp},
		math1a("lgamma", "lgamma(x)\n\nNatural logarithm of absolute value of Gamma function at x.", lgamma),
		{Name: "log", Doc: "log(x[, base])\n\nReturn the logarithm of x to the given base.\nIf the base not specified, returns the natural logarithm (base e) of x.", Fn: logFunc},
		math1("log1p", "log1p(x)\n\nReturn the natural logarithm of 1+x (base e).\nThe result is computed in a way which is accurate for x near zero.", log1p, true),
		{Name: "log10", Doc: "log10(x)\n\nReturn the base 10 logarithm of x.", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := modutil.OneArg("log10", args, kw); err != nil {
				return nil, err
			}
			r, err := logHelper(t, args[0], mlog10)
			if err != nil {
				return nil, err
			}
			return o.Float(r), nil
		}},
		{Name: "modf", Doc: "modf(x)\n\nReturn the fractional and integer parts of x.  Both results carry the sign\nof x and are floats.", Fn: modf},
		{Name: "pow", Doc: "pow(x, y)\n\nReturn x**y (x to the power of y).", Fn: pow},
		{Name: "radians", Doc: "radians(x)\n\nConvert angle x from degrees to radians.", Fn: scaled("radians", gomath.Pi/180.0)},
		math1("sin", "sin(x)\n\nReturn the sine of x (measured in radians).", o.LibmSin, false),
		math1("sinh", "sinh(x)\n\nReturn the hyperbolic sine of x.", sinh, true),
		math1("sqrt", "sqrt(x)\n\nReturn the square root of x.", gomath.Sqrt, false),
		math1("tan", "tan(x)\n\nReturn the tangent of x (measured in radians).", o.LibmTan, false),
		math1("tanh", "tanh(x)\n\nReturn the hyperbolic tangent of x.", tanh, false),
		{Name: "trunc", Doc: "trunc(x:Real) -> Integral\n\nTruncates x to the nearest Integral toward 0. Uses the __trunc__ magic method.", Fn: trunc},
	}
}

// scaled is degrees and radians: x times a constant, without checks.
func scaled(name string, k float64) func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		x, err := oneFloat(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		return o.Float(x * k), nil
	}
}

func predicate(name string, f func(float64) bool) func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		x, err := oneFloat(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		return o.NewBool(f(x)), nil
	}
}

// trunc calls the argument's __trunc__ method, found as any attribute.
func trunc(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("trunc", args, kw); err != nil {
		return nil, err
	}
	m, err := o.GetAttrString(t, args[0], "__trunc__")
	if err != nil {
		return nil, err
	}
	return o.Call(t, m, nil, nil)
}

func fmod(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	x, y, err := twoFloats(t, "fmod", args, kw)
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(y, 0) && finite(x) {
		return o.Float(x), nil
	}
	r := gomath.Mod(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return nil, checkErrno(errDomain, r)
	}
	return o.Float(r), nil
}

func hypot(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	x, y, err := twoFloats(t, "hypot", args, kw)
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(x, 0) {
		return o.Float(gomath.Abs(x)), nil
	}
	if gomath.IsInf(y, 0) {
		return o.Float(gomath.Abs(y)), nil
	}
	r := o.LibmHypot(x, y)
	errno := resultErrno(r, gomath.IsNaN(x) || gomath.IsNaN(y), finite(x) && finite(y), true)
	if err := checkErrno(errno, r); err != nil {
		return nil, err
	}
	return o.Float(r), nil
}

// pow is math.pow: IEEE special values handled as C99 says, finite ones
// given to the C library's pow.
func pow(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	x, y, err := twoFloats(t, "pow", args, kw)
	if err != nil {
		return nil, err
	}
	var r float64
	errno := errOK
	if !finite(x) || !finite(y) {
		switch {
		case gomath.IsNaN(x):
			r = x
			if y == 0 {
				r = 1
			}
		case gomath.IsNaN(y):
			r = y
			if x == 1 {
				r = 1
			}
		case gomath.IsInf(x, 0):
			odd := finite(y) && gomath.Mod(gomath.Abs(y), 2) == 1
			switch {
			case y > 0 && odd:
				r = x
			case y > 0:
				r = gomath.Abs(x)
			case y == 0:
				r = 1
			case odd:
				r = gomath.Copysign(0, x)
			default:
				r = 0
			}
		default: // y infinite
			ax := gomath.Abs(x)
			switch {
			case ax == 1:
				r = 1
			case y > 0 && ax > 1:
				r = y
			case y < 0 && ax < 1:
				r = -y
				if x == 0 {
					errno = errDomain
				}
			default:
				r = 0
			}
		}
	} else {
		r = o.LibmPow(x, y)
		switch {
		case gomath.IsNaN(r):
			errno = errDomain
		case gomath.IsInf(r, 0):
			if x == 0 {
				errno = errDomain
			} else {
				errno = errRange
			}
		}
	}
	if err := checkErrno(errno, r); err != nil {
		return nil, err
	}
	return o.Float(r), nil
}

func frexp(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	x, err := oneFloat(t, "frexp", args, kw)
	if err != nil {
		return nil, err
	}
	if !finite(x) || x == 0 {
		return o.NewTuple(o.Float(x), o.Int(0)), nil
	}
	f, e := gomath.Frexp(x)
	return o.NewTuple(o.Float(f), o.Int(e)), nil
}

func modf(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	x, err := oneFloat(t, "modf", args, kw)
	if err != nil {
		return nil, err
	}
	switch {
	case gomath.IsInf(x, 0):
		return o.NewTuple(o.Float(gomath.Copysign(0, x)), o.Float(x)), nil
	case gomath.IsNaN(x):
		return o.NewTuple(o.Float(x), o.Float(x)), nil
	}
	i, f := gomath.Modf(x)
	return o.NewTuple(o.Float(f), o.Float(i)), nil
}

// ldexp is ldexp(x, i), parsed as "dO:ldexp"; i must be an int or long,
// and exponents past the C int range overflow or underflow at once.
func ldexp(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := o.ParseTuple("ldexp", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return nil, err
	}
	b, ok := o.AsBig(args[1])
	if !ok {
		return nil, o.Errorf(o.TypeError, "Expected an int or long as second argument to ldexp.")
	}
	var r float64
	errno := errOK
	switch {
	case x == 0 || !finite(x):
		r = x
	case b.Cmp(big.NewInt(1<<31-1)) > 0:
		r = gomath.Copysign(gomath.Inf(1), x)
		errno = errRange
	case b.Cmp(big.NewInt(-1<<31)) < 0:
		r = gomath.Copysign(0, x)
	default:
		r = gomath.Ldexp(x, int(b.Int64()))
		if gomath.IsInf(r, 0) {
			errno = errRange
		}
	}
	if err := checkErrno(errno, r); err != nil {
		return nil, err
	}
	return o.Float(r), nil
}

// logFunc is log(x[, base]): the logarithms divided as floats.
func logFunc(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.Unpack("log", args, kw, 1, 2); err != nil {
		return nil, err
	}
	num, err := logHelper(t, args[0], mlog)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return o.Float(num), nil
	}
	den, err := logHelper(t, args[1], mlog)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, o.Errorf(o.ZeroDivisionError, "float division by zero")
	}
	return o.Float(num / den), nil
}

// factorial is math.factorial: a float must be integral, anything else
// converts as PyInt_AsLong does.
func factorial(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("factorial", args, kw); err != nil {
		return nil, err
	}
	var n int64
	var err error
	if f, ok := o.Unwrap(args[0]).(o.Float); ok {
		x := float64(f)
		if !finite(x) || x != gomath.Floor(x) {
			return nil, o.Errorf(o.ValueError, "factorial() only accepts integral values")
		}
		v, err := o.FloatToInt(x)
		if err != nil {
			return nil, err
		}
		n, err = o.IntAsLong(t, v)
		if err != nil {
			return nil, err
		}
	} else if n, err = o.IntAsLong(t, args[0]); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, o.Errorf(o.ValueError, "factorial() not defined for negative values")
	}
	r := big.NewInt(1)
	if n > 1 {
		r.MulRange(2, n)
	}
	return o.NewIntFromBig(r), nil
}

// fsum is the exactly rounded sum of floats (Shewchuk's partials, as
// CPython's math_fsum): an infinity or NaN among the items gives the
// IEEE sum of those, and a finite sum that overflows is an OverflowError.
func fsum(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("fsum", args, kw); err != nil {
		return nil, err
	}
	it, err := o.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	var p []float64
	special, infSum := 0.0, 0.0
	for {
		item, err := o.Next(t, it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			break
		}
		x, err := toFloat(t, item)
		if err != nil {
			return nil, err
		}
		orig := x
		i := 0
		for _, y := range p {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x == 0 {
			continue
		}
		if !finite(x) {
			if finite(orig) {
				return nil, o.Errorf(o.OverflowError, "intermediate overflow in fsum")
			}
			if gomath.IsInf(orig, 0) {
				infSum += orig
			}
			special += orig
			p = p[:0]
			continue
		}
		p = append(p, x)
	}
	if special != 0 {
		if gomath.IsNaN(infSum) {
			return nil, o.Errorf(o.ValueError, "-inf + inf in fsum")
		}
		return o.Float(special), nil
	}
	hi := 0.0
	if n := len(p); n > 0 {
		n--
		hi = p[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		// Round half to even across the partials left.
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return o.Float(hi), nil
}
