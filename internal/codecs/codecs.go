// Package codecs implements the text codecs that pystm has built in, as
// CPython 2.7.18 (UCS4 build) implements them: 'utf-8', 'ascii' and
// 'latin-1' under every name CPython's codec lookup accepts for them, with
// the standard error handlers (strict, ignore, replace, xmlcharrefreplace,
// backslashreplace) and support for handlers supplied by the caller (as
// codecs.register_error installs them).
//
// Unicode text is a []rune of code points in [0, 0x10FFFF]; byte strings
// are []byte. Failures are returned as errors: a *Error for what Python
// raises as UnicodeDecodeError or UnicodeEncodeError, a *SimpleError for
// the LookupError, TypeError and IndexError that codec and handler lookup
// raise. Errors returned by a caller's Handler are passed through as they
// are.
//
// Behaviour of 2.7 kept here on purpose: the utf-8 codec reports its name
// as 'utf8'; it encodes lone surrogates (and joins a high surrogate
// followed by a low one into one four-byte sequence) and decodes the
// three-byte forms of surrogates (b'\xed\xa0\x80' gives U+D800).
package codecs

import (
	"strings"
)

// A Codec is one of the built-in codecs, found by Lookup.
type Codec struct {
	id codecID
}

type codecID uint8

const (
	utf8ID codecID = iota + 1
	asciiID
	latin1ID
)

// Codecs, by the name of their module in CPython's encodings package.
var (
	UTF8   = Codec{utf8ID}
	ASCII  = Codec{asciiID}
	Latin1 = Codec{latin1ID}
)

// modules maps the module names of CPython's encodings package that pystm
// has built in to their codecs.
var modules = map[string]Codec{
	"utf_8":   UTF8,
	"ascii":   ASCII,
	"latin_1": Latin1,
}

// aliases is the part of CPython 2.7's encodings.aliases table that leads
// to the built-in codecs, keyed by normalized name.
var aliases = map[string]string{
	"646":              "ascii",
	"ansi_x3.4_1968":   "ascii",
	"ansi_x3.4_1986":   "ascii",
	"ansi_x3_4_1968":   "ascii",
	"cp367":            "ascii",
	"csascii":          "ascii",
	"ibm367":           "ascii",
	"iso646_us":        "ascii",
	"iso_646.irv_1991": "ascii",
	"iso_ir_6":         "ascii",
	"us":               "ascii",
	"us_ascii":         "ascii",
	"8859":             "latin_1",
	"cp819":            "latin_1",
	"csisolatin1":      "latin_1",
	"ibm819":           "latin_1",
	"iso8859":          "latin_1",
	"iso8859_1":        "latin_1",
	"iso_8859_1":       "latin_1",
	"iso_8859_1_1987":  "latin_1",
	"iso_ir_100":       "latin_1",
	"l1":               "latin_1",
	"latin":            "latin_1",
	"latin1":           "latin_1",
	"u8":               "utf_8",
	"utf":              "utf_8",
	"utf8":             "utf_8",
	"utf8_ucs2":        "utf_8",
	"utf8_ucs4":        "utf_8",
}

// Normalize returns an encoding name as CPython 2.7's codec search
// normalizes it before looking it up: ASCII letters lowered, and every run
// of characters other than ASCII letters, digits and '.' replaced by one
// '_', with none at either end ("UTF-8" gives "utf_8", " Latin 1 " gives
// "latin_1").
func Normalize(encoding string) string {
	var b strings.Builder
	pending := false
	for i := 0; i < len(encoding); i++ {
		c := encoding[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteByte(c)
		} else {
			pending = true
		}
	}
	return b.String()
}

// Lookup finds the codec that CPython 2.7 finds for an encoding name. It
// returns a *SimpleError (LookupError "unknown encoding: NAME") for a name
// that does not lead to one of the built-in codecs.
func Lookup(encoding string) (Codec, error) {
	norm := Normalize(encoding)
	alias, ok := aliases[norm]
	if !ok {
		alias = aliases[strings.ReplaceAll(norm, ".", "_")]
	}
	for _, mod := range [2]string{alias, norm} {
		if mod == "" || strings.Contains(mod, ".") {
			continue
		}
		if c, ok := modules[mod]; ok {
			return c, nil
		}
	}
	return Codec{}, &SimpleError{Type: "LookupError", Msg: "unknown encoding: " + encoding}
}

// Name returns the codec's name as codecs.lookup(...).name gives it:
// "utf-8", "ascii" or "iso8859-1".
func (c Codec) Name() string {
	switch c.id {
	case utf8ID:
		return "utf-8"
	case asciiID:
		return "ascii"
	case latin1ID:
		return "iso8859-1"
	}
	return ""
}

// ErrorName returns the encoding name that the codec's Unicode errors
// carry: "utf8", "ascii" or "latin-1".
func (c Codec) ErrorName() string {
	switch c.id {
	case utf8ID:
		return "utf8"
	case asciiID:
		return "ascii"
	case latin1ID:
		return "latin-1"
	}
	return ""
}

// Decode decodes b with the codec, resolving each malformed part with h.
func (c Codec) Decode(b []byte, h Handler) ([]rune, error) {
	switch c.id {
	case utf8ID:
		r, _, err := decodeUTF8(b, h, true)
		return r, err
	case asciiID:
		return decodeASCII(b, h)
	case latin1ID:
		return decodeLatin1(b), nil
	}
	return nil, &SimpleError{Type: "LookupError", Msg: "unknown encoding: "}
}

// Encode encodes r with the codec, resolving each run of characters that
// the codec cannot represent with h.
func (c Codec) Encode(r []rune, h Handler) ([]byte, error) {
	switch c.id {
	case utf8ID:
		return EncodeUTF8(r), nil
	case asciiID:
		return encodeUCS1(r, 0x80, "ascii", "ordinal not in range(128)", h)
	case latin1ID:
		return encodeUCS1(r, 0x100, "latin-1", "ordinal not in range(256)", h)
	}
	return nil, &SimpleError{Type: "LookupError", Msg: "unknown encoding: "}
}

// Decode decodes b as bytes.decode(encoding, errors) does in CPython
// 2.7: the encoding is looked up first; the error handler only when the
// first error is met, so an unknown handler name goes unnoticed on valid
// input.
func Decode(encoding string, b []byte, errors string) ([]rune, error) {
	c, err := Lookup(encoding)
	if err != nil {
		return nil, err
	}
	return c.Decode(b, lazyHandler(errors))
}

// Encode encodes r as unicode.encode(encoding, errors) does in CPython
// 2.7, looking the error handler up only when the first error is met.
func Encode(encoding string, r []rune, errors string) ([]byte, error) {
	c, err := Lookup(encoding)
	if err != nil {
		return nil, err
	}
	return c.Encode(r, lazyHandler(errors))
}

// lazyHandler returns a Handler that looks the named handler up on its
// first use.
func lazyHandler(name string) Handler {
	if h, ok := builtinHandlers[name]; ok {
		return h
	}
	return func(e *Error) ([]rune, int, error) {
		h, err := LookupHandler(name)
		if err != nil {
			return nil, 0, err
		}
		return h(e)
	}
}

// decodeLatin1 maps each byte to the code point of the same value.
func decodeLatin1(b []byte) []rune {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return r
}

// decodeASCII decodes b, reporting each byte >= 0x80 on its own.
func decodeASCII(b []byte, h Handler) ([]rune, error) {
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, rune(c))
			i++
			continue
		}
		e := &Error{Kind: DecodeError, Encoding: "ascii", Bytes: b, Start: i, End: i + 1, Reason: "ordinal not in range(128)"}
		repl, next, err := callHandler(h, e, len(b))
		if err != nil {
			return nil, err
		}
		out = append(out, repl...)
		i = next
	}
	return out, nil
}

// encodeUCS1 encodes r into one byte per character for the codecs whose
// characters are the code points below limit. Each maximal run of
// characters at or above limit is one error; the characters of a
// handler's replacement must all be below limit, else the run's error is
// returned, narrowed (as CPython narrows it) to the run's first character.
func encodeUCS1(r []rune, limit rune, name, reason string, h Handler) ([]byte, error) {
	out := make([]byte, 0, len(r))
	for i := 0; i < len(r); {
		c := r[i]
		if c >= 0 && c < limit {
			out = append(out, byte(c))
			i++
			continue
		}
		end := i + 1
		for end < len(r) && (r[end] < 0 || r[end] >= limit) {
			end++
		}
		e := &Error{Kind: EncodeError, Encoding: name, Runes: r, Start: i, End: end, Reason: reason}
		repl, next, err := callHandler(h, e, len(r))
		if err != nil {
			return nil, err
		}
		for _, rc := range repl {
			if rc < 0 || rc >= limit {
				e.End = e.Start + 1
				return nil, e
			}
			out = append(out, byte(rc))
		}
		i = next
	}
	return out, nil
}

// callHandler calls h on e and checks the position it returns, which may
// count from the end when negative, against the input's length n.
func callHandler(h Handler, e *Error, n int) ([]rune, int, error) {
	if h == nil {
		return nil, 0, e
	}
	repl, pos, err := h(e)
	if err != nil {
		return nil, 0, err
	}
	if pos < 0 {
		pos += n
	}
	if pos < 0 || pos > n {
		return nil, 0, &SimpleError{Type: "IndexError", Msg: "position " + itoa(pos) + " from error handler out of bounds"}
	}
	return repl, pos, nil
}
