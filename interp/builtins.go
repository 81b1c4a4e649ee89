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

// builtinDoc is the docstring of the __builtin__ module.
const builtinDoc = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."

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
		"NotImplemented": o.NotImplemented, "__debug__": o.NewBool(t.RT.Flags.Optimize == 0),
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
	d.SetString(t, "__doc__", o.NewStr(builtinDoc))
	d.SetString(t, "__package__", o.None)
	d.SetString(t, "__import__", &o.BuiltinFunction{M: importDef, Module: "__builtin__"})
	for i := range builtinDefs {
		d.SetString(t, builtinDefs[i].Name, &o.BuiltinFunction{M: &builtinDefs[i], Module: "__builtin__"})
	}
	return m, nil
}

// builtinImport is __import__(name, globals={}, locals={}, fromlist=[],
// level=-1), parsed as CPython's "s|OOOi:__import__".
func builtinImport(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	var name string
	level := -1
	a, err := o.ParseTupleKw("__import__", args, kw, 1, []string{"name", "globals", "locals", "fromlist", "level"}, func(i int, v o.Value) (err error) {
		switch i {
		case 0:
			name, err = o.ArgCString(t, "__import__", 1, v)
		case 4:
			level, err = o.ArgCInt(t, v)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var globals *o.Dict
	if g, ok := a[1].(*o.Dict); ok {
		globals = g
	}
	fromlist := a[3]
	if fromlist == nil {
		fromlist = o.None
	}
	return ImportModuleLevel(t, name, globals, fromlist, level)
}

// parseArgs binds positional and keyword arguments to names as
// PyArg_ParseTupleAndKeywords does with "O" units (the first min
// required); missing optional ones are nil.
func parseArgs(fname string, args, kw []o.Value, min int, names ...string) ([]o.Value, error) {
	return o.ParseTupleKw(fname, args, kw, min, names, nil)
}

func init() {
	importDef.Fn = builtinImport
	addBuiltins(
		o.MethodDef{Name: "len", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("len", args, kw); err != nil {
				return nil, err
			}
			n, err := o.Len(t, args[0])
			if err != nil {
				return nil, err
			}
			return o.Int(n), nil
		}},
		o.MethodDef{Name: "repr", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("repr", args, kw); err != nil {
				return nil, err
			}
			return o.Repr(t, args[0])
		}},
		o.MethodDef{Name: "globals", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := noArgs("globals", args, kw); err != nil {
				return nil, err
			}
			if f, ok := t.Frame.(*Frame); ok && f != nil {
				return f.Globals, nil
			}
			return o.NewDict(), nil
		}},
		o.MethodDef{Name: "locals", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := noArgs("locals", args, kw); err != nil {
				return nil, err
			}
			if f, ok := t.Frame.(*Frame); ok && f != nil {
				return localsValue(t, f), nil
			}
			return o.NewDict(), nil
		}},
	)
}
