package objects

// BinOp names a binary arithmetic operator.
type BinOp int

// The binary operators.
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpDiv
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpDivmod
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	OpPow
	numBinOps
)

var binOpSymbols = [numBinOps]string{"+", "-", "*", "/", "/", "//", "%", "divmod()", "<<", ">>", "&", "|", "^", "** or pow()"}

// Symbol returns the operator as CPython's error messages spell it.
func (op BinOp) Symbol() string { return binOpSymbols[op] }

func (op BinOp) slot(n *NumberSlots) BinaryFunc {
	switch op {
	case OpAdd:
		return n.Add
	case OpSub:
		return n.Sub
	case OpMul:
		return n.Mul
	case OpDiv:
		return n.Div
	case OpTrueDiv:
		return n.TrueDiv
	case OpFloorDiv:
		return n.FloorDiv
	case OpMod:
		return n.Mod
	case OpDivmod:
		return n.Divmod
	case OpLShift:
		return n.LShift
	case OpRShift:
		return n.RShift
	case OpAnd:
		return n.And
	case OpOr:
		return n.Or
	case OpXor:
		return n.Xor
	}
	return nil
}

func (op BinOp) islot(n *NumberSlots) BinaryFunc {
	switch op {
	case OpAdd:
		return n.IAdd
	case OpSub:
		return n.ISub
	case OpMul:
		return n.IMul
	case OpDiv:
		return n.IDiv
	case OpTrueDiv:
		return n.ITrueDiv
	case OpFloorDiv:
		return n.IFloorDiv
	case OpMod:
		return n.IMod
	case OpLShift:
		return n.ILShift
	case OpRShift:
		return n.IRShift
	case OpAnd:
		return n.IAnd
	case OpOr:
		return n.IOr
	case OpXor:
		return n.IXor
	}
	return nil
}

// binaryOp1 tries a's slot and b's slot in CPython's order, then
// coercion; it returns NotImplemented if none handles the operands.
func binaryOp1(t *Thread, a, b Value, op BinOp) (Value, error) {
	ta, tb := a.Type(), b.Type()
	var slotv, slotw BinaryFunc
	if ta.Number != nil {
		slotv = op.slot(ta.Number)
	}
	if tb != ta && tb.Number != nil {
		slotw = op.slot(tb.Number)
		if slotw != nil && slotv != nil && sameFunc(slotw, slotv) {
			slotw = nil
		}
	}
	if slotv != nil {
		if slotw != nil && tb.IsSubtype(ta) {
			r, err := slotw(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			slotw = nil
		}
		r, err := slotv(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotw != nil {
		r, err := slotw(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if isOldStyle(a) || isOldStyle(b) {
		return NotImplemented, nil
	}
	// Coercion (__coerce__ of old-style numbers).
	if (ta.Number != nil && ta.Number.Coerce != nil) || (tb.Number != nil && tb.Number.Coerce != nil) {
		return coerceAndApply(t, a, b, op)
	}
	return NotImplemented, nil
}

func isOldStyle(v Value) bool {
	_, ok := v.(*OldInstance)
	return ok
}

// CoerceHook performs old-style coercion for a binary operator; it is
// set by the old-style class implementation.
var coerceAndApply = func(t *Thread, a, b Value, op BinOp) (Value, error) {
	return NotImplemented, nil
}

func binopTypeError(a, b Value, op BinOp) error {
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), a.Type().Name, b.Type().Name)
}

// BinaryOp returns a op b (op not OpPow).
func BinaryOp(t *Thread, a, b Value, op BinOp) (Value, error) {
	r, err := binaryOp1(t, a, b, op)
	if err != nil || r != NotImplemented {
		return r, err
	}
	switch op {
	case OpAdd:
		if c := a.Type().Concat; c != nil {
			return c(t, a, b)
		}
	case OpMul:
		if rep := a.Type().Repeat; rep != nil {
			return seqRepeat(t, rep, a, b)
		}
		if rep := b.Type().Repeat; rep != nil {
			return seqRepeat(t, rep, b, a)
		}
	}
	return nil, binopTypeError(a, b, op)
}

func seqRepeat(t *Thread, rep func(*Thread, Value, int) (Value, error), seq, n Value) (Value, error) {
	if n.Type().Number == nil || n.Type().Number.Index == nil {
		switch n.(type) {
		case Int, Bool, *Long:
		default:
			return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
		}
	}
	i, err := Index(t, n)
	if err != nil {
		return nil, err
	}
	switch x := i.(type) {
	case Int:
		return rep(t, seq, int(x))
	case *Long:
		if x.v.IsInt64() {
			return rep(t, seq, int(x.v.Int64()))
		}
		if x.v.Sign() < 0 {
			return rep(t, seq, 0)
		}
		return nil, Errorf(OverflowError, "cannot fit 'long' into an index-sized integer")
	}
	return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
}

// InplaceOp returns a op= b.
func InplaceOp(t *Thread, a, b Value, op BinOp) (Value, error) {
	ta := a.Type()
	if ta.Number != nil {
		if f := op.islot(ta.Number); f != nil {
			r, err := f(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	r, err := binaryOp1(t, a, b, op)
	if err != nil || r != NotImplemented {
		return r, err
	}
	switch op {
	case OpAdd:
		if c := ta.IConcat; c != nil {
			return c(t, a, b)
		}
		if c := ta.Concat; c != nil {
			return c(t, a, b)
		}
	case OpMul:
		if rep := ta.IRepeat; rep != nil {
			return seqRepeat(t, rep, a, b)
		}
		if rep := ta.Repeat; rep != nil {
			return seqRepeat(t, rep, a, b)
		}
		if rep := b.Type().Repeat; rep != nil {
			return seqRepeat(t, rep, b, a)
		}
	}
	sym := op.Symbol() + "="
	if op == OpDivmod {
		sym = op.Symbol()
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.Type().Name, b.Type().Name)
}

// Pow returns pow(a, b, c); c is None for a ** b.
func Pow(t *Thread, a, b, c Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	var slotv, slotw TernaryFunc
	if ta.Number != nil {
		slotv = ta.Number.Pow
	}
	if tb != ta && tb.Number != nil {
		slotw = tb.Number.Pow
		if slotw != nil && slotv != nil && sameFunc(slotw, slotv) {
			slotw = nil
		}
	}
	if slotv != nil {
		if slotw != nil && tb.IsSubtype(ta) {
			r, err := slotw(t, a, b, c)
			if err != nil || r != NotImplemented {
				return r, err
			}
			slotw = nil
		}
		r, err := slotv(t, a, b, c)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotw != nil {
		r, err := slotw(t, a, b, c)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if c != None {
		if tc := c.Type(); tc.Number != nil && tc.Number.Pow != nil && tc != ta && tc != tb {
			r, err := tc.Number.Pow(t, a, b, c)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		return nil, Errorf(TypeError, "unsupported operand type(s) for pow(): '%s', '%s', '%s'", ta.Name, tb.Name, c.Type().Name)
	}
	if isOldStyle(a) || isOldStyle(b) {
		if r, err := coerceAndApply(t, a, b, OpPow); err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, binopTypeError(a, b, OpPow)
}

// InplacePow returns a **= b.
func InplacePow(t *Thread, a, b Value) (Value, error) {
	if n := a.Type().Number; n != nil && n.IPow != nil {
		r, err := n.IPow(t, a, b, None)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return Pow(t, a, b, None)
}

func unaryOp(t *Thread, v Value, sel func(*NumberSlots) UnaryFunc, what string) (Value, error) {
	if n := v.Type().Number; n != nil {
		if f := sel(n); f != nil {
			return f(t, v)
		}
	}
	return nil, Errorf(TypeError, "bad operand type for %s: '%s'", what, v.Type().Name)
}

// Neg returns -v.
func Neg(t *Thread, v Value) (Value, error) {
	return unaryOp(t, v, func(n *NumberSlots) UnaryFunc { return n.Neg }, "unary -")
}

// Pos returns +v.
func Pos(t *Thread, v Value) (Value, error) {
	return unaryOp(t, v, func(n *NumberSlots) UnaryFunc { return n.Pos }, "unary +")
}

// Invert returns ~v.
func Invert(t *Thread, v Value) (Value, error) {
	return unaryOp(t, v, func(n *NumberSlots) UnaryFunc { return n.Invert }, "unary ~")
}

// Abs returns abs(v).
func Abs(t *Thread, v Value) (Value, error) {
	return unaryOp(t, v, func(n *NumberSlots) UnaryFunc { return n.Abs }, "abs()")
}

// classicDiv wraps the classic (Python 2) division of a numeric type:
// with -Qwarn (level 1, ints and longs) or -Qwarnall (level 2, also
// floats and complex) it first issues CPython's DeprecationWarning.
func classicDiv(level int, msg string, div BinaryFunc) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		if t != nil && t.RT != nil && t.RT.Flags.Division >= level && t.RT.Flags.Division <= 2 {
			if r, _ := div(t, a, b); r == NotImplemented {
				return r, nil
			}
			if err := Warn(t, DeprecationWarning, msg, 1); err != nil {
				return nil, err
			}
		}
		return div(t, a, b)
	}
}
