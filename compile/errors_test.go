package compile

import (
	"os"
	"testing"

	"github.com/pystm/pystm/compile/syntax"
)

type warn struct {
	msg  string
	line int
}

// errorCases are sources with the error (or "" for none) and warnings
// CPython 2.7.18's compile() gives them, as recorded from it.
var errorCases = []struct {
	src   string
	msg   string
	line  int
	warns []warn
}{
	{"def f(x):\n    global x\n", "name 'x' is local and global", 1, nil},
	{"def f(a, b):\n    def g(b):\n        global b\n", "name 'b' is local and global", 2, nil},
	{"def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1, nil},
	{"\n\ndef f(a, (b, a)): pass\n", "duplicate argument 'a' in function definition", 3, nil},
	{"x = lambda y, y: 1\n", "duplicate argument 'y' in function definition", 1, nil},
	{"\n\nf = lambda (a, a): 1\n", "duplicate argument 'a' in function definition", 3, nil},
	{"def f(*a, **a): pass\n", "duplicate argument 'a' in function definition", 1, nil},
	{"def f():\n    yield 1\n    return 2\n", "'return' with argument inside generator", 3, nil},
	{"def f():\n    return 2\n    yield 1\n", "'return' with argument inside generator", 3, nil},
	{"def f():\n    x = (yield)\n    if x:\n        return x\n", "'return' with argument inside generator", 4, nil},
	{"yield 1\n", "'yield' outside function", 1, nil},
	{"class C:\n    yield 1\n", "'yield' outside function", 2, nil},
	{"\n\nx = [y for y in (yield 1)]\n", "'yield' outside function", 3, nil},
	{"x = (y for y in (yield 1))\n", "'yield' outside function", 1, nil},
	{"class C:\n    x = [(yield) for y in z]\n", "'yield' outside function", 2, nil},
	{"return 1\n", "'return' outside function", 1, nil},
	{"return\n", "'return' outside function", 1, nil},
	{"class C:\n    def f(self): pass\n    return 1\n", "'return' outside function", 3, nil},
	{"break\n", "'break' outside loop", 1, nil},
	{"while 1:\n    def f():\n        break\n", "'break' outside loop", 3, nil},
	{"for x in y:\n    class C:\n        break\n", "'break' outside loop", 3, nil},
	{"if x:\n    break\n", "'break' outside loop", 2, nil},
	{"continue\n", "'continue' not properly in loop", 1, nil},
	{"def f():\n    for x in y:\n        class C:\n            continue\n", "'continue' not properly in loop", 4, nil},
	{"try:\n    continue\nexcept:\n    pass\n", "'continue' not properly in loop", 2, nil},
	{"while 1:\n    try:\n        pass\n    finally:\n        continue\n", "'continue' not supported inside 'finally' clause", 5, nil},
	{"while 1:\n    try:\n        pass\n    finally:\n        try:\n            continue\n        except:\n            pass\n", "'continue' not supported inside 'finally' clause", 6, nil},
	{"while 1:\n    try:\n        pass\n    finally:\n        with x:\n            continue\n", "'continue' not supported inside 'finally' clause", 6, nil},
	{"while 1:\n    try:\n        pass\n    finally:\n        for x in y:\n            continue\n", "", 0, nil},
	{"while 1:\n    try:\n        pass\n    finally:\n        break\n", "", 0, nil},
	{"for x in y:\n    try:\n        continue\n    finally:\n        pass\n", "", 0, nil},
	{"for x in y:\n    with z:\n        continue\n", "", 0, nil},
	{"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last", 2, nil},
	{"try:\n    x = 1\n    y = 2\nexcept E:\n    pass\nexcept:\n    pass\nexcept F:\n    pass\n", "default 'except:' must be last", 5, nil},
	{"x = 1\nfrom __future__ import division\n", "from __future__ imports must occur at the beginning of the file", 2, nil},
	{"\"\"\"doc\"\"\"\nfrom __future__ import division\nimport os\nfrom __future__ import with_statement\n", "from __future__ imports must occur at the beginning of the file", 4, nil},
	{"\"\"\"doc\"\"\"\n\"\"\"doc2\"\"\"\nfrom __future__ import division\n", "from __future__ imports must occur at the beginning of the file", 3, nil},
	{"import os; from __future__ import division\n", "from __future__ imports must occur at the beginning of the file", 1, nil},
	{"from __future__ import division; from __future__ import braces\n", "not a chance", 1, nil},
	{"def f():\n    from __future__ import division\n", "from __future__ imports must occur at the beginning of the file", 2, nil},
	{"from __future__ import braces\n", "not a chance", 1, nil},
	{"from __future__ import nested_scopes, generators, spam\n", "future feature spam is not defined", 1, nil},
	{"from __future__ import division, print_function, unicode_literals, absolute_import, with_statement\nprint('x')\n", "", 0, nil},
	{"def f():\n    from os import *\n    def g():\n        return x\n", "import * is not allowed in function 'f' because it contains a nested function with free variables", 2, []warn{{"import * only allowed at module level", 1}}},
	{"def f():\n    x = 1\n    def g():\n        from os import *\n        return x\n", "import * is not allowed in function 'g' because it is a nested function", 4, []warn{{"import * only allowed at module level", 3}}},
	{"def f():\n    from os import *\n", "", 0, []warn{{"import * only allowed at module level", 1}}},
	{"class C:\n    from os import *\n", "", 0, []warn{{"import * only allowed at module level", 1}}},
	{"def f():\n    exec 'x'\n    def g():\n        return x\n", "unqualified exec is not allowed in function 'f' because it contains a nested function with free variables", 2, nil},
	{"def f():\n    exec 'x' in d\n    def g():\n        return x\n", "", 0, nil},
	{"def f():\n    x = 1\n    def g():\n        exec 'x'\n        return x\n", "unqualified exec is not allowed in function 'g' because it is a nested function", 4, nil},
	{"def f():\n    def g():\n        exec code\n", "unqualified exec is not allowed in function 'g' because it is a nested function", 3, nil},
	{"def f():\n    def g():\n        exec ''\n", "", 0, nil},
	{"def f():\n    exec 'x'\n    from os import *\n    def g():\n        return x\n", "function 'f' uses import * and bare exec, which are illegal because it contains a nested function with free variables", 2, []warn{{"import * only allowed at module level", 1}}},
	{"def f():\n    exec 'a' in d\n    exec 'b'\n    def g():\n        return x\n", "function 'f' uses import * and bare exec, which are illegal because it contains a nested function with free variables", 2, nil},
	{"def f():\n    import os\n    exec 'x'\n    lambda: y\n", "unqualified exec is not allowed in function 'f' because it contains a nested function with free variables", 3, nil},
	{"def f():\n    x = 1\n    def g():\n        return x\n    del x\n", "can not delete variable 'x' referenced in nested scope", 0, nil},
	{"def f():\n    def g():\n        return x\n    del x\n", "can not delete variable 'x' referenced in nested scope", 0, nil},
	{"def f():\n    x = 1\n    def g():\n        del x\n        return x\n", "", 0, nil},
	{"def f():\n    for x0 in y:\n        for x1 in y:\n            for x2 in y:\n                for x3 in y:\n                    for x4 in y:\n                        for x5 in y:\n                            for x6 in y:\n                                for x7 in y:\n                                    for x8 in y:\n                                        for x9 in y:\n                                            for x10 in y:\n                                                for x11 in y:\n                                                    for x12 in y:\n                                                        for x13 in y:\n                                                            for x14 in y:\n                                                                for x15 in y:\n                                                                    for x16 in y:\n                                                                        for x17 in y:\n                                                                            for x18 in y:\n                                                                                for x19 in y:\n                                                                                    for x20 in y:\n                                                                                        pass\n", "too many statically nested blocks", 0, nil},
	{"while 1:\n    while 1:\n        while 1:\n            while 1:\n                while 1:\n                    while 1:\n                        while 1:\n                            while 1:\n                                while 1:\n                                    while 1:\n                                        while 1:\n                                            while 1:\n                                                while 1:\n                                                    while 1:\n                                                        while 1:\n                                                            while 1:\n                                                                while 1:\n                                                                    while 1:\n                                                                        while 1:\n                                                                            while 1:\n                                                                                pass\n", "", 0, nil},
	{"try:\n    try:\n        try:\n            try:\n                try:\n                    try:\n                        try:\n                            try:\n                                try:\n                                    try:\n                                        try:\n                                            try:\n                                                try:\n                                                    try:\n                                                        try:\n                                                            try:\n                                                                try:\n                                                                    try:\n                                                                        try:\n                                                                            try:\n                                                                                pass\n                                                                            finally: pass\n                                                                        finally: pass\n                                                                    finally: pass\n                                                                finally: pass\n                                                            finally: pass\n                                                        finally: pass\n                                                    finally: pass\n                                                finally: pass\n                                            finally: pass\n                                        finally: pass\n                                    finally: pass\n                                finally: pass\n                            finally: pass\n                        finally: pass\n                    finally: pass\n                finally: pass\n            finally: pass\n        finally: pass\n    finally: pass\nfinally: pass\n", "", 0, nil},
	{"with x0:\n    with x1:\n        with x2:\n            with x3:\n                with x4:\n                    with x5:\n                        with x6:\n                            with x7:\n                                with x8:\n                                    with x9:\n                                        with x10:\n                                            with x11:\n                                                with x12:\n                                                    with x13:\n                                                        with x14:\n                                                            with x15:\n                                                                with x16:\n                                                                    with x17:\n                                                                        with x18:\n                                                                            with x19:\n                                                                                pass\n", "", 0, nil},
	{"with x0:\n    with x1:\n        with x2:\n            with x3:\n                with x4:\n                    with x5:\n                        with x6:\n                            with x7:\n                                with x8:\n                                    with x9:\n                                        with x10:\n                                            with x11:\n                                                with x12:\n                                                    with x13:\n                                                        with x14:\n                                                            with x15:\n                                                                with x16:\n                                                                    with x17:\n                                                                        with x18:\n                                                                            with x19:\n                                                                                with x20:\n                                                                                    pass\n", "too many statically nested blocks", 0, nil},
	{"def f():\n    x = 1\n    global x\n", "", 0, []warn{{"name 'x' is assigned to before global declaration", 3}}},
	{"def f():\n    print x\n    global x\n", "", 0, []warn{{"name 'x' is used prior to global declaration", 3}}},
	{"def f():\n    global x\n    x = 1\n    global x\n", "", 0, []warn{{"name 'x' is assigned to before global declaration", 4}}},
	{"assert (x, 'msg')\n", "", 0, []warn{{"assertion is always true, perhaps remove parentheses?", 1}}},
	{"if 0:\n    return 1\nwhile 0:\n    break\nif 0:\n    yield 2\n", "'return' with argument inside generator", 6, nil},
	{"if 1:\n    pass\nelse:\n    return 1\n", "", 0, nil},
	{"if '':\n    continue\n", "", 0, nil},
	{"if __debug__:\n    pass\nelse:\n    break\n", "", 0, nil},
	{"if not 1:\n    break\n", "'break' outside loop", 2, nil},
	{"while 1:\n    pass\nelse:\n    break\n", "'break' outside loop", 4, nil},
	{"lambda: (yield)\n", "", 0, nil},
	{"def f(a, b):\n    def g():\n        return a\n    class C:\n        b = 1\n        def m(self):\n            return b\n", "", 0, nil},
	{"class C:\n    def f(self):\n        return __x\n    __y = 1\n", "", 0, nil},
	{"def f():\n    (yield)\n    return\n", "", 0, nil},
	{"with a as b, c as d:\n    pass\n", "", 0, nil},
}

// TestErrors compiles each source with pystm's parser and checks the
// error and warnings against CPython's.
func TestErrors(t *testing.T) {
	for _, tc := range errorCases {
		code, err := Compile("f.py", []byte(tc.src), syntax.ModeExec, 0)
		checkErrorCase(t, tc.src, code, err, tc.msg, tc.line, tc.warns)
	}
}

func checkErrorCase(t *testing.T, src string, code *Code, err error, msg string, line int, warns []warn) {
	t.Helper()
	if msg == "" {
		if err != nil {
			t.Errorf("%q: %v", src, err)
			return
		}
	} else {
		e, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%q: got %v, want %q at line %d", src, err, msg, line)
			return
		}
		if e.Msg != msg || e.Line != line || e.Kind != "SyntaxError" || e.Filename != "f.py" {
			t.Errorf("%q: got %s %q at %s:%d, want %q at line %d", src, e.Kind, e.Msg, e.Filename, e.Line, msg, line)
		}
		if line > 0 && e.Text == "" {
			t.Errorf("%q: no text for line %d", src, line)
		}
		return
	}
	var got []warn
	for _, w := range code.Warnings {
		got = append(got, warn{w.Msg, w.Line})
	}
	if len(got) != len(warns) {
		t.Errorf("%q: warnings %v, want %v", src, got, warns)
		return
	}
	for i := range got {
		if got[i] != warns[i] {
			t.Errorf("%q: warnings %v, want %v", src, got, warns)
		}
	}
}

// TestErrorsOracle checks the recorded errors against CPython itself,
// and compiles from CPython's tree, independently of pystm's parser.
func TestErrorsOracle(t *testing.T) {
	if !havePython2() {
		t.Skip("no python2")
	}
	var srcs []string
	for _, tc := range errorCases {
		srcs = append(srcs, tc.src)
	}
	files := oracleSources(t, srcs)
	i := 0
	runOracle(t, files, func(r *oracleResult) {
		tc := errorCases[i]
		i++
		msg, line := "", 0
		if r.Error != nil {
			msg, _ = r.Error[0].(string)
			if f, ok := r.Error[1].(float64); ok {
				line = int(f)
			}
		}
		if msg != tc.msg || line != tc.line {
			t.Errorf("%q: CPython says %q at %d, recorded %q at %d", tc.src, msg, line, tc.msg, tc.line)
		}
		tree, err := treeFromJSON(r.Tree)
		if err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(r.File)
		code, err := CompileTree(tree, "f.py", src, 0)
		checkErrorCase(t, tc.src, code, err, tc.msg, tc.line, tc.warns)
	})
}
