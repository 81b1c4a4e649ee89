package syntax

// This file parses parameter lists, lambdas, call arguments, subscripts
// and comprehensions.

// varargslist parses varargslist: ((fpdef ['=' test] ',')* ('*' NAME
// [',' '**' NAME] | '**' NAME) | fpdef ['=' test] (',' fpdef ['=' test])*
// [',']), with ast_for_arguments's checks. The caller checks the token
// that ends it.
func (p *parser) varargslist() *Arguments {
	p.push(1) // varargslist
	// ast.c blames the varargslist for most errors.
	line := p.pos.Line
	a := &Arguments{}
	foundDefault := false
	for {
		switch p.tok.Kind {
		case STAR:
			p.next()
			a.Vararg = p.paramName()
			if p.tok.Kind == COMMA {
				p.next()
				if p.tok.Kind != DOUBLESTAR {
					p.syntaxError()
				}
				p.next()
				a.Kwarg = p.paramName()
			}
		case DOUBLESTAR:
			p.next()
			a.Kwarg = p.paramName()
		case NAME, LPAR:
			arg, paren := p.fpdef()
			if p.tok.Kind == EQUAL {
				p.next()
				a.Defaults = append(a.Defaults, p.test())
				foundDefault = true
				if paren {
					// ast.c's "def f((x)=1)" check.
					p.astError(line, "parenthesized arg with default")
				}
			} else if foundDefault {
				p.astError(line, "non-default argument follows default argument")
			}
			if n, ok := arg.(*Name); ok {
				n.Ctx = Param
				p.forbidden(n.Id, line)
			} else {
				p.checkParams(arg.(*Tuple))
			}
			a.Args = append(a.Args, arg)
			if p.tok.Kind != COMMA {
				break
			}
			p.next()
			switch p.tok.Kind {
			case NAME, LPAR, STAR, DOUBLESTAR:
				if p.tok.Kind != NAME || p.kw == kwNone {
					continue
				}
			}
		default:
			p.syntaxError()
		}
		break
	}
	p.depth--
	return a
}

// paramName parses the NAME after '*' or '**' in a varargslist.
func (p *parser) paramName() string {
	line := p.pos.Line
	s := p.name()
	p.forbidden(s, line)
	return s
}

// fpdef parses fpdef: NAME | '(' fplist ')', where fplist: fpdef (','
// fpdef)* [','], as ast.c sees it: a NAME is a Name, a parenthesized
// fplist without a comma is its element, any other fplist a Tuple at the
// fplist's position; all in context Store. paren reports a parenthesized
// fplist without a comma.
func (p *parser) fpdef() (e Expr, paren bool) {
	p.push(1) // fpdef
	if p.tok.Kind == NAME {
		pos := p.pos
		e = &Name{Pos: pos, Id: p.name(), Ctx: Store}
		p.depth--
		return e, false
	}
	p.expect(LPAR)
	p.push(1) // fplist
	pos := p.pos
	first, _ := p.fpdef()
	if p.tok.Kind != COMMA {
		e, paren = first, true
	} else {
		elts := []Expr{first}
		for p.tok.Kind == COMMA {
			p.next()
			if p.tok.Kind != NAME && p.tok.Kind != LPAR {
				break
			}
			x, _ := p.fpdef()
			elts = append(elts, x)
		}
		e = &Tuple{Pos: pos, Elts: elts, Ctx: Store}
	}
	p.depth--
	p.expect(RPAR)
	p.depth--
	return e, paren
}

// checkParams makes compiler_complex_args's checks of a tuple parameter:
// each name in it is checked on the line of the fplist holding it.
func (p *parser) checkParams(t *Tuple) {
	for _, x := range t.Elts {
		switch x := x.(type) {
		case *Name:
			p.forbidden(x.Id, t.Pos.Line)
		case *Tuple:
			p.checkParams(x)
		}
	}
}

// lambdef parses lambdef: 'lambda' [varargslist] ':' test, or with old
// old_lambdef: 'lambda' [varargslist] ':' old_test.
func (p *parser) lambdef(old bool) Expr {
	p.push(1) // lambdef
	l := &Lambda{Pos: p.pos}
	p.next()
	if p.tok.Kind == COLON {
		l.Args = &Arguments{}
	} else {
		l.Args = p.varargslist()
	}
	p.expect(COLON)
	if old {
		l.Body = p.oldTest()
	} else {
		l.Body = p.test()
	}
	p.depth--
	return l
}

// argCounts counts a call's arguments as ast_for_call does.
type argCounts struct {
	args, keywords, gens int
}

// arglist parses arglist: (argument ',')* (argument [','] | '*' test
// (',' argument)* [',' '**' test] | '**' test) after the '(' of a call
// of fn, with ast_for_call's checks. The caller consumes the ')'.
func (p *parser) arglist(fn Expr) *Call {
	p.push(1) // arglist
	line := p.pos.Line
	c := p.calls.new()
	c.Pos, c.Func = fn.Position(), fn
	outer := p.takeErr()
	var n argCounts
loop:
	for {
		switch p.tok.Kind {
		case STAR:
			p.next()
			c.Starargs = p.test()
			for p.tok.Kind == COMMA {
				p.next()
				if p.tok.Kind == DOUBLESTAR {
					p.next()
					c.Kwargs = p.test()
					break
				}
				p.argument(c, &n)
			}
			break loop
		case DOUBLESTAR:
			p.next()
			c.Kwargs = p.test()
			break loop
		default:
			p.argument(c, &n)
			if p.tok.Kind != COMMA {
				break loop
			}
			p.next()
			if p.tok.Kind == RPAR {
				break loop
			}
		}
	}
	// ast.c counts the arguments before it looks at any of them.
	args := p.takeErr()
	if n.gens > 1 || n.gens > 0 && (n.args > 0 || n.keywords > 0) {
		p.astError(line, "Generator expression must be parenthesized if not sole argument")
	} else if n.args+n.keywords+n.gens > 255 {
		p.astError(line, "more than 255 arguments")
	}
	p.astErr = firstErr(outer, p.astErr, args)
	p.depth--
	return c
}

// argument parses argument: test [comp_for] | test '=' test, adding it to
// call c.
func (p *parser) argument(c *Call, n *argCounts) {
	p.push(1) // argument
	pos := p.pos
	outer := p.takeErr()
	e := p.test()
	switch {
	case p.kw == kwFor:
		c.Args = append(c.Args, &GeneratorExp{Pos: pos, Elt: e, Generators: p.compFor()})
		n.gens++
		p.astErr = firstErr(outer, p.astErr, nil)
	case p.tok.Kind == EQUAL:
		p.astErr = firstErr(outer, p.astErr, nil)
		p.next()
		k := &Keyword{}
		switch x := e.(type) {
		case *Lambda:
			p.astError(pos.Line, "lambda cannot contain assignment")
		case *Name:
			k.Arg = x.Id
			p.forbidden(x.Id, pos.Line)
			for _, o := range c.Keywords {
				if o.Arg == x.Id {
					p.astError(pos.Line, "keyword argument repeated")
					break
				}
			}
		default:
			p.astError(pos.Line, "keyword can't be an expression")
		}
		k.Value = p.test()
		c.Keywords = append(c.Keywords, k)
		n.keywords++
	default:
		// ast.c checks the argument's place before the argument.
		inner := p.takeErr()
		p.astErr = outer
		if len(c.Keywords) > 0 {
			p.astError(pos.Line, "non-keyword arg after keyword arg")
		} else if c.Starargs != nil {
			p.astError(pos.Line, "only named arguments may follow *expression")
		}
		p.astErr = firstErr(p.astErr, inner, nil)
		c.Args = append(c.Args, e)
		n.args++
	}
	p.depth--
}

// startsSubscript reports whether the current token can start a subscript.
func (p *parser) startsSubscript() bool {
	return p.tok.Kind == DOT || p.tok.Kind == COLON || p.startsTest()
}

// subscriptlist parses subscriptlist: subscript (',' subscript)* [','] and
// returns the Subscript of value it makes, as ast_for_trailer: several
// plain subscripts are an Index of a Tuple (at the subscriptlist's
// position), several with a slice or ellipsis an ExtSlice.
func (p *parser) subscriptlist(value Expr) Expr {
	p.push(1) // subscriptlist
	pos := p.pos
	var sl Slicing = p.subscript()
	if p.tok.Kind == COMMA {
		dims := []Slicing{sl}
		for p.tok.Kind == COMMA {
			p.next()
			if !p.startsSubscript() {
				break
			}
			dims = append(dims, p.subscript())
		}
		elts := make([]Expr, 0, len(dims))
		for _, d := range dims {
			if i, ok := d.(*Index); ok {
				elts = append(elts, i.Value)
			}
		}
		if len(elts) == len(dims) {
			sl = &Index{Value: &Tuple{Pos: pos, Elts: elts}}
		} else {
			sl = &ExtSlice{Dims: dims}
		}
	}
	p.depth--
	return &Subscript{Pos: value.Position(), Value: value, Slice: sl}
}

// subscript parses subscript: '.' '.' '.' | test | [test] ':' [test]
// [sliceop], where sliceop: ':' [test]. As ast_for_slice, a sliceop
// without a test gives the step Name "None" (at its colon), to tell x[::]
// from x[:].
func (p *parser) subscript() Slicing {
	p.push(1) // subscript
	defer func() { p.depth-- }()
	if p.tok.Kind == DOT {
		p.next()
		p.expect(DOT)
		p.expect(DOT)
		return &Ellipsis{}
	}
	var lower Expr
	if p.startsTest() {
		lower = p.test()
		if p.tok.Kind != COLON {
			return &Index{Value: lower}
		}
	} else if p.tok.Kind != COLON {
		p.syntaxError()
	}
	p.next()
	s := &Slice{Lower: lower}
	if p.startsTest() {
		s.Upper = p.test()
	}
	if p.tok.Kind == COLON {
		p.push(1) // sliceop
		pos := p.pos
		p.next()
		if p.startsTest() {
			s.Step = p.test()
		} else {
			s.Step = &Name{Pos: pos, Id: "None"}
		}
		p.depth--
	}
	return s
}

// compFor parses comp_for: 'for' exprlist 'in' or_test [comp_iter] with
// the comp_iters that follow (comp_iter: comp_for | comp_if, comp_if: 'if'
// old_test [comp_iter]), returning a comprehension for each 'for', holding
// the 'if's that follow it.
func (p *parser) compFor() []*Comprehension { return p.forClauses(false) }

// listFor parses list_for: 'for' exprlist 'in' testlist_safe [list_iter]
// with the list_iters that follow (list_iter: list_for | list_if, list_if:
// 'if' old_test [list_iter]), as compFor.
func (p *parser) listFor() []*Comprehension { return p.forClauses(true) }

// forClauses parses the clauses of compFor, or of listFor if list is
// set: the two rules differ only in what the iterable may be.
func (p *parser) forClauses(list bool) []*Comprehension {
	base := p.depth
	p.push(1) // comp_for or list_for
	var comps []*Comprehension
	for {
		p.next()
		c := &Comprehension{Target: p.target()}
		p.expectKw(kwIn)
		if list {
			c.Iter = p.testlistSafe()
		} else {
			c.Iter = p.orTest()
		}
		comps = append(comps, c)
		for p.kw == kwIf {
			p.push(2) // comp_iter or list_iter, then comp_if or list_if
			p.next()
			c.Ifs = append(c.Ifs, p.oldTest())
		}
		if p.kw != kwFor {
			break
		}
		p.push(2) // comp_iter or list_iter, then comp_for or list_for
	}
	p.depth = base
	return comps
}
