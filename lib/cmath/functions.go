package cmath

import (
	o "github.com/pystm/pystm/objects"
)

var dunderComplex = o.Intern("__complex__")

// complexArg converts an argument as the "D" format does
// (PyComplex_AsCComplex): a complex (or an instance of a subclass) is
// taken as it is, an object with __complex__ by calling it, anything
// else as a float for the real part.
func complexArg(t *o.Thread, v o.Value) (complex128, error) {
	if c, ok := o.Unwrap(v).(o.Complex); ok {
		return complex128(c), nil
	}
	m, err := complexMethod(t, v)
	if err != nil {
		return 0, err
	}
	if m != nil {
		r, err := o.Call(t, m, nil, nil)
		if err != nil {
			return 0, err
		}
		c, ok := o.Unwrap(r).(o.Complex)
		if !ok {
			return 0, o.Errorf(o.TypeError, "__complex__ should return a complex object")
		}
		return complex128(c), nil
	}
	f, err := o.AsFloat(t, v)
	if err != nil {
		return 0, err
	}
	return complex(f, 0), nil
}

// complexMethod returns v's bound __complex__, or nil: an attribute of
// an old-style instance, a special method of a new-style class.
func complexMethod(t *o.Thread, v o.Value) (o.Value, error) {
	if _, old := v.(*o.OldInstance); old {
		m, err := o.GetAttr(t, v, dunderComplex)
		if err != nil {
			if o.IsInstanceExc(err, o.AttributeError) {
				return nil, nil
			}
			return nil, err
		}
		return m, nil
	}
	m := v.Type().Lookup(t, dunderComplex)
	if m == nil {
		return nil, nil
	}
	if get := m.Type().DescrGet; get != nil {
		return get(t, m, v, v.Type())
	}
	return m, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// nargs checks a METH_VARARGS call as PyArg_ParseTuple does; name is ""
// for a format without a function name ("function takes ...").
func nargs(fname, name string, args, kw []o.Value, min, max int) error {
	if len(kw) > 0 {
		return o.Errorf(o.TypeError, "%s() takes no keyword arguments", fname)
	}
	who := "function"
	if name != "" {
		who = name + "()"
	}
	n := len(args)
	switch {
	case min == max && n != min:
		return o.Errorf(o.TypeError, "%s takes exactly %d argument%s (%d given)", who, min, plural(min), n)
	case n < min:
		return o.Errorf(o.TypeError, "%s takes at least %d argument%s (%d given)", who, min, plural(min), n)
	case n > max:
		return o.Errorf(o.TypeError, "%s takes at most %d argument%s (%d given)", who, max, plural(max), n)
	}
	return nil
}

// unary makes a function of one complex argument.
func unary(name string, f func(complex128) (complex128, int)) o.MethodDef {
	return o.MethodDef{Name: name, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, "", args, kw, 1, 1); err != nil {
			return nil, err
		}
		z, err := complexArg(t, args[0])
		if err != nil {
			return nil, err
		}
		r, e := f(z)
		if e != ok {
			return nil, mathError(e)
		}
		return o.Complex(r), nil
	}, Doc: name + "(x)\n\nReturn the " + docs[name] + " of x."}
}

var docs = map[string]string{
	"acos": "arc cosine", "acosh": "hyperbolic arc cosine", "asin": "arc sine",
	"asinh": "hyperbolic arc sine", "atan": "arc tangent", "atanh": "hyperbolic arc tangent",
	"cos": "cosine", "cosh": "hyperbolic cosine", "exp": "exponential e**x", "log10": "base-10 logarithm",
	"sin": "sine", "sinh": "hyperbolic sine", "sqrt": "square root", "tan": "tangent",
	"tanh": "hyperbolic tangent",
}

// oneNamed reads the single complex argument of phase, polar, isnan and
// isinf (whose format names the function; isinf's says isnan, as in
// CPython).
func oneNamed(t *o.Thread, fname, name string, args, kw []o.Value) (complex128, error) {
	if err := nargs(fname, name, args, kw, 1, 1); err != nil {
		return 0, err
	}
	return complexArg(t, args[0])
}

func functions() []o.MethodDef {
	return []o.MethodDef{
		unary("acos", cAcos), unary("acosh", cAcosh), unary("asin", cAsin), unary("asinh", cAsinh),
		unary("atan", cAtan), unary("atanh", cAtanh), unary("cos", cCos), unary("cosh", cCosh),
		unary("exp", cExp), unary("log10", cLog10), unary("sin", cSin), unary("sinh", cSinh),
		unary("sqrt", cSqrt), unary("tan", cTan), unary("tanh", cTanh),
		{Name: "log", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := nargs("log", "", args, kw, 1, 2); err != nil {
				return nil, err
			}
			x, err := complexArg(t, args[0])
			if err != nil {
				return nil, err
			}
			var y complex128
			if len(args) == 2 {
				if y, err = complexArg(t, args[1]); err != nil {
					return nil, err
				}
			}
			// As in CPython, the outcome is the last one reported: the
			// log of the base clears a domain error of the log of x.
			r, e := cLog(x)
			if len(args) == 2 {
				var lb complex128
				lb, e = cLog(y)
				var qe int
				r, qe = quot(r, lb)
				if qe != ok {
					e = qe
				}
			}
			if e != ok {
				return nil, mathError(e)
			}
			return o.Complex(r), nil
		}, Doc: "log(x[, base]) -> the logarithm of x to the given base.\nWithout a base, the natural logarithm (base e) of x."},
		{Name: "phase", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			z, err := oneNamed(t, "phase", "phase", args, kw)
			if err != nil {
				return nil, err
			}
			phi, e := phase(z)
			if e != ok {
				return nil, mathError(e)
			}
			return o.Float(phi), nil
		}, Doc: "phase(z) -> float\n\nReturn the argument (phase angle) of a complex."},
		{Name: "polar", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			z, err := oneNamed(t, "polar", "polar", args, kw)
			if err != nil {
				return nil, err
			}
			phi, _ := phase(z)
			r, e := abs(z)
			if e != ok {
				return nil, mathError(e)
			}
			return o.NewTuple(o.Float(r), o.Float(phi)), nil
		}, Doc: "polar(z) -> r: float, phi: float\n\nConvert a complex to polar coordinates: its distance from 0 and its phase."},
		{Name: "rect", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := nargs("rect", "rect", args, kw, 2, 2); err != nil {
				return nil, err
			}
			r, err := o.AsFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			phi, err := o.AsFloat(t, args[1])
			if err != nil {
				return nil, err
			}
			z, e := rect(r, phi)
			if e != ok {
				return nil, mathError(e)
			}
			return o.Complex(z), nil
		}, Doc: "rect(r, phi) -> z: complex\n\nConvert polar coordinates to a complex."},
		{Name: "isnan", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			z, err := oneNamed(t, "isnan", "isnan", args, kw)
			if err != nil {
				return nil, err
			}
			return o.NewBool(real(z) != real(z) || imag(z) != imag(z)), nil
		}, Doc: "isnan(z) -> bool\nWhether the real or the imaginary part of z is a NaN."},
		{Name: "isinf", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			z, err := oneNamed(t, "isinf", "isnan", args, kw)
			if err != nil {
				return nil, err
			}
			return o.NewBool(isInf(real(z)) || isInf(imag(z))), nil
		}, Doc: "isinf(z) -> bool\nWhether the real or the imaginary part of z is infinite."},
	}
}

func isInf(x float64) bool { return x > maxFloat || x < -maxFloat }

const maxFloat = 1.7976931348623157e308
