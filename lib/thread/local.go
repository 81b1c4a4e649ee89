package thread

import (
	"sync"

	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// LocalType is thread._local: an object whose attributes each thread
// sees separately. Python classes may derive from it.
var LocalType = o.NewBuiltinType("thread._local", o.ObjectType, o.FlagBaseType)

// Local is a thread._local. Each thread's attributes live in a dict of
// its own, made on the thread's first use; a dict is touched by its
// thread alone, so locals never make transactions conflict.
type Local struct {
	typ *o.Type
	// args and kw are the constructor's arguments, passed again to
	// __init__ in each thread that first uses the object.
	args, kw []o.Value
	mu       sync.Mutex
	dicts    map[*o.Thread]*o.Dict
}

// Type returns the object's type.
func (l *Local) Type() *o.Type { return l.typ }

var objectInit = o.Intern("__init__")

// hasOwnInit reports whether typ's __init__ is not object's.
func hasOwnInit(t *o.Thread, typ *o.Type) bool {
	return typ.Lookup(t, objectInit) != o.ObjectType.Lookup(t, objectInit)
}

func localNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if (len(args) > 0 || len(kw) > 0) && !hasOwnInit(t, typ) {
		return nil, o.Errorf(o.TypeError, "Initialization arguments are not supported")
	}
	// The argument slices belong to the caller: keep copies.
	l := &Local{typ: typ, args: append([]o.Value(nil), args...), kw: append([]o.Value(nil), kw...), dicts: map[*o.Thread]*o.Dict{}}
	// The creating thread's dict; the type call runs __init__ next.
	l.dict(t)
	return l, nil
}

// dict returns t's attribute dict and whether it was just made.
func (l *Local) dict(t *o.Thread) (*o.Dict, bool) {
	l.mu.Lock()
	d := l.dicts[t]
	if d != nil {
		l.mu.Unlock()
		return d, false
	}
	d = o.NewDict()
	l.dicts[t] = d
	l.mu.Unlock()
	if t.Tx.MayAbort() {
		// Made by a transaction that may be re-run: forget it then.
		t.Tx.OnAbort(func() { l.forget(t) })
	}
	t.AtExit(func() { l.forget(t) })
	return d, true
}

func (l *Local) forget(t *o.Thread) {
	l.mu.Lock()
	delete(l.dicts, t)
	l.mu.Unlock()
}

// threadDict returns t's dict, running __init__ for a thread that had
// none yet (as CPython's _local does on a thread's first use).
func (l *Local) threadDict(t *o.Thread) (*o.Dict, error) {
	d, made := l.dict(t)
	if made && hasOwnInit(t, l.typ) {
		init, err := o.GetAttr(t, l, objectInit)
		if err != nil {
			return nil, err
		}
		if _, err := o.Call(t, init, l.args, l.kw); err != nil {
			return nil, err
		}
	}
	return d, nil
}

var dunderDict = o.Intern("__dict__")

func localGetAttr(t *o.Thread, v o.Value, name *o.Str) (o.Value, error) {
	l := v.(*Local)
	d, err := l.threadDict(t)
	if err != nil {
		return nil, err
	}
	if name == dunderDict || name.String() == "__dict__" {
		return d, nil
	}
	return modutil.GetAttrDict(t, v, name, d)
}

func localSetAttr(t *o.Thread, v o.Value, name *o.Str, val o.Value) error {
	l := v.(*Local)
	d, err := l.threadDict(t)
	if err != nil {
		return err
	}
	if name == dunderDict || name.String() == "__dict__" {
		return o.Errorf(o.AttributeError, "'%s' object attribute '__dict__' is read-only", l.typ.Name)
	}
	return modutil.SetAttrDict(t, v, name, val, d)
}

func init() {
	LocalType.New = localNew
	LocalType.GetAttr = localGetAttr
	LocalType.SetAttr = localSetAttr
	LocalType.AddAttr("__doc__", o.NewStr("Attributes of which each thread sees its own."))
}
