package compile

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/pystm/pystm/compile/syntax"
	"github.com/pystm/pystm/internal/stdlib"
)

// checkOracle compiles the tree CPython parsed and compares the result
// with CPython's: the error, or the symbol tables and code objects.
// It returns the differences found.
func checkOracle(r *oracleResult, strict bool) []string {
	var diffs []string
	bad := func(format string, args ...any) {
		diffs = append(diffs, fmt.Sprintf(format, args...))
	}
	if r.OracleError != "" {
		bad("oracle: %s", r.OracleError)
		return diffs
	}
	if r.Tree == nil {
		return nil // CPython's parser rejects it: not ours
	}
	tree, err := treeFromJSON(r.Tree)
	if err != nil {
		bad("rebuilding tree: %v", err)
		return diffs
	}
	src, _ := os.ReadFile(r.File)
	code, err := CompileTree(tree, r.File, src, 0)
	if r.Error != nil {
		msg, _ := r.Error[0].(string)
		line := 0
		if f, ok := r.Error[1].(float64); ok {
			line = int(f)
		}
		if err == nil {
			bad("compiled, CPython says %q at line %d", msg, line)
			return diffs
		}
		e := err.(*syntax.Error)
		if e.Msg != msg || e.Line != line {
			bad("error %q at line %d, CPython says %q at line %d", e.Msg, e.Line, msg, line)
		}
		return diffs
	}
	if err != nil {
		bad("error: %v", err)
		return diffs
	}
	if r.Symtable != nil {
		st := buildSymtable(&diag{filename: r.File}, tree)
		compareTables(st.top, r.Symtable, "", bad)
	}
	compareCodes(code, r.Codes, strict, bad)
	return diffs
}

func compareTables(s *scope, o *oracleTable, path string, bad func(string, ...any)) {
	types := [...]string{moduleBlock: "module", classBlock: "class", functionBlock: "function"}
	path += "/" + o.Name
	if types[s.typ] != o.Type || s.name != o.Name || s.line != o.Lineno {
		bad("%s: scope %s %s line %d, CPython %s %s line %d", path, types[s.typ], s.name, s.line, o.Type, o.Name, o.Lineno)
		return
	}
	optimized := s.typ == functionBlock && s.unoptimized == 0
	if optimized != o.Optimized || s.nested != o.Nested {
		bad("%s: optimized %v nested %v, CPython %v %v", path, optimized, s.nested, o.Optimized, o.Nested)
	}
	for name, fs := range o.Syms {
		sym := s.syms[name]
		if sym == nil {
			bad("%s: no symbol %s", path, name)
			continue
		}
		if int(sym.flags) != fs[0]&(1<<11-1) || int(sym.scope) != fs[1] {
			bad("%s: %s flags %#x scope %s, CPython %#x %s", path, name, sym.flags, sym.scope, fs[0]&(1<<11-1), symScope(fs[1]))
		}
	}
	for name := range s.syms {
		if _, ok := o.Syms[name]; !ok {
			bad("%s: extra symbol %s", path, name)
		}
	}
	if len(s.children) != len(o.Children) {
		bad("%s: %d children, CPython %d", path, len(s.children), len(o.Children))
		return
	}
	for i, c := range s.children {
		compareTables(c, o.Children[i], path, bad)
	}
}

type codeKey struct {
	name string
	line int
}

func allCodes(c *Code, out []*Code) []*Code {
	out = append(out, c)
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			out = allCodes(sub, out)
		}
	}
	return out
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

func compareCodes(code *Code, want []oracleCode, strict bool, bad func(string, ...any)) {
	// Code objects are matched by name and line, in order; finally
	// bodies compiled more than once make extra copies.
	mine := map[codeKey][]*Code{}
	for _, c := range allCodes(code, nil) {
		k := codeKey{c.Name, c.FirstLine}
		mine[k] = append(mine[k], c)
	}
	seen := map[codeKey]int{}
	for _, o := range want {
		k := codeKey{o.Name, o.FirstLineno}
		var c *Code
		if i := seen[k]; i < len(mine[k]) {
			c = mine[k][i]
		}
		seen[k]++
		if c == nil {
			bad("no code object %s line %d", o.Name, o.FirstLineno)
			continue
		}
		where := fmt.Sprintf("%s line %d", o.Name, o.FirstLineno)
		if c.ArgCount != o.Argcount {
			bad("%s: argcount %d, CPython %d", where, c.ArgCount, o.Argcount)
		}
		if int(c.Flags) != o.Flags {
			bad("%s: flags %#x, CPython %#x", where, c.Flags, o.Flags)
		}
		if fmt.Sprint(sortedCopy(c.Cellvars)) != fmt.Sprint(sortedCopy(o.Cellvars)) ||
			fmt.Sprint(sortedCopy(c.Freevars)) != fmt.Sprint(sortedCopy(o.Freevars)) {
			bad("%s: cells %v frees %v, CPython %v %v", where, c.Cellvars, c.Freevars, o.Cellvars, o.Freevars)
		}
		nparams := c.ArgCount
		if c.Flags&CodeVarargs != 0 {
			nparams++
		}
		if c.Flags&CodeVarkeywords != 0 {
			nparams++
		}
		if nparams > len(o.Varnames) || fmt.Sprint(c.Varnames[:min(nparams, len(c.Varnames))]) != fmt.Sprint(o.Varnames[:nparams]) {
			bad("%s: varnames %v, CPython %v", where, c.Varnames, o.Varnames)
		} else if fmt.Sprint(sortedCopy(c.Varnames)) != fmt.Sprint(sortedCopy(o.Varnames)) {
			bad("%s: varnames %v, CPython %v", where, c.Varnames, o.Varnames)
		}
		if strict {
			lines := map[int]bool{}
			for _, l := range c.Lines {
				lines[int(l.Line)] = true
			}
			var ls []int
			for l := range lines {
				ls = append(ls, l)
			}
			sort.Ints(ls)
			if fmt.Sprint(ls) != fmt.Sprint(o.Lines) {
				bad("%s: lines %v, CPython %v", where, ls, o.Lines)
			}
		}
	}
	for k := range mine {
		if seen[k] == 0 {
			bad("extra code object %s line %d", k.name, k.line)
		}
	}
}

func stdlibFiles(t *testing.T) []string {
	dir := stdlib.Dir()
	if dir == "" {
		t.Skip("no CPython 2.7 standard library")
	}
	return stdlib.Files(dir)
}

// TestOracleStdlib compiles every module of CPython 2.7's standard
// library from CPython's own syntax tree and compares the outcome with
// CPython's compile().
func TestOracleStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	if !havePython2() {
		t.Skip("no python2")
	}
	files := stdlibFiles(t)
	n, failed := 0, 0
	runOracle(t, files, func(r *oracleResult) {
		n++
		diffs := checkOracle(r, os.Getenv("STRICT") != "")
		if len(diffs) > 0 {
			failed++
			if failed <= 40 {
				if len(diffs) > 5 {
					diffs = diffs[:5]
				}
				t.Errorf("%s:\n\t%s", r.File, strings.Join(diffs, "\n\t"))
			}
		}
	})
	t.Logf("%d files, %d with differences", n, failed)
}

// TestStdlibFromSource compiles every module of CPython 2.7's standard
// library from source, with pystm's parser, and checks that exactly the
// files CPython compiles compile, and that the others fail with
// CPython's message and line.
func TestStdlibFromSource(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	if !havePython2() {
		t.Skip("no python2")
	}
	files := stdlibFiles(t)
	n, failed := 0, 0
	runOracle(t, files, func(r *oracleResult) {
		n++
		src, err := os.ReadFile(r.File)
		if err != nil {
			t.Fatal(err)
		}
		wantMsg, wantLine := "", 0
		switch {
		case r.ParseError != nil:
			wantMsg, _ = r.ParseError[0].(string)
			if f, ok := r.ParseError[1].(float64); ok {
				wantLine = int(f)
			}
		case r.Error != nil:
			wantMsg, _ = r.Error[0].(string)
			if f, ok := r.Error[1].(float64); ok {
				wantLine = int(f)
			}
		}
		_, err = Compile(r.File, src, syntax.ModeExec, 0)
		gotMsg, gotLine := "", 0
		if e, ok := err.(*syntax.Error); ok {
			gotMsg, gotLine = e.Msg, e.Line
		} else if err != nil {
			gotMsg = err.Error()
		}
		if gotMsg != wantMsg || gotLine != wantLine {
			failed++
			if failed <= 40 {
				t.Errorf("%s: got %q at line %d, CPython %q at line %d", r.File, gotMsg, gotLine, wantMsg, wantLine)
			}
		}
	})
	t.Logf("%d files, %d differ", n, failed)
}
