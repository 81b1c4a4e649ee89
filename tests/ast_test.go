package tests

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pystm/pystm/compile/syntax"
)

// TestASTDump parses each ast/NAME.py and compares syntax.Dump of its tree
// with ast/NAME.py.dump, what CPython 2.7.18's
// ast.dump(ast.parse(source, filename)) gives for it (recorded by
// scripts/record_ast.sh).
func TestASTDump(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("ast", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no ast/*.py files")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(file + ".dump")
			if err != nil {
				t.Fatalf("%v (run scripts/record_ast.sh)", err)
			}
			tree, err := syntax.Parse(file, src, syntax.ModeExec, 0)
			if err != nil {
				if se, ok := err.(*syntax.Error); ok {
					t.Fatalf("Parse failed, CPython accepts the file:\n%s", se.Format())
				}
				t.Fatalf("Parse failed, CPython accepts the file: %v", err)
			}
			got := syntax.Dump(tree)
			if w := strings.TrimRight(string(want), "\n"); got != w {
				t.Errorf("dump differs from CPython's:\n%s", dumpDiff(w, got))
			}
		})
	}
}

// dumpDiff describes how two one-line dumps differ: it indents both, one
// field or list item a line, and shows the first differing lines with
// some context.
func dumpDiff(want, got string) string {
	wl := strings.Split(indentDump(want), "\n")
	gl := strings.Split(indentDump(got), "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	// Skip the common tail as well, to show only the differing region.
	jw, jg := len(wl), len(gl)
	for jw > i && jg > i && wl[jw-1] == gl[jg-1] {
		jw--
		jg--
	}
	const context, most = 3, 12
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d of the indented dumps\n", i+1)
	start := i - context
	if start < 0 {
		start = 0
	}
	for _, l := range wl[start:i] {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	show := func(prefix string, lines []string) {
		for k, l := range lines {
			if k == most {
				fmt.Fprintf(&b, "%s ... (%d more lines)\n", prefix, len(lines)-most)
				break
			}
			fmt.Fprintf(&b, "%s %s\n", prefix, l)
		}
	}
	show("-", wl[i:jw])
	show("+", gl[i:jg])
	end := jw + context
	if end > len(wl) {
		end = len(wl)
	}
	for _, l := range wl[jw:end] {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	b.WriteString("(- CPython, + pystm)")
	return b.String()
}

// indentDump breaks a dump into lines: a line after each opening bracket
// and each ", " between fields or items, indented by nesting depth.
// Quoted strings are copied as they are.
func indentDump(s string) string {
	var b strings.Builder
	depth := 0
	newline := func() {
		b.WriteByte('\n')
		for k := 0; k < depth; k++ {
			b.WriteString("  ")
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\'', '"':
			j := i + 1
			for j < len(s) && s[j] != c {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				j = len(s) - 1
			}
			b.WriteString(s[i : j+1])
			i = j
		case '(', '[':
			b.WriteByte(c)
			if i+1 < len(s) && (s[i+1] == ')' || s[i+1] == ']') {
				b.WriteByte(s[i+1])
				i++
				continue
			}
			depth++
			newline()
		case ')', ']':
			depth--
			b.WriteByte(c)
		case ',':
			b.WriteByte(c)
			if i+1 < len(s) && s[i+1] == ' ' {
				i++
			}
			newline()
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
