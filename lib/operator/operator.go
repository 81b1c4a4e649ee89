// Package operator is Python 2.7's operator module: a function for each
// intrinsic operator (with its __dunder__ alias), the sequence helpers,
// the type predicates, and the itemgetter, attrgetter and methodcaller
// types, with CPython's argument checks and messages.
package operator

import (
	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("operator", newModule) }

const moduleDoc = "The operator module: the functions here perform the operations of\n" +
	"Python's operators, so that operator.add(x, y) computes x+y. Each has\n" +
	"its special-method name as an alias (__add__ for add)."

// fnDef is one function of the module, or a pair of names for the same
// operation (add and __add__).
type fnDef struct {
	names []string
	make  func(name string) o.MethodDef
}

// binary makes a function of two arguments checked as PyArg_UnpackTuple
// checks them under the name unpack ("op_add expected 2 arguments, got 1").
func binary(unpack string, fn func(t *o.Thread, a, b o.Value) (o.Value, error)) func(string) o.MethodDef {
	return func(name string) o.MethodDef {
		return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoKw(name, kw); err != nil {
				return nil, err
			}
			if err := modutil.UnpackArgs(unpack, args, 2, 2); err != nil {
				return nil, err
			}
			return fn(t, args[0], args[1])
		})
	}
}

// unary makes a function of one argument (METH_O).
func unary(fn func(t *o.Thread, a o.Value) (o.Value, error)) func(string) o.MethodDef {
	return func(name string) o.MethodDef {
		return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.OneArg(name, args, kw); err != nil {
				return nil, err
			}
			return fn(t, args[0])
		})
	}
}

// predicate makes a METH_O function returning a bool.
func predicate(fn func(t *o.Thread, a o.Value) (bool, error)) func(string) o.MethodDef {
	return unary(func(t *o.Thread, a o.Value) (o.Value, error) {
		r, err := fn(t, a)
		if err != nil {
			return nil, err
		}
		return o.NewBool(r), nil
	})
}

// exactArgs checks a PyArg_ParseTuple call with n objects under fname
// ("getslice() takes exactly 3 arguments (1 given)").
func exactArgs(name, fname string, args, kw []o.Value, n int) error {
	if err := modutil.NoKw(name, kw); err != nil {
		return err
	}
	if len(args) != n {
		return o.Errorf(o.TypeError, "%s() takes exactly %d arguments (%d given)", fname, n, len(args))
	}
	return nil
}

func binop(op o.BinOp) func(t *o.Thread, a, b o.Value) (o.Value, error) {
	return func(t *o.Thread, a, b o.Value) (o.Value, error) { return o.BinaryOp(t, a, b, op) }
}

func inplace(op o.BinOp) func(t *o.Thread, a, b o.Value) (o.Value, error) {
	return func(t *o.Thread, a, b o.Value) (o.Value, error) { return o.InplaceOp(t, a, b, op) }
}

func compare(op o.Cmp) func(t *o.Thread, a, b o.Value) (o.Value, error) {
	return func(t *o.Thread, a, b o.Value) (o.Value, error) { return o.RichCompare(t, a, b, op) }
}

// pair gives a function under its name and its special-method alias.
func pair(name, alias string, mk func(string) o.MethodDef) fnDef {
	return fnDef{names: []string{name, alias}, make: mk}
}

func single(name string, mk func(string) o.MethodDef) fnDef {
	return fnDef{names: []string{name}, make: mk}
}

func moduleFuncs() []fnDef {
	return []fnDef{
		single("isCallable", predicate(isCallable)),
		single("isNumberType", predicate(func(t *o.Thread, a o.Value) (bool, error) { return isNumber(a), nil })),
		single("isSequenceType", predicate(func(t *o.Thread, a o.Value) (bool, error) { return isSequence(t, a), nil })),
		single("truth", predicate(o.Truth)),
		pair("contains", "__contains__", binary("op_contains", func(t *o.Thread, a, b o.Value) (o.Value, error) {
			r, err := o.Contains(t, a, b)
			return o.NewBool(r), err
		})),
		single("sequenceIncludes", binary("sequenceIncludes", func(t *o.Thread, a, b o.Value) (o.Value, error) {
			if err := warnPy3k(t, "operator.sequenceIncludes() is not supported in 3.x. Use operator.contains()."); err != nil {
				return nil, err
			}
			r, err := o.Contains(t, a, b)
			return o.NewBool(r), err
		})),
		single("indexOf", binary("indexOf", indexOf)),
		single("countOf", binary("countOf", countOf)),
		single("isMappingType", predicate(func(t *o.Thread, a o.Value) (bool, error) { return isMapping(t, a), nil })),
		single("is_", binary("is_", func(t *o.Thread, a, b o.Value) (o.Value, error) { return o.NewBool(a == b), nil })),
		single("is_not", binary("is_not", func(t *o.Thread, a, b o.Value) (o.Value, error) { return o.NewBool(a != b), nil })),
		pair("index", "__index__", unary(index)),
		pair("add", "__add__", binary("op_add", binop(o.OpAdd))),
		pair("sub", "__sub__", binary("op_sub", binop(o.OpSub))),
		pair("mul", "__mul__", binary("op_mul", binop(o.OpMul))),
		pair("div", "__div__", binary("op_div", binop(o.OpDiv))),
		pair("floordiv", "__floordiv__", binary("op_floordiv", binop(o.OpFloorDiv))),
		pair("truediv", "__truediv__", binary("op_truediv", binop(o.OpTrueDiv))),
		pair("mod", "__mod__", binary("op_mod", binop(o.OpMod))),
		pair("neg", "__neg__", unary(o.Neg)),
		pair("pos", "__pos__", unary(o.Pos)),
		pair("abs", "__abs__", unary(o.Abs)),
		pair("inv", "__inv__", unary(o.Invert)),
		pair("invert", "__invert__", unary(o.Invert)),
		pair("lshift", "__lshift__", binary("op_lshift", binop(o.OpLShift))),
		pair("rshift", "__rshift__", binary("op_rshift", binop(o.OpRShift))),
		pair("not_", "__not__", predicate(func(t *o.Thread, a o.Value) (bool, error) {
			r, err := o.Truth(t, a)
			return !r, err
		})),
		pair("and_", "__and__", binary("op_and_", binop(o.OpAnd))),
		pair("xor", "__xor__", binary("op_xor", binop(o.OpXor))),
		pair("or_", "__or__", binary("op_or_", binop(o.OpOr))),
		pair("iadd", "__iadd__", binary("op_iadd", inplace(o.OpAdd))),
		pair("isub", "__isub__", binary("op_isub", inplace(o.OpSub))),
		pair("imul", "__imul__", binary("op_imul", inplace(o.OpMul))),
		pair("idiv", "__idiv__", binary("op_idiv", inplace(o.OpDiv))),
		pair("ifloordiv", "__ifloordiv__", binary("op_ifloordiv", inplace(o.OpFloorDiv))),
		pair("itruediv", "__itruediv__", binary("op_itruediv", inplace(o.OpTrueDiv))),
		pair("imod", "__imod__", binary("op_imod", inplace(o.OpMod))),
		pair("ilshift", "__ilshift__", binary("op_ilshift", inplace(o.OpLShift))),
		pair("irshift", "__irshift__", binary("op_irshift", inplace(o.OpRShift))),
		pair("iand", "__iand__", binary("op_iand", inplace(o.OpAnd))),
		pair("ixor", "__ixor__", binary("op_ixor", inplace(o.OpXor))),
		pair("ior", "__ior__", binary("op_ior", inplace(o.OpOr))),
		pair("concat", "__concat__", binary("op_concat", concat)),
		pair("repeat", "__repeat__", repeatDef("op_repeat", repeat)),
		pair("iconcat", "__iconcat__", binary("op_iconcat", iconcat)),
		pair("irepeat", "__irepeat__", repeatDef("op_irepeat", irepeat)),
		pair("getitem", "__getitem__", binary("op_getitem", o.GetItem)),
		pair("setitem", "__setitem__", setitemDef),
		pair("delitem", "__delitem__", binary("op_delitem", func(t *o.Thread, a, b o.Value) (o.Value, error) {
			return o.None, o.SetItem(t, a, b, nil)
		})),
		pair("pow", "__pow__", binary("pow", func(t *o.Thread, a, b o.Value) (o.Value, error) { return o.Pow(t, a, b, o.None) })),
		pair("ipow", "__ipow__", binary("ipow", o.InplacePow)),
		pair("getslice", "__getslice__", getsliceDef),
		pair("setslice", "__setslice__", setsliceDef),
		pair("delslice", "__delslice__", delsliceDef),
		pair("lt", "__lt__", binary("op_lt", compare(o.LT))),
		pair("le", "__le__", binary("op_le", compare(o.LE))),
		pair("eq", "__eq__", binary("op_eq", compare(o.EQ))),
		pair("ne", "__ne__", binary("op_ne", compare(o.NE))),
		pair("gt", "__gt__", binary("op_gt", compare(o.GT))),
		pair("ge", "__ge__", binary("op_ge", compare(o.GE))),
		single("_compare_digest", compareDigestDef),
	}
}

func newModule(t *o.Thread) (*o.Module, error) {
	var defs []o.MethodDef
	for _, f := range moduleFuncs() {
		for _, n := range f.names {
			defs = append(defs, f.make(n))
		}
	}
	m := interp.NewModule(t, "operator", defs)
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	for _, typ := range []*o.Type{itemgetterType, attrgetterType, methodcallerType} {
		d.SetString(t, typ.Name[len("operator."):], typ)
	}
	return m, nil
}

// warnPy3k issues a DeprecationWarning when python runs with -3, as
// CPython's PyErr_WarnPy3k does.
func warnPy3k(t *o.Thread, msg string) error {
	if t == nil || t.RT == nil || !t.RT.Flags.Py3kWarning {
		return nil
	}
	w, err := interp.ImportModuleLevel(t, "warnings", nil, o.None, 0)
	if err != nil {
		return err
	}
	warn, err := o.GetAttrString(t, w, "warn")
	if err != nil {
		return err
	}
	_, err = o.Call(t, warn, []o.Value{o.NewStr(msg), o.DeprecationWarning, o.Int(1)}, nil)
	return err
}

func isCallable(t *o.Thread, a o.Value) (bool, error) {
	if err := warnPy3k(t, "operator.isCallable() is not supported in 3.x. Use hasattr(obj, '__call__')."); err != nil {
		return false, err
	}
	if oi, ok := a.(*o.OldInstance); ok {
		return o.HasAttr(t, oi, o.Intern("__call__")), nil
	}
	return o.Callable(a), nil
}

// index is operator.index: a.__index__(), which must be an int or long.
func index(t *o.Thread, a o.Value) (o.Value, error) {
	switch o.Unwrap(a).(type) {
	case o.Int, o.Bool, *o.Long:
		return a, nil
	}
	r, err := o.Index(t, a)
	if err != nil {
		return nil, err
	}
	switch o.Unwrap(r).(type) {
	case o.Int, o.Bool, *o.Long:
		return r, nil
	}
	return nil, o.Errorf(o.TypeError, "__index__ returned non-(int,long) (type %s)", r.Type().Name)
}
