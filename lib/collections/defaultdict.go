package collections

import (
	"fmt"

	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// defaultdictType is collections.defaultdict, a dict whose missing keys
// are filled in by calling default_factory. Its instances are *o.Dict
// values; default_factory is their first slot value (NSlots reserves
// it).
var defaultdictType = newDefaultdictType()

func newDefaultdictType() *o.Type {
	typ := o.NewBuiltinType("collections.defaultdict", o.DictType, o.FlagBaseType)
	typ.NSlots = 1
	return typ
}

const factorySlot = 0

func factoryOf(t *o.Thread, v o.Value) o.Value {
	if d, ok := v.(*o.Dict); ok {
		return d.DictSlot(t, factorySlot)
	}
	return nil
}

// isCallable is PyCallable_Check.
func isCallable(t *o.Thread, v o.Value) bool {
	if oi, ok := v.(*o.OldInstance); ok {
		return o.HasAttr(t, oi, o.Intern("__call__"))
	}
	return o.Callable(v)
}

func defaultdictNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	return o.NewDictSubtype(typ), nil
}

func defaultdictInit(t *o.Thread, self o.Value, args, kw []o.Value) error {
	d := self.(*o.Dict)
	var factory o.Value
	if len(args) > 0 {
		factory = args[0]
		if factory != o.None && !isCallable(t, factory) {
			return o.Errorf(o.TypeError, "first argument must be callable or None")
		}
		args = args[1:]
	}
	if factory == o.None {
		factory = nil
	}
	d.SetDictSlot(t, factorySlot, factory)
	return o.DictType.Init(t, self, args, kw)
}

func defaultdict_missing(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("__missing__", args, kw); err != nil {
		return nil, err
	}
	key := args[0]
	factory := factoryOf(t, self)
	if factory == nil {
		return nil, o.NewException(o.KeyError, key)
	}
	v, err := o.Call(t, factory, nil, nil)
	if err != nil {
		return nil, err
	}
	if err := o.SetItem(t, self, key, v); err != nil {
		return nil, err
	}
	return v, nil
}

func factoryOrNone(t *o.Thread, self o.Value) o.Value {
	if f := factoryOf(t, self); f != nil {
		return f
	}
	return o.None
}

func defaultdict_copy(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("copy", args, kw); err != nil {
		return nil, err
	}
	return o.Call(t, self.Type(), []o.Value{factoryOrNone(t, self), self}, nil)
}

func defaultdict_reduce(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("__reduce__", args, kw); err != nil {
		return nil, err
	}
	fargs := o.NewTuple()
	if f := factoryOf(t, self); f != nil {
		fargs = o.NewTuple(f)
	}
	items, err := o.CallMethod(t, self, "iteritems")
	if err != nil {
		return nil, err
	}
	return o.NewTuple(self.Type(), fargs, o.None, o.None, items), nil
}

func defaultdictRepr(t *o.Thread, v o.Value) (o.Value, error) {
	base, err := o.DictType.Repr(t, v)
	if err != nil {
		return nil, err
	}
	bs, _ := o.AsString(base)
	fs := "None"
	if f := factoryOf(t, v); f != nil {
		if t.ReprEnter(f) {
			fs = "..."
		} else {
			r, err := o.Repr(t, f)
			t.ReprLeave(f)
			if err != nil {
				return nil, err
			}
			fs = r.String()
		}
	}
	return o.NewStr(fmt.Sprintf("defaultdict(%s, %s)", fs, bs)), nil
}

func init() {
	defaultdictType.New = defaultdictNew
	defaultdictType.Init = defaultdictInit
	defaultdictType.Repr = defaultdictRepr
	defaultdictType.AddMethods([]o.MethodDef{
		{Name: "__missing__", Fn: defaultdict_missing},
		{Name: "copy", Fn: defaultdict_copy},
		{Name: "__copy__", Fn: defaultdict_copy},
		{Name: "__reduce__", Fn: defaultdict_reduce},
	})
	defaultdictType.AddGetSets([]o.GetSet{{Name: "default_factory", Member: true,
		Doc: "the callable that gives the value of a missing key, or None",
		Get: func(t *o.Thread, self o.Value) (o.Value, error) { return factoryOrNone(t, self), nil },
		Set: func(t *o.Thread, self, v o.Value) error {
			if v == o.None {
				v = nil
			}
			self.(*o.Dict).SetDictSlot(t, factorySlot, v)
			return nil
		}}})
	defaultdictType.AddAttr("__doc__", o.NewStr("defaultdict(default_factory[, ...]) --> dict with default factory\n\n"+
		"A dict that, looking up a key it lacks, calls default_factory with no\n"+
		"arguments and stores the result under the key. Other arguments are\n"+
		"those of dict()."))
}
