package warnings

import (
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// warning is one warning on its way through the filters.
type warning struct {
	message  o.Value // a Warning instance, or its text
	category o.Value
	filename o.Value
	lineno   int
	// module is the module's name; nil: derived from filename.
	module o.Value
	// registry is the module's registry of warnings already shown
	// (a dict), or nil or None.
	registry o.Value
	// sourceLine is the line shown under the message when the module's
	// loader supplied it, or nil.
	sourceLine o.Value
}

// warningsAttr returns the attribute name of the warnings module when
// sys.modules has one that has the attribute, else nil (not an error).
func warningsAttr(t *o.Thread, name string) (o.Value, error) {
	m := t.RT.Modules.GetString(t, "warnings")
	if m == nil {
		return nil, nil
	}
	attr := o.Intern(name)
	if !o.HasAttr(t, m, attr) {
		return nil, nil
	}
	return o.GetAttr(t, m, attr)
}

// issue is CPython's warn_explicit: unless the registry says this
// warning was seen, the first filter that matches it (or the default
// action) decides what becomes of it: it is raised ("error"), dropped
// ("ignore") or shown always, once per location ("default"), once per
// module ("module") or once at all ("once").
func (w *warning) issue(t *o.Thread) error {
	registry := w.registry
	if registry == o.None {
		registry = nil
	}
	var reg *o.Dict
	if registry != nil {
		d, ok := registry.(*o.Dict)
		if !ok {
			return o.Errorf(o.TypeError, "'registry' must be a dict or None")
		}
		reg = d
	}
	if w.module == nil {
		m, err := moduleFromFilename(t, w.filename)
		if err != nil {
			return err
		}
		w.module = m
	}
	isWarning, err := o.IsInstance(t, w.message, o.Warning)
	if err != nil {
		return err
	}
	var text o.Value
	if isWarning {
		s, err := o.ToStr(t, w.message)
		if err != nil {
			return err
		}
		text = s
		w.category = w.message.Type()
	} else {
		text = w.message
		inst, err := o.Call(t, w.category, []o.Value{w.message}, nil)
		if err != nil {
			return err
		}
		w.message = inst
	}
	key := o.NewTuple(text, w.category, o.Int(w.lineno))
	if reg != nil {
		// A key that cannot be looked up counts as not seen.
		if v, err := reg.GetItem(t, key); err == nil && v != nil {
			seen, err := o.Truth(t, v)
			if err != nil {
				return err
			}
			if seen {
				return nil
			}
		}
	}
	action, item, err := w.filter(t, text)
	if err != nil {
		return err
	}
	if action == "error" {
		return raised(w.category, w.message)
	}
	if action != "always" {
		if reg != nil {
			if err := reg.SetItem(t, key, o.True); err != nil {
				return err
			}
		}
		seen := false
		switch action {
		case "ignore":
			return nil
		case "once":
			once := reg
			if once == nil {
				if once, err = onceRegistry(t); err != nil {
					return err
				}
			}
			if seen, err = markSeen(t, once, o.NewTuple(text, w.category)); err != nil {
				return err
			}
		case "module":
			if reg != nil {
				if seen, err = markSeen(t, reg, o.NewTuple(text, w.category)); err != nil {
					return err
				}
			}
		case "default":
		default:
			desc := "???"
			if s, err := o.StrString(t, item); err == nil {
				desc = s
			}
			return o.Errorf(o.RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s", action, desc)
		}
		if seen {
			return nil
		}
	}
	return w.show(t, text)
}

// markSeen records key in registry and reports whether it was there
// already (with a true value).
func markSeen(t *o.Thread, registry *o.Dict, key o.Value) (bool, error) {
	if v, err := registry.GetItem(t, key); err == nil && v != nil {
		seen, err := o.Truth(t, v)
		if err != nil || seen {
			return seen, err
		}
	}
	return false, registry.SetItem(t, key, o.True)
}

// moduleFromFilename is the module name a warning gets from its file
// name: the name without ".py", or "<unknown>" for an empty one.
func moduleFromFilename(t *o.Thread, filename o.Value) (o.Value, error) {
	nonEmpty, err := o.Truth(t, filename)
	if err != nil {
		return nil, err
	}
	if !nonEmpty {
		return o.NewStr("<unknown>"), nil
	}
	s, err := cString(t, filename)
	if err != nil {
		return nil, err
	}
	if n := len(s); n >= 3 && s[n-3:] == ".py" {
		return o.NewStr(s[:n-3]), nil
	}
	return filename, nil
}

// onceRegistry is the registry of "once" warnings: warnings.onceregistry,
// else the one kept here.
func onceRegistry(t *o.Thread) (*o.Dict, error) {
	st := stateOf(t)
	v, err := warningsAttr(t, "onceregistry")
	if err != nil {
		return nil, err
	}
	c := st.ref.Read(modutil.Tx(t))
	if v == nil {
		v = c.onceRegistry
	}
	d, ok := v.(*o.Dict)
	if !ok {
		return nil, o.Errorf(o.TypeError, "warnings.onceregistry must be a dict")
	}
	if v != c.onceRegistry {
		st.ref.Write(modutil.Tx(t)).onceRegistry = d
	}
	return d, nil
}

// raised is the exception PyErr_SetObject(category, message) sets: the
// instance itself when message is one.
func raised(category, message o.Value) error {
	if _, ok := message.(*o.OldInstance); ok || message.Type().IsSubtype(o.BaseException) {
		return o.ExceptionFromValue(message)
	}
	return &o.Exception{Type: category, Value: message}
}

// filter returns the action of the first filter that matches the
// warning, and that filter (for messages); with none, the default action
// and None. A filter is a 5-tuple (action, message regex or None,
// category, module regex or None, line number or 0).
func (w *warning) filter(t *o.Thread, text o.Value) (string, o.Value, error) {
	st := stateOf(t)
	filters, err := warningsAttr(t, "filters")
	if err != nil {
		return "", nil, err
	}
	if c := st.ref.Read(modutil.Tx(t)); filters == nil {
		filters = c.filters
	} else if filters != c.filters {
		st.ref.Write(modutil.Tx(t)).filters = filters
	}
	list, ok := filters.(*o.List)
	if !ok {
		return "", nil, o.Errorf(o.ValueError, "_warnings.filters must be a list")
	}
	// The item named in an unknown default action's message is the last
	// filter looked at, as in CPython.
	var item o.Value = o.None
	for i := 0; i < list.Len(t); i++ {
		v, _ := list.At(t, i)
		item = v
		tu, ok := o.Unwrap(v).(*o.Tuple)
		if !ok || tu.Len() != 5 {
			return "", nil, o.Errorf(o.ValueError, "_warnings.filters item %d isn't a 5-tuple", i)
		}
		f := tu.Elems()
		// All four tests run before any error counts; the last
		// error is the one raised.
		var lastErr error
		goodMsg, err := matches(t, f[1], text)
		if err != nil {
			lastErr = err
		}
		goodMod, err := matches(t, f[3], w.module)
		if err != nil {
			lastErr = err
		}
		isSub, err := o.IsSubclass(t, w.category, f[2])
		if err != nil {
			lastErr = err
		}
		ln, err := modutil.AsSsize(t, f[4])
		if err != nil {
			lastErr = err
		}
		if lastErr != nil {
			return "", nil, lastErr
		}
		if goodMsg && goodMod && isSub && (ln == 0 || ln == w.lineno) {
			action, err := cString(t, f[0])
			if err != nil {
				return "", nil, err
			}
			return cutNUL(action), item, nil
		}
	}
	action, err := defaultAction(t)
	if err != nil {
		return "", nil, err
	}
	return action, item, nil
}

// matches is a filter's test of the message or module: None matches
// anything, else the compiled pattern's match method decides.
func matches(t *o.Thread, pattern, s o.Value) (bool, error) {
	if pattern == o.None {
		return true, nil
	}
	r, err := callAttr(t, pattern, "match", s)
	if err != nil {
		return false, err
	}
	return o.Truth(t, r)
}

// defaultAction is the action when no filter matches:
// warnings.defaultaction, else the one kept here.
func defaultAction(t *o.Thread) (string, error) {
	st := stateOf(t)
	v, err := warningsAttr(t, "defaultaction")
	if err != nil {
		return "", err
	}
	if c := st.ref.Read(modutil.Tx(t)); v == nil {
		v = c.defaultAction
	} else if v != c.defaultAction {
		st.ref.Write(modutil.Tx(t)).defaultAction = v
	}
	s, err := cString(t, v)
	if err != nil {
		return "", err
	}
	return cutNUL(s), nil
}
