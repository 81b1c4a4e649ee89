package objects

// NoneType is the type of None.
type NoneType struct{}

// Type returns NoneType.
func (*NoneType) Type() *Type { return NoneTypeType }

// None is Python's None.
var None Value = &NoneType{}

type notImplementedType struct{}

func (*notImplementedType) Type() *Type { return NotImplementedTypeType }

// NotImplemented is returned by binary slots that do not handle their operands.
var NotImplemented Value = &notImplementedType{}

type ellipsisType struct{}

func (*ellipsisType) Type() *Type { return EllipsisTypeType }

// Ellipsis is Python's Ellipsis.
var Ellipsis Value = &ellipsisType{}

// Bool is a Python bool.
type Bool bool

// Type returns bool.
func (Bool) Type() *Type { return BoolType }

// The two bools.
var (
	True  Value = Bool(true)
	False Value = Bool(false)
)

// NewBool returns True or False.
func NewBool(b bool) Value {
	if b {
		return True
	}
	return False
}

func singletonRepr(s string) UnaryFunc {
	r := NewStr(s)
	return func(t *Thread, v Value) (Value, error) { return r, nil }
}

func init() {
	NoneTypeType.Repr = singletonRepr("None")
	NotImplementedTypeType.Repr = singletonRepr("NotImplemented")
	EllipsisTypeType.Repr = singletonRepr("Ellipsis")
}
