package syntax

import (
	"fmt"
	"runtime"
	"strings"
)

// This file is the parser's core: the API, the token stream as CPython's
// parser sees it (parsetok.c), keywords, and error reporting. The grammar
// itself is in parser_stmt.go, parser_expr.go and parser_args.go.
//
// The parser is a hand-written recursive-descent parser for CPython 2.7's
// Grammar/Grammar, which is LL(1): every decision looks at the current
// token only, and a token that cannot continue the input read so far is
// reported at once, as pgen's parser does. It builds the syntax tree
// directly, making every check CPython's Python/ast.c makes while it
// turns the concrete tree into the abstract one, with ast.c's messages,
// positions and node positions. CPython runs ast.c only once the whole
// input has parsed, so a syntax error anywhere wins over any ast.c error;
// the parser therefore records the first ast.c error (in the order ast.c
// would find it) and reports it only when the input has parsed.

// Mode is what Parse reads: a module, an expression or one interactive input.
type Mode int

// The parse modes, as compile()'s "exec", "eval" and "single".
const (
	ModeExec Mode = iota
	ModeEval
	ModeSingle
)

// Flags are the future features in force, with CPython's CO_FUTURE_* values.
type Flags uint32

// The future flags that matter to the front end.
const (
	FlagDivision        Flags = 0x2000
	FlagAbsoluteImport  Flags = 0x4000
	FlagWithStatement   Flags = 0x8000
	FlagPrintFunction   Flags = 0x10000
	FlagUnicodeLiterals Flags = 0x20000
)

// Parse parses src and returns its tree: *Module, *Expression or
// *Interactive according to mode. flags are features already in force
// (inherited by compile() or exec). Parse reads src as CPython 2.7's
// compile() reads a source string (see NewScanner).
//
// Errors are *Error, as CPython reports them: a SyntaxError or an
// IndentationError (or TabError) from the tokenizer or the parser, with
// line, offset and text; a SyntaxError from the checks of ast.c, with a
// line and the text of that line but no offset; a ValueError, with no
// line, for a bad \x escape in a str literal; a MemoryError where
// CPython's parser stack would overflow (nesting too deep). A SystemError
// would be a bug of the parser.
func Parse(filename string, src []byte, mode Mode, flags Flags) (Tree, error) {
	return parseWith(filename, src, mode, flags, false)
}

// ParseFile is Parse for a source file that is run or imported: it reads
// src as CPython 2.7 reads a file (see NewFileScanner), which differs from
// compile() in its treatment of the end of input and of non-ASCII bytes
// without a declared encoding. Its tree is a *Module.
func ParseFile(filename string, src []byte, flags Flags) (*Module, error) {
	t, err := parseWith(filename, src, ModeExec, flags, true)
	if err != nil {
		return nil, err
	}
	return t.(*Module), nil
}

func parseWith(filename string, src []byte, mode Mode, flags Flags, file bool) (Tree, error) {
	t, err, again := parseOnce(filename, src, mode, flags, file)
	if again {
		// "from __future__ import unicode_literals" turned the feature on
		// after string literals were read. CPython's ast.c applies it to
		// every literal of the input, so parse once more with it on.
		t, err, _ = parseOnce(filename, src, mode, flags|FlagUnicodeLiterals, file)
	}
	return t, err
}

// bailout is what the parser panics with to abandon a parse; parseOnce
// recovers it.
type bailout struct{}

func parseOnce(filename string, src []byte, mode Mode, flags Flags, file bool) (tree Tree, err error, again bool) {
	var sc *Scanner
	switch {
	case file:
		sc, err = NewFileScanner(filename, src)
	case mode == ModeEval || mode == ModeSingle:
		// compile() adds no final newline to "eval" and "single" input.
		sc, err = newScanner(filename, src, readInput)
	default:
		sc, err = NewScanner(filename, src)
	}
	if err != nil {
		return nil, err, false
	}
	p := &parser{
		sc:              sc,
		src:             src,
		filename:        filename,
		encoding:        sc.Encoding(),
		printFunction:   flags&FlagPrintFunction != 0,
		unicodeLiterals: flags&FlagUnicodeLiterals != 0,
		depth:           1, // the start symbol, as PyParser_New pushes it
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				// A bug: report it rather than crash the caller.
				buf := make([]byte, 4096)
				buf = buf[:runtime.Stack(buf, false)]
				p.err = &Error{Kind: "SystemError", Filename: filename,
					Msg: fmt.Sprintf("internal parser error: %v\n%s", r, buf)}
			}
			tree, err, again = nil, p.err, false
		}
	}()
	p.next()
	switch mode {
	case ModeEval:
		tree = p.evalInput()
	case ModeSingle:
		tree = p.singleInput()
	default:
		tree = p.fileInput()
	}
	if p.hackUnicode && p.sawString {
		return nil, nil, true
	}
	if p.astErr != nil {
		return nil, p.finishAstErr(p.astErr), false
	}
	return tree, nil, false
}

// parser is the state of one parse.
type parser struct {
	sc       *Scanner
	src      []byte // the source as given
	filename string
	encoding string // the declared encoding, for DecodeString

	tok Tok     // the current token
	kw  keyword // what the current token is if it is a keyword, else kwNone
	pos Pos     // the position CPython gives a node starting with tok

	printFunction   bool // "print" is a name, not a keyword
	unicodeLiterals bool // string literals are unicode
	hackUnicode     bool // a future import turned unicodeLiterals on
	sawString       bool // a literal was decoded with unicodeLiterals off

	// parsetok.c's handling of the end of input: the first ENDMARKER
	// after any other token becomes a NEWLINE, followed by a DEDENT for
	// each indentation level still open.
	started bool
	pending int  // DEDENTs still to give after such a NEWLINE
	indents int  // INDENTs given minus DEDENTs given
	eof     bool // the scanner has returned EOF (eofTok)
	synth   bool // tok was made up by the parser at the end of input
	eofTok  Tok

	// depth emulates the size of pgen's parser stack, which holds one
	// entry for each grammar rule being parsed; CPython fails with a
	// MemoryError when it would exceed maxStack.
	depth int

	err    *Error // the error that ended the parse
	astErr *Error // the first error ast.c would report

	// Slabs for the most common nodes: allocating them in blocks
	// saves much of the allocator's and the collector's time.
	names slab[Name]
	attrs slab[Attribute]
	calls slab[Call]
	nums  slab[Num]
}

// slab hands out pointers to Ts allocated in blocks that grow with use.
type slab[T any] struct{ buf []T }

// new returns a pointer to a zero T.
func (s *slab[T]) new() *T {
	if len(s.buf) == cap(s.buf) {
		n := 2 * cap(s.buf)
		if n < 16 {
			n = 16
		} else if n > 512 {
			n = 512
		}
		s.buf = make([]T, 0, n)
	}
	s.buf = s.buf[:len(s.buf)+1]
	return &s.buf[len(s.buf)-1]
}

// maxStack is Parser/parser.h's MAXSTACK.
const maxStack = 1500

// keyword identifies a keyword of the grammar.
type keyword uint8

// The keywords of Python 2.7's grammar.
const (
	kwNone keyword = iota
	kwAnd
	kwAs
	kwAssert
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwExec
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNot
	kwOr
	kwPass
	kwPrint
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
)

// lookupKeyword returns the keyword s is, or kwNone.
func lookupKeyword(s string) keyword {
	switch len(s) {
	case 2:
		switch s {
		case "as":
			return kwAs
		case "if":
			return kwIf
		case "in":
			return kwIn
		case "is":
			return kwIs
		case "or":
			return kwOr
		}
	case 3:
		switch s {
		case "and":
			return kwAnd
		case "def":
			return kwDef
		case "del":
			return kwDel
		case "for":
			return kwFor
		case "not":
			return kwNot
		case "try":
			return kwTry
		}
	case 4:
		switch s {
		case "elif":
			return kwElif
		case "else":
			return kwElse
		case "exec":
			return kwExec
		case "from":
			return kwFrom
		case "pass":
			return kwPass
		case "with":
			return kwWith
		}
	case 5:
		switch s {
		case "break":
			return kwBreak
		case "class":
			return kwClass
		case "print":
			return kwPrint
		case "raise":
			return kwRaise
		case "while":
			return kwWhile
		case "yield":
			return kwYield
		}
	case 6:
		switch s {
		case "assert":
			return kwAssert
		case "except":
			return kwExcept
		case "global":
			return kwGlobal
		case "import":
			return kwImport
		case "lambda":
			return kwLambda
		case "return":
			return kwReturn
		}
	case 7:
		if s == "finally" {
			return kwFinally
		}
	case 8:
		if s == "continue" {
			return kwContinue
		}
	}
	return kwNone
}

// next makes the next token current, as parsetok.c hands tokens to the
// parser.
func (p *parser) next() {
	p.synth = false
	var t Tok
	switch {
	case p.pending > 0:
		p.pending--
		t = Tok{Kind: DEDENT, Pos: p.eofTok.Pos, End: p.eofTok.End}
		p.synth = true
	case p.eof:
		t = p.eofTok
	default:
		var err error
		t, err = p.sc.Scan()
		if err != nil {
			if e, ok := err.(*Error); ok {
				p.err = e
			} else {
				p.err = &Error{Kind: "SyntaxError", Msg: err.Error(), Filename: p.filename}
			}
			panic(bailout{})
		}
		switch t.Kind {
		case EOF:
			p.eof = true
			p.eofTok = t
		case INDENT:
			p.indents++
		case DEDENT:
			p.indents--
		}
	}
	if t.Kind == EOF && p.started {
		// parsetok.c: "Add an extra newline", and the dedents that go
		// with it unless the tokenizer has given them already.
		t.Kind = NEWLINE
		p.synth = true
		p.started = false
		p.pending = p.indents
		p.indents = 0
	} else {
		p.started = true
	}
	p.tok = t
	p.kw = kwNone
	if t.Kind == NAME {
		p.kw = lookupKeyword(t.Lit)
		if p.kw == kwPrint && p.printFunction {
			p.kw = kwNone
		}
	}
	p.pos = t.Pos
	if t.Pos.Line != t.End.Line {
		p.pos = Pos{Line: t.End.Line, Col: -1}
	}
}

// syntaxError abandons the parse with the error CPython's parser reports
// for the current token: "invalid syntax", or an IndentationError for an
// INDENT or DEDENT where none can be.
func (p *parser) syntaxError() {
	kind, msg := "SyntaxError", "invalid syntax"
	switch p.tok.Kind {
	case INDENT:
		kind, msg = "IndentationError", "unexpected indent"
	case DEDENT:
		kind, msg = "IndentationError", "unexpected unindent"
	}
	p.fail(kind, msg)
}

// fail abandons the parse with an error of the given kind located at the
// current token.
func (p *parser) fail(kind, msg string) {
	t := p.tok
	if p.synth {
		// A token parsetok.c made up at the end of input: the tokenizer
		// is where it was when it gave EOF.
		t = p.eofTok
	}
	p.err = p.sc.ErrorAt(t, kind, msg)
	panic(bailout{})
}

// memoryError abandons the parse as CPython does when its parser stack
// overflows: with a MemoryError that has no message and no location.
func (p *parser) memoryError() {
	p.err = &Error{Kind: "MemoryError", Filename: p.filename, Line: p.tok.Pos.Line, NoLocation: true}
	panic(bailout{})
}

// push accounts for n grammar rules pgen's parser would push now.
func (p *parser) push(n int) {
	p.depth += n
	if p.depth > maxStack {
		p.memoryError()
	}
}

// expect consumes a token of kind k or reports a syntax error.
func (p *parser) expect(k Token) {
	if p.tok.Kind != k {
		p.syntaxError()
	}
	p.next()
}

// expectKw consumes keyword kw or reports a syntax error.
func (p *parser) expectKw(kw keyword) {
	if p.kw != kw {
		p.syntaxError()
	}
	p.next()
}

// name consumes a NAME that is not a keyword and returns it.
func (p *parser) name() string {
	if p.tok.Kind != NAME || p.kw != kwNone {
		p.syntaxError()
	}
	s := p.tok.Lit
	p.next()
	return s
}

// isName reports whether the current token is a NAME that is not a keyword.
func (p *parser) isName() bool { return p.tok.Kind == NAME && p.kw == kwNone }

// astError records an error ast.c reports at line, unless one is recorded.
func (p *parser) astError(line int, msg string) {
	if p.astErr == nil {
		p.astErr = &Error{Kind: "SyntaxError", Msg: msg, Line: line}
	}
}

// takeErr returns the recorded ast.c error and forgets it. With it the
// parser checks parts of the input in its order and puts their errors in
// ast.c's: see firstErr.
func (p *parser) takeErr() *Error {
	e := p.astErr
	p.astErr = nil
	return e
}

// firstErr returns the first of its arguments that is not nil.
func firstErr(a, b, c *Error) *Error {
	if a != nil {
		return a
	}
	if b != nil {
		return b
	}
	return c
}

// finishAstErr completes an ast.c error as ast_error_finish does: the
// file name and, as text, the line as PyErr_ProgramText reads it from the
// file; no offset.
func (p *parser) finishAstErr(e *Error) *Error {
	e.Filename = p.filename
	if e.Text == "" && e.Line > 0 {
		e.Text = ProgramText(p.src, e.Line)
	}
	return e
}

// ProgramText returns line n (1-based) of src as CPython's
// PyErr_ProgramText reads it from the source file: with universal
// newlines, in pieces of at most 999 bytes of which it keeps the last, up
// to a NUL byte, without its leading blanks. It is "" if src has fewer
// lines. It is the text of the errors ast.c, symtable.c and compile.c
// report (their offset is None).
func ProgramText(src []byte, n int) string {
	i := 0
	for line := 1; line < n; line++ {
		for i < len(src) && src[i] != '\n' && src[i] != '\r' {
			i++
		}
		if i == len(src) {
			return ""
		}
		if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
		i++
	}
	if i == len(src) {
		return ""
	}
	j := i
	for j < len(src) && src[j] != '\n' && src[j] != '\r' {
		j++
	}
	text := string(src[i:j])
	if j < len(src) {
		text += "\n"
	}
	if len(text) > 999 {
		text = text[(len(text)-1)/999*999:]
	}
	if k := strings.IndexByte(text, 0); k >= 0 {
		text = text[:k]
	}
	return strings.TrimLeft(text, " \t\f")
}

// forbidden records ast.c's error for assigning to None or __debug__.
func (p *parser) forbidden(name string, line int) {
	switch name {
	case "None":
		p.astError(line, "cannot assign to None")
	case "__debug__":
		p.astError(line, "cannot assign to __debug__")
	}
}

// fileInput parses file_input: (NEWLINE | stmt)* ENDMARKER.
func (p *parser) fileInput() *Module {
	var body []Stmt
	for p.tok.Kind != EOF {
		if p.tok.Kind == NEWLINE {
			p.next()
			continue
		}
		body = p.stmt(body)
	}
	return &Module{Body: body}
}

// evalInput parses eval_input: testlist NEWLINE* ENDMARKER.
func (p *parser) evalInput() *Expression {
	e := p.testlist()
	for p.tok.Kind == NEWLINE {
		p.next()
	}
	if p.tok.Kind != EOF {
		p.syntaxError()
	}
	return &Expression{Body: e}
}

// singleInput parses single_input: NEWLINE | simple_stmt | compound_stmt
// NEWLINE. CPython's parser stops at the NEWLINE that completes it and
// reads no further.
func (p *parser) singleInput() *Interactive {
	if p.tok.Kind == NEWLINE {
		// ast.c gives the Pass the position of the single_input node,
		// which no token sets.
		return &Interactive{Body: []Stmt{&Pass{}}}
	}
	var body []Stmt
	if p.compoundStart() {
		body = append(body, p.compoundStmt())
		if p.tok.Kind != NEWLINE {
			p.syntaxError()
		}
	} else {
		body = p.simpleStmt(body, true)
	}
	return &Interactive{Body: body}
}
