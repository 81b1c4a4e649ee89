package objects

import "testing"

func TestParseTupleKw(t *testing.T) {
	kwlist := []string{"a", "b", "c"}
	cases := []struct {
		args, kw []Value
		want     string
	}{
		{nil, nil, "Required argument 'a' (pos 1) not found"},
		{[]Value{Int(1)}, []Value{NewStr("a"), Int(2)}, "Argument given by name ('a') and position (1)"},
		{[]Value{Int(1)}, []Value{NewStr("d"), Int(2)}, "'d' is an invalid keyword argument for this function"},
		{[]Value{Int(1)}, []Value{Int(5), Int(2)}, "keywords must be strings"},
		{[]Value{Int(1), Int(2), Int(3)}, []Value{NewStr("d"), Int(2)}, "f() takes at most 3 arguments (4 given)"},
		{[]Value{Int(1)}, []Value{NewStr("c"), Float(2)}, "integer argument expected, got float"},
		{[]Value{Int(1), Int(2)}, []Value{NewUnicode([]rune("c")), Int(3)}, ""},
	}
	for i, c := range cases {
		got, err := ParseTupleKw("f", c.args, c.kw, 1, kwlist, func(i int, v Value) error {
			_, err := AsInt(nil, v)
			return err
		})
		msg := ""
		if err != nil {
			msg = argsErrMsg(err)
		}
		if msg != c.want {
			t.Errorf("case %d: error %q, want %q", i, msg, c.want)
		}
		if err == nil && got[2] != Int(3) {
			t.Errorf("case %d: c = %v", i, got[2])
		}
	}
}

func TestArgsCount(t *testing.T) {
	for _, c := range []struct {
		n, min, max int
		want        string
	}{
		{2, 1, 1, "chr() takes exactly 1 argument (2 given)"},
		{0, 1, 3, "chr() takes at least 1 argument (0 given)"},
		{4, 1, 3, "chr() takes at most 3 arguments (4 given)"},
		{0, 2, 2, "chr() takes exactly 2 arguments (0 given)"},
	} {
		err := ArgsCount("chr", c.n, c.min, c.max)
		if err == nil || argsErrMsg(err) != c.want {
			t.Errorf("ArgsCount(%d, %d, %d) = %v, want %s", c.n, c.min, c.max, err, c.want)
		}
	}
}

// argsErrMsg returns the message of a TypeError made by Errorf.
func argsErrMsg(err error) string {
	th := NewThread(&Runtime{RecursionLimit: 100})
	e, ok := err.(*Exception)
	if !ok || e.Type != TypeError {
		return err.Error()
	}
	return e.Value.(*BaseExc).Args(th).elems[0].(*Str).s
}
