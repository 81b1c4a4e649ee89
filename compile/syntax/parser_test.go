package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// TestParserCases checks the parser against parserCases, recorded from
// CPython 2.7.18 (see parser_cases_test.go).
func TestParserCases(t *testing.T) {
	for _, c := range parserCases {
		got := parseCase(c.mode, c.src)
		if got != c.want {
			t.Errorf("%s %q:\n   got %s\n  want %s", c.mode, short80(c.src), got, c.want)
		}
	}
}

// parseCase parses src in mode ("exec", "eval", "single", or "deep":
// exec reporting only success or a MemoryError) and describes the result
// as the table does.
func parseCase(mode, src string) string {
	m := ModeExec
	switch mode {
	case "eval":
		m = ModeEval
	case "single":
		m = ModeSingle
	}
	tree, err := Parse("f.py", []byte(src), m, 0)
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			return fmt.Sprintf("error %T %v", err, err)
		}
		if mode == "deep" || e.Kind == "MemoryError" {
			return "error " + e.Kind
		}
		if e.Kind == "ValueError" {
			return fmt.Sprintf("error %s %s", e.Kind, ReprStr(e.Msg))
		}
		return fmt.Sprintf("error %s %s %d %d %s", e.Kind, ReprStr(e.Msg), e.Line, e.Offset, ReprStr(e.Text))
	}
	if mode == "deep" {
		return "ok"
	}
	return Dump(tree) + "\n" + positions(tree)
}

func short80(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return s
}

// TestParserNoPanic feeds the parser truncations and corruptions of the
// table's sources: it must return a tree or an error, never panic.
func TestParserNoPanic(t *testing.T) {
	junk := []string{"", "(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", " ", "\t", "\\\n", "'", "\"\"\"", "lambda", "yield", "for", "if", "else", "not", "*", "**", "@", ".", "`", ";", "print", "from", "import", "as", "0x", "1e", "u'", "#"}
	for _, c := range parserCases {
		src := c.src
		if len(src) > 100 || testing.Short() && len(src) > 20 {
			continue
		}
		for i := 0; i <= len(src); i++ {
			for _, j := range junk {
				s := src[:i] + j + src[i:]
				for _, m := range []Mode{ModeExec, ModeEval, ModeSingle} {
					if _, err := Parse("f.py", []byte(s), m, 0); err != nil {
						if e, ok := err.(*Error); ok && e.Kind == "SystemError" {
							t.Fatalf("%q: %v", s, strings.SplitN(e.Msg, "\n", 2)[0])
						}
					}
				}
			}
		}
	}
}

// FuzzParser checks that the parser never panics and that what it accepts
// it accepts in every mode consistently with itself.
func FuzzParser(f *testing.F) {
	for _, c := range parserCases {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, m := range []Mode{ModeExec, ModeEval, ModeSingle} {
			for _, flags := range []Flags{0, FlagPrintFunction | FlagUnicodeLiterals} {
				_, err := Parse("f.py", []byte(src), m, flags)
				if e, ok := err.(*Error); ok && e.Kind == "SystemError" {
					t.Fatalf("%q: %s", src, e.Msg)
				}
			}
		}
		if _, err := ParseFile("f.py", []byte(src), 0); err != nil {
			if e, ok := err.(*Error); ok && e.Kind == "SystemError" {
				t.Fatalf("%q: %s", src, e.Msg)
			}
		}
	})
}

// TestParserFlags checks the future features passed in, as recorded from
// CPython 2.7.18's compile() with the matching compiler flags.
func TestParserFlags(t *testing.T) {
	for _, c := range []struct {
		flags     Flags
		src, want string
	}{
		{FlagPrintFunction, "print(x, file=y)", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[keyword(arg='file', value=Name(id='y', ctx=Load()))], starargs=None, kwargs=None))])"},
		{FlagPrintFunction, "print x", "error SyntaxError 'invalid syntax' 1 7 'print x\\n'"},
		{FlagPrintFunction, "def print(): pass", "Module(body=[FunctionDef(name='print', args=arguments(args=[], vararg=None, kwarg=None, defaults=[]), body=[Pass()], decorator_list=[])])"},
		{FlagUnicodeLiterals, `x = "a"`, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Str(s=u'a'))])"},
		{FlagUnicodeLiterals, `x = "\N{BULLET}" b"c"`, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Str(s=u'\\u2022c'))])"},
		{FlagDivision, "print 1/2", "Module(body=[Print(dest=None, values=[BinOp(left=Num(n=1), op=Div(), right=Num(n=2))], nl=True)])"},
	} {
		got := ""
		tree, err := Parse("f.py", []byte(c.src), ModeExec, c.flags)
		if err != nil {
			e := err.(*Error)
			got = fmt.Sprintf("error %s %s %d %d %s", e.Kind, ReprStr(e.Msg), e.Line, e.Offset, ReprStr(e.Text))
		} else {
			got = Dump(tree)
		}
		if got != c.want {
			t.Errorf("%#x %q:\n   got %s\n  want %s", c.flags, c.src, got, c.want)
		}
	}
}
