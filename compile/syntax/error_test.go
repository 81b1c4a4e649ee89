package syntax

import "testing"

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		e    Error
		want string
	}{
		{Error{Kind: "SyntaxError", Msg: "invalid syntax", Filename: "f.py", Line: 1, Offset: 7, Text: "  x = = 1\n"},
			"  File \"f.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"},
		{Error{Kind: "SyntaxError", Msg: "'break' outside loop", Filename: "f.py", Line: 2, Text: "break\n"},
			"  File \"f.py\", line 2\n    break\nSyntaxError: 'break' outside loop\n"},
		{Error{Kind: "SyntaxError", Msg: "invalid syntax", Filename: "f.py", Line: 3, Offset: 3},
			"  File \"f.py\", line 3\n    \n      ^\nSyntaxError: invalid syntax\n"},
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Line: 4},
			"  File \"f.py\", line 4\nSyntaxError: m\n"},
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Line: 4, NoLocation: true}, "SyntaxError: m\n"},
		{Error{Kind: "MemoryError", Filename: "f.py", Line: 1, NoLocation: true}, "s_push: parser stack overflow\nMemoryError\n"},
	} {
		if got := tc.e.Format(); got != tc.want {
			t.Errorf("Format() = %q, want %q", got, tc.want)
		}
	}
}

// TestNoneInNestedTupleParameter covers a deliberate difference: CPython
// 2.7 crashes on this definition; pystm reports ast.c's error for None.
func TestNoneInNestedTupleParameter(t *testing.T) {
	_, err := Parse("f.py", []byte("def f(a, (b, (c, None))): pass\n"), ModeExec, 0)
	e, ok := err.(*Error)
	if !ok || e.Kind != "SyntaxError" || e.Msg != "cannot assign to None" || e.Line != 1 {
		t.Fatalf("got %#v", err)
	}
}
