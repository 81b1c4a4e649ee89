package objects

// Warn issues a warning of class category with message msg, as
// CPython's PyErr_WarnEx does: through warnings.warn, whose filters
// decide whether it is ignored, printed or raised. stacklevel 1 blames
// the Python code that called the built-in. A non-nil error is the
// exception to raise (the filters turned the warning into an error, or
// warnings.warn failed).
func Warn(t *Thread, category *Type, msg string, stacklevel int) error {
	if t == nil || t.RT == nil || t.RT.Import == nil {
		return nil
	}
	m, err := t.RT.Import(t, "warnings")
	if err != nil {
		// No warnings module (an embedding without the library):
		// the warning is dropped, as with -S and a missing warnings.
		return nil
	}
	warn, err := GetAttrString(t, m, "warn")
	if err != nil {
		return err
	}
	_, err = Call(t, warn, []Value{NewStr(msg), category, Int(stacklevel)}, nil)
	return err
}
