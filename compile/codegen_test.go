package compile

import (
	"strconv"
	"strings"
	"testing"

	"github.com/pystm/pystm/compile/syntax"
)

func mustCompile(t *testing.T, src string) *Code {
	t.Helper()
	code, err := Compile("f.py", []byte(src), syntax.ModeExec, 0)
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return code
}

// funcCode returns the first code object among code's constants.
func funcCode(code *Code) *Code {
	for _, k := range code.Consts {
		if c, ok := k.(*Code); ok {
			return c
		}
	}
	return nil
}

const disSrc = `def f(x, y=2):
    if x and y:
        return x + y
    for i in x:
        try:
            y += i
        except ValueError:
            continue
    return y
`

const disWant = `   1       0 LOAD_CONST               0 (2)
   1       1 LOAD_CONST               1 (<code object f, file "f.py", line 1>)
   1       2 MAKE_FUNCTION            1
   1       3 STORE_NAME               0 (f)
   1       4 LOAD_CONST               2 (None)
   1       5 RETURN_VALUE

Disassembly of <code object f, file "f.py", line 1>:
   2       0 LOAD_FAST                0 (x)
   2       1 POP_JUMP_IF_FALSE        8 (to 8)
   2       2 LOAD_FAST                1 (y)
   2       3 POP_JUMP_IF_FALSE        8 (to 8)
   3       4 LOAD_FAST                0 (x)
   3       5 LOAD_FAST                1 (y)
   3       6 BINARY_ADD
   3       7 RETURN_VALUE
   4 >>    8 LOAD_FAST                0 (x)
   4       9 GET_ITER
   4 >>   10 FOR_ITER                26 (to 26)
   4      11 STORE_FAST               2 (i)
   6      12 LOAD_FAST                1 (y)
   6      13 LOAD_FAST                2 (i)
   6      14 INPLACE_ADD
   6      15 STORE_FAST               1 (y)
   6      16 JUMP                    10 (to 10)
   7 >>   17 DUP_TOP
   7      18 LOAD_GLOBAL              0 (ValueError)
   7      19 COMPARE_OP              10 (exception match)
   7      20 POP_JUMP_IF_FALSE       25 (to 25)
   7      21 POP_TOP
   7      22 POP_TOP
   7      23 POP_TOP
   8      24 JUMP                    10 (to 10)
   8 >>   25 RERAISE
   9 >>   26 LOAD_FAST                1 (y)
   9      27 RETURN_VALUE
Exception table:
  12 to 16 -> 17 [depth 1] except
`

func TestDisassemble(t *testing.T) {
	code := mustCompile(t, disSrc)
	var b strings.Builder
	code.Disassemble(&b)
	if got := b.String(); got != disWant {
		t.Errorf("got:\n%s\nwant:\n%s", got, disWant)
	}
	f := funcCode(code)
	if f.StackSize != 6 {
		t.Errorf("stack size %d, want 6 (handler 1+3, DUP_TOP, LOAD_GLOBAL)", f.StackSize)
	}
	if h := f.HandlerAt(14); h == nil || h.Target != 17 || h.Kind != HandlerExcept {
		t.Errorf("HandlerAt(14) = %v", h)
	}
	if h := f.HandlerAt(16); h != nil {
		t.Errorf("HandlerAt(16) = %v, want none", h)
	}
}

func TestStackSize(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"def f(a, b, c): return a + b * c", 3},
		{"def f(): return g(1, 2, k=3)", 5},
		{"def f(o): return o.m(1, 2)", 4},
		{"def f(a):\n    for x in a:\n        for y in x:\n            pass", 3},
		{"def f():\n    try:\n        pass\n    finally:\n        pass", 1},
		{"def f():\n    try:\n        g()\n    finally:\n        pass", 3},
		{"def f(m):\n    with m as x:\n        return x", 4},
		{"def f(a):\n    for x in a:\n        with x:\n            try:\n                return 1\n            finally:\n                pass", 5},
		{"def f(): return [x for x in y if x]", 3},
		{"def f(): return (1, 2, (3, 4))", 1},
		{"def f(a): a[1:2] += 3", 6},
		{"def f(a, b): return a < b < 3", 3},
	} {
		f := funcCode(mustCompile(t, tc.src))
		if f.StackSize != tc.want {
			var b strings.Builder
			f.Disassemble(&b)
			t.Errorf("%q: stack size %d, want %d\n%s", tc.src, f.StackSize, tc.want, b.String())
		}
	}
}

func TestLines(t *testing.T) {
	src := "x = 1\n\ndef f(a,\n      b):\n    return (a +\n            b)\n\n\ny = f(1,\n      2)\n"
	code := mustCompile(t, src)
	// Lines only move forward within a statement, as in CPython: the
	// call on lines 9-10 is on line 10 from the argument on.
	want := map[Opcode][]int{STORE_NAME: {1, 3, 10}, CALL_FUNCTION: {10}}
	got := map[Opcode][]int{}
	for pc, in := range code.Code {
		if _, ok := want[in.Op()]; ok {
			got[in.Op()] = append(got[in.Op()], code.Line(pc))
		}
	}
	for op, lines := range want {
		if fmtInts(got[op]) != fmtInts(lines) {
			t.Errorf("%s lines %v, want %v", op, got[op], lines)
		}
	}
	f := funcCode(code)
	if f.FirstLine != 3 || f.Line(0) != 5 {
		t.Errorf("f: first line %d, line(0) %d", f.FirstLine, f.Line(0))
	}
	for pc, in := range f.Code {
		if in.Op() == BINARY_ADD && f.Line(pc) != 6 {
			t.Errorf("BINARY_ADD on line %d, want 6", f.Line(pc))
		}
	}
	if code.Line(-1) != 0 || code.Line(1<<20) != 10 {
		t.Errorf("Line out of range: %d %d", code.Line(-1), code.Line(1<<20))
	}
}

func fmtInts(a []int) string {
	var parts []string
	for _, x := range a {
		parts = append(parts, strconv.Itoa(x))
	}
	return strings.Join(parts, " ")
}

func TestFirstLine(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"# c\n1\n2\n", 1},
		{"\n\nx = 1\n", 3},
		{"\ntry:\n  pass\nexcept: pass\n", 2},
		{"\n\n", 1},
		{"\n\nif 0:\n  x\ny = 2\n", 1},
		{"\n\nwhile 1:\n  pass\n", 3},
		{"\n\nglobal x\n\nx=1\n", 5},
	} {
		if got := mustCompile(t, tc.src).FirstLine; got != tc.want {
			t.Errorf("%q: first line %d, want %d", tc.src, got, tc.want)
		}
	}
}

func TestCodeFields(t *testing.T) {
	code := mustCompile(t, "def f(a, (b, c), d=1, *e, **g):\n    'doc'\n    def h(): return a + b + g\n    return h\n")
	f := funcCode(code)
	if f.Name != "f" || f.ArgCount != 3 || f.NLocals != len(f.Varnames) {
		t.Errorf("name %s argcount %d nlocals %d", f.Name, f.ArgCount, f.NLocals)
	}
	if got := strings.Join(f.Varnames, " "); got != "a .1 d e g b c h" {
		t.Errorf("varnames %s", got)
	}
	if got := strings.Join(f.Cellvars, " "); got != "a b g" {
		t.Errorf("cellvars %s", got)
	}
	if got := fmtInts(f.Cell2Arg); got != "0 -1 4" {
		t.Errorf("cell2arg %s", got)
	}
	if f.Flags != CodeOptimized|CodeNewLocals|CodeVarargs|CodeVarkeywords {
		t.Errorf("flags %#x", f.Flags)
	}
	if f.Consts[0] != "doc" {
		t.Errorf("docstring %v", f.Consts[0])
	}
	h := funcCode(f)
	if got := strings.Join(h.Freevars, " "); got != "a b g" || h.Flags&CodeNested == 0 {
		t.Errorf("h: freevars %s flags %#x", got, h.Flags)
	}
	gen := funcCode(mustCompile(t, "from __future__ import division\ndef g(): yield 1\n"))
	if gen.Flags != CodeOptimized|CodeNewLocals|CodeGenerator|CodeNoFree|CodeFutureDivision {
		t.Errorf("generator flags %#x", gen.Flags)
	}
}

// TestDeepNesting checks that deep trees are compiled without
// exhausting the stack, or rejected with an error.
func TestDeepNesting(t *testing.T) {
	chain := func(n int) syntax.Expr {
		var e syntax.Expr = &syntax.Name{Pos: syntax.Pos{Line: 1}, Id: "x"}
		for i := 0; i < n; i++ {
			e = &syntax.BinOp{Pos: syntax.Pos{Line: 1}, Left: e, Op: syntax.Add, Right: &syntax.Num{Pos: syntax.Pos{Line: 1}, N: int64(1)}}
		}
		return e
	}
	// CPython compiles 10000 chained additions.
	if _, err := CompileTree(&syntax.Expression{Body: chain(10000)}, "f", nil, 0); err != nil {
		t.Errorf("10000 additions: %v", err)
	}
	_, err := CompileTree(&syntax.Expression{Body: chain(1000000)}, "f", nil, 0)
	if e, ok := err.(*syntax.Error); !ok || e.Kind != "SyntaxError" || !strings.Contains(e.Msg, "recursion") {
		t.Errorf("1000000 additions: %v", err)
	}
	src := "x = " + strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000) + "\n"
	if _, err := Compile("f", []byte(src), syntax.ModeExec, 0); err == nil {
		t.Errorf("100000 parentheses compiled")
	}
}

// TestNoPanic compiles malformed trees the parser never makes: they
// must give errors, not panics.
func TestNoPanic(t *testing.T) {
	p := syntax.Pos{Line: 1}
	for _, tree := range []syntax.Tree{
		nil,
		&syntax.Suite{},
		&syntax.Expression{},
		&syntax.Module{Body: []syntax.Stmt{nil, &syntax.ExprStmt{Pos: p}}},
		&syntax.Expression{Body: &syntax.BoolOp{Pos: p}},
		&syntax.Expression{Body: &syntax.Compare{Pos: p, Left: &syntax.Name{Pos: p, Id: "a"}}},
		&syntax.Expression{Body: &syntax.Num{Pos: p, N: "x"}},
		&syntax.Expression{Body: &syntax.UnaryOp{Pos: p, Op: 99, Operand: &syntax.Num{Pos: p, N: int64(1)}}},
		&syntax.Expression{Body: &syntax.BinOp{Pos: p, Op: 99, Left: &syntax.Num{Pos: p, N: int64(1)}, Right: &syntax.Num{Pos: p, N: int64(1)}}},
		&syntax.Expression{Body: &syntax.GeneratorExp{Pos: p}},
		&syntax.Expression{Body: &syntax.ListComp{Pos: p, Generators: []*syntax.Comprehension{nil}}},
		&syntax.Expression{Body: &syntax.Name{Pos: p, Id: "x", Ctx: syntax.Param}},
		&syntax.Expression{Body: &syntax.Lambda{Pos: p}},
		&syntax.Expression{Body: &syntax.Subscript{Pos: p, Value: &syntax.Name{Pos: p, Id: "x"}}},
		&syntax.Expression{Body: &syntax.Call{Pos: p, Func: &syntax.Name{Pos: p, Id: "f"}, Keywords: []*syntax.Keyword{nil}}},
		&syntax.Module{Body: []syntax.Stmt{&syntax.FunctionDef{Pos: p, Name: "f"}}},
		&syntax.Module{Body: []syntax.Stmt{&syntax.TryExcept{Pos: p, Handlers: []*syntax.ExceptHandler{nil}}}},
		&syntax.Module{Body: []syntax.Stmt{&syntax.AugAssign{Pos: p, Target: &syntax.Num{Pos: p, N: int64(1)}, Value: &syntax.Num{Pos: p, N: int64(1)}}}},
		&syntax.Module{Body: []syntax.Stmt{&syntax.Import{Pos: p, Names: []*syntax.Alias{nil}}, &syntax.ImportFrom{Pos: p, Names: []*syntax.Alias{nil}}}},
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%#v: panic %v", tree, r)
				}
			}()
			CompileTree(tree, "f", nil, 0)
		}()
	}
}

func TestModes(t *testing.T) {
	code, err := Compile("<stdin>", []byte("if x:\n    x + 1; x\n    def f(): y\n"), syntax.ModeSingle, 0)
	if err != nil {
		t.Fatal(err)
	}
	prints := 0
	for _, in := range code.Code {
		if in.Op() == PRINT_EXPR {
			prints++
		}
	}
	if prints != 2 {
		var b strings.Builder
		code.Disassemble(&b)
		t.Errorf("interactive: %d PRINT_EXPR, want 2\n%s", prints, b.String())
	}
	code, err = Compile("<string>", []byte("1 + x"), syntax.ModeEval, 0)
	if err != nil {
		t.Fatal(err)
	}
	last := code.Code[len(code.Code)-1]
	if last.Op() != RETURN_VALUE || code.Code[len(code.Code)-2].Op() != BINARY_ADD {
		t.Errorf("eval: does not return the expression's value")
	}
	if _, err := Compile("<string>", []byte("(yield)"), syntax.ModeEval, 0); err == nil || err.(*syntax.Error).Msg != "'yield' outside function" {
		t.Errorf("eval yield: %v", err)
	}
	// Future flags passed in are inherited by every code object.
	code, err = Compile("<string>", []byte("def f(): return 1 / 2\n"), syntax.ModeExec, syntax.FlagDivision)
	if err != nil {
		t.Fatal(err)
	}
	f := funcCode(code)
	if f.Flags&CodeFutureDivision == 0 || code.Flags&CodeFutureDivision == 0 || ConstRepr(f.Consts[1]) != "0.5" {
		t.Errorf("inherited division: flags %#x %#x, consts %v", code.Flags, f.Flags, f.Consts)
	}
}

// TestFinallyBlowup compiles finally bodies nested in finally bodies,
// each try body leaving by return: each level doubles the copies. It
// must finish quickly, compiled or rejected.
func TestFinallyBlowup(t *testing.T) {
	for _, depth := range []int{5, 19} {
		var b strings.Builder
		b.WriteString("def f(x):\n")
		ind := "    "
		for i := 0; i < depth; i++ {
			b.WriteString(ind + "try:\n" + ind + "    if x: return " + strconv.Itoa(i) + "\n" + ind + "    g(x)\n" + ind + "finally:\n")
			ind += "    "
		}
		b.WriteString(ind + "h()\n")
		code, err := Compile("f.py", []byte(b.String()), syntax.ModeExec, 0)
		if depth == 5 && err != nil {
			t.Errorf("depth 5: %v", err)
		}
		if err != nil {
			if e := err.(*syntax.Error); e.Msg != tooComplexMsg {
				t.Errorf("depth %d: %v", depth, err)
			}
			continue
		}
		t.Logf("depth %d: %d instructions", depth, len(funcCode(code).Code))
	}
}

// TestExtendedArg assembles arguments that do not fit in 24 bits.
func TestExtendedArg(t *testing.T) {
	c := &compiler{budget: maxInstrs}
	c.st = &symtable{diag: &c.diag, scopes: map[any]*scope{}}
	sc := newScope(functionBlock, "f", 1)
	node := &syntax.Pass{}
	c.st.scopes[node] = sc
	c.enterScope("f", node, 1)
	top := c.newLabel()
	c.bind(top)
	c.emit(LOAD_NAME, 1<<30|5)
	c.emit(POP_TOP, 0)
	c.jump(JUMP, top)
	code := c.exitScope(true)
	if c.err != nil {
		t.Fatal(c.err)
	}
	want := []Instr{MakeInstr(EXTENDED_ARG, 1<<6), MakeInstr(LOAD_NAME, 5), MakeInstr(POP_TOP, 0), MakeInstr(JUMP, 0)}
	if fmtInstrs(code.Code) != fmtInstrs(want) {
		t.Errorf("got %v, want %v", fmtInstrs(code.Code), fmtInstrs(want))
	}
	var b strings.Builder
	code.Disassemble(&b)
	if !strings.Contains(b.String(), "LOAD_NAME            1073741829") {
		t.Errorf("disassembly:\n%s", b.String())
	}
	if code.StackSize != 1 {
		t.Errorf("stack size %d", code.StackSize)
	}
}

func fmtInstrs(code []Instr) string {
	var parts []string
	for _, in := range code {
		parts = append(parts, in.Op().String()+" "+strconv.Itoa(in.Arg()))
	}
	return strings.Join(parts, "; ")
}
