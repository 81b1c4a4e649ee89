// Package pyhash computes the values of CPython 2.7's hash() on a 64-bit
// build with hash randomization off, for the immutable built-in types:
// str, unicode, int, long, float, complex, tuple and frozenset, and the
// identity hash of objects that do not define one.
//
// Every function takes plain Go values and returns the int64 that CPython
// 2.7.18 returns. Like CPython, no function ever returns -1 (that value
// signals an error in C); -1 becomes -2.
package pyhash

import (
	"math"
	"math/big"
	"math/bits"
)

// mult is the multiplier of the string and tuple hashes.
const mult = 1000003

// fix maps the error marker -1 to -2, as every CPython hash does.
func fix(x int64) int64 {
	if x == -1 {
		return -2
	}
	return x
}

// Bytes returns hash(s) for a Python str holding the bytes of s.
func Bytes(s []byte) int64 {
	if len(s) == 0 {
		return 0
	}
	x := uint64(s[0]) << 7
	for _, c := range s {
		x = (mult * x) ^ uint64(c)
	}
	x ^= uint64(len(s))
	return fix(int64(x))
}

// String returns hash(s) for a Python str holding the bytes of s.
func String(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	x := uint64(s[0]) << 7
	for i := 0; i < len(s); i++ {
		x = (mult * x) ^ uint64(s[i])
	}
	x ^= uint64(len(s))
	return fix(int64(x))
}

// Unicode returns hash(u) for a Python unicode holding the code points of
// u (a UCS4 build: one unit per code point). A unicode string of ASCII
// characters hashes like the equal str.
func Unicode(u []rune) int64 {
	if len(u) == 0 {
		return 0
	}
	x := uint64(uint32(u[0])) << 7
	for _, c := range u {
		x = (mult * x) ^ uint64(uint32(c))
	}
	x ^= uint64(len(u))
	return fix(int64(x))
}

// Int returns hash(i) for a Python int: i itself, except that -1 hashes
// as -2.
func Int(i int64) int64 { return fix(i) }

// longShift is the number of bits in one digit of a CPython long on a
// 64-bit build.
const longShift = 30

// Long returns hash(n) for a Python long. It equals Int(n) whenever n fits
// in an int64: CPython folds the 30-bit digits of |n| into a value
// congruent to |n| modulo 2**64-1, then applies the sign.
func Long(n *big.Int) int64 {
	if n.IsInt64() {
		return fix(n.Int64())
	}
	var abs big.Int
	abs.Abs(n)
	words := abs.Bits()
	nbits := abs.BitLen()
	ndigits := (nbits + longShift - 1) / longShift
	var x uint64
	for i := ndigits - 1; i >= 0; i-- {
		d := digit(words, i)
		x = bits.RotateLeft64(x, longShift)
		x += d
		if x < d {
			x++
		}
	}
	if n.Sign() < 0 {
		x = -x
	}
	return fix(int64(x))
}

// digit returns the i'th 30-bit digit, least significant first, of the
// number whose little-endian words are ws.
func digit(ws []big.Word, i int) uint64 {
	const wbits = bits.UintSize
	lo := i * longShift
	w := lo / wbits
	off := uint(lo % wbits)
	v := uint64(ws[w]) >> off
	if off+longShift > wbits && w+1 < len(ws) {
		v |= uint64(ws[w+1]) << (wbits - off)
	}
	return v & (1<<longShift - 1)
}

// Float returns hash(f) for a Python float. An integral value hashes as
// the equal int or long; inf and -inf hash as 314159 and -271828; nan
// hashes as 0.
func Float(f float64) int64 {
	intpart, frac := math.Modf(f)
	if math.IsInf(f, 0) {
		intpart, frac = f, 0
	}
	if frac == 0 {
		const half = float64(math.MaxInt64 / 2)
		if intpart > half || -intpart > half {
			if math.IsInf(intpart, 1) {
				return 314159
			}
			if math.IsInf(intpart, -1) {
				return -271828
			}
			n, _ := big.NewFloat(intpart).Int(nil)
			return Long(n)
		}
		return fix(int64(intpart))
	}
	if math.IsNaN(f) {
		// frexp leaves nan unchanged with exponent 0 and the conversions
		// to long give the x86-64 "indefinite integer" value 1<<63
		// twice; their sum wraps to 0.
		return 0
	}
	m, expo := math.Frexp(f)
	m *= 2147483648.0 // 2**31
	hipart := int64(m)
	m = (m - float64(hipart)) * 2147483648.0
	return fix(hipart + int64(m) + int64(expo)<<15)
}

// Complex returns hash(c) for a Python complex: the hash of the real part
// plus 1000003 times the hash of the imaginary part, so that a complex
// with a zero imaginary part hashes as its real part.
func Complex(c complex128) int64 {
	re := Float(real(c))
	im := Float(imag(c))
	return fix(re + mult*im)
}

// Tuple returns hash(t) for a Python tuple whose items hash to hashes, in
// order.
func Tuple(hashes []int64) int64 {
	x := int64(0x345678)
	m := int64(mult)
	n := len(hashes)
	for i, y := range hashes {
		x = (x ^ y) * m
		left := int64(n - 1 - i)
		m += 82520 + left + left
	}
	x += 97531
	return fix(x)
}

// Frozenset returns hash(s) for a Python frozenset whose items hash to
// hashes, in any order (the result does not depend on it).
func Frozenset(hashes []int64) int64 {
	h := int64(1927868237)
	h *= int64(len(hashes)) + 1
	for _, e := range hashes {
		h ^= (e ^ (e << 16) ^ 89869747) * 3644798167
	}
	h = h*69069 + 907133923
	if h == -1 {
		h = 590923713
	}
	return h
}

// Pointer returns the identity hash CPython gives an object at address p:
// the address rotated right by 4 bits, since its low bits are mostly zero.
func Pointer(p uintptr) int64 {
	y := bits.RotateLeft64(uint64(p), -4)
	return fix(int64(y))
}
