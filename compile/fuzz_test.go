package compile_test

import (
	"errors"
	"io"
	"testing"

	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/compile/syntax"
)

// FuzzCompile feeds arbitrary bytes through the whole front end: the
// tokenizer and parser in both string and file mode, ast.dump, scope
// analysis, code generation and the disassembler. Any input must either
// compile or yield a *syntax.Error that formats; nothing may panic or
// hang. The seed corpus (testdata/fuzz/FuzzCompile) is made of the
// sources of tests/ast and tests/syntaxerr (scripts/fuzzseeds.sh).
func FuzzCompile(f *testing.F) {
	f.Add([]byte("def f(a, (b, c)=(1, 2), *d, **e):\n    yield a\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []syntax.Mode{syntax.ModeExec, syntax.ModeEval, syntax.ModeSingle} {
			tree, err := syntax.Parse("fuzz.py", src, mode, 0)
			if err != nil {
				checkError(t, err)
				continue
			}
			syntax.Dump(tree)
			code, err := compile.CompileTree(tree, "fuzz.py", src, 0)
			if err != nil {
				checkError(t, err)
				continue
			}
			code.Disassemble(io.Discard)
		}
		mod, err := syntax.ParseFile("fuzz.py", src, syntax.FlagPrintFunction|syntax.FlagUnicodeLiterals)
		if err != nil {
			checkError(t, err)
			return
		}
		if _, err := compile.CompileTree(mod, "fuzz.py", src, syntax.FlagDivision); err != nil {
			checkError(t, err)
		}
	})
}

// checkError requires a well-formed *syntax.Error.
func checkError(t *testing.T, err error) {
	var se *syntax.Error
	if !errors.As(err, &se) {
		t.Fatalf("error of type %T: %v", err, err)
	}
	// Only the parser's stack overflow is a message-less MemoryError.
	if se.Kind == "" || se.Msg == "" && se.Kind != "MemoryError" {
		t.Fatalf("error without kind or message: %#v", se)
	}
	se.Format()
}
