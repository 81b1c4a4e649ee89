package compile

import (
	"github.com/pystm/pystm/compile/syntax"
)

// diag collects the first error and the warnings of a compilation.
type diag struct {
	filename string
	src      []byte
	err      *syntax.Error
	warnings []*syntax.Error
	seen     map[warnKey]bool // warnings already issued (code may be compiled twice)
}

type warnKey struct {
	line int
	msg  string
}

// errorAt records a SyntaxError at line unless an error was already
// recorded. CPython gives no column for the errors of this package, so
// Offset is 0; Text is the source line when there is one. Line 0 is an
// error CPython raises with no location at all (NoLocation).
func (d *diag) errorAt(line int, msg string) {
	if d.err != nil {
		return
	}
	d.err = &syntax.Error{
		Kind:     "SyntaxError",
		Msg:      msg,
		Filename: d.filename,
		Line:     line,
		Text:     d.lineText(line),
		// Set for errors raised without PyErr_SyntaxLocation.
		NoLocation: line == 0,
	}
}

// warnAt records a SyntaxWarning at line.
func (d *diag) warnAt(line int, msg string) {
	k := warnKey{line, msg}
	if d.seen[k] {
		return
	}
	if d.seen == nil {
		d.seen = make(map[warnKey]bool)
	}
	d.seen[k] = true
	d.warnings = append(d.warnings, &syntax.Error{
		Kind:     "SyntaxWarning",
		Msg:      msg,
		Filename: d.filename,
		Line:     line,
		Text:     d.lineText(line),
	})
}

// failed reports whether an error has been recorded.
func (d *diag) failed() bool { return d.err != nil }

// lineText returns source line n as CPython's PyErr_ProgramText gives
// it for errors without a column, or "" if there is none.
func (d *diag) lineText(n int) string {
	if d.src == nil {
		return ""
	}
	return syntax.ProgramText(d.src, n)
}
