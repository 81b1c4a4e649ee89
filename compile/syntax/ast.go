package syntax

import "math/big"

// This file defines the abstract syntax tree. It mirrors CPython 2.7's
// Parser/Python.asdl node for node and field for field, so that a dump of
// it can be compared character for character with CPython's ast.dump.
// The Go names are the ASDL names; where ASDL uses one name for a sum type
// and for a constructor (slice/Slice), the sum type gets another name.
//
// Optional identifiers (ImportFrom.Module, Arguments.Vararg,
// Arguments.Kwarg, Alias.Asname) use "" for None: an identifier is never
// empty. Optional expressions and statements use nil.

// Pos is a source position: a 1-based line and a 0-based column offset
// in bytes of the line as CPython counts them (col_offset).
type Pos struct {
	Line int
	Col  int
}

// Position returns p itself; it lets every node embedding Pos satisfy Node.
func (p Pos) Position() Pos { return p }

// Node is implemented by every AST node that carries a position
// (statements, expressions, except handlers).
type Node interface {
	Position() Pos
}

// Tree is the root of a syntax tree (the ASDL type "mod"): Module,
// Interactive, Expression or Suite.
type Tree interface{ tree() }

// Module is the tree of a file (mode "exec").
type Module struct{ Body []Stmt }

// Interactive is the tree of one interactive input (mode "single").
type Interactive struct{ Body []Stmt }

// Expression is the tree of an expression (mode "eval").
type Expression struct{ Body Expr }

// Suite exists in the ASDL but is never produced by the parser.
type Suite struct{ Body []Stmt }

func (*Module) tree()      {}
func (*Interactive) tree() {}
func (*Expression) tree()  {}
func (*Suite) tree()       {}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmt()
}

// Expr is an expression node.
type Expr interface {
	Node
	expr()
}

// Slicing is the ASDL sum type "slice": Ellipsis, Slice, ExtSlice or Index.
type Slicing interface{ slicing() }

// Statements.
type (
	// FunctionDef is "def Name(Args): Body", with decorators.
	FunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
	}
	// ClassDef is "class Name(Bases): Body", with decorators.
	ClassDef struct {
		Pos
		Name          string
		Bases         []Expr
		Body          []Stmt
		DecoratorList []Expr
	}
	// Return is "return [Value]".
	Return struct {
		Pos
		Value Expr // may be nil
	}
	// Delete is "del Targets".
	Delete struct {
		Pos
		Targets []Expr
	}
	// Assign is "Targets[0] = Targets[1] = ... = Value".
	Assign struct {
		Pos
		Targets []Expr
		Value   Expr
	}
	// AugAssign is "Target Op= Value".
	AugAssign struct {
		Pos
		Target Expr
		Op     Operator
		Value  Expr
	}
	// Print is the print statement; Nl is false when it ends with a comma.
	Print struct {
		Pos
		Dest   Expr // may be nil
		Values []Expr
		Nl     bool
	}
	// For is "for Target in Iter: Body else: Orelse".
	For struct {
		Pos
		Target Expr
		Iter   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	// While is "while Test: Body else: Orelse".
	While struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	// If is "if Test: Body else: Orelse" (elif nests an If in Orelse).
	If struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	// With is "with ContextExpr as OptionalVars: Body"; several managers nest.
	With struct {
		Pos
		ContextExpr  Expr
		OptionalVars Expr // may be nil
		Body         []Stmt
	}
	// Raise is "raise [Type[, Inst[, Tback]]]".
	Raise struct {
		Pos
		Type  Expr // may be nil
		Inst  Expr // may be nil
		Tback Expr // may be nil
	}
	// TryExcept is "try: Body except...: ... else: Orelse".
	TryExcept struct {
		Pos
		Body     []Stmt
		Handlers []*ExceptHandler
		Orelse   []Stmt
	}
	// TryFinally is "try: Body finally: Finalbody".
	TryFinally struct {
		Pos
		Body      []Stmt
		Finalbody []Stmt
	}
	// Assert is "assert Test[, Msg]".
	Assert struct {
		Pos
		Test Expr
		Msg  Expr // may be nil
	}
	// Import is "import Names".
	Import struct {
		Pos
		Names []*Alias
	}
	// ImportFrom is "from [dots]Module import Names"; Module is "" for
	// "from . import x"; Level counts the dots.
	ImportFrom struct {
		Pos
		Module string
		Names  []*Alias
		Level  int
	}
	// Exec is "exec Body [in Globals[, Locals]]".
	Exec struct {
		Pos
		Body    Expr
		Globals Expr // may be nil
		Locals  Expr // may be nil
	}
	// Global is "global Names".
	Global struct {
		Pos
		Names []string
	}
	// ExprStmt is an expression statement (ASDL "Expr").
	ExprStmt struct {
		Pos
		Value Expr
	}
	// Pass is "pass".
	Pass struct{ Pos }
	// Break is "break".
	Break struct{ Pos }
	// Continue is "continue".
	Continue struct{ Pos }
)

func (*FunctionDef) stmt() {}
func (*ClassDef) stmt()    {}
func (*Return) stmt()      {}
func (*Delete) stmt()      {}
func (*Assign) stmt()      {}
func (*AugAssign) stmt()   {}
func (*Print) stmt()       {}
func (*For) stmt()         {}
func (*While) stmt()       {}
func (*If) stmt()          {}
func (*With) stmt()        {}
func (*Raise) stmt()       {}
func (*TryExcept) stmt()   {}
func (*TryFinally) stmt()  {}
func (*Assert) stmt()      {}
func (*Import) stmt()      {}
func (*ImportFrom) stmt()  {}
func (*Exec) stmt()        {}
func (*Global) stmt()      {}
func (*ExprStmt) stmt()    {}
func (*Pass) stmt()        {}
func (*Break) stmt()       {}
func (*Continue) stmt()    {}

// Expressions.
type (
	// BoolOp is "Values[0] and Values[1] and ..." (or "or").
	BoolOp struct {
		Pos
		Op     BoolOperator
		Values []Expr
	}
	// BinOp is "Left Op Right".
	BinOp struct {
		Pos
		Left  Expr
		Op    Operator
		Right Expr
	}
	// UnaryOp is "Op Operand".
	UnaryOp struct {
		Pos
		Op      UnaryOperator
		Operand Expr
	}
	// Lambda is "lambda Args: Body".
	Lambda struct {
		Pos
		Args *Arguments
		Body Expr
	}
	// IfExp is "Body if Test else Orelse".
	IfExp struct {
		Pos
		Test   Expr
		Body   Expr
		Orelse Expr
	}
	// Dict is "{Keys[0]: Values[0], ...}".
	Dict struct {
		Pos
		Keys   []Expr
		Values []Expr
	}
	// Set is "{Elts[0], ...}".
	Set struct {
		Pos
		Elts []Expr
	}
	// ListComp is "[Elt for ... in ... if ...]".
	ListComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	// SetComp is "{Elt for ...}".
	SetComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	// DictComp is "{Key: Value for ...}".
	DictComp struct {
		Pos
		Key        Expr
		Value      Expr
		Generators []*Comprehension
	}
	// GeneratorExp is "(Elt for ...)".
	GeneratorExp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	// Yield is "yield [Value]".
	Yield struct {
		Pos
		Value Expr // may be nil
	}
	// Compare is "Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...".
	Compare struct {
		Pos
		Left        Expr
		Ops         []CmpOp
		Comparators []Expr
	}
	// Call is "Func(Args, Keywords, *Starargs, **Kwargs)".
	Call struct {
		Pos
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
		Starargs Expr // may be nil
		Kwargs   Expr // may be nil
	}
	// Repr is "`Value`".
	Repr struct {
		Pos
		Value Expr
	}
	// Num is a numeric literal. N is int64 (Python int), *big.Int (Python
	// long), float64 (float) or complex128 (complex).
	Num struct {
		Pos
		N Number
	}
	// Str is a string literal: a str (bytes in S) or, when Unicode is
	// true, a unicode whose code points are in U.
	Str struct {
		Pos
		S       string
		U       []rune
		Unicode bool
	}
	// Attribute is "Value.Attr".
	Attribute struct {
		Pos
		Value Expr
		Attr  string
		Ctx   ExprContext
	}
	// Subscript is "Value[Slice]".
	Subscript struct {
		Pos
		Value Expr
		Slice Slicing
		Ctx   ExprContext
	}
	// Name is an identifier.
	Name struct {
		Pos
		Id  string
		Ctx ExprContext
	}
	// List is "[Elts...]".
	List struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}
	// Tuple is "Elts[0], Elts[1], ...".
	Tuple struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}
)

func (*BoolOp) expr()       {}
func (*BinOp) expr()        {}
func (*UnaryOp) expr()      {}
func (*Lambda) expr()       {}
func (*IfExp) expr()        {}
func (*Dict) expr()         {}
func (*Set) expr()          {}
func (*ListComp) expr()     {}
func (*SetComp) expr()      {}
func (*DictComp) expr()     {}
func (*GeneratorExp) expr() {}
func (*Yield) expr()        {}
func (*Compare) expr()      {}
func (*Call) expr()         {}
func (*Repr) expr()         {}
func (*Num) expr()          {}
func (*Str) expr()          {}
func (*Attribute) expr()    {}
func (*Subscript) expr()    {}
func (*Name) expr()         {}
func (*List) expr()         {}
func (*Tuple) expr()        {}

// Number is the value of a Num: int64, *big.Int, float64 or complex128.
type Number interface{}

var _ Number = (*big.Int)(nil)

// Slices (the ASDL type "slice").
type (
	// Ellipsis is "..." in a subscript.
	Ellipsis struct{}
	// Slice is "Lower:Upper:Step"; each part may be nil.
	Slice struct {
		Lower, Upper, Step Expr
	}
	// ExtSlice is a subscript with several dimensions, one of them a slice.
	ExtSlice struct {
		Dims []Slicing
	}
	// Index is a plain subscript expression.
	Index struct {
		Value Expr
	}
)

func (*Ellipsis) slicing() {}
func (*Slice) slicing()    {}
func (*ExtSlice) slicing() {}
func (*Index) slicing()    {}

// Comprehension is one "for Target in Iter if Ifs..." clause.
type Comprehension struct {
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ExceptHandler is "except Type, Name: Body" (or "except Type as Name").
type ExceptHandler struct {
	Pos
	Type Expr // may be nil
	Name Expr // may be nil
	Body []Stmt
}

// Arguments are the parameters of a def or lambda. Args holds Name nodes
// (ctx Param) and, for tuple parameters, Tuple nodes (ctx Store).
type Arguments struct {
	Args     []Expr
	Vararg   string // "" for None
	Kwarg    string // "" for None
	Defaults []Expr
}

// Keyword is "Arg=Value" in a call.
type Keyword struct {
	Arg   string
	Value Expr
}

// Alias is "Name as Asname" in an import.
type Alias struct {
	Name   string
	Asname string // "" for None
}

// ExprContext says how an expression is used.
type ExprContext uint8

// The expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
	AugLoad
	AugStore
	Param
)

var exprContextNames = [...]string{"Load", "Store", "Del", "AugLoad", "AugStore", "Param"}

func (c ExprContext) String() string { return exprContextNames[c] }

// BoolOperator is "and" or "or".
type BoolOperator uint8

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

func (o BoolOperator) String() string { return [...]string{"And", "Or"}[o] }

// Operator is a binary operator (ASDL "operator").
type Operator uint8

// The binary operators.
const (
	Add Operator = iota
	Sub
	Mult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

func (o Operator) String() string { return operatorNames[o] }

// UnaryOperator is a unary operator (ASDL "unaryop").
type UnaryOperator uint8

// The unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

func (o UnaryOperator) String() string { return [...]string{"Invert", "Not", "UAdd", "USub"}[o] }

// CmpOp is a comparison operator.
type CmpOp uint8

// The comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpOpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

func (o CmpOp) String() string { return cmpOpNames[o] }
