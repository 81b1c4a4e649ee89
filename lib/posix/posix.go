// Package posix is Python 2.7's posix module on Linux: the operating
// system calls that os.py builds on (files and folders, file
// descriptors, the environment, processes), with CPython's argument
// checks and its OSError messages. Every call that acts outside the
// process first makes the running transaction inevitable.
package posix

import (
	"math"
	"os"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("posix", newModule) }

// effect makes t's transaction inevitable before an action that cannot
// be undone (a system call, reading the clock or the environment).
func effect(t *o.Thread) {
	if t != nil && t.Tx != nil {
		t.Tx.BecomeInevitable()
	}
}

// fsEncoding is the file system encoding: unicode paths are encoded
// with it, and names read back for unicode arguments decoded with it.
const fsEncoding = "utf-8"

// nargs checks the arguments of a METH_VARARGS function as
// PyArg_ParseTuple does: no keywords, between min and max positional
// arguments.
func nargs(name string, args, kw []o.Value, min, max int) error {
	return o.ParseTuple(name, args, kw, min, max)
}

// intArg converts v as the "i" argument format does (a C int).
func intArg(t *o.Thread, v o.Value) (int, error) {
	n, err := o.AsInt(t, v)
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt32 {
		return 0, o.Errorf(o.OverflowError, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, o.Errorf(o.OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

// pathArg converts a path argument as the "et" format with the file
// system encoding does: a str as it is, a unicode encoded; uni reports
// a unicode argument (functions that return names then return
// unicode).
func pathArg(t *o.Thread, fname string, n int, v o.Value) (p string, uni bool, err error) {
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		p = x.String()
	case *o.Unicode:
		s, err := o.Encode(t, x, fsEncoding, "strict")
		if err != nil {
			return "", false, err
		}
		p, uni = s.String(), true
	default:
		return "", false, o.Errorf(o.TypeError, "coercing to Unicode: need string or buffer, %s found", v.Type().Name)
	}
	if strings.IndexByte(p, 0) >= 0 {
		return "", false, o.Errorf(o.TypeError, "%s() argument %d must be encoded string without null bytes, not str", fname, n)
	}
	return p, uni, nil
}

// strArg converts an argument as the "s" format does.
func strArg(t *o.Thread, fname string, n int, v o.Value) (string, error) {
	var s string
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		s = x.String()
	case *o.Unicode:
		e, err := o.Encode(t, x, "ascii", "strict")
		if err != nil {
			return "", err
		}
		s = e.String()
	default:
		return "", o.Errorf(o.TypeError, "%s() argument %d must be string, not %s", fname, n, modutil.TypeName(v))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", o.Errorf(o.TypeError, "%s() argument %d must be string without null bytes, not str", fname, n)
	}
	return s, nil
}

// decodeName returns a name read from the system: a str, or for a
// unicode argument a unicode when it decodes (else the str, as CPython).
func decodeName(t *o.Thread, s string, uni bool) o.Value {
	if uni {
		if u, err := o.Decode(t, s, fsEncoding, "strict"); err == nil {
			return u
		}
	}
	return o.NewStr(s)
}

// errnoOf returns the errno of a failed system call.
func errnoOf(err error) int {
	if n := o.ErrnoOf(err); n != 0 {
		return n
	}
	return int(syscall.EIO)
}

// pathError is the OSError of a call on a file: "[Errno 2] No such
// file or directory: 'x'".
func pathError(err error, path string) error {
	if e, ok := err.(*o.Exception); ok {
		return e
	}
	n := errnoOf(err)
	return o.NewException(o.OSError, o.Int(n), o.NewStr(o.Strerror(n)), o.NewStr(path))
}

// osError is the OSError of a call that names no file: "[Errno 9] Bad
// file descriptor".
func osError(err error) error {
	if e, ok := err.(*o.Exception); ok {
		return e
	}
	n := errnoOf(err)
	return o.NewException(o.OSError, o.Int(n), o.NewStr(o.Strerror(n)))
}

// statFloatTimes is stat_float_times(): whether st_atime and the others
// are floats (the default) or ints.
var statFloatTimes atomic.Bool

func init() { statFloatTimes.Store(true) }

// fn makes a module function.
func fn(name string, f func(t *o.Thread, args, kw []o.Value) (o.Value, error)) o.MethodDef {
	return modutil.Func(name, f)
}

// noArgs makes a METH_NOARGS module function.
func noArgs(name string, f func(t *o.Thread) (o.Value, error)) o.MethodDef {
	return modutil.Func(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := modutil.NoArgs(name, args, kw); err != nil {
			return nil, err
		}
		return f(t)
	})
}

func newModule(t *o.Thread) (*o.Module, error) {
	var defs []o.MethodDef
	defs = append(defs, fsFuncs()...)
	defs = append(defs, fdFuncs()...)
	defs = append(defs, procFuncs()...)
	m := interp.NewModule(t, "posix", defs)
	d := m.Dict()
	for _, c := range constants {
		d.SetString(t, c.name, o.Int(c.value))
	}
	d.SetString(t, "__doc__", o.NewStr("The operating system's calls that the C standard and POSIX define.\nUse the os module, which is built on this one, rather than this one."))
	d.SetString(t, "error", o.OSError)
	d.SetString(t, "stat_result", statResultType.Type)
	d.SetString(t, "statvfs_result", statvfsResultType.Type)
	env := o.NewDict()
	effect(t)
	for _, kv := range os.Environ() {
		if i := strings.IndexByte(kv, '='); i >= 0 {
			k := o.NewStr(kv[:i])
			if v, _ := env.GetItem(t, k); v != nil {
				continue // the first of two settings wins, as in CPython
			}
			if err := env.SetItem(t, k, o.NewStr(kv[i+1:])); err != nil {
				return nil, err
			}
		}
	}
	d.SetString(t, "environ", env)
	return m, nil
}
