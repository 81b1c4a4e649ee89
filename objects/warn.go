package objects

// WarnHooks are the warning functions of the _warnings module written in
// Go (lib/warnings), which installs them with SetWarnHooks when it is
// linked in. Without them, warnings go through the warnings module
// written in Python.
type WarnHooks struct {
	// Warn is CPython's PyErr_WarnEx.
	Warn func(t *Thread, category Value, msg string, stacklevel int) error
	// WarnExplicit is CPython's PyErr_WarnExplicit with no module and
	// no registry.
	WarnExplicit func(t *Thread, category Value, msg, filename string, lineno int) error
}

var warnHooks WarnHooks

// SetWarnHooks installs the Go implementation of warnings (called once,
// from the init of the package that provides it).
func SetWarnHooks(h WarnHooks) { warnHooks = h }

// Warn issues a warning of class category with message msg, as
// CPython's PyErr_WarnEx does: the warnings filters decide whether it is
// ignored, printed or raised. stacklevel 1 blames the Python code that
// called the built-in. A non-nil error is the exception to raise (the
// filters turned the warning into an error, or showing it failed).
func Warn(t *Thread, category *Type, msg string, stacklevel int) error {
	if t == nil || t.RT == nil {
		return nil
	}
	if warnHooks.Warn != nil {
		return warnHooks.Warn(t, category, msg, stacklevel)
	}
	return callWarnings(t, "warn", NewStr(msg), category, Int(stacklevel))
}

// WarnExplicit issues a warning attributed to line lineno of filename
// (its module named after the file, no registry), as CPython's
// PyErr_WarnExplicit does for the compiler's SyntaxWarnings.
func WarnExplicit(t *Thread, category *Type, msg, filename string, lineno int) error {
	if t == nil || t.RT == nil {
		return nil
	}
	if warnHooks.WarnExplicit != nil {
		return warnHooks.WarnExplicit(t, category, msg, filename, lineno)
	}
	return callWarnings(t, "warn_explicit", NewStr(msg), category, NewStr(filename), Int(lineno))
}

// callWarnings calls the function name of the warnings module written in
// Python; with no such module (an embedding without the library) the
// warning is dropped.
func callWarnings(t *Thread, name string, args ...Value) error {
	if t.RT.Import == nil {
		return nil
	}
	m, err := t.RT.Import(t, "warnings")
	if err != nil {
		return nil
	}
	fn, err := GetAttrString(t, m, name)
	if err != nil {
		return err
	}
	_, err = Call(t, fn, args, nil)
	return err
}
