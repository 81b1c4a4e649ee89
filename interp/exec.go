package interp

import (
	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// callerFlags returns the future flags of the calling frame's code, which
// exec, eval and compile inherit.
func callerFlags(t *o.Thread) syntax.Flags {
	if f, ok := t.Frame.(*Frame); ok && f != nil {
		return syntax.Flags(f.Code.Flags) & (syntax.FlagDivision | syntax.FlagAbsoluteImport |
			syntax.FlagWithStatement | syntax.FlagPrintFunction | syntax.FlagUnicodeLiterals)
	}
	return 0
}

// CompileSource compiles src in mode ("exec", "eval" or "single").
func CompileSource(t *o.Thread, src []byte, filename string, mode syntax.Mode, flags syntax.Flags) (*o.Code, error) {
	var tree syntax.Tree
	var err error
	tree, err = syntax.Parse(filename, src, mode, flags)
	if err != nil {
		return nil, syntaxErrorValue(t, err)
	}
	return compileChecked(t, tree, filename, src, flags)
}

// sourceBytes returns the source text of a str or unicode argument.
func sourceBytes(t *o.Thread, v o.Value, what string) ([]byte, bool, error) {
	switch s := v.(type) {
	case *o.Str:
		return []byte(s.String()), true, nil
	case *o.Unicode:
		return []byte(string(s.Runes())), true, nil
	}
	if s, ok := o.Unwrap(v).(*o.Str); ok {
		return []byte(s.String()), true, nil
	}
	return nil, false, nil
}

// RunCode runs a code object with globals and locals (exec and eval).
func RunCode(t *o.Thread, code *o.Code, globals, locals *o.Dict) (o.Value, error) {
	if globals.GetString(t, "__builtins__") == nil {
		globals.SetString(t, "__builtins__", t.RT.Builtins)
	}
	f := newFrame(t, code, globals, locals, nil)
	return runFrame(t, f)
}

// execStmt is the exec statement: exec code [in globals [, locals]].
func execStmt(t *o.Thread, f *Frame, prog, globals, locals o.Value) error {
	// exec(code, globals) written as a tuple.
	if tu, ok := prog.(*o.Tuple); ok && globals == o.None && locals == o.None {
		el := tu.Elems()
		if len(el) == 2 || len(el) == 3 {
			prog, globals = el[0], el[1]
			locals = o.None
			if len(el) == 3 {
				locals = el[2]
			}
		}
	}
	var g, l *o.Dict
	if globals == o.None {
		g = f.Globals
		if locals == o.None {
			l = f.Locals
			if l == nil {
				l = frameLocals(t, f)
			}
		}
	} else {
		gd, ok := globals.(*o.Dict)
		if !ok {
			return o.Errorf(o.TypeError, "exec: arg 2 must be a dictionary or None")
		}
		g = gd
	}
	if locals != o.None {
		ld, ok := locals.(*o.Dict)
		if !ok {
			return o.Errorf(o.TypeError, "exec: arg 3 must be a mapping or None")
		}
		l = ld
	} else if l == nil {
		l = g
	}
	var code *o.Code
	switch p := prog.(type) {
	case *o.Code:
		code = p
	default:
		src, ok, err := sourceBytes(t, prog, "exec")
		if err != nil {
			return err
		}
		if !ok {
			if file, ok := prog.(interface {
				ReadAllSource(t *o.Thread) ([]byte, error)
			}); ok {
				src, err = file.ReadAllSource(t)
				if err != nil {
					return err
				}
			} else {
				return o.Errorf(o.TypeError, "exec: arg 1 must be a string, file, or code object")
			}
		}
		code, err = CompileSource(t, src, "<string>", syntax.ModeExec, callerFlags(t))
		if err != nil {
			return err
		}
	}
	_, err := RunCode(t, code, g, l)
	return err
}
