package interp

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	o "github.com/pystm/pystm/objects"
)

// Version is sys.version.
const Version = "2.7.18 (pystm 0.1.0-dev)"

func strList(ss []string) *o.List {
	items := make([]o.Value, len(ss))
	for i, s := range ss {
		items[i] = o.NewStr(s)
	}
	return o.NewList(items)
}

func newSysModule(t *o.Thread, it *Interp) (*o.Module, error) {
	m := o.NewModule("sys")
	d := m.Dict()
	set := func(name string, v o.Value) { d.SetString(t, name, v) }
	set("argv", strList(it.opts.Argv))
	path := []string{it.opts.Path0}
	path = append(path, it.opts.PythonPath...)
	if sourceFSPresent {
		path = append(path, sourceFSPath)
	}
	set("path", strList(path))
	set("modules", it.RT.Modules)
	set("maxint", o.Int(1<<63-1))
	set("maxsize", o.Int(1<<63-1))
	set("maxunicode", o.Int(0x10ffff))
	set("version", o.NewStr(Version+"\n[Go "+runtime.Version()+"]"))
	set("hexversion", o.Int(0x020712f0))
	set("api_version", o.Int(1013))
	set("platform", o.NewStr("linux2"))
	set("byteorder", o.NewStr("little"))
	set("copyright", o.NewStr("Copyright (c) the pystm authors.\nPython 2.7 is Copyright (c) 2001-2020 Python Software Foundation."))
	set("executable", o.NewStr(executable()))
	set("prefix", o.NewStr("/usr"))
	set("exec_prefix", o.NewStr("/usr"))
	set("dont_write_bytecode", o.True)
	set("py3kwarning", o.NewBool(it.opts.Flags.Py3kWarning))
	set("subversion", o.NewTuple(o.NewStr("CPython"), o.NewStr(""), o.NewStr("")))
	set("meta_path", o.NewList(nil))
	set("path_hooks", o.NewList(nil))
	set("path_importer_cache", o.NewDict())
	var wopts []o.Value
	for _, w := range it.opts.WarnOptions {
		wopts = append(wopts, o.NewStr(w))
	}
	set("warnoptions", o.NewList(wopts))
	set("__name__", o.NewStr("sys"))
	names := append(BuiltinModuleNames(), "__builtin__", "sys")
	sort.Strings(names)
	set("builtin_module_names", tupleOfStrs(names))
	set("__displayhook__", o.NewBuiltin("displayhook", sysDisplayHook))
	set("displayhook", d.GetString(t, "__displayhook__"))
	set("__excepthook__", o.NewBuiltin("excepthook", func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		if len(args) != 3 {
			return nil, o.Errorf(o.TypeError, "excepthook expected 3 arguments, got %d", len(args))
		}
		e := &o.Exception{Type: args[0], Value: args[1]}
		if tb, ok := args[2].(*o.Traceback); ok {
			e.Traceback = tb
		}
		it.PrintException(e)
		return o.None, nil
	}))
	set("excepthook", d.GetString(t, "__excepthook__"))
	// The standard streams.
	stdin, stdout, stderr := newStdStreams(t, it)
	set("stdin", stdin)
	set("stdout", stdout)
	set("stderr", stderr)
	set("__stdin__", d.GetString(t, "stdin"))
	set("__stdout__", d.GetString(t, "stdout"))
	set("__stderr__", d.GetString(t, "stderr"))

	setSysStructSeqs(t, m.Dict(), it.opts.Flags)

	fns := []o.MethodDef{
		{Name: "exc_info", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			e := t.ExcInfo
			if e == nil {
				return o.NewTuple(o.None, o.None, o.None), nil
			}
			var tb o.Value = o.None
			if e.Traceback != nil {
				tb = e.Traceback
			}
			v := e.Value
			if v == nil {
				v = o.None
			}
			return o.NewTuple(e.Type, v, tb), nil
		}},
		{Name: "exc_clear", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			t.ExcInfo = nil
			return o.None, nil
		}},
		{Name: "exit", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) > 1 {
				return nil, o.Errorf(o.TypeError, "exit expected at most 1 arguments, got %d", len(args))
			}
			// Raised as PyErr_SetObject(SystemExit, arg): the value is
			// made an instance when a handler catches it (None means no
			// arguments, a tuple is the argument list); uncaught, the
			// value itself is the exit status.
			e := &o.Exception{Type: o.SystemExit, Value: o.None}
			if len(args) == 1 {
				e.Value = args[0]
			}
			return nil, e
		}},
		{Name: "_pystm_stdlib_source", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			// The source of a module of the embedded standard library
			// (for linecache), or None.
			if err := o.ParseTuple("_pystm_stdlib_source", args, kw, 1, 1); err != nil {
				return nil, err
			}
			s, ok := args[0].(*o.Str)
			if !ok || !sourceFSPresent || !strings.HasPrefix(s.String(), sourceFSPath+"/") {
				return o.None, nil
			}
			b, err := readSourceFile(s.String())
			if err != nil {
				return o.None, nil
			}
			return o.NewStr(string(b)), nil
		}},
		{Name: "getrecursionlimit", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := noArgs("getrecursionlimit", args, kw); err != nil {
				return nil, err
			}
			return o.Int(t.RT.RecursionLimit), nil
		}},
		{Name: "setrecursionlimit", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := o.ParseTuple("setrecursionlimit", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := o.ArgCInt(t, args[0])
			if err != nil {
				return nil, err
			}
			if n <= 0 {
				return nil, o.Errorf(o.ValueError, "recursion limit must be positive")
			}
			if n > 1<<30 {
				n = 1 << 30
			}
			t.Exclusive() // every thread reads it without a barrier
			t.RT.RecursionLimit = n
			return o.None, nil
		}},
		{Name: "getcheckinterval", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := noArgs("getcheckinterval", args, kw); err != nil {
				return nil, err
			}
			return o.Int(t.RT.CheckInterval), nil
		}},
		{Name: "setcheckinterval", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if err := o.ParseTuple("setcheckinterval", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := o.ArgCInt(t, args[0])
			if err != nil {
				return nil, err
			}
			t.Exclusive()
			t.RT.CheckInterval = n
			return o.None, nil
		}},
		{Name: "getdefaultencoding", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			return o.NewStr("ascii"), nil
		}},
		{Name: "getfilesystemencoding", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			return o.NewStr("UTF-8"), nil
		}},
		{Name: "_getframe", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			depth := 0
			if len(args) > 0 {
				d, ok := args[0].(o.Int)
				if !ok {
					return nil, o.Errorf(o.TypeError, "an integer is required")
				}
				depth = int(d)
			}
			f, _ := t.Frame.(*Frame)
			for ; depth > 0 && f != nil; depth-- {
				f = f.back
			}
			if f == nil {
				return nil, o.Errorf(o.ValueError, "call stack is not deep enough")
			}
			expose(f)
			return f, nil
		}},
		{Name: "getrefcount", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			return o.Int(2), nil
		}},
		{Name: "getsizeof", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) < 1 {
				return nil, o.Errorf(o.TypeError, "getsizeof() takes at least 1 argument (0 given)")
			}
			r, err := o.CallMethod(t, args[0], "__sizeof__")
			if err != nil {
				if len(args) > 1 {
					return args[1], nil
				}
				return nil, err
			}
			return r, nil
		}},
		{Name: "settrace", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) { return o.None, nil }},
		{Name: "setprofile", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) { return o.None, nil }},
		{Name: "gettrace", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) { return o.None, nil }},
		{Name: "getprofile", Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) { return o.None, nil }},
	}
	for i := range fns {
		fn := &o.BuiltinFunction{M: &fns[i], Module: "sys"}
		d.SetString(t, fns[i].Name, fn)
	}
	return m, nil
}

func tupleOfStrs(ss []string) *o.Tuple {
	items := make([]o.Value, len(ss))
	for i, s := range ss {
		items[i] = o.NewStr(s)
	}
	return o.NewTuple(items...)
}

func executable() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	if abs, err := filepath.EvalSymlinks(p); err == nil {
		return abs
	}
	return p
}

// sysDisplayHook prints repr(v) to sys.stdout and stores it in __builtin__._.
func sysDisplayHook(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if len(args) != 1 {
		return nil, o.Errorf(o.TypeError, "displayhook() takes exactly one argument (%d given)", len(args))
	}
	v := args[0]
	if v == o.None {
		return o.None, nil
	}
	t.RT.Builtins.Dict().SetString(t, "_", o.None)
	out, err := sysStdout(t)
	if err != nil {
		return nil, err
	}
	r, err := o.Repr(t, v)
	if err != nil {
		return nil, err
	}
	if err := writeTo(t, out, r); err != nil {
		return nil, err
	}
	if err := printNewline(t, out); err != nil {
		return nil, err
	}
	t.RT.Builtins.Dict().SetString(t, "_", v)
	return o.None, nil
}

var _ = strings.TrimSpace
