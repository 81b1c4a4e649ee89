package compile

import (
	"strconv"
	"strings"

	"github.com/pystm/pystm/compile/syntax"
)

// isDocstring reports whether s is a docstring statement.
func isDocstring(s syntax.Stmt) (*syntax.Str, bool) {
	if e, ok := s.(*syntax.ExprStmt); ok {
		if str, ok := e.Value.(*syntax.Str); ok {
			return str, true
		}
	}
	return nil, false
}

// strConst returns the constant of a string literal.
func strConst(s *syntax.Str) Const {
	if s.Unicode {
		u := make(Unicode, len(s.U))
		copy(u, s.U)
		return u
	}
	return s.S
}

// body compiles the body of a module or class: a docstring is stored
// in __doc__.
func (c *compiler) body(stmts []syntax.Stmt) {
	i := 0
	if len(stmts) > 0 {
		if str, ok := isDocstring(stmts[0]); ok {
			i = 1
			c.u.line = stmts[0].Position().Line
			c.expr(str)
			c.nameop("__doc__", syntax.Store)
		}
	}
	c.stmts(stmts[i:])
}

func (c *compiler) stmts(body []syntax.Stmt) {
	for _, s := range body {
		if c.failed() {
			return
		}
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	if s == nil || !c.push() {
		return
	}
	defer c.pop()
	u := c.u
	u.line = s.Position().Line
	depth := u.depth
	defer func() { u.depth = depth }()
	switch s.(type) {
	case *syntax.TryExcept, *syntax.TryFinally, *syntax.For, *syntax.While:
		// CPython starts these with a SETUP_ instruction.
		if u.firstLine0 == 0 {
			u.firstLine0 = u.line
		}
	}
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.function(s)
	case *syntax.ClassDef:
		c.class(s)
	case *syntax.Return:
		if u.sc.typ != functionBlock {
			c.error("'return' outside function")
			return
		}
		if s.Value != nil {
			c.expr(s.Value)
		} else {
			c.loadConst(None)
		}
		u.depth++
		saved := c.unwind(-1, true)
		c.emit(RETURN_VALUE, 0)
		u.blocks = saved
	case *syntax.Delete:
		c.exprs(s.Targets)
	case *syntax.Assign:
		c.assign(s)
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.Print:
		c.print(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.Raise:
		n := 0
		if s.Type != nil {
			c.expr(s.Type)
			n++
			if s.Inst != nil {
				c.expr(s.Inst)
				n++
				if s.Tback != nil {
					c.expr(s.Tback)
					n++
				}
			}
		}
		c.emit(RAISE_VARARGS, n)
	case *syntax.TryExcept:
		c.tryExcept(s)
	case *syntax.TryFinally:
		c.tryFinally(s)
	case *syntax.Assert:
		c.assert(s)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.Exec:
		c.expr(s.Body)
		if s.Globals != nil {
			c.expr(s.Globals)
			if s.Locals != nil {
				c.expr(s.Locals)
			} else {
				c.emit(DUP_TOP, 0)
			}
		} else {
			c.loadConst(None)
			c.emit(DUP_TOP, 0)
		}
		c.emit(EXEC_STMT, 0)
	case *syntax.Global, *syntax.Pass:
	case *syntax.ExprStmt:
		if c.interactive && len(c.stack) == 0 {
			c.expr(s.Value)
			c.emit(PRINT_EXPR, 0)
			return
		}
		switch s.Value.(type) {
		case *syntax.Str, *syntax.Num:
			return
		}
		c.expr(s.Value)
		c.emit(POP_TOP, 0)
	case *syntax.Break:
		c.breakStmt()
	case *syntax.Continue:
		c.continueStmt()
	case *syntax.With:
		c.with(s)
	default:
		c.internal("unknown statement %T", s)
	}
}

// function compiles a def statement.
func (c *compiler) function(s *syntax.FunctionDef) {
	args := s.Args
	if args == nil {
		args = &syntax.Arguments{}
	}
	c.exprs(s.DecoratorList)
	c.exprs(args.Defaults)
	if c.failed() || !c.enterScope(s.Name, s, s.Line) {
		return
	}
	var first Const = None
	skip := 0
	if len(s.Body) > 0 {
		if str, ok := isDocstring(s.Body[0]); ok {
			first = strConst(str)
			skip = 1
		}
	}
	c.u.addConst(first)
	c.unpackArgs(args)
	c.u.argcount = len(args.Args)
	c.stmts(s.Body[skip:])
	code := c.exitScope(true)
	if c.failed() {
		return
	}
	c.makeClosure(code, len(args.Defaults))
	for range s.DecoratorList {
		c.emit(CALL_FUNCTION, 1)
	}
	c.nameop(s.Name, syntax.Store)
}

// unpackArgs emits the prologue that unpacks tuple parameters.
func (c *compiler) unpackArgs(args *syntax.Arguments) {
	for i, arg := range args.Args {
		if t, ok := arg.(*syntax.Tuple); ok {
			c.nameop("."+strconv.Itoa(i), syntax.Load)
			c.expr(t)
		}
	}
}

// class compiles a class statement.
func (c *compiler) class(s *syntax.ClassDef) {
	c.exprs(s.DecoratorList)
	c.loadConst(s.Name)
	c.exprs(s.Bases)
	c.buildTuple(len(s.Bases))
	if c.failed() || !c.enterScope(s.Name, s, s.Line) {
		return
	}
	c.u.private = s.Name
	c.nameop("__name__", syntax.Load)
	c.nameop("__module__", syntax.Store)
	c.body(s.Body)
	c.emit(LOAD_LOCALS, 0)
	c.emit(RETURN_VALUE, 0)
	code := c.exitScope(true)
	if c.failed() {
		return
	}
	c.makeClosure(code, 0)
	c.emit(CALL_FUNCTION, 0)
	c.emit(BUILD_CLASS, 0)
	for range s.DecoratorList {
		c.emit(CALL_FUNCTION, 1)
	}
	c.nameop(s.Name, syntax.Store)
}

func (c *compiler) assign(s *syntax.Assign) {
	// a, b = b, a: no tuple is built (CPython's peephole does the same).
	if len(s.Targets) == 1 {
		if n, ok := seqLen(s.Targets[0], syntax.Store); ok && (n == 2 || n == 3) {
			if m, ok := seqLen(s.Value, syntax.Load); ok && m == n && !c.allConst(s.Value) {
				c.exprs(seqElts(s.Value))
				if n == 3 {
					c.emit(ROT_THREE, 0)
				}
				c.emit(ROT_TWO, 0)
				c.exprs(seqElts(s.Targets[0]))
				return
			}
		}
	}
	c.expr(s.Value)
	for i, t := range s.Targets {
		if i < len(s.Targets)-1 {
			c.emit(DUP_TOP, 0)
		}
		c.expr(t)
	}
}

// seqLen returns the length of a tuple or list display with context ctx.
func seqLen(e syntax.Expr, ctx syntax.ExprContext) (int, bool) {
	switch e := e.(type) {
	case *syntax.Tuple:
		return len(e.Elts), e.Ctx == ctx
	case *syntax.List:
		return len(e.Elts), e.Ctx == ctx
	}
	return 0, false
}

func seqElts(e syntax.Expr) []syntax.Expr {
	switch e := e.(type) {
	case *syntax.Tuple:
		return e.Elts
	case *syntax.List:
		return e.Elts
	}
	return nil
}

// allConst reports whether e is a tuple all of whose items are literal
// numbers or strings (so that it is better loaded as one constant).
func (c *compiler) allConst(e syntax.Expr) bool {
	t, ok := e.(*syntax.Tuple)
	if !ok {
		return false
	}
	for _, x := range t.Elts {
		switch x.(type) {
		case *syntax.Num, *syntax.Str:
		default:
			return false
		}
	}
	return true
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := c.inplaceOp(s.Op)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.nameop(t.Id, syntax.Load)
		c.expr(s.Value)
		c.emit(op, 0)
		c.nameop(t.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(DUP_TOP, 0)
		c.emitName(LOAD_ATTR, t.Attr)
		c.expr(s.Value)
		c.emit(op, 0)
		c.emit(ROT_TWO, 0)
		c.emitName(STORE_ATTR, t.Attr)
	case *syntax.Subscript:
		c.expr(t.Value)
		if sl, ok := t.Slice.(*syntax.Slice); ok && sl.Step == nil {
			n := c.sliceBounds(sl)
			if k := sliceArgs(n); k == 0 {
				c.emit(DUP_TOP, 0)
			} else {
				c.emit(DUP_TOPX, k+1)
			}
			c.emit(SLICE, n)
			c.expr(s.Value)
			c.emit(op, 0)
			c.emit(ROT_TWO+Opcode(sliceArgs(n)), 0)
			c.emit(STORE_SLICE, n)
			return
		}
		c.sliceValue(t.Slice)
		c.emit(DUP_TOPX, 2)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.emit(op, 0)
		c.emit(ROT_THREE, 0)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.internal("invalid node type %T for augmented assignment", s.Target)
	}
}

func (c *compiler) print(s *syntax.Print) {
	dest := s.Dest != nil
	if dest {
		c.expr(s.Dest)
	}
	for _, v := range s.Values {
		c.expr(v)
		if dest {
			c.emit(PRINT_ITEM_TO, 0)
		} else {
			c.emit(PRINT_ITEM, 0)
		}
	}
	switch {
	case s.Nl && dest:
		c.emit(PRINT_NEWLINE_TO, 0)
	case s.Nl:
		c.emit(PRINT_NEWLINE, 0)
	case dest:
		c.emit(POP_TOP, 0)
	}
}

// exprConstant says whether e is a constant true (1) or false (0)
// condition, or not a constant (-1), exactly as CPython's expr_constant:
// the compiler drops the code of a branch that can never run, and
// reports no error from it.
func exprConstant(e syntax.Expr) int {
	switch e := e.(type) {
	case *syntax.Num:
		if truth(e.N) {
			return 1
		}
		return 0
	case *syntax.Str:
		if len(e.S) > 0 || len(e.U) > 0 {
			return 1
		}
		return 0
	case *syntax.Name:
		if e.Id == "__debug__" {
			return 1
		}
	}
	return -1
}

func (c *compiler) ifStmt(s *syntax.If) {
	defer func() {
		// CPython goes on in a new basic block after an if: a module
		// whose first code comes after it starts on line 1.
		if c.u.firstLine0 == 0 {
			c.u.firstLine0 = 1
		}
	}()
	switch exprConstant(s.Test) {
	case 0:
		c.stmts(s.Orelse)
	case 1:
		c.stmts(s.Body)
	default:
		end := c.newLabel()
		next := end
		if len(s.Orelse) > 0 {
			next = c.newLabel()
		}
		c.jumpIf(s.Test, false, next)
		c.stmts(s.Body)
		if len(s.Orelse) > 0 {
			if c.reachable() {
				c.jump(JUMP, end)
			}
			c.bind(next)
			c.stmts(s.Orelse)
		}
		c.bind(end)
	}
}

func (c *compiler) whileStmt(s *syntax.While) {
	constant := exprConstant(s.Test)
	if constant == 0 {
		c.stmts(s.Orelse)
		return
	}
	line := s.Line
	top, test, end := c.newLabel(), c.newLabel(), c.newLabel()
	if constant == 1 {
		test = top
	} else {
		// The test is at the bottom: one jump per iteration.
		c.jump(JUMP, test)
	}
	if !c.pushBlock(fblock{kind: fbWhile, handler: -1, cont: test, brk: end}) {
		return
	}
	c.bind(top)
	c.stmts(s.Body)
	if constant == 1 {
		c.jump(JUMP, top)
	} else {
		c.bind(test)
		c.u.line = line
		c.jumpIf(s.Test, true, top)
	}
	c.popBlock()
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	top, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	if !c.pushBlock(fblock{kind: fbFor, handler: -1, cont: top, brk: end}) {
		return
	}
	c.expr(s.Iter)
	c.emit(GET_ITER, 0)
	c.u.depth++
	c.bind(top)
	c.jump(FOR_ITER, cleanup)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.jump(JUMP, top)
	c.popBlock()
	c.u.depth--
	c.bind(cleanup)
	c.stmts(s.Orelse)
	c.bind(end)
}

// loopIndex returns the index of the innermost loop block, or -1.
func (c *compiler) loopIndex() int {
	for i := len(c.u.blocks) - 1; i >= 0; i-- {
		if k := c.u.blocks[i].kind; k == fbWhile || k == fbFor {
			return i
		}
	}
	return -1
}

func (c *compiler) breakStmt() {
	i := c.loopIndex()
	if i < 0 {
		c.error("'break' outside loop")
		return
	}
	loop := c.u.blocks[i]
	saved := c.unwind(i, false)
	if loop.kind == fbFor {
		c.emit(POP_TOP, 0)
	}
	c.jump(JUMP, loop.brk)
	c.u.blocks = saved
}

const (
	loopErrorMsg      = "'continue' not properly in loop"
	inFinallyErrorMsg = "'continue' not supported inside 'finally' clause"
)

func (c *compiler) continueStmt() {
	blocks := c.u.blocks
	if len(blocks) == 0 {
		c.error(loopErrorMsg)
		return
	}
	i := len(blocks) - 1
	switch blocks[i].kind {
	case fbWhile, fbFor:
	case fbFinallyEnd, fbFinallyExc, fbFinallyRet:
		c.error(inFinallyErrorMsg)
		return
	default:
		for i--; i >= 0; i-- {
			k := blocks[i].kind
			if k == fbWhile || k == fbFor {
				break
			}
			if k == fbFinallyEnd || k == fbFinallyExc || k == fbFinallyRet {
				c.error(inFinallyErrorMsg)
				return
			}
		}
		if i < 0 {
			c.error(loopErrorMsg)
			return
		}
	}
	saved := c.unwind(i, false)
	c.jump(JUMP, blocks[i].cont)
	c.u.blocks = saved
}

// unwind emits the code that leaves the blocks above index level (all
// of them when level is -1) on the way out by break, continue or, when
// value is true, return with its value on top of the stack: it pops
// loop iterators and pending exceptions, calls the __exit__ of with
// statements and runs finally bodies. Each is compiled as if the blocks
// inside it were already left, so its code is covered by the right
// exception handler. A return need not pop what only the blocks outside
// the last finally or with hold: RETURN_VALUE drops it.
//
// unwind leaves the blocks above level popped, so that the jump or
// return that follows is outside their handlers, and returns the full
// block list for the caller to restore.
func (c *compiler) unwind(level int, value bool) []fblock {
	u := c.u
	saved := u.blocks
	line := u.line
	defer func() { u.line = line }()
	lo := level + 1
	if value {
		lo = len(saved)
		for i := len(saved) - 1; i > level; i-- {
			if k := saved[i].kind; k == fbTryFinally || k == fbWith {
				lo = i
			}
		}
	}
	for i := len(saved) - 1; i >= lo && !c.failed(); i-- {
		b := saved[i]
		u.blocks = append([]fblock(nil), saved[:i]...)
		switch b.kind {
		case fbFor:
			c.popUnder(1, value)
		case fbFinallyExc:
			c.popUnder(3, value)
		case fbFinallyRet:
			// A break (or another return) in a finally body run for a
			// return drops the pending value.
			c.popUnder(1, value)
		case fbWith:
			if value {
				c.emit(ROT_TWO, 0)
			}
			c.emit(WITH_EXIT, 0)
			u.depth--
		case fbTryFinally:
			kind := fbFinallyEnd
			if value {
				kind = fbFinallyRet
			}
			if c.pushBlock(fblock{kind: kind, handler: -1}) {
				c.copying++
				c.stmts(b.final)
				c.copying--
			}
		}
	}
	u.blocks = append([]fblock(nil), saved[:level+1]...)
	return saved
}

// popUnder pops n items, from under the top one if under is true.
func (c *compiler) popUnder(n int, under bool) {
	switch {
	case !under:
		for i := 0; i < n; i++ {
			c.emit(POP_TOP, 0)
		}
	case n == 3:
		c.emit(ROT_FOUR, 0)
		c.emit(POP_TOP, 0)
		c.emit(POP_TOP, 0)
		c.emit(POP_TOP, 0)
	default:
		for i := 0; i < n; i++ {
			c.emit(ROT_TWO, 0)
			c.emit(POP_TOP, 0)
		}
	}
	c.u.depth -= n
}

// tryExcept compiles try/except:
//
//	   body               covered by handler H (except, depth d)
//	   JUMP orelse
//	H: [tb val exc]       for each clause:
//	   DUP_TOP; <type>; COMPARE_OP exception-match; POP_JUMP_IF_FALSE next
//	   POP_TOP; <store val or POP_TOP>; POP_TOP
//	   <clause body>; JUMP end
//	next: ...
//	   RERAISE            no clause matched
//	orelse: <else body>
//	end:
func (c *compiler) tryExcept(s *syntax.TryExcept) {
	u := c.u
	h, orelse, end := c.newLabel(), c.newLabel(), c.newLabel()
	hi := c.newHandler(h, u.depth, HandlerExcept)
	if !c.pushBlock(fblock{kind: fbTryExcept, handler: hi}) {
		return
	}
	c.stmts(s.Body)
	c.popBlock()
	if c.reachable() {
		c.jump(JUMP, orelse)
	}
	c.bind(h)
	base := u.depth
	for i, handler := range s.Handlers {
		if c.failed() {
			return
		}
		if handler == nil {
			continue
		}
		if handler.Type == nil && i < len(s.Handlers)-1 {
			c.error("default 'except:' must be last")
			return
		}
		u.line = handler.Line
		u.depth = base + 3
		next := c.newLabel()
		if handler.Type != nil {
			c.emit(DUP_TOP, 0)
			c.expr(handler.Type)
			c.emit(COMPARE_OP, int(CmpExcMatch))
			c.jump(POP_JUMP_IF_FALSE, next)
		}
		c.emit(POP_TOP, 0)
		if handler.Name != nil {
			c.expr(handler.Name)
		} else {
			c.emit(POP_TOP, 0)
		}
		c.emit(POP_TOP, 0)
		u.depth = base
		c.stmts(handler.Body)
		if c.reachable() {
			c.jump(JUMP, end)
		}
		c.bind(next)
	}
	u.depth = base + 3
	c.emit(RERAISE, 0)
	u.depth = base
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

// tryFinally compiles try/finally. The finally body is compiled once
// for each way out of the try body: falling off its end, an exception
// (with [tb val exc] on the stack, then RERAISE), and each break,
// continue or return (see unwind).
//
//	   body               covered by handler H (finally, depth d)
//	   <finally body>
//	   JUMP end
//	H: <finally body>     [tb val exc] on the stack
//	   RERAISE
//	end:
func (c *compiler) tryFinally(s *syntax.TryFinally) {
	u := c.u
	h, end := c.newLabel(), c.newLabel()
	base := u.depth
	hi := c.newHandler(h, base, HandlerFinally)
	if !c.pushBlock(fblock{kind: fbTryFinally, handler: hi, final: s.Finalbody}) {
		return
	}
	c.stmts(s.Body)
	c.popBlock()
	if !c.pushBlock(fblock{kind: fbFinallyEnd, handler: -1}) {
		return
	}
	if c.reachable() {
		c.stmts(s.Finalbody)
		if c.reachable() {
			c.jump(JUMP, end)
		}
	}
	c.popBlock()
	c.bind(h)
	u.depth = base + 3
	if !c.pushBlock(fblock{kind: fbFinallyExc, handler: -1}) {
		return
	}
	c.copying++
	c.stmts(s.Finalbody)
	c.copying--
	c.popBlock()
	c.emit(RERAISE, 0)
	u.depth = base
	c.bind(end)
}

// with compiles a with statement:
//
//	   <context expr>
//	   SETUP_WITH         [exit enter()]
//	   <store or POP_TOP> covered by handler H (with, depth d+1)
//	   body               covered by H
//	   WITH_EXIT
//	   JUMP end
//	H: WITH_EXCEPT        [exit tb val exc]
//	end:
func (c *compiler) with(s *syntax.With) {
	u := c.u
	h, end := c.newLabel(), c.newLabel()
	c.expr(s.ContextExpr)
	c.emit(SETUP_WITH, 0)
	base := u.depth
	hi := c.newHandler(h, base+1, HandlerWith)
	if !c.pushBlock(fblock{kind: fbWith, handler: hi}) {
		return
	}
	u.depth = base + 1
	if s.OptionalVars != nil {
		c.expr(s.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	c.stmts(s.Body)
	c.popBlock()
	if c.reachable() {
		c.emit(WITH_EXIT, 0)
		c.jump(JUMP, end)
	}
	c.bind(h)
	c.emit(WITH_EXCEPT, 0)
	u.depth = base
	c.bind(end)
}

func (c *compiler) assert(s *syntax.Assert) {
	if c.flags&FlagOptimize != 0 {
		return
	}
	if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
		c.warnAt(c.u.line, "assertion is always true, perhaps remove parentheses?")
	}
	end := c.newLabel()
	c.jumpIf(s.Test, true, end)
	c.emit(LOAD_GLOBAL, c.u.addName("AssertionError"))
	if s.Msg != nil {
		// AssertionError(msg), as CPython 2.7.18 compiles it: a tuple
		// message is one argument, not the argument list.
		c.expr(s.Msg)
		c.emit(CALL_FUNCTION, 1)
	}
	c.emit(RAISE_VARARGS, 1)
	c.bind(end)
}

// importLevel returns the level constant of an import: -1 means "try
// relative, then absolute", Python 2's default.
func (c *compiler) importLevel(level int) int64 {
	if level == 0 && c.flags&syntax.FlagAbsoluteImport == 0 {
		return -1
	}
	return int64(level)
}

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		if a == nil {
			continue
		}
		c.loadConst(c.importLevel(0))
		c.loadConst(None)
		c.emitName(IMPORT_NAME, a.Name)
		if a.Asname != "" {
			parts := strings.Split(a.Name, ".")
			for _, attr := range parts[1:] {
				c.emit(LOAD_ATTR, c.u.addName(attr))
			}
			c.nameop(a.Asname, syntax.Store)
		} else {
			name := a.Name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				name = name[:i]
			}
			c.nameop(name, syntax.Store)
		}
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	if s.Module == "__future__" && s.Line > c.future.lastLine {
		c.error("from __future__ imports must occur at the beginning of the file")
		return
	}
	names := make(Tuple, 0, len(s.Names))
	for _, a := range s.Names {
		if a != nil {
			names = append(names, a.Name)
		}
	}
	c.loadConst(c.importLevel(s.Level))
	c.loadConst(names)
	c.emitName(IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if a == nil {
			continue
		}
		if i == 0 && strings.HasPrefix(a.Name, "*") {
			c.emit(IMPORT_STAR, 0)
			return
		}
		c.emitName(IMPORT_FROM, a.Name)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameop(store, syntax.Store)
	}
	c.emit(POP_TOP, 0)
}
