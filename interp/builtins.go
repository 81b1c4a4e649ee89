package interp

import (
	o "github.com/pystm/pystm/objects"
)

// builtinDefs are the functions of __builtin__; files builtins_*.go add
// to it in their init functions.
var builtinDefs []o.MethodDef

// builtinValues are the non-function names of __builtin__ (types,
// constants), added by init functions.
var builtinValues = map[string]o.Value{}

func addBuiltins(defs ...o.MethodDef) { builtinDefs = append(builtinDefs, defs...) }

var importDef = &o.MethodDef{Name: "__import__"}

func newBuiltinsModule(t *o.Thread) (*o.Module, error) {
	m := o.NewModule("__builtin__")
	d := m.Dict()
	types := map[string]o.Value{
		"object": o.ObjectType, "type": o.TypeType, "int": o.IntType, "bool": o.BoolType,
		"long": o.LongType, "float": o.FloatType, "complex": o.ComplexType, "str": o.StrType,
		"unicode": o.UnicodeType, "basestring": o.BaseStringType, "bytearray": o.ByteArrayType,
		"bytes": o.StrType, "tuple": o.TupleType, "list": o.ListType, "dict": o.DictType,
		"set": o.SetType, "frozenset": o.FrozenSetType, "slice": o.SliceType, "xrange": o.XRangeType,
		"classmethod": o.ClassMethodType, "staticmethod": o.StaticMethodType, "property": o.PropertyType,
		"super": o.SuperType, "file": o.FileType,
		"None": o.None, "True": o.True, "False": o.False, "Ellipsis": o.Ellipsis,
		"NotImplemented": o.NotImplemented, "__debug__": o.True,
	}
	for k, v := range types {
		d.SetString(t, k, v)
	}
	for _, e := range o.ExceptionTypes() {
		d.SetString(t, e.ShortName(), e)
	}
	for k, v := range builtinValues {
		d.SetString(t, k, v)
	}
	d.SetString(t, "__import__", &o.BuiltinFunction{M: importDef, Module: "__builtin__"})
	for i := range builtinDefs {
		d.SetString(t, builtinDefs[i].Name, &o.BuiltinFunction{M: &builtinDefs[i], Module: "__builtin__"})
	}
	return m, nil
}

// builtinImport is __import__(name, globals={}, locals={}, fromlist=[], level=-1).
func builtinImport(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	a, err := parseArgs("__import__", args, kw, 1, "name", "globals", "locals", "fromlist", "level")
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(*o.Str)
	if !ok {
		return nil, o.Errorf(o.TypeError, "__import__() argument 1 must be string, not %s", a[0].Type().Name)
	}
	var globals *o.Dict
	if g, ok := a[1].(*o.Dict); ok {
		globals = g
	}
	level := -1
	if a[4] != nil {
		l, ok := a[4].(o.Int)
		if !ok {
			return nil, o.Errorf(o.TypeError, "an integer is required")
		}
		level = int(l)
	}
	fromlist := a[3]
	if fromlist == nil {
		fromlist = o.None
	}
	return ImportModuleLevel(t, name.String(), globals, fromlist, level)
}

// parseArgs binds positional and keyword arguments to names (the first
// min required); missing optional ones are nil.
func parseArgs(fname string, args, kw []o.Value, min int, names ...string) ([]o.Value, error) {
	out := make([]o.Value, len(names))
	if len(args) > len(names) {
		return nil, o.Errorf(o.TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names)), len(args)+len(kw)/2)
	}
	copy(out, args)
	for i := 0; i < len(kw); i += 2 {
		k := kw[i].(*o.Str).String()
		found := false
		for j, n := range names {
			if n == k {
				if out[j] != nil {
					return nil, o.Errorf(o.TypeError, "Argument given by name ('%s') and position (%d)", k, j+1)
				}
				out[j] = kw[i+1]
				found = true
				break
			}
		}
		if !found {
			return nil, o.Errorf(o.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	for i := 0; i < min; i++ {
		if out[i] == nil {
			return nil, o.Errorf(o.TypeError, "%s() takes at least %d argument%s (%d given)", fname, min, plural(min), len(args)+len(kw)/2)
		}
	}
	return out, nil
}

func init() {
	importDef.Fn = builtinImport
	addBuiltins(
		o.MethodDef{Name: "len", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 || len(kw) != 0 {
				return nil, o.Errorf(o.TypeError, "len() takes exactly one argument (%d given)", len(args)+len(kw)/2)
			}
			n, err := o.Len(t, args[0])
			if err != nil {
				return nil, err
			}
			return o.Int(n), nil
		}},
		o.MethodDef{Name: "repr", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 || len(kw) != 0 {
				return nil, o.Errorf(o.TypeError, "repr() takes exactly one argument (%d given)", len(args)+len(kw)/2)
			}
			return o.Repr(t, args[0])
		}},
		o.MethodDef{Name: "globals", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 0 {
				return nil, o.Errorf(o.TypeError, "globals() takes no arguments (%d given)", len(args))
			}
			if f, ok := t.Frame.(*Frame); ok && f != nil {
				return f.Globals, nil
			}
			return o.NewDict(), nil
		}},
		o.MethodDef{Name: "locals", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 0 {
				return nil, o.Errorf(o.TypeError, "locals() takes no arguments (%d given)", len(args))
			}
			if f, ok := t.Frame.(*Frame); ok && f != nil {
				return frameLocals(t, f), nil
			}
			return o.NewDict(), nil
		}},
	)
}
