package interp

import (
	"math"

	"github.com/pystm/pystm/compile"
	o "github.com/pystm/pystm/objects"
)

// Fast paths for arithmetic and comparison on ints and floats. Each
// returns ok false when it does not handle the operands (other types,
// overflow, division by zero, ...), and the generic protocol then gives
// the result or the error, so behaviour is the same either way.

const maxExactFloatInt = 1 << 53

func floorDivInt(x, y int64) int64 {
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

func floorModInt(x, y int64) int64 {
	m := x % y
	if m != 0 && ((m < 0) != (y < 0)) {
		m += y
	}
	return m
}

func fastIntOp(t *o.Thread, x, y int64, op compile.Opcode) (o.Value, bool) {
	switch op {
	case compile.BINARY_MULTIPLY, compile.INPLACE_MULTIPLY:
		if x > -1<<31 && x < 1<<31 && y > -1<<31 && y < 1<<31 {
			return t.NewInt(x * y), true
		}
	case compile.BINARY_DIVIDE, compile.INPLACE_DIVIDE, compile.BINARY_FLOOR_DIVIDE, compile.INPLACE_FLOOR_DIVIDE:
		if (op == compile.BINARY_DIVIDE || op == compile.INPLACE_DIVIDE) && t.RT.Flags.Division != 0 {
			break // -Q: the slot warns
		}
		if y != 0 && !(y == -1 && x == math.MinInt64) {
			return t.NewInt(floorDivInt(x, y)), true
		}
	case compile.BINARY_MODULO, compile.INPLACE_MODULO:
		if y != 0 && !(y == -1 && x == math.MinInt64) {
			return t.NewInt(floorModInt(x, y)), true
		}
	case compile.BINARY_TRUE_DIVIDE, compile.INPLACE_TRUE_DIVIDE:
		if y != 0 && x > -maxExactFloatInt && x < maxExactFloatInt && y > -maxExactFloatInt && y < maxExactFloatInt {
			return t.NewFloat(float64(x) / float64(y)), true
		}
	case compile.BINARY_AND, compile.INPLACE_AND:
		return t.NewInt(x & y), true
	case compile.BINARY_OR, compile.INPLACE_OR:
		return t.NewInt(x | y), true
	case compile.BINARY_XOR, compile.INPLACE_XOR:
		return t.NewInt(x ^ y), true
	case compile.BINARY_RSHIFT, compile.INPLACE_RSHIFT:
		if y >= 0 {
			if y > 63 {
				y = 63
			}
			return t.NewInt(x >> uint(y)), true
		}
	case compile.BINARY_LSHIFT, compile.INPLACE_LSHIFT:
		if y >= 0 && y < 63 {
			z := x << uint(y)
			if z>>uint(y) == x {
				return t.NewInt(z), true
			}
		}
	case compile.BINARY_ADD, compile.INPLACE_ADD:
		if z := x + y; (z > x) == (y > 0) {
			return t.NewInt(z), true
		}
	case compile.BINARY_SUBTRACT, compile.INPLACE_SUBTRACT:
		if z := x - y; (z < x) == (y > 0) {
			return t.NewInt(z), true
		}
	}
	return nil, false
}

func fastFloatOp(t *o.Thread, x, y float64, op compile.Opcode) (o.Value, bool) {
	switch op {
	case compile.BINARY_ADD, compile.INPLACE_ADD:
		return t.NewFloat(x + y), true
	case compile.BINARY_SUBTRACT, compile.INPLACE_SUBTRACT:
		return t.NewFloat(x - y), true
	case compile.BINARY_MULTIPLY, compile.INPLACE_MULTIPLY:
		return t.NewFloat(x * y), true
	case compile.BINARY_DIVIDE, compile.INPLACE_DIVIDE, compile.BINARY_TRUE_DIVIDE, compile.INPLACE_TRUE_DIVIDE:
		if (op == compile.BINARY_DIVIDE || op == compile.INPLACE_DIVIDE) && t.RT.Flags.Division == 2 {
			break // -Qwarnall: the slot warns
		}
		if y != 0 {
			return t.NewFloat(x / y), true
		}
	}
	return nil, false
}

// fastBinary handles int and float operands of a binary or in-place
// arithmetic instruction.
func fastBinary(t *o.Thread, a, b o.Value, op compile.Opcode) (o.Value, bool) {
	switch x := a.(type) {
	case o.Int:
		switch y := b.(type) {
		case o.Int:
			return fastIntOp(t, int64(x), int64(y), op)
		case o.Float:
			if x > -maxExactFloatInt && x < maxExactFloatInt {
				return fastFloatOp(t, float64(x), float64(y), op)
			}
		}
	case o.Float:
		switch y := b.(type) {
		case o.Float:
			return fastFloatOp(t, float64(x), float64(y), op)
		case o.Int:
			if y > -maxExactFloatInt && y < maxExactFloatInt {
				return fastFloatOp(t, float64(x), float64(y), op)
			}
		}
	}
	return nil, false
}

// fastCompare handles int and float comparisons (not identity or membership).
func fastCompare(a, b o.Value, op int) (o.Value, bool) {
	if op > int(compile.CmpGE) {
		return nil, false
	}
	var x, y float64
	switch av := a.(type) {
	case o.Int:
		switch bv := b.(type) {
		case o.Int:
			return o.NewBool(cmpInts(av, bv, op)), true
		case o.Float:
			if av <= -maxExactFloatInt || av >= maxExactFloatInt {
				return nil, false
			}
			x, y = float64(av), float64(bv)
		default:
			return nil, false
		}
	case o.Float:
		switch bv := b.(type) {
		case o.Float:
			x, y = float64(av), float64(bv)
		case o.Int:
			if bv <= -maxExactFloatInt || bv >= maxExactFloatInt {
				return nil, false
			}
			x, y = float64(av), float64(bv)
		default:
			return nil, false
		}
	default:
		return nil, false
	}
	var r bool
	switch compile.CmpOp(op) {
	case compile.CmpLT:
		r = x < y
	case compile.CmpLE:
		r = x <= y
	case compile.CmpEQ:
		r = x == y
	case compile.CmpNE:
		r = x != y
	case compile.CmpGT:
		r = x > y
	default:
		r = x >= y
	}
	return o.NewBool(r), true
}
