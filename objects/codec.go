package objects

import (
	"encoding/base64"
	"strings"

	"github.com/pystm/pystm/internal/codecs"
)

// This file is the codec glue of the string types: encode and decode
// with the built-in codecs of Python 2.7 that programs commonly use
// (utf-8, ascii, latin-1, utf-16, utf-32, unicode_escape,
// raw_unicode_escape, string_escape, hex, base64, rot13) and the error
// handlers strict, ignore, replace, xmlcharrefreplace and
// backslashreplace, with CPython's exceptions and messages.

// codec is one built-in codec. Text codecs encode unicode to str and
// decode str to unicode; byte codecs (hex, base64, string_escape) work
// on str both ways.
type codec struct {
	name   string // the name in error messages
	text   bool
	encode func(t *Thread, r []rune, errors string) (string, error)
	decode func(t *Thread, s string, errors string) ([]rune, error)
	// bytes codecs
	bencode func(t *Thread, s string, errors string) (Value, error)
	bdecode func(t *Thread, s string, errors string) (Value, error)
}

var builtinCodecs map[string]*codec

// codecAliases maps normalized aliases to codec names.
var codecAliases = map[string]string{
	"646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii", "ansi_x3.4_1986": "ascii",
	"cp367": "ascii", "csascii": "ascii", "ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii",
	"iso_ir_6": "ascii", "us": "ascii", "us_ascii": "ascii",
	"8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1", "ibm819": "latin_1", "iso8859": "latin_1",
	"iso8859_1": "latin_1", "iso_8859_1": "latin_1", "iso_8859_1_1987": "latin_1", "iso_ir_100": "latin_1",
	"l1": "latin_1", "latin": "latin_1", "latin1": "latin_1",
	"u8": "utf_8", "utf": "utf_8", "utf8": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8",
	"u16": "utf_16", "utf16": "utf_16", "unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be",
	"unicodelittleunmarked": "utf_16_le", "utf_16le": "utf_16_le",
	"u32": "utf_32", "utf32": "utf_32", "utf_32be": "utf_32_be", "utf_32le": "utf_32_le",
	"hex": "hex_codec", "base64": "base64_codec", "base_64": "base64_codec", "rot13": "rot_13",
	"unicode_internal": "unicode_internal",
}

// lookupCodec finds a codec by name, or returns LookupError.
func lookupCodec(name string) (*codec, error) {
	switch name {
	case "utf-8", "utf8", "UTF-8":
		return builtinCodecs["utf_8"], nil
	case "ascii":
		return builtinCodecs["ascii"], nil
	case "latin-1", "latin1":
		return builtinCodecs["latin_1"], nil
	}
	if c, err := codecs.Lookup(name); err == nil {
		switch c {
		case codecs.UTF8:
			return builtinCodecs["utf_8"], nil
		case codecs.ASCII:
			return builtinCodecs["ascii"], nil
		case codecs.Latin1:
			return builtinCodecs["latin_1"], nil
		}
	}
	n := codecs.Normalize(name)
	if c, ok := builtinCodecs[n]; ok {
		return c, nil
	}
	if a, ok := codecAliases[n]; ok {
		return builtinCodecs[a], nil
	}
	if a, ok := codecAliases[strings.ReplaceAll(n, ".", "_")]; ok {
		return builtinCodecs[a], nil
	}
	return nil, Errorf(LookupError, "unknown encoding: %s", name)
}

// LookupEncoding returns the canonical name of a built-in codec (the one
// codecs.lookup(name).name gives), or false.
func LookupEncoding(name string) (string, bool) {
	c, err := lookupCodec(name)
	if err != nil {
		return "", false
	}
	return c.name, true
}

// errUnknownHandler is the LookupError for an unknown error handler name.
func errUnknownHandler(errors string) error {
	return Errorf(LookupError, "unknown error handler name '%s'", errors)
}

// newUnicodeDecodeError makes a UnicodeDecodeError instance as the
// class's constructor does, returned as an error.
func newUnicodeDecodeError(t *Thread, encoding, obj string, start, end int, reason string) error {
	return newUnicodeError(t, UnicodeDecodeError, []Value{NewStr(encoding), NewStr(obj), Int(start), Int(end), NewStr(reason)})
}

// newUnicodeEncodeError makes a UnicodeEncodeError.
func newUnicodeEncodeError(t *Thread, encoding string, obj []rune, start, end int, reason string) error {
	return newUnicodeError(t, UnicodeEncodeError, []Value{NewStr(encoding), NewUnicode(obj), Int(start), Int(end), NewStr(reason)})
}

func newUnicodeError(t *Thread, typ *Type, args []Value) error {
	if t != nil {
		if v, err := Call(t, typ, args, nil); err == nil {
			return ExceptionFromValue(v)
		}
	}
	return NewException(typ, args...)
}

// Encode encodes u with a text codec (utf-8, ascii, latin-1, ...) and an
// error handler. A codec whose result is not a str gives a TypeError.
func Encode(t *Thread, u *Unicode, encoding, errors string) (*Str, error) {
	v, err := encodeValue(t, u, encoding, errors)
	if err != nil {
		return nil, err
	}
	if s, ok := v.(*Str); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "encoder did not return a string object (type=%s)", v.Type().Name)
}

// Decode decodes the bytes s with a text codec and an error handler.
func Decode(t *Thread, s, encoding, errors string) (*Unicode, error) {
	v, err := decodeValue(t, NewStr(s), encoding, errors)
	if err != nil {
		return nil, err
	}
	if u, ok := v.(*Unicode); ok {
		return u, nil
	}
	if s, ok := AsString(v); ok {
		r, err := strToUnicode(t, s)
		if err != nil {
			return nil, err
		}
		return NewUnicode(r), nil
	}
	return nil, Errorf(TypeError, "decoder did not return an unicode object (type=%s)", v.Type().Name)
}

// encodeValue runs the encoder of a codec on v (a str or unicode): text
// codecs take unicode (a str is decoded with the default encoding
// first), byte codecs take str (a unicode is encoded first).
func encodeValue(t *Thread, v Value, encoding, errors string) (Value, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if c.text {
		u, err := coerceUnicode(t, v)
		if err != nil {
			return nil, err
		}
		s, err := c.encode(t, u.r, errors)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	}
	s, err := bytesOperand(t, v)
	if err != nil {
		return nil, err
	}
	return c.bencode(t, s, errors)
}

// decodeValue runs the decoder of a codec on v.
func decodeValue(t *Thread, v Value, encoding, errors string) (Value, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	s, err := bytesOperand(t, v)
	if err != nil {
		return nil, err
	}
	if c.text {
		r, err := c.decode(t, s, errors)
		if err != nil {
			return nil, err
		}
		return NewUnicode(r), nil
	}
	return c.bdecode(t, s, errors)
}

// bytesOperand returns the bytes a codec reads from v: a str's bytes, a
// unicode encoded with the default encoding, a bytearray's contents.
func bytesOperand(t *Thread, v Value) (string, error) {
	if s, ok := AsString(v); ok {
		return s, nil
	}
	if u, ok := asUnicode(v); ok {
		s, err := encodeDefault(t, u)
		if err != nil {
			return "", err
		}
		return s.s, nil
	}
	if b, ok := v.(*ByteArray); ok {
		return string(b.bytes(t)), nil
	}
	return "", Errorf(TypeError, "expected a string or other character buffer object")
}

func appendBackslashEscape(out []byte, c rune) []byte {
	switch {
	case c >= 0x10000:
		out = append(out, '\\', 'U')
		for i := 7; i >= 0; i-- {
			out = append(out, hexDigits[(c>>(4*uint(i)))&15])
		}
	case c >= 0x100:
		out = append(out, '\\', 'u')
		for i := 3; i >= 0; i-- {
			out = append(out, hexDigits[(c>>(4*uint(i)))&15])
		}
	default:
		out = append(out, '\\', 'x', hexDigits[c>>4&15], hexDigits[c&15])
	}
	return out
}

// decodeError handles bytes [start, end) a codec cannot decode.
func decodeError(t *Thread, out []rune, name, s string, start, end int, errors, reason string) ([]rune, error) {
	switch errors {
	case "strict":
		return nil, newUnicodeDecodeError(t, name, s, start, end, reason)
	case "ignore":
		return out, nil
	case "replace":
		return append(out, 0xfffd), nil
	case "xmlcharrefreplace", "backslashreplace":
		return nil, Errorf(TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	}
	return nil, errUnknownHandler(errors)
}

// utf16Codec returns the utf-16 codec of a byte order: 0 native with a
// BOM (little endian here), 1 little, 2 big.
func utf16Codec(order int, name string) *codec {
	return &codec{name: name, text: true,
		encode: func(t *Thread, r []rune, errors string) (string, error) {
			out := make([]byte, 0, 2*len(r)+2)
			put := func(x uint16) {
				if order == 2 {
					out = append(out, byte(x>>8), byte(x))
				} else {
					out = append(out, byte(x), byte(x>>8))
				}
			}
			if order == 0 {
				put(0xfeff)
			}
			for _, c := range r {
				if c >= 0x10000 {
					c -= 0x10000
					put(uint16(0xd800 + c>>10))
					put(uint16(0xdc00 + c&0x3ff))
					continue
				}
				put(uint16(c))
			}
			return string(out), nil
		},
		decode: func(t *Thread, s string, errors string) ([]rune, error) {
			big := order == 2
			i := 0
			if order == 0 && len(s) >= 2 {
				if s[0] == 0xff && s[1] == 0xfe {
					i = 2
				} else if s[0] == 0xfe && s[1] == 0xff {
					i, big = 2, true
				}
			}
			get := func(j int) rune {
				if big {
					return rune(s[j])<<8 | rune(s[j+1])
				}
				return rune(s[j+1])<<8 | rune(s[j])
			}
			var out []rune
			cname := "utf16"
			for i < len(s) {
				if i+1 >= len(s) {
					var err error
					if out, err = decodeError(t, out, cname, s, i, len(s), errors, "truncated data"); err != nil {
						return nil, err
					}
					break
				}
				c := get(i)
				if c < 0xd800 || c > 0xdfff {
					out = append(out, c)
					i += 2
					continue
				}
				if c >= 0xdc00 {
					var err error
					if out, err = decodeError(t, out, cname, s, i, i+2, errors, "illegal encoding"); err != nil {
						return nil, err
					}
					i += 2
					continue
				}
				if i+3 >= len(s) {
					var err error
					if out, err = decodeError(t, out, cname, s, i, len(s), errors, "unexpected end of data"); err != nil {
						return nil, err
					}
					break
				}
				c2 := get(i + 2)
				if c2 < 0xdc00 || c2 > 0xdfff {
					var err error
					if out, err = decodeError(t, out, cname, s, i, i+2, errors, "illegal UTF-16 surrogate"); err != nil {
						return nil, err
					}
					i += 2
					continue
				}
				out = append(out, 0x10000+(c-0xd800)<<10+(c2-0xdc00))
				i += 4
			}
			return out, nil
		}}
}

// utf32Codec returns the utf-32 codec of a byte order (as utf16Codec).
func utf32Codec(order int, name string) *codec {
	return &codec{name: name, text: true,
		encode: func(t *Thread, r []rune, errors string) (string, error) {
			out := make([]byte, 0, 4*len(r)+4)
			put := func(x uint32) {
				if order == 2 {
					out = append(out, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
				} else {
					out = append(out, byte(x), byte(x>>8), byte(x>>16), byte(x>>24))
				}
			}
			if order == 0 {
				put(0xfeff)
			}
			for _, c := range r {
				put(uint32(c))
			}
			return string(out), nil
		},
		decode: func(t *Thread, s string, errors string) ([]rune, error) {
			big := order == 2
			i := 0
			if order == 0 && len(s) >= 4 {
				if s[:4] == "\xff\xfe\x00\x00" {
					i = 4
				} else if s[:4] == "\x00\x00\xfe\xff" {
					i, big = 4, true
				}
			}
			var out []rune
			for i < len(s) {
				if i+3 >= len(s) {
					var err error
					if out, err = decodeError(t, out, "utf32", s, i, len(s), errors, "truncated data"); err != nil {
						return nil, err
					}
					break
				}
				var c uint32
				if big {
					c = uint32(s[i])<<24 | uint32(s[i+1])<<16 | uint32(s[i+2])<<8 | uint32(s[i+3])
				} else {
					c = uint32(s[i+3])<<24 | uint32(s[i+2])<<16 | uint32(s[i+1])<<8 | uint32(s[i])
				}
				if c > 0x10ffff {
					var err error
					if out, err = decodeError(t, out, "utf32", s, i, i+4, errors, "codepoint not in range(0x110000)"); err != nil {
						return nil, err
					}
					i += 4
					continue
				}
				out = append(out, rune(c))
				i += 4
			}
			return out, nil
		}}
}

// appendUnicodeEscape appends the unicode_escape form of c.
func appendUnicodeEscape(out []byte, c rune, raw bool) []byte {
	switch {
	case c >= 0x100:
		return appendBackslashEscape(out, c)
	case raw:
		return append(out, byte(c))
	case c == '\\':
		return append(out, '\\', '\\')
	case c == '\t':
		return append(out, '\\', 't')
	case c == '\n':
		return append(out, '\\', 'n')
	case c == '\r':
		return append(out, '\\', 'r')
	case c < ' ' || c >= 0x7f:
		return append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
	}
	return append(out, byte(c))
}

func hexVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeUnicodeEscape decodes unicode_escape (raw false) or
// raw_unicode_escape (raw true).
func decodeUnicodeEscape(t *Thread, s, errors string, raw bool) ([]rune, error) {
	name := "unicodeescape"
	if raw {
		name = "rawunicodeescape"
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			if c == '\\' && !raw {
				var err error
				if out, err = decodeError(t, out, name, s, i, len(s), errors, "\\ at end of string"); err != nil {
					return nil, err
				}
				i = len(s)
				continue
			}
			out = append(out, rune(c))
			i++
			continue
		}
		if raw {
			// Count the backslashes: only an odd run before u or U escapes.
			j := i
			for j < len(s) && s[j] == '\\' {
				j++
			}
			n := j - i
			if n%2 == 0 || j >= len(s) || (s[j] != 'u' && s[j] != 'U') {
				for k := i; k < j; k++ {
					out = append(out, '\\')
				}
				i = j
				continue
			}
			for k := 0; k < n-1; k++ {
				out = append(out, '\\')
			}
			i = j - 1
		}
		e := s[i+1]
		start := i
		i += 2
		digits := 0
		switch e {
		case 'x':
			if raw {
				out = append(out, '\\', 'x')
				continue
			}
			digits = 2
		case 'u':
			digits = 4
		case 'U':
			digits = 8
		}
		if digits > 0 {
			var x rune
			k := 0
			for ; k < digits && i+k < len(s); k++ {
				h := hexVal(s[i+k])
				if h < 0 {
					break
				}
				x = x<<4 | rune(h)
			}
			if k < digits {
				reason := "truncated \\xXX escape"
				switch digits {
				case 4:
					reason = "truncated \\uXXXX escape"
				case 8:
					reason = "truncated \\UXXXXXXXX escape"
				}
				if raw {
					reason = "truncated \\uXXXX"
				}
				var err error
				if out, err = decodeError(t, out, name, s, start, i+k, errors, reason); err != nil {
					return nil, err
				}
				i += k
				continue
			}
			i += digits
			if x > 0x10ffff {
				var err error
				if out, err = decodeError(t, out, name, s, start, i, errors, "illegal Unicode character"); err != nil {
					return nil, err
				}
				continue
			}
			out = append(out, x)
			continue
		}
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, rune(e))
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, 7)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			x := rune(e - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				x = x<<3 | rune(s[i]-'0')
				i++
			}
			out = append(out, x)
		case 'N':
			var err error
			if out, err = decodeError(t, out, name, s, start, len(s), errors, "malformed \\N character escape"); err != nil {
				return nil, err
			}
			i = len(s)
		default:
			out = append(out, '\\', rune(e))
		}
	}
	return out, nil
}

// stringEscapeDecode is the string_escape decoder (PyString_DecodeEscape).
func stringEscapeDecode(s string) (string, error) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			return "", Errorf(ValueError, "Trailing \\ in string")
		}
		e := s[i]
		i++
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, 7)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			x := int(e - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				x = x<<3 | int(s[i]-'0')
				i++
			}
			out = append(out, byte(x))
		case 'x':
			if i+1 < len(s) && hexVal(s[i]) >= 0 && hexVal(s[i+1]) >= 0 {
				out = append(out, byte(hexVal(s[i])<<4|hexVal(s[i+1])))
				i += 2
				continue
			}
			return "", Errorf(ValueError, "invalid \\x escape")
		default:
			out = append(out, '\\', e)
		}
	}
	return string(out), nil
}

func rot13(c rune) rune {
	switch {
	case 'a' <= c && c <= 'z':
		return 'a' + (c-'a'+13)%26
	case 'A' <= c && c <= 'Z':
		return 'A' + (c-'A'+13)%26
	}
	return c
}

// base64Lines encodes as base64.encodestring does: lines of 76
// characters, each ending in a newline.
func base64Lines(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += 57 {
		j := min(i+57, len(s))
		b.WriteString(base64.StdEncoding.EncodeToString([]byte(s[i:j])))
		b.WriteByte('\n')
	}
	return b.String()
}

// base64Decode decodes as binascii.a2b_base64 does: characters outside
// the alphabet are skipped.
func base64Decode(s string) (string, error) {
	var clean []byte
	pad := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+', c == '/':
			if pad > 0 {
				// Data after padding: binascii stops at the padding.
				continue
			}
			clean = append(clean, c)
		case c == '=':
			if len(clean)%4 >= 2 {
				pad++
			}
		}
	}
	if len(clean)%4 == 1 {
		return "", Errorf(ValueError, "Incorrect padding")
	}
	if r := len(clean) % 4; r != 0 && pad < 4-r {
		return "", Errorf(ValueError, "Incorrect padding")
	}
	out, err := base64.RawStdEncoding.DecodeString(string(clean))
	if err != nil {
		return "", Errorf(ValueError, "Incorrect padding")
	}
	return string(out), nil
}

func init() {
	builtinCodecs = map[string]*codec{
		"utf_8":     internalCodec(codecs.UTF8),
		"ascii":     internalCodec(codecs.ASCII),
		"latin_1":   internalCodec(codecs.Latin1),
		"utf_16":    utf16Codec(0, "utf-16"),
		"utf_16_le": utf16Codec(1, "utf-16-le"),
		"utf_16_be": utf16Codec(2, "utf-16-be"),
		"utf_32":    utf32Codec(0, "utf-32"),
		"utf_32_le": utf32Codec(1, "utf-32-le"),
		"utf_32_be": utf32Codec(2, "utf-32-be"),
		"unicode_escape": {name: "unicode-escape", text: true,
			encode: func(t *Thread, r []rune, errors string) (string, error) {
				out := make([]byte, 0, len(r))
				for _, c := range r {
					out = appendUnicodeEscape(out, c, false)
				}
				return string(out), nil
			},
			decode: func(t *Thread, s string, errors string) ([]rune, error) {
				return decodeUnicodeEscape(t, s, errors, false)
			}},
		"raw_unicode_escape": {name: "raw-unicode-escape", text: true,
			encode: func(t *Thread, r []rune, errors string) (string, error) {
				out := make([]byte, 0, len(r))
				for _, c := range r {
					out = appendUnicodeEscape(out, c, true)
				}
				return string(out), nil
			},
			decode: func(t *Thread, s string, errors string) ([]rune, error) {
				return decodeUnicodeEscape(t, s, errors, true)
			}},
		"rot_13": {name: "rot-13", text: true,
			encode: func(t *Thread, r []rune, errors string) (string, error) {
				out := make([]byte, 0, len(r))
				for _, c := range r {
					c = rot13(c)
					if c >= 256 {
						return "", newUnicodeEncodeError(t, "charmap", r, 0, 1, "character maps to <undefined>")
					}
					out = append(out, byte(c))
				}
				return string(out), nil
			},
			decode: func(t *Thread, s string, errors string) ([]rune, error) {
				out := make([]rune, len(s))
				for i := 0; i < len(s); i++ {
					out[i] = rot13(rune(s[i]))
				}
				return out, nil
			}},
		"string_escape": {name: "string-escape",
			bencode: func(t *Thread, s string, errors string) (Value, error) {
				var b strings.Builder
				for i := 0; i < len(s); i++ {
					c := s[i]
					switch {
					case c == '\'' || c == '\\':
						b.WriteByte('\\')
						b.WriteByte(c)
					case c == '\t':
						b.WriteString(`\t`)
					case c == '\n':
						b.WriteString(`\n`)
					case c == '\r':
						b.WriteString(`\r`)
					case c < ' ' || c >= 0x7f:
						b.WriteString(`\x`)
						b.WriteByte(hexDigits[c>>4])
						b.WriteByte(hexDigits[c&15])
					default:
						b.WriteByte(c)
					}
				}
				return NewStr(b.String()), nil
			},
			bdecode: func(t *Thread, s string, errors string) (Value, error) {
				r, err := stringEscapeDecode(s)
				if err != nil {
					return nil, err
				}
				return NewStr(r), nil
			}},
		"hex_codec": {name: "hex",
			bencode: func(t *Thread, s string, errors string) (Value, error) {
				out := make([]byte, 2*len(s))
				for i := 0; i < len(s); i++ {
					out[2*i] = hexDigits[s[i]>>4]
					out[2*i+1] = hexDigits[s[i]&15]
				}
				return NewStr(string(out)), nil
			},
			bdecode: func(t *Thread, s string, errors string) (Value, error) {
				if len(s)%2 != 0 {
					return nil, Errorf(TypeError, "Odd-length string")
				}
				out := make([]byte, len(s)/2)
				for i := range out {
					h, l := hexVal(s[2*i]), hexVal(s[2*i+1])
					if h < 0 || l < 0 {
						return nil, Errorf(TypeError, "Non-hexadecimal digit found")
					}
					out[i] = byte(h<<4 | l)
				}
				return NewStr(string(out)), nil
			}},
		"base64_codec": {name: "base64",
			bencode: func(t *Thread, s string, errors string) (Value, error) {
				return NewStr(base64Lines(s)), nil
			},
			bdecode: func(t *Thread, s string, errors string) (Value, error) {
				r, err := base64Decode(s)
				if err != nil {
					return nil, err
				}
				return NewStr(r), nil
			}},
	}
}

// internalCodec wraps one of internal/codecs' codecs.
func internalCodec(c codecs.Codec) *codec {
	return &codec{name: c.Name(), text: true,
		encode: func(t *Thread, r []rune, errors string) (string, error) {
			b, err := c.Encode(r, codecHandler(t, errors))
			if err != nil {
				return "", codecError(t, err)
			}
			return string(b), nil
		},
		decode: func(t *Thread, s string, errors string) ([]rune, error) {
			if c == codecs.ASCII || c == codecs.UTF8 {
				// Fast path: ASCII data decodes the same with both.
				ascii := true
				for i := 0; i < len(s); i++ {
					if s[i] >= 0x80 {
						ascii = false
						break
					}
				}
				if ascii {
					r := make([]rune, len(s))
					for i := 0; i < len(s); i++ {
						r[i] = rune(s[i])
					}
					return r, nil
				}
			}
			r, err := c.Decode([]byte(s), codecHandler(t, errors))
			if err != nil {
				return nil, codecError(t, err)
			}
			return r, nil
		}}
}

// codecHandler returns the error handler called errors, looked up when
// the first error is met.
func codecHandler(t *Thread, errors string) codecs.Handler {
	if errors == "" {
		errors = "strict"
	}
	return func(e *codecs.Error) ([]rune, int, error) {
		h, err := codecs.LookupHandler(errors)
		if err != nil {
			return nil, 0, err
		}
		return h(e)
	}
}

// codecError converts an error of internal/codecs to a Python exception.
func codecError(t *Thread, err error) error {
	switch e := err.(type) {
	case *codecs.Error:
		switch e.Kind {
		case codecs.DecodeError:
			return newUnicodeDecodeError(t, e.Encoding, string(e.Bytes), e.Start, e.End, e.Reason)
		case codecs.EncodeError:
			return newUnicodeEncodeError(t, e.Encoding, e.Runes, e.Start, e.End, e.Reason)
		}
		return newUnicodeError(t, UnicodeTranslateError, []Value{NewUnicode(e.Runes), Int(e.Start), Int(e.End), NewStr(e.Reason)})
	case *codecs.SimpleError:
		typ := TypeError
		switch e.Type {
		case "LookupError":
			typ = LookupError
		case "IndexError":
			typ = IndexError
		}
		return Errorf(typ, "%s", e.Msg)
	}
	return err
}
