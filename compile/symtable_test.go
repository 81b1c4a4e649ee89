package compile

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/pystm/pystm/compile/syntax"
)

// symtableCases are sources with their symbol tables as CPython 2.7.18's
// symtable module shows them (each scope's path, type, line, whether it
// is optimized and nested; each name's scope and flags), recorded from
// it.
var symtableCases = []struct{ src, want string }{
	{"def f(a):\n    b = 1\n    def g():\n        return a + c\n    return g\n", "/top module line 0\n  f local 0x2\n/top/f function line 1 optimized\n  a cell 0x4\n  b local 0x2\n  g local 0xa\n/top/f/g function line 3 optimized nested\n  a free 0x8\n  c global_implicit 0x8\n"},
	{"x = 1\ndef f():\n    global x\n    x = 2\n    def g():\n        return x\n", "/top module line 0\n  f local 0x2\n  x global_explicit 0x3\n/top/f function line 2 optimized\n  g local 0x2\n  x global_explicit 0x3\n/top/f/g function line 5 optimized nested\n  x global_implicit 0x8\n"},
	{"def f():\n    x = 1\n    class C:\n        x = 2\n        y = x\n        def m(self):\n            return x\n    return C\n", "/top module line 0\n  f local 0x2\n/top/f function line 1 optimized\n  C local 0xa\n  x cell 0x2\n/top/f/C class line 3 nested\n  m local 0x2\n  x local 0x2a\n  y local 0x2\n/top/f/C/m function line 6 optimized nested\n  self local 0x4\n  x free 0x8\n"},
	{"class C:\n    def __m(self):\n        return __x\n    __y = 1\n", "/top module line 0\n  C local 0x2\n/top/C class line 1\n  _C__m local 0x2\n  _C__y local 0x2\n/top/C/__m function line 2 optimized\n  _C__x global_implicit 0x8\n  self local 0x4\n"},
	{"def f():\n    return [x for x in y], (z for z in x), {k: v for k, v in w}, lambda q: q + x\n", "/top module line 0\n  f local 0x2\n/top/f function line 1 optimized\n  w global_implicit 0x8\n  x cell 0xa\n  y global_implicit 0x8\n/top/f/genexpr function line 0 optimized nested\n  .0 local 0x4\n  z local 0xa\n/top/f/dictcomp function line 0 optimized nested\n  .0 local 0x4\n  _[1] local 0x2\n  k local 0xa\n  v local 0xa\n/top/f/lambda function line 2 optimized nested\n  q local 0xc\n  x free 0x8\n"},
	{"def f(a, (b, c), *d, **e):\n    exec 'x' in {}\n    return b\n", "/top module line 0\n  f local 0x2\n/top/f function line 1\n  .1 local 0x4\n  a local 0x4\n  b local 0xc\n  c local 0x4\n  d local 0x4\n  e local 0x4\n"},
	{"def f():\n    from os import *\n    return path\n", "/top module line 0\n  f local 0x2\n/top/f function line 1\n  path global_implicit 0x8\n"},
	{"def f():\n    def g():\n        def h():\n            return v\n        return h\n    v = 1\n    return g\n", "/top module line 0\n  f local 0x2\n/top/f function line 1 optimized\n  g local 0xa\n  v cell 0x2\n/top/f/g function line 2 optimized nested\n  h local 0xa\n  v free 0x0\n/top/f/g/h function line 3 optimized nested\n  v free 0x8\n"},
	{"import os.path as p, sys\nfrom a import b as c, d\ntry:\n    pass\nexcept E, (e1, e2):\n    del e1\n", "/top module line 0\n  E global_implicit 0x8\n  c local 0x40\n  d local 0x40\n  e1 local 0x2\n  e2 local 0x2\n  p local 0x40\n  sys local 0x40\n"},
	{"def f():\n    x = 1\n    def g():\n        x = 2\n        def h():\n            return x\n        return h\n    return g\n", "/top module line 0\n  f local 0x2\n/top/f function line 1 optimized\n  g local 0xa\n  x local 0x2\n/top/f/g function line 3 optimized nested\n  h local 0xa\n  x cell 0x2\n/top/f/g/h function line 5 optimized nested\n  x free 0x8\n"},
	{"def gen():\n    yield (yield)\n", "/top module line 0\n  gen local 0x2\n/top/gen function line 1 optimized\n"},
	{"def f():\n    global g\n    def g(): pass\n    class h: pass\n", "/top module line 0\n  f local 0x2\n  g global_explicit 0x1\n/top/f function line 1 optimized\n  g global_explicit 0x3\n  h local 0x2\n/top/f/g function line 3 optimized nested\n/top/f/h class line 4 nested\n"},
}

func formatScope(s *scope, path string, b *strings.Builder) {
	types := [...]string{moduleBlock: "module", classBlock: "class", functionBlock: "function"}
	path += "/" + s.name
	fmt.Fprintf(b, "%s %s line %d", path, types[s.typ], s.line)
	if s.typ == functionBlock && s.unoptimized == 0 {
		b.WriteString(" optimized")
	}
	if s.nested {
		b.WriteString(" nested")
	}
	b.WriteString("\n")
	names := append([]string(nil), s.order...)
	sort.Strings(names)
	for _, name := range names {
		sym := s.syms[name]
		fmt.Fprintf(b, "  %s %s %#x\n", name, sym.scope, int(sym.flags))
	}
	for _, c := range s.children {
		formatScope(c, path, b)
	}
}

func TestSymtable(t *testing.T) {
	for _, tc := range symtableCases {
		tree, err := syntax.Parse("f", []byte(tc.src), syntax.ModeExec, 0)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		d := &diag{filename: "f"}
		st := buildSymtable(d, tree)
		if d.err != nil {
			t.Errorf("%q: %v", tc.src, d.err)
			continue
		}
		var b strings.Builder
		formatScope(st.top, "", &b)
		if got := b.String(); got != tc.want {
			t.Errorf("%q:\ngot:\n%swant:\n%s", tc.src, got, tc.want)
		}
	}
}
