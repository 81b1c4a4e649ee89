package syntax

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// This file converts NUMBER and STRING tokens to values as CPython 2.7's
// Python/ast.c does (parsenumber, parsestr, decode_unicode), with the
// codecs it relies on: PyString_DecodeEscape, and the unicode-escape and
// raw-unicode-escape decoders of Objects/unicodeobject.c, whose error
// messages it reproduces.

// ParseNumber converts a NUMBER literal to its value as CPython 2.7's
// parsenumber does on 64-bit Linux: an int literal that fits in a C long
// is an int64, one that does not (or has an l/L suffix) a *big.Int; hex,
// octal and binary literals too large for a signed long are longs even
// when they fit in an unsigned one; floats are float64 (1e400 is +Inf);
// imaginary literals are complex128 with a zero real part. lit may start
// with '-': the parser folds a unary minus into a literal as ast.c does,
// so "-9223372036854775808" and "-0x8000000000000000" are int64,
// "-0.0" is negative zero and "-1j" is complex(0, -1). Malformed input is
// an error (the tokenizer never produces any).
func ParseNumber(lit string) (Number, error) {
	if lit == "" {
		return nil, errBadNumber(lit)
	}
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		if !(isAlnum(int(c)) || c == '.' || c == '-' || c == '+') {
			return nil, errBadNumber(lit)
		}
	}
	last := lit[len(lit)-1]
	if last == 'l' || last == 'L' {
		return parseLong(lit)
	}
	if v, end, overflow := strtol(lit); end == len(lit) {
		if overflow {
			return parseLong(lit)
		}
		return v, nil
	}
	if last == 'j' || last == 'J' {
		f, err := parseFloat(lit[:len(lit)-1])
		if err != nil {
			return nil, err
		}
		return complex(0, f), nil
	}
	f, err := parseFloat(lit)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func errBadNumber(lit string) error {
	return &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("invalid number literal %q", lit)}
}

// parseFloat parses a float literal (digits, an optional fraction, an
// optional exponent, an optional leading sign) with correct rounding; a
// value too large is an infinity, as CPython's PyOS_string_to_double.
func parseFloat(s string) (float64, error) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for ; i < len(s) && isDigit(int(s[i])); i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && isDigit(int(s[i])); i++ {
			digits++
		}
	}
	if digits > 0 && i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i == len(s) || !isDigit(int(s[i])) {
			digits = 0
		}
		for ; i < len(s) && isDigit(int(s[i])); i++ {
		}
	}
	if digits == 0 || i != len(s) {
		return 0, errBadNumber(s)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, errBadNumber(s)
	}
	return f, nil
}

// strtol is PyOS_strtol with base 0: it returns the value, the length of
// the prefix it parsed, and whether the value does not fit a C long.
func strtol(s string) (v int64, end int, overflow bool) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	if i < len(s) && s[i] == '0' {
		i++
		base = 8
		if i < len(s) {
			switch s[i] {
			case 'x', 'X':
				base = 16
			case 'o', 'O':
				base = 8
			case 'b', 'B':
				base = 2
			}
			if s[i] == 'x' || s[i] == 'X' || s[i] == 'o' || s[i] == 'O' || s[i] == 'b' || s[i] == 'B' {
				if i+1 >= len(s) || digitVal(s[i+1]) >= base {
					return 0, i, false
				}
				i++
			}
		}
	}
	var u uint64
	for ; i < len(s); i++ {
		d := digitVal(s[i])
		if d >= base {
			break
		}
		if !overflow {
			if u > (math.MaxUint64-d)/base {
				overflow = true
			} else {
				u = u*base + d
			}
		}
	}
	end = i
	switch {
	case overflow:
	case u <= math.MaxInt64:
		v = int64(u)
		if neg {
			v = -v
		}
	case neg && u == 1<<63:
		v = math.MinInt64
	default:
		overflow = true
	}
	return v, end, overflow
}

func digitVal(c byte) uint64 {
	switch {
	case c >= '0' && c <= '9':
		return uint64(c - '0')
	case c >= 'a' && c <= 'z':
		return uint64(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return uint64(c-'A') + 10
	}
	return 99
}

// parseLong is PyLong_FromString with base 0.
func parseLong(s string) (Number, error) {
	t := s
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	if t != "" && (t[len(t)-1] == 'l' || t[len(t)-1] == 'L') {
		t = t[:len(t)-1]
	}
	base := 10
	if len(t) > 1 && t[0] == '0' {
		switch t[1] {
		case 'x', 'X':
			base, t = 16, t[2:]
		case 'o', 'O':
			base, t = 8, t[2:]
		case 'b', 'B':
			base, t = 2, t[2:]
		default:
			base, t = 8, t[1:]
		}
	}
	if t == "" || t[0] == '+' || t[0] == '-' || strings.IndexByte(t, '_') >= 0 {
		if t == "" && base == 8 {
			return new(big.Int), nil
		}
		return nil, errBadNumber(s)
	}
	n, ok := new(big.Int).SetString(t, base)
	if !ok {
		return nil, errBadNumber(s)
	}
	if neg {
		n.Neg(n)
	}
	return n, nil
}

// DecodeString decodes one STRING literal (prefix and quotes included) as
// CPython 2.7's parsestr does. encoding is the source encoding as
// Scanner.Encoding returns it; unicodeLiterals is the unicode_literals
// future flag. The prefix may be u, b, r, ur or br in any case; b makes a
// str even under unicodeLiterals. A str result is in s (bytes in the
// source encoding), a unicode result in u (code points: \ud800 is one
// rune, as in CPython's wide build) with isUnicode set.
//
// Errors are *Error with Line and Offset 0 for the parser to locate:
// Kind "SyntaxError" with Msg "(unicode error) ..." for a bad escape in a
// unicode literal (CPython's message, cut to 127 bytes as ast.c does),
// and Kind "ValueError" with Msg "invalid \x escape" for a bad \x in a
// str literal: CPython's compile() raises that ValueError as it is,
// without a position.
func DecodeString(lit, encoding string, unicodeLiterals bool) (s string, u []rune, isUnicode bool, err error) {
	i := 0
	unicode := unicodeLiterals
	raw := false
	if i < len(lit) && (lit[i] == 'u' || lit[i] == 'U') {
		unicode = true
		i++
	}
	if i < len(lit) && (lit[i] == 'b' || lit[i] == 'B') {
		unicode = false
		i++
	}
	if i < len(lit) && (lit[i] == 'r' || lit[i] == 'R') {
		raw = true
		i++
	}
	if i >= len(lit) || lit[i] != '\'' && lit[i] != '"' {
		return "", nil, false, errBadString()
	}
	q := lit[i]
	body := lit[i+1:]
	if body == "" || body[len(body)-1] != q {
		return "", nil, false, errBadString()
	}
	body = body[:len(body)-1]
	if len(body) >= 3 && body[0] == q && body[1] == q {
		body = body[2:]
		if len(body) < 2 || body[len(body)-1] != q || body[len(body)-2] != q {
			return "", nil, false, errBadString()
		}
		body = body[:len(body)-2]
	}
	if unicode {
		u, err := decodeUnicode(body, raw, encoding)
		if err != nil {
			return "", nil, false, err
		}
		return "", u, true, nil
	}
	var recode *codec
	if encoding != "" && encoding != "utf-8" && encoding != "iso-8859-1" {
		if recode = lookupCodec(encoding); recode == nil {
			return "", nil, false, unicodeError("unknown encoding: " + encoding)
		}
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		if recode == nil {
			return body, nil, false, nil
		}
		r, err := recodeUTF8(body, recode)
		if err != nil {
			return "", nil, false, err
		}
		return r, nil, false, nil
	}
	s, err = decodeEscape(body, recode)
	if err != nil {
		return "", nil, false, err
	}
	return s, nil, false, nil
}

func errBadString() error {
	return &Error{Kind: "SyntaxError", Msg: "invalid string literal"}
}

// unicodeError is the SyntaxError ast.c makes of a UnicodeError.
func unicodeError(msg string) error {
	m := "(unicode error) " + msg
	if len(m) > 127 {
		m = m[:127]
	}
	return &Error{Kind: "SyntaxError", Msg: m}
}

// recodeUTF8 converts UTF-8 text (a source decoded to UTF-8) back to the
// source's encoding, as PyUnicode_DecodeUTF8 then PyUnicode_AsEncodedString.
func recodeUTF8(s string, c *codec) (string, error) {
	u, e := decodeUTF8(s, false)
	if e != nil {
		return "", unicodeError(decodeError("utf8", s, e.start, e.end, e.reason))
	}
	r, ok := c.encode(u, false)
	if !ok {
		return "", unicodeError(fmt.Sprintf("'%s' codec can't encode characters", c.name))
	}
	return r, nil
}

// decodeEscape is PyString_DecodeEscape: it decodes the escapes of a str
// literal; with recode, runs of non-ASCII bytes (UTF-8) are converted to
// that codec.
func decodeEscape(s string, recode *codec) (string, error) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			if recode != nil && c >= 0x80 {
				j := i
				for j < len(s) && s[j] >= 0x80 {
					j++
				}
				r, err := recodeUTF8(s[i:j], recode)
				if err != nil {
					return "", err
				}
				b = append(b, r...)
				i = j
				continue
			}
			b = append(b, c)
			i++
			continue
		}
		i++
		if i == len(s) {
			return "", &Error{Kind: "ValueError", Msg: "Trailing \\ in string"}
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b = append(b, c)
		case 'b', 'f', 't', 'n', 'r', 'v', 'a':
			b = append(b, controlEscapes[c])
		case '0', '1', '2', '3', '4', '5', '6', '7':
			var x rune
			x, i = octalEscape(s, i)
			b = append(b, byte(x))
		case 'x':
			if i+1 < len(s) && isXDigit(int(s[i])) && isXDigit(int(s[i+1])) {
				b = append(b, byte(digitVal(s[i])<<4|digitVal(s[i+1])))
				i += 2
				break
			}
			return "", &Error{Kind: "ValueError", Msg: "invalid \\x escape"}
		default:
			// The backslash stays; the character after it is read again
			// as an ordinary one.
			b = append(b, '\\')
			i--
		}
	}
	return string(b), nil
}

// decodeUnicode is ast.c's decode_unicode: for a source encoding other
// than none and iso-8859-1, runs of non-ASCII bytes (UTF-8) are first
// rewritten as \U escapes (and a backslash before one as \u005c), then
// the unicode-escape or raw-unicode-escape codec decodes the result.
// Error positions are those in the rewritten text, as in CPython.
func decodeUnicode(s string, raw bool, encoding string) ([]rune, error) {
	if encoding != "" && encoding != "iso-8859-1" && !isASCII(s) {
		b := make([]byte, 0, len(s)*4)
		for i := 0; i < len(s); {
			if s[i] == '\\' {
				b = append(b, '\\')
				i++
				if i >= len(s) {
					break
				}
				if s[i] >= 0x80 {
					b = append(b, "u005c"...)
				}
			}
			if s[i] >= 0x80 {
				j := i
				for j < len(s) && s[j] >= 0x80 {
					j++
				}
				u, e := decodeUTF8(s[i:j], false)
				if e != nil {
					return nil, unicodeError(decodeError("utf8", s[i:j], e.start, e.end, e.reason))
				}
				for _, r := range u {
					b = fmt.Appendf(b, "\\U%08x", uint32(r))
				}
				i = j
			} else {
				b = append(b, s[i])
				i++
			}
		}
		s = string(b)
	}
	if raw {
		return decodeRawUnicodeEscape(s)
	}
	return decodeUnicodeEscape(s)
}

// decodeUnicodeEscape is Python 2.7's unicode-escape decoder (strict).
func decodeUnicodeEscape(s string) ([]rune, error) {
	u := make([]rune, 0, len(s))
	fail := func(start, end int, msg string) ([]rune, error) {
		return nil, unicodeError(decodeError("unicodeescape", s, start, end, msg))
	}
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			u = append(u, rune(s[i]))
			i++
			continue
		}
		start := i
		i++
		if i >= len(s) {
			return fail(start, len(s), "\\ at end of string")
		}
		c := s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			u = append(u, rune(c))
		case 'b', 'f', 't', 'n', 'r', 'v', 'a':
			u = append(u, rune(controlEscapes[c]))
		case '0', '1', '2', '3', '4', '5', '6', '7':
			var x rune
			x, i = octalEscape(s, i)
			u = append(u, x)
		case 'x', 'u', 'U':
			digits, msg := 2, "truncated \\xXX escape"
			if c == 'u' {
				digits, msg = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				digits, msg = 8, "truncated \\UXXXXXXXX escape"
			}
			var x uint32
			for k := 0; k < digits; k++ {
				if i >= len(s) || !isXDigit(int(s[i])) {
					return fail(start, i, msg)
				}
				x = x<<4 | uint32(digitVal(s[i]))
				i++
			}
			if x > 0x10ffff {
				return fail(start, i, "illegal Unicode character")
			}
			u = append(u, rune(x))
		case 'N':
			msg := "malformed \\N character escape"
			if i < len(s) && s[i] == '{' {
				j := strings.IndexByte(s[i+1:], '}')
				switch {
				case j < 0:
					i = len(s)
				case j == 0:
					i++
				default:
					name := s[i+1 : i+1+j]
					i += j + 2
					if r, ok := lookupName(name); ok {
						u = append(u, r)
						continue
					}
					return fail(start, i, "unknown Unicode character name")
				}
			}
			return fail(start, i, msg)
		default:
			u = append(u, '\\', rune(c))
		}
	}
	return u, nil
}

// decodeRawUnicodeEscape is Python 2.7's raw-unicode-escape decoder
// (strict): only \uXXXX and \UXXXXXXXX after an odd number of
// backslashes are escapes.
func decodeRawUnicodeEscape(s string) ([]rune, error) {
	u := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			u = append(u, rune(s[i]))
			i++
			continue
		}
		start := i
		for i < len(s) && s[i] == '\\' {
			u = append(u, '\\')
			i++
		}
		if (i-start)&1 == 0 || i >= len(s) || s[i] != 'u' && s[i] != 'U' {
			continue
		}
		u = u[:len(u)-1]
		count := 4
		if s[i] == 'U' {
			count = 8
		}
		i++
		var x uint32
		for k := 0; k < count; k++ {
			if i >= len(s) || !isXDigit(int(s[i])) {
				return nil, unicodeError(decodeError("rawunicodeescape", s, start, i, "truncated \\uXXXX"))
			}
			x = x<<4 | uint32(digitVal(s[i]))
			i++
		}
		if x > 0x10ffff {
			return nil, unicodeError(decodeError("rawunicodeescape", s, start, i, "\\Uxxxxxxxx out of range"))
		}
		u = append(u, rune(x))
	}
	return u, nil
}

var (
	namesOnce sync.Once
	names     map[string]rune
)

// lookupName finds a character by its Unicode 5.2 name as Python 2.7's
// unicodedata does for \N{...}: names are matched ignoring ASCII case,
// except the algorithmic "CJK UNIFIED IDEOGRAPH-XXXX" (upper-case hex)
// and "HANGUL SYLLABLE ..." names, matched exactly.
func lookupName(name string) (rune, bool) {
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		return hangulSyllable(name[16:])
	}
	if h, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(h) != 4 && len(h) != 5 {
			return 0, false
		}
		var v rune
		for i := 0; i < len(h); i++ {
			c := h[i]
			switch {
			case c >= '0' && c <= '9':
				v = v*16 + rune(c-'0')
			case c >= 'A' && c <= 'F':
				v = v*16 + rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		if v >= 0x3400 && v <= 0x4db5 || v >= 0x4e00 && v <= 0x9fcb ||
			v >= 0x20000 && v <= 0x2a6d6 || v >= 0x2a700 && v <= 0x2b734 {
			return v, true
		}
		return 0, false
	}
	namesOnce.Do(func() {
		names = make(map[string]rune, 21742)
		for k := 0; k+1 < len(ucd52Named); k += 2 {
			for r := rune(ucd52Named[k]); r <= rune(ucd52Named[k+1]); r++ {
				names[runenames.Name(r)] = r
			}
		}
	})
	r, ok := names[strings.ToUpper(name)]
	if ok && strings.ContainsFunc(name, func(r rune) bool { return r >= 0x80 }) {
		return 0, false
	}
	return r, ok
}

var (
	hangulL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable decodes the part of a Hangul syllable name after
// "HANGUL SYLLABLE " as unicodedata's find_syllable does: the longest
// leading, vowel and trailing jamo names in turn.
func hangulSyllable(s string) (rune, bool) {
	find := func(s string, tab []string) (int, int) {
		best, pos := -1, -1
		for i, n := range tab {
			if len(n) > best && strings.HasPrefix(s, n) {
				best, pos = len(n), i
			}
		}
		return max(best, 0), pos
	}
	n, l := find(s, hangulL[:])
	s = s[n:]
	n, v := find(s, hangulV[:])
	s = s[n:]
	n, t := find(s, hangulT[:])
	s = s[n:]
	if l < 0 || v < 0 || t < 0 || s != "" {
		return 0, false
	}
	return rune(0xac00 + (l*21+v)*28 + t), true
}

// ucd52Named lists, as inclusive ranges, the code points that have a
// name in Unicode 5.2 (the version of Python 2.7's unicodedata), other
// than CJK unified ideographs and Hangul syllables; runenames gives the
// same names for them.
var ucd52Named = [...]uint32{
	0x20, 0x7e, 0xa0, 0x377, 0x37a, 0x37e, 0x384, 0x38a, 0x38c, 0x38c,
	0x38e, 0x3a1, 0x3a3, 0x525, 0x531, 0x556, 0x559, 0x55f, 0x561, 0x587,
	0x589, 0x58a, 0x591, 0x5c7, 0x5d0, 0x5ea, 0x5f0, 0x5f4, 0x600, 0x603,
	0x606, 0x61b, 0x61e, 0x61f, 0x621, 0x65e, 0x660, 0x70d, 0x70f, 0x74a,
	0x74d, 0x7b1, 0x7c0, 0x7fa, 0x800, 0x82d, 0x830, 0x83e, 0x900, 0x939,
	0x93c, 0x94e, 0x950, 0x955, 0x958, 0x972, 0x979, 0x97f, 0x981, 0x983,
	0x985, 0x98c, 0x98f, 0x990, 0x993, 0x9a8, 0x9aa, 0x9b0, 0x9b2, 0x9b2,
	0x9b6, 0x9b9, 0x9bc, 0x9c4, 0x9c7, 0x9c8, 0x9cb, 0x9ce, 0x9d7, 0x9d7,
	0x9dc, 0x9dd, 0x9df, 0x9e3, 0x9e6, 0x9fb, 0xa01, 0xa03, 0xa05, 0xa0a,
	0xa0f, 0xa10, 0xa13, 0xa28, 0xa2a, 0xa30, 0xa32, 0xa33, 0xa35, 0xa36,
	0xa38, 0xa39, 0xa3c, 0xa3c, 0xa3e, 0xa42, 0xa47, 0xa48, 0xa4b, 0xa4d,
	0xa51, 0xa51, 0xa59, 0xa5c, 0xa5e, 0xa5e, 0xa66, 0xa75, 0xa81, 0xa83,
	0xa85, 0xa8d, 0xa8f, 0xa91, 0xa93, 0xaa8, 0xaaa, 0xab0, 0xab2, 0xab3,
	0xab5, 0xab9, 0xabc, 0xac5, 0xac7, 0xac9, 0xacb, 0xacd, 0xad0, 0xad0,
	0xae0, 0xae3, 0xae6, 0xaef, 0xaf1, 0xaf1, 0xb01, 0xb03, 0xb05, 0xb0c,
	0xb0f, 0xb10, 0xb13, 0xb28, 0xb2a, 0xb30, 0xb32, 0xb33, 0xb35, 0xb39,
	0xb3c, 0xb44, 0xb47, 0xb48, 0xb4b, 0xb4d, 0xb56, 0xb57, 0xb5c, 0xb5d,
	0xb5f, 0xb63, 0xb66, 0xb71, 0xb82, 0xb83, 0xb85, 0xb8a, 0xb8e, 0xb90,
	0xb92, 0xb95, 0xb99, 0xb9a, 0xb9c, 0xb9c, 0xb9e, 0xb9f, 0xba3, 0xba4,
	0xba8, 0xbaa, 0xbae, 0xbb9, 0xbbe, 0xbc2, 0xbc6, 0xbc8, 0xbca, 0xbcd,
	0xbd0, 0xbd0, 0xbd7, 0xbd7, 0xbe6, 0xbfa, 0xc01, 0xc03, 0xc05, 0xc0c,
	0xc0e, 0xc10, 0xc12, 0xc28, 0xc2a, 0xc33, 0xc35, 0xc39, 0xc3d, 0xc44,
	0xc46, 0xc48, 0xc4a, 0xc4d, 0xc55, 0xc56, 0xc58, 0xc59, 0xc60, 0xc63,
	0xc66, 0xc6f, 0xc78, 0xc7f, 0xc82, 0xc83, 0xc85, 0xc8c, 0xc8e, 0xc90,
	0xc92, 0xca8, 0xcaa, 0xcb3, 0xcb5, 0xcb9, 0xcbc, 0xcc4, 0xcc6, 0xcc8,
	0xcca, 0xccd, 0xcd5, 0xcd6, 0xcde, 0xcde, 0xce0, 0xce3, 0xce6, 0xcef,
	0xcf1, 0xcf2, 0xd02, 0xd03, 0xd05, 0xd0c, 0xd0e, 0xd10, 0xd12, 0xd28,
	0xd2a, 0xd39, 0xd3d, 0xd44, 0xd46, 0xd48, 0xd4a, 0xd4d, 0xd57, 0xd57,
	0xd60, 0xd63, 0xd66, 0xd75, 0xd79, 0xd7f, 0xd82, 0xd83, 0xd85, 0xd96,
	0xd9a, 0xdb1, 0xdb3, 0xdbb, 0xdbd, 0xdbd, 0xdc0, 0xdc6, 0xdca, 0xdca,
	0xdcf, 0xdd4, 0xdd6, 0xdd6, 0xdd8, 0xddf, 0xdf2, 0xdf4, 0xe01, 0xe3a,
	0xe3f, 0xe5b, 0xe81, 0xe82, 0xe84, 0xe84, 0xe87, 0xe88, 0xe8a, 0xe8a,
	0xe8d, 0xe8d, 0xe94, 0xe97, 0xe99, 0xe9f, 0xea1, 0xea3, 0xea5, 0xea5,
	0xea7, 0xea7, 0xeaa, 0xeab, 0xead, 0xeb9, 0xebb, 0xebd, 0xec0, 0xec4,
	0xec6, 0xec6, 0xec8, 0xecd, 0xed0, 0xed9, 0xedc, 0xedd, 0xf00, 0xf47,
	0xf49, 0xf6c, 0xf71, 0xf8b, 0xf90, 0xf97, 0xf99, 0xfbc, 0xfbe, 0xfcc,
	0xfce, 0xfd8, 0x1000, 0x10c5, 0x10d0, 0x10fc, 0x1100, 0x1248,
	0x124a, 0x124d, 0x1250, 0x1256, 0x1258, 0x1258, 0x125a, 0x125d,
	0x1260, 0x1288, 0x128a, 0x128d, 0x1290, 0x12b0, 0x12b2, 0x12b5,
	0x12b8, 0x12be, 0x12c0, 0x12c0, 0x12c2, 0x12c5, 0x12c8, 0x12d6,
	0x12d8, 0x1310, 0x1312, 0x1315, 0x1318, 0x135a, 0x135f, 0x137c,
	0x1380, 0x1399, 0x13a0, 0x13f4, 0x1400, 0x169c, 0x16a0, 0x16f0,
	0x1700, 0x170c, 0x170e, 0x1714, 0x1720, 0x1736, 0x1740, 0x1753,
	0x1760, 0x176c, 0x176e, 0x1770, 0x1772, 0x1773, 0x1780, 0x17dd,
	0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1800, 0x180e, 0x1810, 0x1819,
	0x1820, 0x1877, 0x1880, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x191c,
	0x1920, 0x192b, 0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d,
	0x1970, 0x1974, 0x1980, 0x19ab, 0x19b0, 0x19c9, 0x19d0, 0x19da,
	0x19de, 0x1a1b, 0x1a1e, 0x1a5e, 0x1a60, 0x1a7c, 0x1a7f, 0x1a89,
	0x1a90, 0x1a99, 0x1aa0, 0x1aad, 0x1b00, 0x1b4b, 0x1b50, 0x1b7c,
	0x1b80, 0x1baa, 0x1bae, 0x1bb9, 0x1c00, 0x1c37, 0x1c3b, 0x1c49,
	0x1c4d, 0x1c7f, 0x1cd0, 0x1cf2, 0x1d00, 0x1de6, 0x1dfd, 0x1f15,
	0x1f18, 0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f57,
	0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f, 0x1f7d,
	0x1f80, 0x1fb4, 0x1fb6, 0x1fc4, 0x1fc6, 0x1fd3, 0x1fd6, 0x1fdb,
	0x1fdd, 0x1fef, 0x1ff2, 0x1ff4, 0x1ff6, 0x1ffe, 0x2000, 0x2064,
	0x206a, 0x2071, 0x2074, 0x208e, 0x2090, 0x2094, 0x20a0, 0x20b8,
	0x20d0, 0x20f0, 0x2100, 0x2189, 0x2190, 0x23e8, 0x2400, 0x2426,
	0x2440, 0x244a, 0x2460, 0x26cd, 0x26cf, 0x26e1, 0x26e3, 0x26e3,
	0x26e8, 0x26ff, 0x2701, 0x2704, 0x2706, 0x2709, 0x270c, 0x2727,
	0x2729, 0x274b, 0x274d, 0x274d, 0x274f, 0x2752, 0x2756, 0x275e,
	0x2761, 0x2794, 0x2798, 0x27af, 0x27b1, 0x27be, 0x27c0, 0x27ca,
	0x27cc, 0x27cc, 0x27d0, 0x2b4c, 0x2b50, 0x2b59, 0x2c00, 0x2c2e,
	0x2c30, 0x2c5e, 0x2c60, 0x2cf1, 0x2cf9, 0x2d25, 0x2d30, 0x2d65,
	0x2d6f, 0x2d6f, 0x2d80, 0x2d96, 0x2da0, 0x2da6, 0x2da8, 0x2dae,
	0x2db0, 0x2db6, 0x2db8, 0x2dbe, 0x2dc0, 0x2dc6, 0x2dc8, 0x2dce,
	0x2dd0, 0x2dd6, 0x2dd8, 0x2dde, 0x2de0, 0x2e31, 0x2e80, 0x2e99,
	0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x2ffb, 0x3000, 0x303f,
	0x3041, 0x3096, 0x3099, 0x30ff, 0x3105, 0x312d, 0x3131, 0x318e,
	0x3190, 0x31b7, 0x31c0, 0x31e3, 0x31f0, 0x321e, 0x3220, 0x32fe,
	0x3300, 0x33ff, 0x4dc0, 0x4dff, 0xa000, 0xa48c, 0xa490, 0xa4c6,
	0xa4d0, 0xa62b, 0xa640, 0xa65f, 0xa662, 0xa673, 0xa67c, 0xa697,
	0xa6a0, 0xa6f7, 0xa700, 0xa78c, 0xa7fb, 0xa82b, 0xa830, 0xa839,
	0xa840, 0xa877, 0xa880, 0xa8c4, 0xa8ce, 0xa8d9, 0xa8e0, 0xa8fb,
	0xa900, 0xa953, 0xa95f, 0xa97c, 0xa980, 0xa9cd, 0xa9cf, 0xa9d9,
	0xa9de, 0xa9df, 0xaa00, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59,
	0xaa5c, 0xaa7b, 0xaa80, 0xaac2, 0xaadb, 0xaadf, 0xabc0, 0xabed,
	0xabf0, 0xabf9, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa2d,
	0xfa30, 0xfa6d, 0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17,
	0xfb1d, 0xfb36, 0xfb38, 0xfb3c, 0xfb3e, 0xfb3e, 0xfb40, 0xfb41,
	0xfb43, 0xfb44, 0xfb46, 0xfbb1, 0xfbd3, 0xfd3f, 0xfd50, 0xfd8f,
	0xfd92, 0xfdc7, 0xfdf0, 0xfdfd, 0xfe00, 0xfe19, 0xfe20, 0xfe26,
	0xfe30, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xfe70, 0xfe74,
	0xfe76, 0xfefc, 0xfeff, 0xfeff, 0xff01, 0xffbe, 0xffc2, 0xffc7,
	0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0, 0xffe6,
	0xffe8, 0xffee, 0xfff9, 0xfffd, 0x10000, 0x1000b, 0x1000d, 0x10026,
	0x10028, 0x1003a, 0x1003c, 0x1003d, 0x1003f, 0x1004d, 0x10050, 0x1005d,
	0x10080, 0x100fa, 0x10100, 0x10102, 0x10107, 0x10133, 0x10137, 0x1018a,
	0x10190, 0x1019b, 0x101d0, 0x101fd, 0x10280, 0x1029c, 0x102a0, 0x102d0,
	0x10300, 0x1031e, 0x10320, 0x10323, 0x10330, 0x1034a, 0x10380, 0x1039d,
	0x1039f, 0x103c3, 0x103c8, 0x103d5, 0x10400, 0x1049d, 0x104a0, 0x104a9,
	0x10800, 0x10805, 0x10808, 0x10808, 0x1080a, 0x10835, 0x10837, 0x10838,
	0x1083c, 0x1083c, 0x1083f, 0x10855, 0x10857, 0x1085f, 0x10900, 0x1091b,
	0x1091f, 0x10939, 0x1093f, 0x1093f, 0x10a00, 0x10a03, 0x10a05, 0x10a06,
	0x10a0c, 0x10a13, 0x10a15, 0x10a17, 0x10a19, 0x10a33, 0x10a38, 0x10a3a,
	0x10a3f, 0x10a47, 0x10a50, 0x10a58, 0x10a60, 0x10a7f, 0x10b00, 0x10b35,
	0x10b39, 0x10b55, 0x10b58, 0x10b72, 0x10b78, 0x10b7f, 0x10c00, 0x10c48,
	0x10e60, 0x10e7e, 0x11080, 0x110c1, 0x12000, 0x1236e, 0x12400, 0x12462,
	0x12470, 0x12473, 0x13000, 0x1342e, 0x1d000, 0x1d0f5, 0x1d100, 0x1d126,
	0x1d129, 0x1d1dd, 0x1d200, 0x1d245, 0x1d300, 0x1d356, 0x1d360, 0x1d371,
	0x1d400, 0x1d454, 0x1d456, 0x1d49c, 0x1d49e, 0x1d49f, 0x1d4a2, 0x1d4a2,
	0x1d4a5, 0x1d4a6, 0x1d4a9, 0x1d4ac, 0x1d4ae, 0x1d4b9, 0x1d4bb, 0x1d4bb,
	0x1d4bd, 0x1d4c3, 0x1d4c5, 0x1d505, 0x1d507, 0x1d50a, 0x1d50d, 0x1d514,
	0x1d516, 0x1d51c, 0x1d51e, 0x1d539, 0x1d53b, 0x1d53e, 0x1d540, 0x1d544,
	0x1d546, 0x1d546, 0x1d54a, 0x1d550, 0x1d552, 0x1d6a5, 0x1d6a8, 0x1d7cb,
	0x1d7ce, 0x1d7ff, 0x1f000, 0x1f02b, 0x1f030, 0x1f093, 0x1f100, 0x1f10a,
	0x1f110, 0x1f12e, 0x1f131, 0x1f131, 0x1f13d, 0x1f13d, 0x1f13f, 0x1f13f,
	0x1f142, 0x1f142, 0x1f146, 0x1f146, 0x1f14a, 0x1f14e, 0x1f157, 0x1f157,
	0x1f15f, 0x1f15f, 0x1f179, 0x1f179, 0x1f17b, 0x1f17c, 0x1f17f, 0x1f17f,
	0x1f18a, 0x1f18d, 0x1f190, 0x1f190, 0x1f200, 0x1f200, 0x1f210, 0x1f231,
	0x1f240, 0x1f248, 0x2f800, 0x2fa1d, 0xe0001, 0xe0001, 0xe0020, 0xe007f,
	0xe0100, 0xe01ef,
}

// controlEscapes maps the letter of a one-letter control escape (\n, \t,
// ...) to the byte it stands for, in str and unicode literals alike.
var controlEscapes = [256]byte{'b': '\b', 'f': '\f', 't': '\t', 'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a'}

// octalEscape decodes an octal escape of one to three digits whose first
// digit is s[i-1]; it returns the value and the index after the escape.
func octalEscape(s string, i int) (rune, int) {
	x := rune(s[i-1] - '0')
	for n := 1; n < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
		x = x<<3 + rune(s[i]-'0')
		i++
	}
	return x, i
}
