// Package modutil holds what pystm's built-in modules written in Go share:
// argument checking with CPython 2.7's messages, and attribute lookup for
// Go objects whose Python subclasses give their instances a __dict__.
package modutil

import (
	"strings"

	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// NoKeywords refuses keyword arguments as CPython's _PyArg_NoKeywords:
// "name() does not take keyword arguments". name is given with its
// parentheses where CPython writes them ("count()").
func NoKeywords(name string, kw []o.Value) error {
	if len(kw) > 0 {
		return o.Errorf(o.TypeError, "%s does not take keyword arguments", name)
	}
	return nil
}

// NoKw refuses keyword arguments as a METH_VARARGS function does:
// "name() takes no keyword arguments".
func NoKw(name string, kw []o.Value) error {
	if len(kw) > 0 {
		return o.Errorf(o.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// Unpack checks a positional argument count as PyArg_UnpackTuple does
// ("name expected at least 1 arguments, got 0"); keywords are refused.
func Unpack(name string, args, kw []o.Value, min, max int) error {
	if err := NoKw(name, kw); err != nil {
		return err
	}
	return UnpackArgs(name, args, min, max)
}

// UnpackArgs is Unpack without the keyword check.
func UnpackArgs(name string, args []o.Value, min, max int) error {
	if len(args) < min {
		if min == max {
			return o.Errorf(o.TypeError, "%s expected %d arguments, got %d", name, min, len(args))
		}
		return o.Errorf(o.TypeError, "%s expected at least %d arguments, got %d", name, min, len(args))
	}
	if len(args) > max {
		if min == max {
			return o.Errorf(o.TypeError, "%s expected %d arguments, got %d", name, max, len(args))
		}
		return o.Errorf(o.TypeError, "%s expected at most %d arguments, got %d", name, max, len(args))
	}
	return nil
}

// OneArg checks the single argument of a METH_O function.
func OneArg(name string, args, kw []o.Value) error {
	if err := NoKw(name, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return o.Errorf(o.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// NoArgs checks a METH_NOARGS function's call.
func NoArgs(name string, args, kw []o.Value) error {
	if err := NoKw(name, kw); err != nil {
		return err
	}
	if len(args) != 0 {
		return o.Errorf(o.TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// Parse binds positional and keyword arguments to names as
// PyArg_ParseTupleAndKeywords does, with its messages; the first min
// are required, missing optional ones are nil. fname is the function's
// name without parentheses.
func Parse(fname string, args, kw []o.Value, min int, names ...string) ([]o.Value, error) {
	out := make([]o.Value, len(names))
	nargs := len(args) + len(kw)/2
	if nargs > len(names) {
		return nil, o.Errorf(o.TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names)), nargs)
	}
	copy(out, args)
	for i := 0; i < len(kw); i += 2 {
		if _, ok := kw[i].(*o.Str); !ok {
			return nil, o.Errorf(o.TypeError, "keywords must be strings")
		}
	}
	for j := 0; j < len(args) && j < len(names); j++ {
		if kwIndex(kw, names[j]) >= 0 {
			return nil, o.Errorf(o.TypeError, "Argument given by name ('%s') and position (%d)", names[j], j+1)
		}
	}
	for j := len(args); j < len(names); j++ {
		if k := kwIndex(kw, names[j]); k >= 0 {
			out[j] = kw[k+1]
		} else if j < min {
			return nil, o.Errorf(o.TypeError, "Required argument '%s' (pos %d) not found", names[j], j+1)
		}
	}
	for i := 0; i < len(kw); i += 2 {
		k := KwString(kw, i)
		found := false
		for _, n := range names {
			if n == k {
				found = true
				break
			}
		}
		if !found {
			return nil, o.Errorf(o.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	return out, nil
}

func kwIndex(kw []o.Value, name string) int {
	for i := 0; i < len(kw); i += 2 {
		if KwString(kw, i) == name {
			return i
		}
	}
	return -1
}

// KwString returns the name of the keyword pair at kw[i].
func KwString(kw []o.Value, i int) string {
	if s, ok := kw[i].(*o.Str); ok {
		return s.String()
	}
	return ""
}

// Func makes a module function from fn, which does not need the receiver.
func Func(name string, fn func(t *o.Thread, args, kw []o.Value) (o.Value, error)) o.MethodDef {
	return o.MethodDef{Name: name, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		return fn(t, args, kw)
	}}
}

// Int converts v to a C long as the "l" argument format does.
func Int(t *o.Thread, v o.Value) (int64, error) { return o.AsInt(t, v) }

// StrArg returns the Go string of a str argument (or of a str subclass
// instance), or a TypeError "fname() argument N must be string, not T".
func StrArg(fname string, n int, v o.Value) (string, error) {
	if s, ok := o.Unwrap(v).(*o.Str); ok {
		return s.String(), nil
	}
	return "", o.Errorf(o.TypeError, "%s() argument %d must be string, not %s", fname, n, typeName(v))
}

func typeName(v o.Value) string {
	if v == o.None {
		return "None"
	}
	return v.Type().Name
}

// TypeName returns the name CPython's argument errors give v's type
// ("None" for None).
func TypeName(v o.Value) string { return typeName(v) }

// Tx returns t's transaction (nil when t is nil, in init code).
func Tx(t *o.Thread) *stm.Tx {
	if t == nil {
		return nil
	}
	return t.Tx
}

// Ssize converts v as the "n" argument format (Py_ssize_t) does: floats
// are refused, other objects need __index__, and values that do not fit
// are an OverflowError.
func Ssize(t *o.Thread, v o.Value) (int, error) {
	switch x := v.(type) {
	case o.Int:
		return int(x), nil
	case o.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case o.Float:
		return 0, o.Errorf(o.TypeError, "integer argument expected, got float")
	}
	if _, ok := o.Unwrap(v).(o.Float); ok {
		return 0, o.Errorf(o.TypeError, "integer argument expected, got float")
	}
	r, err := o.Index(t, v)
	if err != nil {
		if o.IsInstanceExc(err, o.TypeError) {
			return 0, o.Errorf(o.TypeError, "an integer is required")
		}
		return 0, err
	}
	switch x := o.Unwrap(r).(type) {
	case o.Int:
		return int(x), nil
	case o.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *o.Long:
		if x.Big().IsInt64() {
			return int(x.Big().Int64()), nil
		}
	}
	return 0, o.Errorf(o.OverflowError, "Python int too large to convert to C long")
}

// AsSsize converts v as PyInt_AsSsize_t does: ints and longs give their
// value (a long that does not fit is an OverflowError), other objects go
// through __int__ (floats are truncated), else TypeError "an integer is
// required".
func AsSsize(t *o.Thread, v o.Value) (int, error) {
	switch x := o.Unwrap(v).(type) {
	case o.Int:
		return int(x), nil
	case o.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *o.Long:
		if x.Big().IsInt64() {
			return int(x.Big().Int64()), nil
		}
		return 0, o.Errorf(o.OverflowError, "long int too large to convert to int")
	}
	n := v.Type().Number
	if n == nil || n.Int == nil {
		return 0, o.Errorf(o.TypeError, "an integer is required")
	}
	r, err := n.Int(t, v)
	if err != nil {
		return 0, err
	}
	switch x := o.Unwrap(r).(type) {
	case o.Int, o.Bool, *o.Long:
		return AsSsize(t, x)
	}
	return 0, o.Errorf(o.TypeError, "nb_int should return int object")
}

// NewException makes a module's exception class, as CPython's
// PyErr_NewException does: a class named after the last part of dotted
// ("thread.error"), derived from base, whose __module__ is the rest.
func NewException(t *o.Thread, dotted string, base *o.Type) (*o.Type, error) {
	mod, name := "", dotted
	if i := strings.LastIndexByte(dotted, '.'); i >= 0 {
		mod, name = dotted[:i], dotted[i+1:]
	}
	d := o.NewDict()
	d.SetString(t, "__module__", o.NewStr(mod))
	c, err := o.Call(t, o.TypeType, []o.Value{o.NewStr(name), o.NewTuple(base), d}, nil)
	if err != nil {
		return nil, err
	}
	return c.(*o.Type), nil
}
