package objects

// bool is a subclass of int with two instances, True and False (the
// Bool Go type is in singletons.go). It inherits int's slots except its
// repr and the bitwise operators, which give a bool for two bools.

func bool_repr(t *Thread, v Value) (Value, error) {
	if b, ok := v.(Bool); ok && bool(b) {
		return NewStr("True"), nil
	}
	return NewStr("False"), nil
}

func boolBinary(op func(x, y bool) bool, intOp BinaryFunc) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok1 := a.(Bool)
		y, ok2 := b.(Bool)
		if ok1 && ok2 {
			return NewBool(op(bool(x), bool(y))), nil
		}
		return intOp(t, a, b)
	}
}

// bool_new is bool(x=False).
func bool_new(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	if len(kw) == 0 {
		switch len(args) {
		case 0:
			return False, nil
		case 1:
			b, err := Truth(t, args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(b), nil
		}
	}
	a, err := numParseArgs("bool", args, kw, "x")
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return False, nil
	}
	b, err := Truth(t, a[0])
	if err != nil {
		return nil, err
	}
	return NewBool(b), nil
}

func init() {
	BoolType.New = bool_new
	BoolType.Repr = bool_repr
	BoolType.Str = bool_repr
	BoolType.Number = &NumberSlots{
		And: boolBinary(func(x, y bool) bool { return x && y }, int_and),
		Or:  boolBinary(func(x, y bool) bool { return x || y }, int_or),
		Xor: boolBinary(func(x, y bool) bool { return x != y }, int_xor),
	}
}
