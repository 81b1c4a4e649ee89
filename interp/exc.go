package interp

import (
	o "github.com/pystm/pystm/objects"
)

// isExcClass reports whether v may be raised as a class.
func isExcClass(v o.Value) bool {
	switch c := v.(type) {
	case *o.Type:
		return c.IsSubtype(o.BaseException)
	case *o.Class:
		return true
	}
	return false
}

func isExcInstance(v o.Value) bool {
	if _, ok := v.(*o.OldInstance); ok {
		return true
	}
	return v.Type().IsSubtype(o.BaseException)
}

// doRaise builds the exception of a raise statement (RAISE_VARARGS), as
// CPython 2.7's do_raise. addTB is false for a bare raise re-raising
// sys.exc_info() with its traceback, and for raise E, V, tb.
func doRaise(t *o.Thread, exc, val, tb o.Value) (*o.Exception, bool) {
	if exc == nil {
		cur := t.ExcInfo
		if cur == nil {
			return o.AsException(o.Errorf(o.TypeError, "exceptions must be old-style classes or derived from BaseException, not NoneType")), true
		}
		return &o.Exception{Type: cur.Type, Value: cur.Value, Traceback: cur.Traceback}, false
	}
	var tbv *o.Traceback
	if tb != nil && tb != o.None {
		x, ok := tb.(*o.Traceback)
		if !ok {
			return o.AsException(o.Errorf(o.TypeError, "raise: arg 3 must be a traceback or None")), true
		}
		tbv = x
	}
	if val == nil {
		val = o.None
	}
	// Tuples: the first item, recursively.
	for {
		tu, ok := exc.(*o.Tuple)
		if !ok || tu.Len() == 0 {
			break
		}
		exc = tu.Elems()[0]
	}
	e, err := makeException(t, exc, val)
	if err != nil {
		return o.AsException(err), true
	}
	e.Traceback = tbv
	// With a traceback the raise is a re-raise: no entry for this frame
	// is added (CPython's WHY_RERAISE).
	return e, tbv == nil
}

// makeException returns the exception for raising exc with val.
func makeException(t *o.Thread, exc, val o.Value) (*o.Exception, error) {
	switch {
	case isExcClass(exc):
		e := &o.Exception{Type: exc, Value: val}
		if err := normalizeErr(t, e); err != nil {
			return nil, err
		}
		return e, nil
	case isExcInstance(exc):
		if val != o.None {
			return nil, o.Errorf(o.TypeError, "instance exception may not have a separate value")
		}
		return o.ExceptionFromValue(exc), nil
	}
	return nil, o.Errorf(o.TypeError, "exceptions must be old-style classes or derived from BaseException, not %s", exc.Type().Name)
}

// normalize makes e.Value an instance of e.Type (PyErr_NormalizeException).
func normalize(t *o.Thread, e *o.Exception) {
	if err := normalizeErr(t, e); err != nil {
		ne := o.AsException(err)
		*e = *ne
	}
}

func normalizeErr(t *o.Thread, e *o.Exception) error {
	val := e.Value
	if val == nil {
		val = o.None
	}
	if !isExcClass(e.Type) {
		return nil
	}
	if val != o.None && isInstanceOfExc(val, e.Type) {
		e.Value = val
		return nil
	}
	var args []o.Value
	switch v := val.(type) {
	case *o.NoneType:
	case *o.Tuple:
		args = v.Elems()
	default:
		args = []o.Value{val}
	}
	inst, err := o.Call(t, e.Type, args, nil)
	if err != nil {
		return err
	}
	e.Value = inst
	if !isInstanceOfExc(inst, e.Type) {
		// A class whose constructor returned something else.
		e.Type = classOfExc(inst)
	}
	return nil
}

func isInstanceOfExc(v o.Value, cls o.Value) bool {
	switch c := cls.(type) {
	case *o.Type:
		return v.Type().IsSubtype(c)
	case *o.Class:
		if oi, ok := v.(*o.OldInstance); ok {
			return o.ClassOf(oi).(*o.Class).IsSubclass(c)
		}
	}
	return false
}

func classOfExc(v o.Value) o.Value {
	return o.ClassOf(v)
}

// reraise rebuilds the exception a handler pushed as [tb val exc].
func reraise(exc, val, tb o.Value) error {
	e := &o.Exception{Type: exc, Value: val}
	if x, ok := tb.(*o.Traceback); ok {
		e.Traceback = x
	}
	return e
}

// excMatch is COMPARE_OP exception-match.
func excMatch(t *o.Thread, exc, want o.Value) bool {
	return o.Matches(t, exc, want)
}

// setupWith looks up mgr's __exit__ and calls its __enter__.
//
// A with statement runs in loops (a lock taken at each step), and what
// it binds is never seen by Python code: a built-in __enter__ is called
// with no bound method made, and the bound __exit__ of a built-in or
// Python method is kept by the thread and used again while the same
// object is entered with the same method (a bound method is immutable).
func setupWith(t *o.Thread, mgr o.Value) (exit, result o.Value, err error) {
	if oi, ok := mgr.(*o.OldInstance); ok {
		exit, err = o.GetAttrString(t, oi, "__exit__")
		if err != nil {
			return nil, nil, err
		}
		enter, err := o.GetAttrString(t, oi, "__enter__")
		if err != nil {
			return nil, nil, err
		}
		result, err = o.Call(t, enter, nil, nil)
		return exit, result, err
	}
	exit, err = boundExit(t, mgr)
	if err != nil {
		return nil, nil, err
	}
	typ := mgr.Type()
	m := typ.Lookup(t, enterName)
	if md, ok := m.(*o.MethodDescr); ok && plainMethod(md) && typ.IsSubtype(md.Owner) {
		result, err = md.M.Fn(t, mgr, nil, nil)
		return exit, result, err
	}
	enter, err := bindSpecial(t, mgr, m, enterName)
	if err != nil {
		return nil, nil, err
	}
	result, err = o.Call(t, enter, nil, nil)
	return exit, result, err
}

// withExit is the bound __exit__ a thread made last (see setupWith):
// method m of self.
type withExit struct {
	m, self, bound o.Value
}

// boundExit returns mgr's bound __exit__, the thread's last one if it is
// of the same method and object.
func boundExit(t *o.Thread, mgr o.Value) (o.Value, error) {
	m := mgr.Type().Lookup(t, exitName)
	if !bindsAlike(m) {
		return bindSpecial(t, mgr, m, exitName)
	}
	ts := stateOf(t)
	if c := &ts.withExit; c.m == m && o.Is(c.self, mgr) {
		return c.bound, nil
	}
	b, err := bindSpecial(t, mgr, m, exitName)
	if err == nil {
		ts.withExit = withExit{m, mgr, b}
	}
	return b, err
}

// bindsAlike reports whether binding m to an object always makes an
// equal, immutable bound method: a Python function, or a built-in
// type's instance method.
func bindsAlike(m o.Value) bool {
	switch x := m.(type) {
	case *o.Function:
		return true
	case *o.MethodDescr:
		return plainMethod(x)
	}
	return false
}

// plainMethod reports whether md is a built-in type's instance method
// (not a class or static method).
func plainMethod(md *o.MethodDescr) bool { return !md.Class && !md.Static }

// callExit calls exit after a with block that raised nothing. A built-in
// gets its arguments in a slice the thread keeps, filled anew for each
// call, as built-ins get slices of the value stack (they keep neither).
func callExit(t *o.Thread, exit o.Value) error {
	if b, ok := exit.(*o.BuiltinFunction); ok {
		args := &stateOf(t).exitArgs
		*args = [3]o.Value{o.None, o.None, o.None}
		_, err := b.M.Fn(t, b.Self, args[:], nil)
		return err
	}
	_, err := o.Call(t, exit, []o.Value{o.None, o.None, o.None}, nil)
	return err
}

// The special methods of with, interned once (not at each statement).
var (
	enterName = o.Intern("__enter__")
	exitName  = o.Intern("__exit__")
)

// specialBound looks up a special method on v's type and binds it.
func specialBound(t *o.Thread, v o.Value, name *o.Str) (o.Value, error) {
	return bindSpecial(t, v, v.Type().Lookup(t, name), name)
}

// bindSpecial binds m, the special method name found on v's type (nil:
// none), to v.
func bindSpecial(t *o.Thread, v o.Value, m o.Value, name *o.Str) (o.Value, error) {
	if m == nil {
		return nil, o.Errorf(o.AttributeError, "%s", name.String())
	}
	if g := m.Type().DescrGet; g != nil {
		return g(t, m, v, v.Type())
	}
	return m, nil
}
