package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParserCorpus runs ParseFile over the syntax-error corpus of
// tests/syntaxerr: each NAME.py there is a program CPython 2.7 rejects
// and NAME.err what "python2 NAME.py" prints. Errors the compiler reports
// (from symtable.c, compile.c, future.c) are not the parser's: for those
// the parser must accept the program.
func TestParserCorpus(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join("..", "..", "tests", "syntaxerr", "*.py"))
	if len(cases) == 0 {
		t.Skip("no corpus")
	}
	pass, total := 0, 0
	for _, path := range cases {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".err")
		if err != nil {
			continue
		}
		name := filepath.Base(path)
		total++
		// Cases about the tokenizer, source decoding and line reading
		// depend on the scanner: their differences are only logged.
		errorf := t.Errorf
		for _, prefix := range []string{"tok_", "enc_", "text_"} {
			if strings.HasPrefix(name, prefix) {
				errorf = t.Logf
			}
		}
		_, perr := ParseFile(name, src, 0)
		if compilerError(string(want)) {
			if perr != nil {
				errorf("%s: the parser rejects a program only the compiler should:\n%s", name, perr.(*Error).Format())
				continue
			}
			pass++
			continue
		}
		if perr == nil {
			errorf("%s: accepted; CPython says:\n%s", name, want)
			continue
		}
		e, ok := perr.(*Error)
		if !ok {
			t.Errorf("%s: %T %v", name, perr, perr)
			continue
		}
		got := e.Format()
		if got == string(want) {
			pass++
			continue
		}
		// The line and message are the parser's; the text and caret of
		// an error at the end of input and the tokenizer's errors are
		// the scanner's (ErrorAt).
		if firstLast(got) != firstLast(string(want)) {
			errorf("%s:\n--- CPython:\n%s--- pystm:\n%s", name, want, got)
		} else {
			t.Logf("%s: text or caret differs:\n--- CPython:\n%s--- pystm:\n%s", name, want, got)
		}
	}
	t.Logf("%d/%d", pass, total)
}

// compilerError reports whether CPython's message is one of the errors
// its compiler (symtable.c, compile.c, future.c) reports rather than its
// parser or ast.c.
func compilerError(err string) bool {
	for _, m := range []string{
		"outside function", "outside loop", "not properly in loop",
		"from __future__ imports must occur", "not a chance", "future feature",
		"import * only allowed", "name '", "is parameter and global",
		"duplicate argument", "can not delete variable", "unqualified exec",
		"import *", "default 'except:' must be last", "'return' with argument inside generator",
		"nested scope", "is local and global", "too many statically nested blocks",
		"not supported inside 'finally' clause",
	} {
		if strings.Contains(err, m) {
			return true
		}
	}
	return false
}

// firstLast returns the first and last lines of a formatted error: the
// file and line, and the exception and message.
func firstLast(s string) string {
	l := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	return l[0] + "\n" + l[len(l)-1]
}
