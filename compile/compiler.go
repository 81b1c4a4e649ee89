package compile

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"

	"github.com/pystm/pystm/compile/syntax"
)

// Compile parses src and compiles it: the whole of CPython's compile()
// for source text. mode says what src is (a module, an expression, one
// interactive input); flags are future features already in force. Errors
// are *syntax.Error.
func Compile(filename string, src []byte, mode syntax.Mode, flags syntax.Flags) (*Code, error) {
	t, err := syntax.Parse(filename, src, mode, flags)
	if err != nil {
		return nil, err
	}
	return CompileTree(t, filename, src, flags)
}

// CompileTree compiles a syntax tree. src, if not nil, is the source the
// tree was parsed from; errors quote its lines. flags are future
// features already in force; the tree's own future statements add to
// them. Errors are *syntax.Error.
func CompileTree(t syntax.Tree, filename string, src []byte, flags syntax.Flags) (*Code, error) {
	c := &compiler{budget: maxInstrs}
	c.filename = filename
	c.src = src
	if t == nil {
		return nil, c.internal("nil syntax tree")
	}
	if _, ok := t.(*syntax.Suite); ok {
		return nil, c.internal("suite should not be possible")
	}
	c.future = c.parseFuture(t)
	if c.failed() {
		return nil, c.err
	}
	c.flags = c.future.flags | flags
	c.st = buildSymtable(&c.diag, t)
	if c.failed() {
		return nil, c.err
	}
	code := c.module(t)
	if c.failed() {
		return nil, c.err
	}
	code.Warnings = c.warnings
	return code, nil
}

// maxInstrs bounds the instructions one compilation may emit in copies
// of finally bodies. A finally body is compiled once per way out of its
// try body, so pathological nesting could otherwise grow the code
// exponentially. (The largest module of the standard library has 25,000
// instructions in all.)
const maxInstrs = 1 << 20

// tooComplexMsg is the error when maxInstrs is exceeded.
const tooComplexMsg = "code too complex to compile (finally clauses nested too deeply)"

// compiler is the state of one compilation.
type compiler struct {
	diag
	st          *symtable
	future      *future
	flags       syntax.Flags // future features in force
	interactive bool
	u           *unit   // the code object being compiled
	stack       []*unit // enclosing code objects
	depth       int     // recursion depth over the tree
	budget      int     // instructions that may still be emitted in copies
	copying     int     // > 0 while compiling a copy of a finally body
}

// unit is the state of one code object being compiled.
type unit struct {
	sc        *scope
	name      string
	firstLine int
	argcount  int
	private   string // class name for mangling

	code      []instr
	labels    []int // label -> instruction index, or -1 while unbound
	lastBound int   // the highest index a label was bound to

	consts   []Const
	constIx  map[string]int
	names    []string
	nameIx   map[string]int
	varnames []string
	varIx    map[string]int
	cellvars []string
	cellIx   map[string]int
	freevars []string
	freeIx   map[string]int

	blocks   []fblock      // enclosing loops, try statements and with statements
	handlers []handlerInfo // exception handlers, indexed by instr.handler
	line     int           // current source line
	depth    int           // value stack depth at the current statement
	// firstLine0 is the line of the first instruction CPython would
	// emit (its SETUP_ instructions included): a module's first line.
	firstLine0 int
}

// instr is an instruction before assembly.
type instr struct {
	op      Opcode
	arg     int   // a label for jumps
	line    int32 // source line, 0 for "same as before"
	handler int32 // index into unit.handlers, or -1
}

// handlerInfo is an exception handler before assembly.
type handlerInfo struct {
	label int
	depth int
	kind  HandlerKind
}

// fblockKind is the kind of a frame block: a statement that break,
// continue and return must get out of.
type fblockKind uint8

const (
	fbWhile      fblockKind = iota // a while loop
	fbFor                          // a for loop: its iterator is on the stack
	fbTryExcept                    // the body of try/except
	fbTryFinally                   // the body of try/finally
	fbFinallyEnd                   // a finally body (CPython's FINALLY_END)
	fbFinallyExc                   // a finally body run for an exception: [tb val exc] on the stack
	fbFinallyRet                   // a finally body run for a return: the value is on the stack
	fbWith                         // the body of a with: __exit__ is on the stack
)

// fblock is a frame block.
type fblock struct {
	kind      fblockKind
	handler   int // index into unit.handlers, or -1
	cont, brk int // labels of loops
	final     []syntax.Stmt
}

// maxBlocks is CPython's CO_MAXBLOCKS: the limit on statically nested
// loops, try and with statements.
const maxBlocks = 20

func (c *compiler) internal(format string, args ...any) *syntax.Error {
	err := &syntax.Error{
		Kind:     "SystemError",
		Msg:      "internal compiler error: " + fmt.Sprintf(format, args...),
		Filename: c.filename,
	}
	if c.err == nil {
		c.err = err
	}
	return err
}

// error records a SyntaxError at the current line, as compiler_error.
func (c *compiler) error(msg string) { c.errorAt(c.u.line, msg) }

// push enters one level of recursion over the tree.
func (c *compiler) push() bool {
	c.depth++
	if c.depth > maxDepth {
		c.errorAt(0, tooDeepMsg)
		return false
	}
	return !c.failed()
}

func (c *compiler) pop() { c.depth-- }

// enterScope starts compiling the code object of a block.
func (c *compiler) enterScope(name string, node any, line int) bool {
	sc := c.st.scopes[node]
	if sc == nil {
		c.internal("no scope for %s", name)
		return false
	}
	u := &unit{
		sc:        sc,
		name:      name,
		firstLine: line,
		lastBound: -1,
		constIx:   map[string]int{},
		nameIx:    map[string]int{},
		varIx:     map[string]int{},
		cellIx:    map[string]int{},
		freeIx:    map[string]int{},
	}
	for _, v := range sc.varnames {
		u.addVarname(v)
	}
	var cells, frees []string
	for _, name := range sc.order {
		sym := sc.syms[name]
		if sym.scope == scopeCell {
			cells = append(cells, name)
		}
		if sym.scope == scopeFree || sym.flags&defFreeClass != 0 {
			frees = append(frees, name)
		}
	}
	sort.Strings(cells)
	sort.Strings(frees)
	for i, name := range cells {
		u.cellIx[name] = i
	}
	for i, name := range frees {
		u.freeIx[name] = i
	}
	u.cellvars, u.freevars = cells, frees
	if c.u != nil {
		u.private = c.u.private
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	return true
}

// exitScope finishes the current code object and returns it.
func (c *compiler) exitScope(addNone bool) *Code {
	u := c.u
	if u.firstLine0 == 0 {
		// CPython's implicit return is in a block of its own: a module
		// with no code of its own starts on line 1.
		u.firstLine0 = 1
	}
	if c.reachable() {
		if addNone {
			c.loadConst(None)
		}
		c.emit(RETURN_VALUE, 0)
	}
	code := c.assemble(u)
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

// module compiles the top-level code object.
func (c *compiler) module(t syntax.Tree) *Code {
	if !c.enterScope("<module>", t, 0) {
		return nil
	}
	addNone := true
	switch t := t.(type) {
	case *syntax.Module:
		c.body(t.Body)
	case *syntax.Interactive:
		c.interactive = true
		c.stmts(t.Body)
	case *syntax.Expression:
		c.expr(t.Body)
		addNone = false
	}
	if c.failed() {
		return nil
	}
	code := c.exitScope(addNone)
	if c.failed() {
		return nil
	}
	return code
}

// Emission.

func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

func (c *compiler) bind(l int) {
	u := c.u
	u.labels[l] = len(u.code)
	u.lastBound = len(u.code)
}

// handler returns the exception handler in force: the innermost block's.
func (c *compiler) handler() int32 {
	for i := len(c.u.blocks) - 1; i >= 0; i-- {
		if h := c.u.blocks[i].handler; h >= 0 {
			return int32(h)
		}
	}
	return -1
}

func (c *compiler) emit(op Opcode, arg int) {
	if c.copying > 0 {
		if c.budget <= 0 {
			c.errorAt(0, tooComplexMsg)
			return
		}
		c.budget--
	}
	u := c.u
	if u.firstLine0 == 0 {
		u.firstLine0 = u.line
	}
	u.code = append(u.code, instr{op: op, arg: arg, line: int32(u.line), handler: c.handler()})
}

func (c *compiler) jump(op Opcode, label int) { c.emit(op, label) }

// reachable reports whether the next instruction can be reached by
// falling through or by a jump to a label bound here.
func (c *compiler) reachable() bool {
	u := c.u
	n := len(u.code)
	return n == 0 || !isTerminator(u.code[n-1].op) || u.lastBound == n
}

// lastConsts reports whether the last n instructions are LOAD_CONSTs that
// no jump enters after the first, and so may be folded.
func (c *compiler) lastConsts(n int) bool {
	u := c.u
	k := len(u.code) - n
	if n <= 0 || k < 0 || u.lastBound > k {
		return false
	}
	for _, in := range u.code[k:] {
		if in.op != LOAD_CONST {
			return false
		}
	}
	return true
}

// constAt returns the constant loaded by instruction i (a LOAD_CONST).
func (c *compiler) constAt(i int) Const { return c.u.consts[c.u.code[i].arg] }

// constKey returns a key that tells apart every two constants CPython
// tells apart (1 from 1L and 1.0, 0.0 from -0.0, ...).
func constKey(v Const) string {
	switch v := v.(type) {
	case NoneType:
		return "N"
	case EllipsisType:
		return "E"
	case bool:
		if v {
			return "bT"
		}
		return "bF"
	case int64:
		return "i" + strconv.FormatInt(v, 10)
	case *big.Int:
		return "l" + v.String()
	case float64:
		return "f" + strconv.FormatUint(math.Float64bits(v), 16)
	case complex128:
		return "c" + strconv.FormatUint(math.Float64bits(real(v)), 16) + "," + strconv.FormatUint(math.Float64bits(imag(v)), 16)
	case string:
		return "s" + v
	case Unicode:
		b := make([]byte, 0, 1+4*len(v))
		b = append(b, 'u')
		for _, r := range v {
			b = append(b, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
		}
		return string(b)
	case Tuple:
		s := "t" + strconv.Itoa(len(v)) + "("
		for _, x := range v {
			k := constKey(x)
			s += strconv.Itoa(len(k)) + ":" + k
		}
		return s + ")"
	}
	return "" // code objects are never shared
}

func (u *unit) addConst(v Const) int {
	k := constKey(v)
	if k != "" {
		if i, ok := u.constIx[k]; ok {
			return i
		}
		u.constIx[k] = len(u.consts)
	}
	u.consts = append(u.consts, v)
	return len(u.consts) - 1
}

func (c *compiler) loadConst(v Const) { c.emit(LOAD_CONST, c.u.addConst(v)) }

func (u *unit) addName(name string) int {
	if i, ok := u.nameIx[name]; ok {
		return i
	}
	u.nameIx[name] = len(u.names)
	u.names = append(u.names, name)
	return len(u.names) - 1
}

func (u *unit) addVarname(name string) int {
	if i, ok := u.varIx[name]; ok {
		return i
	}
	u.varIx[name] = len(u.varnames)
	u.varnames = append(u.varnames, name)
	return len(u.varnames) - 1
}

// emitName emits op with a (mangled) name argument.
func (c *compiler) emitName(op Opcode, name string) {
	c.emit(op, c.u.addName(mangle(c.u.private, name)))
}

// Blocks.

func (c *compiler) pushBlock(b fblock) bool {
	if len(c.u.blocks) >= maxBlocks {
		c.errorAt(0, "too many statically nested blocks")
		return false
	}
	c.u.blocks = append(c.u.blocks, b)
	return true
}

func (c *compiler) popBlock() { c.u.blocks = c.u.blocks[:len(c.u.blocks)-1] }

func (c *compiler) newHandler(label, depth int, kind HandlerKind) int {
	c.u.handlers = append(c.u.handlers, handlerInfo{label: label, depth: depth, kind: kind})
	return len(c.u.handlers) - 1
}

// Names.

// nameop emits the load, store or delete of a variable, as
// compiler_nameop.
func (c *compiler) nameop(name string, ctx syntax.ExprContext) {
	u := c.u
	mangled := mangle(u.private, name)
	const (
		opName = iota
		opFast
		opGlobal
		opDeref
	)
	optype := opName
	isFunc := u.sc.typ == functionBlock
	switch u.sc.lookup(mangled) {
	case scopeFree, scopeCell:
		optype = opDeref
	case scopeLocal:
		if isFunc {
			optype = opFast
		}
	case scopeGlobalImplicit:
		if isFunc && u.sc.unoptimized == 0 {
			optype = opGlobal
		}
	case scopeGlobalExplicit:
		optype = opGlobal
	}
	var ops [3]Opcode // Load, Store, Del
	switch optype {
	case opDeref:
		if ctx == syntax.Del {
			c.errorAt(0, "can not delete variable '"+name+"' referenced in nested scope")
			return
		}
		var idx int
		if i, ok := u.cellIx[mangled]; ok {
			idx = i
		} else if i, ok := u.freeIx[mangled]; ok {
			idx = len(u.cellvars) + i
		} else {
			c.internal("no cell for %s in %s", mangled, u.name)
			return
		}
		switch ctx {
		case syntax.Load, syntax.AugLoad:
			c.emit(LOAD_DEREF, idx)
		case syntax.Store, syntax.AugStore:
			c.emit(STORE_DEREF, idx)
		default:
			c.internal("param invalid for deref variable")
		}
		return
	case opFast:
		ops = [3]Opcode{LOAD_FAST, STORE_FAST, DELETE_FAST}
		idx := u.addVarname(mangled)
		switch ctx {
		case syntax.Load, syntax.AugLoad:
			c.emit(ops[0], idx)
		case syntax.Store, syntax.AugStore:
			c.emit(ops[1], idx)
		case syntax.Del:
			c.emit(ops[2], idx)
		default:
			c.internal("param invalid for local variable")
		}
		return
	case opGlobal:
		ops = [3]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}
	default:
		ops = [3]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}
	}
	switch ctx {
	case syntax.Load, syntax.AugLoad:
		if mangled == "None" {
			// None cannot be assigned: CPython's peephole loads the constant.
			c.loadConst(None)
			return
		}
		c.emit(ops[0], u.addName(mangled))
	case syntax.Store, syntax.AugStore:
		c.emit(ops[1], u.addName(mangled))
	case syntax.Del:
		c.emit(ops[2], u.addName(mangled))
	default:
		c.internal("param invalid for name variable")
	}
}

// makeClosure emits the creation of a function from code, whose
// ndefaults default values are on the stack.
func (c *compiler) makeClosure(code *Code, ndefaults int) {
	if code == nil {
		return
	}
	if len(code.Freevars) == 0 {
		c.loadConst(code)
		c.emit(MAKE_FUNCTION, ndefaults)
		return
	}
	u := c.u
	for _, name := range code.Freevars {
		var idx int
		if u.sc.lookup(name) == scopeCell {
			i, ok := u.cellIx[name]
			if !ok {
				c.internal("no cell %s in %s for %s", name, u.name, code.Name)
				return
			}
			idx = i
		} else {
			i, ok := u.freeIx[name]
			if !ok {
				c.internal("no free %s in %s for %s", name, u.name, code.Name)
				return
			}
			idx = len(u.cellvars) + i
		}
		c.emit(LOAD_CLOSURE, idx)
	}
	c.emit(BUILD_TUPLE, len(code.Freevars))
	c.loadConst(code)
	c.emit(MAKE_CLOSURE, ndefaults)
}

// codeFlags computes the flags of the unit's code object.
func (c *compiler) codeFlags(u *unit) CodeFlags {
	var f CodeFlags
	sc := u.sc
	if sc.typ != moduleBlock {
		f |= CodeNewLocals
	}
	if sc.typ == functionBlock {
		if sc.unoptimized == 0 {
			f |= CodeOptimized
		}
		if sc.nested {
			f |= CodeNested
		}
		if sc.generator {
			f |= CodeGenerator
		}
		if sc.varargs {
			f |= CodeVarargs
		}
		if sc.varkeywords {
			f |= CodeVarkeywords
		}
	}
	f |= CodeFlags(c.flags) & futureMask
	if len(u.freevars) == 0 && len(u.cellvars) == 0 {
		f |= CodeNoFree
	}
	return f
}

// sortedKeys returns the keys of a set in order.
func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
