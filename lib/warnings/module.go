// Package warnings is the _warnings module of Python 2.7: the core of the
// warnings machinery (warn, warn_explicit, the filters, the "once"
// registry and the default action) written in Go, as CPython writes it in
// C. The warnings module written in Python imports it and adds the rest
// (filterwarnings, catch_warnings, formatwarning, ...). Warnings issued by
// built-ins (objects.Warn) and by the compiler come here directly.
//
// As in CPython, the warnings module, once it is in sys.modules, has the
// last word: its filters, defaultaction, onceregistry and showwarning
// replace the values kept here.
package warnings

import (
	"runtime"
	"strings"
	"sync"
	"weak"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

func init() {
	interp.RegisterModule("_warnings", newModule)
	o.SetWarnHooks(o.WarnHooks{Warn: warnFromGo, WarnExplicit: warnExplicitFromGo})
}

const moduleDoc = "_warnings filters and reports warnings; it is the part of the warnings\nmachinery that the interpreter itself uses."

// cache is what the module keeps for one runtime: the filters list, the
// registry of "once" warnings and the default action, as last seen in
// the warnings module (or as made at start-up), and whether the
// warnings module was imported to show a warning.
// No Copier: it holds no slice or map.
type cache struct {
	filters       o.Value
	onceRegistry  o.Value
	defaultAction o.Value
	imported      bool
}

// state is the module's per-runtime state.
type state struct {
	ref stm.Ref[cache]
}

// states maps each runtime (weakly) to its state.
var states sync.Map

// stateOf returns rt's state, making it on first use with the filters
// that the command line's flags call for.
func stateOf(t *o.Thread) *state {
	key := weak.Make(t.RT)
	if s, ok := states.Load(key); ok {
		return s.(*state)
	}
	s := &state{}
	s.ref.Init(&cache{
		filters:       initialFilters(t.RT.Flags),
		onceRegistry:  o.NewDict(),
		defaultAction: o.NewStr("default"),
	})
	if v, loaded := states.LoadOrStore(key, s); loaded {
		return v.(*state)
	}
	runtime.AddCleanup(t.RT, func(k weak.Pointer[o.Runtime]) { states.Delete(k) }, key)
	return s
}

// initialFilters are the filters CPython 2.7 starts with: DeprecationWarning
// ignored (unless -3 or -Qwarn), PendingDeprecationWarning and ImportWarning
// ignored, BytesWarning ignored, shown (-b) or an error (-bb).
func initialFilters(f o.RuntimeFlags) *o.List {
	filter := func(action string, category *o.Type) o.Value {
		return o.NewTuple(o.NewStr(action), o.None, category, o.None, o.Int(0))
	}
	var items []o.Value
	if !f.Py3kWarning && f.Division != 1 && f.Division != 2 {
		items = append(items, filter("ignore", o.DeprecationWarning))
	}
	items = append(items, filter("ignore", o.PendingDeprecationWarning), filter("ignore", o.ImportWarning))
	bytesAction := "ignore"
	switch {
	case f.Bytes > 1:
		bytesAction = "error"
	case f.Bytes == 1:
		bytesAction = "default"
	}
	items = append(items, filter(bytesAction, o.BytesWarning))
	return o.NewList(items)
}

func newModule(t *o.Thread) (*o.Module, error) {
	c := stateOf(t).ref.Read(modutil.Tx(t))
	m := o.NewModule("_warnings")
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	d.SetString(t, "filters", c.filters)
	d.SetString(t, "once_registry", c.onceRegistry)
	d.SetString(t, "default_action", c.defaultAction)
	defs := []o.MethodDef{
		{Name: "warn", Fn: warnFn, Doc: "warn(message, category=None, stacklevel=1)\n\nIssue a warning; the filters decide whether it is ignored, shown or\nraised as an exception."},
		{Name: "warn_explicit", Fn: warnExplicitFn, Doc: "warn_explicit(message, category, filename, lineno, module=None,\n              registry=None, module_globals=None)\n\nIssue a warning at an explicit location."},
	}
	for i := range defs {
		d.SetString(t, defs[i].Name, &o.BuiltinFunction{M: &defs[i], Module: "_warnings"})
	}
	return m, nil
}

// warnFn is _warnings.warn(message, category=None, stacklevel=1).
func warnFn(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	a, err := modutil.Parse("warn", args, kw, 1, "message", "category", "stacklevel")
	if err != nil {
		return nil, err
	}
	level := 1
	if a[2] != nil {
		if level, err = modutil.Ssize(t, a[2]); err != nil {
			return nil, err
		}
	}
	category, err := categoryOf(t, a[0], a[1])
	if err != nil {
		return nil, err
	}
	return o.None, doWarn(t, a[0], category, level)
}

// categoryOf is the category of a warning: the class of message when it
// is a Warning, else category (UserWarning when not given), which must
// be a subclass of Warning.
func categoryOf(t *o.Thread, message, category o.Value) (o.Value, error) {
	isWarning, err := o.IsInstance(t, message, o.Warning)
	if err != nil {
		return nil, err
	}
	if isWarning {
		category = message.Type()
	} else if category == nil {
		category = o.UserWarning
	}
	ok, err := o.IsSubclass(t, category, o.Warning)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, o.Errorf(o.ValueError, "category is not a subclass of Warning")
	}
	return category, nil
}

// warnExplicitFn is _warnings.warn_explicit(message, category, filename,
// lineno, module=None, registry=None, module_globals=None).
func warnExplicitFn(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	a, err := modutil.Parse("warn_explicit", args, kw, 4, "message", "category", "filename", "lineno", "module", "registry", "module_globals")
	if err != nil {
		return nil, err
	}
	lineno, err := cInt(t, a[3])
	if err != nil {
		return nil, err
	}
	w := &warning{message: a[0], category: a[1], filename: a[2], lineno: lineno, module: a[4], registry: a[5]}
	if a[6] != nil {
		line, found, err := loaderLine(t, a[6], lineno)
		if err != nil {
			return nil, err
		}
		if found {
			w.sourceLine = line
		}
	}
	return o.None, w.issue(t)
}

// cInt converts v as the "i" argument format does (a C int).
func cInt(t *o.Thread, v o.Value) (int, error) {
	if _, ok := o.Unwrap(v).(o.Float); ok {
		return 0, o.Errorf(o.TypeError, "integer argument expected, got float")
	}
	n, err := modutil.AsSsize(t, v)
	if err != nil {
		if o.IsInstanceExc(err, o.OverflowError) {
			return 0, o.Errorf(o.OverflowError, "Python int too large to convert to C long")
		}
		return 0, err
	}
	switch {
	case n > 1<<31-1:
		return 0, o.Errorf(o.OverflowError, "signed integer is greater than maximum")
	case n < -1<<31:
		return 0, o.Errorf(o.OverflowError, "signed integer is less than minimum")
	}
	return n, nil
}

// loaderLine is the source line lineno as the module's loader gives it
// (module_globals' __loader__.get_source(__name__)); found is false when
// there is no loader, it has no get_source, or it returns None.
func loaderLine(t *o.Thread, globals o.Value, lineno int) (o.Value, bool, error) {
	d, ok := globals.(*o.Dict)
	if !ok {
		return nil, false, nil
	}
	loader := d.GetString(t, "__loader__")
	name := d.GetString(t, "__name__")
	if loader == nil || name == nil || !o.HasAttr(t, loader, o.Intern("get_source")) {
		return nil, false, nil
	}
	src, err := callAttr(t, loader, "get_source", name)
	if err != nil {
		return nil, false, err
	}
	if src == o.None {
		return nil, false, nil
	}
	lines, err := callAttr(t, src, "splitlines")
	if err != nil {
		return nil, false, err
	}
	l, ok := lines.(*o.List)
	if !ok {
		return nil, false, o.Errorf(o.SystemError, "bad argument to internal function")
	}
	line, ok := l.At(t, lineno-1)
	if !ok || lineno < 1 {
		return nil, false, o.Errorf(o.IndexError, "list index out of range")
	}
	return line, true, nil
}

// callAttr returns v.name(args...).
func callAttr(t *o.Thread, v o.Value, name string, args ...o.Value) (o.Value, error) {
	fn, err := o.GetAttrString(t, v, name)
	if err != nil {
		return nil, err
	}
	return o.Call(t, fn, args, nil)
}

// ready reports whether t's runtime has its sys module and sys.modules:
// a warning issued while the interpreter is being made is dropped.
func ready(t *o.Thread) bool { return t.RT.Sys != nil && t.RT.Modules != nil }

// warnFromGo is PyErr_WarnEx: the warning of a built-in.
func warnFromGo(t *o.Thread, category o.Value, msg string, stacklevel int) error {
	if !ready(t) {
		return nil
	}
	return doWarn(t, o.NewStr(msg), category, stacklevel)
}

// warnExplicitFromGo is PyErr_WarnExplicit with no module and no registry.
func warnExplicitFromGo(t *o.Thread, category o.Value, msg, filename string, lineno int) error {
	if !ready(t) {
		return nil
	}
	w := &warning{message: o.NewStr(msg), category: category, filename: o.NewStr(filename), lineno: lineno}
	return w.issue(t)
}

// doWarn issues a warning from the code stacklevel frames up the stack
// (1: the Python code running now).
func doWarn(t *o.Thread, message, category o.Value, stacklevel int) error {
	w := &warning{message: message, category: category}
	if err := w.setupContext(t, stacklevel); err != nil {
		return err
	}
	return w.issue(t)
}

// setupContext finds where the warning comes from: the globals and line
// of the frame stacklevel levels up (beyond the outermost frame, the sys
// module and line 1), whose __warningregistry__ (made if missing) is the
// registry, __name__ the module and __file__ the file name (".pyc" and
// ".pyo" read as ".py"; without a str __file__, the script's name for
// __main__, else the module name).
func (w *warning) setupContext(t *o.Thread, stacklevel int) error {
	f, _ := t.Frame.(*interp.Frame)
	for stacklevel--; stacklevel > 0 && f != nil; stacklevel-- {
		f = f.Back()
	}
	var globals *o.Dict
	if f == nil {
		globals = t.RT.Sys.Dict()
		w.lineno = 1
	} else {
		globals = f.GlobalsDict()
		w.lineno = f.Line()
	}
	w.registry = globals.GetString(t, "__warningregistry__")
	if w.registry == nil {
		reg := o.NewDict()
		globals.SetString(t, "__warningregistry__", reg)
		w.registry = reg
	}
	w.module = globals.GetString(t, "__name__")
	if w.module == nil {
		w.module = o.NewStr("<string>")
	}
	if file, ok := o.Unwrap(globals.GetString(t, "__file__")).(*o.Str); ok {
		s := file.String()
		if n := len(s); n >= 4 && isCompiledSuffix(s[n-4:]) {
			w.filename = o.NewStr(s[:n-1])
		} else {
			w.filename = globals.GetString(t, "__file__")
		}
		return nil
	}
	if name, err := cString(t, w.module); err == nil && cutNUL(name) == "__main__" {
		w.filename = o.NewStr("__main__")
		if argv, ok := t.RT.Sys.Dict().GetString(t, "argv").(*o.List); ok {
			if argv0, ok := argv.At(t, 0); ok {
				nonEmpty, err := o.Truth(t, argv0)
				if err != nil {
					return err
				}
				if nonEmpty {
					w.filename = argv0
				}
			}
		}
		return nil
	}
	w.filename = w.module
	return nil
}

// isCompiledSuffix reports whether s is ".pyc" or ".pyo" in any case.
func isCompiledSuffix(s string) bool {
	return s[0] == '.' && s[1]|0x20 == 'p' && s[2]|0x20 == 'y' && (s[3]|0x20 == 'c' || s[3]|0x20 == 'o')
}

// cString is PyString_AsString: the bytes of a str, or of a unicode
// encoded with the default encoding; anything else is a TypeError.
func cString(t *o.Thread, v o.Value) (string, error) {
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		return x.String(), nil
	case *o.Unicode:
		b, err := o.Encode(t, x, "ascii", "strict")
		if err != nil {
			return "", err
		}
		return b.String(), nil
	}
	return "", o.Errorf(o.TypeError, "expected string or Unicode object, %s found", v.Type().Name)
}

// cutNUL is s as C code compares it: up to its first NUL.
func cutNUL(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}
