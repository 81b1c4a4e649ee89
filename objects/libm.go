package objects

import (
	"math"
	"math/big"
	"sync"
)

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
