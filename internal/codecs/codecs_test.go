package codecs

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

// A codecTest is one conversion recorded from CPython 2.7.18 by
// testdata/gen.py: the encoding, the input (a string to decode or a []rune
// to encode), the error handler's name, the result (nil when it failed),
// and on failure the exception's class name, its str() and, for a Unicode
// error, its encoding, start, end and reason.
type codecTest struct {
	enc, in, errors, out any
	exc, msg, encoding   string
	start, end           int
	reason               string
}

// testHandlers are the handlers gen.py registers with codecs.register_error.
var testHandlers = map[string]Handler{
	"test.neg": func(e *Error) ([]rune, int, error) {
		return []rune(fmt.Sprintf("<%d-%d>", e.Start, e.End)), -2, nil
	},
	"test.far":    func(e *Error) ([]rune, int, error) { return []rune("X"), 100, nil },
	"test.farneg": func(e *Error) ([]rune, int, error) { return []rune("X"), -100, nil },
	"test.len": func(e *Error) ([]rune, int, error) {
		n := len(e.Runes)
		if e.Kind == DecodeError {
			n = len(e.Bytes)
		}
		return []rune("L"), n, nil
	},
	"test.eacute": func(e *Error) ([]rune, int, error) { return []rune{0xe9}, e.End, nil },
	"test.back": func(e *Error) ([]rune, int, error) {
		n := len(e.Runes)
		if e.Kind == DecodeError {
			n = len(e.Bytes)
		}
		if e.End < n {
			return []rune("B"), e.End + 1, nil
		}
		return []rune("B"), e.End, nil
	},
}

// convert runs one row: through Decode/Encode for the handlers CPython has
// built in, and through Lookup and a Codec for the test handlers.
func convert(tc codecTest) (any, error) {
	enc, errs := tc.enc.(string), tc.errors.(string)
	if h, ok := testHandlers[errs]; ok {
		c, err := Lookup(enc)
		if err != nil {
			return nil, err
		}
		if b, ok := tc.in.(string); ok {
			return c.Decode([]byte(b), h)
		}
		return c.Encode(tc.in.([]rune), h)
	}
	if b, ok := tc.in.(string); ok {
		return Decode(enc, []byte(b), errs)
	}
	return Encode(enc, tc.in.([]rune), errs)
}

func checkRow(t *testing.T, kind string, tc codecTest) {
	t.Helper()
	got, err := convert(tc)
	where := fmt.Sprintf("%s(%q, %q, %q)", kind, tc.enc, tc.in, tc.errors)
	if tc.exc == "" {
		if err != nil {
			t.Errorf("%s: unexpected error %v", where, err)
			return
		}
		switch want := tc.out.(type) {
		case []rune:
			if r := got.([]rune); !slices.Equal(r, want) && !(len(r) == 0 && len(want) == 0) {
				t.Errorf("%s = %U, want %U", where, r, want)
			}
		case string:
			if b := string(got.([]byte)); b != want {
				t.Errorf("%s = %q, want %q", where, b, want)
			}
		}
		return
	}
	if err == nil {
		t.Errorf("%s: no error, want %s: %s", where, tc.exc, tc.msg)
		return
	}
	if err.Error() != tc.msg {
		t.Errorf("%s: error %q, want %q", where, err.Error(), tc.msg)
	}
	var ue *Error
	var se *SimpleError
	switch {
	case errors.As(err, &ue):
		name := "UnicodeDecodeError"
		if ue.Kind == EncodeError {
			name = "UnicodeEncodeError"
		}
		if name != tc.exc || ue.Encoding != tc.encoding || ue.Start != tc.start || ue.End != tc.end || ue.Reason != tc.reason {
			t.Errorf("%s: %s(%q, %d, %d, %q), want %s(%q, %d, %d, %q)", where, name, ue.Encoding, ue.Start, ue.End, ue.Reason,
				tc.exc, tc.encoding, tc.start, tc.end, tc.reason)
		}
	case errors.As(err, &se):
		if se.Type != tc.exc {
			t.Errorf("%s: %s, want %s", where, se.Type, tc.exc)
		}
	default:
		t.Errorf("%s: error of type %T", where, err)
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range decodeTests {
		checkRow(t, "decode", tc)
	}
}

func TestEncode(t *testing.T) {
	for _, tc := range encodeTests {
		checkRow(t, "encode", tc)
	}
}

func TestUTF8RoundTrip(t *testing.T) {
	for _, s := range []string{"", "abc", "caf\u00e9", "\u20ac\U0001f600", "\xed\xa0\x80"} {
		r, err := DecodeUTF8([]byte(s))
		if err != nil {
			t.Fatalf("DecodeUTF8(%q): %v", s, err)
		}
		if back := EncodeUTF8String(r); back != s {
			t.Errorf("round trip of %q gave %q", s, back)
		}
	}
}
