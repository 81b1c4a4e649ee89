package compile

import (
	"math/big"

	"github.com/pystm/pystm/compile/syntax"
)

func (c *compiler) exprs(es []syntax.Expr) {
	for _, e := range es {
		if c.failed() {
			return
		}
		c.expr(e)
	}
}

// setLine advances the current line to e's, as CPython's
// compiler_visit_expr: lines only go forward within a statement.
func (c *compiler) setLine(e syntax.Expr) {
	if line := e.Position().Line; line > c.u.line {
		c.u.line = line
	}
}

func (c *compiler) expr(e syntax.Expr) {
	if e == nil || !c.push() {
		return
	}
	defer c.pop()
	c.setLine(e)
	switch e := e.(type) {
	case *syntax.BoolOp:
		if len(e.Values) == 0 {
			c.internal("empty BoolOp")
			return
		}
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		end := c.newLabel()
		n := len(e.Values) - 1
		for _, v := range e.Values[:n] {
			c.expr(v)
			c.jump(op, end)
		}
		c.expr(e.Values[n])
		c.bind(end)
	case *syntax.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.binary(c.binaryOp(e.Op))
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			// not (a is b) is a is not b; likewise for in.
			if cmp, ok := e.Operand.(*syntax.Compare); ok && len(cmp.Ops) == 1 && len(cmp.Comparators) == 1 {
				if inv, ok := invertedCmp[cmp.Ops[0]]; ok {
					c.setLine(cmp)
					c.expr(cmp.Left)
					c.comparator(inv, cmp.Comparators[0])
					c.emit(COMPARE_OP, int(cmpOps[inv]))
					return
				}
			}
		}
		c.expr(e.Operand)
		if int(e.Op) >= len(unaryOps) {
			c.internal("bad unary operator %d", e.Op)
			return
		}
		c.unary(unaryOps[e.Op])
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, orelse)
		c.expr(e.Body)
		c.jump(JUMP, end)
		c.bind(orelse)
		c.expr(e.Orelse)
		c.bind(end)
	case *syntax.Dict:
		n := len(e.Values)
		if len(e.Keys) < n {
			n = len(e.Keys)
		}
		hint := n
		if hint > 0xffff {
			hint = 0xffff
		}
		c.emit(BUILD_MAP, hint)
		for i := 0; i < n; i++ {
			c.expr(e.Values[i])
			c.expr(e.Keys[i])
			c.emit(STORE_MAP, 0)
		}
	case *syntax.Set:
		c.exprs(e.Elts)
		c.emit(BUILD_SET, len(e.Elts))
	case *syntax.ListComp:
		// Inline: in Python 2 its variables belong to the enclosing scope.
		if len(e.Generators) == 0 {
			c.internal("malformed comprehension")
			break
		}
		c.emit(BUILD_LIST, 0)
		c.compLoop(e.Generators, 0, compList, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", compSet, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", compDict, e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", compGen, e.Generators, e.Elt, nil)
	case *syntax.Yield:
		if c.u.sc.typ != functionBlock {
			c.error("'yield' outside function")
			return
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(None)
		}
		c.emit(YIELD_VALUE, 0)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.Repr:
		c.expr(e.Value)
		c.emit(UNARY_CONVERT, 0)
	case *syntax.Num:
		switch n := e.N.(type) {
		case int64, float64, complex128:
			c.loadConst(n)
		case *big.Int:
			if n == nil {
				c.internal("nil long")
				return
			}
			c.loadConst(n)
		default:
			c.internal("bad number %T", e.N)
		}
	case *syntax.Str:
		c.loadConst(strConst(e))
	case *syntax.Attribute:
		c.expr(e.Value)
		switch e.Ctx {
		case syntax.Load, syntax.AugLoad:
			c.emitName(LOAD_ATTR, e.Attr)
		case syntax.Store, syntax.AugStore:
			c.emitName(STORE_ATTR, e.Attr)
		case syntax.Del:
			c.emitName(DELETE_ATTR, e.Attr)
		default:
			c.internal("param invalid in attribute expression")
		}
	case *syntax.Subscript:
		c.expr(e.Value)
		c.subscript(e.Slice, e.Ctx)
	case *syntax.Name:
		c.nameop(e.Id, e.Ctx)
	case *syntax.List:
		if e.Ctx == syntax.Store {
			c.emit(UNPACK_SEQUENCE, len(e.Elts))
		}
		c.exprs(e.Elts)
		if e.Ctx == syntax.Load {
			c.emit(BUILD_LIST, len(e.Elts))
		}
	case *syntax.Tuple:
		if e.Ctx == syntax.Store {
			c.emit(UNPACK_SEQUENCE, len(e.Elts))
		}
		c.exprs(e.Elts)
		if e.Ctx == syntax.Load {
			c.buildTuple(len(e.Elts))
		}
	default:
		c.internal("unknown expression %T", e)
	}
}

var unaryOps = [...]Opcode{
	syntax.Invert: UNARY_INVERT,
	syntax.Not:    UNARY_NOT,
	syntax.UAdd:   UNARY_POSITIVE,
	syntax.USub:   UNARY_NEGATIVE,
}

var binaryOps = [...]Opcode{
	syntax.Add:      BINARY_ADD,
	syntax.Sub:      BINARY_SUBTRACT,
	syntax.Mult:     BINARY_MULTIPLY,
	syntax.Div:      BINARY_DIVIDE,
	syntax.Mod:      BINARY_MODULO,
	syntax.Pow:      BINARY_POWER,
	syntax.LShift:   BINARY_LSHIFT,
	syntax.RShift:   BINARY_RSHIFT,
	syntax.BitOr:    BINARY_OR,
	syntax.BitXor:   BINARY_XOR,
	syntax.BitAnd:   BINARY_AND,
	syntax.FloorDiv: BINARY_FLOOR_DIVIDE,
}

// binaryOp returns the opcode of a binary operator.
func (c *compiler) binaryOp(op syntax.Operator) Opcode {
	if int(op) >= len(binaryOps) {
		c.internal("bad operator %d", op)
		return NOP
	}
	if op == syntax.Div && c.flags&syntax.FlagDivision != 0 {
		return BINARY_TRUE_DIVIDE
	}
	return binaryOps[op]
}

// inplaceOp returns the opcode of an augmented assignment operator.
func (c *compiler) inplaceOp(op syntax.Operator) Opcode {
	b := c.binaryOp(op)
	switch b {
	case BINARY_POWER:
		return INPLACE_POWER
	case BINARY_MULTIPLY:
		return INPLACE_MULTIPLY
	case BINARY_DIVIDE:
		return INPLACE_DIVIDE
	case BINARY_MODULO:
		return INPLACE_MODULO
	case BINARY_ADD:
		return INPLACE_ADD
	case BINARY_SUBTRACT:
		return INPLACE_SUBTRACT
	case BINARY_FLOOR_DIVIDE:
		return INPLACE_FLOOR_DIVIDE
	case BINARY_TRUE_DIVIDE:
		return INPLACE_TRUE_DIVIDE
	case BINARY_LSHIFT:
		return INPLACE_LSHIFT
	case BINARY_RSHIFT:
		return INPLACE_RSHIFT
	case BINARY_AND:
		return INPLACE_AND
	case BINARY_XOR:
		return INPLACE_XOR
	case BINARY_OR:
		return INPLACE_OR
	}
	return NOP
}

var cmpOps = [...]CmpOp{
	syntax.Eq:    CmpEQ,
	syntax.NotEq: CmpNE,
	syntax.Lt:    CmpLT,
	syntax.LtE:   CmpLE,
	syntax.Gt:    CmpGT,
	syntax.GtE:   CmpGE,
	syntax.Is:    CmpIs,
	syntax.IsNot: CmpIsNot,
	syntax.In:    CmpIn,
	syntax.NotIn: CmpNotIn,
}

var invertedCmp = map[syntax.CmpOp]syntax.CmpOp{
	syntax.Is:    syntax.IsNot,
	syntax.IsNot: syntax.Is,
	syntax.In:    syntax.NotIn,
	syntax.NotIn: syntax.In,
}

// unary emits a unary operation, folding it into a constant operand.
func (c *compiler) unary(op Opcode) {
	if c.lastConsts(1) {
		k := len(c.u.code) - 1
		if v, ok := foldUnary(op, c.constAt(k)); ok {
			c.u.code[k].arg = c.u.addConst(v)
			return
		}
	}
	c.emit(op, 0)
}

// binary emits a binary operation, folding it into constant operands.
func (c *compiler) binary(op Opcode) {
	if op == NOP {
		return
	}
	if c.lastConsts(2) {
		k := len(c.u.code) - 2
		if v, ok := foldBinary(op, c.constAt(k), c.constAt(k+1)); ok {
			c.u.code = c.u.code[:k+1]
			c.u.code[k].arg = c.u.addConst(v)
			return
		}
	}
	c.emit(op, 0)
}

// buildTuple emits BUILD_TUPLE n, or a constant tuple if its items are
// constants.
func (c *compiler) buildTuple(n int) {
	if n == 0 {
		c.loadConst(Tuple{})
		return
	}
	if c.foldSeq(n) {
		return
	}
	c.emit(BUILD_TUPLE, n)
}

// foldSeq replaces the last n LOAD_CONSTs by one loading their tuple.
func (c *compiler) foldSeq(n int) bool {
	if !c.lastConsts(n) {
		return false
	}
	k := len(c.u.code) - n
	t := make(Tuple, n)
	for i := range t {
		t[i] = c.constAt(k + i)
	}
	c.u.code = c.u.code[:k+1]
	c.u.code[k].arg = c.u.addConst(t)
	return true
}

// jumpIf emits a jump to label taken when the truth of e is cond,
// without leaving e on the stack. not, and, or and constants are
// compiled to jumps directly.
func (c *compiler) jumpIf(e syntax.Expr, cond bool, label int) {
	if e == nil || !c.push() {
		return
	}
	defer c.pop()
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.setLine(e)
			c.jumpIf(x.Operand, !cond, label)
			return
		}
	case *syntax.BoolOp:
		if n := len(x.Values); n > 0 {
			c.setLine(e)
			// and: jump if false as soon as one is false; or: jump if
			// true as soon as one is true.
			short := x.Op == syntax.Or
			if cond == short {
				for _, v := range x.Values {
					c.jumpIf(v, cond, label)
				}
				return
			}
			skip := c.newLabel()
			for _, v := range x.Values[:n-1] {
				c.jumpIf(v, short, skip)
			}
			c.jumpIf(x.Values[n-1], cond, label)
			c.bind(skip)
			return
		}
	}
	c.expr(e)
	if c.lastConsts(1) {
		k := len(c.u.code) - 1
		v := c.constAt(k)
		c.u.code = c.u.code[:k]
		if truth(v) == cond {
			c.jump(JUMP, label)
		}
		return
	}
	if cond {
		c.jump(POP_JUMP_IF_TRUE, label)
	} else {
		c.jump(POP_JUMP_IF_FALSE, label)
	}
}

func (c *compiler) compare(e *syntax.Compare) {
	n := len(e.Ops)
	if n == 0 || len(e.Comparators) != n {
		c.internal("malformed comparison")
		return
	}
	for _, op := range e.Ops {
		if int(op) >= len(cmpOps) {
			c.internal("bad comparison operator %d", op)
			return
		}
	}
	c.expr(e.Left)
	if n == 1 {
		c.comparator(e.Ops[0], e.Comparators[0])
		c.emit(COMPARE_OP, int(cmpOps[e.Ops[0]]))
		return
	}
	// The middle operands of a chain are also the left operand of the
	// next comparison, so only the last one may become a constant tuple
	// (CPython's peephole sees BUILD_LIST followed by DUP_TOP there).
	cleanup, end := c.newLabel(), c.newLabel()
	c.expr(e.Comparators[0])
	for i := 1; i < n; i++ {
		c.emit(DUP_TOP, 0)
		c.emit(ROT_THREE, 0)
		c.emit(COMPARE_OP, int(cmpOps[e.Ops[i-1]]))
		c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
		if i < n-1 {
			c.expr(e.Comparators[i])
		}
	}
	c.comparator(e.Ops[n-1], e.Comparators[n-1])
	c.emit(COMPARE_OP, int(cmpOps[e.Ops[n-1]]))
	c.jump(JUMP, end)
	c.bind(cleanup)
	c.emit(ROT_TWO, 0)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

// comparator compiles the right operand of a comparison: a list display
// of constants after in or not in is loaded as a constant tuple.
func (c *compiler) comparator(op syntax.CmpOp, e syntax.Expr) {
	if l, ok := e.(*syntax.List); ok && l.Ctx == syntax.Load && (op == syntax.In || op == syntax.NotIn) && len(l.Elts) > 0 {
		c.setLine(l)
		c.exprs(l.Elts)
		if !c.foldSeq(len(l.Elts)) {
			c.emit(BUILD_LIST, len(l.Elts))
		}
		return
	}
	c.expr(e)
}

func (c *compiler) call(e *syntax.Call) {
	if len(e.Args) > 255 || len(e.Keywords) > 255 {
		c.error("more than 255 arguments")
		return
	}
	arg := len(e.Args) | len(e.Keywords)<<8
	if attr, ok := e.Func.(*syntax.Attribute); ok && attr.Ctx == syntax.Load && e.Starargs == nil && e.Kwargs == nil {
		c.setLine(attr)
		c.expr(attr.Value)
		c.emitName(LOAD_METHOD, attr.Attr)
		c.callArgs(e)
		c.emit(CALL_METHOD, arg)
		return
	}
	c.expr(e.Func)
	c.callArgs(e)
	op := CALL_FUNCTION
	if e.Starargs != nil {
		c.expr(e.Starargs)
		op = CALL_FUNCTION_VAR
	}
	if e.Kwargs != nil {
		c.expr(e.Kwargs)
		if op == CALL_FUNCTION_VAR {
			op = CALL_FUNCTION_VAR_KW
		} else {
			op = CALL_FUNCTION_KW
		}
	}
	c.emit(op, arg)
}

func (c *compiler) callArgs(e *syntax.Call) {
	c.exprs(e.Args)
	for _, k := range e.Keywords {
		if k == nil {
			c.internal("nil keyword")
			return
		}
		c.loadConst(k.Arg)
		c.expr(k.Value)
	}
}

// subscript compiles the subscript of x[...] (x is on the stack).
func (c *compiler) subscript(s syntax.Slicing, ctx syntax.ExprContext) {
	if sl, ok := s.(*syntax.Slice); ok && sl.Step == nil {
		n := c.sliceBounds(sl)
		switch ctx {
		case syntax.Load, syntax.AugLoad:
			c.emit(SLICE, n)
		case syntax.Store, syntax.AugStore:
			c.emit(STORE_SLICE, n)
		case syntax.Del:
			c.emit(DELETE_SLICE, n)
		default:
			c.internal("param invalid in simple slice")
		}
		return
	}
	c.sliceValue(s)
	switch ctx {
	case syntax.Load, syntax.AugLoad:
		c.binary(BINARY_SUBSCR)
	case syntax.Store, syntax.AugStore:
		c.emit(STORE_SUBSCR, 0)
	case syntax.Del:
		c.emit(DELETE_SUBSCR, 0)
	default:
		c.internal("param invalid in subscript expression")
	}
}

// sliceBounds compiles the bounds of a simple slice and returns the
// SLICE argument saying which are present.
func (c *compiler) sliceBounds(s *syntax.Slice) int {
	n := 0
	if s.Lower != nil {
		c.expr(s.Lower)
		n |= 1
	}
	if s.Upper != nil {
		c.expr(s.Upper)
		n |= 2
	}
	return n
}

// sliceValue compiles the value a subscript passes to __getitem__.
func (c *compiler) sliceValue(s syntax.Slicing) {
	switch s := s.(type) {
	case *syntax.Index:
		c.expr(s.Value)
	case *syntax.Ellipsis:
		c.loadConst(Ellipsis)
	case *syntax.Slice:
		c.buildSlice(s)
	case *syntax.ExtSlice:
		for _, d := range s.Dims {
			switch d := d.(type) {
			case *syntax.Index:
				c.expr(d.Value)
			case *syntax.Ellipsis:
				c.loadConst(Ellipsis)
			case *syntax.Slice:
				c.buildSlice(d)
			default:
				c.internal("extended slice invalid in nested slice")
				return
			}
		}
		c.buildTuple(len(s.Dims))
	default:
		c.internal("invalid subscript kind %T", s)
	}
}

func (c *compiler) buildSlice(s *syntax.Slice) {
	if s.Lower != nil {
		c.expr(s.Lower)
	} else {
		c.loadConst(None)
	}
	if s.Upper != nil {
		c.expr(s.Upper)
	} else {
		c.loadConst(None)
	}
	if s.Step != nil {
		c.expr(s.Step)
		c.emit(BUILD_SLICE, 3)
	} else {
		c.emit(BUILD_SLICE, 2)
	}
}

func (c *compiler) lambda(e *syntax.Lambda) {
	args := e.Args
	if args == nil {
		args = &syntax.Arguments{}
	}
	c.exprs(args.Defaults)
	if c.failed() || !c.enterScope("<lambda>", e, e.Line) {
		return
	}
	c.unpackArgs(args)
	c.u.addConst(None) // so that a lambda has no docstring
	c.u.argcount = len(args.Args)
	c.expr(e.Body)
	if c.u.sc.generator {
		c.emit(POP_TOP, 0)
	} else {
		c.emit(RETURN_VALUE, 0)
	}
	code := c.exitScope(true)
	if c.failed() {
		return
	}
	c.makeClosure(code, len(args.Defaults))
}

// The kinds of comprehension: a list comprehension is compiled inline,
// the others as a nested function.
const (
	compList = iota
	compGen
	compSet
	compDict
)

// comprehension compiles a generator expression or set or dict
// comprehension: a nested function called with the iterator of the
// outermost iterable, which is evaluated in the enclosing scope.
func (c *compiler) comprehension(e syntax.Expr, name string, kind int, gens []*syntax.Comprehension, elt, val syntax.Expr) {
	if len(gens) == 0 || gens[0] == nil {
		c.internal("malformed comprehension")
		return
	}
	if !c.enterScope(name, e, e.Position().Line) {
		return
	}
	switch kind {
	case compSet:
		c.emit(BUILD_SET, 0)
	case compDict:
		c.emit(BUILD_MAP, 0)
	}
	c.compLoop(gens, 0, kind, elt, val)
	if kind != compGen {
		c.emit(RETURN_VALUE, 0)
	}
	code := c.exitScope(true)
	if c.failed() {
		return
	}
	c.makeClosure(code, 0)
	c.expr(gens[0].Iter)
	c.emit(GET_ITER, 0)
	c.emit(CALL_FUNCTION, 1)
}

// compLoop compiles the loop of gens[i] and, inside it, those after it;
// the innermost adds elt (and val) to the result. The outermost loop of
// a nested-function comprehension iterates over its parameter.
func (c *compiler) compLoop(gens []*syntax.Comprehension, i, kind int, elt, val syntax.Expr) {
	g := gens[i]
	if g == nil {
		c.internal("malformed comprehension")
		return
	}
	start, cleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	if i == 0 && kind != compList {
		c.u.argcount = 1
		c.emit(LOAD_FAST, 0)
	} else {
		c.expr(g.Iter)
		c.emit(GET_ITER, 0)
	}
	c.bind(start)
	c.jump(FOR_ITER, anchor)
	c.expr(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, false, cleanup)
	}
	if i+1 < len(gens) {
		c.compLoop(gens, i+1, kind, elt, val)
	} else {
		switch kind {
		case compList:
			c.expr(elt)
			c.emit(LIST_APPEND, len(gens)+1)
		case compGen:
			c.expr(elt)
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		case compSet:
			c.expr(elt)
			c.emit(SET_ADD, len(gens)+1)
		case compDict:
			// As for d[k] = v, the value is evaluated first.
			c.expr(val)
			c.expr(elt)
			c.emit(MAP_ADD, len(gens)+1)
		}
	}
	c.bind(cleanup)
	c.jump(JUMP, start)
	c.bind(anchor)
}
