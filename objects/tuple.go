package objects

// Tuple is a Python tuple.
type Tuple struct {
	elems []Value
}

// Type returns tuple.
func (*Tuple) Type() *Type { return TupleType }

var emptyTuple = &Tuple{}

// NewTuple returns a tuple of elems (which it keeps).
func NewTuple(elems ...Value) *Tuple {
	if len(elems) == 0 {
		return emptyTuple
	}
	return &Tuple{elems: elems}
}

// Elems returns the tuple's items; the caller must not modify them.
func (tu *Tuple) Elems() []Value { return tu.elems }

// Len returns the number of items.
func (tu *Tuple) Len() int { return len(tu.elems) }
