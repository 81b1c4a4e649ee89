package codecs

import (
	"strconv"
	"strings"
)

// ErrorKind says which Python exception an Error stands for.
type ErrorKind uint8

// The kinds of Unicode error.
const (
	DecodeError    ErrorKind = iota // UnicodeDecodeError
	EncodeError                     // UnicodeEncodeError
	TranslateError                  // UnicodeTranslateError
)

// An Error holds what CPython 2.7 puts in a UnicodeDecodeError (Kind
// DecodeError: Bytes is the object), a UnicodeEncodeError or a
// UnicodeTranslateError (Runes is the object): the codec's name, the whole
// object being converted, the range [Start, End) of the failing part and
// the reason.
type Error struct {
	Kind     ErrorKind
	Encoding string // as the codec reports it: "utf8", "ascii", "latin-1"
	Bytes    []byte // the object, for a DecodeError
	Runes    []rune // the object, for an EncodeError or TranslateError
	Start    int
	End      int
	Reason   string // "ordinal not in range(128)", "invalid start byte", ...
}

// Error returns the exception's str() as CPython 2.7 formats it, for
// example "'ascii' codec can't decode byte 0xe9 in position 3: ordinal
// not in range(128)". As in CPython, the one-character form is used only
// when End is Start+1 and Start lies within the object; the range form
// prints Start and End-1 as they are.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Kind != TranslateError {
		b.WriteByte('\'')
		b.WriteString(limit400(e.Encoding))
		b.WriteString("' codec ")
	}
	switch e.Kind {
	case DecodeError:
		b.WriteString("can't decode ")
		if e.Start >= 0 && e.Start < len(e.Bytes) && e.End == e.Start+1 {
			b.WriteString("byte 0x")
			const hex = "0123456789abcdef"
			c := e.Bytes[e.Start]
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			b.WriteString(" in position ")
			b.WriteString(strconv.Itoa(e.Start))
		} else {
			b.WriteString("bytes in position ")
			writeRange(&b, e.Start, e.End)
		}
	default:
		if e.Kind == EncodeError {
			b.WriteString("can't encode ")
		} else {
			b.WriteString("can't translate ")
		}
		if e.Start >= 0 && e.Start < len(e.Runes) && e.End == e.Start+1 {
			b.WriteString("character u'")
			b.WriteString(charEscape(e.Runes[e.Start]))
			b.WriteString("' in position ")
			b.WriteString(strconv.Itoa(e.Start))
		} else {
			b.WriteString("characters in position ")
			writeRange(&b, e.Start, e.End)
		}
	}
	b.WriteString(": ")
	b.WriteString(limit400(e.Reason))
	return b.String()
}

// writeRange writes "start-(end-1)".
func writeRange(b *strings.Builder, start, end int) {
	b.WriteString(strconv.Itoa(start))
	b.WriteByte('-')
	b.WriteString(strconv.Itoa(end - 1))
}

// charEscape returns the escape CPython's Unicode errors use for a
// character: \xhh, \uhhhh or \Uhhhhhhhh.
func charEscape(c rune) string {
	switch {
	case c >= 0 && c <= 0xff:
		return `\x` + hexDigits(uint32(c), 2)
	case c >= 0 && c <= 0xffff:
		return `\u` + hexDigits(uint32(c), 4)
	}
	return `\U` + hexDigits(uint32(c), 8)
}

// hexDigits returns v as n lower-case hex digits.
func hexDigits(v uint32, n int) string {
	const hex = "0123456789abcdef"
	var buf [8]byte
	for i := n - 1; i >= 0; i-- {
		buf[i] = hex[v&15]
		v >>= 4
	}
	return string(buf[:n])
}

// limit400 cuts s to 400 bytes, as the "%.400s" of CPython's formats does.
func limit400(s string) string {
	if len(s) > 400 {
		return s[:400]
	}
	return s
}

func itoa(i int) string { return strconv.Itoa(i) }

// A SimpleError is a failure that Python raises as an exception other
// than a Unicode error: Type is the exception's class name
// ("LookupError", "TypeError" or "IndexError") and Msg its message.
type SimpleError struct {
	Type string
	Msg  string
}

// Error returns the message.
func (e *SimpleError) Error() string { return e.Msg }

// A Handler resolves a Unicode error as a function registered with
// codecs.register_error does: it returns the replacement text and the
// position in the input at which the codec goes on (a negative position
// counts from the end), or an error to stop with. A position out of the
// input makes the codec fail with IndexError "position N from error
// handler out of bounds". When encoding, the codec encodes the
// replacement itself; a character of it that the codec cannot encode
// makes it fail with the original error.
type Handler func(e *Error) (repl []rune, pos int, err error)

// builtinHandlers holds the handlers CPython 2.7 registers at start-up.
var builtinHandlers = map[string]Handler{
	"strict":            strictErrors,
	"ignore":            ignoreErrors,
	"replace":           replaceErrors,
	"xmlcharrefreplace": xmlcharrefreplaceErrors,
	"backslashreplace":  backslashreplaceErrors,
}

// LookupHandler returns the built-in error handler of that name (the
// names are case-sensitive), or a *SimpleError (LookupError "unknown error
// handler name 'NAME'").
func LookupHandler(name string) (Handler, error) {
	if h, ok := builtinHandlers[name]; ok {
		return h, nil
	}
	return nil, &SimpleError{Type: "LookupError", Msg: "unknown error handler name '" + name + "'"}
}

// strictErrors fails with the error itself.
func strictErrors(e *Error) ([]rune, int, error) { return nil, 0, e }

// ignoreErrors skips the failing part.
func ignoreErrors(e *Error) ([]rune, int, error) {
	_, end := e.clamped()
	return nil, end, nil
}

// replaceErrors puts one U+FFFD in place of undecodable bytes, and one '?'
// for each unencodable or untranslatable character.
func replaceErrors(e *Error) ([]rune, int, error) {
	start, end := e.clamped()
	if e.Kind == DecodeError {
		return []rune{0xfffd}, end, nil
	}
	var repl []rune
	for i := start; i < end; i++ {
		repl = append(repl, '?')
	}
	return repl, end, nil
}

// cannotHandle is the TypeError of the handlers that only handle encode
// errors.
func cannotHandle(e *Error) error {
	name := "UnicodeDecodeError"
	if e.Kind == TranslateError {
		name = "UnicodeTranslateError"
	}
	return &SimpleError{Type: "TypeError", Msg: "don't know how to handle " + name + " in error callback"}
}

// clamped returns Start and End brought within the object as the
// accessors of CPython's exceptions do for the built-in handlers: Start
// into [0, len-1], End into [1, len].
func (e *Error) clamped() (start, end int) {
	n := len(e.Runes)
	if e.Kind == DecodeError {
		n = len(e.Bytes)
	}
	start, end = e.Start, e.End
	if start < 0 {
		start = 0
	}
	if start >= n {
		start = n - 1
	}
	if end < 1 {
		end = 1
	}
	if end > n {
		end = n
	}
	return start, end
}

// failing returns the characters in the clamped range of an encode error.
func (e *Error) failing() []rune {
	start, end := e.clamped()
	if start < 0 || end <= start {
		return nil
	}
	return e.Runes[start:end]
}

// xmlcharrefreplaceErrors replaces each unencodable character with an XML
// character reference "&#N;".
func xmlcharrefreplaceErrors(e *Error) ([]rune, int, error) {
	if e.Kind != EncodeError {
		return nil, 0, cannotHandle(e)
	}
	var repl []rune
	for _, c := range e.failing() {
		repl = append(repl, '&', '#')
		for _, d := range strconv.Itoa(int(c)) {
			repl = append(repl, d)
		}
		repl = append(repl, ';')
	}
	_, end := e.clamped()
	return repl, end, nil
}

// backslashreplaceErrors replaces each unencodable character with a
// Python escape: \xhh, \uhhhh or \Uhhhhhhhh.
func backslashreplaceErrors(e *Error) ([]rune, int, error) {
	if e.Kind != EncodeError {
		return nil, 0, cannotHandle(e)
	}
	var repl []rune
	for _, c := range e.failing() {
		repl = append(repl, []rune(charEscape(c))...)
	}
	_, end := e.clamped()
	return repl, end, nil
}
