package compile

import (
	"strconv"
	"strings"

	"github.com/pystm/pystm/compile/syntax"
)

// This file is the scope analysis: CPython 2.7's symtable.c. A first
// pass over the tree records, for each block (module, class, function,
// lambda, generator expression, set or dict comprehension), the facts
// about each name (assigned, parameter, used, declared global,
// imported); a second pass decides each name's scope: local, global
// (explicit or implicit), free, or cell.

// blockType is the kind of a scope.
type blockType uint8

const (
	moduleBlock blockType = iota
	classBlock
	functionBlock
)

// symFlags are the facts the first pass records about a name.
type symFlags uint16

const (
	defGlobal    symFlags = 1 << iota // declared global
	defLocal                          // assigned (or deleted) in the block
	defParam                          // a parameter
	defUse                            // used (loaded)
	defFree                           // unused; kept for CPython's numbering
	defFreeClass                      // free in a method, bound in the class
	defImport                         // bound by an import

	defBound = defLocal | defParam | defImport
)

// symScope is the scope the second pass gives a name.
type symScope uint8

const (
	scopeNone symScope = iota
	scopeLocal
	scopeGlobalExplicit
	scopeGlobalImplicit
	scopeFree
	scopeCell
)

var scopeNames = [...]string{"none", "local", "global_explicit", "global_implicit", "free", "cell"}

func (s symScope) String() string { return scopeNames[s] }

// The reasons a function is unoptimized (uses a locals dict).
const (
	optImportStar = 1
	optExec       = 2
	optBareExec   = 4
	optTopLevel   = 8
)

// symbol is what is known of one name in one scope.
type symbol struct {
	flags symFlags
	scope symScope
}

// scope is a symbol table entry: one block.
type scope struct {
	typ      blockType
	name     string
	line     int
	syms     map[string]*symbol
	order    []string // names in the order they were first seen
	varnames []string // parameters, in order
	children []*scope

	unoptimized  int // optImportStar | optExec | optBareExec | optTopLevel
	optLine      int // line of the first exec or import that made it unoptimized
	nested       bool
	free         bool // has free variables (or implicit globals, when nested)
	childFree    bool // a nested block has free variables
	generator    bool
	returnsValue bool
	varargs      bool
	varkeywords  bool
	tmpnames     int // temporary names made so far
}

func newScope(typ blockType, name string, line int) *scope {
	return &scope{typ: typ, name: name, line: line, syms: make(map[string]*symbol)}
}

// lookup returns the scope of an already mangled name.
func (s *scope) lookup(name string) symScope {
	if sym := s.syms[name]; sym != nil {
		return sym.scope
	}
	return scopeNone
}

// symtable is the state of the first pass.
type symtable struct {
	*diag
	top     *scope
	cur     *scope
	stack   []*scope
	private string         // the enclosing class name, for name mangling
	scopes  map[any]*scope // AST node -> its block
	depth   int            // recursion depth, bounded by maxDepth
}

// maxDepth bounds the recursion of the passes over the tree, so that a
// pathological tree gives an error instead of exhausting the stack.
const maxDepth = 20000

// tooDeepMsg is the error for a tree nested deeper than maxDepth.
const tooDeepMsg = "too many nested expressions and statements (maximum recursion depth exceeded during compilation)"

// buildSymtable runs both passes over a tree and returns the module
// scope and the scope of each block node.
func buildSymtable(d *diag, t syntax.Tree) *symtable {
	st := &symtable{diag: d, scopes: make(map[any]*scope)}
	st.enter("top", moduleBlock, t, 0)
	st.top = st.cur
	st.top.unoptimized = optTopLevel
	switch t := t.(type) {
	case *syntax.Module:
		st.stmts(t.Body)
	case *syntax.Interactive:
		st.stmts(t.Body)
	case *syntax.Expression:
		st.expr(t.Body)
	}
	st.exit()
	if !st.failed() {
		st.analyze()
	}
	return st
}

func (st *symtable) enter(name string, typ blockType, node any, line int) {
	s := newScope(typ, name, line)
	if st.cur != nil {
		if st.cur.nested || st.cur.typ == functionBlock {
			s.nested = true
		}
		st.cur.children = append(st.cur.children, s)
		st.stack = append(st.stack, st.cur)
	}
	st.cur = s
	st.scopes[node] = s
}

func (st *symtable) exit() {
	if n := len(st.stack); n > 0 {
		st.cur = st.stack[n-1]
		st.stack = st.stack[:n-1]
	}
}

// mangle returns name as seen in class private: "__x" becomes
// "_private__x" (CPython's _Py_Mangle).
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (st *symtable) lookupFlags(name string) symFlags {
	if sym := st.cur.syms[mangle(st.private, name)]; sym != nil {
		return sym.flags
	}
	return 0
}

func (s *scope) add(name string, flag symFlags) *symbol {
	sym := s.syms[name]
	if sym == nil {
		sym = &symbol{}
		s.syms[name] = sym
		s.order = append(s.order, name)
	}
	sym.flags |= flag
	return sym
}

func (st *symtable) addDef(name string, flag symFlags) {
	mangled := mangle(st.private, name)
	if sym := st.cur.syms[mangled]; sym != nil && flag&defParam != 0 && sym.flags&defParam != 0 {
		st.errorAt(st.cur.line, "duplicate argument '"+name+"' in function definition")
		return
	}
	st.cur.add(mangled, flag)
	if flag&defParam != 0 {
		st.cur.varnames = append(st.cur.varnames, mangled)
	} else if flag&defGlobal != 0 {
		st.top.add(mangled, flag)
	}
}

func (st *symtable) push() bool {
	st.depth++
	if st.depth > maxDepth {
		st.errorAt(0, tooDeepMsg)
		return false
	}
	return true
}

func (st *symtable) pop() { st.depth-- }

func (st *symtable) stmts(body []syntax.Stmt) {
	for _, s := range body {
		if st.failed() {
			return
		}
		st.stmt(s)
	}
}

func (st *symtable) exprs(es []syntax.Expr) {
	for _, e := range es {
		if st.failed() {
			return
		}
		st.expr(e)
	}
}

func (st *symtable) stmt(s syntax.Stmt) {
	if s == nil || st.failed() || !st.push() {
		return
	}
	defer st.pop()
	switch s := s.(type) {
	case *syntax.FunctionDef:
		st.addDef(s.Name, defLocal)
		if s.Args != nil {
			st.exprs(s.Args.Defaults)
		}
		st.exprs(s.DecoratorList)
		st.enter(s.Name, functionBlock, s, s.Line)
		st.arguments(s.Args)
		st.stmts(s.Body)
		st.exit()
	case *syntax.ClassDef:
		st.addDef(s.Name, defLocal)
		st.exprs(s.Bases)
		st.exprs(s.DecoratorList)
		st.enter(s.Name, classBlock, s, s.Line)
		saved := st.private
		st.private = s.Name
		st.stmts(s.Body)
		st.private = saved
		st.exit()
	case *syntax.Return:
		if s.Value != nil {
			st.expr(s.Value)
			st.cur.returnsValue = true
			if st.cur.generator {
				st.errorAt(s.Line, "'return' with argument inside generator")
			}
		}
	case *syntax.Delete:
		st.exprs(s.Targets)
	case *syntax.Assign:
		st.exprs(s.Targets)
		st.expr(s.Value)
	case *syntax.AugAssign:
		st.expr(s.Target)
		st.expr(s.Value)
	case *syntax.Print:
		st.expr(s.Dest)
		st.exprs(s.Values)
	case *syntax.For:
		st.expr(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.Raise:
		if s.Type != nil {
			st.expr(s.Type)
			if s.Inst != nil {
				st.expr(s.Inst)
				st.expr(s.Tback)
			}
		}
	case *syntax.TryExcept:
		st.stmts(s.Body)
		st.stmts(s.Orelse)
		for _, h := range s.Handlers {
			if h == nil || st.failed() {
				continue
			}
			st.expr(h.Type)
			st.expr(h.Name)
			st.stmts(h.Body)
		}
	case *syntax.TryFinally:
		st.stmts(s.Body)
		st.stmts(s.Finalbody)
	case *syntax.Assert:
		st.expr(s.Test)
		st.expr(s.Msg)
	case *syntax.Import:
		for _, a := range s.Names {
			st.alias(a)
		}
		if st.cur.unoptimized != 0 && st.cur.optLine == 0 {
			st.cur.optLine = s.Line
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			st.alias(a)
		}
		if st.cur.unoptimized != 0 && st.cur.optLine == 0 {
			st.cur.optLine = s.Line
		}
	case *syntax.Exec:
		st.expr(s.Body)
		if st.cur.optLine == 0 {
			st.cur.optLine = s.Line
		}
		if s.Globals != nil {
			st.cur.unoptimized |= optExec
			st.expr(s.Globals)
			st.expr(s.Locals)
		} else {
			st.cur.unoptimized |= optBareExec
		}
	case *syntax.Global:
		for _, name := range s.Names {
			cur := st.lookupFlags(name)
			if cur&defLocal != 0 {
				st.warnAt(s.Line, "name '"+truncate(name, 400)+"' is assigned to before global declaration")
			} else if cur&defUse != 0 {
				st.warnAt(s.Line, "name '"+truncate(name, 400)+"' is used prior to global declaration")
			}
			st.addDef(name, defGlobal)
		}
	case *syntax.ExprStmt:
		st.expr(s.Value)
	case *syntax.With:
		st.expr(s.ContextExpr)
		st.expr(s.OptionalVars)
		st.stmts(s.Body)
	}
}

func (st *symtable) alias(a *syntax.Alias) {
	if a == nil || st.failed() {
		return
	}
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if st.cur.typ != moduleBlock {
			st.warnAt(st.cur.line, "import * only allowed at module level")
		}
		st.cur.unoptimized |= optImportStar
		return
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	st.addDef(name, defImport)
}

func (st *symtable) expr(e syntax.Expr) {
	if e == nil || st.failed() || !st.push() {
		return
	}
	defer st.pop()
	switch e := e.(type) {
	case *syntax.BoolOp:
		st.exprs(e.Values)
	case *syntax.BinOp:
		st.expr(e.Left)
		st.expr(e.Right)
	case *syntax.UnaryOp:
		st.expr(e.Operand)
	case *syntax.Lambda:
		if e.Args != nil {
			st.exprs(e.Args.Defaults)
		}
		st.enter("lambda", functionBlock, e, e.Line)
		st.arguments(e.Args)
		st.expr(e.Body)
		st.exit()
	case *syntax.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *syntax.Dict:
		st.exprs(e.Keys)
		st.exprs(e.Values)
	case *syntax.Set:
		st.exprs(e.Elts)
	case *syntax.ListComp:
		st.expr(e.Elt)
		for _, g := range e.Generators {
			st.comprehension(g)
		}
	case *syntax.GeneratorExp:
		st.handleComprehension(e, "genexpr", e.Generators, e.Elt, nil, true, 0)
	case *syntax.SetComp:
		st.handleComprehension(e, "setcomp", e.Generators, e.Elt, nil, false, 0)
	case *syntax.DictComp:
		st.handleComprehension(e, "dictcomp", e.Generators, e.Key, e.Value, false, 0)
	case *syntax.Yield:
		st.expr(e.Value)
		st.cur.generator = true
		if st.cur.returnsValue {
			st.errorAt(e.Line, "'return' with argument inside generator")
		}
	case *syntax.Compare:
		st.expr(e.Left)
		st.exprs(e.Comparators)
	case *syntax.Call:
		st.expr(e.Func)
		st.exprs(e.Args)
		for _, k := range e.Keywords {
			if k != nil {
				st.expr(k.Value)
			}
		}
		st.expr(e.Starargs)
		st.expr(e.Kwargs)
	case *syntax.Repr:
		st.expr(e.Value)
	case *syntax.Attribute:
		st.expr(e.Value)
	case *syntax.Subscript:
		st.expr(e.Value)
		st.slice(e.Slice)
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			st.addDef(e.Id, defUse)
		} else {
			st.addDef(e.Id, defLocal)
		}
	case *syntax.List:
		st.exprs(e.Elts)
	case *syntax.Tuple:
		st.exprs(e.Elts)
	}
}

func (st *symtable) slice(s syntax.Slicing) {
	if st.failed() || !st.push() {
		return
	}
	defer st.pop()
	switch s := s.(type) {
	case *syntax.Slice:
		st.expr(s.Lower)
		st.expr(s.Upper)
		st.expr(s.Step)
	case *syntax.ExtSlice:
		for _, d := range s.Dims {
			st.slice(d)
		}
	case *syntax.Index:
		st.expr(s.Value)
	}
}

func (st *symtable) comprehension(g *syntax.Comprehension) {
	if g == nil {
		return
	}
	st.expr(g.Target)
	st.expr(g.Iter)
	st.exprs(g.Ifs)
}

// handleComprehension makes the function scope of a generator
// expression or set/dict comprehension; its outermost iterable is
// evaluated in the enclosing scope and passed as parameter ".0". As in
// CPython 2.7, the scope's line is 0.
func (st *symtable) handleComprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr, isGen bool, line int) {
	var outer *syntax.Comprehension
	if len(gens) > 0 {
		outer = gens[0]
	}
	if outer != nil {
		st.expr(outer.Iter)
	}
	st.enter(name, functionBlock, e, line)
	st.cur.generator = isGen
	st.implicitArg(0)
	if !isGen {
		// CPython 2.7 reserves a temporary name it never uses.
		st.cur.tmpnames++
		st.addDef("_["+strconv.Itoa(st.cur.tmpnames)+"]", defLocal)
	}
	if outer != nil {
		st.expr(outer.Target)
		st.exprs(outer.Ifs)
	}
	for i := 1; i < len(gens); i++ {
		st.comprehension(gens[i])
	}
	st.expr(value)
	st.expr(elt)
	st.exit()
}

func (st *symtable) implicitArg(pos int) {
	st.addDef("."+strconv.Itoa(pos), defParam)
}

func (st *symtable) arguments(a *syntax.Arguments) {
	if a == nil {
		return
	}
	st.params(a.Args, true)
	if a.Vararg != "" {
		st.addDef(a.Vararg, defParam)
		st.cur.varargs = true
	}
	if a.Kwarg != "" {
		st.addDef(a.Kwarg, defParam)
		st.cur.varkeywords = true
	}
	st.paramsNested(a.Args)
}

func (st *symtable) params(args []syntax.Expr, top bool) {
	if st.failed() || !st.push() {
		return
	}
	defer st.pop()
	for i, arg := range args {
		if st.failed() {
			return
		}
		switch arg := arg.(type) {
		case *syntax.Name:
			st.addDef(arg.Id, defParam)
		case *syntax.Tuple:
			if top {
				st.implicitArg(i)
			}
		default:
			st.errorAt(st.cur.line, "invalid expression in parameter list")
			return
		}
	}
	if !top {
		st.paramsNested(args)
	}
}

func (st *symtable) paramsNested(args []syntax.Expr) {
	for _, arg := range args {
		if t, ok := arg.(*syntax.Tuple); ok {
			st.params(t.Elts, false)
		}
	}
}

// analyze is the second pass: it gives every name its scope.
func (st *symtable) analyze() {
	st.analyzeBlock(st.top, nil, map[string]bool{}, map[string]bool{})
}

func copySet(m map[string]bool) map[string]bool {
	c := make(map[string]bool, len(m))
	for k := range m {
		c[k] = true
	}
	return c
}

// analyzeBlock decides the scope of the names of s. bound holds the
// names bound in enclosing function scopes (nil for the module), global
// the names declared global in enclosing scopes; the free variables of
// s and its children are added to free.
func (st *symtable) analyzeBlock(s *scope, bound, free, global map[string]bool) {
	if st.failed() || !st.push() {
		return
	}
	defer st.pop()
	local := map[string]bool{}
	newGlobal := map[string]bool{}
	newBound := map[string]bool{}
	newFree := map[string]bool{}
	if s.typ == classBlock {
		for k := range global {
			newGlobal[k] = true
		}
		for k := range bound {
			newBound[k] = true
		}
	}
	for _, name := range s.order {
		st.analyzeName(s, name, s.syms[name], bound, local, free, global)
		if st.failed() {
			return
		}
	}
	if s.typ != classBlock {
		if s.typ == functionBlock {
			for k := range local {
				newBound[k] = true
			}
		}
		for k := range bound {
			newBound[k] = true
		}
		for k := range global {
			newGlobal[k] = true
		}
	}
	allFree := map[string]bool{}
	for _, child := range s.children {
		tempFree := copySet(newFree)
		st.analyzeBlock(child, copySet(newBound), tempFree, copySet(newGlobal))
		if st.failed() {
			return
		}
		for k := range tempFree {
			allFree[k] = true
		}
		if child.free || child.childFree {
			s.childFree = true
		}
	}
	for k := range allFree {
		newFree[k] = true
	}
	if s.typ == functionBlock {
		// Locals used free by children become cells.
		for _, name := range s.order {
			sym := s.syms[name]
			if sym.scope == scopeLocal && newFree[name] {
				sym.scope = scopeCell
				delete(newFree, name)
			}
		}
	}
	st.updateSymbols(s, bound, newFree)
	st.checkUnoptimized(s)
	for k := range newFree {
		free[k] = true
	}
}

func (st *symtable) analyzeName(s *scope, name string, sym *symbol, bound, local, free, global map[string]bool) {
	flags := sym.flags
	switch {
	case flags&defGlobal != 0:
		if flags&defParam != 0 {
			st.errorAt(s.line, "name '"+name+"' is local and global")
			return
		}
		sym.scope = scopeGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&defBound != 0:
		sym.scope = scopeLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		sym.scope = scopeFree
		s.free = true
		free[name] = true
	case global[name]:
		sym.scope = scopeGlobalImplicit
	default:
		if s.nested {
			s.free = true
		}
		sym.scope = scopeGlobalImplicit
	}
}

// updateSymbols records the free variables that only pass through s to
// reach a nested function, and marks the class-bound names that
// methods use free.
func (st *symtable) updateSymbols(s *scope, bound, free map[string]bool) {
	for _, name := range sortedKeys(free) {
		if sym := s.syms[name]; sym != nil {
			if s.typ == classBlock && sym.flags&(defBound|defGlobal) != 0 {
				sym.flags |= defFreeClass
			}
			continue
		}
		if bound == nil || !bound[name] {
			continue // a global
		}
		sym := s.add(name, 0)
		sym.scope = scopeFree
	}
}

// checkUnoptimized rejects exec and import * in functions that have or
// contain free variables.
func (st *symtable) checkUnoptimized(s *scope) {
	if s.typ != functionBlock || s.unoptimized == 0 || !(s.free || s.childFree) {
		return
	}
	trailer := "is a nested function"
	if s.childFree {
		trailer = "contains a nested function with free variables"
	}
	name := truncate(s.name, 100)
	var msg string
	switch s.unoptimized {
	case optTopLevel, optExec:
		return
	case optImportStar:
		msg = "import * is not allowed in function '" + name + "' because it " + trailer
	case optBareExec:
		msg = "unqualified exec is not allowed in function '" + name + "' because it " + trailer
	default:
		msg = "function '" + name + "' uses import * and bare exec, which are illegal because it " + trailer
	}
	st.errorAt(s.optLine, msg)
}
