package objects

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
	"testing"
)

func excCall(t *testing.T, th *Thread, typ *Type, args ...Value) Value {
	t.Helper()
	v, err := Call(th, typ, args, nil)
	if err != nil {
		t.Fatalf("%s%v: %v", typ.Name, args, err)
	}
	return v
}

// TestExceptionReprStr checks repr and str of the built-in exceptions
// with 0, 1 and 2 arguments against CPython 2.7.18.
func TestExceptionReprStr(t *testing.T) {
	th := ocThread()
	a, b, c := NewStr("a"), NewStr("b"), NewStr("c")
	tests := []struct {
		typ        *Type
		args       []Value
		repr, str_ string
	}{
		{ValueError, nil, "ValueError()", ""},
		{ValueError, []Value{a}, "ValueError('a',)", "a"},
		{ValueError, []Value{a, b}, "ValueError('a', 'b')", "('a', 'b')"},
		{BaseException, []Value{Int(1), b, c}, "BaseException(1, 'b', 'c')", "(1, 'b', 'c')"},
		{KeyError, nil, "KeyError()", ""},
		{KeyError, []Value{a}, "KeyError('a',)", "'a'"},
		{KeyError, []Value{a, b}, "KeyError('a', 'b')", "('a', 'b')"},
		{KeyError, []Value{NewStr("")}, "KeyError('',)", "''"},
		{IOError, nil, "IOError()", ""},
		{IOError, []Value{a}, "IOError('a',)", "a"},
		{IOError, []Value{a, b}, "IOError('a', 'b')", "[Errno a] b"},
		{IOError, []Value{Int(1), b, c}, "IOError(1, 'b')", "[Errno 1] b: 'c'"},
		{OSError, []Value{Int(1), Int(2), Int(3), Int(4)}, "OSError(1, 2, 3, 4)", "(1, 2, 3, 4)"},
		{EnvironmentError, []Value{Int(2), NewStr("No such file or directory"), NewStr("x")},
			"EnvironmentError(2, 'No such file or directory')", "[Errno 2] No such file or directory: 'x'"},
		{SyntaxError, nil, "SyntaxError()", "None"},
		{SyntaxError, []Value{a}, "SyntaxError('a',)", "a"},
		{SyntaxError, []Value{Int(1), b, c}, "SyntaxError(1, 'b', 'c')", "1"},
		{SyntaxError, []Value{NewStr("msg"), NewTuple(NewStr("f/x.py"), Int(3), Int(4), NewStr("text"))},
			"SyntaxError('msg', ('f/x.py', 3, 4, 'text'))", "msg (x.py, line 3)"},
		{SyntaxError, []Value{NewStr("msg"), NewTuple(None, Int(3), Int(4), NewStr("text"))},
			"SyntaxError('msg', (None, 3, 4, 'text'))", "msg (line 3)"},
		{SyntaxError, []Value{NewStr("msg"), NewTuple(NewStr("x.py"), None, Int(4), NewStr("text"))},
			"SyntaxError('msg', ('x.py', None, 4, 'text'))", "msg (x.py)"},
		{SyntaxError, []Value{NewStr("m"), NewTuple(NewStr("a/b/c.py"), True, Int(2), NewStr("t"))},
			"SyntaxError('m', ('a/b/c.py', True, 2, 't'))", "m (c.py, line 1)"},
		{IndentationError, nil, "IndentationError()", "None"},
		{SystemExit, []Value{Int(3)}, "SystemExit(3,)", "3"},
		{UnicodeEncodeError, []Value{NewStr("ascii"), NewUnicode([]rune("ab\u00e9")), Int(2), Int(3), NewStr("bad")},
			"UnicodeEncodeError('ascii', u'ab\\xe9', 2, 3, 'bad')", "'ascii' codec can't encode character u'\\xe9' in position 2: bad"},
		{UnicodeEncodeError, []Value{NewStr("ascii"), NewUnicode([]rune("ab\u1234\U00012345")), Int(1), Int(3), NewStr("bad")},
			"", "'ascii' codec can't encode characters in position 1-2: bad"},
		{UnicodeEncodeError, []Value{NewStr("ascii"), NewUnicode([]rune("ab\u1234\U00012345")), Int(2), Int(3), NewStr("bad")},
			"", "'ascii' codec can't encode character u'\\u1234' in position 2: bad"},
		{UnicodeEncodeError, []Value{NewStr("ascii"), NewUnicode([]rune("ab\u1234\U00012345")), Int(3), Int(4), NewStr("bad")},
			"", "'ascii' codec can't encode character u'\\U00012345' in position 3: bad"},
		{UnicodeEncodeError, []Value{NewStr("ascii"), NewUnicode([]rune("ab")), Int(5), Int(6), NewStr("bad")},
			"", "'ascii' codec can't encode characters in position 5-5: bad"},
		{UnicodeDecodeError, []Value{NewStr("utf8"), NewStr("ab\xff"), Int(2), Int(3), NewStr("invalid")},
			"UnicodeDecodeError('utf8', 'ab\\xff', 2, 3, 'invalid')", "'utf8' codec can't decode byte 0xff in position 2: invalid"},
		{UnicodeDecodeError, []Value{NewStr("utf8"), NewStr("ab\xff"), Int(0), Int(3), NewStr("invalid")},
			"", "'utf8' codec can't decode bytes in position 0-2: invalid"},
		{UnicodeTranslateError, []Value{NewUnicode([]rune("ab\u00ff")), Int(2), Int(3), NewStr("bad")},
			"UnicodeTranslateError(u'ab\\xff', 2, 3, 'bad')", "can't translate character u'\\xff' in position 2: bad"},
		{UnicodeTranslateError, []Value{NewUnicode([]rune("ab\u00ff")), Int(0), Int(3), NewStr("bad")},
			"", "can't translate characters in position 0-2: bad"},
	}
	for _, tc := range tests {
		e := excCall(t, th, tc.typ, tc.args...)
		if tc.repr != "" {
			if got := ocRepr(t, th, e); got != tc.repr {
				t.Errorf("repr(%s%v) = %s, want %s", tc.typ.Name, tc.args, got, tc.repr)
			}
		}
		if got := ocStr(t, th, e); got != tc.str_ {
			t.Errorf("str(%s%v) = %q, want %q", tc.typ.Name, tc.args, got, tc.str_)
		}
	}
}

func TestExceptionConstructorErrors(t *testing.T) {
	th := ocThread()
	u := NewUnicode([]rune("a"))
	tests := []struct {
		typ  *Type
		args []Value
		kw   []Value
		want string
	}{
		{ValueError, nil, []Value{NewStr("x"), Int(1)}, "TypeError: exceptions.ValueError does not take keyword arguments"},
		{SyntaxError, []Value{NewStr("a"), NewStr("b")}, nil, "IndexError: tuple index out of range"},
		{SyntaxError, []Value{NewStr("msg"), Int(5)}, nil, "TypeError: 'int' object is not iterable"},
		{UnicodeDecodeError, nil, nil, "TypeError: function takes exactly 5 arguments (0 given)"},
		{UnicodeEncodeError, []Value{NewStr("a"), NewStr("b")}, nil, "TypeError: function takes exactly 5 arguments (2 given)"},
		{UnicodeTranslateError, []Value{Int(1), Int(2), Int(3)}, nil, "TypeError: function takes exactly 4 arguments (3 given)"},
		{UnicodeTranslateError, []Value{Int(1), Int(2), Int(3), Int(4)}, nil, "TypeError: argument 1 must be unicode, not int"},
		{UnicodeEncodeError, []Value{Int(1), u, Int(1), Int(2), NewStr("r")}, nil, "TypeError: argument 1 must be str, not int"},
		{UnicodeEncodeError, []Value{NewStr("a"), NewStr("a"), Int(1), Int(2), NewStr("r")}, nil, "TypeError: argument 2 must be unicode, not str"},
		{UnicodeEncodeError, []Value{NewStr("a"), u, NewStr("x"), Int(2), NewStr("r")}, nil, "TypeError: an integer is required"},
		{UnicodeEncodeError, []Value{NewStr("a"), u, Float(1.5), Int(2), NewStr("r")}, nil, "TypeError: integer argument expected, got float"},
		{UnicodeEncodeError, []Value{NewStr("a"), u, Int(1), Int(2), u}, nil, "TypeError: argument 5 must be str, not unicode"},
		{UnicodeDecodeError, []Value{NewStr("a"), u, Int(1), Int(2), NewStr("r")}, nil, "TypeError: argument 2 must be str, not unicode"},
		{UnicodeEncodeError, []Value{NewStr("a"), u, Int(1), Int(2), NewStr("r")}, []Value{NewStr("x"), Int(1)},
			"TypeError: exceptions.UnicodeEncodeError does not take keyword arguments"},
	}
	for _, tc := range tests {
		_, err := Call(th, tc.typ, tc.args, tc.kw)
		ocWantErr(t, err, tc.want)
	}
}

func TestExceptionAttributes(t *testing.T) {
	th := ocThread()
	get := func(v Value, name string) Value {
		t.Helper()
		r, err := GetAttrString(th, v, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	set := func(v Value, name string, x Value) error { return SetAttr(th, v, Intern(name), x) }

	e := excCall(t, th, IOError, Int(1), NewStr("x"), NewStr("f"))
	if get(e, "errno") != Int(1) || ocStr(t, th, get(e, "strerror")) != "x" || ocStr(t, th, get(e, "filename")) != "f" {
		t.Error("IOError fields")
	}
	if got := ocRepr(t, th, get(e, "args")); got != "(1, 'x')" {
		t.Errorf("args = %s", got)
	}
	r, _ := CallMethod(th, e, "__reduce__")
	if got := ocRepr(t, th, r.(*Tuple).elems[1]); got != "(1, 'x', 'f')" {
		t.Errorf("__reduce__ args = %s", got)
	}
	if err := set(e, "filename", nil); err != nil {
		t.Fatal(err)
	}
	if got := ocStr(t, th, e); got != "[Errno 1] x" {
		t.Errorf("after del filename: %s", got)
	}
	if err := set(e, "errno", nil); err != nil {
		t.Fatal(err)
	}
	if got := ocStr(t, th, e); got != "(1, 'x')" {
		t.Errorf("after del errno: %s", got)
	}
	e = excCall(t, th, IOError, Int(1), NewStr("x"))
	if err := set(e, "filename", None); err != nil {
		t.Fatal(err)
	}
	if got := ocStr(t, th, e); got != "[Errno 1] x: None" {
		t.Errorf("filename None: %s", got)
	}
	e = excCall(t, th, IOError, NewStr("a"))
	for _, n := range []string{"errno", "strerror", "filename"} {
		if get(e, n) != None {
			t.Errorf("IOError('a').%s is not None", n)
		}
	}

	// SystemExit.code.
	for _, tc := range []struct {
		args []Value
		want string
	}{{nil, "None"}, {[]Value{Int(3)}, "3"}, {[]Value{Int(1), Int(2)}, "(1, 2)"}} {
		if got := ocRepr(t, th, get(excCall(t, th, SystemExit, tc.args...), "code")); got != tc.want {
			t.Errorf("SystemExit%v.code = %s", tc.args, got)
		}
	}

	// message, args, __dict__.
	e = excCall(t, th, ValueError, NewStr("m"))
	if ocStr(t, th, get(e, "message")) != "m" {
		t.Error("message")
	}
	if err := set(e, "message", nil); err != nil {
		t.Fatal(err)
	}
	_, err := GetAttrString(th, e, "message")
	ocWantErr(t, err, "AttributeError: message attribute was deleted")
	if err := set(e, "message", NewStr("n")); err != nil {
		t.Fatal(err)
	}
	if d := get(e, "__dict__").(*Dict); d.Len(th) != 1 || d.GetString(th, "message") == nil {
		t.Error("message set goes to __dict__")
	}
	ocWantErr(t, set(e, "args", nil), "TypeError: args may not be deleted")
	ocWantErr(t, set(e, "__dict__", nil), "TypeError: __dict__ may not be deleted")
	ocWantErr(t, set(e, "__dict__", Int(5)), "TypeError: __dict__ must be a dictionary")
	if err := set(e, "args", NewList([]Value{Int(1), Int(2)})); err != nil {
		t.Fatal(err)
	}
	if got := ocRepr(t, th, get(e, "args")); got != "(1, 2)" {
		t.Errorf("args = %s", got)
	}

	// Attribute assignment on any exception; __reduce__ shows the dict
	// only once it exists.
	e = excCall(t, th, ValueError, Int(1))
	r, _ = CallMethod(th, e, "__reduce__")
	if len(r.(*Tuple).elems) != 2 {
		t.Errorf("__reduce__ of a fresh exception has %d items", len(r.(*Tuple).elems))
	}
	ocWantErr(t, set(e, "x", nil), "AttributeError: 'exceptions.ValueError' object has no attribute 'x'")
	if err := set(e, "y", Int(2)); err != nil {
		t.Fatal(err)
	}
	ocWantErr(t, set(e, "x", nil), "AttributeError: x")
	if get(e, "y") != Int(2) {
		t.Error("e.y")
	}
	r, _ = CallMethod(th, e, "__reduce__")
	if len(r.(*Tuple).elems) != 3 {
		t.Errorf("__reduce__ after setattr has %d items", len(r.(*Tuple).elems))
	}
	_, err = CallMethod(th, e, "__setstate__", Int(5))
	ocWantErr(t, err, "TypeError: state is not a dictionary")
	if _, err := CallMethod(th, e, "__setstate__", ocDict(th, "a", Int(1))); err != nil || get(e, "a") != Int(1) {
		t.Errorf("__setstate__: %v", err)
	}

	// Indexing and slicing go to args.
	e = excCall(t, th, ValueError, Int(1), Int(2), Int(3))
	for _, tc := range []struct {
		key  Value
		want Value
		err  string
	}{
		{Int(0), Int(1), ""}, {Int(-1), Int(3), ""},
		{NewStr("a"), nil, "TypeError: sequence index must be integer, not 'str'"},
		{Int(5), nil, "IndexError: tuple index out of range"},
	} {
		v, err := GetItem(th, e, tc.key)
		if tc.err != "" {
			ocWantErr(t, err, tc.err)
		} else if v != tc.want || err != nil {
			t.Errorf("e[%v] = %v, %v", tc.key, v, err)
		}
	}
	if s, err := BaseException.GetSlice(th, e, 0, 2); err != nil || ocRepr(t, th, s) != "(1, 2)" {
		t.Errorf("e[0:2] = %v, %v", s, err)
	}

	// Unicode error members.
	e = excCall(t, th, UnicodeEncodeError, NewStr("ascii"), NewUnicode([]rune("ab\u00e9")), Int(2), Int(3), NewStr("bad"))
	if err := set(e, "start", Int(0)); err != nil {
		t.Fatal(err)
	}
	if got := ocStr(t, th, e); got != "'ascii' codec can't encode characters in position 0-2: bad" {
		t.Errorf("after start = 0: %s", got)
	}
	ocWantErr(t, set(e, "start", NewStr("x")), "TypeError: an integer is required")
	ocWantErr(t, set(e, "start", nil), "TypeError: can't delete numeric/char attribute")
	if err := set(e, "start", Float(2.5)); err != nil || get(e, "start") != Int(2) {
		t.Errorf("start = 2.5: %v %v", err, get(e, "start"))
	}
	if err := set(e, "reason", Int(5)); err != nil {
		t.Fatal(err)
	}
	if got := ocStr(t, th, e); got != "'ascii' codec can't encode character u'\\xe9' in position 2: 5" {
		t.Errorf("reason 5: %s", got)
	}
	if get(excCall(t, th, UnicodeTranslateError, NewUnicode(nil), Int(0), Int(0), NewStr("r")), "encoding") != None {
		t.Error("UnicodeTranslateError.encoding is not None")
	}
	raw, err := UnicodeEncodeError.New(th, UnicodeEncodeError, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := ocStr(t, th, raw); got != "" {
		t.Errorf("str of an uninitialized UnicodeEncodeError = %q", got)
	}
}

func TestExceptionNames(t *testing.T) {
	th := ocThread()
	c := ocClass(t, th, "OldErr", nil)
	if got := ExceptionName(c); got != "__main__.OldErr" {
		t.Errorf("ExceptionName(classic) = %s", got)
	}
	if got := ExceptionName(ValueError); got != "ValueError" {
		t.Errorf("ExceptionName(ValueError) = %s", got)
	}
	my, err := NewClass(th, TypeType, "MyErr", []Value{ExceptionType}, ocDict(th, "__module__", NewStr("mod")))
	if err != nil {
		t.Fatal(err)
	}
	if got := ExceptionName(my); got != "mod.MyErr" {
		t.Errorf("ExceptionName(MyErr) = %s", got)
	}
	e := excCall(t, th, my.(*Type), Int(1))
	if got := ocRepr(t, th, e); got != "MyErr(1,)" {
		t.Errorf("repr = %s", got)
	}
	if d, err := GetAttrString(th, e, "__dict__"); err != nil || d.(*Dict).Len(th) != 0 {
		t.Errorf("subclass __dict__ = %v, %v", d, err)
	}
	if got := NewException(KeyError, NewStr("k")).Error(); got != "KeyError: 'k'" {
		t.Errorf("Error() = %s", got)
	}
}

func TestFromGoError(t *testing.T) {
	th := ocThread()
	_, err := os.Open("/nonexistent/file")
	e := AsException(FromGoError(err, "x"))
	if e.Type != IOError {
		t.Errorf("type %v", e.Type)
	}
	if got := ocStr(t, th, e.Value); got != "[Errno 2] No such file or directory: 'x'" {
		t.Errorf("str = %s", got)
	}
	e = AsException(OSErrorFromGo(&fs.PathError{Op: "mkdir", Path: "d", Err: syscall.EEXIST}, "d"))
	if got := ocStr(t, th, e.Value); e.Type != OSError || got != "[Errno 17] File exists: 'd'" {
		t.Errorf("OSError: %v %s", e.Type, got)
	}
	e = AsException(FromGoError(syscall.EACCES, ""))
	if got := ocStr(t, th, e.Value); got != "[Errno 13] Permission denied" {
		t.Errorf("EACCES: %s", got)
	}
	e = AsException(FromGoError(errors.New("odd"), ""))
	if got := ocStr(t, th, e.Value); got != "odd" || e.Type != IOError {
		t.Errorf("other error: %s", got)
	}
	if Strerror(9999) != "Unknown error 9999" || Strerror(21) != "Is a directory" {
		t.Error("Strerror")
	}
	if e := NewIOError(2, "No such file or directory", "f"); ocStr(t, th, e.Value) != "[Errno 2] No such file or directory: 'f'" {
		t.Error("NewIOError")
	}
}
