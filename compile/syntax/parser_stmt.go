package syntax

import "strings"

// This file parses statements. Each function names the grammar rule it
// parses; positions and checks are those of the matching ast_for_*
// function of CPython 2.7's Python/ast.c.

// compoundStart reports whether the current token starts a compound_stmt.
func (p *parser) compoundStart() bool {
	switch p.kw {
	case kwIf, kwWhile, kwFor, kwTry, kwWith, kwDef, kwClass:
		return true
	}
	return p.tok.Kind == AT
}

// stmt parses stmt: simple_stmt | compound_stmt, appending its statements
// to list.
func (p *parser) stmt(list []Stmt) []Stmt {
	p.push(1) // stmt
	if p.compoundStart() {
		list = append(list, p.compoundStmt())
	} else {
		list = p.simpleStmt(list, false)
	}
	p.depth--
	return list
}

// simpleStmt parses simple_stmt: small_stmt (';' small_stmt)* [';']
// NEWLINE, appending its statements to list. With final, it leaves the
// NEWLINE current: nothing follows it that the parser may read.
func (p *parser) simpleStmt(list []Stmt, final bool) []Stmt {
	p.push(1) // simple_stmt
	for {
		list = append(list, p.smallStmt())
		if p.tok.Kind != SEMI {
			break
		}
		p.next()
		if p.tok.Kind == NEWLINE {
			break
		}
	}
	if p.tok.Kind != NEWLINE {
		p.syntaxError()
	}
	if !final {
		p.next()
	}
	p.depth--
	return list
}

// smallStmt parses small_stmt.
func (p *parser) smallStmt() Stmt {
	p.push(2) // small_stmt and the statement's own rule
	var s Stmt
	pos := p.pos
	switch p.kw {
	case kwPrint:
		s = p.printStmt()
	case kwDel:
		p.next()
		targets, _ := p.exprlist(Del)
		s = &Delete{Pos: pos, Targets: targets}
	case kwPass:
		p.next()
		s = &Pass{Pos: pos}
	case kwBreak:
		p.next()
		s = &Break{Pos: pos}
	case kwContinue:
		p.next()
		s = &Continue{Pos: pos}
	case kwReturn:
		p.push(1) // return_stmt under flow_stmt
		p.next()
		var v Expr
		if p.startsTest() {
			v = p.testlist()
		}
		p.depth--
		s = &Return{Pos: pos, Value: v}
	case kwRaise:
		p.push(1) // raise_stmt under flow_stmt
		s = p.raiseStmt()
		p.depth--
	case kwYield:
		p.push(1) // yield_stmt under flow_stmt
		y := p.yieldExpr()
		p.depth--
		s = &ExprStmt{Pos: pos, Value: y}
	case kwImport:
		p.push(1) // import_name under import_stmt
		s = p.importName()
		p.depth--
	case kwFrom:
		p.push(1) // import_from under import_stmt
		s = p.importFrom()
		p.depth--
	case kwGlobal:
		p.next()
		var names []string
		for {
			names = append(names, p.name())
			if p.tok.Kind != COMMA {
				break
			}
			p.next()
		}
		s = &Global{Pos: pos, Names: names}
	case kwExec:
		s = p.execStmt()
	case kwAssert:
		p.next()
		a := &Assert{Pos: pos, Test: p.test()}
		if p.tok.Kind == COMMA {
			p.next()
			a.Msg = p.test()
		}
		s = a
	default:
		if !p.startsTest() {
			p.syntaxError()
		}
		s = p.exprStmt()
	}
	p.depth -= 2
	return s
}

// augOps maps the augmented assignment tokens to their operators.
var augOps = [numTokens]Operator{
	PLUSEQUAL: Add, MINEQUAL: Sub, STAREQUAL: Mult, SLASHEQUAL: Div,
	PERCENTEQUAL: Mod, AMPEREQUAL: BitAnd, VBAREQUAL: BitOr,
	CIRCUMFLEXEQUAL: BitXor, LEFTSHIFTEQUAL: LShift,
	RIGHTSHIFTEQUAL: RShift, DOUBLESTAREQUAL: Pow, DOUBLESLASHEQUAL: FloorDiv,
}

// isAugAssign reports whether k is an augmented assignment operator.
func isAugAssign(k Token) bool {
	return k >= PLUSEQUAL && k <= RIGHTSHIFTEQUAL
}

// exprStmt parses expr_stmt: testlist (augassign (yield_expr|testlist) |
// ('=' (yield_expr|testlist))*).
func (p *parser) exprStmt() Stmt {
	pos := p.pos
	first := p.testlist()
	if isAugAssign(p.tok.Kind) {
		p.setContext(first, Store, pos.Line)
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.astError(pos.Line, "illegal expression for augmented assignment")
		}
		op := augOps[p.tok.Kind]
		p.next()
		var v Expr
		if p.kw == kwYield {
			v = p.yieldExpr()
		} else {
			v = p.testlist()
		}
		return &AugAssign{Pos: pos, Target: first, Op: op, Value: v}
	}
	if p.tok.Kind != EQUAL {
		return &ExprStmt{Pos: pos, Value: first}
	}
	// An assignment: ast.c checks each target, in order, before it
	// looks at the next one.
	p.setContext(first, Store, pos.Line)
	targets := []Expr{first}
	for {
		p.next()
		epos := p.pos
		var e Expr
		if p.kw != kwYield {
			e = p.testlist()
			if p.tok.Kind != EQUAL {
				return &Assign{Pos: pos, Targets: targets, Value: e}
			}
			p.setContext(e, Store, epos.Line)
		} else {
			outer := p.takeErr()
			e = p.yieldExpr()
			inner := p.takeErr()
			p.astErr = outer
			if p.tok.Kind != EQUAL {
				p.astErr = firstErr(outer, inner, nil)
				return &Assign{Pos: pos, Targets: targets, Value: e}
			}
			// ast.c rejects a yield target before it reads it.
			p.astError(epos.Line, "assignment to yield expression not possible")
		}
		targets = append(targets, e)
	}
}

// printStmt parses print_stmt: 'print' ( [ test (',' test)* [','] ] |
// '>>' test [ (',' test)+ [','] ] ).
func (p *parser) printStmt() Stmt {
	s := &Print{Pos: p.pos, Nl: true}
	p.next()
	if p.tok.Kind == RIGHTSHIFT {
		p.next()
		s.Dest = p.test()
		if p.tok.Kind != COMMA {
			return s
		}
		p.next()
		s.Values = append(s.Values, p.test())
	} else if p.startsTest() {
		s.Values = append(s.Values, p.test())
	} else {
		return s
	}
	for p.tok.Kind == COMMA {
		p.next()
		if !p.startsTest() {
			s.Nl = false
			break
		}
		s.Values = append(s.Values, p.test())
	}
	return s
}

// raiseStmt parses raise_stmt: 'raise' [test [',' test [',' test]]].
func (p *parser) raiseStmt() Stmt {
	s := &Raise{Pos: p.pos}
	p.next()
	if !p.startsTest() {
		return s
	}
	s.Type = p.test()
	if p.tok.Kind == COMMA {
		p.next()
		s.Inst = p.test()
		if p.tok.Kind == COMMA {
			p.next()
			s.Tback = p.test()
		}
	}
	return s
}

// execStmt parses exec_stmt: 'exec' expr ['in' test [',' test]].
func (p *parser) execStmt() Stmt {
	s := &Exec{Pos: p.pos}
	p.next()
	s.Body = p.expr()
	if p.kw == kwIn {
		p.next()
		s.Globals = p.test()
		if p.tok.Kind == COMMA {
			p.next()
			s.Locals = p.test()
		}
	} else if t, ok := s.Body.(*Tuple); ok && (len(t.Elts) == 2 || len(t.Elts) == 3) {
		// ast.c: "exec(code, globals[, locals])" is the tuple form.
		s.Body, s.Globals = t.Elts[0], t.Elts[1]
		if len(t.Elts) == 3 {
			s.Locals = t.Elts[2]
		}
	}
	return s
}

// dottedName parses dotted_name: NAME ('.' NAME)*, returning the names
// joined with dots.
func (p *parser) dottedName() string {
	p.push(1) // dotted_name
	s := p.name()
	if p.tok.Kind == DOT {
		var b strings.Builder
		b.WriteString(s)
		for p.tok.Kind == DOT {
			p.next()
			b.WriteByte('.')
			b.WriteString(p.name())
		}
		s = b.String()
	}
	p.depth--
	return s
}

// importName parses import_name: 'import' dotted_as_names.
func (p *parser) importName() Stmt {
	s := &Import{Pos: p.pos}
	p.next()
	p.push(2) // dotted_as_names, dotted_as_name
	for {
		line := p.pos.Line
		name := p.dottedName()
		a := &Alias{Name: name}
		if p.kw == kwAs {
			p.next()
			line = p.pos.Line
			a.Asname = p.name()
			p.forbidden(a.Asname, line)
		} else if !strings.Contains(name, ".") {
			p.forbidden(name, line)
		}
		s.Names = append(s.Names, a)
		if p.tok.Kind != COMMA {
			break
		}
		p.next()
	}
	p.depth -= 2
	return s
}

// importFrom parses import_from: 'from' ('.'* dotted_name | '.'+)
// 'import' ('*' | '(' import_as_names ')' | import_as_names).
func (p *parser) importFrom() Stmt {
	s := &ImportFrom{Pos: p.pos}
	p.next()
	for p.tok.Kind == DOT {
		s.Level++
		p.next()
	}
	if s.Level == 0 || p.isName() {
		s.Module = p.dottedName()
	}
	p.expectKw(kwImport)
	star := false
	switch p.tok.Kind {
	case STAR:
		p.next()
		s.Names = []*Alias{{Name: "*"}}
		star = true
	case LPAR:
		p.next()
		s.Names, _ = p.importAsNames()
		p.expect(RPAR)
	default:
		line := p.pos.Line
		outer := p.takeErr()
		var trailing bool
		s.Names, trailing = p.importAsNames()
		names := p.takeErr()
		if trailing {
			p.astError(line, "trailing comma not allowed without surrounding parentheses")
		}
		p.astErr = firstErr(outer, p.astErr, names)
	}
	// parser.c's future_hack runs when the parser completes an import
	// statement. It looks at "from __future__ import ..." but its test
	// also lets through a dotted module name and a lone dot.
	if !star && (s.Level == 0 && (s.Module == "__future__" || strings.Contains(s.Module, ".")) ||
		s.Level == 1 && s.Module == "") {
		for _, a := range s.Names {
			switch a.Name {
			case "print_function":
				p.printFunction = true
			case "unicode_literals":
				if !p.unicodeLiterals {
					p.unicodeLiterals = true
					p.hackUnicode = true
				}
			}
		}
	}
	return s
}

// importAsNames parses import_as_names: import_as_name (','
// import_as_name)* [','], reporting whether it ends with a comma.
func (p *parser) importAsNames() ([]*Alias, bool) {
	p.push(2) // import_as_names, import_as_name
	var names []*Alias
	trailing := false
	for {
		line := p.pos.Line
		a := &Alias{Name: p.name()}
		if p.kw == kwAs {
			p.next()
			line = p.pos.Line
			a.Asname = p.name()
			p.forbidden(a.Asname, line)
		} else {
			p.forbidden(a.Name, line)
		}
		names = append(names, a)
		if p.tok.Kind != COMMA {
			break
		}
		p.next()
		if !p.isName() {
			trailing = true
			break
		}
	}
	p.depth -= 2
	return names, trailing
}

// compoundStmt parses compound_stmt.
func (p *parser) compoundStmt() Stmt {
	p.push(2) // compound_stmt and the statement's own rule
	var s Stmt
	switch p.kw {
	case kwIf:
		s = p.ifStmt()
	case kwWhile:
		s = p.whileStmt()
	case kwFor:
		s = p.forStmt()
	case kwTry:
		s = p.tryStmt()
	case kwWith:
		s = p.withStmt()
	case kwDef:
		s = p.funcdef()
	case kwClass:
		s = p.classdef()
	default:
		s = p.decorated()
	}
	p.depth -= 2
	return s
}

// suite parses suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT.
func (p *parser) suite() []Stmt {
	p.push(1) // suite
	var body []Stmt
	if p.tok.Kind != NEWLINE {
		body = p.simpleStmt(body, false)
		p.depth--
		return body
	}
	p.next()
	if p.tok.Kind != INDENT {
		if p.tok.Kind == ILLEGAL {
			// pgen's parser rejects a token it cannot classify
			// before it looks at what it expects.
			p.syntaxError()
		}
		p.fail("IndentationError", "expected an indented block")
	}
	p.next()
	for {
		body = p.stmt(body)
		if p.tok.Kind == DEDENT {
			break
		}
	}
	p.next()
	p.depth--
	return body
}

// colonSuite parses ':' suite.
func (p *parser) colonSuite() []Stmt {
	p.expect(COLON)
	return p.suite()
}

// ifStmt parses if_stmt: 'if' test ':' suite ('elif' test ':' suite)*
// ['else' ':' suite].
func (p *parser) ifStmt() Stmt {
	s := &If{Pos: p.pos}
	p.next()
	outer := p.takeErr()
	s.Test = p.test()
	s.Body = p.colonSuite()
	// ast.c builds the chain from its end: it looks at the last elif
	// (with the else), then the other elifs backwards, then the if.
	var errs []*Error // errs[i]: the first error of branch i (0: the if)
	note := func(i int) {
		if e := p.takeErr(); e != nil {
			for len(errs) <= i {
				errs = append(errs, nil)
			}
			errs[i] = e
		}
	}
	note(0)
	last := s
	n := 0
	for p.kw == kwElif {
		p.next()
		n++
		e := &If{Pos: p.pos}
		e.Test = p.test()
		e.Body = p.colonSuite()
		note(n)
		last.Orelse = []Stmt{e}
		last = e
	}
	var elseErr *Error
	if p.kw == kwElse {
		p.next()
		last.Orelse = p.colonSuite()
		elseErr = p.takeErr()
	}
	p.astErr = outer
	if p.astErr == nil {
		get := func(i int) *Error {
			if i < len(errs) {
				return errs[i]
			}
			return nil
		}
		if n == 0 {
			p.astErr = firstErr(get(0), elseErr, nil)
		} else {
			p.astErr = firstErr(get(n), elseErr, nil)
			for i := n - 1; i >= 0 && p.astErr == nil; i-- {
				p.astErr = get(i)
			}
		}
	}
	return s
}

// whileStmt parses while_stmt: 'while' test ':' suite ['else' ':' suite].
func (p *parser) whileStmt() Stmt {
	s := &While{Pos: p.pos}
	p.next()
	s.Test = p.test()
	s.Body = p.colonSuite()
	if p.kw == kwElse {
		p.next()
		s.Orelse = p.colonSuite()
	}
	return s
}

// forStmt parses for_stmt: 'for' exprlist 'in' testlist ':' suite ['else'
// ':' suite].
func (p *parser) forStmt() Stmt {
	s := &For{Pos: p.pos}
	p.next()
	outer := p.takeErr()
	s.Target = p.target()
	p.expectKw(kwIn)
	s.Iter = p.testlist()
	s.Body = p.colonSuite()
	if p.kw == kwElse {
		// ast.c reads the else suite first.
		inner := p.takeErr()
		p.next()
		s.Orelse = p.colonSuite()
		p.astErr = firstErr(outer, p.astErr, inner)
	} else {
		p.astErr = firstErr(outer, p.astErr, nil)
	}
	return s
}

// target parses the exprlist of a for statement or comprehension and
// returns the target ast.c makes of it: the expression, or a Tuple of
// them (at the first one's position) if there is a comma.
func (p *parser) target() Expr {
	elts, comma := p.exprlist(Store)
	if !comma {
		return elts[0]
	}
	return &Tuple{Pos: elts[0].Position(), Elts: elts, Ctx: Store}
}

// tryStmt parses try_stmt: 'try' ':' suite ((except_clause ':' suite)+
// ['else' ':' suite] ['finally' ':' suite] | 'finally' ':' suite).
func (p *parser) tryStmt() Stmt {
	pos := p.pos
	p.next()
	outer := p.takeErr()
	body := p.colonSuite()
	if p.kw == kwFinally {
		p.next()
		fin := p.colonSuite()
		p.astErr = firstErr(outer, p.astErr, nil)
		return &TryFinally{Pos: pos, Body: body, Finalbody: fin}
	}
	if p.kw != kwExcept {
		p.syntaxError()
	}
	// ast.c reads the body, the else and finally suites, then the
	// handlers.
	bodyErr := p.takeErr()
	var handlers []*ExceptHandler
	for p.kw == kwExcept {
		handlers = append(handlers, p.exceptClause())
	}
	handlersErr := p.takeErr()
	var orelse, fin []Stmt
	if p.kw == kwElse {
		p.next()
		orelse = p.colonSuite()
	}
	hasFinally := false
	if p.kw == kwFinally {
		p.next()
		fin = p.colonSuite()
		hasFinally = true
	}
	p.astErr = firstErr(firstErr(outer, bodyErr, p.astErr), handlersErr, nil)
	var s Stmt = &TryExcept{Pos: pos, Body: body, Handlers: handlers, Orelse: orelse}
	if hasFinally {
		s = &TryFinally{Pos: pos, Body: []Stmt{s}, Finalbody: fin}
	}
	return s
}

// exceptClause parses except_clause ':' suite, where except_clause:
// 'except' [test [('as' | ',') test]].
func (p *parser) exceptClause() *ExceptHandler {
	p.push(1) // except_clause
	h := &ExceptHandler{Pos: p.pos}
	p.next()
	if p.startsTest() {
		outer := p.takeErr()
		h.Type = p.test()
		if p.kw == kwAs || p.tok.Kind == COMMA {
			p.next()
			// ast.c reads the name before the type.
			typeErr := p.takeErr()
			line := p.pos.Line
			h.Name = p.test()
			p.setContext(h.Name, Store, line)
			p.astErr = firstErr(outer, p.astErr, typeErr)
		} else {
			p.astErr = firstErr(outer, p.astErr, nil)
		}
	}
	p.depth--
	h.Body = p.colonSuite()
	return h
}

// withStmt parses with_stmt: 'with' with_item (',' with_item)* ':' suite,
// where with_item: test ['as' expr]. Each item is a With statement, the
// next one in its body.
func (p *parser) withStmt() Stmt {
	p.next()
	outer := p.takeErr()
	var items []*With
	var errs []*Error // the first error of each item, if any
	for {
		p.push(1) // with_item
		w := &With{Pos: p.pos}
		line := p.pos.Line
		w.ContextExpr = p.test()
		if p.kw == kwAs {
			p.next()
			w.OptionalVars = p.expr()
			p.setContext(w.OptionalVars, Store, line)
		}
		p.depth--
		if e := p.takeErr(); e != nil {
			for len(errs) < len(items) {
				errs = append(errs, nil)
			}
			errs = append(errs, e)
		}
		items = append(items, w)
		if p.tok.Kind != COMMA {
			break
		}
		p.next()
	}
	body := p.colonSuite()
	// ast.c reads the suite, then the items from the last to the first.
	p.astErr = firstErr(outer, p.astErr, nil)
	for i := len(errs) - 1; i >= 0 && p.astErr == nil; i-- {
		p.astErr = errs[i]
	}
	for i := len(items) - 1; i >= 0; i-- {
		items[i].Body = body
		body = []Stmt{items[i]}
	}
	return items[0]
}

// funcdef parses funcdef: 'def' NAME parameters ':' suite.
func (p *parser) funcdef() *FunctionDef {
	s := &FunctionDef{Pos: p.pos}
	p.next()
	line := p.pos.Line
	s.Name = p.name()
	p.forbidden(s.Name, line)
	p.push(1) // parameters
	p.expect(LPAR)
	if p.tok.Kind == RPAR {
		s.Args = &Arguments{}
	} else {
		s.Args = p.varargslist()
	}
	p.expect(RPAR)
	p.depth--
	s.Body = p.colonSuite()
	return s
}

// classdef parses classdef: 'class' NAME ['(' [testlist] ')'] ':' suite.
func (p *parser) classdef() *ClassDef {
	s := &ClassDef{Pos: p.pos}
	p.next()
	name := p.name()
	p.forbidden(name, s.Pos.Line)
	s.Name = name
	if p.tok.Kind == LPAR {
		p.next()
		if p.tok.Kind != RPAR {
			p.push(1) // testlist
			for {
				s.Bases = append(s.Bases, p.test())
				if p.tok.Kind != COMMA {
					break
				}
				p.next()
				if !p.startsTest() {
					break
				}
			}
			p.depth--
		}
		p.expect(RPAR)
	}
	s.Body = p.colonSuite()
	return s
}

// decorated parses decorated: decorators (classdef | funcdef), where
// decorators: decorator+ and decorator: '@' dotted_name [ '(' [arglist]
// ')' ] NEWLINE.
func (p *parser) decorated() Stmt {
	pos := p.pos
	p.push(1) // decorators
	var decs []Expr
	for p.tok.Kind == AT {
		p.push(1) // decorator
		p.next()
		p.push(1) // dotted_name
		npos := p.pos
		var d Expr = &Name{Pos: npos, Id: p.name()}
		for p.tok.Kind == DOT {
			p.next()
			d = &Attribute{Pos: npos, Value: d, Attr: p.name()}
		}
		p.depth--
		if p.tok.Kind == LPAR {
			p.next()
			if p.tok.Kind == RPAR {
				d = &Call{Pos: npos, Func: d}
			} else {
				d = p.arglist(d)
			}
			p.expect(RPAR)
		}
		p.expect(NEWLINE)
		p.depth--
		decs = append(decs, d)
	}
	p.depth--
	var s Stmt
	p.push(1) // funcdef or classdef under decorated
	switch p.kw {
	case kwDef:
		f := p.funcdef()
		f.DecoratorList = decs
		f.Pos = pos
		s = f
	case kwClass:
		c := p.classdef()
		c.DecoratorList = decs
		c.Pos = pos
		s = c
	default:
		p.syntaxError()
	}
	p.depth--
	return s
}
