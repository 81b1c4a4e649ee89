package syntax

import (
	"bytes"
	"strings"
)

// This file is the tokenizer. It follows CPython 2.7's Parser/tokenizer.c
// (tok_get, tok_nextc) closely, including where it reports errors: a
// SyntaxError from the tokenizer carries the line number of the line being
// read, an offset that counts bytes from the start of the line on which
// the current token began up to the tokenizer's read position, and as text
// every line from the one the token began on to the end of the line being
// read. The same rule locates the parser's errors; see ErrorAt.

const maxIndent = 100 // tokenizer.c's MAXINDENT

// Scanner turns Python 2.7 source into tokens, as CPython 2.7's tokenizer
// does. A Scanner made by NewScanner reads its source as compile() reads a
// string (and as ast.parse(open(f).read()) does); one made by
// NewFileScanner reads it as the interpreter reads a file to run or import.
type Scanner struct {
	filename string
	src      string // the source: newlines translated, decoded to UTF-8 where CPython does
	encoding string // normalized declared encoding, "utf-8" for a BOM, or ""
	decoded  bool   // src was decoded from encoding (CPython's tok->enc was set)
	lines    []int  // offset in src of the start of each line
	badLine  int    // file input: line holding a non-ASCII byte without declared encoding
	badChar  byte

	cur, inp      int // read position; end of the line read last
	buf           int // start of the line on which the current token began
	lineStart     int // start of the line read last
	lineno        int // number of lines read
	inTok         bool
	atbol         bool
	eof           bool // the end of input was read (tokenizer.c's E_EOF)
	eofSeen       bool // eofFrom is set
	eofFrom       Pos  // the start of the first token scanned after eof was set
	file          bool // reading as the interpreter reads a file
	endsInNewline bool // file input: the source ends with a newline
	level         int
	indent        int
	pendin        int
	tabsize       int
	indstack      [maxIndent]int
	err           error // sticky error

	// joins records, for each line on which a string literal spanning
	// lines ends, the offset where CPython's line buffer then starts: the
	// start of the line on which the string began (or earlier). Tokens
	// after the string on that line are located from there.
	joins []join
}

type join struct{ line, buf int }

// NewScanner returns a scanner over src that reads it as CPython 2.7's
// compile() reads a source string (Parser/tokenizer.c decode_str): "\r\n"
// and lone "\r" become "\n" and a final newline is added when missing (a
// source ending in "\r\n" gets one more, as CPython's translate_newlines
// does); the source ends at its first NUL byte (compile() refuses such
// strings before tokenizing); a UTF-8 BOM is skipped; a PEP 263 coding
// declaration on line 1 or 2 is read; for an encoding other than utf-8
// and iso-8859-1 the whole source is decoded to UTF-8 first. Non-ASCII
// bytes without a declared encoding are accepted as they are. An unknown
// encoding or undecodable source is an *Error on line 0, as compile()
// reports it.
//
// This is how compile() reads a source in "exec" mode. In "eval" and
// "single" mode it adds no final newline (tokenizer.c's exec_input is
// false); Parse reads such sources with a scanner made by newScanner with
// readInput.
func NewScanner(filename string, src []byte) (*Scanner, error) {
	return newScanner(filename, src, readExec)
}

// NewFileScanner returns a scanner over src that reads it as CPython 2.7
// reads a source file to run or import it: in universal newline mode,
// except that a source read through a codec (an encoding other than
// utf-8 and iso-8859-1) only loses the "\r" before a "\n" (a lone "\r"
// is then an ordinary character); a NUL byte ends its line, whose rest is
// dropped; a string literal still open at the end of a file ending in a
// newline sees one more, empty, line, as in CPython. It differs from
// NewScanner in its errors: a non-ASCII byte with no encoding declared is
// a SyntaxError ("Non-ASCII character '\xe9' in file f.py on line 3, but
// no encoding declared; ...") reported by Scan when the scanner reaches
// that line, with offset 0 and no text; an unknown encoding is "encoding
// problem: NAME" on the line of the declaration, and the EOF token lies
// on the line after the last. It is an addition to the API for running
// files.
func NewFileScanner(filename string, src []byte) (*Scanner, error) {
	return newScanner(filename, src, readFile)
}

// readMode is how a scanner reads its source.
type readMode int

const (
	// readExec reads a string as compile() does in "exec" mode: a final
	// newline is added when missing (NewScanner).
	readExec readMode = iota
	// readInput reads a string as compile() does in "eval" and "single"
	// mode: as readExec, but no newline is added. The last line may then
	// end without one: its last logical line gets no NEWLINE token and
	// the indentation still open at the end gets no DEDENTs (the parser
	// makes them up as parsetok.c does), and a token whose scanning
	// reads past the end of input makes the parser's error at it
	// "unexpected EOF while parsing" in a one-line source (see ErrorAt).
	readInput
	// readFile reads a file as the interpreter does (NewFileScanner).
	readFile
)

func newScanner(filename string, src []byte, mode readMode) (*Scanner, error) {
	file := mode == readFile
	s := &Scanner{filename: filename, tabsize: 8, atbol: true, file: file}
	if !file {
		if i := bytes.IndexByte(src, 0); i >= 0 {
			src = src[:i]
		}
		if err := s.setEncoding(translateNewlines(src, mode == readExec), false, nil); err != nil {
			return nil, err
		}
	} else {
		// Universal newlines, but for a source read through a codec,
		// whose reader splits lines at "\n" only.
		text := fileText(src, universalNewlines)
		if err := s.setEncoding(text, true, func() string { return fileText(src, fileNewlines) }); err != nil {
			return nil, err
		}
		s.endsInNewline = !s.decoded && len(src) > 0 && src[len(src)-1] == '\n'
	}
	s.lines = make([]int, 0, 64+len(s.src)/32)
	for i := 0; i < len(s.src); {
		s.lines = append(s.lines, i)
		j := strings.IndexByte(s.src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return s, nil
}

// dropAfterNUL drops, from each line holding a NUL byte, everything from
// the NUL to the end of the line, newline included, joining the line to
// the next one: the interpreter's file reader sees a line read with fgets
// as ending at its first NUL. A line starting with NUL becomes blank.
func dropAfterNUL(text string) string {
	var b strings.Builder
	for text != "" {
		i := strings.IndexByte(text, 0)
		if i < 0 {
			b.WriteString(text)
			break
		}
		b.WriteString(text[:i])
		if i == 0 || text[i-1] == '\n' {
			// A line that starts with NUL is read as an empty line.
			b.WriteByte('\n')
		}
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		text = text[i+j+1:]
	}
	return b.String()
}

// translateNewlines reproduces tokenizer.c's translate_newlines for
// compile(): "\r\n" and lone "\r" become "\n"; with exec (compile()'s
// "exec" mode) a newline is added at the end if missing, a source ending
// in "\r\n" gets one more, and "" becomes "\n".
func translateNewlines(src []byte, exec bool) string {
	if bytes.IndexByte(src, '\r') < 0 {
		if !exec || len(src) > 0 && src[len(src)-1] == '\n' {
			return string(src)
		}
		b := make([]byte, len(src)+1)
		copy(b, src)
		b[len(src)] = '\n'
		return string(b)
	}
	b := make([]byte, 0, len(src)+2)
	extra := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			b = append(b, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
				extra = i+1 == len(src)
			}
			continue
		}
		b = append(b, c)
	}
	if exec && (extra || len(b) == 0 || b[len(b)-1] != '\n') {
		b = append(b, '\n')
	}
	return string(b)
}

// fileText prepares the text of a file: newlines by nl, NUL bytes.
func fileText(src []byte, nl func([]byte) string) string {
	text := nl(src)
	if strings.IndexByte(text, 0) >= 0 {
		text = dropAfterNUL(text)
		if text != "" && text[len(text)-1] != '\n' {
			text += "\n"
		}
	}
	return text
}

// universalNewlines reads a file in universal newline mode: "\r\n" and
// lone "\r" become "\n", and a last line without a newline gets one.
func universalNewlines(src []byte) string {
	if len(src) == 0 {
		return ""
	}
	t := translateNewlines(src, true)
	if len(src) >= 2 && src[len(src)-2] == '\r' && src[len(src)-1] == '\n' {
		t = t[:len(t)-1]
	}
	return t
}

// fileNewlines reads newlines as the interpreter's file reader does for a
// source read through a codec: a last line without a newline gets one,
// then a "\r" just before a "\n" is dropped (a lone "\r" stays, an
// ordinary character).
func fileNewlines(src []byte) string {
	if len(src) > 0 && src[len(src)-1] != '\n' {
		src = append(src[:len(src):len(src)], '\n')
	}
	if bytes.IndexByte(src, '\r') < 0 {
		return string(src)
	}
	b := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			continue
		}
		b = append(b, src[i])
	}
	return string(b)
}

// Encoding returns the normalized declared source encoding ("utf-8",
// "iso-8859-1", or the name as declared for others, as tokenizer.c's
// get_normal_name leaves it), "utf-8" for a UTF-8 BOM, or "" when none.
// It is what the parser passes to DecodeString.
func (s *Scanner) Encoding() string { return s.encoding }

// LineText returns the text of line n (1-based) with its newline, as the
// parser sees it (decoded to UTF-8 for encodings other than utf-8 and
// iso-8859-1), or "" if out of range.
func (s *Scanner) LineText(n int) string {
	if n < 1 || n > len(s.lines) {
		return ""
	}
	return s.src[s.lines[n-1]:s.lineEnd(n)]
}

// lineEnd returns the offset just past line n (1-based).
func (s *Scanner) lineEnd(n int) int {
	if n < len(s.lines) {
		return s.lines[n]
	}
	return len(s.src)
}

// NumLines returns how many lines the (translated) source has. It is an
// addition to the API: CPython's parser reports a syntax error at the end
// of input as "unexpected EOF while parsing" only when the source has at
// most one line (see ErrorAt).
func (s *Scanner) NumLines() int { return len(s.lines) }

// NodePos returns the position CPython 2.7 gives an AST node that starts
// with token t: CPython numbers a token by the line on which it ends, and
// gives a token that began on an earlier line (a string literal spanning
// lines) the col_offset -1. So a multi-line string, and an expression or
// statement starting with one, has lineno = its last line, col_offset = -1.
// It is an addition to the API for the parser.
func (t Tok) NodePos() Pos {
	if t.Pos.Line != t.End.Line {
		return Pos{Line: t.End.Line, Col: -1}
	}
	return t.Pos
}

// ErrorAt returns the error CPython 2.7 reports when its parser rejects
// token t (parsetok.c): the line on which t ends, as offset the number of
// bytes from the start of the line on which t began to the end of t, and
// as text the lines from t's first to its last. (When t follows, on the
// same line, a string literal that spans lines, CPython counts from the
// line on which that string began, and so does ErrorAt.) kind and msg are what the
// parser decides ("SyntaxError", "invalid syntax"; "IndentationError",
// "expected an indented block", "unexpected indent", "unexpected
// unindent"). When t ends on line 1 (or on line 0: an empty source) and
// the scanner read to the end of input to find it (t is the EOF token, or
// a token that ends a source without a final newline, as compile() reads
// in "eval" and "single" mode), CPython reports "unexpected EOF while
// parsing" (a SyntaxError) whatever the parser's complaint; ErrorAt
// applies that rule. For EOF and
// DEDENT tokens at the end of input the position is the end of the last
// line (for a scanner from NewFileScanner, the line after the last, with
// no text, as the interpreter reports it). It is an addition to the API
// for the parser.
func (s *Scanner) ErrorAt(t Tok, kind, msg string) *Error {
	if t.End.Line <= 1 && (t.Kind == EOF || s.afterEOF(t)) {
		kind, msg = "SyntaxError", "unexpected EOF while parsing"
	}
	e := &Error{Kind: kind, Msg: msg, Filename: s.filename, Line: t.End.Line}
	if t.End.Line > len(s.lines) {
		// At the end of a file read as the interpreter reads it.
		e.Offset = t.End.Col
		return e
	}
	if t.Pos.Line < 1 || t.Pos.Line > t.End.Line {
		return e
	}
	buf := s.bufStart(t.Pos.Line)
	cur := s.lines[t.End.Line-1] + t.End.Col
	end := s.lineEnd(t.End.Line)
	if cur < buf || cur > end {
		return e
	}
	e.Text, e.Offset = s.restoreEncoding(s.src[buf:end], cur-buf)
	return e
}

// afterEOF reports whether the scanner had read to the end of input when
// it returned t (tokenizer.c's tok->done is E_EOF once the tokenizer has
// looked past the end of input, which it does to end a token that ends
// there when no newline follows).
func (s *Scanner) afterEOF(t Tok) bool {
	if !s.eofSeen {
		return false
	}
	p := s.eofFrom
	return t.Pos.Line > p.Line || t.Pos.Line == p.Line && t.Pos.Col >= p.Col
}

// bufStart returns where CPython's line buffer starts for a token that
// begins on line n.
func (s *Scanner) bufStart(n int) int {
	j := s.joins
	lo, hi := 0, len(j)
	for lo < hi {
		m := (lo + hi) / 2
		if j[m].line < n {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(j) && j[lo].line == n {
		return j[lo].buf
	}
	return s.lines[n-1]
}

// errHere returns a tokenizer error located as parsetok.c locates it.
func (s *Scanner) errHere(kind, msg string) *Error {
	e := &Error{Kind: kind, Msg: msg, Filename: s.filename, Line: s.lineno}
	if s.buf <= s.inp && s.inp <= len(s.src) && s.cur >= s.buf {
		e.Text, e.Offset = s.restoreEncoding(s.src[s.buf:s.inp], s.cur-s.buf)
	}
	return e
}

// nextc returns the next byte of input, or -1 at the end of input, as
// tokenizer.c's tok_nextc.
func (s *Scanner) nextc() int {
	if s.cur < s.inp {
		c := s.src[s.cur]
		s.cur++
		return int(c)
	}
	return s.nextLine()
}

func (s *Scanner) nextLine() int {
	if s.cur >= len(s.src) || s.lineno >= len(s.lines) {
		if s.file && s.inTok && s.endsInNewline && !s.eof {
			// Inside a token, the interpreter's file reader reads one
			// more, empty, line at the end of a file that ends in a
			// newline, and fakes a newline for it.
			s.endsInNewline = false
			s.lines = append(s.lines, len(s.src))
			s.src += "\n"
		} else {
			if !s.eof && s.file {
				// The interpreter's file reader counts a line at the end.
				s.lineno++
			}
			s.eof = true
			return -1
		}
	}
	if s.badLine == s.lineno+1 {
		if s.err == nil {
			line := s.badLine
			if s.inTok {
				line++ // as the interpreter's message has it
			}
			s.err = &Error{Kind: "SyntaxError", Filename: s.filename, Line: s.badLine,
				Msg: nonASCIIMessage(s.badChar, s.filename, line)}
		}
		return -1
	}
	if !s.inTok {
		s.buf = s.cur
	}
	s.lineStart = s.cur
	s.lineno++
	s.inp = s.lineEnd(s.lineno)
	c := s.src[s.cur]
	s.cur++
	return int(c)
}

// backup steps back over c, which nextc returned last.
func (s *Scanner) backup(c int) {
	if c >= 0 {
		s.cur--
	}
}

func (s *Scanner) here() Pos { return Pos{Line: s.lineno, Col: s.cur - s.lineStart} }

// Scan returns the next token; errors are *Error. After an error every
// further call returns the same error. Comments and blank lines give no
// tokens; NEWLINE ends each logical line, the pending DEDENTs come before
// EOF. (When the source does not end in a newline, which happens only in
// readInput mode, the last logical line has no NEWLINE and no DEDENTs
// come before EOF, as in CPython's tokenizer.) A character that starts
// no token (such as $, ?, !, or a non-ASCII byte outside a string) is an
// ILLEGAL token holding that one byte: CPython's parser rejects it with
// "invalid syntax" (use ErrorAt), so the parser must report it only when
// it reaches it. The tokenizer's own errors are "invalid token" (a bad
// number such as 0x or 09), "EOL while scanning string literal", "EOF
// while scanning triple-quoted string literal", "unexpected character
// after line continuation character", and the IndentationErrors "unindent
// does not match any outer indentation level" and "too many levels of
// indentation". An unclosed bracket at the end of input is not an error
// here: the scanner returns EOF and the parser reports it via ErrorAt.
//
// Positions: Pos is where the token starts and End just after it, each as
// a 1-based line and a byte column in that line. NEWLINE's Pos is its
// newline character (End one past it); INDENT and DEDENT sit at the first
// character of the line after the indentation, and EOF (and the DEDENTs
// before it) at the end of the last line (NewFileScanner: on the line
// after the last, at the column where the last line ends). See Tok.NodePos for the line
// CPython gives nodes starting with a multi-line string.
func (s *Scanner) Scan() (Tok, error) {
	if s.err != nil {
		return Tok{Kind: ILLEGAL}, s.err
	}
	t, err := s.scan()
	if s.eof && !s.eofSeen && err == nil {
		// The tokenizer read past the end of input to scan t.
		s.eofSeen, s.eofFrom = true, t.Pos
	}
	if s.err != nil {
		return Tok{Kind: ILLEGAL}, s.err
	}
	if err != nil {
		s.err = err
		return Tok{Kind: ILLEGAL}, err
	}
	return t, nil
}

func (s *Scanner) scan() (Tok, error) {
	var c int
	blankline := false
nextline:
	s.inTok = false
	blankline = false
	if s.atbol {
		s.atbol = false
		col := 0
		for {
			c = s.nextc()
			if c == ' ' {
				col++
			} else if c == '\t' {
				col = (col/s.tabsize + 1) * s.tabsize
			} else if c == '\014' {
				col = 0
			} else {
				break
			}
		}
		s.backup(c)
		if c == '#' || c == '\n' {
			blankline = true
		}
		if !blankline && s.level == 0 {
			if top := s.indstack[s.indent]; col > top {
				if s.indent+1 >= maxIndent {
					s.cur = s.inp
					return Tok{}, s.errHere("IndentationError", "too many levels of indentation")
				}
				s.pendin++
				s.indent++
				s.indstack[s.indent] = col
			} else if col < top {
				for s.indent > 0 && col < s.indstack[s.indent] {
					s.pendin--
					s.indent--
				}
				if col != s.indstack[s.indent] {
					s.cur = s.inp
					return Tok{}, s.errHere("IndentationError", "unindent does not match any outer indentation level")
				}
			}
		}
	}
	s.inTok = true
	if s.pendin != 0 {
		p := s.here()
		if s.pendin < 0 {
			s.pendin++
			return Tok{Kind: DEDENT, Pos: p, End: p}, nil
		}
		s.pendin--
		return Tok{Kind: INDENT, Pos: p, End: p}, nil
	}

again:
	s.inTok = false
	for {
		c = s.nextc()
		if c != ' ' && c != '\t' && c != '\014' {
			break
		}
	}
	s.inTok = true
	start := s.cur - 1
	startPos := Pos{Line: s.lineno, Col: start - s.lineStart}

	if c == '#' {
		s.comment()
		c = s.nextc()
	}

	if c < 0 {
		p := s.here()
		return Tok{Kind: EOF, Pos: p, End: p}, nil
	}

	// Identifiers and string prefixes.
	if isAlpha(c) || c == '_' {
		switch c {
		case 'b', 'B', 'u', 'U':
			c = s.nextc()
			if c == 'r' || c == 'R' {
				c = s.nextc()
			}
			if c == '"' || c == '\'' {
				return s.str(c, start, startPos)
			}
		case 'r', 'R':
			c = s.nextc()
			if c == '"' || c == '\'' {
				return s.str(c, start, startPos)
			}
		}
		for isAlnum(c) || c == '_' {
			c = s.nextc()
		}
		s.backup(c)
		return s.tok(NAME, start, startPos), nil
	}

	if c == '\n' {
		s.atbol = true
		if blankline || s.level > 0 {
			goto nextline
		}
		p := Pos{Line: s.lineno, Col: s.cur - 1 - s.lineStart}
		return Tok{Kind: NEWLINE, Pos: p, End: s.here()}, nil
	}

	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.number(c, start, startPos, stFraction)
		}
		s.backup(c)
		return s.tok(DOT, start, startPos), nil
	}

	if isDigit(c) {
		return s.number(c, start, startPos, stStart)
	}

	if c == '"' || c == '\'' {
		return s.str(c, start, startPos)
	}

	if c == '\\' {
		c = s.nextc()
		if c != '\n' {
			s.cur = s.inp
			return Tok{}, s.errHere("SyntaxError", "unexpected character after line continuation character")
		}
		goto again
	}

	c2 := s.nextc()
	if k := twoChars(c, c2); k != ILLEGAL {
		c3 := s.nextc()
		if k3 := threeChars(c, c2, c3); k3 != ILLEGAL {
			k = k3
		} else {
			s.backup(c3)
		}
		return s.tok(k, start, startPos), nil
	}
	s.backup(c2)

	switch c {
	case '(', '[', '{':
		s.level++
	case ')', ']', '}':
		s.level--
	}
	return s.tok(oneChar(c), start, startPos), nil
}

func (s *Scanner) tok(k Token, start int, p Pos) Tok {
	return Tok{Kind: k, Lit: s.src[start:s.cur], Pos: p, End: s.here()}
}

// comment skips a comment (the '#' read), looking at its first 79 bytes
// for the tab-size settings tokenizer.c honours, and leaves the newline
// unread.
func (s *Scanner) comment() {
	end := strings.IndexByte(s.src[s.cur:s.inp], '\n')
	if end < 0 {
		end = s.inp
	} else {
		end += s.cur
	}
	// The newline is read too, when there is one.
	cb := s.src[s.cur:min(s.cur+79, end+1, s.inp)]
	if strings.IndexByte(cb, ':') >= 0 || strings.IndexByte(cb, '=') >= 0 {
		if i := strings.IndexByte(cb, 0); i >= 0 {
			cb = cb[:i]
		}
		for _, form := range tabForms {
			if i := strings.Index(cb, form); i >= 0 {
				if n := atoi(cb[i+len(form):]); n >= 1 && n <= 40 {
					s.tabsize = n
				}
			}
		}
	}
	s.cur = end
}

var tabForms = [...]string{"tab-width:", ":tabstop=", ":ts=", "set tabsize="}

// atoi is C's atoi on a string, saturating instead of overflowing.
func atoi(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] >= '\t' && s[i] <= '\r') {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	n := 0
	for ; i < len(s) && isDigit(int(s[i])); i++ {
		if n < 1<<30 {
			n = n*10 + int(s[i]-'0')
		}
	}
	if neg {
		return -n
	}
	return n
}

// Number scanner states: where tokenizer.c's number code is entered.
const (
	stStart = iota
	stFraction
)

// number scans a number whose first character c has been read (or, for
// stFraction, the digit after the leading '.').
func (s *Scanner) number(c, start int, p Pos, state int) (Tok, error) {
	invalid := func(c int) (Tok, error) {
		s.backup(c)
		return Tok{}, s.errHere("SyntaxError", "invalid token")
	}
	if state == stFraction {
		goto fraction
	}
	if c == '0' {
		c = s.nextc()
		switch {
		case c == '.':
			c = s.nextc()
			goto fraction
		case c == 'j' || c == 'J':
			goto imaginary
		case c == 'x' || c == 'X':
			c = s.nextc()
			if !isXDigit(c) {
				return invalid(c)
			}
			for isXDigit(c) {
				c = s.nextc()
			}
		case c == 'o' || c == 'O':
			c = s.nextc()
			if c < '0' || c >= '8' {
				return invalid(c)
			}
			for c >= '0' && c < '8' {
				c = s.nextc()
			}
		case c == 'b' || c == 'B':
			c = s.nextc()
			if c != '0' && c != '1' {
				return invalid(c)
			}
			for c == '0' || c == '1' {
				c = s.nextc()
			}
		default:
			foundDecimal := false
			for c >= '0' && c < '8' {
				c = s.nextc()
			}
			if isDigit(c) {
				foundDecimal = true
				for isDigit(c) {
					c = s.nextc()
				}
			}
			switch {
			case c == '.':
				c = s.nextc()
				goto fraction
			case c == 'e' || c == 'E':
				goto exponent
			case c == 'j' || c == 'J':
				goto imaginary
			case foundDecimal:
				return invalid(c)
			}
		}
		if c == 'l' || c == 'L' {
			c = s.nextc()
		}
		goto done
	}
	// Decimal.
	for isDigit(c) {
		c = s.nextc()
	}
	if c == 'l' || c == 'L' {
		c = s.nextc()
		goto done
	}
	if c == '.' {
		c = s.nextc()
		goto fraction
	}
	goto exp

fraction:
	for isDigit(c) {
		c = s.nextc()
	}
exp:
	if c == 'e' || c == 'E' {
		goto exponent
	}
	goto imag

exponent:
	{
		e := c
		c = s.nextc()
		if c == '+' || c == '-' {
			c = s.nextc()
			if !isDigit(c) {
				return invalid(c)
			}
		} else if !isDigit(c) {
			s.backup(c)
			s.backup(e)
			return s.tok(NUMBER, start, p), nil
		}
		for isDigit(c) {
			c = s.nextc()
		}
	}
imag:
	if c == 'j' || c == 'J' {
		goto imaginary
	}
	goto done

imaginary:
	c = s.nextc()
done:
	s.backup(c)
	return s.tok(NUMBER, start, p), nil
}

// str scans a string literal whose opening quote q has been read.
func (s *Scanner) str(q, start int, p Pos) (Tok, error) {
	quote2 := s.cur - start + 1
	triple := false
	tripcount := 0
	for {
		c := s.nextc()
		switch {
		case c == '\n':
			if !triple {
				s.backup(c)
				return Tok{}, s.errHere("SyntaxError", "EOL while scanning string literal")
			}
			tripcount = 0
		case c < 0:
			s.cur = s.inp
			if triple {
				return Tok{}, s.errHere("SyntaxError", "EOF while scanning triple-quoted string literal")
			}
			return Tok{}, s.errHere("SyntaxError", "EOL while scanning string literal")
		case c == q:
			tripcount++
			if s.cur-start == quote2 {
				c = s.nextc()
				if c == q {
					triple = true
					tripcount = 0
					continue
				}
				s.backup(c)
			}
			if !triple || tripcount == 3 {
				if s.lineno != p.Line {
					s.joins = append(s.joins, join{s.lineno, s.buf})
				}
				return s.tok(STRING, start, p), nil
			}
		case c == '\\':
			tripcount = 0
			c = s.nextc()
			if c < 0 {
				s.cur = s.inp
				return Tok{}, s.errHere("SyntaxError", "EOL while scanning string literal")
			}
			if !triple {
				// A fast path for the common case: skip ordinary
				// characters up to the next quote, backslash or newline.
				continue
			}
		default:
			tripcount = 0
			if !triple {
				i := s.cur
				for i < s.inp {
					b := s.src[i]
					if int(b) == q || b == '\\' || b == '\n' {
						break
					}
					i++
				}
				s.cur = i
			}
		}
	}
}

func isAlpha(c int) bool  { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c int) bool  { return c >= '0' && c <= '9' }
func isAlnum(c int) bool  { return isAlpha(c) || isDigit(c) }
func isXDigit(c int) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// oneChar is tokenizer.c's PyToken_OneChar; ILLEGAL stands for its OP.
func oneChar(c int) Token {
	switch c {
	case '(':
		return LPAR
	case ')':
		return RPAR
	case '[':
		return LSQB
	case ']':
		return RSQB
	case ':':
		return COLON
	case ',':
		return COMMA
	case ';':
		return SEMI
	case '+':
		return PLUS
	case '-':
		return MINUS
	case '*':
		return STAR
	case '/':
		return SLASH
	case '|':
		return VBAR
	case '&':
		return AMPER
	case '<':
		return LESS
	case '>':
		return GREATER
	case '=':
		return EQUAL
	case '.':
		return DOT
	case '%':
		return PERCENT
	case '`':
		return BACKQUOTE
	case '{':
		return LBRACE
	case '}':
		return RBRACE
	case '^':
		return CIRCUMFLEX
	case '~':
		return TILDE
	case '@':
		return AT
	}
	return ILLEGAL
}

// twoChars is tokenizer.c's PyToken_TwoChars.
func twoChars(c1, c2 int) Token {
	switch c1 {
	case '=':
		if c2 == '=' {
			return EQEQUAL
		}
	case '!':
		if c2 == '=' {
			return NOTEQUAL
		}
	case '<':
		switch c2 {
		case '>':
			return NOTEQUAL
		case '=':
			return LESSEQUAL
		case '<':
			return LEFTSHIFT
		}
	case '>':
		switch c2 {
		case '=':
			return GREATEREQUAL
		case '>':
			return RIGHTSHIFT
		}
	case '+':
		if c2 == '=' {
			return PLUSEQUAL
		}
	case '-':
		if c2 == '=' {
			return MINEQUAL
		}
	case '*':
		switch c2 {
		case '*':
			return DOUBLESTAR
		case '=':
			return STAREQUAL
		}
	case '/':
		switch c2 {
		case '/':
			return DOUBLESLASH
		case '=':
			return SLASHEQUAL
		}
	case '|':
		if c2 == '=' {
			return VBAREQUAL
		}
	case '%':
		if c2 == '=' {
			return PERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return AMPEREQUAL
		}
	case '^':
		if c2 == '=' {
			return CIRCUMFLEXEQUAL
		}
	}
	return ILLEGAL
}

// threeChars is tokenizer.c's PyToken_ThreeChars.
func threeChars(c1, c2, c3 int) Token {
	if c3 != '=' {
		return ILLEGAL
	}
	switch {
	case c1 == '<' && c2 == '<':
		return LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>':
		return RIGHTSHIFTEQUAL
	case c1 == '*' && c2 == '*':
		return DOUBLESTAREQUAL
	case c1 == '/' && c2 == '/':
		return DOUBLESLASHEQUAL
	}
	return ILLEGAL
}
