package syntax

import (
	"strconv"
	"strings"
)

// positions lists the node type, lineno and col_offset of every node of t
// that has them, depth first in ASDL field order, one "Type:line:col" per
// node separated by spaces: the same list walkPositions (the Python side,
// in positionScript) prints for CPython's tree.
func positions(t Tree) string {
	w := &posWalker{}
	switch t := t.(type) {
	case *Module:
		w.stmts(t.Body)
	case *Interactive:
		w.stmts(t.Body)
	case *Expression:
		w.expr(t.Body)
	}
	return strings.TrimSpace(w.b.String())
}

// positionScript is the Python 2 function that lists positions as
// positions does.
const positionScript = `
def walkPositions(node, out):
    if isinstance(node, ast.AST):
        if 'lineno' in node._attributes and hasattr(node, 'lineno'):
            out.append('%s:%d:%d' % (type(node).__name__, node.lineno, node.col_offset))
        for f in node._fields:
            walkPositions(getattr(node, f, None), out)
    elif isinstance(node, list):
        for x in node:
            walkPositions(x, out)
`

type posWalker struct{ b strings.Builder }

func (w *posWalker) node(name string, p Pos) {
	w.b.WriteString(name)
	w.b.WriteByte(':')
	w.b.WriteString(strconv.Itoa(p.Line))
	w.b.WriteByte(':')
	w.b.WriteString(strconv.Itoa(p.Col))
	w.b.WriteByte(' ')
}

func (w *posWalker) stmts(l []Stmt) {
	for _, s := range l {
		w.stmt(s)
	}
}

func (w *posWalker) exprs(l []Expr) {
	for _, e := range l {
		w.expr(e)
	}
}

func (w *posWalker) args(a *Arguments) {
	if a == nil {
		return
	}
	w.exprs(a.Args)
	w.exprs(a.Defaults)
}

func (w *posWalker) stmt(s Stmt) {
	switch s := s.(type) {
	case *FunctionDef:
		w.node("FunctionDef", s.Pos)
		w.args(s.Args)
		w.stmts(s.Body)
		w.exprs(s.DecoratorList)
	case *ClassDef:
		w.node("ClassDef", s.Pos)
		w.exprs(s.Bases)
		w.stmts(s.Body)
		w.exprs(s.DecoratorList)
	case *Return:
		w.node("Return", s.Pos)
		w.expr(s.Value)
	case *Delete:
		w.node("Delete", s.Pos)
		w.exprs(s.Targets)
	case *Assign:
		w.node("Assign", s.Pos)
		w.exprs(s.Targets)
		w.expr(s.Value)
	case *AugAssign:
		w.node("AugAssign", s.Pos)
		w.expr(s.Target)
		w.expr(s.Value)
	case *Print:
		w.node("Print", s.Pos)
		w.expr(s.Dest)
		w.exprs(s.Values)
	case *For:
		w.node("For", s.Pos)
		w.expr(s.Target)
		w.expr(s.Iter)
		w.stmts(s.Body)
		w.stmts(s.Orelse)
	case *While:
		w.node("While", s.Pos)
		w.expr(s.Test)
		w.stmts(s.Body)
		w.stmts(s.Orelse)
	case *If:
		w.node("If", s.Pos)
		w.expr(s.Test)
		w.stmts(s.Body)
		w.stmts(s.Orelse)
	case *With:
		w.node("With", s.Pos)
		w.expr(s.ContextExpr)
		w.expr(s.OptionalVars)
		w.stmts(s.Body)
	case *Raise:
		w.node("Raise", s.Pos)
		w.expr(s.Type)
		w.expr(s.Inst)
		w.expr(s.Tback)
	case *TryExcept:
		w.node("TryExcept", s.Pos)
		w.stmts(s.Body)
		for _, h := range s.Handlers {
			w.node("ExceptHandler", h.Pos)
			w.expr(h.Type)
			w.expr(h.Name)
			w.stmts(h.Body)
		}
		w.stmts(s.Orelse)
	case *TryFinally:
		w.node("TryFinally", s.Pos)
		w.stmts(s.Body)
		w.stmts(s.Finalbody)
	case *Assert:
		w.node("Assert", s.Pos)
		w.expr(s.Test)
		w.expr(s.Msg)
	case *Import:
		w.node("Import", s.Pos)
	case *ImportFrom:
		w.node("ImportFrom", s.Pos)
	case *Exec:
		w.node("Exec", s.Pos)
		w.expr(s.Body)
		w.expr(s.Globals)
		w.expr(s.Locals)
	case *Global:
		w.node("Global", s.Pos)
	case *ExprStmt:
		w.node("Expr", s.Pos)
		w.expr(s.Value)
	case *Pass:
		w.node("Pass", s.Pos)
	case *Break:
		w.node("Break", s.Pos)
	case *Continue:
		w.node("Continue", s.Pos)
	}
}

func (w *posWalker) comps(l []*Comprehension) {
	for _, c := range l {
		w.expr(c.Target)
		w.expr(c.Iter)
		w.exprs(c.Ifs)
	}
}

func (w *posWalker) slice(s Slicing) {
	switch s := s.(type) {
	case *Slice:
		w.expr(s.Lower)
		w.expr(s.Upper)
		w.expr(s.Step)
	case *ExtSlice:
		for _, d := range s.Dims {
			w.slice(d)
		}
	case *Index:
		w.expr(s.Value)
	}
}

func (w *posWalker) expr(e Expr) {
	switch e := e.(type) {
	case *BoolOp:
		w.node("BoolOp", e.Pos)
		w.exprs(e.Values)
	case *BinOp:
		w.node("BinOp", e.Pos)
		w.expr(e.Left)
		w.expr(e.Right)
	case *UnaryOp:
		w.node("UnaryOp", e.Pos)
		w.expr(e.Operand)
	case *Lambda:
		w.node("Lambda", e.Pos)
		w.args(e.Args)
		w.expr(e.Body)
	case *IfExp:
		w.node("IfExp", e.Pos)
		w.expr(e.Test)
		w.expr(e.Body)
		w.expr(e.Orelse)
	case *Dict:
		w.node("Dict", e.Pos)
		w.exprs(e.Keys)
		w.exprs(e.Values)
	case *Set:
		w.node("Set", e.Pos)
		w.exprs(e.Elts)
	case *ListComp:
		w.node("ListComp", e.Pos)
		w.expr(e.Elt)
		w.comps(e.Generators)
	case *SetComp:
		w.node("SetComp", e.Pos)
		w.expr(e.Elt)
		w.comps(e.Generators)
	case *DictComp:
		w.node("DictComp", e.Pos)
		w.expr(e.Key)
		w.expr(e.Value)
		w.comps(e.Generators)
	case *GeneratorExp:
		w.node("GeneratorExp", e.Pos)
		w.expr(e.Elt)
		w.comps(e.Generators)
	case *Yield:
		w.node("Yield", e.Pos)
		w.expr(e.Value)
	case *Compare:
		w.node("Compare", e.Pos)
		w.expr(e.Left)
		w.exprs(e.Comparators)
	case *Call:
		w.node("Call", e.Pos)
		w.expr(e.Func)
		w.exprs(e.Args)
		for _, k := range e.Keywords {
			w.expr(k.Value)
		}
		w.expr(e.Starargs)
		w.expr(e.Kwargs)
	case *Repr:
		w.node("Repr", e.Pos)
		w.expr(e.Value)
	case *Num:
		w.node("Num", e.Pos)
	case *Str:
		w.node("Str", e.Pos)
	case *Attribute:
		w.node("Attribute", e.Pos)
		w.expr(e.Value)
	case *Subscript:
		w.node("Subscript", e.Pos)
		w.expr(e.Value)
		w.slice(e.Slice)
	case *Name:
		w.node("Name", e.Pos)
	case *List:
		w.node("List", e.Pos)
		w.exprs(e.Elts)
	case *Tuple:
		w.node("Tuple", e.Pos)
		w.exprs(e.Elts)
	}
}
