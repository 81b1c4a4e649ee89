package objects

// This file binds the arguments of built-in functions as CPython 2.7's
// getargs.c does (PyArg_ParseTuple, PyArg_ParseTupleAndKeywords,
// PyArg_UnpackTuple), with its messages, and converts them as its
// format units do ("l", "i", "d", "s", "S").

// ArgsCount checks a positional argument count as PyArg_ParseTuple
// does: "fname() takes exactly 1 argument (2 given)", "at least",
// "at most".
func ArgsCount(fname string, n, min, max int) error {
	if n >= min && n <= max {
		return nil
	}
	kind, want := "exactly", min
	if min != max {
		if n < min {
			kind = "at least"
		} else {
			kind, want = "at most", max
		}
	} else if n > max {
		want = max
	}
	return Errorf(TypeError, "%s() takes %s %d argument%s (%d given)", fname, kind, want, plural(want), n)
}

// ParseTuple checks the call of a METH_VARARGS function that parses its
// arguments with PyArg_ParseTuple: keywords are refused ("fname() takes
// no keyword arguments"), then the count is checked as ArgsCount does.
func ParseTuple(fname string, args, kw []Value, min, max int) error {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	return ArgsCount(fname, len(args), min, max)
}

// KwMatches reports whether the keyword key names name, as CPython's
// PyDict_GetItemString finds it: a str, or a unicode equal to it.
func KwMatches(key Value, name string) bool {
	switch k := key.(type) {
	case *Str:
		return k.s == name
	case *Unicode:
		r := k.Runes()
		if len(r) != len(name) {
			return false
		}
		for i, c := range r {
			if c != rune(name[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// ParseTupleKw binds positional and keyword arguments to the names of
// kwlist as PyArg_ParseTupleAndKeywords does: the first min are
// required; each argument found is handed to conv (when not nil) in
// order before the next one is looked for, so a conversion error comes
// before a missing argument further on. Missing optional arguments are
// nil. kw holds (name, value) pairs.
func ParseTupleKw(fname string, args, kw []Value, min int, kwlist []string, conv func(i int, v Value) error) ([]Value, error) {
	nargs := len(args)
	nkw := len(kw) / 2
	if nargs+nkw > len(kwlist) {
		return nil, Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(kwlist), plural(len(kwlist)), nargs+nkw)
	}
	out := make([]Value, len(kwlist))
	left := nkw
	for i, name := range kwlist {
		var cur Value
		if left > 0 {
			for j := 0; j < len(kw); j += 2 {
				if KwMatches(kw[j], name) {
					cur = kw[j+1]
					break
				}
			}
		}
		if cur != nil {
			left--
			if i < nargs {
				return nil, Errorf(TypeError, "Argument given by name ('%s') and position (%d)", name, i+1)
			}
		} else if i < nargs {
			cur = args[i]
		}
		if cur != nil {
			if conv != nil {
				if err := conv(i, cur); err != nil {
					return nil, err
				}
			}
			out[i] = cur
			continue
		}
		if i < min {
			return nil, Errorf(TypeError, "Required argument '%s' (pos %d) not found", name, i+1)
		}
		if left == 0 {
			return out, nil
		}
	}
	if left > 0 {
		for j := 0; j < len(kw); j += 2 {
			k, ok := kw[j].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "keywords must be strings")
			}
			known := false
			for _, name := range kwlist {
				if name == k.s {
					known = true
					break
				}
			}
			if !known {
				return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for this function", k.s)
			}
		}
	}
	return out, nil
}

// ArgTypeError is the error of a format unit that wants another type:
// "fname() argument N must be WANT, not TYPE" (None is named "None").
func ArgTypeError(fname string, n int, want string, v Value) error {
	return Errorf(TypeError, "%s() argument %d must be %s, not %s", fname, n, want, argTypeName(v))
}

func argTypeName(v Value) string {
	if v == None {
		return "None"
	}
	return v.Type().Name
}

// IntAsLong converts v to a C long as CPython 2.7's PyInt_AsLong does:
// an int (or an instance of a subclass) gives its value, any other
// object goes through its __int__ (an exact long directly), whose
// result must be an int or a long that fits ("Python int too large to
// convert to C long"); without __int__ "an integer is required".
func IntAsLong(t *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		return boolInt(x), nil
	case *Long:
		return longToInt64(x.v)
	case *Instance:
		if i, ok := numInt64(x); ok {
			return i, nil
		}
	}
	n := v.Type().Number
	if n == nil || n.Int == nil {
		return 0, Errorf(TypeError, "an integer is required")
	}
	r, err := n.Int(t, v)
	if err != nil {
		return 0, err
	}
	if i, ok := numInt64(r); ok {
		return i, nil
	}
	if b, ok := numBig(r); ok {
		return longToInt64(b)
	}
	return 0, Errorf(TypeError, "__int__ method should return an integer")
}

// IntAsSsize converts v to a Py_ssize_t as CPython 2.7's
// PyInt_AsSsize_t does on a 64-bit machine: as IntAsLong, except that a
// long (or an instance of a subclass) that does not fit is the
// OverflowError "long int too large to convert to int".
func IntAsSsize(t *Thread, v Value) (int, error) {
	if b, ok := numBig(v); ok {
		if i, ok := numInt64(v); ok {
			return int(i), nil
		}
		if !b.IsInt64() {
			return 0, Errorf(OverflowError, "long int too large to convert to int")
		}
		return int(b.Int64()), nil
	}
	i, err := IntAsLong(t, v)
	return int(i), err
}

// IsFloat reports whether v is a float or an instance of a subclass
// of float (CPython's PyFloat_Check).
func IsFloat(v Value) bool {
	_, ok := Unwrap(v).(Float)
	return ok
}

// ArgCInt converts v as the "i" argument format does: floats are
// refused ("integer argument expected, got float"), other objects are
// converted as IntAsLong does, and the value must fit a C int
// (OverflowError "signed integer is greater than maximum" / "less than
// minimum").
func ArgCInt(t *Thread, v Value) (int, error) {
	i, err := AsInt(t, v)
	if err != nil {
		return 0, err
	}
	if i > 1<<31-1 {
		return 0, Errorf(OverflowError, "signed integer is greater than maximum")
	}
	if i < -1<<31 {
		return 0, Errorf(OverflowError, "signed integer is less than minimum")
	}
	return int(i), nil
}

// ArgString returns the text of a str argument as the "S" format
// checks it (a str or an instance of a subclass), or the error
// "fname() argument N must be string, not T".
func ArgString(fname string, n int, v Value) (*Str, error) {
	if s, ok := Unwrap(v).(*Str); ok {
		return s, nil
	}
	return nil, ArgTypeError(fname, n, "string", v)
}

// ArgCString converts v as the "s" argument format does: a str (or an
// instance of a subclass), or a unicode encoded with the default
// encoding, without NUL bytes ("fname() argument N must be string
// without null bytes, not str"); other types are "must be string".
func ArgCString(t *Thread, fname string, n int, v Value) (string, error) {
	var s string
	switch x := Unwrap(v).(type) {
	case *Str:
		s = x.s
	case *Unicode:
		b, err := encodeDefault(t, x)
		if err != nil {
			return "", err
		}
		s = b.s
	default:
		return "", ArgTypeError(fname, n, "string", v)
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return "", ArgTypeError(fname, n, "string without null bytes", v)
		}
	}
	return s, nil
}
