package syntax

import (
	"math/big"
	"strings"
	"testing"
)

// The expected dumps in this file were printed by CPython 2.7.18's
// ast.dump(ast.parse(src)) for the source quoted above each tree; the
// trees are built by hand so that the test does not depend on the parser.

func dtLoad(id string) Expr  { return &Name{Id: id, Ctx: Load} }
func dtStore(id string) Expr { return &Name{Id: id, Ctx: Store} }
func dtNum(n Number) Expr    { return &Num{N: n} }

func dtMod(body ...Stmt) Tree { return &Module{Body: body} }
func dtExpr(e Expr) Stmt      { return &ExprStmt{Value: e} }
func dtCall(f Expr, args ...Expr) *Call {
	return &Call{Func: f, Args: args}
}
func dtNoArgs() *Arguments { return &Arguments{} }

var dumpTests = []struct {
	src  string
	tree Tree
	want string
}{
	{
		"x",
		dtMod(dtExpr(dtLoad("x"))),
		`Module(body=[Expr(value=Name(id='x', ctx=Load()))])`,
	},
	{
		"def f(a, (b, c)=1, *d, **e):\n    return\n",
		dtMod(&FunctionDef{
			Name: "f",
			Args: &Arguments{
				Args: []Expr{
					&Name{Id: "a", Ctx: Param},
					&Tuple{Elts: []Expr{dtStore("b"), dtStore("c")}, Ctx: Store},
				},
				Vararg:   "d",
				Kwarg:    "e",
				Defaults: []Expr{dtNum(int64(1))},
			},
			Body: []Stmt{&Return{}},
		}),
		`Module(body=[FunctionDef(name='f', args=arguments(args=[Name(id='a', ctx=Param()), Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], vararg='d', kwarg='e', defaults=[Num(n=1)]), body=[Return(value=None)], decorator_list=[])])`,
	},
	{
		"@dec\n@d2(1)\nclass C(B, D):\n    pass\n",
		dtMod(&ClassDef{
			Name:          "C",
			Bases:         []Expr{dtLoad("B"), dtLoad("D")},
			Body:          []Stmt{&Pass{}},
			DecoratorList: []Expr{dtLoad("dec"), dtCall(dtLoad("d2"), dtNum(int64(1)))},
		}),
		`Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load()), Name(id='D', ctx=Load())], body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='d2', ctx=Load()), args=[Num(n=1)], keywords=[], starargs=None, kwargs=None)])])`,
	},
	{
		"del a[1:2:3], b.c\n",
		dtMod(&Delete{Targets: []Expr{
			&Subscript{Value: dtLoad("a"), Slice: &Slice{Lower: dtNum(int64(1)), Upper: dtNum(int64(2)), Step: dtNum(int64(3))}, Ctx: Del},
			&Attribute{Value: dtLoad("b"), Attr: "c", Ctx: Del},
		}}),
		`Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Num(n=1), upper=Num(n=2), step=Num(n=3)), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])])`,
	},
	{
		"a = b = 1L\na += 2.5\n",
		dtMod(
			&Assign{Targets: []Expr{dtStore("a"), dtStore("b")}, Value: dtNum(big.NewInt(1))},
			&AugAssign{Target: dtStore("a"), Op: Add, Value: dtNum(2.5)},
		),
		`Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Num(n=1L)), AugAssign(target=Name(id='a', ctx=Store()), op=Add(), value=Num(n=2.5))])`,
	},
	{
		"print >>f, 'x', u'y',\nprint\n",
		dtMod(
			&Print{Dest: dtLoad("f"), Values: []Expr{&Str{S: "x"}, &Str{U: []rune("y"), Unicode: true}}},
			&Print{Nl: true},
		),
		`Module(body=[Print(dest=Name(id='f', ctx=Load()), values=[Str(s='x'), Str(s=u'y')], nl=False), Print(dest=None, values=[], nl=True)])`,
	},
	{
		"for i in l: break\nelse: continue\n",
		dtMod(&For{Target: dtStore("i"), Iter: dtLoad("l"), Body: []Stmt{&Break{}}, Orelse: []Stmt{&Continue{}}}),
		`Module(body=[For(target=Name(id='i', ctx=Store()), iter=Name(id='l', ctx=Load()), body=[Break()], orelse=[Continue()])])`,
	},
	{
		"while 1: pass\nif a: pass\nelif b: pass\n",
		dtMod(
			&While{Test: dtNum(int64(1)), Body: []Stmt{&Pass{}}},
			&If{Test: dtLoad("a"), Body: []Stmt{&Pass{}}, Orelse: []Stmt{
				&If{Test: dtLoad("b"), Body: []Stmt{&Pass{}}},
			}},
		),
		`Module(body=[While(test=Num(n=1), body=[Pass()], orelse=[]), If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[])])])`,
	},
	{
		"with a as b: pass\nwith c: pass\n",
		dtMod(
			&With{ContextExpr: dtLoad("a"), OptionalVars: dtStore("b"), Body: []Stmt{&Pass{}}},
			&With{ContextExpr: dtLoad("c"), Body: []Stmt{&Pass{}}},
		),
		`Module(body=[With(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()), body=[Pass()]), With(context_expr=Name(id='c', ctx=Load()), optional_vars=None, body=[Pass()])])`,
	},
	{
		"raise E, V, T\nraise\n",
		dtMod(&Raise{Type: dtLoad("E"), Inst: dtLoad("V"), Tback: dtLoad("T")}, &Raise{}),
		`Module(body=[Raise(type=Name(id='E', ctx=Load()), inst=Name(id='V', ctx=Load()), tback=Name(id='T', ctx=Load())), Raise(type=None, inst=None, tback=None)])`,
	},
	{
		"try: pass\nexcept E, e: pass\nexcept (A, B) as e: pass\nexcept: pass\nelse: pass\n",
		dtMod(&TryExcept{
			Body: []Stmt{&Pass{}},
			Handlers: []*ExceptHandler{
				{Type: dtLoad("E"), Name: dtStore("e"), Body: []Stmt{&Pass{}}},
				{Type: &Tuple{Elts: []Expr{dtLoad("A"), dtLoad("B")}, Ctx: Load}, Name: dtStore("e"), Body: []Stmt{&Pass{}}},
				{Body: []Stmt{&Pass{}}},
			},
			Orelse: []Stmt{&Pass{}},
		}),
		`Module(body=[TryExcept(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name=Name(id='e', ctx=Store()), body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name=Name(id='e', ctx=Store()), body=[Pass()]), ExceptHandler(type=None, name=None, body=[Pass()])], orelse=[Pass()])])`,
	},
	{
		"try: pass\nfinally: pass\n",
		dtMod(&TryFinally{Body: []Stmt{&Pass{}}, Finalbody: []Stmt{&Pass{}}}),
		`Module(body=[TryFinally(body=[Pass()], finalbody=[Pass()])])`,
	},
	{
		"assert x, 'm'\nassert y\n",
		dtMod(&Assert{Test: dtLoad("x"), Msg: &Str{S: "m"}}, &Assert{Test: dtLoad("y")}),
		`Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Str(s='m')), Assert(test=Name(id='y', ctx=Load()), msg=None)])`,
	},
	{
		"import a.b as c, d\nfrom .. import x\nfrom m import *\nfrom .p.q import r as s\n",
		dtMod(
			&Import{Names: []*Alias{{Name: "a.b", Asname: "c"}, {Name: "d"}}},
			&ImportFrom{Names: []*Alias{{Name: "x"}}, Level: 2},
			&ImportFrom{Module: "m", Names: []*Alias{{Name: "*"}}},
			&ImportFrom{Module: "p.q", Names: []*Alias{{Name: "r", Asname: "s"}}, Level: 1},
		),
		`Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d', asname=None)]), ImportFrom(module=None, names=[alias(name='x', asname=None)], level=2), ImportFrom(module='m', names=[alias(name='*', asname=None)], level=0), ImportFrom(module='p.q', names=[alias(name='r', asname='s')], level=1)])`,
	},
	{
		"exec c in g, l\nexec d\nglobal a, b\n",
		dtMod(
			&Exec{Body: dtLoad("c"), Globals: dtLoad("g"), Locals: dtLoad("l")},
			&Exec{Body: dtLoad("d")},
			&Global{Names: []string{"a", "b"}},
		),
		`Module(body=[Exec(body=Name(id='c', ctx=Load()), globals=Name(id='g', ctx=Load()), locals=Name(id='l', ctx=Load())), Exec(body=Name(id='d', ctx=Load()), globals=None, locals=None), Global(names=['a', 'b'])])`,
	},
	{
		"a and b or not c\n-x + ~y ** 2 - +z\nlambda: 0\nlambda x, y=2, *z: x\na if b else c\n{1: 2, 3: 4}\n{1, 2}\n{}\n",
		dtMod(
			dtExpr(&BoolOp{Op: Or, Values: []Expr{
				&BoolOp{Op: And, Values: []Expr{dtLoad("a"), dtLoad("b")}},
				&UnaryOp{Op: Not, Operand: dtLoad("c")},
			}}),
			dtExpr(&BinOp{
				Left: &BinOp{
					Left:  &UnaryOp{Op: USub, Operand: dtLoad("x")},
					Op:    Add,
					Right: &UnaryOp{Op: Invert, Operand: &BinOp{Left: dtLoad("y"), Op: Pow, Right: dtNum(int64(2))}},
				},
				Op:    Sub,
				Right: &UnaryOp{Op: UAdd, Operand: dtLoad("z")},
			}),
			dtExpr(&Lambda{Args: dtNoArgs(), Body: dtNum(int64(0))}),
			dtExpr(&Lambda{Args: &Arguments{
				Args:     []Expr{&Name{Id: "x", Ctx: Param}, &Name{Id: "y", Ctx: Param}},
				Vararg:   "z",
				Defaults: []Expr{dtNum(int64(2))},
			}, Body: dtLoad("x")}),
			dtExpr(&IfExp{Test: dtLoad("b"), Body: dtLoad("a"), Orelse: dtLoad("c")}),
			dtExpr(&Dict{Keys: []Expr{dtNum(int64(1)), dtNum(int64(3))}, Values: []Expr{dtNum(int64(2)), dtNum(int64(4))}}),
			dtExpr(&Set{Elts: []Expr{dtNum(int64(1)), dtNum(int64(2))}}),
			dtExpr(&Dict{}),
		),
		`Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])), Expr(value=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())), op=Add(), right=UnaryOp(op=Invert(), operand=BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Num(n=2)))), op=Sub(), right=UnaryOp(op=UAdd(), operand=Name(id='z', ctx=Load())))), Expr(value=Lambda(args=arguments(args=[], vararg=None, kwarg=None, defaults=[]), body=Num(n=0))), Expr(value=Lambda(args=arguments(args=[Name(id='x', ctx=Param()), Name(id='y', ctx=Param())], vararg='z', kwarg=None, defaults=[Num(n=2)]), body=Name(id='x', ctx=Load()))), Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))), Expr(value=Dict(keys=[Num(n=1), Num(n=3)], values=[Num(n=2), Num(n=4)])), Expr(value=Set(elts=[Num(n=1), Num(n=2)])), Expr(value=Dict(keys=[], values=[]))])`,
	},
	{
		"[x for x in y if x if z for w in v]\n{x for x in y}\n{k: v for k, v in i}\n(x for x in y)\ndef g(): x = yield; yield 1\n",
		dtMod(
			dtExpr(&ListComp{Elt: dtLoad("x"), Generators: []*Comprehension{
				{Target: dtStore("x"), Iter: dtLoad("y"), Ifs: []Expr{dtLoad("x"), dtLoad("z")}},
				{Target: dtStore("w"), Iter: dtLoad("v")},
			}}),
			dtExpr(&SetComp{Elt: dtLoad("x"), Generators: []*Comprehension{{Target: dtStore("x"), Iter: dtLoad("y")}}}),
			dtExpr(&DictComp{Key: dtLoad("k"), Value: dtLoad("v"), Generators: []*Comprehension{
				{Target: &Tuple{Elts: []Expr{dtStore("k"), dtStore("v")}, Ctx: Store}, Iter: dtLoad("i")},
			}}),
			dtExpr(&GeneratorExp{Elt: dtLoad("x"), Generators: []*Comprehension{{Target: dtStore("x"), Iter: dtLoad("y")}}}),
			&FunctionDef{Name: "g", Args: dtNoArgs(), Body: []Stmt{
				&Assign{Targets: []Expr{dtStore("x")}, Value: &Yield{}},
				dtExpr(&Yield{Value: dtNum(int64(1))}),
			}},
		),
		`Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())]), comprehension(target=Name(id='w', ctx=Store()), iter=Name(id='v', ctx=Load()), ifs=[])])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[])])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='i', ctx=Load()), ifs=[])])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[])])), FunctionDef(name='g', args=arguments(args=[], vararg=None, kwarg=None, defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=None)), Expr(value=Yield(value=Num(n=1)))], decorator_list=[])])`,
	},
	{
		"a < b is not c not in d == e != f <= g > h >= i is j in k <> l\nf(a, k=1, *s, **kw)\nf()\n`x`\n1j\n-1.5e300\n10000000000000000000\n'a\\'\"'\n",
		dtMod(
			dtExpr(&Compare{
				Left: dtLoad("a"),
				Ops:  []CmpOp{Lt, IsNot, NotIn, Eq, NotEq, LtE, Gt, GtE, Is, In, NotEq},
				Comparators: []Expr{dtLoad("b"), dtLoad("c"), dtLoad("d"), dtLoad("e"), dtLoad("f"), dtLoad("g"),
					dtLoad("h"), dtLoad("i"), dtLoad("j"), dtLoad("k"), dtLoad("l")},
			}),
			dtExpr(&Call{Func: dtLoad("f"), Args: []Expr{dtLoad("a")},
				Keywords: []*Keyword{{Arg: "k", Value: dtNum(int64(1))}},
				Starargs: dtLoad("s"), Kwargs: dtLoad("kw")}),
			dtExpr(dtCall(dtLoad("f"))),
			dtExpr(&Repr{Value: dtLoad("x")}),
			dtExpr(dtNum(complex(0, 1))),
			dtExpr(dtNum(-1.5e300)),
			dtExpr(dtNum(new(big.Int).SetUint64(10000000000000000000))),
			dtExpr(&Str{S: `a'"`}),
		),
		`Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), IsNot(), NotIn(), Eq(), NotEq(), LtE(), Gt(), GtE(), Is(), In(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load()), Name(id='l', ctx=Load())])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[keyword(arg='k', value=Num(n=1))], starargs=Name(id='s', ctx=Load()), kwargs=Name(id='kw', ctx=Load()))), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[], starargs=None, kwargs=None)), Expr(value=Repr(value=Name(id='x', ctx=Load()))), Expr(value=Num(n=1j)), Expr(value=Num(n=-1.5e+300)), Expr(value=Num(n=10000000000000000000L)), Expr(value=Str(s='a\'"'))])`,
	},
	{
		"a[...]\na[1:2, 3]\na[1]\na[:]\na[1:2, ...]\n[b, c] = [3]\n(1,)\n()\na.b = c\na.b[1] |= 2\n",
		dtMod(
			dtExpr(&Subscript{Value: dtLoad("a"), Slice: &Ellipsis{}}),
			dtExpr(&Subscript{Value: dtLoad("a"), Slice: &ExtSlice{Dims: []Slicing{
				&Slice{Lower: dtNum(int64(1)), Upper: dtNum(int64(2))},
				&Index{Value: dtNum(int64(3))},
			}}}),
			dtExpr(&Subscript{Value: dtLoad("a"), Slice: &Index{Value: dtNum(int64(1))}}),
			dtExpr(&Subscript{Value: dtLoad("a"), Slice: &Slice{}}),
			dtExpr(&Subscript{Value: dtLoad("a"), Slice: &ExtSlice{Dims: []Slicing{
				&Slice{Lower: dtNum(int64(1)), Upper: dtNum(int64(2))},
				&Ellipsis{},
			}}}),
			&Assign{
				Targets: []Expr{&List{Elts: []Expr{dtStore("b"), dtStore("c")}, Ctx: Store}},
				Value:   &List{Elts: []Expr{dtNum(int64(3))}},
			},
			dtExpr(&Tuple{Elts: []Expr{dtNum(int64(1))}}),
			dtExpr(&Tuple{}),
			&Assign{Targets: []Expr{&Attribute{Value: dtLoad("a"), Attr: "b", Ctx: Store}}, Value: dtLoad("c")},
			&AugAssign{
				Target: &Subscript{Value: &Attribute{Value: dtLoad("a"), Attr: "b"}, Slice: &Index{Value: dtNum(int64(1))}, Ctx: Store},
				Op:     BitOr,
				Value:  dtNum(int64(2)),
			},
		),
		`Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Ellipsis(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=ExtSlice(dims=[Slice(lower=Num(n=1), upper=Num(n=2), step=None), Index(value=Num(n=3))]), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Index(value=Num(n=1)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=None, upper=None, step=None), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=ExtSlice(dims=[Slice(lower=Num(n=1), upper=Num(n=2), step=None), Ellipsis()]), ctx=Load())), Assign(targets=[List(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=List(elts=[Num(n=3)], ctx=Load())), Expr(value=Tuple(elts=[Num(n=1)], ctx=Load())), Expr(value=Tuple(elts=[], ctx=Load())), Assign(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store())], value=Name(id='c', ctx=Load())), AugAssign(target=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Index(value=Num(n=1)), ctx=Store()), op=BitOr(), value=Num(n=2))])`,
	},
	{
		"x = 1 << 2 >> 3 | 4 ^ 5 & 6 // 7 % 8 / 9 * 10\n",
		dtMod(&Assign{Targets: []Expr{dtStore("x")}, Value: &BinOp{
			Left: &BinOp{
				Left:  &BinOp{Left: dtNum(int64(1)), Op: LShift, Right: dtNum(int64(2))},
				Op:    RShift,
				Right: dtNum(int64(3)),
			},
			Op: BitOr,
			Right: &BinOp{Left: dtNum(int64(4)), Op: BitXor, Right: &BinOp{
				Left: dtNum(int64(5)), Op: BitAnd, Right: &BinOp{
					Left: &BinOp{
						Left: &BinOp{
							Left:  &BinOp{Left: dtNum(int64(6)), Op: FloorDiv, Right: dtNum(int64(7))},
							Op:    Mod,
							Right: dtNum(int64(8)),
						},
						Op:    Div,
						Right: dtNum(int64(9)),
					},
					Op:    Mult,
					Right: dtNum(int64(10)),
				},
			}},
		}}),
		`Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Num(n=1), op=LShift(), right=Num(n=2)), op=RShift(), right=Num(n=3)), op=BitOr(), right=BinOp(left=Num(n=4), op=BitXor(), right=BinOp(left=Num(n=5), op=BitAnd(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Num(n=6), op=FloorDiv(), right=Num(n=7)), op=Mod(), right=Num(n=8)), op=Div(), right=Num(n=9)), op=Mult(), right=Num(n=10))))))])`,
	},
	{
		"x+1 (mode eval)",
		&Expression{Body: &BinOp{Left: dtLoad("x"), Op: Add, Right: dtNum(int64(1))}},
		`Expression(body=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Num(n=1)))`,
	},
	{
		"x=1 (mode single)",
		&Interactive{Body: []Stmt{&Assign{Targets: []Expr{dtStore("x")}, Value: dtNum(int64(1))}}},
		`Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Num(n=1))])`,
	},
	{
		"u'\\ud800\\U00010000\\xff\\u1234'",
		dtMod(dtExpr(&Str{U: []rune{0xd800, 0x10000, 0xff, 0x1234}, Unicode: true})),
		`Module(body=[Expr(value=Str(s=u'\ud800\U00010000\xff\u1234'))])`,
	},
	{
		"(empty module)",
		dtMod(),
		`Module(body=[])`,
	},
}

func TestDump(t *testing.T) {
	for _, tc := range dumpTests {
		if got := Dump(tc.tree); got != tc.want {
			i := 0
			for i < len(got) && i < len(tc.want) && got[i] == tc.want[i] {
				i++
			}
			t.Errorf("Dump of %q differs at byte %d:\n got: %s\nwant: %s", tc.src, i, got[i:], tc.want[i:])
		}
	}
}

func TestDumpNodes(t *testing.T) {
	if got, want := DumpExpr(dtLoad("x")), `Name(id='x', ctx=Load())`; got != want {
		t.Errorf("DumpExpr = %s, want %s", got, want)
	}
	if got, want := DumpStmt(&Pass{}), `Pass()`; got != want {
		t.Errorf("DumpStmt = %s, want %s", got, want)
	}
	if got := DumpExpr(nil); got != "None" {
		t.Errorf("DumpExpr(nil) = %s, want None", got)
	}
}

func BenchmarkDump(b *testing.B) {
	var body []Stmt
	for _, tc := range dumpTests {
		if m, ok := tc.tree.(*Module); ok {
			body = append(body, m.Body...)
		}
	}
	tree := &Module{Body: body}
	n := len(Dump(tree))
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		if s := Dump(tree); !strings.HasPrefix(s, "Module(") {
			b.Fatal(s)
		}
	}
}
