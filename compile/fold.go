package compile

import (
	"math"
	"math/big"
)

// This file is constant folding: the operations CPython 2.7's peephole
// optimizer evaluates at compile time, with exactly Python's result.
// An operation that would raise (1/0, 'a' + 1, (1,)[5]), whose result
// depends on the platform's pow, or whose result is a sequence of more
// than 20 items, is left to run time, as CPython does. Longs are folded
// only up to maxFoldBits bits, to bound compile time.

const (
	maxFoldLen  = 20   // CPython's limit on folded sequence lengths
	maxFoldBits = 4096 // limit on folded long sizes
)

// truth returns the truth value of a constant.
func truth(v Const) bool {
	switch v := v.(type) {
	case NoneType:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case *big.Int:
		return v != nil && v.Sign() != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	case string:
		return len(v) > 0
	case Unicode:
		return len(v) > 0
	case Tuple:
		return len(v) > 0
	}
	return true
}

// Numeric kinds, in coercion order.
const (
	kindNone = iota
	kindInt
	kindLong
	kindFloat
	kindComplex
)

func numKind(v Const) int {
	switch v := v.(type) {
	case int64:
		return kindInt
	case *big.Int:
		if v != nil {
			return kindLong
		}
	case float64:
		return kindFloat
	case complex128:
		return kindComplex
	}
	return kindNone
}

func toBig(v Const) *big.Int {
	switch v := v.(type) {
	case int64:
		return big.NewInt(v)
	case *big.Int:
		return v
	}
	return nil
}

// toFloat converts an int, long or float to a float as Python does; ok is
// false if a long is too large.
func toFloat(v Const) (float64, bool) {
	switch v := v.(type) {
	case int64:
		return float64(v), true
	case *big.Int:
		f, _ := new(big.Float).SetInt(v).Float64()
		if math.IsInf(f, 0) {
			return 0, false
		}
		return f, true
	case float64:
		return v, true
	}
	return 0, false
}

func toComplex(v Const) (complex128, bool) {
	if z, ok := v.(complex128); ok {
		return z, true
	}
	f, ok := toFloat(v)
	return complex(f, 0), ok
}

// intResult returns r as an int if both operands were ints and it fits,
// else as a long.
func intResult(r *big.Int, kind int) Const {
	if kind == kindInt && r.IsInt64() {
		return r.Int64()
	}
	if r.BitLen() > maxFoldBits {
		return nil
	}
	return r
}

// foldUnary evaluates a unary operation on a constant.
func foldUnary(op Opcode, v Const) (Const, bool) {
	switch op {
	case UNARY_NEGATIVE:
		switch v := v.(type) {
		case int64:
			if v == math.MinInt64 {
				return new(big.Int).Neg(big.NewInt(v)), true
			}
			return -v, true
		case *big.Int:
			if v != nil {
				return new(big.Int).Neg(v), true
			}
		case float64:
			return -v, true
		case complex128:
			return complex(-real(v), -imag(v)), true
		}
	case UNARY_POSITIVE:
		if numKind(v) != kindNone {
			return v, true
		}
	case UNARY_INVERT:
		switch v := v.(type) {
		case int64:
			return ^v, true
		case *big.Int:
			if v != nil {
				return new(big.Int).Not(v), true
			}
		}
	}
	return nil, false
}

// foldBinary evaluates a binary operation on constants.
func foldBinary(op Opcode, a, b Const) (Const, bool) {
	if op == BINARY_DIVIDE {
		// As CPython: classic division is never folded, since its
		// result depends on the -Q option in force at run time.
		return nil, false
	}
	var r Const
	ka, kb := numKind(a), numKind(b)
	if ka != kindNone && kb != kindNone {
		kind := ka
		if kb > kind {
			kind = kb
		}
		switch kind {
		case kindInt, kindLong:
			r = foldInt(op, toBig(a), toBig(b), kind)
		case kindFloat:
			x, ok1 := toFloat(a)
			y, ok2 := toFloat(b)
			if ok1 && ok2 {
				r = foldFloat(op, x, y)
			}
		case kindComplex:
			x, ok1 := toComplex(a)
			y, ok2 := toComplex(b)
			if ok1 && ok2 {
				r = foldComplex(op, x, y)
			}
		}
	} else {
		r = foldSeqOp(op, a, b)
	}
	if r == nil {
		return nil, false
	}
	return r, true
}

func foldInt(op Opcode, x, y *big.Int, kind int) Const {
	r := new(big.Int)
	if kind == kindInt && y.IsInt64() && y.Int64() == -1 && x.IsInt64() && x.Int64() == math.MinInt64 {
		// Python 2's int division and modulo fall back to long here.
		kind = kindLong
	}
	switch op {
	case BINARY_ADD:
		r.Add(x, y)
	case BINARY_SUBTRACT:
		r.Sub(x, y)
	case BINARY_MULTIPLY:
		if x.BitLen()+y.BitLen() > maxFoldBits+1 {
			return nil
		}
		r.Mul(x, y)
	case BINARY_DIVIDE, BINARY_FLOOR_DIVIDE:
		if y.Sign() == 0 {
			return nil
		}
		m := new(big.Int)
		r.QuoRem(x, y, m)
		if m.Sign() != 0 && m.Sign() != y.Sign() {
			r.Sub(r, big.NewInt(1))
		}
	case BINARY_MODULO:
		if y.Sign() == 0 {
			return nil
		}
		r.Rem(x, y)
		if r.Sign() != 0 && r.Sign() != y.Sign() {
			r.Add(r, y)
		}
	case BINARY_TRUE_DIVIDE:
		if y.Sign() == 0 {
			return nil
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return nil
		}
		return f
	case BINARY_POWER:
		if y.Sign() < 0 {
			return nil // a float computed by the platform's pow
		}
		if x.BitLen() > 1 && (!y.IsInt64() || int64(x.BitLen()-1)*y.Int64() > maxFoldBits) {
			return nil
		}
		r.Exp(x, y, nil)
	case BINARY_LSHIFT:
		if y.Sign() < 0 {
			return nil
		}
		if !y.IsInt64() {
			return nil // OverflowError at run time
		}
		if x.Sign() == 0 {
			break
		}
		if int64(x.BitLen())+y.Int64() > maxFoldBits {
			return nil
		}
		r.Lsh(x, uint(y.Int64()))
	case BINARY_RSHIFT:
		if y.Sign() < 0 {
			return nil
		}
		if !y.IsInt64() {
			return nil // OverflowError at run time
		}
		if y.Int64() >= int64(x.BitLen()) {
			if x.Sign() < 0 {
				r.SetInt64(-1)
			}
			break
		}
		r.Rsh(x, uint(y.Int64()))
	case BINARY_AND:
		r.And(x, y)
	case BINARY_OR:
		r.Or(x, y)
	case BINARY_XOR:
		r.Xor(x, y)
	default:
		return nil
	}
	return intResult(r, kind)
}

// floatDivmod returns Python's x // y and x % y for floats (y != 0).
func floatDivmod(x, y float64) (div, mod float64) {
	mod = math.Mod(x, y)
	div = (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	if div != 0 {
		fl := math.Floor(div)
		if div-fl > 0.5 {
			fl += 1.0
		}
		div = fl
	} else {
		div = math.Copysign(0, x/y)
	}
	return div, mod
}

func foldFloat(op Opcode, x, y float64) Const {
	switch op {
	case BINARY_ADD:
		return x + y
	case BINARY_SUBTRACT:
		return x - y
	case BINARY_MULTIPLY:
		return x * y
	case BINARY_DIVIDE, BINARY_TRUE_DIVIDE:
		if y == 0 {
			return nil
		}
		return x / y
	case BINARY_FLOOR_DIVIDE:
		if y == 0 {
			return nil
		}
		d, _ := floatDivmod(x, y)
		return d
	case BINARY_MODULO:
		if y == 0 {
			return nil
		}
		mod := math.Mod(x, y)
		if mod != 0 {
			if (y < 0) != (mod < 0) {
				mod += y
			}
		} else {
			mod = math.Copysign(0, y)
		}
		return mod
	}
	return nil
}

func foldComplex(op Opcode, x, y complex128) Const {
	xr, xi, yr, yi := real(x), imag(x), real(y), imag(y)
	switch op {
	case BINARY_ADD:
		return complex(xr+yr, xi+yi)
	case BINARY_SUBTRACT:
		return complex(xr-yr, xi-yi)
	case BINARY_MULTIPLY:
		// The conversions keep each product rounded (no fused multiply-add).
		return complex(float64(xr*yr)-float64(xi*yi), float64(xr*yi)+float64(xi*yr))
	case BINARY_DIVIDE, BINARY_TRUE_DIVIDE:
		// Smith's method, as CPython's c_quot.
		ar, ai := math.Abs(yr), math.Abs(yi)
		switch {
		case ar >= ai:
			if ar == 0 {
				return nil
			}
			ratio := yi / yr
			denom := yr + float64(yi*ratio)
			return complex((xr+float64(xi*ratio))/denom, (xi-float64(xr*ratio))/denom)
		case ai >= ar:
			ratio := yr / yi
			denom := float64(yr*ratio) + yi
			return complex((float64(xr*ratio)+xi)/denom, (float64(xi*ratio)-xr)/denom)
		}
	}
	return nil
}

// seqLenOf returns the length of a str, unicode or tuple constant.
func seqLenOf(v Const) (int, bool) {
	switch v := v.(type) {
	case string:
		return len(v), true
	case Unicode:
		return len(v), true
	case Tuple:
		return len(v), true
	}
	return 0, false
}

// asUnicode converts a str to unicode as Python 2's default (ASCII)
// codec does; ok is false if it has a non-ASCII byte.
func asUnicode(v Const) (Unicode, bool) {
	switch v := v.(type) {
	case Unicode:
		return v, true
	case string:
		u := make(Unicode, len(v))
		for i := 0; i < len(v); i++ {
			if v[i] >= 0x80 {
				return nil, false
			}
			u[i] = rune(v[i])
		}
		return u, true
	}
	return nil, false
}

// smallInt returns an int or long constant as an int64.
func smallInt(v Const) (int64, bool) {
	switch v := v.(type) {
	case int64:
		return v, true
	case *big.Int:
		if v != nil && v.IsInt64() {
			return v.Int64(), true
		}
	}
	return 0, false
}

func foldSeqOp(op Opcode, a, b Const) Const {
	var r Const
	switch op {
	case BINARY_ADD:
		switch x := a.(type) {
		case string:
			switch y := b.(type) {
			case string:
				r = x + y
			case Unicode:
				if u, ok := asUnicode(x); ok {
					r = append(append(Unicode{}, u...), y...)
				}
			}
		case Unicode:
			if y, ok := asUnicode(b); ok {
				r = append(append(Unicode{}, x...), y...)
			}
		case Tuple:
			if y, ok := b.(Tuple); ok {
				r = append(append(Tuple{}, x...), y...)
			}
		}
	case BINARY_MULTIPLY:
		seq, count := a, b
		if _, ok := seqLenOf(seq); !ok {
			seq, count = b, a
		}
		n, ok := smallInt(count)
		l, isSeq := seqLenOf(seq)
		if !ok || !isSeq {
			return nil
		}
		if n < 0 || l == 0 {
			n = 0
		}
		if n > maxFoldLen {
			return nil
		}
		switch x := seq.(type) {
		case string:
			s := ""
			for i := int64(0); i < n; i++ {
				s += x
			}
			r = s
		case Unicode:
			u := Unicode{}
			for i := int64(0); i < n; i++ {
				u = append(u, x...)
			}
			r = u
		case Tuple:
			t := Tuple{}
			for i := int64(0); i < n; i++ {
				t = append(t, x...)
			}
			r = t
		}
	case BINARY_SUBSCR:
		i, ok := smallInt(b)
		l, isSeq := seqLenOf(a)
		if !ok || !isSeq {
			return nil
		}
		if i < 0 {
			i += int64(l)
		}
		if i < 0 || i >= int64(l) {
			return nil
		}
		switch x := a.(type) {
		case string:
			r = x[i : i+1]
		case Unicode:
			r = Unicode{x[i]}
		case Tuple:
			r = x[i]
		}
	}
	if n, ok := seqLenOf(r); ok && n > maxFoldLen {
		return nil
	}
	return r
}
