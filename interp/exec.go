package interp

import (
	"strings"

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

// utf8BOM marks a source as UTF-8 for the front end.
const utf8BOM = "\xef\xbb\xbf"

// CompileUnicode compiles the source text of a unicode object as CPython
// does with PyCF_SOURCE_IS_UTF8: the text is read as UTF-8 (its string
// literals keep their UTF-8 bytes), and a coding declaration in it is an
// error ("encoding declaration in Unicode string") once it has parsed.
func CompileUnicode(t *o.Thread, u *o.Unicode, filename string, mode syntax.Mode, flags syntax.Flags) (*o.Code, error) {
	src := []byte(string(u.Runes()))
	if sc, err := syntax.NewScanner(filename, src); err != nil {
		return nil, syntaxErrorValue(t, err)
	} else if sc.Encoding() != "" {
		// Declared: the declaration is read (and may be unknown), and a
		// syntax error still comes first.
		if _, err := syntax.Parse(filename, src, mode, flags); err != nil {
			return nil, syntaxErrorValue(t, err)
		}
		e := o.NewException(o.SyntaxError, o.NewStr("encoding declaration in Unicode string"),
			o.NewTuple(o.NewStr(filename), o.Int(0), o.None, o.None))
		return nil, e
	}
	return CompileSource(t, append([]byte(utf8BOM), src...), filename, mode, flags)
}

// compileSourceValue compiles a str or unicode source; ok is false for
// anything else.
func compileSourceValue(t *o.Thread, v o.Value, filename string, mode syntax.Mode, flags syntax.Flags) (code *o.Code, ok bool, err error) {
	switch s := o.Unwrap(v).(type) {
	case *o.Unicode:
		if strings.ContainsRune(string(s.Runes()), 0) {
			return nil, true, o.Errorf(o.TypeError, "expected string without null bytes")
		}
		code, err = CompileUnicode(t, s, filename, mode, flags)
		return code, true, err
	case *o.Str:
		src := s.String()
		if strings.IndexByte(src, 0) >= 0 {
			return nil, true, o.Errorf(o.TypeError, "expected string without null bytes")
		}
		code, err = CompileSource(t, []byte(src), filename, mode, flags)
		return code, true, err
	}
	return nil, false, nil
}

// RunCode runs a code object with globals and locals (exec and eval).
func RunCode(t *o.Thread, code *o.Code, globals, locals *o.Dict) (o.Value, error) {
	return RunCodeIn(t, code, globals, locals)
}

// RunCodeIn runs a code object with globals and a locals mapping that
// need not be a dict (exec and eval accept any mapping).
func RunCodeIn(t *o.Thread, code *o.Code, globals *o.Dict, locals o.Value) (o.Value, error) {
	if globals.GetString(t, "__builtins__") == nil {
		globals.SetString(t, "__builtins__", t.RT.Builtins)
	}
	var ld *o.Dict
	var lm o.Value
	switch l := locals.(type) {
	case *o.Dict:
		ld = l
	case nil:
	default:
		lm = l
	}
	f := newFrame(t, code, globals, ld, nil)
	f.LocalsMap = lm
	return runFrame(t, f)
}

// IsMapping is CPython 2.7's PyMapping_Check: an old-style instance with
// __getitem__, or an object whose type can be subscripted but has no
// simple slicing (which marks a sequence).
func IsMapping(t *o.Thread, v o.Value) bool {
	if oi, ok := v.(*o.OldInstance); ok {
		_, err := o.GetAttrString(t, oi, "__getitem__")
		return err == nil
	}
	typ := v.Type()
	return typ.GetItem != nil && typ.GetSlice == nil
}

// execStmt is the exec statement: exec code [in globals [, locals]], as
// CPython 2.7's exec_statement.
func execStmt(t *o.Thread, f *Frame, prog, globals, locals o.Value) error {
	// exec(code, globals) written as a tuple.
	if tu, ok := prog.(*o.Tuple); ok && globals == o.None && locals == o.None {
		el := tu.Elems()
		if len(el) == 2 || len(el) == 3 {
			prog, globals = el[0], el[1]
			if len(el) == 3 {
				locals = el[2]
			}
		}
	}
	if globals == o.None {
		globals = f.Globals
		if locals == o.None {
			locals = localsValue(t, f)
		}
	} else if locals == o.None {
		locals = globals
	}
	var file *o.File
	switch p := o.Unwrap(prog).(type) {
	case *o.Str, *o.Unicode, *o.Code:
	case *o.File:
		file = p
	default:
		return o.Errorf(o.TypeError, "exec: arg 1 must be a string, file, or code object")
	}
	g, ok := globals.(*o.Dict)
	if !ok {
		return o.Errorf(o.TypeError, "exec: arg 2 must be a dictionary or None")
	}
	if !IsMapping(t, locals) {
		return o.Errorf(o.TypeError, "exec: arg 3 must be a mapping or None")
	}
	if g.GetString(t, "__builtins__") == nil {
		g.SetString(t, "__builtins__", f.Builtins)
	}
	var code *o.Code
	var err error
	switch p := prog.(type) {
	case *o.Code:
		if len(p.Freevars) > 0 {
			return o.Errorf(o.TypeError, "code object passed to exec may not contain free variables")
		}
		code = p
	default:
		if file != nil {
			code, err = compileFile(t, file)
		} else {
			code, _, err = compileSourceValue(t, prog, "<string>", syntax.ModeExec, callerFlags(t))
		}
		if err != nil {
			return err
		}
	}
	_, err = RunCodeIn(t, code, g, locals)
	return err
}

// compileFile reads the rest of an open file and compiles it as a
// source file named as the file is (exec of a file object).
func compileFile(t *o.Thread, file *o.File) (*o.Code, error) {
	name := "???"
	if n, err := o.GetAttrString(t, file, "name"); err == nil {
		if s, ok := n.(*o.Str); ok {
			name = s.String()
		}
	}
	read, err := o.GetAttrString(t, file, "read")
	if err != nil {
		return nil, err
	}
	r, err := o.Call(t, read, nil, nil)
	if err != nil {
		return nil, err
	}
	src, ok := r.(*o.Str)
	if !ok {
		return nil, o.Errorf(o.TypeError, "exec: file read did not return a string")
	}
	flags := callerFlags(t)
	tree, err := syntax.ParseFile(name, []byte(src.String()), flags)
	if err != nil {
		return nil, syntaxErrorValue(t, err)
	}
	return compileChecked(t, tree, name, []byte(src.String()), flags)
}

// sourceBytes returns the source text of a str or unicode argument (a
// unicode as UTF-8).
func sourceBytes(t *o.Thread, v o.Value, what string) ([]byte, bool, error) {
	switch s := o.Unwrap(v).(type) {
	case *o.Str:
		return []byte(s.String()), true, nil
	case *o.Unicode:
		return []byte(string(s.Runes())), true, nil
	}
	return nil, false, nil
}
