package compile

import "fmt"

// Opcode is an instruction's operation: the low byte of an Instr.
type Opcode uint8

// Instr is one instruction word: the opcode in the low 8 bits and its
// argument in the high 24 bits. Every instruction has an argument field;
// operations that take none leave it 0. An argument of 1<<24 or more is
// spread over EXTENDED_ARG prefixes: each prefix carries 24 more high
// bits, so the argument of the instruction that follows is
// (prefix.Arg() << 24) | instr.Arg(). The compiler only emits a prefix
// when an argument does not fit, which a real program never needs.
type Instr uint32

// Op returns the instruction's opcode.
func (i Instr) Op() Opcode { return Opcode(i) }

// Arg returns the instruction's 24-bit argument.
func (i Instr) Arg() int { return int(i >> 8) }

// MakeInstr builds an instruction word; arg must be below 1<<24.
func MakeInstr(op Opcode, arg int) Instr { return Instr(op) | Instr(arg)<<8 }

// MaxArg is the largest argument one instruction word holds.
const MaxArg = 1<<24 - 1

// The instruction set. The stack effect of each operation is written
// as [before] -> [after], the top of the stack on the right. The
// semantics are CPython 2.7's (see the CPython dis documentation for the
// opcodes of the same name) except where a comment says otherwise. The
// package documentation describes the parts that differ by design:
// exception handling, with, loops and method calls.
const (
	NOP Opcode = iota // no operation

	// Stack manipulation.
	POP_TOP   // [x] -> []
	ROT_TWO   // [a b] -> [b a]
	ROT_THREE // [a b c] -> [c a b]
	ROT_FOUR  // [a b c d] -> [d a b c]
	DUP_TOP   // [x] -> [x x]
	DUP_TOPX  // arg n (1..5): duplicate the top n items, keeping their order

	// Unary operations: [x] -> [op x].
	UNARY_POSITIVE
	UNARY_NEGATIVE
	UNARY_NOT
	UNARY_CONVERT // `x`, i.e. repr(x)
	UNARY_INVERT

	// Binary operations: [a b] -> [a op b].
	BINARY_POWER
	BINARY_MULTIPLY
	BINARY_DIVIDE // classic division (no "from __future__ import division")
	BINARY_MODULO
	BINARY_ADD
	BINARY_SUBTRACT
	BINARY_SUBSCR // a[b]
	BINARY_FLOOR_DIVIDE
	BINARY_TRUE_DIVIDE // "/" under "from __future__ import division"
	BINARY_LSHIFT
	BINARY_RSHIFT
	BINARY_AND
	BINARY_XOR
	BINARY_OR

	// In-place operations (augmented assignment): [a b] -> [a op= b].
	INPLACE_POWER
	INPLACE_MULTIPLY
	INPLACE_DIVIDE
	INPLACE_MODULO
	INPLACE_ADD
	INPLACE_SUBTRACT
	INPLACE_FLOOR_DIVIDE
	INPLACE_TRUE_DIVIDE
	INPLACE_LSHIFT
	INPLACE_RSHIFT
	INPLACE_AND
	INPLACE_XOR
	INPLACE_OR

	// Simple slices (CPython's SLICE+n, STORE_SLICE+n, DELETE_SLICE+n):
	// the argument says which bounds are on the stack: bit 0 the lower,
	// bit 1 the upper. With arg 3:
	SLICE        // [x lo hi] -> [x[lo:hi]]
	STORE_SLICE  // [v x lo hi] -> []        x[lo:hi] = v
	DELETE_SLICE // [x lo hi] -> []          del x[lo:hi]
	BUILD_SLICE  // arg 2: [lo hi] -> [slice]; arg 3: [lo hi step] -> [slice]

	STORE_SUBSCR  // [v x k] -> []   x[k] = v
	DELETE_SUBSCR // [x k] -> []     del x[k]

	// The print statement, with the softspace protocol of CPython 2.7.
	PRINT_EXPR       // [x] -> []  interactive mode: print repr(x) via sys.displayhook
	PRINT_ITEM       // [x] -> []  print x to sys.stdout
	PRINT_ITEM_TO    // [f x] -> [f]  print x to f (DIFFERS: CPython pops f too)
	PRINT_NEWLINE    // [] -> []  newline to sys.stdout
	PRINT_NEWLINE_TO // [f] -> []  newline to f

	// Names. The argument indexes Code.Consts, Code.Names,
	// Code.Varnames, or cells+frees (Cellvars then Freevars).
	LOAD_CONST    // [] -> [Consts[arg]]
	LOAD_NAME     // [] -> [v]  locals, then globals, then builtins
	STORE_NAME    // [v] -> []
	DELETE_NAME   // [] -> []
	LOAD_GLOBAL   // [] -> [v]  globals, then builtins
	STORE_GLOBAL  // [v] -> []
	DELETE_GLOBAL // [] -> []
	LOAD_FAST     // [] -> [v]  local slot arg
	STORE_FAST    // [v] -> []
	DELETE_FAST   // [] -> []
	LOAD_DEREF    // [] -> [v]  contents of cell arg
	STORE_DEREF   // [v] -> []
	LOAD_CLOSURE  // [] -> [cell]  the cell object itself
	LOAD_ATTR     // [x] -> [x.name]
	STORE_ATTR    // [v x] -> []   x.name = v
	DELETE_ATTR   // [x] -> []
	LOAD_LOCALS   // [] -> [locals dict]  (end of a class body)

	// Building containers.
	BUILD_TUPLE     // arg n: [x1..xn] -> [(x1..xn)]
	BUILD_LIST      // arg n: [x1..xn] -> [[x1..xn]]
	BUILD_SET       // arg n: [x1..xn] -> [{x1..xn}]
	BUILD_MAP       // arg n (a size hint): [] -> [{}]
	STORE_MAP       // [d v k] -> [d]   d[k] = v
	LIST_APPEND     // arg n: [l ...(n-1 items) x] -> [l ...]   l.append(x); l is n below x
	SET_ADD         // arg n: like LIST_APPEND for a set
	MAP_ADD         // arg n: [d ...(n-1 items) v k] -> [d ...]   d[k] = v
	UNPACK_SEQUENCE // arg n: [s] -> [sn .. s1]   s1 on top

	COMPARE_OP // arg a CmpOp: [a b] -> [a op b]

	// Jumps. The argument is an absolute instruction index (the index
	// of the target's first word, its EXTENDED_ARG prefix if it has one).
	JUMP                 // [] -> []
	POP_JUMP_IF_FALSE    // [x] -> []  jump if not x
	POP_JUMP_IF_TRUE     // [x] -> []  jump if x
	JUMP_IF_FALSE_OR_POP // [x] -> [x] and jump if not x, else [] and go on
	JUMP_IF_TRUE_OR_POP  // [x] -> [x] and jump if x, else [] and go on

	GET_ITER // [x] -> [iter(x)]
	FOR_ITER // [it] -> [it next(it)]; when it is exhausted: [] and jump

	// Calls. The argument of the CALL_ ops is npos | nkw<<8: npos
	// positional arguments, then nkw (name, value) pairs whose names are
	// str constants.
	CALL_FUNCTION        // [f a1..an k1 v1..km vm] -> [result]
	CALL_FUNCTION_VAR    // [f args.. *seq] -> [result]
	CALL_FUNCTION_KW     // [f args.. **map] -> [result]
	CALL_FUNCTION_VAR_KW // [f args.. *seq **map] -> [result]
	LOAD_METHOD          // [x] -> [m self] or [attr NULL]; see the package doc
	CALL_METHOD          // arg as CALL_FUNCTION: [m self/NULL args..] -> [result]
	MAKE_FUNCTION        // arg n: [d1..dn code] -> [function]   n defaults
	MAKE_CLOSURE         // arg n: [d1..dn cells code] -> [function]   cells a tuple
	BUILD_CLASS          // [name bases dict] -> [class]

	RETURN_VALUE // [x] -> (return x); whatever else is on the stack is dropped
	YIELD_VALUE  // [x] -> [sent]  suspend the generator, yielding x

	// Exceptions. See the package doc for the exception table.
	RAISE_VARARGS // arg 0..3: [type inst tback] -> (raise)
	RERAISE       // [tb val exc] -> (re-raise exc, val, tb: no new traceback entry)

	// The with statement. See the package doc.
	SETUP_WITH  // [mgr] -> [exit enter()]   exit is mgr's bound __exit__
	WITH_EXIT   // [exit] -> []   exit(None, None, None), result dropped
	WITH_EXCEPT // [exit tb val exc] -> []   if exit(exc, val, tb) is true; else re-raise

	// Imports.
	IMPORT_NAME // [level fromlist] -> [module]   __import__(Names[arg], ...)
	IMPORT_FROM // [m] -> [m m.name]   ImportError if absent
	IMPORT_STAR // [m] -> []   bind all public names of m in locals

	EXEC_STMT // [code globals locals] -> []   the exec statement

	EXTENDED_ARG // prefix: arg carries the high bits of the next argument

	numOpcodes
)

// CmpOp is the argument of COMPARE_OP (CPython's PyCmp_* values).
type CmpOp int

// The comparison operators.
const (
	CmpLT CmpOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
	CmpIn
	CmpNotIn
	CmpIs
	CmpIsNot
	CmpExcMatch // exception matching in an except clause
)

var cmpNames = [...]string{"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not", "exception match"}

func (c CmpOp) String() string {
	if c >= 0 && int(c) < len(cmpNames) {
		return cmpNames[c]
	}
	return fmt.Sprintf("CmpOp(%d)", int(c))
}

// Operand kinds: what an instruction's argument refers to.
const (
	argNone    = iota // no argument
	argInt            // a count or flags
	argJump           // an instruction index
	argConst          // index into Consts
	argName           // index into Names
	argLocal          // index into Varnames
	argFree           // index into Cellvars+Freevars
	argCompare        // a CmpOp
	argCall           // npos | nkw<<8
)

type opInfo struct {
	name string
	arg  uint8
}

var opInfos = [numOpcodes]opInfo{
	NOP:                  {"NOP", argNone},
	POP_TOP:              {"POP_TOP", argNone},
	ROT_TWO:              {"ROT_TWO", argNone},
	ROT_THREE:            {"ROT_THREE", argNone},
	ROT_FOUR:             {"ROT_FOUR", argNone},
	DUP_TOP:              {"DUP_TOP", argNone},
	DUP_TOPX:             {"DUP_TOPX", argInt},
	UNARY_POSITIVE:       {"UNARY_POSITIVE", argNone},
	UNARY_NEGATIVE:       {"UNARY_NEGATIVE", argNone},
	UNARY_NOT:            {"UNARY_NOT", argNone},
	UNARY_CONVERT:        {"UNARY_CONVERT", argNone},
	UNARY_INVERT:         {"UNARY_INVERT", argNone},
	BINARY_POWER:         {"BINARY_POWER", argNone},
	BINARY_MULTIPLY:      {"BINARY_MULTIPLY", argNone},
	BINARY_DIVIDE:        {"BINARY_DIVIDE", argNone},
	BINARY_MODULO:        {"BINARY_MODULO", argNone},
	BINARY_ADD:           {"BINARY_ADD", argNone},
	BINARY_SUBTRACT:      {"BINARY_SUBTRACT", argNone},
	BINARY_SUBSCR:        {"BINARY_SUBSCR", argNone},
	BINARY_FLOOR_DIVIDE:  {"BINARY_FLOOR_DIVIDE", argNone},
	BINARY_TRUE_DIVIDE:   {"BINARY_TRUE_DIVIDE", argNone},
	BINARY_LSHIFT:        {"BINARY_LSHIFT", argNone},
	BINARY_RSHIFT:        {"BINARY_RSHIFT", argNone},
	BINARY_AND:           {"BINARY_AND", argNone},
	BINARY_XOR:           {"BINARY_XOR", argNone},
	BINARY_OR:            {"BINARY_OR", argNone},
	INPLACE_POWER:        {"INPLACE_POWER", argNone},
	INPLACE_MULTIPLY:     {"INPLACE_MULTIPLY", argNone},
	INPLACE_DIVIDE:       {"INPLACE_DIVIDE", argNone},
	INPLACE_MODULO:       {"INPLACE_MODULO", argNone},
	INPLACE_ADD:          {"INPLACE_ADD", argNone},
	INPLACE_SUBTRACT:     {"INPLACE_SUBTRACT", argNone},
	INPLACE_FLOOR_DIVIDE: {"INPLACE_FLOOR_DIVIDE", argNone},
	INPLACE_TRUE_DIVIDE:  {"INPLACE_TRUE_DIVIDE", argNone},
	INPLACE_LSHIFT:       {"INPLACE_LSHIFT", argNone},
	INPLACE_RSHIFT:       {"INPLACE_RSHIFT", argNone},
	INPLACE_AND:          {"INPLACE_AND", argNone},
	INPLACE_XOR:          {"INPLACE_XOR", argNone},
	INPLACE_OR:           {"INPLACE_OR", argNone},
	SLICE:                {"SLICE", argInt},
	STORE_SLICE:          {"STORE_SLICE", argInt},
	DELETE_SLICE:         {"DELETE_SLICE", argInt},
	BUILD_SLICE:          {"BUILD_SLICE", argInt},
	STORE_SUBSCR:         {"STORE_SUBSCR", argNone},
	DELETE_SUBSCR:        {"DELETE_SUBSCR", argNone},
	PRINT_EXPR:           {"PRINT_EXPR", argNone},
	PRINT_ITEM:           {"PRINT_ITEM", argNone},
	PRINT_ITEM_TO:        {"PRINT_ITEM_TO", argNone},
	PRINT_NEWLINE:        {"PRINT_NEWLINE", argNone},
	PRINT_NEWLINE_TO:     {"PRINT_NEWLINE_TO", argNone},
	LOAD_CONST:           {"LOAD_CONST", argConst},
	LOAD_NAME:            {"LOAD_NAME", argName},
	STORE_NAME:           {"STORE_NAME", argName},
	DELETE_NAME:          {"DELETE_NAME", argName},
	LOAD_GLOBAL:          {"LOAD_GLOBAL", argName},
	STORE_GLOBAL:         {"STORE_GLOBAL", argName},
	DELETE_GLOBAL:        {"DELETE_GLOBAL", argName},
	LOAD_FAST:            {"LOAD_FAST", argLocal},
	STORE_FAST:           {"STORE_FAST", argLocal},
	DELETE_FAST:          {"DELETE_FAST", argLocal},
	LOAD_DEREF:           {"LOAD_DEREF", argFree},
	STORE_DEREF:          {"STORE_DEREF", argFree},
	LOAD_CLOSURE:         {"LOAD_CLOSURE", argFree},
	LOAD_ATTR:            {"LOAD_ATTR", argName},
	STORE_ATTR:           {"STORE_ATTR", argName},
	DELETE_ATTR:          {"DELETE_ATTR", argName},
	LOAD_LOCALS:          {"LOAD_LOCALS", argNone},
	BUILD_TUPLE:          {"BUILD_TUPLE", argInt},
	BUILD_LIST:           {"BUILD_LIST", argInt},
	BUILD_SET:            {"BUILD_SET", argInt},
	BUILD_MAP:            {"BUILD_MAP", argInt},
	STORE_MAP:            {"STORE_MAP", argNone},
	LIST_APPEND:          {"LIST_APPEND", argInt},
	SET_ADD:              {"SET_ADD", argInt},
	MAP_ADD:              {"MAP_ADD", argInt},
	UNPACK_SEQUENCE:      {"UNPACK_SEQUENCE", argInt},
	COMPARE_OP:           {"COMPARE_OP", argCompare},
	JUMP:                 {"JUMP", argJump},
	POP_JUMP_IF_FALSE:    {"POP_JUMP_IF_FALSE", argJump},
	POP_JUMP_IF_TRUE:     {"POP_JUMP_IF_TRUE", argJump},
	JUMP_IF_FALSE_OR_POP: {"JUMP_IF_FALSE_OR_POP", argJump},
	JUMP_IF_TRUE_OR_POP:  {"JUMP_IF_TRUE_OR_POP", argJump},
	GET_ITER:             {"GET_ITER", argNone},
	FOR_ITER:             {"FOR_ITER", argJump},
	CALL_FUNCTION:        {"CALL_FUNCTION", argCall},
	CALL_FUNCTION_VAR:    {"CALL_FUNCTION_VAR", argCall},
	CALL_FUNCTION_KW:     {"CALL_FUNCTION_KW", argCall},
	CALL_FUNCTION_VAR_KW: {"CALL_FUNCTION_VAR_KW", argCall},
	LOAD_METHOD:          {"LOAD_METHOD", argName},
	CALL_METHOD:          {"CALL_METHOD", argCall},
	MAKE_FUNCTION:        {"MAKE_FUNCTION", argInt},
	MAKE_CLOSURE:         {"MAKE_CLOSURE", argInt},
	BUILD_CLASS:          {"BUILD_CLASS", argNone},
	RETURN_VALUE:         {"RETURN_VALUE", argNone},
	YIELD_VALUE:          {"YIELD_VALUE", argNone},
	RAISE_VARARGS:        {"RAISE_VARARGS", argInt},
	RERAISE:              {"RERAISE", argNone},
	SETUP_WITH:           {"SETUP_WITH", argNone},
	WITH_EXIT:            {"WITH_EXIT", argNone},
	WITH_EXCEPT:          {"WITH_EXCEPT", argNone},
	IMPORT_NAME:          {"IMPORT_NAME", argName},
	IMPORT_FROM:          {"IMPORT_FROM", argName},
	IMPORT_STAR:          {"IMPORT_STAR", argNone},
	EXEC_STMT:            {"EXEC_STMT", argNone},
	EXTENDED_ARG:         {"EXTENDED_ARG", argInt},
}

// NumOpcodes is the number of opcodes; every Opcode below it is valid.
const NumOpcodes = int(numOpcodes)

func (op Opcode) String() string {
	if op < numOpcodes {
		return opInfos[op].name
	}
	return fmt.Sprintf("Opcode(%d)", int(op))
}

// HasArg reports whether the opcode uses its argument.
func (op Opcode) HasArg() bool { return op < numOpcodes && opInfos[op].arg != argNone }

// IsJump reports whether the opcode's argument is a jump target.
func (op Opcode) IsJump() bool { return op < numOpcodes && opInfos[op].arg == argJump }

// callArgs returns the number of stack items a CALL_ argument names.
func callArgs(arg int) int { return arg&0xff + 2*((arg>>8)&0xff) }

// sliceArgs returns the number of bounds a SLICE argument says are present.
func sliceArgs(arg int) int { return arg&1 + (arg>>1)&1 }

// StackEffect returns the change in stack depth an instruction causes:
// when jump is false, on the path that falls through to the next
// instruction; when true, on the path that jumps to its target.
func StackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, EXTENDED_ARG, JUMP,
		UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_CONVERT, UNARY_INVERT,
		LOAD_ATTR, GET_ITER, YIELD_VALUE, PRINT_NEWLINE,
		DELETE_NAME, DELETE_GLOBAL, DELETE_FAST:
		return 0
	case POP_TOP, PRINT_EXPR, PRINT_ITEM, PRINT_ITEM_TO, PRINT_NEWLINE_TO,
		STORE_NAME, STORE_GLOBAL, STORE_FAST, STORE_DEREF, DELETE_ATTR,
		LIST_APPEND, SET_ADD, COMPARE_OP, IMPORT_NAME, IMPORT_STAR,
		RETURN_VALUE, WITH_EXIT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1
	case DUP_TOP, LOAD_CONST, LOAD_NAME, LOAD_GLOBAL, LOAD_FAST, LOAD_DEREF,
		LOAD_CLOSURE, LOAD_LOCALS, BUILD_MAP, IMPORT_FROM, LOAD_METHOD, SETUP_WITH:
		return 1
	case DUP_TOPX:
		return arg
	case STORE_ATTR, DELETE_SUBSCR, STORE_MAP, MAP_ADD, BUILD_CLASS:
		return -2
	case STORE_SUBSCR, EXEC_STMT, RERAISE:
		return -3
	case WITH_EXCEPT:
		return -4
	}
	if op >= BINARY_POWER && op <= INPLACE_OR {
		return -1
	}
	switch op {
	case SLICE:
		return -sliceArgs(arg)
	case STORE_SLICE:
		return -2 - sliceArgs(arg)
	case DELETE_SLICE:
		return -1 - sliceArgs(arg)
	case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET:
		return 1 - arg
	case UNPACK_SEQUENCE:
		return arg - 1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case CALL_FUNCTION:
		return -callArgs(arg)
	case CALL_FUNCTION_VAR, CALL_FUNCTION_KW, CALL_METHOD:
		return -callArgs(arg) - 1
	case CALL_FUNCTION_VAR_KW:
		return -callArgs(arg) - 2
	case MAKE_FUNCTION:
		return -arg
	case MAKE_CLOSURE:
		return -arg - 1
	case RAISE_VARARGS:
		return -arg
	}
	return 0
}

// isTerminator reports whether control never falls through op to the
// next instruction.
func isTerminator(op Opcode) bool {
	switch op {
	case JUMP, RETURN_VALUE, RAISE_VARARGS, RERAISE:
		return true
	}
	return false
}
