package syntax

import (
	"fmt"
	"unicode/utf8"
)

// This file parses expressions, from testlist down to atom, with the
// positions ast.c gives their nodes: a node starts where the grammar rule
// it comes from starts (so a BinOp starts with its left operand, and a
// parenthesized expression keeps the position of what is inside the
// parentheses), except where ast.c says otherwise.

// startsTest reports whether the current token can start a test.
func (p *parser) startsTest() bool {
	switch p.tok.Kind {
	case NAME:
		return p.kw == kwNone || p.kw == kwNot || p.kw == kwLambda
	case NUMBER, STRING, LPAR, LSQB, LBRACE, BACKQUOTE, PLUS, MINUS, TILDE:
		return true
	}
	return false
}

// startsExpr reports whether the current token can start an expr.
func (p *parser) startsExpr() bool {
	switch p.tok.Kind {
	case NAME:
		return p.kw == kwNone
	case NUMBER, STRING, LPAR, LSQB, LBRACE, BACKQUOTE, PLUS, MINUS, TILDE:
		return true
	}
	return false
}

// testlist parses testlist: test (',' test)* [','] (and testlist_comp
// without a comprehension, which ast.c treats alike).
func (p *parser) testlist() Expr {
	p.push(1) // testlist
	pos := p.pos
	e := p.test()
	if p.tok.Kind == COMMA {
		elts := []Expr{e}
		for p.tok.Kind == COMMA {
			p.next()
			if !p.startsTest() {
				break
			}
			elts = append(elts, p.test())
		}
		e = &Tuple{Pos: pos, Elts: elts}
	}
	p.depth--
	return e
}

// testlist1 parses testlist1: test (',' test)*.
func (p *parser) testlist1() Expr {
	p.push(1) // testlist1
	pos := p.pos
	e := p.test()
	if p.tok.Kind == COMMA {
		elts := []Expr{e}
		for p.tok.Kind == COMMA {
			p.next()
			elts = append(elts, p.test())
		}
		e = &Tuple{Pos: pos, Elts: elts}
	}
	p.depth--
	return e
}

// testlistSafe parses testlist_safe: old_test [(',' old_test)+ [',']].
func (p *parser) testlistSafe() Expr {
	p.push(1) // testlist_safe
	pos := p.pos
	e := p.oldTest()
	if p.tok.Kind == COMMA {
		p.next()
		elts := []Expr{e, p.oldTest()}
		for p.tok.Kind == COMMA {
			p.next()
			if !p.startsTest() {
				break
			}
			elts = append(elts, p.oldTest())
		}
		e = &Tuple{Pos: pos, Elts: elts}
	}
	p.depth--
	return e
}

// exprlist parses exprlist: expr (',' expr)* [','] and gives each
// expression the context ctx, as ast_for_exprlist does. It reports
// whether there was a comma.
func (p *parser) exprlist(ctx ExprContext) ([]Expr, bool) {
	p.push(1) // exprlist
	var elts []Expr
	comma := false
	for {
		line := p.pos.Line
		e := p.binExpr(0)
		p.setContext(e, ctx, line)
		elts = append(elts, e)
		if p.tok.Kind != COMMA {
			break
		}
		comma = true
		p.next()
		if !p.startsExpr() {
			break
		}
	}
	p.depth--
	return elts, comma
}

// test parses test: or_test ['if' or_test 'else' test] | lambdef.
func (p *parser) test() Expr {
	p.push(1) // test
	var e Expr
	if p.kw == kwLambda {
		e = p.lambdef(false)
	} else {
		pos := p.pos
		e = p.orTest()
		if p.kw == kwIf {
			p.next()
			cond := p.orTest()
			p.expectKw(kwElse)
			e = &IfExp{Pos: pos, Test: cond, Body: e, Orelse: p.test()}
		}
	}
	p.depth--
	return e
}

// oldTest parses old_test: or_test | old_lambdef.
func (p *parser) oldTest() Expr {
	p.push(1) // old_test
	var e Expr
	if p.kw == kwLambda {
		e = p.lambdef(true)
	} else {
		e = p.orTest()
	}
	p.depth--
	return e
}

// orTest parses or_test: and_test ('or' and_test)*.
func (p *parser) orTest() Expr {
	p.push(1) // or_test
	pos := p.pos
	e := p.andTest()
	if p.kw == kwOr {
		values := []Expr{e}
		for p.kw == kwOr {
			p.next()
			values = append(values, p.andTest())
		}
		e = &BoolOp{Pos: pos, Op: Or, Values: values}
	}
	p.depth--
	return e
}

// andTest parses and_test: not_test ('and' not_test)*.
func (p *parser) andTest() Expr {
	p.push(1) // and_test
	pos := p.pos
	e := p.notTest()
	if p.kw == kwAnd {
		values := []Expr{e}
		for p.kw == kwAnd {
			p.next()
			values = append(values, p.notTest())
		}
		e = &BoolOp{Pos: pos, Op: And, Values: values}
	}
	p.depth--
	return e
}

// notTest parses not_test: 'not' not_test | comparison.
func (p *parser) notTest() Expr {
	p.push(1) // not_test
	var e Expr
	if p.kw == kwNot {
		pos := p.pos
		p.next()
		e = &UnaryOp{Pos: pos, Op: Not, Operand: p.notTest()}
	} else {
		e = p.comparison()
	}
	p.depth--
	return e
}

// comparison parses comparison: expr (comp_op expr)*.
func (p *parser) comparison() Expr {
	p.push(1) // comparison
	pos := p.pos
	outer := p.takeErr()
	e := p.binExpr(0)
	op, ok := p.compOp()
	if !ok {
		p.astErr = firstErr(outer, p.astErr, nil)
		p.depth--
		return e
	}
	// ast.c reads the operands after the first one before the first.
	left := p.takeErr()
	c := &Compare{Pos: pos, Left: e}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.binExpr(0))
		op, ok = p.compOp()
	}
	p.astErr = firstErr(outer, p.astErr, left)
	p.depth--
	return c
}

// compOp consumes a comp_op if there is one: '<'|'>'|'=='|'>='|'<='|'<>'|
// '!='|'in'|'not' 'in'|'is'|'is' 'not'.
func (p *parser) compOp() (CmpOp, bool) {
	var op CmpOp
	switch p.tok.Kind {
	case LESS:
		op = Lt
	case GREATER:
		op = Gt
	case EQEQUAL:
		op = Eq
	case GREATEREQUAL:
		op = GtE
	case LESSEQUAL:
		op = LtE
	case NOTEQUAL:
		op = NotEq
	case NAME:
		switch p.kw {
		case kwIn:
			op = In
		case kwNot:
			p.next()
			p.expectKw(kwIn)
			return NotIn, true
		case kwIs:
			p.next()
			if p.kw == kwNot {
				p.next()
				return IsNot, true
			}
			return Is, true
		default:
			return 0, false
		}
	default:
		return 0, false
	}
	p.next()
	return op, true
}

// binLevels gives each binary operator token its level in the grammar
// plus one: 1 for expr ('|'), 2 xor_expr, 3 and_expr, 4 shift_expr, 5
// arith_expr, 6 term. Other tokens have 0.
var binLevels = [numTokens]int8{
	VBAR: 1, CIRCUMFLEX: 2, AMPER: 3, LEFTSHIFT: 4, RIGHTSHIFT: 4,
	PLUS: 5, MINUS: 5, STAR: 6, SLASH: 6, PERCENT: 6, DOUBLESLASH: 6,
}

// binOps maps the binary operator tokens to their operators.
var binOps = [numTokens]Operator{
	VBAR: BitOr, CIRCUMFLEX: BitXor, AMPER: BitAnd, LEFTSHIFT: LShift,
	RIGHTSHIFT: RShift, PLUS: Add, MINUS: Sub, STAR: Mult, SLASH: Div,
	PERCENT: Mod, DOUBLESLASH: FloorDiv,
}

// expr parses expr: xor_expr ('|' xor_expr)*.
func (p *parser) expr() Expr { return p.binExpr(0) }

// binExpr parses the rules from expr (level 0) down to term (level 5)
// by precedence climbing, starting at level. As ast_for_binop, the first
// BinOp of a rule's chain starts where the rule does and each further
// one where its operator is.
func (p *parser) binExpr(level int) Expr {
	base := p.depth
	p.push(6 - level) // the rules from level down to term
	start := p.pos
	e := p.factor()
	last := -1
	for {
		lv := int(binLevels[p.tok.Kind]) - 1
		if lv < level {
			break
		}
		pos := p.pos
		if lv != last {
			pos = start
			last = lv
		}
		op := binOps[p.tok.Kind]
		p.next()
		p.depth = base + lv - level + 1
		var right Expr
		if lv == 5 {
			right = p.factor()
		} else {
			right = p.binExpr(lv + 1)
		}
		e = &BinOp{Pos: pos, Left: e, Op: op, Right: right}
	}
	p.depth = base
	return e
}

// factor parses factor: ('+'|'-'|'~') factor | power.
func (p *parser) factor() Expr {
	p.push(1) // factor
	var e Expr
	switch k := p.tok.Kind; k {
	case PLUS, MINUS, TILDE:
		pos := p.pos
		p.next()
		if k == MINUS && p.tok.Kind == NUMBER {
			e = p.negative(pos)
			break
		}
		op := UAdd
		if k == MINUS {
			op = USub
		} else if k == TILDE {
			op = Invert
		}
		e = &UnaryOp{Pos: pos, Op: op, Operand: p.factor()}
	default:
		e = p.power()
	}
	p.depth--
	return e
}

// negative parses the factor after a '-' when it starts with a number.
// As ast_for_factor, a minus applied to a plain number (no trailers, no
// '**') is folded into the number, which takes the minus's position.
func (p *parser) negative(minus Pos) Expr {
	p.push(3) // factor, power, atom
	pos := p.pos
	lit := p.tok.Lit
	p.next()
	p.depth-- // the atom is complete
	var e Expr
	switch p.tok.Kind {
	case LPAR, LSQB, DOT, DOUBLESTAR:
		e = &UnaryOp{Pos: minus, Op: USub, Operand: p.powerRest(p.number(lit, pos), pos)}
	default:
		e = p.number("-"+lit, minus)
	}
	p.depth -= 2
	return e
}

// power parses power: atom trailer* ['**' factor].
func (p *parser) power() Expr {
	p.push(1) // power
	start := p.pos
	e := p.powerRest(p.atom(), start)
	p.depth--
	return e
}

// powerRest parses the trailers and the '**' factor that follow atom e,
// which starts at start. Each trailer's node takes the atom's position.
func (p *parser) powerRest(e Expr, start Pos) Expr {
	for {
		switch p.tok.Kind {
		case LPAR:
			p.push(1) // trailer
			p.next()
			if p.tok.Kind == RPAR {
				c := p.calls.new()
				c.Pos, c.Func = e.Position(), e
				e = c
			} else {
				e = p.arglist(e)
			}
			p.expect(RPAR)
			p.depth--
			continue
		case LSQB:
			p.push(1) // trailer
			p.next()
			e = p.subscriptlist(e)
			p.expect(RSQB)
			p.depth--
			continue
		case DOT:
			p.next()
			a := p.attrs.new()
			a.Pos, a.Value, a.Attr = e.Position(), e, p.name()
			e = a
			continue
		}
		break
	}
	if p.tok.Kind == DOUBLESTAR {
		p.next()
		e = &BinOp{Pos: start, Left: e, Op: Pow, Right: p.factor()}
	}
	return e
}

// atom parses atom: ('(' [yield_expr|testlist_comp] ')' | '[' [listmaker]
// ']' | '{' [dictorsetmaker] '}' | '`' testlist1 '`' | NAME | NUMBER |
// STRING+).
func (p *parser) atom() Expr {
	p.push(1) // atom
	var e Expr
	pos := p.pos
	switch p.tok.Kind {
	case NAME:
		if p.kw != kwNone {
			p.syntaxError()
		}
		n := p.names.new()
		n.Pos, n.Id = pos, p.tok.Lit
		e = n
		p.next()
	case NUMBER:
		lit := p.tok.Lit
		p.next()
		e = p.number(lit, pos)
	case STRING:
		e = p.strings()
	case LPAR:
		p.next()
		switch {
		case p.tok.Kind == RPAR:
			e = &Tuple{Pos: pos}
		case p.kw == kwYield:
			e = p.yieldExpr()
		default:
			e = p.testlistComp()
		}
		p.expect(RPAR)
	case LSQB:
		p.next()
		if p.tok.Kind == RSQB {
			e = &List{Pos: pos}
		} else {
			e = p.listmaker(pos)
		}
		p.expect(RSQB)
	case LBRACE:
		p.next()
		if p.tok.Kind == RBRACE {
			e = &Dict{Pos: pos}
		} else {
			e = p.dictorsetmaker(pos)
		}
		p.expect(RBRACE)
	case BACKQUOTE:
		p.next()
		e = &Repr{Pos: pos, Value: p.testlist1()}
		p.expect(BACKQUOTE)
	default:
		p.syntaxError()
	}
	p.depth--
	return e
}

// yieldExpr parses yield_expr: 'yield' [testlist].
func (p *parser) yieldExpr() Expr {
	p.push(1) // yield_expr
	y := &Yield{Pos: p.pos}
	p.next()
	if p.startsTest() {
		y.Value = p.testlist()
	}
	p.depth--
	return y
}

// testlistComp parses testlist_comp: test ( comp_for | (',' test)* [','] ).
func (p *parser) testlistComp() Expr {
	p.push(1) // testlist_comp
	pos := p.pos
	e := p.test()
	if p.kw == kwFor {
		e = &GeneratorExp{Pos: pos, Elt: e, Generators: p.compFor()}
	} else if p.tok.Kind == COMMA {
		elts := []Expr{e}
		for p.tok.Kind == COMMA {
			p.next()
			if !p.startsTest() {
				break
			}
			elts = append(elts, p.test())
		}
		e = &Tuple{Pos: pos, Elts: elts}
	}
	p.depth--
	return e
}

// listmaker parses listmaker: test ( list_for | (',' test)* [','] ) after
// the '[' at lsqb.
func (p *parser) listmaker(lsqb Pos) Expr {
	p.push(1) // listmaker
	pos := p.pos
	e := p.test()
	if p.kw == kwFor {
		e = &ListComp{Pos: pos, Elt: e, Generators: p.listFor()}
	} else {
		elts := []Expr{e}
		for p.tok.Kind == COMMA {
			p.next()
			if !p.startsTest() {
				break
			}
			elts = append(elts, p.test())
		}
		e = &List{Pos: lsqb, Elts: elts}
	}
	p.depth--
	return e
}

// dictorsetmaker parses dictorsetmaker: ( (test ':' test (comp_for | (','
// test ':' test)* [','])) | (test (comp_for | (',' test)* [','])) ) after
// the '{' at lbrace.
func (p *parser) dictorsetmaker(lbrace Pos) Expr {
	p.push(1) // dictorsetmaker
	pos := p.pos
	var e Expr
	k := p.test()
	switch {
	case p.tok.Kind == COLON:
		p.next()
		v := p.test()
		if p.kw == kwFor {
			e = &DictComp{Pos: pos, Key: k, Value: v, Generators: p.compFor()}
			break
		}
		d := &Dict{Pos: lbrace, Keys: []Expr{k}, Values: []Expr{v}}
		for p.tok.Kind == COMMA {
			p.next()
			if p.tok.Kind == RBRACE {
				break
			}
			d.Keys = append(d.Keys, p.test())
			p.expect(COLON)
			d.Values = append(d.Values, p.test())
		}
		e = d
	case p.kw == kwFor:
		e = &SetComp{Pos: pos, Elt: k, Generators: p.compFor()}
	default:
		s := &Set{Pos: lbrace, Elts: []Expr{k}}
		for p.tok.Kind == COMMA {
			p.next()
			if !p.startsTest() {
				break
			}
			s.Elts = append(s.Elts, p.test())
		}
		e = s
	}
	p.depth--
	return e
}

// number returns the Num of a NUMBER literal (with a '-' prepended when
// ast_for_factor folded one into it).
func (p *parser) number(lit string, pos Pos) Expr {
	n, err := ParseNumber(lit)
	if err != nil {
		p.decodeError(err, pos.Line)
	}
	num := p.nums.new()
	num.Pos, num.N = pos, n
	return num
}

// strings parses STRING+ and returns the Str of the literals pasted
// together, as ast.c's parsestrplus: a str and a unicode make a unicode.
func (p *parser) strings() Expr {
	pos := p.pos
	str := &Str{Pos: pos}
	ok := p.decodeInto(str, p.tok.Lit, pos.Line)
	p.next()
	if p.tok.Kind != STRING {
		return str
	}
	// The str pasted so far, while the result is a str.
	var buf []byte
	if ok && !str.Unicode {
		buf = append(buf, str.S...)
	}
	for p.tok.Kind == STRING {
		if ok {
			var s Str
			if ok = p.decodeInto(&s, p.tok.Lit, pos.Line); ok {
				switch {
				case !str.Unicode && !s.Unicode:
					buf = append(buf, s.S...)
				case !str.Unicode:
					// Pasting a unicode to a str decodes the str as
					// ASCII, which can fail.
					var u []rune
					if u, ok = p.asciiRunes(buf, pos.Line); ok {
						str.U, str.Unicode = append(u, s.U...), true
					}
				case !s.Unicode:
					var u []rune
					if u, ok = p.asciiRunes([]byte(s.S), pos.Line); ok {
						str.U = append(str.U, u...)
					}
				default:
					str.U = append(str.U, s.U...)
				}
			}
		}
		p.next()
	}
	if !str.Unicode {
		str.S = string(buf)
	} else {
		str.S = ""
	}
	return str
}

// decodeInto decodes literal lit into s; on error it records the error
// ast.c reports for the atom on line and returns false.
func (p *parser) decodeInto(s *Str, lit string, line int) bool {
	if !p.unicodeLiterals {
		p.sawString = true
	}
	var err error
	s.S, s.U, s.Unicode, err = DecodeString(lit, p.encoding, p.unicodeLiterals)
	if err != nil {
		p.decodeError(err, line)
		return false
	}
	return true
}

// decodeError records an error of DecodeString or ParseNumber as ast.c
// reports it for the atom on line.
func (p *parser) decodeError(err error, line int) {
	if p.astErr != nil {
		return
	}
	if e, ok := err.(*Error); ok {
		c := *e
		c.Line, c.Offset, c.Text = line, 0, ""
		if c.Kind != "SyntaxError" {
			// A ValueError from PyString_DecodeEscape: compile()
			// raises it as it is, with no line.
			c.Line = 0
		}
		p.astErr = &c
		return
	}
	p.astError(line, err.Error())
}

// asciiRunes decodes str b as ASCII, recording the UnicodeDecodeError
// ast.c reports for the atom on line if it holds another byte.
func (p *parser) asciiRunes(b []byte, line int) ([]rune, bool) {
	u := make([]rune, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			p.astError(line, fmt.Sprintf("(unicode error) 'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", b[i], i))
			return nil, false
		}
		u[i] = rune(b[i])
	}
	return u, true
}

// setContext is ast.c's set_context: it gives the target e the context
// ctx (Store or Del), or records the error ast.c reports for an
// expression that cannot be one. line is the line of the node ast.c
// blames.
func (p *parser) setContext(e Expr, ctx ExprContext, line int) {
	var what string
	switch e := e.(type) {
	case *Name:
		if ctx == Store {
			p.forbidden(e.Id, line)
		}
		e.Ctx = ctx
	case *Attribute:
		if ctx == Store {
			p.forbidden(e.Attr, line)
		}
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContext(x, ctx, line)
		}
	case *Tuple:
		if len(e.Elts) == 0 {
			what = "()"
			break
		}
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContext(x, ctx, line)
		}
	case *Lambda:
		what = "lambda"
	case *Call:
		what = "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		what = "operator"
	case *GeneratorExp:
		what = "generator expression"
	case *Yield:
		what = "yield expression"
	case *ListComp:
		what = "list comprehension"
	case *SetComp:
		what = "set comprehension"
	case *DictComp:
		what = "dict comprehension"
	case *Dict, *Set, *Num, *Str:
		what = "literal"
	case *Compare:
		what = "comparison"
	case *Repr:
		what = "repr"
	case *IfExp:
		what = "conditional expression"
	}
	if what != "" {
		if ctx == Store {
			p.astError(line, "can't assign to "+what)
		} else {
			p.astError(line, "can't delete "+what)
		}
	}
}
