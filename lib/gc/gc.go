// Package gc is Python 2.7's gc module for pystm. pystm's memory is
// managed by Go's tracing collector, so there is no separate cycle
// collector to tune: collect() runs Go's collector and the __del__
// methods of the objects it finds unreachable; the thresholds are kept
// only to be read back; the introspection functions that need the
// collector's object graph (get_objects, get_referrers, get_referents)
// return empty lists.
package gc

import (
	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("gc", newModule) }

// state is the module's settings (they have no effect on Go's collector).
type state struct {
	enabled    bool
	debug      int64
	thresholds [3]int64
}

func newModule(t *o.Thread) (*o.Module, error) {
	st := &state{enabled: true, thresholds: [3]int64{700, 10, 10}}
	defs := []o.MethodDef{
		modutil.Func("collect", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			a, err := modutil.Parse("collect", args, kw, 0, "generation")
			if err != nil {
				return nil, err
			}
			if a[0] != nil {
				g, err := o.AsInt(t, a[0])
				if err != nil {
					return nil, err
				}
				if g < 0 || g > 2 {
					return nil, o.Errorf(o.ValueError, "invalid generation")
				}
			}
			o.CollectGarbage(t)
			return o.Int(0), nil
		}),
		modutil.Func("enable", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("enable", args, kw); err != nil {
				return nil, err
			}
			st.enabled = true
			return o.None, nil
		}),
		modutil.Func("disable", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("disable", args, kw); err != nil {
				return nil, err
			}
			st.enabled = false
			return o.None, nil
		}),
		modutil.Func("isenabled", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("isenabled", args, kw); err != nil {
				return nil, err
			}
			return o.NewBool(st.enabled), nil
		}),
		modutil.Func("set_debug", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.OneArg("set_debug", args, kw); err != nil {
				return nil, err
			}
			n, err := o.AsInt(t, args[0])
			if err != nil {
				return nil, err
			}
			st.debug = n
			return o.None, nil
		}),
		modutil.Func("get_debug", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("get_debug", args, kw); err != nil {
				return nil, err
			}
			return o.Int(st.debug), nil
		}),
		modutil.Func("set_threshold", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.Unpack("set_threshold", args, kw, 1, 3); err != nil {
				return nil, err
			}
			for i, a := range args {
				n, err := o.AsInt(t, a)
				if err != nil {
					return nil, err
				}
				st.thresholds[i] = n
			}
			return o.None, nil
		}),
		modutil.Func("get_threshold", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("get_threshold", args, kw); err != nil {
				return nil, err
			}
			return o.NewTuple(o.Int(st.thresholds[0]), o.Int(st.thresholds[1]), o.Int(st.thresholds[2])), nil
		}),
		modutil.Func("get_count", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("get_count", args, kw); err != nil {
				return nil, err
			}
			return o.NewTuple(o.Int(0), o.Int(0), o.Int(0)), nil
		}),
		modutil.Func("get_objects", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("get_objects", args, kw); err != nil {
				return nil, err
			}
			return o.NewList(nil), nil
		}),
		modutil.Func("get_referrers", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			return o.NewList(nil), modutil.NoKw("get_referrers", kw)
		}),
		modutil.Func("get_referents", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			return o.NewList(nil), modutil.NoKw("get_referents", kw)
		}),
		modutil.Func("is_tracked", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.OneArg("is_tracked", args, kw); err != nil {
				return nil, err
			}
			switch args[0].(type) {
			case o.Int, o.Float, o.Bool, *o.Long, *o.Str, *o.Unicode:
				return o.False, nil
			}
			return o.NewBool(args[0] != o.None), nil
		}),
	}
	m := interp.NewModule(t, "gc", defs)
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr("Access to the garbage collector (pystm: Go's collector; collect() runs pending __del__ methods)."))
	d.SetString(t, "garbage", o.NewList(nil))
	for _, c := range []struct {
		name string
		v    int64
	}{{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_INSTANCES", 8},
		{"DEBUG_OBJECTS", 16}, {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 62}} {
		d.SetString(t, c.name, o.Int(c.v))
	}
	return m, nil
}
