package operator

import (
	"strings"

	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// The callable types of the module. None of them may be subclassed, and
// their instances are immutable.
var (
	itemgetterType   = o.NewBuiltinType("operator.itemgetter", o.ObjectType, 0)
	attrgetterType   = o.NewBuiltinType("operator.attrgetter", o.ObjectType, 0)
	methodcallerType = o.NewBuiltinType("operator.methodcaller", o.ObjectType, 0)
)

// itemgetter fetches items: obj[item], or a tuple of obj[i] for each of
// several items.
type itemgetter struct {
	items []o.Value
	multi bool
}

func (*itemgetter) Type() *o.Type { return itemgetterType }

// attrgetter fetches attributes by (possibly dotted) name.
type attrgetter struct {
	attrs []o.Value
	multi bool
}

func (*attrgetter) Type() *o.Type { return attrgetterType }

// methodcaller calls a named method with fixed arguments.
type methodcaller struct {
	name o.Value
	args []o.Value
	kw   []o.Value
}

func (*methodcaller) Type() *o.Type { return methodcallerType }

// getterArgs checks the arguments of itemgetter() and attrgetter(): at
// least one, no keywords.
func getterArgs(name string, args, kw []o.Value) error {
	if err := modutil.NoKeywords(name+"()", kw); err != nil {
		return err
	}
	if len(args) == 0 {
		return modutil.UnpackArgs(name, args, 1, 1)
	}
	return nil
}

// callArg checks the single argument of a getter's call.
func callArg(name string, args, kw []o.Value) error {
	if err := modutil.NoKeywords(name, kw); err != nil {
		return err
	}
	return modutil.UnpackArgs(name, args, 1, 1)
}

func itemgetterNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := getterArgs("itemgetter", args, kw); err != nil {
		return nil, err
	}
	return &itemgetter{items: append([]o.Value(nil), args...), multi: len(args) > 1}, nil
}

func itemgetterCall(t *o.Thread, f o.Value, args, kw []o.Value) (o.Value, error) {
	g := f.(*itemgetter)
	if err := callArg("itemgetter", args, kw); err != nil {
		return nil, err
	}
	if !g.multi {
		return o.GetItem(t, args[0], g.items[0])
	}
	out := make([]o.Value, len(g.items))
	for i, item := range g.items {
		v, err := o.GetItem(t, args[0], item)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return o.NewTuple(out...), nil
}

func attrgetterNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := getterArgs("attrgetter", args, kw); err != nil {
		return nil, err
	}
	return &attrgetter{attrs: append([]o.Value(nil), args...), multi: len(args) > 1}, nil
}

// dottedGetAttr follows a dotted attribute name from obj.
func dottedGetAttr(t *o.Thread, obj, attr o.Value) (o.Value, error) {
	if u, ok := o.Unwrap(attr).(*o.Unicode); ok {
		s, err := o.Encode(t, u, "ascii", "strict")
		if err != nil {
			return nil, err
		}
		attr = s
	}
	name, ok := o.AsString(attr)
	if !ok {
		return nil, o.Errorf(o.TypeError, "attribute name must be a string")
	}
	for _, part := range strings.Split(name, ".") {
		v, err := o.GetAttr(t, obj, o.Intern(part))
		if err != nil {
			return nil, err
		}
		obj = v
	}
	return obj, nil
}

func attrgetterCall(t *o.Thread, f o.Value, args, kw []o.Value) (o.Value, error) {
	g := f.(*attrgetter)
	if err := callArg("attrgetter", args, kw); err != nil {
		return nil, err
	}
	if !g.multi {
		return dottedGetAttr(t, args[0], g.attrs[0])
	}
	out := make([]o.Value, len(g.attrs))
	for i, a := range g.attrs {
		v, err := dottedGetAttr(t, args[0], a)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return o.NewTuple(out...), nil
}

func methodcallerNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if len(args) < 1 {
		return nil, o.Errorf(o.TypeError, "methodcaller needs at least one argument, the method name")
	}
	return &methodcaller{name: args[0], args: append([]o.Value(nil), args[1:]...), kw: append([]o.Value(nil), kw...)}, nil
}

// attrName converts an attribute name as PyObject_GetAttr does: a str,
// or a unicode encoded with the default encoding.
func attrName(t *o.Thread, v o.Value) (*o.Str, error) {
	if s, ok := o.AsString(v); ok {
		return o.Intern(s), nil
	}
	if u, ok := o.Unwrap(v).(*o.Unicode); ok {
		s, err := o.Encode(t, u, "ascii", "strict")
		if err != nil {
			return nil, err
		}
		return o.Intern(s.String()), nil
	}
	return nil, o.Errorf(o.TypeError, "attribute name must be string, not '%s'", v.Type().Name)
}

func methodcallerCall(t *o.Thread, f o.Value, args, kw []o.Value) (o.Value, error) {
	m := f.(*methodcaller)
	if err := callArg("methodcaller", args, kw); err != nil {
		return nil, err
	}
	name, err := attrName(t, m.name)
	if err != nil {
		return nil, err
	}
	meth, err := o.GetAttr(t, args[0], name)
	if err != nil {
		return nil, err
	}
	return o.Call(t, meth, m.args, m.kw)
}

func init() {
	itemgetterType.New = itemgetterNew
	itemgetterType.Call = itemgetterCall
	itemgetterType.AddAttr("__doc__", o.NewStr("itemgetter(item, ...) --> itemgetter object\n\n"+
		"A callable that returns the item of its argument at the given key,\n"+
		"or a tuple of the items at each key when given several."))
	attrgetterType.New = attrgetterNew
	attrgetterType.Call = attrgetterCall
	attrgetterType.AddAttr("__doc__", o.NewStr("attrgetter(attr, ...) --> attrgetter object\n\n"+
		"A callable that returns the named attribute of its argument (a dotted\n"+
		"name follows a chain of attributes), or a tuple of several."))
	methodcallerType.New = methodcallerNew
	methodcallerType.Call = methodcallerCall
	methodcallerType.AddAttr("__doc__", o.NewStr("methodcaller(name, ...) --> methodcaller object\n\n"+
		"A callable that calls the named method of its argument with the\n"+
		"other arguments and keywords given here."))
}
