package syntax

import (
	"strconv"
	"strings"
)

// Dump returns the tree as CPython 2.7's ast.dump(tree) prints it (with
// annotate_fields=True and include_attributes=False): each node as
// Name(field=value, ...) with the ASDL names in ASDL order, lists as
// [a, b], absent optional values as None, and every other value as its
// Python repr.
func Dump(t Tree) string {
	d := dumper{}
	d.tree(t)
	return d.b.String()
}

// DumpExpr returns an expression node as ast.dump prints it.
func DumpExpr(e Expr) string {
	d := dumper{}
	d.expr(e)
	return d.b.String()
}

// DumpStmt returns a statement node as ast.dump prints it.
func DumpStmt(s Stmt) string {
	d := dumper{}
	d.stmt(s)
	return d.b.String()
}

// dumper writes the dump of nodes into b.
type dumper struct {
	b strings.Builder
}

func (d *dumper) str(s string) { d.b.WriteString(s) }

// open writes "Name(field=".
func (d *dumper) open(name, field string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.b.WriteString(field)
	d.b.WriteByte('=')
}

// field writes ", field=".
func (d *dumper) field(name string) {
	d.b.WriteString(", ")
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

func (d *dumper) close() { d.b.WriteByte(')') }

func (d *dumper) none() { d.b.WriteString("None") }

func (d *dumper) ident(s string) { writeReprStr(&d.b, s) }

// optIdent writes an optional identifier: None for "".
func (d *dumper) optIdent(s string) {
	if s == "" {
		d.none()
		return
	}
	writeReprStr(&d.b, s)
}

func (d *dumper) bool(v bool) {
	if v {
		d.str("True")
	} else {
		d.str("False")
	}
}

func (d *dumper) int(v int) { d.b.WriteString(strconv.Itoa(v)) }

// singleton writes a node without fields, such as Load() or Add().
func (d *dumper) singleton(name string) {
	d.b.WriteString(name)
	d.b.WriteString("()")
}

func (d *dumper) tree(t Tree) {
	switch t := t.(type) {
	case *Module:
		d.open("Module", "body")
		d.stmts(t.Body)
	case *Interactive:
		d.open("Interactive", "body")
		d.stmts(t.Body)
	case *Expression:
		d.open("Expression", "body")
		d.expr(t.Body)
	case *Suite:
		d.open("Suite", "body")
		d.stmts(t.Body)
	default:
		d.none()
		return
	}
	d.close()
}

func (d *dumper) stmts(l []Stmt) {
	d.b.WriteByte('[')
	for i, s := range l {
		if i > 0 {
			d.str(", ")
		}
		d.stmt(s)
	}
	d.b.WriteByte(']')
}

func (d *dumper) exprs(l []Expr) {
	d.b.WriteByte('[')
	for i, e := range l {
		if i > 0 {
			d.str(", ")
		}
		d.expr(e)
	}
	d.b.WriteByte(']')
}

func (d *dumper) stmt(s Stmt) {
	switch s := s.(type) {
	case nil:
		d.none()
		return
	case *FunctionDef:
		d.open("FunctionDef", "name")
		d.ident(s.Name)
		d.field("args")
		d.arguments(s.Args)
		d.field("body")
		d.stmts(s.Body)
		d.field("decorator_list")
		d.exprs(s.DecoratorList)
	case *ClassDef:
		d.open("ClassDef", "name")
		d.ident(s.Name)
		d.field("bases")
		d.exprs(s.Bases)
		d.field("body")
		d.stmts(s.Body)
		d.field("decorator_list")
		d.exprs(s.DecoratorList)
	case *Return:
		d.open("Return", "value")
		d.expr(s.Value)
	case *Delete:
		d.open("Delete", "targets")
		d.exprs(s.Targets)
	case *Assign:
		d.open("Assign", "targets")
		d.exprs(s.Targets)
		d.field("value")
		d.expr(s.Value)
	case *AugAssign:
		d.open("AugAssign", "target")
		d.expr(s.Target)
		d.field("op")
		d.singleton(s.Op.String())
		d.field("value")
		d.expr(s.Value)
	case *Print:
		d.open("Print", "dest")
		d.expr(s.Dest)
		d.field("values")
		d.exprs(s.Values)
		d.field("nl")
		d.bool(s.Nl)
	case *For:
		d.open("For", "target")
		d.expr(s.Target)
		d.field("iter")
		d.expr(s.Iter)
		d.field("body")
		d.stmts(s.Body)
		d.field("orelse")
		d.stmts(s.Orelse)
	case *While:
		d.open("While", "test")
		d.expr(s.Test)
		d.field("body")
		d.stmts(s.Body)
		d.field("orelse")
		d.stmts(s.Orelse)
	case *If:
		d.open("If", "test")
		d.expr(s.Test)
		d.field("body")
		d.stmts(s.Body)
		d.field("orelse")
		d.stmts(s.Orelse)
	case *With:
		d.open("With", "context_expr")
		d.expr(s.ContextExpr)
		d.field("optional_vars")
		d.expr(s.OptionalVars)
		d.field("body")
		d.stmts(s.Body)
	case *Raise:
		d.open("Raise", "type")
		d.expr(s.Type)
		d.field("inst")
		d.expr(s.Inst)
		d.field("tback")
		d.expr(s.Tback)
	case *TryExcept:
		d.open("TryExcept", "body")
		d.stmts(s.Body)
		d.field("handlers")
		d.b.WriteByte('[')
		for i, h := range s.Handlers {
			if i > 0 {
				d.str(", ")
			}
			d.handler(h)
		}
		d.b.WriteByte(']')
		d.field("orelse")
		d.stmts(s.Orelse)
	case *TryFinally:
		d.open("TryFinally", "body")
		d.stmts(s.Body)
		d.field("finalbody")
		d.stmts(s.Finalbody)
	case *Assert:
		d.open("Assert", "test")
		d.expr(s.Test)
		d.field("msg")
		d.expr(s.Msg)
	case *Import:
		d.open("Import", "names")
		d.aliases(s.Names)
	case *ImportFrom:
		d.open("ImportFrom", "module")
		d.optIdent(s.Module)
		d.field("names")
		d.aliases(s.Names)
		d.field("level")
		d.int(s.Level)
	case *Exec:
		d.open("Exec", "body")
		d.expr(s.Body)
		d.field("globals")
		d.expr(s.Globals)
		d.field("locals")
		d.expr(s.Locals)
	case *Global:
		d.open("Global", "names")
		d.b.WriteByte('[')
		for i, n := range s.Names {
			if i > 0 {
				d.str(", ")
			}
			d.ident(n)
		}
		d.b.WriteByte(']')
	case *ExprStmt:
		d.open("Expr", "value")
		d.expr(s.Value)
	case *Pass:
		d.singleton("Pass")
		return
	case *Break:
		d.singleton("Break")
		return
	case *Continue:
		d.singleton("Continue")
		return
	default:
		d.str("<unknown stmt>")
		return
	}
	d.close()
}

func (d *dumper) expr(e Expr) {
	switch e := e.(type) {
	case nil:
		d.none()
		return
	case *BoolOp:
		d.open("BoolOp", "op")
		d.singleton(e.Op.String())
		d.field("values")
		d.exprs(e.Values)
	case *BinOp:
		d.open("BinOp", "left")
		d.expr(e.Left)
		d.field("op")
		d.singleton(e.Op.String())
		d.field("right")
		d.expr(e.Right)
	case *UnaryOp:
		d.open("UnaryOp", "op")
		d.singleton(e.Op.String())
		d.field("operand")
		d.expr(e.Operand)
	case *Lambda:
		d.open("Lambda", "args")
		d.arguments(e.Args)
		d.field("body")
		d.expr(e.Body)
	case *IfExp:
		d.open("IfExp", "test")
		d.expr(e.Test)
		d.field("body")
		d.expr(e.Body)
		d.field("orelse")
		d.expr(e.Orelse)
	case *Dict:
		d.open("Dict", "keys")
		d.exprs(e.Keys)
		d.field("values")
		d.exprs(e.Values)
	case *Set:
		d.open("Set", "elts")
		d.exprs(e.Elts)
	case *ListComp:
		d.open("ListComp", "elt")
		d.expr(e.Elt)
		d.field("generators")
		d.comprehensions(e.Generators)
	case *SetComp:
		d.open("SetComp", "elt")
		d.expr(e.Elt)
		d.field("generators")
		d.comprehensions(e.Generators)
	case *DictComp:
		d.open("DictComp", "key")
		d.expr(e.Key)
		d.field("value")
		d.expr(e.Value)
		d.field("generators")
		d.comprehensions(e.Generators)
	case *GeneratorExp:
		d.open("GeneratorExp", "elt")
		d.expr(e.Elt)
		d.field("generators")
		d.comprehensions(e.Generators)
	case *Yield:
		d.open("Yield", "value")
		d.expr(e.Value)
	case *Compare:
		d.open("Compare", "left")
		d.expr(e.Left)
		d.field("ops")
		d.b.WriteByte('[')
		for i, op := range e.Ops {
			if i > 0 {
				d.str(", ")
			}
			d.singleton(op.String())
		}
		d.b.WriteByte(']')
		d.field("comparators")
		d.exprs(e.Comparators)
	case *Call:
		d.open("Call", "func")
		d.expr(e.Func)
		d.field("args")
		d.exprs(e.Args)
		d.field("keywords")
		d.b.WriteByte('[')
		for i, k := range e.Keywords {
			if i > 0 {
				d.str(", ")
			}
			d.keyword(k)
		}
		d.b.WriteByte(']')
		d.field("starargs")
		d.expr(e.Starargs)
		d.field("kwargs")
		d.expr(e.Kwargs)
	case *Repr:
		d.open("Repr", "value")
		d.expr(e.Value)
	case *Num:
		d.open("Num", "n")
		d.str(ReprNumber(e.N))
	case *Str:
		d.open("Str", "s")
		if e.Unicode {
			writeReprUnicode(&d.b, e.U)
		} else {
			writeReprStr(&d.b, e.S)
		}
	case *Attribute:
		d.open("Attribute", "value")
		d.expr(e.Value)
		d.field("attr")
		d.ident(e.Attr)
		d.field("ctx")
		d.singleton(e.Ctx.String())
	case *Subscript:
		d.open("Subscript", "value")
		d.expr(e.Value)
		d.field("slice")
		d.slice(e.Slice)
		d.field("ctx")
		d.singleton(e.Ctx.String())
	case *Name:
		d.open("Name", "id")
		d.ident(e.Id)
		d.field("ctx")
		d.singleton(e.Ctx.String())
	case *List:
		d.open("List", "elts")
		d.exprs(e.Elts)
		d.field("ctx")
		d.singleton(e.Ctx.String())
	case *Tuple:
		d.open("Tuple", "elts")
		d.exprs(e.Elts)
		d.field("ctx")
		d.singleton(e.Ctx.String())
	default:
		d.str("<unknown expr>")
		return
	}
	d.close()
}

func (d *dumper) slice(s Slicing) {
	switch s := s.(type) {
	case nil:
		d.none()
		return
	case *Ellipsis:
		d.singleton("Ellipsis")
		return
	case *Slice:
		d.open("Slice", "lower")
		d.expr(s.Lower)
		d.field("upper")
		d.expr(s.Upper)
		d.field("step")
		d.expr(s.Step)
	case *ExtSlice:
		d.open("ExtSlice", "dims")
		d.b.WriteByte('[')
		for i, dim := range s.Dims {
			if i > 0 {
				d.str(", ")
			}
			d.slice(dim)
		}
		d.b.WriteByte(']')
	case *Index:
		d.open("Index", "value")
		d.expr(s.Value)
	default:
		d.str("<unknown slice>")
		return
	}
	d.close()
}

func (d *dumper) comprehensions(l []*Comprehension) {
	d.b.WriteByte('[')
	for i, c := range l {
		if i > 0 {
			d.str(", ")
		}
		if c == nil {
			d.none()
			continue
		}
		d.open("comprehension", "target")
		d.expr(c.Target)
		d.field("iter")
		d.expr(c.Iter)
		d.field("ifs")
		d.exprs(c.Ifs)
		d.close()
	}
	d.b.WriteByte(']')
}

func (d *dumper) handler(h *ExceptHandler) {
	if h == nil {
		d.none()
		return
	}
	d.open("ExceptHandler", "type")
	d.expr(h.Type)
	d.field("name")
	d.expr(h.Name)
	d.field("body")
	d.stmts(h.Body)
	d.close()
}

func (d *dumper) arguments(a *Arguments) {
	if a == nil {
		d.none()
		return
	}
	d.open("arguments", "args")
	d.exprs(a.Args)
	d.field("vararg")
	d.optIdent(a.Vararg)
	d.field("kwarg")
	d.optIdent(a.Kwarg)
	d.field("defaults")
	d.exprs(a.Defaults)
	d.close()
}

func (d *dumper) keyword(k *Keyword) {
	if k == nil {
		d.none()
		return
	}
	d.open("keyword", "arg")
	d.ident(k.Arg)
	d.field("value")
	d.expr(k.Value)
	d.close()
}

func (d *dumper) aliases(l []*Alias) {
	d.b.WriteByte('[')
	for i, a := range l {
		if i > 0 {
			d.str(", ")
		}
		if a == nil {
			d.none()
			continue
		}
		d.open("alias", "name")
		d.ident(a.Name)
		d.field("asname")
		d.optIdent(a.Asname)
		d.close()
	}
	d.b.WriteByte(']')
}
