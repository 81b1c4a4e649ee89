// Package cmath is Python 2.7's cmath module: the elementary functions
// on complex numbers with C99 Annex G's branch cuts and special values,
// computed as CPython computes them, and CPython's errors (ValueError
// "math domain error" where C99 signals invalid or divide-by-zero,
// OverflowError "math range error" where it signals overflow).
package cmath

import (
	"math"

	"github.com/pystm/pystm/interp"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("cmath", newModule) }

// The outcome of a computation, as CPython's functions report it in
// errno.
const (
	ok     = 0
	edom   = 1 // invalid or divide-by-zero
	erange = 2 // overflow
)

const (
	largeDouble = math.MaxFloat64 / 4
	dblMin      = 0x1p-1022
	mantDig     = 53
	scaleUp     = 2*(mantDig/2) + 1
	scaleDown   = -(scaleUp + 1) / 2
	ln2         = math.Ln2
	ln10        = math.Ln10
)

var (
	sqrtLargeDouble = math.Sqrt(largeDouble)
	logLargeDouble  = math.Log(largeDouble)
	sqrtDblMin      = math.Sqrt(dblMin)
)

func finite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

func finiteC(z complex128) bool { return finite(real(z)) && finite(imag(z)) }

func neg(z complex128) complex128 { return complex(-real(z), -imag(z)) }

// mul keeps a product rounded on its own (no fused multiply-add), as
// the C code computes it.
func mul(a, b float64) float64 { return float64(a * b) }

func cSqrt(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		return sqrtTable.at(z), ok
	}
	if x == 0 && y == 0 {
		return complex(0, y), ok
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < dblMin && ay < dblMin && (ax > 0 || ay > 0) {
		// Scale up where hypot(ax, ay) would be subnormal.
		ax = math.Ldexp(ax, scaleUp)
		s = math.Ldexp(math.Sqrt(ax+hypot(ax, math.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), ok
	}
	return complex(d, math.Copysign(s, y)), ok
}

func cAcos(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		return acosTable.at(z), ok
	}
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		re := atan2(math.Abs(y), x)
		var im float64
		if x < 0 {
			im = -math.Copysign(math.Log(hypot(x/2, y/2))+ln2*2, y)
		} else {
			im = math.Copysign(math.Log(hypot(x/2, y/2))+ln2*2, -y)
		}
		return complex(re, im), ok
	}
	s1, _ := cSqrt(complex(1-x, -y))
	s2, _ := cSqrt(complex(1+x, y))
	return complex(2*atan2(real(s1), real(s2)),
		math.Asinh(mul(real(s2), imag(s1))-mul(imag(s2), real(s1)))), ok
}

func cAcosh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		return acoshTable.at(z), ok
	}
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		return complex(math.Log(hypot(x/2, y/2))+ln2*2, atan2(y, x)), ok
	}
	s1, _ := cSqrt(complex(x-1, y))
	s2, _ := cSqrt(complex(x+1, y))
	return complex(math.Asinh(mul(real(s1), real(s2))+mul(imag(s1), imag(s2))),
		2*atan2(imag(s1), real(s2))), ok
}

func cAsinh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		return asinhTable.at(z), ok
	}
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		var re float64
		if y >= 0 {
			re = math.Copysign(math.Log(hypot(x/2, y/2))+ln2*2, x)
		} else {
			re = -math.Copysign(math.Log(hypot(x/2, y/2))+ln2*2, -x)
		}
		return complex(re, atan2(y, math.Abs(x))), ok
	}
	s1, _ := cSqrt(complex(1+y, -x))
	s2, _ := cSqrt(complex(1-y, x))
	return complex(math.Asinh(mul(real(s1), imag(s2))-mul(real(s2), imag(s1))),
		atan2(y, mul(real(s1), real(s2))-mul(imag(s1), imag(s2)))), ok
}

// cAsin is -i asinh(iz).
func cAsin(z complex128) (complex128, int) {
	s, e := cAsinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func cAtanh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		return atanhTable.at(z), ok
	}
	if x < 0 {
		// atanh(z) = -atanh(-z)
		r, e := cAtanh(neg(z))
		return neg(r), e
	}
	ay := math.Abs(y)
	switch {
	case x > sqrtLargeDouble || ay > sqrtLargeDouble:
		// For a large z, atanh(z) is about 1/z +- i pi/2.
		h := hypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), ok
	case x == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(math.Inf(1), y), edom
		}
		return complex(-math.Log(math.Sqrt(ay)/math.Sqrt(hypot(ay, 2))),
			math.Copysign(atan2(2, -ay)/2, y)), ok
	}
	one := 1 - x
	re := math.Log1p(4*x/(mul(one, one)+mul(ay, ay))) / 4
	im := -atan2(-2*y, mul(1-x, 1+x)-mul(ay, ay)) / 2
	return complex(re, im), ok
}

// cAtan is -i atanh(iz).
func cAtan(z complex128) (complex128, int) {
	s, e := cAtanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func cCosh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(math.Inf(1), math.Cos(y)), math.Copysign(math.Inf(1), math.Sin(y)))
			} else {
				r = complex(math.Copysign(math.Inf(1), math.Cos(y)), -math.Copysign(math.Inf(1), math.Sin(y)))
			}
		} else {
			r = coshTable.at(z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, edom
		}
		return r, ok
	}
	var re, im float64
	if math.Abs(x) > logLargeDouble {
		// cosh(x) alone would overflow where cosh(z) need not.
		xm1 := x - math.Copysign(1, x)
		re = mul(mul(math.Cos(y), math.Cosh(xm1)), math.E)
		im = mul(mul(math.Sin(y), math.Sinh(xm1)), math.E)
	} else {
		re = mul(math.Cos(y), math.Cosh(x))
		im = mul(math.Sin(y), math.Sinh(x))
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return complex(re, im), erange
	}
	return complex(re, im), ok
}

// cCos is cosh(iz).
func cCos(z complex128) (complex128, int) { return cCosh(complex(-imag(z), real(z))) }

func cSinh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(math.Inf(1), math.Cos(y)), math.Copysign(math.Inf(1), math.Sin(y)))
			} else {
				r = complex(-math.Copysign(math.Inf(1), math.Cos(y)), math.Copysign(math.Inf(1), math.Sin(y)))
			}
		} else {
			r = sinhTable.at(z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, edom
		}
		return r, ok
	}
	var re, im float64
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1, x)
		re = mul(mul(math.Cos(y), math.Sinh(xm1)), math.E)
		im = mul(mul(math.Sin(y), math.Cosh(xm1)), math.E)
	} else {
		re = mul(math.Cos(y), math.Sinh(x))
		im = mul(math.Sin(y), math.Cosh(x))
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return complex(re, im), erange
	}
	return complex(re, im), ok
}

// cSin is -i sinh(iz).
func cSin(z complex128) (complex128, int) {
	s, e := cSinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func cTanh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			r = complex(math.Copysign(1, x), math.Copysign(0, mul(2*math.Sin(y), math.Cos(y))))
		} else {
			r = tanhTable.at(z)
		}
		if math.IsInf(y, 0) && finite(x) {
			return r, edom
		}
		return r, ok
	}
	if math.Abs(x) > logLargeDouble {
		return complex(math.Copysign(1, x),
			mul(mul(4*math.Sin(y), math.Cos(y)), math.Exp(-2*math.Abs(x)))), ok
	}
	tx := math.Tanh(x)
	ty := math.Tan(y)
	cx := 1 / math.Cosh(x)
	txty := mul(tx, ty)
	denom := 1 + mul(txty, txty)
	re := mul(tx, 1+mul(ty, ty)) / denom
	im := mul(mul(ty/denom, cx), cx)
	return complex(re, im), ok
}

// cTan is -i tanh(iz).
func cTan(z complex128) (complex128, int) {
	s, e := cTanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func cExp(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(math.Inf(1), math.Cos(y)), math.Copysign(math.Inf(1), math.Sin(y)))
			} else {
				r = complex(math.Copysign(0, math.Cos(y)), math.Copysign(0, math.Sin(y)))
			}
		} else {
			r = expTable.at(z)
		}
		if math.IsInf(y, 0) && (finite(x) || math.IsInf(x, 1)) {
			return r, edom
		}
		return r, ok
	}
	var re, im float64
	if x > logLargeDouble {
		l := math.Exp(x - 1)
		re = mul(mul(l, math.Cos(y)), math.E)
		im = mul(mul(l, math.Sin(y)), math.E)
	} else {
		l := math.Exp(x)
		re = mul(l, math.Cos(y))
		im = mul(l, math.Sin(y))
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return complex(re, im), erange
	}
	return complex(re, im), ok
}

func cLog(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		return logTable.at(z), ok
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = math.Log(hypot(ax/2, ay/2)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax > 0 || ay > 0 {
			// Scale up where hypot(ax, ay) would be subnormal.
			re = math.Log(hypot(math.Ldexp(ax, mantDig), math.Ldexp(ay, mantDig))) - mantDig*ln2
		} else {
			return complex(math.Inf(-1), atan2(y, x)), edom
		}
	default:
		h := hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := ax, ay
			if ay > ax {
				am, an = ay, ax
			}
			re = math.Log1p(mul(am-1, am+1)+mul(an, an)) / 2
		} else {
			re = math.Log(h)
		}
	}
	return complex(re, atan2(y, x)), ok
}

func cLog10(z complex128) (complex128, int) {
	r, e := cLog(z)
	return complex(real(r)/ln10, imag(r)/ln10), e
}

// quot divides as CPython's c_quot does (Smith's algorithm); a zero
// divisor gives 0 and edom.
func quot(a, b complex128) (complex128, int) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, edom
		}
		ratio := bi / br
		denom := br + mul(bi, ratio)
		return complex((ar+mul(ai, ratio))/denom, (ai-mul(ar, ratio))/denom), ok
	case absBi >= absBr:
		ratio := br / bi
		denom := mul(br, ratio) + bi
		return complex((mul(ar, ratio)+ai)/denom, (mul(ai, ratio)-ar)/denom), ok
	}
	nan := math.NaN()
	return complex(nan, nan), ok
}

// atan2 is math.Atan2 with the sign C gives when y/x underflows: for a
// negative x and a negative y whose quotient rounds to zero, -pi (Go
// returns +pi).
func atan2(y, x float64) float64 {
	r := math.Atan2(y, x)
	if x < 0 && y < 0 && r > 0 {
		return -r
	}
	return r
}

// phase is the argument of z, with C99's atan2 rules for the special
// values. As in CPython, a result that underflows to zero is a range
// error (the C library's atan2 reports it in errno, and phase() looks).
func phase(z complex128) (float64, int) {
	r := phaseOf(z)
	x, y := real(z), imag(z)
	if r == 0 && y != 0 && finite(x) && finite(y) {
		return r, erange
	}
	return r, ok
}

func phaseOf(z complex128) float64 {
	x, y := real(z), imag(z)
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	if math.IsInf(y, 0) {
		if math.IsInf(x, 0) {
			if !math.Signbit(x) {
				return math.Copysign(0.25*math.Pi, y)
			}
			return math.Copysign(0.75*math.Pi, y)
		}
		return math.Copysign(0.5*math.Pi, y)
	}
	if math.IsInf(x, 0) || y == 0 {
		if !math.Signbit(x) {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	}
	return atan2(y, x)
}

// abs is the modulus of z: infinite if either part is, NaN if either is
// NaN otherwise; erange when a finite z's modulus overflows.
func abs(z complex128) (float64, int) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		if math.IsInf(x, 0) {
			return math.Abs(x), ok
		}
		if math.IsInf(y, 0) {
			return math.Abs(y), ok
		}
		return math.NaN(), ok
	}
	r := hypot(x, y)
	if !finite(r) {
		return r, erange
	}
	return r, ok
}

// rect converts polar coordinates with the special values of
// exp(log(r) + i phi).
func rect(r, phi float64) (complex128, int) {
	if finite(r) && finite(phi) {
		return complex(mul(r, math.Cos(phi)), mul(r, math.Sin(phi))), ok
	}
	var z complex128
	if math.IsInf(r, 0) && finite(phi) && phi != 0 {
		if r > 0 {
			z = complex(math.Copysign(math.Inf(1), math.Cos(phi)), math.Copysign(math.Inf(1), math.Sin(phi)))
		} else {
			z = complex(-math.Copysign(math.Inf(1), math.Cos(phi)), -math.Copysign(math.Inf(1), math.Sin(phi)))
		}
	} else {
		z = rectTable.at(complex(r, phi))
	}
	if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
		return z, edom
	}
	return z, ok
}

// mathError is the exception for an outcome.
func mathError(e int) error {
	if e == erange {
		return o.Errorf(o.OverflowError, "math range error")
	}
	return o.Errorf(o.ValueError, "math domain error")
}

func newModule(t *o.Thread) (*o.Module, error) {
	m := interp.NewModule(t, "cmath", functions())
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr("Mathematical functions on complex numbers (always available)."))
	d.SetString(t, "pi", o.Float(math.Pi))
	d.SetString(t, "e", o.Float(math.E))
	return m, nil
}
