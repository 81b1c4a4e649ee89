package compile

import (
	"sort"

	"github.com/pystm/pystm/compile/syntax"
)

// CodeFlags are a code object's co_flags, with CPython 2.7's values
// (inspect and other library code test them).
type CodeFlags uint32

// The code flags.
const (
	CodeOptimized      CodeFlags = 0x0001 // locals are fast slots (no exec or import * in a function)
	CodeNewLocals      CodeFlags = 0x0002 // a frame gets a fresh locals dict (every non-module code)
	CodeVarargs        CodeFlags = 0x0004 // has *args
	CodeVarkeywords    CodeFlags = 0x0008 // has **kwargs
	CodeNested         CodeFlags = 0x0010 // a function nested in a function
	CodeGenerator      CodeFlags = 0x0020 // calling it makes a generator
	CodeNoFree         CodeFlags = 0x0040 // no cell or free variables
	CodeFutureDivision           = CodeFlags(syntax.FlagDivision)

	CodeFutureAbsoluteImport  = CodeFlags(syntax.FlagAbsoluteImport)
	CodeFutureWithStatement   = CodeFlags(syntax.FlagWithStatement)
	CodeFuturePrintFunction   = CodeFlags(syntax.FlagPrintFunction)
	CodeFutureUnicodeLiterals = CodeFlags(syntax.FlagUnicodeLiterals)

	// futureMask is the set of future flags a code object inherits.
	futureMask = CodeFutureDivision | CodeFutureAbsoluteImport | CodeFutureWithStatement |
		CodeFuturePrintFunction | CodeFutureUnicodeLiterals
)

// Code is a compiled code object: a module, class body, function,
// lambda, generator expression or set/dict comprehension.
//
// A frame for it has NLocals fast-local slots (Varnames), then one cell
// per Cellvars entry, then the cells received from the enclosing
// function, one per Freevars entry. LOAD_DEREF, STORE_DEREF and
// LOAD_CLOSURE index that cells-then-frees sequence.
type Code struct {
	Name      string // co_name: function name, "<module>", "<lambda>", "<genexpr>", ...
	Filename  string
	FirstLine int // line of the def/class (its first decorator), lambda, or 1 for a module
	Flags     CodeFlags

	ArgCount  int // positional parameters (tuple parameters count as one)
	NLocals   int // len(Varnames)
	StackSize int // the most value-stack slots any path needs (exception handlers included)

	Code     []Instr  // the instructions
	Consts   []any    // constants: see Const
	Names    []string // global, attribute and imported names
	Varnames []string // parameters first (see below), then the other locals
	Cellvars []string // locals captured by nested functions
	Freevars []string // variables captured from enclosing functions

	// Cell2Arg has one entry per Cellvars name: the index of the
	// parameter slot whose value initializes the cell when the frame is
	// made, or -1 if the cell starts empty. It is nil when no cell is a
	// parameter.
	Cell2Arg []int

	// Lines maps instructions to source lines: each entry gives the line
	// of the instructions from its PC up to the next entry's PC.
	Lines []LineStart

	// Handlers is the exception table, sorted by Start, with no two
	// entries overlapping.
	Handlers []Handler

	// Warnings are the SyntaxWarnings issued while compiling (on the
	// top-level code object only), each a *syntax.Error of Kind
	// "SyntaxWarning", in the order CPython would issue them.
	Warnings []*syntax.Error
}

// Parameters are laid out in Varnames as CPython 2.7 does: the ArgCount
// positional parameters (a tuple parameter in position i is named ".i"),
// then *args if CodeVarargs, then **kwargs if CodeVarkeywords, then the
// names bound by unpacking tuple parameters. A function's first
// constant (Consts[0]) is its docstring, or None; a lambda's is None.

// Const is the type of a constant: one of
//
//	None, Ellipsis       the singletons (types NoneType, EllipsisType)
//	int64                a Python int
//	*big.Int             a Python long (never normalized to int)
//	float64              a Python float
//	complex128           a Python complex
//	string               a Python str (bytes)
//	Unicode              a Python unicode
//	Tuple                a tuple of constants
//	*Code                a code object (for MAKE_FUNCTION and MAKE_CLOSURE)
type Const = any

// NoneType is the type of None.
type NoneType struct{}

// EllipsisType is the type of Ellipsis.
type EllipsisType struct{}

// None and Ellipsis are the constants of those names.
var (
	None     = NoneType{}
	Ellipsis = EllipsisType{}
)

// Unicode is a unicode constant: its code points (surrogates included).
type Unicode []rune

// Tuple is a tuple constant.
type Tuple []Const

// LineStart is an entry of the line table: instructions from PC on are
// on line Line.
type LineStart struct {
	PC   int32
	Line int32
}

// HandlerKind says how an exception enters a handler.
type HandlerKind uint8

// The handler kinds. For each the evaluator pushes the exception as
// [tb val exc] (exc on top; tb is None when there is none) and jumps to
// the handler; they differ in what it does to the exception first.
const (
	// HandlerExcept is an except clause: the exception is normalized
	// (val made an instance of exc) and becomes the frame's current
	// exception (sys.exc_info()), as CPython's set_exc_info.
	HandlerExcept HandlerKind = iota
	// HandlerFinally is a finally clause: the exception is pushed raw
	// and sys.exc_info() is unchanged.
	HandlerFinally
	// HandlerWith is a with statement's __exit__ call: normalized and
	// made current, as HandlerExcept.
	HandlerWith
)

func (k HandlerKind) String() string {
	switch k {
	case HandlerExcept:
		return "except"
	case HandlerFinally:
		return "finally"
	case HandlerWith:
		return "with"
	}
	return "?"
}

// Handler is an entry of the exception table: an exception raised by an
// instruction with Start <= pc < End is handled by unwinding the value
// stack to Depth items, pushing [tb val exc] and jumping to Target. An
// exception raised outside every entry leaves the frame.
type Handler struct {
	Start, End int32
	Target     int32
	Depth      int32
	Kind       HandlerKind
}

// Line returns the source line of the instruction at pc, or 0 if the
// table has no line for it.
func (c *Code) Line(pc int) int {
	lines := c.Lines
	i := sort.Search(len(lines), func(i int) bool { return int(lines[i].PC) > pc })
	if i == 0 {
		return 0
	}
	return int(lines[i-1].Line)
}

// HandlerAt returns the exception table entry covering pc, or nil.
func (c *Code) HandlerAt(pc int) *Handler {
	hs := c.Handlers
	i := sort.Search(len(hs), func(i int) bool { return int(hs[i].End) > pc })
	if i < len(hs) && int(hs[i].Start) <= pc {
		return &hs[i]
	}
	return nil
}

// FlagOptimize is a compile flag, not a code flag: with it (python -O),
// assert statements compile to nothing.
const FlagOptimize syntax.Flags = 1 << 28
