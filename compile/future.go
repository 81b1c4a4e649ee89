package compile

import "github.com/pystm/pystm/compile/syntax"

// futureFeatures maps each feature name of __future__ to its flag;
// features that are always on in 2.7 map to 0.
var futureFeatures = map[string]syntax.Flags{
	"nested_scopes":    0,
	"generators":       0,
	"division":         syntax.FlagDivision,
	"absolute_import":  syntax.FlagAbsoluteImport,
	"with_statement":   syntax.FlagWithStatement,
	"print_function":   syntax.FlagPrintFunction,
	"unicode_literals": syntax.FlagUnicodeLiterals,
}

// future holds what the future statements of a module say.
type future struct {
	flags syntax.Flags // features the module's future statements enable
	// lastLine is the line of the last valid future statement, or -1.
	// Any "from __future__ import" on a later line is an error
	// (reported by the compiler, as CPython does).
	lastLine int
}

// parseFuture reads the future statements at the start of a module, as
// CPython's future.c: they may follow only a docstring and other future
// statements.
func (c *compiler) parseFuture(t syntax.Tree) *future {
	ff := &future{lastLine: -1}
	var body []syntax.Stmt
	switch t := t.(type) {
	case *syntax.Module:
		body = t.Body
	case *syntax.Interactive:
		body = t.Body
	default:
		return ff
	}
	foundDoc, done := false, false
	prevLine := 0
	for _, s := range body {
		if s == nil {
			continue
		}
		line := s.Position().Line
		if done && line > prevLine {
			return ff
		}
		prevLine = line
		switch s := s.(type) {
		case *syntax.ImportFrom:
			if s.Module != "__future__" {
				done = true
				continue
			}
			if done {
				c.errorAt(line, "from __future__ imports must occur at the beginning of the file")
				return ff
			}
			for _, a := range s.Names {
				if a == nil {
					continue
				}
				f, ok := futureFeatures[a.Name]
				if !ok {
					if a.Name == "braces" {
						c.errorAt(line, "not a chance")
					} else {
						c.errorAt(line, "future feature "+truncate(a.Name, 100)+" is not defined")
					}
					return ff
				}
				ff.flags |= f
			}
			ff.lastLine = line
		case *syntax.ExprStmt:
			if _, ok := s.Value.(*syntax.Str); ok && !foundDoc {
				foundDoc = true
			} else {
				done = true
			}
		default:
			done = true
		}
	}
	return ff
}

// truncate cuts s to at most n bytes, as C's "%.Ns" format.
func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
