package math

import (
	gomath "math"

	o "github.com/pystm/pystm/objects"
)

// CPython 2.7 computes gamma, lgamma, erf and erfc itself rather than
// calling the C library; these are the same methods (Lanczos'
// approximation with Boost's N=13, g=6.0246... parameters, a power
// series and a continued fraction), so that results agree to the bit.

const (
	sqrtPi = 1.772453850905516027298167483341145182798

	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
)

// lanczosNum and lanczosDen are the numerator and denominator
// coefficients of the Lanczos sum as a rational function (the
// denominator is x*(x+1)*...*(x+11)).
var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
}

// lanczosSum is the Lanczos sum for x > 0, evaluated in 1/x past 5 to
// avoid overflow.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinpi is sin(pi*x) for finite x, accurate near the integers.
func sinpi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2)
	var r float64
	switch int(gomath.Round(2 * y)) {
	case 0:
		r = o.LibmSin(gomath.Pi * y)
	case 1:
		r = o.LibmCos(gomath.Pi * (y - 0.5))
	case 2:
		r = o.LibmSin(gomath.Pi * (1 - y))
	case 3:
		r = -o.LibmCos(gomath.Pi * (y - 1.5))
	default:
		r = o.LibmSin(gomath.Pi * (y - 2))
	}
	return gomath.Copysign(1, x) * r
}

// tgamma is the gamma function, with its errno.
func tgamma(x float64) (float64, int) {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x, errOK
	case gomath.IsInf(x, -1):
		return gomath.NaN(), errDomain
	case x == 0:
		return 1 / x, errDomain
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return gomath.NaN(), errDomain
		}
		if x <= 23 {
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i
			}
			return f, errOK
		}
	}
	ax := gomath.Abs(x)
	if ax < 1e-20 {
		r := 1 / x
		if gomath.IsInf(r, 0) {
			return r, errRange
		}
		return r, errOK
	}
	if ax > 200 {
		if x < 0 {
			return 0 / sinpi(x), errOK
		}
		return gomath.Inf(1), errRange
	}
	y := ax + lanczosGMinusHalf
	// The rounding error of y, to correct the result with.
	var z float64
	if ax > lanczosGMinusHalf {
		q := y - ax
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - ax
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -gomath.Pi / sinpi(ax) / ax * exp(y) / lanczosSum(ax)
		r -= z * r
		if ax < 140 {
			r /= o.LibmPow(y, ax-0.5)
		} else {
			s := o.LibmPow(y, ax/2-0.25)
			r /= s
			r /= s
		}
	} else {
		r = lanczosSum(ax) / exp(y)
		r += z * r
		if ax < 140 {
			r *= o.LibmPow(y, ax-0.5)
		} else {
			s := o.LibmPow(y, ax/2-0.25)
			r *= s
			r *= s
		}
	}
	if gomath.IsInf(r, 0) {
		return r, errRange
	}
	return r, errOK
}

// lgamma is the log of the absolute value of the gamma function, with
// its errno.
func lgamma(x float64) (float64, int) {
	switch {
	case gomath.IsNaN(x):
		return x, errOK
	case gomath.IsInf(x, 0):
		return gomath.Inf(1), errOK
	}
	if x == gomath.Floor(x) && x <= 2 {
		if x <= 0 {
			return gomath.Inf(1), errDomain
		}
		return 0, errOK
	}
	ax := gomath.Abs(x)
	if ax < 1e-20 {
		return -o.LibmLog(ax), errOK
	}
	var r float64
	if x > 0 {
		r = o.LibmLog(lanczosSum(x)) - lanczosG + (x-0.5)*(o.LibmLog(x+lanczosG-0.5)-1)
	} else {
		r = o.LibmLog(gomath.Pi) - o.LibmLog(gomath.Abs(sinpi(ax))) - o.LibmLog(ax) -
			(o.LibmLog(lanczosSum(ax)) - lanczosG + (ax-0.5)*(o.LibmLog(ax+lanczosG-0.5)-1))
	}
	if gomath.IsInf(r, 0) {
		return r, errRange
	}
	return r, errOK
}

// erfSeries is erf(x) by its power series, for small x.
func erfSeries(x float64) float64 {
	const terms = 25
	x2 := x * x
	acc := 0.0
	fk := terms + 0.5
	for i := 0; i < terms; i++ {
		acc = 2 + x2*acc/fk
		fk--
	}
	return acc * x * exp(-x2) / sqrtPi
}

// erfcContFrac is erfc(x) by a continued fraction, for x >= 1.5.
func erfcContFrac(x float64) float64 {
	if x >= 30 {
		return 0
	}
	x2 := x * x
	a, da := 0.0, 0.5
	p, pLast := 1.0, 0.0
	q, qLast := da+x2, 1.0
	for i := 0; i < 50; i++ {
		a += da
		da += 2
		b := da + x2
		p, pLast = b*p-a*pLast, p
		q, qLast = b*q-a*qLast, q
	}
	return p / q * x * exp(-x2) / sqrtPi
}

func erf(x float64) (float64, int) {
	if gomath.IsNaN(x) {
		return x, errOK
	}
	if gomath.Abs(x) < 1.5 {
		return erfSeries(x), errOK
	}
	cf := erfcContFrac(gomath.Abs(x))
	if x > 0 {
		return 1 - cf, errOK
	}
	return cf - 1, errOK
}

func erfc(x float64) (float64, int) {
	if gomath.IsNaN(x) {
		return x, errOK
	}
	if gomath.Abs(x) < 1.5 {
		return 1 - erfSeries(x), errOK
	}
	cf := erfcContFrac(gomath.Abs(x))
	if x > 0 {
		return cf, errOK
	}
	return 2 - cf, errOK
}
