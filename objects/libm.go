package objects

import (
	"math"
	"math/big"
	"sync"
)

// This file holds the C library's floating-point functions as CPython
// sees them through glibc.

// CPython calls the C library for pow, exp, log and hypot, and glibc's
// versions are correctly rounded in all but the rarest cases, while Go's
// math package is often an ulp away. The functions below compute in
// double-double arithmetic (a value is hi+lo, about 106 bits) and round
// once at the end, so that printed results agree with CPython's.

// dd is a double-double number hi+lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddAddF(a dd, b float64) dd {
	s := twoSum(a.hi, b)
	s.lo += a.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

// ddRecip returns 1/a.
func ddRecip(a dd) dd {
	q := 1 / a.hi
	// r = 1 - q*a, then q + q*r.
	r := ddAddF(ddNeg(ddMulF(a, q)), 1)
	return ddAddF(ddMulF(r, q), q)
}

// ddSqrt returns sqrt(x) for x > 0.
func ddSqrt(x float64) dd {
	s := math.Sqrt(x)
	d := ddAddF(ddNeg(twoProd(s, s)), x)
	return quickTwoSum(s, d.hi/(2*s))
}

// ln2 in double-double, and ln2/256.
const (
	ln2Hi = 0.6931471805599453094172321
	ln2Lo = 2.319046813846299558417771e-17
)

// expTab holds 2**(j/256) for j in [0, 256) in double-double.
var expTab struct {
	once   sync.Once
	hi, lo [256]float64
}

func initExpTab() {
	const prec = 160
	var roots [8]*big.Float // roots[i] = 2**(2**i/256)
	r := new(big.Float).SetPrec(prec).SetInt64(2)
	for i := 7; i >= 0; i-- {
		r = new(big.Float).SetPrec(prec).Sqrt(r)
		roots[i] = r
	}
	for j := 0; j < 256; j++ {
		v := new(big.Float).SetPrec(prec).SetInt64(1)
		for b := 0; b < 8; b++ {
			if j&(1<<b) != 0 {
				v.Mul(v, roots[b])
			}
		}
		hi, _ := v.Float64()
		lo, _ := new(big.Float).SetPrec(prec).Sub(v, new(big.Float).SetFloat64(hi)).Float64()
		expTab.hi[j], expTab.lo[j] = hi, lo
	}
}

// 1/6 and 1/24 in double-double.
var (
	inv6  = dd{1.0 / 6, math.FMA(-6, 1.0/6, 1) / 6}
	inv24 = dd{1.0 / 24, math.FMA(-24, 1.0/24, 1) / 24}
)

// expDD returns exp(x) as m * 2**k, m a double-double in [0.7, 1.5].
// When x is small (|x| < ln2/512) k is 0 and m-1 is returned with full
// relative precision as em1 (exp(x)-1); otherwise em1 is m-1 computed in
// double-double.
func expDD(x dd) (m dd, k int, em1 dd) {
	expTab.once.Do(initExpTab)
	n := math.Round(x.hi * (256 / ln2Hi))
	// r = x - n*ln2/256, exactly enough: n has at most 20 bits.
	r := ddAdd(x, ddNeg(twoProd(n, ln2Hi/256)))
	r = ddAdd(r, ddNeg(twoProd(n, ln2Lo/256)))
	// p = exp(r) - 1 = r + r²/2 + r³/6 + r⁴/24 + r⁵ q(r).
	rh := r.hi
	r5 := rh * rh * rh * rh * rh
	q := r5 * (1.0/120 + rh*(1.0/720+rh*(1.0/5040+rh*(1.0/40320+rh*(1.0/362880)))))
	p := ddAddF(ddMul(r, inv24), 0)
	p = ddMul(ddAdd(p, inv6), r)
	p = ddMul(ddAddF(p, 0.5), r)
	p = ddMul(ddAddF(p, 1), r)
	p = ddAddF(p, q)
	ni := int(n)
	j := ni & 255
	k = (ni - j) / 256
	if j == 0 {
		return ddAddF(p, 1), k, p
	}
	tj := dd{expTab.hi[j], expTab.lo[j]}
	m = ddAdd(tj, ddMul(tj, p))
	return m, k, ddAddF(m, -1)
}

// ddLog returns log(x) for finite x > 0.
func ddLog(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// Newton's step on y0 = log(m): y = y0 + m*exp(-y0) - 1, with
	// m*exp(-y0) - 1 = (m-1) + m*(exp(-y0)-1) to keep the relative
	// precision when m is close to 1.
	y0 := math.Log(m)
	em, k, em1 := expDD(dd{-y0, 0})
	var t dd
	if k == 0 {
		t = ddAddF(ddMulF(em1, m), m-1)
	} else {
		t = ddAddF(ddMulF(em, math.Ldexp(m, k)), -1)
	}
	y := ddAddF(t, y0)
	if e != 0 {
		fe := float64(e)
		y = ddAdd(y, ddAdd(twoProd(fe, ln2Hi), twoProd(fe, ln2Lo)))
	}
	return y
}

// ddRound returns m * 2**k rounded to a float64 (±Inf on overflow).
func ddRound(m dd, k int) float64 {
	_, e := math.Frexp(m.hi)
	if e+k > -1021 {
		return math.Ldexp(m.hi, k)
	}
	// Subnormal result: round hi+lo exactly.
	f := new(big.Float).SetPrec(200).SetFloat64(m.hi)
	f.Add(f, new(big.Float).SetFloat64(m.lo))
	f.SetMantExp(f, k)
	r, _ := f.Float64()
	return r
}

// libmExp returns exp(x), correctly rounded.
func libmExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 709.8:
		return math.Inf(1)
	case x < -746:
		return 0
	}
	m, k, _ := expDD(dd{x, 0})
	return ddRound(m, k)
}

// libmLog returns log(x), correctly rounded.
func libmLog(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	return ddLog(x).hi
}

// libmHypot returns sqrt(x*x + y*y) without undue overflow, correctly
// rounded.
func libmHypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	a, b := math.Abs(x), math.Abs(y)
	if a < b {
		a, b = b, a
	}
	if b == 0 || b < a*0x1p-60 {
		return a
	}
	_, e := math.Frexp(a)
	a, b = math.Ldexp(a, -e), math.Ldexp(b, -e)
	s := ddAdd(twoProd(a, a), twoProd(b, b))
	r := math.Sqrt(s.hi)
	d := ddAdd(s, ddNeg(twoProd(r, r)))
	v := quickTwoSum(r, d.hi/(2*r))
	return ddRound(v, e)
}

// powPositive returns x**y for finite x > 0, x != 1, and finite y != 0,
// correctly rounded; an overflow gives +Inf.
func powPositive(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	_, ex := math.Frexp(x)
	// Small integer and half-integer exponents: exact double-double
	// products, when no intermediate value leaves the normal range.
	if ay := math.Abs(y); ay <= 64 && ay*2 == math.Trunc(ay*2) {
		if est := float64(ex-1) * ay; est > -900 && est < 900 {
			n := int(ay)
			r := dd{1, 0}
			b := dd{x, 0}
			for n > 0 {
				if n&1 != 0 {
					r = ddMul(r, b)
				}
				n >>= 1
				if n > 0 {
					b = ddMul(b, b)
				}
			}
			if ay != math.Trunc(ay) {
				r = ddMul(r, ddSqrt(x))
			}
			if y < 0 {
				r = ddRecip(r)
			}
			return r.hi
		}
	}
	lx := ddLog(x)
	// Far out of range the double-double product would overflow.
	if est := lx.hi * y; est > 1000 {
		return math.Inf(1)
	} else if est < -1000 {
		return 0
	}
	z := ddMulF(lx, y)
	switch {
	case z.hi > 709.8:
		return math.Inf(1)
	case z.hi < -746:
		return 0
	}
	m, k, _ := expDD(z)
	return ddRound(m, k)
}

// LibmExp is exp(x) as the C library computes it (correctly rounded);
// an overflow is +Inf.
func LibmExp(x float64) float64 { return libmExp(x) }

// LibmLog is log(x) as the C library computes it (correctly rounded):
// -Inf for zero, NaN for negative x.
func LibmLog(x float64) float64 { return libmLog(x) }

// LibmHypot is hypot(x, y) as the C library computes it (correctly
// rounded).
func LibmHypot(x, y float64) float64 { return libmHypot(x, y) }

// LibmPow is the C library's pow(x, y) for finite x and y (correctly
// rounded): NaN for a negative x with a non-integral y, an infinity for
// zero to a negative power and on overflow.
func LibmPow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case x == 0:
		odd := isOddInteger(y)
		if y < 0 {
			if odd {
				return math.Copysign(math.Inf(1), x)
			}
			return math.Inf(1)
		}
		if odd {
			return x
		}
		return 0
	}
	neg := false
	if x < 0 {
		if y != math.Floor(y) {
			return math.NaN()
		}
		x = -x
		neg = isOddInteger(y)
	}
	r := 1.0
	if x != 1 {
		r = powPositive(x, y)
	}
	if neg {
		r = -r
	}
	return r
}

// Correctly rounded sin, cos, tan, asin, acos, atan and atan2, as the C
// library computes them (glibc's are correctly rounded; Go's math
// package is often an ulp away). They work in double-double arithmetic
// (see numconv.go): the argument is reduced modulo pi/2 exactly enough,
// the Taylor series is summed to about 106 bits, and the result is
// rounded once. The inverse functions refine Go's result with a Newton
// step made with these sin and cos.

// bigPi holds pi to 1500 bits, for reducing huge arguments.
var bigPi struct {
	once   sync.Once
	halfPi *big.Float
}

// bigAtanInv returns atan(1/n) to prec bits.
func bigAtanInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
	n2 := new(big.Float).SetPrec(prec).SetInt64(n * n)
	term := new(big.Float).SetPrec(prec)
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(0); ; k++ {
		term.Quo(x, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Cmp(eps) < 0 {
			break
		}
		x.Quo(x, n2)
	}
	return sum
}

func halfPiBig() *big.Float {
	bigPi.once.Do(func() {
		const prec = 1500
		a := bigAtanInv(5, prec)
		b := bigAtanInv(239, prec)
		// pi/2 = 8 atan(1/5) - 2 atan(1/239)
		a.Mul(a, big.NewFloat(8))
		b.Mul(b, big.NewFloat(2))
		bigPi.halfPi = new(big.Float).SetPrec(prec).Sub(a, b)
	})
	return bigPi.halfPi
}

// pio2 is pi/2 as the sum of three doubles.
var pio2 = func() [3]float64 {
	// 80 decimal digits of pi/2.
	f, _ := new(big.Float).SetPrec(300).SetString("1.5707963267948966192313216916397514420985846996875529104874722961539082031431044993140174126710585339")
	var p [3]float64
	r := new(big.Float).SetPrec(300).Set(f)
	for i := range p {
		p[i], _ = r.Float64()
		r.Sub(r, new(big.Float).SetFloat64(p[i]))
	}
	return p
}()

// invFact holds 1/n! in double-double for n < 32.
var invFact = func() [32]dd {
	var t [32]dd
	f := new(big.Float).SetPrec(200).SetInt64(1)
	for n := 0; n < len(t); n++ {
		if n > 1 {
			f.Quo(f, new(big.Float).SetPrec(200).SetInt64(int64(n)))
		}
		hi, _ := f.Float64()
		lo, _ := new(big.Float).SetPrec(200).Sub(f, new(big.Float).SetFloat64(hi)).Float64()
		t[n] = dd{hi, lo}
	}
	return t
}()

// reduceHalfPi returns r and k with x = k*(pi/2) + r, |r| <= pi/4
// (about), r in double-double; only k mod 4 is returned.
func reduceHalfPi(x float64) (int, dd) {
	ax := math.Abs(x)
	if ax <= math.Pi/4 {
		return 0, dd{x, 0}
	}
	if ax < 1<<20 {
		k := math.Round(x / pio2[0])
		r := ddAdd(dd{x, 0}, ddNeg(twoProd(k, pio2[0])))
		r = ddAdd(r, ddNeg(twoProd(k, pio2[1])))
		r = ddAddF(r, -k*pio2[2])
		return int(int64(k) & 3), r
	}
	_, e := math.Frexp(x)
	prec := uint(e + 200)
	hp := halfPiBig()
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, hp)
	// Round q to the nearest integer.
	qi, _ := q.Int(nil)
	frac := new(big.Float).SetPrec(prec).Sub(q, new(big.Float).SetInt(qi))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		qi.Add(qi, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		qi.Sub(qi, big.NewInt(1))
	}
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(qi), hp)
	r.Sub(bx, r)
	hi, _ := r.Float64()
	lo, _ := new(big.Float).SetPrec(prec).Sub(r, new(big.Float).SetFloat64(hi)).Float64()
	k := new(big.Int).And(qi, big.NewInt(3)).Int64()
	return int(k), dd{hi, lo}
}

// sinKernel and cosKernel sum the Taylor series of sin and cos for a
// reduced argument.
func sinKernel(r dd) dd {
	r2 := ddMul(r, r)
	s := dd{}
	for n := 29; n >= 3; n -= 2 {
		c := invFact[n]
		if (n/2)%2 == 1 {
			c = ddNeg(c)
		}
		s = ddMul(ddAdd(s, c), r2)
	}
	return ddMul(r, ddAddF(s, 1))
}

func cosKernel(r dd) dd {
	r2 := ddMul(r, r)
	s := dd{}
	for n := 30; n >= 2; n -= 2 {
		c := invFact[n]
		if (n/2)%2 == 1 {
			c = ddNeg(c)
		}
		s = ddMul(ddAdd(s, c), r2)
	}
	return ddAddF(s, 1)
}

// sinCosDD returns sin(x) and cos(x) in double-double for finite x.
func sinCosDD(x float64) (dd, dd) {
	k, r := reduceHalfPi(x)
	s, c := sinKernel(r), cosKernel(r)
	switch k {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c
}

// ddDiv returns a/b.
func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddNeg(ddMulF(b, q1)))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddNeg(ddMulF(b, q2)))
	q3 := r.hi / b.hi
	return ddAddF(quickTwoSum(q1, q2), q3)
}

// LibmSin is sin(x), correctly rounded.
func LibmSin(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Sin(x)
	}
	s, _ := sinCosDD(x)
	return s.hi + s.lo
}

// LibmCos is cos(x), correctly rounded.
func LibmCos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Cos(x)
	}
	_, c := sinCosDD(x)
	return c.hi + c.lo
}

// LibmTan is tan(x), correctly rounded.
func LibmTan(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Tan(x)
	}
	s, c := sinCosDD(x)
	t := ddDiv(s, c)
	return t.hi + t.lo
}

// LibmAtan is atan(x), correctly rounded.
func LibmAtan(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) < 1e-300 {
		return math.Atan(x)
	}
	z := math.Atan(x)
	// Newton's step on sin(z) - x*cos(z).
	s, c := sinCosDD(z)
	num := ddAdd(s, ddNeg(ddMulF(c, x)))
	den := ddAdd(c, ddMulF(s, x))
	r := ddAddF(dd{z, 0}, -(num.hi / den.hi))
	return r.hi + r.lo
}

// LibmAtan2 is atan2(y, x) for finite, non-zero y and x, correctly
// rounded.
func LibmAtan2(y, x float64) float64 {
	z := math.Atan2(y, x)
	if y == 0 || x == 0 || math.IsNaN(z) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return z
	}
	_, ex := math.Frexp(x)
	_, ey := math.Frexp(y)
	e := max(ex, ey)
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	if xs == 0 || ys == 0 || math.Abs(z) < 1e-300 {
		return z
	}
	// Newton's step on y*cos(z) - x*sin(z).
	s, c := sinCosDD(z)
	num := ddAdd(ddMulF(c, ys), ddNeg(ddMulF(s, xs)))
	den := ddAdd(ddMulF(c, xs), ddMulF(s, ys))
	r := ddAddF(dd{z, 0}, num.hi/den.hi)
	return r.hi + r.lo
}

// LibmAsin is asin(x), correctly rounded.
func LibmAsin(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.Abs(x) >= 1 || math.Abs(x) < 1e-300 {
		return math.Asin(x)
	}
	z := math.Asin(x)
	// Newton's step on sin(z) - x.
	s, c := sinCosDD(z)
	num := ddAddF(s, -x)
	r := ddAddF(dd{z, 0}, -(num.hi / c.hi))
	return r.hi + r.lo
}

// LibmAcos is acos(x), correctly rounded.
func LibmAcos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) >= 1 {
		return math.Acos(x)
	}
	z := math.Acos(x)
	// Newton's step on cos(z) - x.
	s, c := sinCosDD(z)
	num := ddAddF(c, -x)
	r := ddAddF(dd{z, 0}, num.hi/s.hi)
	return r.hi + r.lo
}
