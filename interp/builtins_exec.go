package interp

import (
	"os"
	"strings"
	"syscall"

	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// compile, eval, execfile and reload, with CPython 2.7's argument
// handling and messages.

func init() {
	addBuiltins(
		bf("compile", builtinCompile),
		bf("eval", builtinEval),
		bf("execfile", builtinExecfile),
		bf("reload", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := oneArg("reload", args, kw); err != nil {
				return nil, err
			}
			return reloadModule(t, args[0])
		}),
	)
}

// compileFlagsAllowed are the flags compile() accepts: the future
// features (including obsolete ones), PyCF_DONT_IMPLY_DEDENT and
// PyCF_ONLY_AST.
const compileFlagsAllowed = 0x3e000 | 0x0010 | 0x0200 | 0x0400

// compileFutureFlags are the flags that reach the front end.
const compileFutureFlags = syntax.FlagDivision | syntax.FlagAbsoluteImport | syntax.FlagWithStatement | syntax.FlagPrintFunction | syntax.FlagUnicodeLiterals

// builtinCompile is compile(source, filename, mode[, flags[,
// dont_inherit]]), parsed as "Oss|ii:compile".
func builtinCompile(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	var src o.Value
	var filename, mode string
	var flags int
	var dontInherit int
	_, err := o.ParseTupleKw("compile", args, kw, 3, []string{"source", "filename", "mode", "flags", "dont_inherit"}, func(i int, v o.Value) (err error) {
		switch i {
		case 0:
			src = v
		case 1:
			filename, err = o.ArgCString(t, "compile", 2, v)
		case 2:
			mode, err = o.ArgCString(t, "compile", 3, v)
		case 3:
			flags, err = o.ArgCInt(t, v)
		case 4:
			dontInherit, err = o.ArgCInt(t, v)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if flags&^compileFlagsAllowed != 0 {
		return nil, o.Errorf(o.ValueError, "compile(): unrecognised flags")
	}
	fl := syntax.Flags(flags)
	if dontInherit == 0 {
		fl |= callerFlags(t)
	}
	var m syntax.Mode
	switch mode {
	case "exec":
		m = syntax.ModeExec
	case "eval":
		m = syntax.ModeEval
	case "single":
		m = syntax.ModeSingle
	default:
		return nil, o.Errorf(o.ValueError, "compile() arg 3 must be 'exec', 'eval' or 'single'")
	}
	if code, ok := src.(*o.Code); ok {
		return code, nil
	}
	if u, ok := o.Unwrap(src).(*o.Unicode); ok {
		if strings.ContainsRune(string(u.Runes()), 0) {
			return nil, o.Errorf(o.TypeError, "compile() expected string without null bytes")
		}
		return CompileUnicode(t, u, filename, m, fl&compileFutureFlags)
	}
	text, ok := o.ReadBuffer(t, src)
	if !ok {
		return nil, o.Errorf(o.TypeError, "expected a readable buffer object")
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, o.Errorf(o.TypeError, "compile() expected string without null bytes")
	}
	return CompileSource(t, []byte(text), filename, m, fl&compileFutureFlags)
}

// evalNamespaces works out the globals and locals of eval and execfile:
// missing (or None) globals are the caller's globals and locals, missing
// locals are the globals. The locals may be any mapping.
func evalNamespaces(t *o.Thread, g, l o.Value) (*o.Dict, o.Value, error) {
	var gd *o.Dict
	var lv o.Value
	if l != nil && l != o.None {
		if !IsMapping(t, l) {
			return nil, nil, o.Errorf(o.TypeError, "locals must be a mapping")
		}
		lv = l
	}
	if g != nil && g != o.None {
		gd = o.Unwrap(g).(*o.Dict)
	}
	if gd == nil {
		if f, ok := t.Frame.(*Frame); ok && f != nil {
			gd = f.Globals
			if lv == nil {
				lv = localsValue(t, f)
			}
		} else {
			gd = o.NewDict()
		}
	}
	if lv == nil {
		lv = gd
	}
	if gd.GetString(t, "__builtins__") == nil {
		var b o.Value = t.RT.Builtins
		if f, ok := t.Frame.(*Frame); ok && f != nil {
			b = f.Builtins
		}
		gd.SetString(t, "__builtins__", b)
	}
	return gd, lv, nil
}

func builtinEval(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := unpackTuple("eval", args, kw, 1, 3); err != nil {
		return nil, err
	}
	var g, l o.Value
	if len(args) > 1 {
		g = args[1]
	}
	if len(args) > 2 {
		l = args[2]
	}
	if l != nil && l != o.None && !IsMapping(t, l) {
		return nil, o.Errorf(o.TypeError, "locals must be a mapping")
	}
	if g != nil && g != o.None {
		if _, ok := o.Unwrap(g).(*o.Dict); !ok {
			if IsMapping(t, g) {
				return nil, o.Errorf(o.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, o.Errorf(o.TypeError, "globals must be a dict")
		}
	}
	gd, ld, err := evalNamespaces(t, g, l)
	if err != nil {
		return nil, err
	}
	if c, ok := args[0].(*o.Code); ok {
		if len(c.Freevars) > 0 {
			return nil, o.Errorf(o.TypeError, "code object passed to eval() may not contain free variables")
		}
		return RunCodeIn(t, c, gd, ld)
	}
	var code *o.Code
	switch s := o.Unwrap(args[0]).(type) {
	case *o.Str:
		text := s.String()
		if strings.IndexByte(text, 0) >= 0 {
			return nil, o.Errorf(o.TypeError, "expected string without null bytes")
		}
		text = strings.TrimLeft(text, " \t")
		code, err = CompileSource(t, []byte(text), "<string>", syntax.ModeEval, callerFlags(t))
	case *o.Unicode:
		r := s.Runes()
		if strings.ContainsRune(string(r), 0) {
			return nil, o.Errorf(o.TypeError, "expected string without null bytes")
		}
		for len(r) > 0 && (r[0] == ' ' || r[0] == '\t') {
			r = r[1:]
		}
		code, err = CompileUnicode(t, o.NewUnicode(r), "<string>", syntax.ModeEval, callerFlags(t))
	default:
		return nil, o.Errorf(o.TypeError, "eval() arg 1 must be a string or code object")
	}
	if err != nil {
		return nil, err
	}
	return RunCodeIn(t, code, gd, ld)
}

// builtinExecfile is execfile(filename[, globals[, locals]]), parsed as
// "s|O!O:execfile".
func builtinExecfile(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := o.ParseTuple("execfile", args, kw, 1, 3); err != nil {
		return nil, err
	}
	name, err := o.ArgCString(t, "execfile", 1, args[0])
	if err != nil {
		return nil, err
	}
	var g, l o.Value
	if len(args) > 1 {
		if _, ok := o.Unwrap(args[1]).(*o.Dict); !ok {
			return nil, o.ArgTypeError("execfile", 2, "dict", args[1])
		}
		g = args[1]
	}
	if len(args) > 2 {
		l = args[2]
		if l != o.None && !IsMapping(t, l) {
			return nil, o.Errorf(o.TypeError, "locals must be a mapping")
		}
	}
	gd, ld, err := evalNamespaces(t, g, l)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return nil, o.NewErrnoError(o.IOError, int(syscall.EISDIR), name)
	}
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, o.FromGoError(err, name)
	}
	tree, err := syntax.ParseFile(name, src, callerFlags(t))
	if err != nil {
		return nil, syntaxErrorValue(t, err)
	}
	code, err := compileChecked(t, tree, name, src, callerFlags(t))
	if err != nil {
		return nil, err
	}
	if _, err := RunCodeIn(t, code, gd, ld); err != nil {
		return nil, err
	}
	return o.None, nil
}
