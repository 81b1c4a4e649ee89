// Package math is Python 2.7's math module.
package math

import (
	gomath "math"
	"math/big"

	"github.com/pystm/pystm/interp"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("math", newModule) }

func domainError() error { return o.Errorf(o.ValueError, "math domain error") }
func rangeError() error  { return o.Errorf(o.OverflowError, "math range error") }

// toFloat converts an argument as PyFloat_AsDouble does.
func toFloat(t *o.Thread, v o.Value) (float64, error) {
	switch x := v.(type) {
	case o.Float:
		return float64(x), nil
	case o.Int:
		return float64(x), nil
	case o.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return o.AsFloat(t, v)
}

// unary wraps a float function with CPython's error rules: a NaN result
// from a non-NaN argument is a domain error; an infinite result from a
// finite argument is a range error (or a domain error if canOverflow is
// false).
func unary(name string, f func(float64) float64, canOverflow bool) o.MethodDef {
	return o.MethodDef{Name: name, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return nil, o.Errorf(o.TypeError, "%s() takes exactly one argument (%d given)", name, len(args)+len(kw)/2)
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		r := f(x)
		if gomath.IsNaN(r) && !gomath.IsNaN(x) {
			return nil, domainError()
		}
		if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
			if canOverflow {
				return nil, rangeError()
			}
			return nil, domainError()
		}
		return o.Float(r), nil
	}}
}

func binary(name string, f func(x, y float64) (float64, error)) o.MethodDef {
	return o.MethodDef{Name: name, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return nil, o.Errorf(o.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		y, err := toFloat(t, args[1])
		if err != nil {
			return nil, err
		}
		r, err := f(x, y)
		if err != nil {
			return nil, err
		}
		return o.Float(r), nil
	}}
}

// logOf computes log(x) for ints and longs of any size, as 2.7's loghelper.
func logOf(t *o.Thread, v o.Value, f func(float64) float64) (float64, error) {
	if l, ok := v.(*o.Long); ok {
		b := l.Big()
		if b.Sign() <= 0 {
			return 0, domainError()
		}
		if b.BitLen() > 1000 {
			e := b.BitLen() - 60
			m := new(big.Int).Rsh(b, uint(e))
			mf, _ := new(big.Float).SetInt(m).Float64()
			return f(mf) + float64(e)*f(2), nil
		}
	}
	x, err := toFloat(t, v)
	if err != nil {
		return 0, err
	}
	if x <= 0 || gomath.IsNaN(x) {
		if gomath.IsNaN(x) {
			return x, nil
		}
		return 0, domainError()
	}
	return f(x), nil
}

func newModule(t *o.Thread) (*o.Module, error) {
	m := o.NewModule("math")
	d := m.Dict()
	d.SetString(t, "pi", o.Float(gomath.Pi))
	d.SetString(t, "e", o.Float(gomath.E))
	defs := []o.MethodDef{
		unary("acos", gomath.Acos, false), unary("acosh", gomath.Acosh, false),
		unary("asin", gomath.Asin, false), unary("asinh", gomath.Asinh, false),
		unary("atan", gomath.Atan, false), unary("atanh", func(x float64) float64 {
			if x >= 1 || x <= -1 {
				return gomath.NaN()
			}
			return gomath.Atanh(x)
		}, false),
		unary("cos", gomath.Cos, false), unary("cosh", gomath.Cosh, true),
		unary("sin", gomath.Sin, false), unary("sinh", gomath.Sinh, true),
		unary("tan", gomath.Tan, false), unary("tanh", gomath.Tanh, false),
		unary("exp", gomath.Exp, true), unary("expm1", gomath.Expm1, true),
		unary("fabs", gomath.Abs, false),
		unary("sqrt", gomath.Sqrt, false),
		unary("erf", gomath.Erf, false), unary("erfc", gomath.Erfc, false),
		unary("gamma", func(x float64) float64 {
			if x == gomath.Floor(x) && x <= 0 || gomath.IsInf(x, -1) {
				return gomath.NaN()
			}
			return gomath.Gamma(x)
		}, true),
		unary("lgamma", func(x float64) float64 {
			if x == gomath.Floor(x) && x <= 0 {
				return gomath.Inf(1)
			}
			r, _ := gomath.Lgamma(x)
			return r
		}, true),
		unary("degrees", func(x float64) float64 { return x * 180 / gomath.Pi }, true),
		unary("radians", func(x float64) float64 { return x * gomath.Pi / 180 }, false),
		binary("atan2", func(y, x float64) (float64, error) { return gomath.Atan2(y, x), nil }),
		binary("copysign", func(x, y float64) (float64, error) { return gomath.Copysign(x, y), nil }),
		binary("fmod", func(x, y float64) (float64, error) {
			if y == 0 && !gomath.IsNaN(x) || gomath.IsInf(x, 0) && !gomath.IsNaN(y) {
				return 0, domainError()
			}
			return gomath.Mod(x, y), nil
		}),
		binary("hypot", func(x, y float64) (float64, error) {
			r := gomath.Hypot(x, y)
			if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsInf(y, 0) {
				return 0, rangeError()
			}
			return r, nil
		}),
		binary("pow", func(x, y float64) (float64, error) {
			if x == 1 || y == 0 {
				return 1, nil
			}
			if gomath.IsNaN(x) || gomath.IsNaN(y) {
				return gomath.NaN(), nil
			}
			if x == 0 && y < 0 {
				return 0, domainError()
			}
			if x < 0 && y != gomath.Floor(y) && !gomath.IsInf(y, 0) {
				return 0, domainError()
			}
			r := gomath.Pow(x, y)
			if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsInf(y, 0) {
				return 0, rangeError()
			}
			return r, nil
		}),
		{Name: "ceil", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "ceil() takes exactly one argument (%d given)", len(args))
			}
			if m := args[0].Type().LookupString(t, "__ceil__"); m != nil && args[0].Type().IsHeap() {
				return o.CallMethod(t, args[0], "__ceil__")
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			return o.Float(gomath.Ceil(x)), nil
		}},
		{Name: "floor", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "floor() takes exactly one argument (%d given)", len(args))
			}
			if m := args[0].Type().LookupString(t, "__floor__"); m != nil && args[0].Type().IsHeap() {
				return o.CallMethod(t, args[0], "__floor__")
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			return o.Float(gomath.Floor(x)), nil
		}},
		{Name: "trunc", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "trunc() takes exactly one argument (%d given)", len(args))
			}
			if m := args[0].Type().LookupString(t, "__trunc__"); m != nil {
				return o.CallMethod(t, args[0], "__trunc__")
			}
			return nil, o.Errorf(o.TypeError, "type %s doesn't define __trunc__ method", args[0].Type().Name)
		}},
		{Name: "isinf", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "isinf() takes exactly one argument (%d given)", len(args))
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			return o.NewBool(gomath.IsInf(x, 0)), nil
		}},
		{Name: "isnan", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "isnan() takes exactly one argument (%d given)", len(args))
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			return o.NewBool(gomath.IsNaN(x)), nil
		}},
		{Name: "modf", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "modf() takes exactly one argument (%d given)", len(args))
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			if gomath.IsInf(x, 0) {
				return o.NewTuple(o.Float(gomath.Copysign(0, x)), o.Float(x)), nil
			}
			i, f := gomath.Modf(x)
			return o.NewTuple(o.Float(f), o.Float(i)), nil
		}},
		{Name: "frexp", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "frexp() takes exactly one argument (%d given)", len(args))
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			if gomath.IsInf(x, 0) || gomath.IsNaN(x) || x == 0 {
				return o.NewTuple(o.Float(x), o.Int(0)), nil
			}
			f, e := gomath.Frexp(x)
			return o.NewTuple(o.Float(f), o.Int(e)), nil
		}},
		{Name: "ldexp", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 2 {
				return nil, o.Errorf(o.TypeError, "ldexp expected 2 arguments, got %d", len(args))
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			var e int64
			switch n := o.Unwrap(args[1]).(type) {
			case o.Int:
				e = int64(n)
			case o.Bool:
				if n {
					e = 1
				}
			case *o.Long:
				if n.Big().Sign() > 0 {
					e = 1 << 20
				} else {
					e = -1 << 20
				}
			default:
				return nil, o.Errorf(o.TypeError, "Expected an int or long as second argument to ldexp.")
			}
			if e > 1<<20 {
				e = 1 << 20
			} else if e < -1<<20 {
				e = -1 << 20
			}
			r := gomath.Ldexp(x, int(e))
			if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
				return nil, rangeError()
			}
			return o.Float(r), nil
		}},
		{Name: "log", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, o.Errorf(o.TypeError, "log expected at least 1 arguments, got %d", len(args))
			}
			x, err := logOf(t, args[0], gomath.Log)
			if err != nil {
				return nil, err
			}
			if len(args) == 2 {
				b, err := logOf(t, args[1], gomath.Log)
				if err != nil {
					return nil, err
				}
				if b == 0 {
					return nil, o.Errorf(o.ZeroDivisionError, "float division by zero")
				}
				return o.Float(x / b), nil
			}
			return o.Float(x), nil
		}},
		{Name: "log10", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "log10() takes exactly one argument (%d given)", len(args))
			}
			x, err := logOf(t, args[0], gomath.Log10)
			return o.Float(x), err
		}},
		{Name: "log1p", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "log1p() takes exactly one argument (%d given)", len(args))
			}
			x, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			if x <= -1 {
				return nil, domainError()
			}
			return o.Float(gomath.Log1p(x)), nil
		}},
		{Name: "factorial", Fn: factorial},
		{Name: "fsum", Fn: fsum},
	}
	for i := range defs {
		d.SetString(t, defs[i].Name, &o.BuiltinFunction{M: &defs[i], Module: "math"})
	}
	return m, nil
}

func factorial(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if len(args) != 1 {
		return nil, o.Errorf(o.TypeError, "factorial() takes exactly one argument (%d given)", len(args))
	}
	var n int64
	switch x := o.Unwrap(args[0]).(type) {
	case o.Int:
		n = int64(x)
	case o.Bool:
		if x {
			n = 1
		}
	case *o.Long:
		if !x.Big().IsInt64() {
			if x.Big().Sign() < 0 {
				return nil, o.Errorf(o.ValueError, "factorial() not defined for negative values")
			}
			return nil, o.Errorf(o.OverflowError, "Python int too large to convert to C long")
		}
		n = x.Big().Int64()
	case o.Float:
		if float64(x) != gomath.Floor(float64(x)) {
			return nil, o.Errorf(o.ValueError, "factorial() only accepts integral values")
		}
		n = int64(x)
	default:
		return nil, o.Errorf(o.TypeError, "an integer is required")
	}
	if n < 0 {
		return nil, o.Errorf(o.ValueError, "factorial() not defined for negative values")
	}
	r := big.NewInt(1)
	r.MulRange(1, n)
	if n == 0 {
		r.SetInt64(1)
	}
	if r.IsInt64() {
		return o.Int(r.Int64()), nil
	}
	return o.NewLong(r), nil
}

// fsum is the exactly rounded sum (Shewchuk's algorithm, as CPython's).
func fsum(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if len(args) != 1 {
		return nil, o.Errorf(o.TypeError, "fsum() takes exactly one argument (%d given)", len(args))
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	err := o.ForEach(t, args[0], func(v o.Value) (bool, error) {
		x, err := toFloat(t, v)
		if err != nil {
			return false, err
		}
		if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
			if gomath.IsInf(x, 0) {
				infSum += x
			}
			specialSum += x
			return true, nil
		}
		i := 0
		for _, y := range partials {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = append(partials[:i], x)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if specialSum != 0 {
		if gomath.IsNaN(infSum) {
			return nil, o.Errorf(o.ValueError, "-inf + inf in fsum")
		}
		return o.Float(specialSum), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && partials[n-1] < 0 || lo > 0 && partials[n-1] > 0) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return o.Float(hi), nil
}
