package interp

import (
	"github.com/pystm/pystm/compile"
	o "github.com/pystm/pystm/objects"
)

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// setupCall makes the frame for calling fn with self (if not nil)
// followed by args, and keyword arguments kw, binding parameters as
// CPython 2.7's PyEval_EvalCodeEx does, with its error messages.
func setupCall(t *o.Thread, fn *o.Function, self o.Value, args, kw []o.Value) (*Frame, error) {
	code := fn.Code(t)
	var locals *o.Dict
	if code.Flags&compile.CodeOptimized == 0 {
		locals = o.NewDict()
	}
	f := newFrame(t, code, fn.Globals, locals, fn)
	fast := f.fast
	nargs := len(args)
	if self != nil {
		nargs++
	}
	argcount := code.ArgCount
	flags := code.Flags
	// Fast path: exact positional arguments, no keywords.
	if len(kw) == 0 && nargs == argcount && flags&(compile.CodeVarargs|compile.CodeVarkeywords) == 0 {
		i := 0
		if self != nil {
			fast[0] = self
			i = 1
		}
		copy(fast[i:], args)
		if len(f.cells) > 0 {
			f.initCells(t)
		}
		return f, nil
	}
	defaults := fn.Defaults(t)
	name := code.Name
	all := args
	if self != nil {
		all = make([]o.Value, 0, nargs)
		all = append(all, self)
		all = append(all, args...)
	}
	var kwdict *o.Dict
	if flags&compile.CodeVarkeywords != 0 {
		kwdict = o.NewDict()
		idx := argcount
		if flags&compile.CodeVarargs != 0 {
			idx++
		}
		fast[idx] = kwdict
	}
	if argcount > 0 || flags&(compile.CodeVarargs|compile.CodeVarkeywords) != 0 {
		n := len(all)
		if n > argcount {
			if flags&compile.CodeVarargs == 0 {
				kind := "exactly"
				if len(defaults) > 0 {
					kind = "at most"
				}
				return nil, o.Errorf(o.TypeError, "%s() takes %s %d argument%s (%d given)", name, kind, argcount, plural(argcount), n+len(kw)/2)
			}
			n = argcount
		}
		copy(fast, all[:n])
		if flags&compile.CodeVarargs != 0 {
			extra := []o.Value(nil)
			if len(all) > argcount {
				extra = append(extra, all[argcount:]...)
			}
			fast[argcount] = o.NewTupleOwned(extra)
		}
		for i := 0; i < len(kw); i += 2 {
			key, text, ok := keywordName(t, kw[i])
			if !ok {
				return nil, o.Errorf(o.TypeError, "%s() keywords must be strings", name)
			}
			j := 0
			for ; j < argcount; j++ {
				if code.Varnames[j] == text {
					break
				}
			}
			if j == argcount {
				if kwdict == nil {
					return nil, o.Errorf(o.TypeError, "%s() got an unexpected keyword argument '%s'", name, text)
				}
				kwdict.SetItem(t, key, kw[i+1])
				continue
			}
			if fast[j] != nil {
				return nil, o.Errorf(o.TypeError, "%s() got multiple values for keyword argument '%s'", name, text)
			}
			fast[j] = kw[i+1]
		}
		if len(all) < argcount {
			m := argcount - len(defaults)
			for i := len(all); i < m; i++ {
				if fast[i] == nil {
					given := 0
					for j := 0; j < argcount; j++ {
						if fast[j] != nil {
							given++
						}
					}
					kind := "exactly"
					if flags&compile.CodeVarargs != 0 || len(defaults) > 0 {
						kind = "at least"
					}
					return nil, o.Errorf(o.TypeError, "%s() takes %s %d argument%s (%d given)", name, kind, m, plural(m), given)
				}
			}
			start := 0
			if len(all) > m {
				start = len(all) - m
			}
			for i := start; i < len(defaults); i++ {
				if fast[m+i] == nil {
					fast[m+i] = defaults[i]
				}
			}
		}
	} else if len(all) > 0 || len(kw) > 0 {
		return nil, o.Errorf(o.TypeError, "%s() takes no arguments (%d given)", name, len(all)+len(kw)/2)
	}
	if len(f.cells) > 0 {
		f.initCells(t)
	}
	return f, nil
}

// keywordName checks a keyword argument's name for a Python function:
// a str, or a unicode (matched against the parameter names by value and
// kept as it is in **kwargs); text is the name as messages show it (a
// unicode encoded to ASCII with '?' for other characters).
func keywordName(t *o.Thread, k o.Value) (key o.Value, text string, ok bool) {
	switch s := o.Unwrap(k).(type) {
	case *o.Str:
		return k, s.String(), true
	case *o.Unicode:
		b := make([]byte, 0, len(s.Runes()))
		for _, r := range s.Runes() {
			if r >= 0x80 {
				r = '?'
			}
			b = append(b, byte(r))
		}
		return k, string(b), true
	}
	return nil, "", false
}

// callFunction is the Call slot of Python functions: it runs the call in
// a nested loop (or makes the generator).
func callFunction(t *o.Thread, v o.Value, args, kw []o.Value) (o.Value, error) {
	fn := v.(*o.Function)
	f, err := setupCall(t, fn, nil, args, kw)
	if err != nil {
		return nil, err
	}
	if f.Code.Flags&compile.CodeGenerator != 0 {
		return newGenerator(t, f), nil
	}
	return runFrame(t, f)
}

// setupClassCall handles a class call from the loop: for a heap class
// whose __new__ is object's and whose __init__ is a Python function, it
// makes the instance and returns the __init__ frame (with initSelf set).
// It returns (nil, nil) when the generic path must be taken.
func setupClassCall(t *o.Thread, typ *o.Type, args, kw []o.Value) (*Frame, error) {
	if !typ.IsHeap() || typ.Payload != nil || typ.Meta != nil {
		return nil, nil
	}
	init, ok := typ.Lookup(t, initStr).(*o.Function)
	if !ok {
		return nil, nil
	}
	if !typ.UsesObjectNew() {
		return nil, nil
	}
	self := o.NewInstance(t, typ, nil)
	f, err := setupCall(t, init, self, args, kw)
	if err != nil {
		return nil, err
	}
	if f.Code.Flags&compile.CodeGenerator != 0 {
		return nil, o.Errorf(o.TypeError, "__init__() should return None, not 'generator'")
	}
	f.initSelf = self
	return f, nil
}

var initStr = o.Intern("__init__")

// extendArgs merges *args and **kwargs into positional and keyword
// lists as CPython 2.7's ext_do_call does: the ** mapping first (a
// non-dict is copied through its keys(); one without keys is "argument
// after ** must be a mapping"), then the * iterable (a TypeError while
// making its tuple, unless it is a generator's own, is "argument after *
// must be an iterable"), then the explicit keywords, each of which must
// not be in the mapping. Keys of the mapping are not checked here: the
// callee does that (a Python function wants str or unicode keys).
func extendArgs(t *o.Thread, callee o.Value, pos, kw []o.Value, star, starstar o.Value) ([]o.Value, []o.Value, error) {
	var dkeys, dvals []o.Value
	if starstar != nil {
		if d, ok := o.Unwrap(starstar).(*o.Dict); ok {
			dkeys, dvals = d.Items(t)
		} else {
			d := o.NewDict()
			keys, err := o.CallMethod(t, starstar, "keys")
			if err != nil {
				if o.IsInstanceExc(err, o.AttributeError) {
					return nil, nil, o.Errorf(o.TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(t, callee), starstar.Type().Name)
				}
				return nil, nil, err
			}
			err = o.ForEach(t, keys, func(k o.Value) (bool, error) {
				v, err := o.GetItem(t, starstar, k)
				if err != nil {
					return false, err
				}
				return true, d.SetItem(t, k, v)
			})
			if err != nil {
				return nil, nil, err
			}
			dkeys, dvals = d.Items(t)
		}
	}
	args := append([]o.Value(nil), pos...)
	if star != nil {
		items, err := o.ToSlice(t, star)
		if err != nil {
			if _, isGen := star.(*Generator); !isGen && o.IsInstanceExc(err, o.TypeError) {
				return nil, nil, o.Errorf(o.TypeError, "%s argument after * must be an iterable, not %s", funcDesc(t, callee), star.Type().Name)
			}
			return nil, nil, err
		}
		args = append(args, items...)
	}
	if starstar == nil {
		return args, append([]o.Value(nil), kw...), nil
	}
	for j := len(kw) - 2; j >= 0; j -= 2 {
		ks := kw[j].(*o.Str)
		for _, k := range dkeys {
			if eq, err := o.Equal(t, k, ks); err != nil {
				return nil, nil, err
			} else if eq {
				return nil, nil, o.Errorf(o.TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(t, callee), ks.String())
			}
		}
	}
	kws := make([]o.Value, 0, len(kw)+2*len(dkeys))
	kws = append(kws, kw...)
	for i, k := range dkeys {
		kws = append(kws, k, dvals[i])
	}
	return args, kws, nil
}

// funcDesc names a callable in call errors as CPython's
// PyEval_GetFuncName and PyEval_GetFuncDesc do: "f()", "C constructor",
// "C instance" or "int object".
func funcDesc(t *o.Thread, f o.Value) string {
	switch fn := f.(type) {
	case *o.Function:
		return fn.Name(t) + "()"
	case *o.Method:
		return funcDesc(t, fn.Func)
	case *o.BuiltinFunction:
		return fn.M.Name + "()"
	case *o.Class:
		return fn.Name + " constructor"
	case *o.OldInstance:
		return o.ClassOf(fn).(*o.Class).Name + " instance"
	}
	return f.Type().Name + " object"
}

// lookupMethod implements LOAD_METHOD's fast case: x's type has a plain
// Python function name that x's instance dict does not shadow.
func lookupMethod(t *o.Thread, x o.Value, name *o.Str) (o.Value, bool) {
	typ := x.Type()
	if !sameGetAttr(typ) {
		return nil, false
	}
	m := typ.Lookup(t, name)
	if m == nil {
		return nil, false
	}
	switch m.(type) {
	case *o.Function:
	case *o.MethodDescr:
		if md := m.(*o.MethodDescr); md.Class || md.Static {
			return nil, false
		}
	default:
		return nil, false
	}
	if inst, ok := x.(*o.Instance); ok {
		if d := inst.Dict(t); d != nil && d.GetItemStr(t, name) != nil {
			return nil, false
		}
	}
	return m, true
}

func sameGetAttr(typ *o.Type) bool { return typ.UsesGenericGetAttr() }
