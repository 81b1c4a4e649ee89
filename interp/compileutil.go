package interp

import (
	"os"
	"strings"

	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

func compileTree(t *o.Thread, tree *syntax.Module, filename string, src []byte) (*o.Code, error) {
	c, err := compile.CompileTree(tree, filename, src, runtimeFlags(t))
	if err != nil {
		return nil, err
	}
	return o.NewCode(c), nil
}

// compileChecked compiles tree with flags, converting a front-end error
// to a Python SyntaxError and issuing the compiler's SyntaxWarnings.
func compileChecked(t *o.Thread, tree syntax.Tree, filename string, src []byte, flags syntax.Flags) (*o.Code, error) {
	c, err := compile.CompileTree(tree, filename, src, flags|runtimeFlags(t))
	if err != nil {
		return nil, syntaxErrorValue(t, err)
	}
	if err := issueCompileWarnings(t, c); err != nil {
		return nil, err
	}
	return o.NewCode(c), nil
}

// issueCompileWarnings issues the SyntaxWarnings the compiler recorded,
// as CPython's symtable does with PyErr_WarnExplicit. A warning turned
// into an error by the warnings filters becomes a SyntaxError.
func issueCompileWarnings(t *o.Thread, c *compile.Code) error {
	for _, w := range c.Warnings {
		err := warnExplicit(t, o.SyntaxWarning, w.Msg, w.Filename, w.Line)
		if err == nil {
			continue
		}
		if o.IsInstanceExc(err, o.SyntaxWarning) {
			return warningAsSyntaxError(t, w)
		}
		return err
	}
	return nil
}

// warningAsSyntaxError is the SyntaxError for a SyntaxWarning that the
// filters made an error: only the message as its argument, with the
// location added as PyErr_SyntaxLocation adds it (the line's text read
// from the file, when there is one, without its leading blanks).
func warningAsSyntaxError(t *o.Thread, w *syntax.Error) error {
	e := o.NewException(o.SyntaxError, o.NewStr(w.Msg))
	if be, ok := e.Value.(*o.BaseExc); ok {
		be.SetField(t, "filename", o.NewStr(w.Filename))
		be.SetField(t, "lineno", o.Int(w.Line))
		var text o.Value = o.None
		if b, err := os.ReadFile(w.Filename); err == nil {
			lines := strings.SplitAfter(string(b), "\n")
			if w.Line >= 1 && w.Line <= len(lines) {
				text = o.NewStr(strings.TrimLeft(lines[w.Line-1], " \t\f"))
			}
		}
		be.SetField(t, "text", text)
	}
	return e
}

// warnEx is CPython's PyErr_WarnEx.
func warnEx(t *o.Thread, category *o.Type, msg string, stacklevel int) error {
	return o.Warn(t, category, msg, stacklevel)
}

// warnExplicit is CPython's PyErr_WarnExplicit with no module and no
// registry.
func warnExplicit(t *o.Thread, category *o.Type, msg, filename string, lineno int) error {
	return o.WarnExplicit(t, category, msg, filename, lineno)
}

// runtimeFlags are the compile flags the command line sets for all code:
// -O (asserts dropped) and -Qnew (true division everywhere).
func runtimeFlags(t *o.Thread) syntax.Flags {
	var f syntax.Flags
	if t == nil || t.RT == nil {
		return 0
	}
	if t.RT.Flags.Optimize > 0 {
		f |= compile.FlagOptimize
	}
	if t.RT.Flags.Division == 3 {
		f |= syntax.FlagDivision
	}
	return f
}
