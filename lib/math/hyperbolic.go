package math

import (
	gomath "math"

	o "github.com/pystm/pystm/objects"
)

// The hyperbolic functions and log10 as the C library (glibc, whose versions come
// from Sun's fdlibm) computes them: the same case splits and formulas,
// built on its exp, log, expm1 and log1p, so that results agree to the
// last bit far more often than Go's own versions do. Explicit float64
// conversions keep the compiler from fusing a multiply and an add.

const ln2 = 6.93147180559945286227e-01

// highWord is the upper 32 bits of x's representation, without the sign.
func highWord(x float64) uint32 { return uint32(gomath.Float64bits(x)>>32) & 0x7fffffff }

func sinh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if gomath.Signbit(x) {
		h = -h
	}
	ax := gomath.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := gomath.Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (2*t - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	}
	if ix < 0x40862e42 { // |x| < log(maxdouble)
		return h * o.LibmExp(ax)
	}
	if ax <= 7.10475860073943863426e+02 { // the overflow threshold
		w := o.LibmExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * 1.0e307
}

func cosh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		return x * x
	}
	ax := gomath.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3fd62e43 { // |x| < ln2/2
			if ix < 0x3c800000 {
				return 1
			}
			t := gomath.Expm1(ax)
			w := 1 + t
			return 1 + float64(t*t)/(w+w)
		}
		t := o.LibmExp(ax)
		return float64(0.5*t) + 0.5/t
	}
	if ix < 0x40862e42 {
		return 0.5 * o.LibmExp(ax)
	}
	if ax <= 7.10475860073943863426e+02 {
		w := o.LibmExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return gomath.Inf(1)
}

func tanh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		if gomath.IsNaN(x) {
			return x
		}
		return gomath.Copysign(1, x)
	}
	var z float64
	if ix < 0x40360000 { // |x| < 22
		if x == 0 {
			return x
		}
		if ix < 0x3c800000 { // |x| < 2**-55
			return x * (1 + x)
		}
		ax := gomath.Abs(x)
		if ix >= 0x3ff00000 {
			t := gomath.Expm1(2 * ax)
			z = 1 - 2/(t+2)
		} else {
			t := gomath.Expm1(-2 * ax)
			z = -t / (t + 2)
		}
	} else {
		z = 1
	}
	if gomath.Signbit(x) {
		return -z
	}
	return z
}

func asinh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		return x + x
	}
	if ix < 0x3e300000 { // |x| < 2**-28
		return x
	}
	ax := gomath.Abs(x)
	var w float64
	switch {
	case ix > 0x41b00000: // |x| > 2**28
		w = o.LibmLog(ax) + ln2
	case ix > 0x40000000: // 2 < |x| <= 2**28
		w = o.LibmLog(2*ax + 1/(gomath.Sqrt(float64(x*x)+1)+ax))
	default:
		t := x * x
		w = gomath.Log1p(ax + t/(1+gomath.Sqrt(1+t)))
	}
	if gomath.Signbit(x) {
		return -w
	}
	return w
}

func acosh(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x < 1:
		return gomath.NaN()
	case x >= 1<<28:
		if gomath.IsInf(x, 1) {
			return x
		}
		return o.LibmLog(x) + ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return o.LibmLog(2*x - 1/(x+gomath.Sqrt(t-1)))
	}
	t := x - 1
	return gomath.Log1p(t + gomath.Sqrt(2*t+float64(t*t)))
}

// log10 is log10(x) for finite x > 0: the exponent's part and the
// mantissa's log apart, as fdlibm splits them.
func log10(x float64) float64 {
	const (
		two54    = 1.80143985094819840000e+16
		ivln10   = 4.34294481903251816668e-01
		log102hi = 3.01029995663611771306e-01
		log102lo = 3.69423907715893078616e-13
	)
	bits := gomath.Float64bits(x)
	hx := int32(bits >> 32)
	k := int32(0)
	if hx < 0x00100000 { // subnormal: scale up
		k -= 54
		x *= two54
		bits = gomath.Float64bits(x)
		hx = int32(bits >> 32)
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = gomath.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := float64(y*log102lo) + float64(ivln10*o.LibmLog(x))
	return z + float64(y*log102hi)
}
