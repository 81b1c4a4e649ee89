package objects

// funcNew is function(code, globals[, name[, argdefs[, closure]]]), the
// constructor behind types.FunctionType, with CPython 2.7's checks.
func funcNew(t *Thread, typ *Type, args, kw []Value) (Value, error) {
	a, err := ParseTupleKw("function", args, kw, 2, []string{"code", "globals", "name", "argdefs", "closure"}, func(i int, v Value) error {
		switch i {
		case 0:
			if _, ok := v.(*Code); !ok {
				return ArgTypeError("function", 1, "code", v)
			}
		case 1:
			if _, ok := v.(*Dict); !ok {
				return ArgTypeError("function", 2, "dict", v)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	code, globals := a[0].(*Code), a[1].(*Dict)
	name := a[2]
	if name != nil && name != None {
		if _, ok := name.(*Str); !ok {
			return nil, Errorf(TypeError, "arg 3 (name) must be None or string")
		}
	}
	var defaults []Value
	if d := a[3]; d != nil && d != None {
		tu, ok := d.(*Tuple)
		if !ok {
			return nil, Errorf(TypeError, "arg 4 (defaults) must be None or tuple")
		}
		defaults = tu.elems
	}
	nfree := len(code.Freevars)
	var closure []*Cell
	c := a[4]
	if c == nil {
		c = None
	}
	tu, isTuple := c.(*Tuple)
	if !isTuple && c != None {
		return nil, Errorf(TypeError, "arg 5 (closure) must be tuple")
	}
	if nfree > 0 && !isTuple {
		return nil, Errorf(TypeError, "arg 5 (closure) must be tuple")
	}
	n := 0
	if isTuple {
		n = len(tu.elems)
	}
	if nfree != n {
		return nil, Errorf(TypeError, "%s requires closure of length %d, not %d", code.Name, nfree, n)
	}
	for i := 0; i < n; i++ {
		cell, ok := tu.elems[i].(*Cell)
		if !ok {
			return nil, Errorf(TypeError, "arg 5 (closure) expected cell, found %s", tu.elems[i].Type().Name)
		}
		closure = append(closure, cell)
	}
	f := NewFunction(t, code, globals, defaults, closure)
	if s, ok := name.(*Str); ok {
		f.ref.Write(t.tx()).name = s
	}
	return f, nil
}

func init() {
	FunctionType.New = funcNew
}
