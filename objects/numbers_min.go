package objects

import (
	"math/big"
	"strconv"

	"github.com/pystm/pystm/compile/syntax"
)

// Int is a Python int (a machine word).
type Int int64

// Type returns int.
func (Int) Type() *Type { return IntType }

// Long is a Python long (unbounded). Its value is never modified.
type Long struct{ v *big.Int }

// Type returns long.
func (*Long) Type() *Type { return LongType }

// NewLong returns a long holding x (which the long now owns).
func NewLong(x *big.Int) *Long { return &Long{v: x} }

// Big returns the long's value; the caller must not modify it.
func (l *Long) Big() *big.Int { return l.v }

// Float is a Python float.
type Float float64

// Type returns float.
func (Float) Type() *Type { return FloatType }

// Complex is a Python complex.
type Complex complex128

// Type returns complex.
func (Complex) Type() *Type { return ComplexType }

func constBig(k any) Value {
	if b, ok := k.(*big.Int); ok {
		return NewLong(b)
	}
	return None
}

func init() {
	IntType.Repr = func(t *Thread, v Value) (Value, error) {
		return NewStr(strconv.FormatInt(int64(v.(Int)), 10)), nil
	}
	LongType.Repr = func(t *Thread, v Value) (Value, error) {
		return NewStr(v.(*Long).v.String() + "L"), nil
	}
	FloatType.Repr = func(t *Thread, v Value) (Value, error) {
		return NewStr(syntax.ReprFloat(float64(v.(Float)))), nil
	}
}
