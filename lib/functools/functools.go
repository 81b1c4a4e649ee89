// Package functools is Python 2.7's _functools module, which the
// functools module written in Python imports: the partial type and
// reduce.
package functools

import (
	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

func init() { interp.RegisterModule("_functools", newModule) }

const moduleDoc = "The C-level helpers of the functools module: partial and reduce."

// partialType is functools.partial; Python classes may derive from it,
// and its instances always have a __dict__.
var partialType = o.NewBuiltinType("functools.partial", o.ObjectType, o.FlagBaseType|o.FlagHasDict)

// partial is a callable that calls fn with args and keywords given in
// advance, followed by those of the call.
type partial struct {
	typ *o.Type
	ref stm.Ref[partialState]
}

// partialState is replaced as a whole only by __setstate__; kw is a dict
// with barriers of its own.
// partialState is a partial's payload. No Copier: it holds no slice or
// map.
type partialState struct {
	fn   o.Value
	args *o.Tuple
	kw   *o.Dict
	// dict is the instance __dict__, nil until first needed. __setstate__
	// may store any object there, as CPython lets it.
	dict o.Value
}

func (p *partial) Type() *o.Type { return p.typ }

func tx(t *o.Thread) *stm.Tx { return modutil.Tx(t) }

func newModule(t *o.Thread) (*o.Module, error) {
	m := interp.NewModule(t, "_functools", []o.MethodDef{modutil.Func("reduce", interp.Reduce)})
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	d.SetString(t, "partial", partialType)
	return m, nil
}

// isCallable is PyCallable_Check (an old-style instance is callable when
// its class has __call__).
func isCallable(t *o.Thread, v o.Value) bool {
	if oi, ok := v.(*o.OldInstance); ok {
		return o.HasAttr(t, oi, o.Intern("__call__"))
	}
	return o.Callable(v)
}

func partialNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if len(args) < 1 {
		return nil, o.Errorf(o.TypeError, "type 'partial' takes at least one argument")
	}
	if !isCallable(t, args[0]) {
		return nil, o.Errorf(o.TypeError, "the first argument must be callable")
	}
	d := o.NewDict()
	for i := 0; i < len(kw); i += 2 {
		if err := d.SetItem(t, kw[i], kw[i+1]); err != nil {
			return nil, err
		}
	}
	p := &partial{typ: typ}
	p.ref.Init(&partialState{fn: args[0], args: o.NewTuple(append([]o.Value(nil), args[1:]...)...), kw: d})
	return p, nil
}

func partialCall(t *o.Thread, f o.Value, args, kw []o.Value) (o.Value, error) {
	st := f.(*partial).ref.Read(tx(t))
	all := args
	if pre := st.args.Elems(); len(pre) > 0 {
		all = make([]o.Value, 0, len(pre)+len(args))
		all = append(append(all, pre...), args...)
	}
	allKw := kw
	if st.kw.Len(t) > 0 {
		d := st.kw.Copy(t)
		for i := 0; i < len(kw); i += 2 {
			if err := d.SetItem(t, kw[i], kw[i+1]); err != nil {
				return nil, err
			}
		}
		allKw = nil
		for pos := 0; ; {
			k, v, next, ok := d.Next(t, pos)
			if !ok {
				break
			}
			allKw = append(allKw, k, v)
			pos = next
		}
	}
	return o.Call(t, st.fn, all, allKw)
}

// partialGetAttr is object.__getattribute__ with the partial's own
// __dict__.
func partialGetAttr(t *o.Thread, v o.Value, name *o.Str) (o.Value, error) {
	p := v.(*partial)
	typ := v.Type()
	descr := typ.Lookup(t, name)
	var get func(t *o.Thread, descr, obj o.Value, typ o.Value) (o.Value, error)
	if descr != nil {
		dt := descr.Type()
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return get(t, descr, v, typ)
		}
	}
	if d, ok := p.ref.Read(tx(t)).dict.(*o.Dict); ok {
		if x := d.GetItemStr(t, name); x != nil {
			return x, nil
		}
	}
	if get != nil {
		return get(t, descr, v, typ)
	}
	if descr != nil {
		return descr, nil
	}
	return nil, o.Errorf(o.AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.String())
}

// partialSetAttr is object.__setattr__ (and __delattr__ when val is nil)
// with the partial's own __dict__.
func partialSetAttr(t *o.Thread, v o.Value, name *o.Str, val o.Value) error {
	p := v.(*partial)
	typ := v.Type()
	if descr := typ.Lookup(t, name); descr != nil {
		if s := descr.Type().DescrSet; s != nil {
			return s(t, descr, v, val)
		}
	}
	dv := p.ref.Read(tx(t)).dict
	if dv == nil {
		if val == nil {
			return o.Errorf(o.AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.String())
		}
		dv = o.NewDict()
		p.ref.Write(tx(t)).dict = dv
	}
	d, ok := dv.(*o.Dict)
	if !ok {
		return o.Errorf(o.SystemError, "Objects/dictobject.c: bad argument to internal function")
	}
	if val == nil {
		found, err := d.DelItem(t, name)
		if err == nil && !found {
			return o.Errorf(o.AttributeError, "%s", name.String())
		}
		return err
	}
	return d.SetItem(t, name, val)
}

func readonly(t *o.Thread, self, v o.Value) error {
	return o.Errorf(o.TypeError, "readonly attribute")
}

func stateOf(t *o.Thread, self o.Value) *partialState {
	return self.(*partial).ref.Read(tx(t))
}

func partial_reduce(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("__reduce__", args, kw); err != nil {
		return nil, err
	}
	st := stateOf(t, self)
	dict := st.dict
	if dict == nil {
		dict = o.None
	}
	return o.NewTuple(self.Type(), o.NewTuple(st.fn), o.NewTuple(st.fn, st.args, st.kw, dict)), nil
}

func partial_setstate(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("__setstate__", args, kw); err != nil {
		return nil, err
	}
	invalid := o.Errorf(o.TypeError, "invalid partial state")
	state, ok := o.Unwrap(args[0]).(*o.Tuple)
	if !ok || state.Len() != 4 {
		return nil, invalid
	}
	s := state.Elems()
	fn, fnargs, kwv, dict := s[0], s[1], s[2], s[3]
	if !isCallable(t, fn) {
		return nil, invalid
	}
	argsT, ok := o.Unwrap(fnargs).(*o.Tuple)
	if !ok {
		return nil, invalid
	}
	var kwd *o.Dict
	switch k := kwv.(type) {
	case *o.Dict:
		kwd = k
		if k.Type() != o.DictType {
			kwd = k.Copy(t)
		}
	default:
		if kwv != o.None {
			return nil, invalid
		}
		kwd = o.NewDict()
	}
	if dict == o.None {
		dict = nil
	}
	w := self.(*partial).ref.Write(tx(t))
	w.fn, w.args, w.kw, w.dict = fn, argsT, kwd, dict
	return o.None, nil
}

func init() {
	partialType.New = partialNew
	partialType.Call = partialCall
	partialType.GetAttr = partialGetAttr
	partialType.SetAttr = partialSetAttr
	partialType.AddAttr("__doc__", o.NewStr("partial(func, *args, **keywords) - a callable that calls func with\n"+
		"    these arguments and keywords first, then those it is called with.\n"))
	partialType.AddMethods([]o.MethodDef{
		{Name: "__reduce__", Fn: partial_reduce},
		{Name: "__setstate__", Fn: partial_setstate},
	})
	partialType.AddGetSets([]o.GetSet{
		{Name: "func", Member: true, Set: readonly, Doc: "the callable that calls are passed on to",
			Get: func(t *o.Thread, self o.Value) (o.Value, error) { return stateOf(t, self).fn, nil }},
		{Name: "args", Member: true, Set: readonly, Doc: "the positional arguments given in advance",
			Get: func(t *o.Thread, self o.Value) (o.Value, error) { return stateOf(t, self).args, nil }},
		{Name: "keywords", Member: true, Set: readonly, Doc: "the keyword arguments given in advance",
			Get: func(t *o.Thread, self o.Value) (o.Value, error) { return stateOf(t, self).kw, nil }},
		{Name: "__dict__",
			Get: func(t *o.Thread, self o.Value) (o.Value, error) {
				p := self.(*partial)
				if d := p.ref.Read(tx(t)).dict; d != nil {
					return d, nil
				}
				d := o.NewDict()
				p.ref.Write(tx(t)).dict = d
				return d, nil
			},
			Set: func(t *o.Thread, self, v o.Value) error {
				if v == nil {
					return o.Errorf(o.TypeError, "a partial object's dictionary may not be deleted")
				}
				if _, ok := v.(*o.Dict); !ok {
					return o.Errorf(o.TypeError, "setting partial object's dictionary to a non-dict")
				}
				self.(*partial).ref.Write(tx(t)).dict = v
				return nil
			}},
	})
}
