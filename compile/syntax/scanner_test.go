package syntax

import (
	"fmt"
	"github.com/pystm/pystm/internal/stdlib"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The tables at the end of this file hold CPython 2.7.18's answers: token
// streams from tokenize.py (NAME, NUMBER, STRING and operators with their
// positions, NEWLINE, INDENT, DEDENT), and the SyntaxError (type, message,
// line, offset, text) that compile() of a string, or the import of a
// file, reports. A scanner error, or the first ILLEGAL token reported with
// ErrorAt as "invalid syntax", must give the same error.

// pyQuote quotes s as Python 2's string-escape codec does (and escapes
// double quotes), to compare texts with the recorded ones.
func pyQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\'':
			b.WriteString(`\'`)
		case c == '"':
			b.WriteString(`\"`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 32 || c >= 127:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func fmtError(err error) string {
	e, ok := err.(*Error)
	if !ok {
		return "ERR? " + err.Error()
	}
	return fmt.Sprintf("ERR %s|%s|%d|%d|%s", e.Kind, e.Msg, e.Line, e.Offset, pyQuote(e.Text))
}

func fmtTok(t Tok) string {
	switch t.Kind {
	case NAME, NUMBER, STRING:
		return fmt.Sprintf("%s:%s@%d,%d-%d,%d", t.Kind, pyQuote(t.Lit), t.Pos.Line, t.Pos.Col, t.End.Line, t.End.Col)
	case NEWLINE, INDENT, DEDENT:
		return t.Kind.String()
	}
	return fmt.Sprintf("OP:%s@%d,%d-%d,%d", pyQuote(t.Lit), t.Pos.Line, t.Pos.Col, t.End.Line, t.End.Col)
}

// scanAll scans src to the end and describes the outcome as the tables
// do. With eofErr, reaching EOF is reported with ErrorAt as "invalid
// syntax" (for sources CPython rejects at their end).
func scanAll(src string, file, toks, eofErr bool) string {
	var s *Scanner
	var err error
	if file {
		s, err = NewFileScanner("f.py", []byte(src))
	} else {
		s, err = NewScanner("f.py", []byte(src))
	}
	if err != nil {
		return fmtError(err)
	}
	var out []string
	for {
		t, err := s.Scan()
		if err != nil {
			return fmtError(err)
		}
		if t.Kind == ILLEGAL {
			return fmtError(s.ErrorAt(t, "SyntaxError", "invalid syntax"))
		}
		if t.Kind == EOF {
			if eofErr {
				return fmtError(s.ErrorAt(t, "SyntaxError", "invalid syntax"))
			}
			break
		}
		out = append(out, fmtTok(t))
	}
	if !toks {
		return "OK"
	}
	return strings.TrimSpace("OK " + strings.Join(out, " "))
}

func TestTokens(t *testing.T) {
	for _, c := range tokenCases {
		got := scanAll(c.src, false, true, false)
		if c.want == "OK*" {
			// tokenize.py cannot say (it ignores tab-size comments);
			// CPython's compile() accepts the source.
			if !strings.HasPrefix(got, "OK") {
				t.Errorf("%q: %s", c.src, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, c := range errorCases {
		if got := scanAll(c.src, false, false, false); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestFileErrors(t *testing.T) {
	for _, c := range fileCases {
		if got := scanAll(c.src, true, false, false); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestEOFErrors(t *testing.T) {
	for _, c := range eofCases {
		if got := scanAll(c.src, false, false, true); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
	for _, c := range fileEOFCases {
		if got := scanAll(c.src, true, false, true); got != c.want {
			t.Errorf("file %q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// stdlibBad are the files of CPython 2.7's library that compile() rejects
// in the tokenizer or while reading the coding declaration.
var stdlibBad = map[string]string{
	"test/bad_coding.py":  "unknown encoding: uft-8",
	"test/bad_coding2.py": "encoding problem: utf8 with BOM",
	"test/bad_coding3.py": "decoder did not return an unicode object (type=str)",
}

// TestStdlib tokenizes every module of CPython 2.7's library: none that
// CPython accepts may fail.
func TestStdlib(t *testing.T) {
	root := stdlib.Dir()
	if root == "" {
		t.Skip("no CPython 2.7 standard library")
	}
	n := 0
	for _, p := range stdlib.Files(root) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		n++
		rel, _ := filepath.Rel(root, p)
		s, err := NewScanner(p, src)
		for err == nil {
			var tok Tok
			tok, err = s.Scan()
			if tok.Kind == ILLEGAL && err == nil {
				err = s.ErrorAt(tok, "SyntaxError", "invalid syntax")
			}
			if tok.Kind == EOF {
				break
			}
		}
		want, bad := stdlibBad[rel]
		switch {
		case err != nil && !bad:
			t.Errorf("%s: %v", rel, err)
		case bad && (err == nil || err.(*Error).Msg != want):
			t.Errorf("%s: got %v, want %s", rel, err, want)
		}
	}
	if n < 1000 {
		t.Errorf("only %d files found", n)
	}
}

// scanEverything runs every entry point of the scanner over src; it must
// neither panic nor loop.
func scanEverything(t *testing.T, src []byte, mode readMode) {
	s, err := newScanner("f.py", src, mode)
	if err != nil {
		if _, ok := err.(*Error); !ok {
			t.Fatalf("error of type %T", err)
		}
		return
	}
	limit := 4*len(src) + 1000
	for n := 0; ; n++ {
		if n > limit {
			t.Fatalf("no end after %d tokens", n)
		}
		tok, err := s.Scan()
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T", err)
			}
			if _, err2 := s.Scan(); err2 != err {
				t.Fatalf("error not sticky")
			}
			return
		}
		e := s.ErrorAt(tok, "SyntaxError", "invalid syntax")
		// The offset may lie one past the text; more where it falls
		// inside a multi-byte character of a source with a declared
		// encoding or a BOM: CPython (PyTokenizer_RestoreEncoding)
		// counts it in the line's first bytes re-encoded, where the
		// partial character becomes replacement characters.
		if e.Offset < 0 || e.Offset > len(e.Text)+1+6 && e.Text != "" {
			t.Fatalf("token %v: offset %d beyond text %q", tok, e.Offset, e.Text)
		}
		_ = s.LineText(tok.Pos.Line)
		_ = tok.NodePos()
		switch tok.Kind {
		case STRING:
			DecodeString(tok.Lit, s.Encoding(), false)
			DecodeString(tok.Lit, s.Encoding(), true)
		case NUMBER:
			if _, err := ParseNumber(tok.Lit); err != nil {
				t.Fatalf("NUMBER %q: %v", tok.Lit, err)
			}
			if _, err := ParseNumber("-" + tok.Lit); err != nil {
				t.Fatalf("NUMBER -%q: %v", tok.Lit, err)
			}
		case EOF:
			return
		}
	}
}

func FuzzScanner(f *testing.F) {
	for _, c := range tokenCases {
		f.Add([]byte(c.src))
	}
	for _, c := range errorCases {
		f.Add([]byte(c.src))
	}
	for _, c := range fileCases {
		f.Add([]byte(c.src))
	}
	// Offsets inside a character at the end of a source without a
	// final newline (readInput).
	f.Add([]byte("\ufeffé"))
	f.Add([]byte("\ufeff#é"))
	f.Fuzz(func(t *testing.T, src []byte) {
		scanEverything(t, src, readExec)
		scanEverything(t, src, readInput)
		scanEverything(t, src, readFile)
	})
}

// The tables below were recorded with CPython 2.7.18 (tokenize.py, compile() and import).
var tokenCases = []struct{ src, want string }{
	{"x = 1\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NEWLINE"},
	{"x=1", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,1-1,2 NUMBER:\"1\"@1,2-1,3 NEWLINE"},
	{"if x:\n    y = 2\nelse:\n\tz = 3\n", "OK NAME:\"if\"@1,0-1,2 NAME:\"x\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"y\"@2,4-2,5 OP:\"=\"@2,6-2,7 NUMBER:\"2\"@2,8-2,9 NEWLINE DEDENT NAME:\"else\"@3,0-3,4 OP:\":\"@3,4-3,5 NEWLINE INDENT NAME:\"z\"@4,1-4,2 OP:\"=\"@4,3-4,4 NUMBER:\"3\"@4,5-4,6 NEWLINE DEDENT"},
	{"def f(a, b=1, *c, **d):\n    return a\n\n\nclass C(object):\n    pass\n", "OK NAME:\"def\"@1,0-1,3 NAME:\"f\"@1,4-1,5 OP:\"(\"@1,5-1,6 NAME:\"a\"@1,6-1,7 OP:\",\"@1,7-1,8 NAME:\"b\"@1,9-1,10 OP:\"=\"@1,10-1,11 NUMBER:\"1\"@1,11-1,12 OP:\",\"@1,12-1,13 OP:\"*\"@1,14-1,15 NAME:\"c\"@1,15-1,16 OP:\",\"@1,16-1,17 OP:\"**\"@1,18-1,20 NAME:\"d\"@1,20-1,21 OP:\")\"@1,21-1,22 OP:\":\"@1,22-1,23 NEWLINE INDENT NAME:\"return\"@2,4-2,10 NAME:\"a\"@2,11-2,12 NEWLINE DEDENT NAME:\"class\"@5,0-5,5 NAME:\"C\"@5,6-5,7 OP:\"(\"@5,7-5,8 NAME:\"object\"@5,8-5,14 OP:\")\"@5,14-5,15 OP:\":\"@5,15-5,16 NEWLINE INDENT NAME:\"pass\"@6,4-6,8 NEWLINE DEDENT"},
	{"x = (1,\n     2)\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"(\"@1,4-1,5 NUMBER:\"1\"@1,5-1,6 OP:\",\"@1,6-1,7 NUMBER:\"2\"@2,5-2,6 OP:\")\"@2,6-2,7 NEWLINE"},
	{"x = [1,\n\n  # c\n   2]\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"[\"@1,4-1,5 NUMBER:\"1\"@1,5-1,6 OP:\",\"@1,6-1,7 NUMBER:\"2\"@4,3-4,4 OP:\"]\"@4,4-4,5 NEWLINE"},
	{"x = {1:\n2}\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"{\"@1,4-1,5 NUMBER:\"1\"@1,5-1,6 OP:\":\"@1,6-1,7 NUMBER:\"2\"@2,0-2,1 OP:\"}\"@2,1-2,2 NEWLINE"},
	{"x = 1 + \\\n    2\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 OP:\"+\"@1,6-1,7 NUMBER:\"2\"@2,4-2,5 NEWLINE"},
	{"# only a comment\n", "OK"},
	{"\n\n\n", "OK"},
	{"", "OK"},
	{"   \n\t\n", "OK"},
	{"# c1\n  # c2\nx\n", "OK NAME:\"x\"@3,0-3,1 NEWLINE"},
	{"if 1:\n  # c\n    # d\n  x\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"x\"@4,2-4,3 NEWLINE DEDENT"},
	{"if 1:\n\n  x\n\n\ny\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"x\"@3,2-3,3 NEWLINE DEDENT NAME:\"y\"@6,0-6,1 NEWLINE"},
	{"if 1:\n  if 2:\n    if 3:\n      x\ny\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"if\"@2,2-2,4 NUMBER:\"2\"@2,5-2,6 OP:\":\"@2,6-2,7 NEWLINE INDENT NAME:\"if\"@3,4-3,6 NUMBER:\"3\"@3,7-3,8 OP:\":\"@3,8-3,9 NEWLINE INDENT NAME:\"x\"@4,6-4,7 NEWLINE DEDENT DEDENT DEDENT NAME:\"y\"@5,0-5,1 NEWLINE"},
	{"if 1:\n  if 2:\n    x\n  y\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"if\"@2,2-2,4 NUMBER:\"2\"@2,5-2,6 OP:\":\"@2,6-2,7 NEWLINE INDENT NAME:\"x\"@3,4-3,5 NEWLINE DEDENT NAME:\"y\"@4,2-4,3 NEWLINE DEDENT"},
	{"x = 0, 00, 017, 0o17, 0O17, 0b101, 0B1, 0x1f, 0XfF, 0L, 1l, 0777L, 0xffL, 1.5, 1., .5, 1e5, 1E+5, 1.5e-3, 0e0, 09.5, 09e1, 09j, 1j, 1.5J, 0j, 0.j, 1e5j, 123456789012345678901234567890\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"0\"@1,4-1,5 OP:\",\"@1,5-1,6 NUMBER:\"00\"@1,7-1,9 OP:\",\"@1,9-1,10 NUMBER:\"017\"@1,11-1,14 OP:\",\"@1,14-1,15 NUMBER:\"0o17\"@1,16-1,20 OP:\",\"@1,20-1,21 NUMBER:\"0O17\"@1,22-1,26 OP:\",\"@1,26-1,27 NUMBER:\"0b101\"@1,28-1,33 OP:\",\"@1,33-1,34 NUMBER:\"0B1\"@1,35-1,38 OP:\",\"@1,38-1,39 NUMBER:\"0x1f\"@1,40-1,44 OP:\",\"@1,44-1,45 NUMBER:\"0XfF\"@1,46-1,50 OP:\",\"@1,50-1,51 NUMBER:\"0L\"@1,52-1,54 OP:\",\"@1,54-1,55 NUMBER:\"1l\"@1,56-1,58 OP:\",\"@1,58-1,59 NUMBER:\"0777L\"@1,60-1,65 OP:\",\"@1,65-1,66 NUMBER:\"0xffL\"@1,67-1,72 OP:\",\"@1,72-1,73 NUMBER:\"1.5\"@1,74-1,77 OP:\",\"@1,77-1,78 NUMBER:\"1.\"@1,79-1,81 OP:\",\"@1,81-1,82 NUMBER:\".5\"@1,83-1,85 OP:\",\"@1,85-1,86 NUMBER:\"1e5\"@1,87-1,90 OP:\",\"@1,90-1,91 NUMBER:\"1E+5\"@1,92-1,96 OP:\",\"@1,96-1,97 NUMBER:\"1.5e-3\"@1,98-1,104 OP:\",\"@1,104-1,105 NUMBER:\"0e0\"@1,106-1,109 OP:\",\"@1,109-1,110 NUMBER:\"09.5\"@1,111-1,115 OP:\",\"@1,115-1,116 NUMBER:\"09e1\"@1,117-1,121 OP:\",\"@1,121-1,122 NUMBER:\"09j\"@1,123-1,126 OP:\",\"@1,126-1,127 NUMBER:\"1j\"@1,128-1,130 OP:\",\"@1,130-1,131 NUMBER:\"1.5J\"@1,132-1,136 OP:\",\"@1,136-1,137 NUMBER:\"0j\"@1,138-1,140 OP:\",\"@1,140-1,141 NUMBER:\"0.j\"@1,142-1,145 OP:\",\"@1,145-1,146 NUMBER:\"1e5j\"@1,147-1,151 OP:\",\"@1,151-1,152 NUMBER:\"123456789012345678901234567890\"@1,153-1,183 NEWLINE"},
	{"x = a.b . c\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"a\"@1,4-1,5 OP:\".\"@1,5-1,6 NAME:\"b\"@1,6-1,7 OP:\".\"@1,8-1,9 NAME:\"c\"@1,10-1,11 NEWLINE"},
	{"x = 1 .real\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 OP:\".\"@1,6-1,7 NAME:\"real\"@1,7-1,11 NEWLINE"},
	{"x = \"a\" 'b' \"\"\"c\"\"\" '''d''' r\"e\" R\"f\" u\"g\" U\"h\" ur\"i\" UR\"j\" uR\"k\" Ur\"l\" b\"m\" B\"n\" br\"o\" BR\"p\" bR\"q\" Br\"r\"\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\\"a\\\"\"@1,4-1,7 STRING:\"\\'b\\'\"@1,8-1,11 STRING:\"\\\"\\\"\\\"c\\\"\\\"\\\"\"@1,12-1,19 STRING:\"\\'\\'\\'d\\'\\'\\'\"@1,20-1,27 STRING:\"r\\\"e\\\"\"@1,28-1,32 STRING:\"R\\\"f\\\"\"@1,33-1,37 STRING:\"u\\\"g\\\"\"@1,38-1,42 STRING:\"U\\\"h\\\"\"@1,43-1,47 STRING:\"ur\\\"i\\\"\"@1,48-1,53 STRING:\"UR\\\"j\\\"\"@1,54-1,59 STRING:\"uR\\\"k\\\"\"@1,60-1,65 STRING:\"Ur\\\"l\\\"\"@1,66-1,71 STRING:\"b\\\"m\\\"\"@1,72-1,76 STRING:\"B\\\"n\\\"\"@1,77-1,81 STRING:\"br\\\"o\\\"\"@1,82-1,87 STRING:\"BR\\\"p\\\"\"@1,88-1,93 STRING:\"bR\\\"q\\\"\"@1,94-1,99 STRING:\"Br\\\"r\\\"\"@1,100-1,105 NEWLINE"},
	{"x = \"\"\"a\nb\nc\"\"\" + 1\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\\"\\\"\\\"a\\nb\\nc\\\"\\\"\\\"\"@1,4-3,4 OP:\"+\"@3,5-3,6 NUMBER:\"1\"@3,7-3,8 NEWLINE"},
	{"x = '''a\n'b'\n''c'''\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\'\\'\\'a\\n\\'b\\'\\n\\'\\'c\\'\\'\\'\"@1,4-3,6 NEWLINE"},
	{"x = \"a\\\nb\"\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\\"a\\\\\\nb\\\"\"@1,4-2,2 NEWLINE"},
	{"x = 'a\\'b' \"c\\\"d\" '\\\\'\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\'a\\\\\\'b\\'\"@1,4-1,10 STRING:\"\\\"c\\\\\\\"d\\\"\"@1,11-1,17 STRING:\"\\'\\\\\\\\\\'\"@1,18-1,22 NEWLINE"},
	{"x = \"\" '' \"\"\"\"\"\" ''''''\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\\"\\\"\"@1,4-1,6 STRING:\"\\'\\'\"@1,7-1,9 STRING:\"\\\"\\\"\\\"\\\"\\\"\\\"\"@1,10-1,16 STRING:\"\\'\\'\\'\\'\\'\\'\"@1,17-1,23 NEWLINE"},
	{"x = ''''a'''\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\'\\'\\'\\'a\\'\\'\\'\"@1,4-1,12 NEWLINE"},
	{"x = \"\"\"\"a\"\"\"\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\\"\\\"\\\"\\\"a\\\"\\\"\\\"\"@1,4-1,12 NEWLINE"},
	{"x = rb", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"rb\"@1,4-1,6 NEWLINE"},
	{"x = bu", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"bu\"@1,4-1,6 NEWLINE"},
	{"x = ub", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"ub\"@1,4-1,6 NEWLINE"},
	{"x = ur", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"ur\"@1,4-1,6 NEWLINE"},
	{"x = u", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"u\"@1,4-1,5 NEWLINE"},
	{"x = r + b + br + UR\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"r\"@1,4-1,5 OP:\"+\"@1,6-1,7 NAME:\"b\"@1,8-1,9 OP:\"+\"@1,10-1,11 NAME:\"br\"@1,12-1,14 OP:\"+\"@1,15-1,16 NAME:\"UR\"@1,17-1,19 NEWLINE"},
	{"a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h >>= 8; i <<= 9; j &= 10; k |= 11; l ^= 12\n", "OK NAME:\"a\"@1,0-1,1 OP:\"+=\"@1,2-1,4 NUMBER:\"1\"@1,5-1,6 OP:\";\"@1,6-1,7 NAME:\"b\"@1,8-1,9 OP:\"-=\"@1,10-1,12 NUMBER:\"2\"@1,13-1,14 OP:\";\"@1,14-1,15 NAME:\"c\"@1,16-1,17 OP:\"*=\"@1,18-1,20 NUMBER:\"3\"@1,21-1,22 OP:\";\"@1,22-1,23 NAME:\"d\"@1,24-1,25 OP:\"/=\"@1,26-1,28 NUMBER:\"4\"@1,29-1,30 OP:\";\"@1,30-1,31 NAME:\"e\"@1,32-1,33 OP:\"//=\"@1,34-1,37 NUMBER:\"5\"@1,38-1,39 OP:\";\"@1,39-1,40 NAME:\"f\"@1,41-1,42 OP:\"%=\"@1,43-1,45 NUMBER:\"6\"@1,46-1,47 OP:\";\"@1,47-1,48 NAME:\"g\"@1,49-1,50 OP:\"**=\"@1,51-1,54 NUMBER:\"7\"@1,55-1,56 OP:\";\"@1,56-1,57 NAME:\"h\"@1,58-1,59 OP:\">>=\"@1,60-1,63 NUMBER:\"8\"@1,64-1,65 OP:\";\"@1,65-1,66 NAME:\"i\"@1,67-1,68 OP:\"<<=\"@1,69-1,72 NUMBER:\"9\"@1,73-1,74 OP:\";\"@1,74-1,75 NAME:\"j\"@1,76-1,77 OP:\"&=\"@1,78-1,80 NUMBER:\"10\"@1,81-1,83 OP:\";\"@1,83-1,84 NAME:\"k\"@1,85-1,86 OP:\"|=\"@1,87-1,89 NUMBER:\"11\"@1,90-1,92 OP:\";\"@1,92-1,93 NAME:\"l\"@1,94-1,95 OP:\"^=\"@1,96-1,98 NUMBER:\"12\"@1,99-1,101 NEWLINE"},
	{"x = a<b>c<=d>=e==f!=g<>h<<i>>j**k//l%m&n|o^p^~q\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"a\"@1,4-1,5 OP:\"<\"@1,5-1,6 NAME:\"b\"@1,6-1,7 OP:\">\"@1,7-1,8 NAME:\"c\"@1,8-1,9 OP:\"<=\"@1,9-1,11 NAME:\"d\"@1,11-1,12 OP:\">=\"@1,12-1,14 NAME:\"e\"@1,14-1,15 OP:\"==\"@1,15-1,17 NAME:\"f\"@1,17-1,18 OP:\"!=\"@1,18-1,20 NAME:\"g\"@1,20-1,21 OP:\"<>\"@1,21-1,23 NAME:\"h\"@1,23-1,24 OP:\"<<\"@1,24-1,26 NAME:\"i\"@1,26-1,27 OP:\">>\"@1,27-1,29 NAME:\"j\"@1,29-1,30 OP:\"**\"@1,30-1,32 NAME:\"k\"@1,32-1,33 OP:\"//\"@1,33-1,35 NAME:\"l\"@1,35-1,36 OP:\"%\"@1,36-1,37 NAME:\"m\"@1,37-1,38 OP:\"&\"@1,38-1,39 NAME:\"n\"@1,39-1,40 OP:\"|\"@1,40-1,41 NAME:\"o\"@1,41-1,42 OP:\"^\"@1,42-1,43 NAME:\"p\"@1,43-1,44 OP:\"^\"@1,44-1,45 OP:\"~\"@1,45-1,46 NAME:\"q\"@1,46-1,47 NEWLINE"},
	{"x = `a`\n@dec\ndef f(): pass\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"`\"@1,4-1,5 NAME:\"a\"@1,5-1,6 OP:\"`\"@1,6-1,7 NEWLINE OP:\"@\"@2,0-2,1 NAME:\"dec\"@2,1-2,4 NEWLINE NAME:\"def\"@3,0-3,3 NAME:\"f\"@3,4-3,5 OP:\"(\"@3,5-3,6 OP:\")\"@3,6-3,7 OP:\":\"@3,7-3,8 NAME:\"pass\"@3,9-3,13 NEWLINE"},
	{"x = a[1:2, ::3, ...]\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NAME:\"a\"@1,4-1,5 OP:\"[\"@1,5-1,6 NUMBER:\"1\"@1,6-1,7 OP:\":\"@1,7-1,8 NUMBER:\"2\"@1,8-1,9 OP:\",\"@1,9-1,10 OP:\":\"@1,11-1,12 OP:\":\"@1,12-1,13 NUMBER:\"3\"@1,13-1,14 OP:\",\"@1,14-1,15 OP:\".\"@1,16-1,17 OP:\".\"@1,17-1,18 OP:\".\"@1,18-1,19 OP:\"]\"@1,19-1,20 NEWLINE"},
	{"x = {a: b for a in c}\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"{\"@1,4-1,5 NAME:\"a\"@1,5-1,6 OP:\":\"@1,6-1,7 NAME:\"b\"@1,8-1,9 NAME:\"for\"@1,10-1,13 NAME:\"a\"@1,14-1,15 NAME:\"in\"@1,16-1,18 NAME:\"c\"@1,19-1,20 OP:\"}\"@1,20-1,21 NEWLINE"},
	{"lambda x: (yield)\n", "OK NAME:\"lambda\"@1,0-1,6 NAME:\"x\"@1,7-1,8 OP:\":\"@1,8-1,9 OP:\"(\"@1,10-1,11 NAME:\"yield\"@1,11-1,16 OP:\")\"@1,16-1,17 NEWLINE"},
	{"print >>f, x,\n", "OK NAME:\"print\"@1,0-1,5 OP:\">>\"@1,6-1,8 NAME:\"f\"@1,8-1,9 OP:\",\"@1,9-1,10 NAME:\"x\"@1,11-1,12 OP:\",\"@1,12-1,13 NEWLINE"},
	{"exec \"x\" in d\n", "OK NAME:\"exec\"@1,0-1,4 STRING:\"\\\"x\\\"\"@1,5-1,8 NAME:\"in\"@1,9-1,11 NAME:\"d\"@1,12-1,13 NEWLINE"},
	{"x = 1if y else 2\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NAME:\"if\"@1,5-1,7 NAME:\"y\"@1,8-1,9 NAME:\"else\"@1,10-1,14 NUMBER:\"2\"@1,15-1,16 NEWLINE"},
	{"x = 1or 2\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NAME:\"or\"@1,5-1,7 NUMBER:\"2\"@1,8-1,9 NEWLINE"},
	{"x = [0x1for x in y]\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"[\"@1,4-1,5 NUMBER:\"0x1f\"@1,5-1,9 NAME:\"or\"@1,9-1,11 NAME:\"x\"@1,12-1,13 NAME:\"in\"@1,14-1,16 NAME:\"y\"@1,17-1,18 OP:\"]\"@1,18-1,19 NEWLINE"},
	{"x = 1e5if 1 else 2\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1e5\"@1,4-1,7 NAME:\"if\"@1,7-1,9 NUMBER:\"1\"@1,10-1,11 NAME:\"else\"@1,12-1,16 NUMBER:\"2\"@1,17-1,18 NEWLINE"},
	{"x = 1\r\ny = 2\r\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NEWLINE NAME:\"y\"@2,0-2,1 OP:\"=\"@2,2-2,3 NUMBER:\"2\"@2,4-2,5 NEWLINE"},
	{"x = 1\ry = 2\r", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NEWLINE NAME:\"y\"@2,0-2,1 OP:\"=\"@2,2-2,3 NUMBER:\"2\"@2,4-2,5 NEWLINE"},
	{"x = \"\"\"a\r\nb\"\"\"\r\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\\"\\\"\\\"a\\nb\\\"\\\"\\\"\"@1,4-2,4 NEWLINE"},
	{"x = (1,\r\n  2)\r\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"(\"@1,4-1,5 NUMBER:\"1\"@1,5-1,6 OP:\",\"@1,6-1,7 NUMBER:\"2\"@2,2-2,3 OP:\")\"@2,3-2,4 NEWLINE"},
	{"\xef\xbb\xbfx = 1\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NEWLINE"},
	{"\xef\xbb\xbf# coding: utf-8\nx = \"\xc3\xa9\"\n", "OK NAME:\"x\"@2,0-2,1 OP:\"=\"@2,2-2,3 STRING:\"\\\"\\xc3\\xa9\\\"\"@2,4-2,8 NEWLINE"},
	{"# -*- coding: latin-1 -*-\nx = (\"\xe9\", y)\n", "OK NAME:\"x\"@2,0-2,1 OP:\"=\"@2,2-2,3 OP:\"(\"@2,4-2,5 STRING:\"\\\"\\xe9\\\"\"@2,5-2,8 OP:\",\"@2,8-2,9 NAME:\"y\"@2,10-2,11 OP:\")\"@2,11-2,12 NEWLINE"},
	{"# coding: utf-8\nx = (\"\xc3\xa9\xc3\xa9\", y)\n", "OK NAME:\"x\"@2,0-2,1 OP:\"=\"@2,2-2,3 OP:\"(\"@2,4-2,5 STRING:\"\\\"\\xc3\\xa9\\xc3\\xa9\\\"\"@2,5-2,11 OP:\",\"@2,11-2,12 NAME:\"y\"@2,13-2,14 OP:\")\"@2,14-2,15 NEWLINE"},
	{"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\nx = \"\xc3\xa9\"\n", "OK NAME:\"x\"@3,0-3,1 OP:\"=\"@3,2-3,3 STRING:\"\\\"\\xc3\\xa9\\\"\"@3,4-3,8 NEWLINE"},
	{"if 1:\n\tx = 1\n        y = 2\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"x\"@2,1-2,2 OP:\"=\"@2,3-2,4 NUMBER:\"1\"@2,5-2,6 NEWLINE NAME:\"y\"@3,8-3,9 OP:\"=\"@3,10-3,11 NUMBER:\"2\"@3,12-3,13 NEWLINE DEDENT"},
	{"if 1:\n        x = 1\n\ty = 2\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"x\"@2,8-2,9 OP:\"=\"@2,10-2,11 NUMBER:\"1\"@2,12-2,13 NEWLINE NAME:\"y\"@3,1-3,2 OP:\"=\"@3,3-3,4 NUMBER:\"2\"@3,5-3,6 NEWLINE DEDENT"},
	{"if 1:\n    \tx = 1\n\ty = 2\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"x\"@2,5-2,6 OP:\"=\"@2,7-2,8 NUMBER:\"1\"@2,9-2,10 NEWLINE NAME:\"y\"@3,1-3,2 OP:\"=\"@3,3-3,4 NUMBER:\"2\"@3,5-3,6 NEWLINE DEDENT"},
	{"if 1:\n  x\n\x0c  y\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"x\"@2,2-2,3 NEWLINE NAME:\"y\"@3,3-3,4 NEWLINE DEDENT"},
	{"\x0cx = 1\n", "OK NAME:\"x\"@1,1-1,2 OP:\"=\"@1,3-1,4 NUMBER:\"1\"@1,5-1,6 NEWLINE"},
	{"# vim: set ts=4 :\nif 1:\n\tx = 1\n    y = 2\n", "ERR IndentationError|unindent does not match any outer indentation level|4|10|\"    y = 2\\n\""},
	{"# tab-width: 2\nif 1:\n\tx = 1\n  y = 2\n", "OK*"},
	{"# :tabstop=3\nif 1:\n\tx = 1\n   y = 2\n", "OK*"},
	{"# set tabsize=5\nif 1:\n\tx = 1\n     y = 2\n", "OK*"},
	{"# ts=4 has no colon\nif 1:\n\tx = 1\n        y = 2\n", "OK NAME:\"if\"@2,0-2,2 NUMBER:\"1\"@2,3-2,4 OP:\":\"@2,4-2,5 NEWLINE INDENT NAME:\"x\"@3,1-3,2 OP:\"=\"@3,3-3,4 NUMBER:\"1\"@3,5-3,6 NEWLINE NAME:\"y\"@4,8-4,9 OP:\"=\"@4,10-4,11 NUMBER:\"2\"@4,12-4,13 NEWLINE DEDENT"},
	{"# :ts=0\nif 1:\n\tx = 1\n        y = 2\n", "OK NAME:\"if\"@2,0-2,2 NUMBER:\"1\"@2,3-2,4 OP:\":\"@2,4-2,5 NEWLINE INDENT NAME:\"x\"@3,1-3,2 OP:\"=\"@3,3-3,4 NUMBER:\"1\"@3,5-3,6 NEWLINE NAME:\"y\"@4,8-4,9 OP:\"=\"@4,10-4,11 NUMBER:\"2\"@4,12-4,13 NEWLINE DEDENT"},
	{"# :ts=41\nif 1:\n\tx = 1\n        y = 2\n", "OK NAME:\"if\"@2,0-2,2 NUMBER:\"1\"@2,3-2,4 OP:\":\"@2,4-2,5 NEWLINE INDENT NAME:\"x\"@3,1-3,2 OP:\"=\"@3,3-3,4 NUMBER:\"1\"@3,5-3,6 NEWLINE NAME:\"y\"@4,8-4,9 OP:\"=\"@4,10-4,11 NUMBER:\"2\"@4,12-4,13 NEWLINE DEDENT"},
	{"if 1:\n  x = (1,\n2)\n  y\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"x\"@2,2-2,3 OP:\"=\"@2,4-2,5 OP:\"(\"@2,6-2,7 NUMBER:\"1\"@2,7-2,8 OP:\",\"@2,8-2,9 NUMBER:\"2\"@3,0-3,1 OP:\")\"@3,1-3,2 NEWLINE NAME:\"y\"@4,2-4,3 NEWLINE DEDENT"},
	{"x = [\n  1,\n]\nif 1:\n  pass\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"[\"@1,4-1,5 NUMBER:\"1\"@2,2-2,3 OP:\",\"@2,3-2,4 OP:\"]\"@3,0-3,1 NEWLINE NAME:\"if\"@4,0-4,2 NUMBER:\"1\"@4,3-4,4 OP:\":\"@4,4-4,5 NEWLINE INDENT NAME:\"pass\"@5,2-5,6 NEWLINE DEDENT"},
	{"if x:\n    pass\n  # comment at odd indent\n    pass\n", "OK NAME:\"if\"@1,0-1,2 NAME:\"x\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"pass\"@2,4-2,8 NEWLINE NAME:\"pass\"@4,4-4,8 NEWLINE DEDENT"},
	{"def f():\n    \"\"\"doc\n    string\"\"\"\n    return 1\n", "OK NAME:\"def\"@1,0-1,3 NAME:\"f\"@1,4-1,5 OP:\"(\"@1,5-1,6 OP:\")\"@1,6-1,7 OP:\":\"@1,7-1,8 NEWLINE INDENT STRING:\"\\\"\\\"\\\"doc\\n    string\\\"\\\"\\\"\"@2,4-3,13 NEWLINE NAME:\"return\"@4,4-4,10 NUMBER:\"1\"@4,11-4,12 NEWLINE DEDENT"},
	{"x = 1 # comment\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NEWLINE"},
	{"x = 1 # comment", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NEWLINE"},
	{"x = 1 \\\n\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 NUMBER:\"1\"@1,4-1,5 NEWLINE"},
	{"x = (1 \\\n  + 2)\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 OP:\"(\"@1,4-1,5 NUMBER:\"1\"@1,5-1,6 OP:\"+\"@2,2-2,3 NUMBER:\"2\"@2,4-2,5 OP:\")\"@2,5-2,6 NEWLINE"},
	{"if 1:\n    x\n\n    \n  \t\n    y\n", "OK NAME:\"if\"@1,0-1,2 NUMBER:\"1\"@1,3-1,4 OP:\":\"@1,4-1,5 NEWLINE INDENT NAME:\"x\"@2,4-2,5 NEWLINE NAME:\"y\"@6,4-6,5 NEWLINE DEDENT"},
	{"x = \"\\\\\" + '\\\\'\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\\"\\\\\\\\\\\"\"@1,4-1,8 OP:\"+\"@1,9-1,10 STRING:\"\\'\\\\\\\\\\'\"@1,11-1,15 NEWLINE"},
	{"x = \"\xc3\xa9\" # \xc3\xa9\n", "OK NAME:\"x\"@1,0-1,1 OP:\"=\"@1,2-1,3 STRING:\"\\\"\\xc3\\xa9\\\"\"@1,4-1,8 NEWLINE"},
	{"if True:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  pass\n", "OK NAME:\"if\"@1,0-1,2 NAME:\"True\"@1,3-1,7 OP:\":\"@1,7-1,8 NEWLINE INDENT NAME:\"if\"@2,1-2,3 NUMBER:\"1\"@2,4-2,5 OP:\":\"@2,5-2,6 NEWLINE INDENT NAME:\"if\"@3,2-3,4 NUMBER:\"1\"@3,5-3,6 OP:\":\"@3,6-3,7 NEWLINE INDENT NAME:\"if\"@4,3-4,5 NUMBER:\"1\"@4,6-4,7 OP:\":\"@4,7-4,8 NEWLINE INDENT NAME:\"if\"@5,4-5,6 NUMBER:\"1\"@5,7-5,8 OP:\":\"@5,8-5,9 NEWLINE INDENT NAME:\"if\"@6,5-6,7 NUMBER:\"1\"@6,8-6,9 OP:\":\"@6,9-6,10 NEWLINE INDENT NAME:\"if\"@7,6-7,8 NUMBER:\"1\"@7,9-7,10 OP:\":\"@7,10-7,11 NEWLINE INDENT NAME:\"if\"@8,7-8,9 NUMBER:\"1\"@8,10-8,11 OP:\":\"@8,11-8,12 NEWLINE INDENT NAME:\"if\"@9,8-9,10 NUMBER:\"1\"@9,11-9,12 OP:\":\"@9,12-9,13 NEWLINE INDENT NAME:\"if\"@10,9-10,11 NUMBER:\"1\"@10,12-10,13 OP:\":\"@10,13-10,14 NEWLINE INDENT NAME:\"if\"@11,10-11,12 NUMBER:\"1\"@11,13-11,14 OP:\":\"@11,14-11,15 NEWLINE INDENT NAME:\"if\"@12,11-12,13 NUMBER:\"1\"@12,14-12,15 OP:\":\"@12,15-12,16 NEWLINE INDENT NAME:\"if\"@13,12-13,14 NUMBER:\"1\"@13,15-13,16 OP:\":\"@13,16-13,17 NEWLINE INDENT NAME:\"if\"@14,13-14,15 NUMBER:\"1\"@14,16-14,17 OP:\":\"@14,17-14,18 NEWLINE INDENT NAME:\"if\"@15,14-15,16 NUMBER:\"1\"@15,17-15,18 OP:\":\"@15,18-15,19 NEWLINE INDENT NAME:\"if\"@16,15-16,17 NUMBER:\"1\"@16,18-16,19 OP:\":\"@16,19-16,20 NEWLINE INDENT NAME:\"if\"@17,16-17,18 NUMBER:\"1\"@17,19-17,20 OP:\":\"@17,20-17,21 NEWLINE INDENT NAME:\"if\"@18,17-18,19 NUMBER:\"1\"@18,20-18,21 OP:\":\"@18,21-18,22 NEWLINE INDENT NAME:\"if\"@19,18-19,20 NUMBER:\"1\"@19,21-19,22 OP:\":\"@19,22-19,23 NEWLINE INDENT NAME:\"if\"@20,19-20,21 NUMBER:\"1\"@20,22-20,23 OP:\":\"@20,23-20,24 NEWLINE INDENT NAME:\"if\"@21,20-21,22 NUMBER:\"1\"@21,23-21,24 OP:\":\"@21,24-21,25 NEWLINE INDENT NAME:\"if\"@22,21-22,23 NUMBER:\"1\"@22,24-22,25 OP:\":\"@22,25-22,26 NEWLINE INDENT NAME:\"if\"@23,22-23,24 NUMBER:\"1\"@23,25-23,26 OP:\":\"@23,26-23,27 NEWLINE INDENT NAME:\"if\"@24,23-24,25 NUMBER:\"1\"@24,26-24,27 OP:\":\"@24,27-24,28 NEWLINE INDENT NAME:\"if\"@25,24-25,26 NUMBER:\"1\"@25,27-25,28 OP:\":\"@25,28-25,29 NEWLINE INDENT NAME:\"if\"@26,25-26,27 NUMBER:\"1\"@26,28-26,29 OP:\":\"@26,29-26,30 NEWLINE INDENT NAME:\"if\"@27,26-27,28 NUMBER:\"1\"@27,29-27,30 OP:\":\"@27,30-27,31 NEWLINE INDENT NAME:\"if\"@28,27-28,29 NUMBER:\"1\"@28,30-28,31 OP:\":\"@28,31-28,32 NEWLINE INDENT NAME:\"if\"@29,28-29,30 NUMBER:\"1\"@29,31-29,32 OP:\":\"@29,32-29,33 NEWLINE INDENT NAME:\"if\"@30,29-30,31 NUMBER:\"1\"@30,32-30,33 OP:\":\"@30,33-30,34 NEWLINE INDENT NAME:\"if\"@31,30-31,32 NUMBER:\"1\"@31,33-31,34 OP:\":\"@31,34-31,35 NEWLINE INDENT NAME:\"if\"@32,31-32,33 NUMBER:\"1\"@32,34-32,35 OP:\":\"@32,35-32,36 NEWLINE INDENT NAME:\"if\"@33,32-33,34 NUMBER:\"1\"@33,35-33,36 OP:\":\"@33,36-33,37 NEWLINE INDENT NAME:\"if\"@34,33-34,35 NUMBER:\"1\"@34,36-34,37 OP:\":\"@34,37-34,38 NEWLINE INDENT NAME:\"if\"@35,34-35,36 NUMBER:\"1\"@35,37-35,38 OP:\":\"@35,38-35,39 NEWLINE INDENT NAME:\"if\"@36,35-36,37 NUMBER:\"1\"@36,38-36,39 OP:\":\"@36,39-36,40 NEWLINE INDENT NAME:\"if\"@37,36-37,38 NUMBER:\"1\"@37,39-37,40 OP:\":\"@37,40-37,41 NEWLINE INDENT NAME:\"if\"@38,37-38,39 NUMBER:\"1\"@38,40-38,41 OP:\":\"@38,41-38,42 NEWLINE INDENT NAME:\"if\"@39,38-39,40 NUMBER:\"1\"@39,41-39,42 OP:\":\"@39,42-39,43 NEWLINE INDENT NAME:\"if\"@40,39-40,41 NUMBER:\"1\"@40,42-40,43 OP:\":\"@40,43-40,44 NEWLINE INDENT NAME:\"if\"@41,40-41,42 NUMBER:\"1\"@41,43-41,44 OP:\":\"@41,44-41,45 NEWLINE INDENT NAME:\"if\"@42,41-42,43 NUMBER:\"1\"@42,44-42,45 OP:\":\"@42,45-42,46 NEWLINE INDENT NAME:\"if\"@43,42-43,44 NUMBER:\"1\"@43,45-43,46 OP:\":\"@43,46-43,47 NEWLINE INDENT NAME:\"if\"@44,43-44,45 NUMBER:\"1\"@44,46-44,47 OP:\":\"@44,47-44,48 NEWLINE INDENT NAME:\"if\"@45,44-45,46 NUMBER:\"1\"@45,47-45,48 OP:\":\"@45,48-45,49 NEWLINE INDENT NAME:\"if\"@46,45-46,47 NUMBER:\"1\"@46,48-46,49 OP:\":\"@46,49-46,50 NEWLINE INDENT NAME:\"if\"@47,46-47,48 NUMBER:\"1\"@47,49-47,50 OP:\":\"@47,50-47,51 NEWLINE INDENT NAME:\"if\"@48,47-48,49 NUMBER:\"1\"@48,50-48,51 OP:\":\"@48,51-48,52 NEWLINE INDENT NAME:\"if\"@49,48-49,50 NUMBER:\"1\"@49,51-49,52 OP:\":\"@49,52-49,53 NEWLINE INDENT NAME:\"if\"@50,49-50,51 NUMBER:\"1\"@50,52-50,53 OP:\":\"@50,53-50,54 NEWLINE INDENT NAME:\"if\"@51,50-51,52 NUMBER:\"1\"@51,53-51,54 OP:\":\"@51,54-51,55 NEWLINE INDENT NAME:\"if\"@52,51-52,53 NUMBER:\"1\"@52,54-52,55 OP:\":\"@52,55-52,56 NEWLINE INDENT NAME:\"if\"@53,52-53,54 NUMBER:\"1\"@53,55-53,56 OP:\":\"@53,56-53,57 NEWLINE INDENT NAME:\"if\"@54,53-54,55 NUMBER:\"1\"@54,56-54,57 OP:\":\"@54,57-54,58 NEWLINE INDENT NAME:\"if\"@55,54-55,56 NUMBER:\"1\"@55,57-55,58 OP:\":\"@55,58-55,59 NEWLINE INDENT NAME:\"if\"@56,55-56,57 NUMBER:\"1\"@56,58-56,59 OP:\":\"@56,59-56,60 NEWLINE INDENT NAME:\"if\"@57,56-57,58 NUMBER:\"1\"@57,59-57,60 OP:\":\"@57,60-57,61 NEWLINE INDENT NAME:\"if\"@58,57-58,59 NUMBER:\"1\"@58,60-58,61 OP:\":\"@58,61-58,62 NEWLINE INDENT NAME:\"if\"@59,58-59,60 NUMBER:\"1\"@59,61-59,62 OP:\":\"@59,62-59,63 NEWLINE INDENT NAME:\"if\"@60,59-60,61 NUMBER:\"1\"@60,62-60,63 OP:\":\"@60,63-60,64 NEWLINE INDENT NAME:\"if\"@61,60-61,62 NUMBER:\"1\"@61,63-61,64 OP:\":\"@61,64-61,65 NEWLINE INDENT NAME:\"if\"@62,61-62,63 NUMBER:\"1\"@62,64-62,65 OP:\":\"@62,65-62,66 NEWLINE INDENT NAME:\"if\"@63,62-63,64 NUMBER:\"1\"@63,65-63,66 OP:\":\"@63,66-63,67 NEWLINE INDENT NAME:\"if\"@64,63-64,65 NUMBER:\"1\"@64,66-64,67 OP:\":\"@64,67-64,68 NEWLINE INDENT NAME:\"if\"@65,64-65,66 NUMBER:\"1\"@65,67-65,68 OP:\":\"@65,68-65,69 NEWLINE INDENT NAME:\"if\"@66,65-66,67 NUMBER:\"1\"@66,68-66,69 OP:\":\"@66,69-66,70 NEWLINE INDENT NAME:\"if\"@67,66-67,68 NUMBER:\"1\"@67,69-67,70 OP:\":\"@67,70-67,71 NEWLINE INDENT NAME:\"if\"@68,67-68,69 NUMBER:\"1\"@68,70-68,71 OP:\":\"@68,71-68,72 NEWLINE INDENT NAME:\"if\"@69,68-69,70 NUMBER:\"1\"@69,71-69,72 OP:\":\"@69,72-69,73 NEWLINE INDENT NAME:\"if\"@70,69-70,71 NUMBER:\"1\"@70,72-70,73 OP:\":\"@70,73-70,74 NEWLINE INDENT NAME:\"if\"@71,70-71,72 NUMBER:\"1\"@71,73-71,74 OP:\":\"@71,74-71,75 NEWLINE INDENT NAME:\"if\"@72,71-72,73 NUMBER:\"1\"@72,74-72,75 OP:\":\"@72,75-72,76 NEWLINE INDENT NAME:\"if\"@73,72-73,74 NUMBER:\"1\"@73,75-73,76 OP:\":\"@73,76-73,77 NEWLINE INDENT NAME:\"if\"@74,73-74,75 NUMBER:\"1\"@74,76-74,77 OP:\":\"@74,77-74,78 NEWLINE INDENT NAME:\"if\"@75,74-75,76 NUMBER:\"1\"@75,77-75,78 OP:\":\"@75,78-75,79 NEWLINE INDENT NAME:\"if\"@76,75-76,77 NUMBER:\"1\"@76,78-76,79 OP:\":\"@76,79-76,80 NEWLINE INDENT NAME:\"if\"@77,76-77,78 NUMBER:\"1\"@77,79-77,80 OP:\":\"@77,80-77,81 NEWLINE INDENT NAME:\"if\"@78,77-78,79 NUMBER:\"1\"@78,80-78,81 OP:\":\"@78,81-78,82 NEWLINE INDENT NAME:\"if\"@79,78-79,80 NUMBER:\"1\"@79,81-79,82 OP:\":\"@79,82-79,83 NEWLINE INDENT NAME:\"if\"@80,79-80,81 NUMBER:\"1\"@80,82-80,83 OP:\":\"@80,83-80,84 NEWLINE INDENT NAME:\"if\"@81,80-81,82 NUMBER:\"1\"@81,83-81,84 OP:\":\"@81,84-81,85 NEWLINE INDENT NAME:\"if\"@82,81-82,83 NUMBER:\"1\"@82,84-82,85 OP:\":\"@82,85-82,86 NEWLINE INDENT NAME:\"if\"@83,82-83,84 NUMBER:\"1\"@83,85-83,86 OP:\":\"@83,86-83,87 NEWLINE INDENT NAME:\"if\"@84,83-84,85 NUMBER:\"1\"@84,86-84,87 OP:\":\"@84,87-84,88 NEWLINE INDENT NAME:\"if\"@85,84-85,86 NUMBER:\"1\"@85,87-85,88 OP:\":\"@85,88-85,89 NEWLINE INDENT NAME:\"if\"@86,85-86,87 NUMBER:\"1\"@86,88-86,89 OP:\":\"@86,89-86,90 NEWLINE INDENT NAME:\"if\"@87,86-87,88 NUMBER:\"1\"@87,89-87,90 OP:\":\"@87,90-87,91 NEWLINE INDENT NAME:\"if\"@88,87-88,89 NUMBER:\"1\"@88,90-88,91 OP:\":\"@88,91-88,92 NEWLINE INDENT NAME:\"if\"@89,88-89,90 NUMBER:\"1\"@89,91-89,92 OP:\":\"@89,92-89,93 NEWLINE INDENT NAME:\"if\"@90,89-90,91 NUMBER:\"1\"@90,92-90,93 OP:\":\"@90,93-90,94 NEWLINE INDENT NAME:\"if\"@91,90-91,92 NUMBER:\"1\"@91,93-91,94 OP:\":\"@91,94-91,95 NEWLINE INDENT NAME:\"if\"@92,91-92,93 NUMBER:\"1\"@92,94-92,95 OP:\":\"@92,95-92,96 NEWLINE INDENT NAME:\"if\"@93,92-93,94 NUMBER:\"1\"@93,95-93,96 OP:\":\"@93,96-93,97 NEWLINE INDENT NAME:\"if\"@94,93-94,95 NUMBER:\"1\"@94,96-94,97 OP:\":\"@94,97-94,98 NEWLINE INDENT NAME:\"if\"@95,94-95,96 NUMBER:\"1\"@95,97-95,98 OP:\":\"@95,98-95,99 NEWLINE INDENT NAME:\"if\"@96,95-96,97 NUMBER:\"1\"@96,98-96,99 OP:\":\"@96,99-96,100 NEWLINE INDENT NAME:\"if\"@97,96-97,98 NUMBER:\"1\"@97,99-97,100 OP:\":\"@97,100-97,101 NEWLINE INDENT NAME:\"if\"@98,97-98,99 NUMBER:\"1\"@98,100-98,101 OP:\":\"@98,101-98,102 NEWLINE INDENT NAME:\"pass\"@99,98-99,102 NEWLINE DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT DEDENT"},
}

var errorCases = []struct{ src, want string }{
	{"x = 0x\n", "ERR SyntaxError|invalid token|1|6|\"x = 0x\\n\""},
	{"x = 09\n", "ERR SyntaxError|invalid token|1|6|\"x = 09\\n\""},
	{"x = 0b2\n", "ERR SyntaxError|invalid token|1|6|\"x = 0b2\\n\""},
	{"x = 0o8\n", "ERR SyntaxError|invalid token|1|6|\"x = 0o8\\n\""},
	{"x = 1e+\n", "ERR SyntaxError|invalid token|1|7|\"x = 1e+\\n\""},
	{"x = 1e-x\n", "ERR SyntaxError|invalid token|1|7|\"x = 1e-x\\n\""},
	{"x = 0b\n", "ERR SyntaxError|invalid token|1|6|\"x = 0b\\n\""},
	{"x = 0o\n", "ERR SyntaxError|invalid token|1|6|\"x = 0o\\n\""},
	{"x = 0xl\n", "ERR SyntaxError|invalid token|1|6|\"x = 0xl\\n\""},
	{"x = 09L\n", "ERR SyntaxError|invalid token|1|6|\"x = 09L\\n\""},
	{"x = 08\n", "ERR SyntaxError|invalid token|1|6|\"x = 08\\n\""},
	{"x = 1.5e+q\n", "ERR SyntaxError|invalid token|1|9|\"x = 1.5e+q\\n\""},
	{"x = 0X\n", "ERR SyntaxError|invalid token|1|6|\"x = 0X\\n\""},
	{"x = 0O9\n", "ERR SyntaxError|invalid token|1|6|\"x = 0O9\\n\""},
	{"x = 0B\n", "ERR SyntaxError|invalid token|1|6|\"x = 0B\\n\""},
	{"x = \"abc\n", "ERR SyntaxError|EOL while scanning string literal|1|8|\"x = \\\"abc\\n\""},
	{"x = \"abc", "ERR SyntaxError|EOL while scanning string literal|1|8|\"x = \\\"abc\\n\""},
	{"x = '''abc\n\nd", "ERR SyntaxError|EOF while scanning triple-quoted string literal|3|14|\"x = \\'\\'\\'abc\\n\\nd\\n\""},
	{"x = \"\"\"abc\n", "ERR SyntaxError|EOF while scanning triple-quoted string literal|1|11|\"x = \\\"\\\"\\\"abc\\n\""},
	{"x = \"\"\"abc", "ERR SyntaxError|EOF while scanning triple-quoted string literal|1|11|\"x = \\\"\\\"\\\"abc\\n\""},
	{"x = \"a\\\n", "ERR SyntaxError|EOL while scanning string literal|1|8|\"x = \\\"a\\\\\\n\""},
	{"x = \"a\\", "ERR SyntaxError|EOL while scanning string literal|1|8|\"x = \\\"a\\\\\\n\""},
	{"x = 'a\\\nb\n", "ERR SyntaxError|EOL while scanning string literal|2|9|\"x = \\'a\\\\\\nb\\n\""},
	{"x = u\"abc\n", "ERR SyntaxError|EOL while scanning string literal|1|9|\"x = u\\\"abc\\n\""},
	{"x = r\"\\\"\n", "ERR SyntaxError|EOL while scanning string literal|1|8|\"x = r\\\"\\\\\\\"\\n\""},
	{"x = \"\"\"a\nb\"\"\"\ny = \"c\n", "ERR SyntaxError|EOL while scanning string literal|3|6|\"y = \\\"c\\n\""},
	{"x = 1 \\ y\n", "ERR SyntaxError|unexpected character after line continuation character|1|10|\"x = 1 \\\\ y\\n\""},
	{"x = 1 \\", "OK"},
	{"x = 1 \\  \n", "ERR SyntaxError|unexpected character after line continuation character|1|10|\"x = 1 \\\\  \\n\""},
	{"x = (1 \\ \n 2)\n", "ERR SyntaxError|unexpected character after line continuation character|1|10|\"x = (1 \\\\ \\n\""},
	{"\\x\n", "ERR SyntaxError|unexpected character after line continuation character|1|3|\"\\\\x\\n\""},
	{"if 1:\n    x\n  y\n", "ERR IndentationError|unindent does not match any outer indentation level|3|4|\"  y\\n\""},
	{"if 1:\n  if 2:\n      x\n    y\n", "ERR IndentationError|unindent does not match any outer indentation level|4|6|\"    y\\n\""},
	{"if 1:\n\tx\n      y\n", "ERR IndentationError|unindent does not match any outer indentation level|3|8|\"      y\\n\""},
	{"if 1:\n  x\n\x0c y\n", "ERR IndentationError|unindent does not match any outer indentation level|3|4|\"\\x0c y\\n\""},
	{"x = $\n", "ERR SyntaxError|invalid syntax|1|5|\"x = $\\n\""},
	{"x = 1 ? 2\n", "ERR SyntaxError|invalid syntax|1|7|\"x = 1 ? 2\\n\""},
	{"x = 1 ! 2\n", "ERR SyntaxError|invalid syntax|1|7|\"x = 1 ! 2\\n\""},
	{"x = \xe9\n", "ERR SyntaxError|invalid syntax|1|5|\"x = \\xe9\\n\""},
	{"x = 1\ny = 2 $ 3\n", "ERR SyntaxError|invalid syntax|2|7|\"y = 2 $ 3\\n\""},
	{"x = \"\"\"a\nb\"\"\" $\n", "ERR SyntaxError|invalid syntax|2|15|\"x = \\\"\\\"\\\"a\\nb\\\"\\\"\\\" $\\n\""},
	{"x = \"\"\"a\nb\"\"\" + \"\"\"c\nd\"\"\" $\n", "ERR SyntaxError|invalid syntax|3|27|\"x = \\\"\\\"\\\"a\\nb\\\"\\\"\\\" + \\\"\\\"\\\"c\\nd\\\"\\\"\\\" $\\n\""},
	{"x = \"a\\\nb\" $\n", "ERR SyntaxError|invalid syntax|2|12|\"x = \\\"a\\\\\\nb\\\" $\\n\""},
	{"x = 1 + \\\n  $\n", "ERR SyntaxError|invalid syntax|2|3|\"  $\\n\""},
	{"x = (1,\n  $)\n", "ERR SyntaxError|invalid syntax|2|3|\"  $)\\n\""},
	{"x = 1 \x01\n", "ERR SyntaxError|invalid syntax|1|7|\"x = 1 \\x01\\n\""},
	{"x = 1 \x0b 2\n", "ERR SyntaxError|invalid syntax|1|7|\"x = 1 \\x0b 2\\n\""},
	{"x = \"a\" \x7f\n", "ERR SyntaxError|invalid syntax|1|9|\"x = \\\"a\\\" \\x7f\\n\""},
	{"# coding: latin-1\nx = \"\xe9\" $\n", "ERR SyntaxError|invalid syntax|2|9|\"x = \\\"?\\\" $\\n\""},
	{"# coding: latin-1\nx = \"\xc3\xa9\" $\n", "ERR SyntaxError|invalid syntax|2|9|\"x = \\\"\\xe9\\\" $\\n\""},
	{"# coding: utf-8\nx = \"\xff\" $\n", "ERR SyntaxError|invalid syntax|2|11|\"x = \\\"\\xef\\xbf\\xbd\\\" $\\n\""},
	{"# coding: utf-8\nx = \"\xc3\xa9\" $\n", "ERR SyntaxError|invalid syntax|2|10|\"x = \\\"\\xc3\\xa9\\\" $\\n\""},
	{"# coding: cp1252\nx = \"\xe9\" $\n", "ERR SyntaxError|invalid syntax|2|9|\"x = \\\"\\xe9\\\" $\\n\""},
	{"# coding: latin1\nx = \"\xe9\" $\n", "ERR SyntaxError|invalid syntax|2|9|\"x = \\\"\\xe9\\\" $\\n\""},
	{"# coding: koi8-r\nx = \"\xe9\xe9\" $\n", "ERR SyntaxError|invalid syntax|2|10|\"x = \\\"\\xe9\\xe9\\\" $\\n\""},
	{"# coding: cp1252\nx = \"\xe9\n", "ERR SyntaxError|EOL while scanning string literal|2|7|\"x = \\\"\\xe9\\n\""},
	{"# coding: cp1252\nx = \"\x80\" + 0x\n", "ERR SyntaxError|invalid token|2|12|\"x = \\\"\\x80\\\" + 0x\\n\""},
	{"x = \"\"\"\n\xe9\n\"\"\" $\n", "ERR SyntaxError|invalid syntax|3|15|\"x = \\\"\\\"\\\"\\n\\xe9\\n\\\"\\\"\\\" $\\n\""},
	{"# coding: foo\nx=1\n", "ERR SyntaxError|unknown encoding: foo|0|0|\"\""},
	{"#!x\n# coding: foo\nx=1\n", "ERR SyntaxError|unknown encoding: foo|0|0|\"\""},
	{"\n# coding: foo\nx=1\n", "ERR SyntaxError|unknown encoding: foo|0|0|\"\""},
	{"\xef\xbb\xbf# coding: latin-1\nx=1\n", "ERR SyntaxError|encoding problem: iso-8859-1 with BOM|0|0|\"\""},
	{"\xef\xbb\xbf# coding: utf8\nx=1\n", "ERR SyntaxError|encoding problem: utf8 with BOM|0|0|\"\""},
	{"# coding: utf8\nx=\"\xff\"\n", "ERR SyntaxError|'utf8' codec can't decode byte 0xff in position 18: invalid start byte|0|0|\"\""},
	{"# coding=string-escape\nx=1\n", "ERR SyntaxError|decoder did not return an unicode object (type=str)|0|0|\"\""},
	{"# coding: cp1252\nx = u\"\x81\"\n", "ERR SyntaxError|'charmap' codec can't decode byte 0x81 in position 23: character maps to <undefined>|0|0|\"\""},
	{"# coding: cp1252\nx = 1\n\n\n\x81\n", "ERR SyntaxError|'charmap' codec can't decode byte 0x81 in position 25: character maps to <undefined>|0|0|\"\""},
	{"# coding: ascii\nx = \"\xe9\"\n", "ERR SyntaxError|'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)|0|0|\"\""},
	{"# coding: uft-8\n", "ERR SyntaxError|unknown encoding: uft-8|0|0|\"\""},
	{"\xef\xbb\xbfx = 1 $\n", "ERR SyntaxError|invalid syntax|1|7|\"x = 1 $\\n\""},
	{"x = 1\r\ny = $\r\n", "ERR SyntaxError|invalid syntax|2|5|\"y = $\\n\""},
	{"x = 1\ry = $\r", "ERR SyntaxError|invalid syntax|2|5|\"y = $\\n\""},
	{"x = \"abc\r\n", "ERR SyntaxError|EOL while scanning string literal|1|8|\"x = \\\"abc\\n\""},
	{"x = \"abc\rdef\"\n", "ERR SyntaxError|EOL while scanning string literal|1|8|\"x = \\\"abc\\n\""},
	{"if 1:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  if 1:\n                                                                                                   if 1:\n                                                                                                    pass\n", "ERR IndentationError|too many levels of indentation|101|105|\"                                                                                                    pass\\n\""},
	{"if 1:\n\tx = 1\n        y = 2\n        $\n", "ERR SyntaxError|invalid syntax|4|9|\"        $\\n\""},
	{"# vim: set ts=4 :\nif 1:\n\tx = 1\n    $\n", "ERR IndentationError|unindent does not match any outer indentation level|4|6|\"    $\\n\""},
	{"# tab-width: 4\nif 1:\n\tx = 1\n    $\n", "ERR SyntaxError|invalid syntax|4|5|\"    $\\n\""},
	{"if 1:\n\tx = 1\n    $\n", "ERR IndentationError|unindent does not match any outer indentation level|3|6|\"    $\\n\""},
	{"if 1:\n  x = (\n 1)\n  $\n", "ERR SyntaxError|invalid syntax|4|3|\"  $\\n\""},
	{"x = `1` $\n", "ERR SyntaxError|invalid syntax|1|9|\"x = `1` $\\n\""},
	{"x <> y $\n", "ERR SyntaxError|invalid syntax|1|8|\"x <> y $\\n\""},
	{"x = 1.e5j $\n", "ERR SyntaxError|invalid syntax|1|11|\"x = 1.e5j $\\n\""},
	{"x = .5 $\n", "ERR SyntaxError|invalid syntax|1|8|\"x = .5 $\\n\""},
	{"x = 00 $\n", "ERR SyntaxError|invalid syntax|1|8|\"x = 00 $\\n\""},
}

var fileCases = []struct{ src, want string }{
	{"x = \"\xe9\"\n", "ERR SyntaxError|Non-ASCII character '\\xe9' in file f.py on line 1, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details|1|0|\"\""},
	{"\n\nx = 1 # \xe9\n", "ERR SyntaxError|Non-ASCII character '\\xe9' in file f.py on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details|3|0|\"\""},
	{"x = 1 $ \xe9\n", "ERR SyntaxError|Non-ASCII character '\\xe9' in file f.py on line 1, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details|1|0|\"\""},
	{"# coding: utf-8\nx = \"\xff\"\n", "OK"},
	{"# coding: foo\nx=1\n", "ERR SyntaxError|encoding problem: foo|1|0|\"\""},
	{"\xef\xbb\xbf# coding: latin-1\nx=1\n", "ERR SyntaxError|encoding problem: iso-8859-1 with BOM|1|0|\"\""},
	{"#!/x\n# coding: foo\nx=1\n", "ERR SyntaxError|encoding problem: foo|2|0|\"\""},
	{"x=1\n# coding: foo\nx=1\n", "OK"},
	{"# \xe9\n# coding: latin-1\nx=1\n", "ERR SyntaxError|Non-ASCII character '\\xe9' in file f.py on line 1, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details|1|0|\"\""},
	{"x = 1 $\n", "ERR SyntaxError|invalid syntax|1|7|\"x = 1 $\\n\""},
	{"x = 1\r\ny = $\r\n", "ERR SyntaxError|invalid syntax|2|5|\"y = $\\n\""},
	{"x = $", "ERR SyntaxError|invalid syntax|1|5|\"x = $\\n\""},
	{"x = \"\"\"\n\xe9\n\"\"\"\n", "ERR SyntaxError|Non-ASCII character '\\xe9' in file f.py on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details|2|0|\"\""},
	{"x = 1\ny = 2 $\n\xe9\n", "ERR SyntaxError|invalid syntax|2|7|\"y = 2 $\\n\""},
	{"", "OK"},
	{"\n", "OK"},
	{"\xef\xbb\xbfx = 1 $\n", "ERR SyntaxError|invalid syntax|1|7|\"x = 1 $\\n\""},
	{"# coding: latin-1\nx = \"\xe9\" $\n", "ERR SyntaxError|invalid syntax|2|9|\"x = \\\"?\\\" $\\n\""},
	{"x = \"\"\"\n\n\xe9\n\"\"\"\n", "ERR SyntaxError|Non-ASCII character '\\xe9' in file f.py on line 4, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details|3|0|\"\""},
	{"x = \"a\\\n\xe9\"\n", "ERR SyntaxError|Non-ASCII character '\\xe9' in file f.py on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details|2|0|\"\""},
	{"x = \"\"\"abc", "ERR SyntaxError|EOF while scanning triple-quoted string literal|2|11|\"x = \\\"\\\"\\\"abc\\n\""},
	{"x = 'abc", "ERR SyntaxError|EOL while scanning string literal|1|8|\"x = \\'abc\\n\""},
	{"x = 0x", "ERR SyntaxError|invalid token|1|6|\"x = 0x\\n\""},
	{"if 1:\n  x\n y\n", "ERR IndentationError|unindent does not match any outer indentation level|3|3|\" y\\n\""},
	{"x = 1 \\ y", "ERR SyntaxError|unexpected character after line continuation character|1|10|\"x = 1 \\\\ y\\n\""},
	{"\xef\xbb\xbfx = \"\xe9\"\n", "OK"},
	{"x = 1\x00\n", "OK"},
	{"x = \"\x00\"\n", "ERR SyntaxError|EOL while scanning string literal|1|5|\"x = \\\"\\n\""},
	{"x = 1 \x00 $\n", "OK"},
	{"\x00\n", "OK"},
	{"x = 1\n\x00y = 2\n$\n", "ERR SyntaxError|invalid syntax|3|1|\"$\\n\""},
	{"# coding: koi8-r\n\r", "OK"},
	{"# coding: cp1252\n0x/* 0xfL\t\rE0xfL\r", "ERR SyntaxError|invalid token|2|2|\"0x/* 0xfL\\t\\rE0xfL\\n\""},
	{"# coding: koi8-r\n0xfL\\x=\xe9uprint\r", "ERR SyntaxError|unexpected character after line continuation character|2|15|\"0xfL\\\\x=\\xe9uprint\\n\""},
	{"# coding: koi8-r\n''''{1.5\n\t\n", "ERR SyntaxError|EOF while scanning triple-quoted string literal|4|11|\"\\'\\'\\'\\'{1.5\\n\\t\\n\""},
	{"\r'  u-\t0x", "ERR SyntaxError|EOL while scanning string literal|2|8|\"\\'  u-\\t0x\\n\""},
	{"r1e5#.' 0b?b\r\\>", "ERR SyntaxError|unexpected character after line continuation character|2|3|\"\\\\>\\n\""},
	{"\\x{\r0xfL0xfL?  1\x0c  ", "ERR SyntaxError|unexpected character after line continuation character|1|4|\"\\\\x{\\n\""},
	{"# coding: cp1252\n''''#x\x0c#\r\n", "ERR SyntaxError|EOF while scanning triple-quoted string literal|3|9|\"\\'\\'\\'\\'#x\\x0c#\\n\""},
	{"1.5'''_u\n", "ERR SyntaxError|EOF while scanning triple-quoted string literal|3|10|\"1.5\\'\\'\\'_u\\n\\n\""},
	{"\\\n\"\"\"\n", "ERR SyntaxError|EOF while scanning triple-quoted string literal|4|5|\"\\\"\\\"\\\"\\n\\n\""},
	{"x = \"a\\\n", "ERR SyntaxError|EOL while scanning string literal|2|8|\"x = \\\"a\\\\\\n\\n\""},
	{"x = \"a\\\n\n", "ERR SyntaxError|EOL while scanning string literal|2|8|\"x = \\\"a\\\\\\n\\n\""},
	{"# coding: cp1252\nx = \"a\\\n", "ERR SyntaxError|EOL while scanning string literal|3|8|\"x = \\\"a\\\\\\n\""},
	{"x = 1\r\ny = 2 $\r\n", "ERR SyntaxError|invalid syntax|2|7|\"y = 2 $\\n\""},
	{"x = 1\ry = 2 $\r", "ERR SyntaxError|invalid syntax|2|7|\"y = 2 $\\n\""},
	{"# coding: cp1252\nx = 1\ry = 2 $\r", "ERR SyntaxError|invalid syntax|2|6|\"x = 1\\ry = 2 $\\n\""},
}

var eofCases = []struct{ src, want string }{
	{"x = (\n", "ERR SyntaxError|unexpected EOF while parsing|1|6|\"x = (\\n\""},
	{"x = (", "ERR SyntaxError|unexpected EOF while parsing|1|6|\"x = (\\n\""},
	{"x = [1,", "ERR SyntaxError|unexpected EOF while parsing|1|8|\"x = [1,\\n\""},
	{"x = (\n\n", "ERR SyntaxError|invalid syntax|2|1|\"\\n\""},
	{"x = (\n# c\n", "ERR SyntaxError|invalid syntax|2|4|\"# c\\n\""},
	{"x = (1,\n\n", "ERR SyntaxError|invalid syntax|2|1|\"\\n\""},
	{"x = (1,\n  ", "ERR SyntaxError|invalid syntax|2|3|\"  \\n\""},
	{"x = (1,\n  2", "ERR SyntaxError|invalid syntax|2|4|\"  2\\n\""},
	{"x = (\r\n", "ERR SyntaxError|invalid syntax|2|1|\"\\n\""},
	{"x = (\r", "ERR SyntaxError|unexpected EOF while parsing|1|6|\"x = (\\n\""},
	{"x = {\n", "ERR SyntaxError|unexpected EOF while parsing|1|6|\"x = {\\n\""},
	{"\n\nx = (\n", "ERR SyntaxError|invalid syntax|3|6|\"x = (\\n\""},
	{"x = (\n  1,\n", "ERR SyntaxError|invalid syntax|2|5|\"  1,\\n\""},
	{"x = (\"\"\"a\nb\"\"\"", "ERR SyntaxError|invalid syntax|2|15|\"x = (\\\"\\\"\\\"a\\nb\\\"\\\"\\\"\\n\""},
	{"x = (\"\"\"a\nb\"\"\"\n", "ERR SyntaxError|invalid syntax|2|15|\"x = (\\\"\\\"\\\"a\\nb\\\"\\\"\\\"\\n\""},
}

var fileEOFCases = []struct{ src, want string }{
	{"x = (\n", "ERR SyntaxError|invalid syntax|2|6|\"\""},
	{"x = (", "ERR SyntaxError|invalid syntax|2|6|\"\""},
	{"x = (\n  1,\n", "ERR SyntaxError|invalid syntax|3|5|\"\""},
	{"x = (\n\n", "ERR SyntaxError|invalid syntax|3|1|\"\""},
	{"x = (\n# c\n", "ERR SyntaxError|invalid syntax|3|4|\"\""},
	{"(", "ERR SyntaxError|invalid syntax|2|2|\"\""},
}

// errorAtCases give the token at which CPython's parser fails (by its
// index in the token stream) and CPython 2.7.18's report.
var errorAtCases = []struct {
	src       string
	index     int
	kind, msg string
	want      string
}{
	{"if 1:\n  x\n    y\n", 7, "IndentationError", "unexpected indent", "ERR IndentationError|unexpected indent|3|4|\"    y\\n\""},
	{"if 1:\nx\n", 4, "IndentationError", "expected an indented block", "ERR IndentationError|expected an indented block|2|1|\"x\\n\""},
	{"x = 1 2\n", 3, "SyntaxError", "invalid syntax", "ERR SyntaxError|invalid syntax|1|7|\"x = 1 2\\n\""},
	{"x = 1 \"\"\"a\nb\"\"\"\n", 3, "SyntaxError", "invalid syntax", "ERR SyntaxError|invalid syntax|2|15|\"x = 1 \\\"\\\"\\\"a\\nb\\\"\\\"\\\"\\n\""},
	{"x = \"\"\"a\nb\"\"\" 2\n", 3, "SyntaxError", "invalid syntax", "ERR SyntaxError|invalid syntax|2|15|\"x = \\\"\\\"\\\"a\\nb\\\"\\\"\\\" 2\\n\""},
	{"def f():\n  return\n    x\n", 9, "IndentationError", "unexpected indent", "ERR IndentationError|unexpected indent|3|4|\"    x\\n\""},
	{"for x in y:\n  pass\nelse\n", 11, "SyntaxError", "invalid syntax", "ERR SyntaxError|invalid syntax|3|5|\"else\\n\""},
	{"x = 1 # c\n  y\n", 4, "IndentationError", "unexpected indent", "ERR IndentationError|unexpected indent|2|2|\"  y\\n\""},
	{"x = \"\"\"a\nb\"\"\" + \"\"\"c\nd\"\"\" 2\n", 5, "SyntaxError", "invalid syntax", "ERR SyntaxError|invalid syntax|3|27|\"x = \\\"\\\"\\\"a\\nb\\\"\\\"\\\" + \\\"\\\"\\\"c\\nd\\\"\\\"\\\" 2\\n\""},
	{"x = 1 +\\\n  \"\"\"a\n\"\"\" 3\n", 5, "SyntaxError", "invalid syntax", "ERR SyntaxError|invalid syntax|3|12|\"  \\\"\\\"\\\"a\\n\\\"\\\"\\\" 3\\n\""},
}

func TestErrorAt(t *testing.T) {
	for _, c := range errorAtCases {
		s, err := NewScanner("f.py", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var tok Tok
		for i := 0; i <= c.index; i++ {
			if tok, err = s.Scan(); err != nil {
				t.Fatalf("%q: %v", c.src, err)
			}
		}
		if got := fmtError(s.ErrorAt(tok, c.kind, c.msg)); got != c.want {
			t.Errorf("%q at %v:\n got %s\nwant %s", c.src, tok, got, c.want)
		}
	}
}

// TestNodePos checks the positions CPython 2.7.18 gives nodes that start
// with a string literal: the line where the literal ends, col_offset -1
// when it spans lines.
func TestNodePos(t *testing.T) {
	s, err := NewScanner("f.py", []byte("x = (\"\"\"a\nb\"\"\", 'c',\n  'd\\\ne')\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []Pos
	for {
		tok, err := s.Scan()
		if err != nil {
			t.Fatal(err)
		}
		if tok.Kind == EOF {
			break
		}
		if tok.Kind == STRING {
			got = append(got, tok.NodePos())
		}
	}
	// ast.dump: Str(lineno=2, col_offset=-1), Str(lineno=2,
	// col_offset=6), Str(lineno=4, col_offset=-1).
	want := []Pos{{2, -1}, {2, 6}, {4, -1}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestLineTextAndEncoding(t *testing.T) {
	// The final "\r\n" gets an extra line, as in compile().
	s, err := NewScanner("f.py", []byte("# coding: cp1252\r\nx = '\xe9'\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Encoding() != "cp1252" || s.LineText(2) != "x = '\xc3\xa9'\n" || s.LineText(3) != "\n" || s.LineText(4) != "" || s.LineText(0) != "" {
		t.Errorf("got %q %q", s.Encoding(), s.LineText(2))
	}
	for src, enc := range map[string]string{"\xef\xbb\xbfx\n": "utf-8", "x\n": "", "# -*- coding: Latin-1 -*-\n": "iso-8859-1",
		"#!/bin/python\n# vim: set fileencoding=UTF_8 :\n": "utf-8", "# coding: utf8\n": "utf8", "# coding=latin-1-foo\n": "iso-8859-1"} {
		s, err := NewScanner("f.py", []byte(src))
		if err != nil || s.Encoding() != enc {
			t.Errorf("%q: got %q, %v; want %q", src, s.Encoding(), err, enc)
		}
	}
}
