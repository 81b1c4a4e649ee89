package compile

import (
	"testing"

	"github.com/pystm/pystm/compile/syntax"
)

// FuzzCompileInternal checks that no source the parser accepts makes
// the compiler report an internal error: those come from the
// assembler's stack-depth check and mean the compiler emitted
// inconsistent code.
func FuzzCompileInternal(f *testing.F) {
	for _, tc := range errorCases {
		f.Add(tc.src)
	}
	for _, p := range vmPrograms {
		f.Add(p.src)
	}
	for _, tc := range foldCases {
		f.Add("x = " + tc.expr + "\n")
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, mode := range []syntax.Mode{syntax.ModeExec, syntax.ModeEval, syntax.ModeSingle} {
			_, err := Compile("f.py", []byte(src), mode, 0)
			if e, ok := err.(*syntax.Error); ok && e.Kind == "SystemError" {
				t.Fatalf("%q: %v", src, err)
			}
		}
	})
}
