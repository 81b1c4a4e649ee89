package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file holds Python 2.7's repr (and str) of the literal types: str,
// unicode, int, long, float and complex. They are written to agree with
// CPython 2.7 (a wide build, sys.maxunicode == 0x10ffff) character for
// character, so the runtime reuses them.

const hexDigits = "0123456789abcdef"

// ReprStr returns repr(s) for a Python str s (a string of bytes): quoted
// with ' unless s holds ' and no ", with \t, \n, \r, \\, the quote, and
// \xNN for other bytes below 0x20 or from 0x7f on.
func ReprStr(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	writeReprStr(&b, s)
	return b.String()
}

func writeReprStr(b *strings.Builder, s string) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
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
	b.WriteByte(quote)
}

// ReprUnicode returns repr(u) for a Python unicode u given as code points:
// u'...' quoted as ReprStr quotes, with \xNN below 0x20 and from 0x7f to
// 0xff, \uXXXX up to 0xffff (lone surrogates included, each on its own, as
// a wide build prints them) and \UXXXXXXXX beyond.
func ReprUnicode(u []rune) string {
	var b strings.Builder
	b.Grow(len(u) + 3)
	writeReprUnicode(&b, u)
	return b.String()
}

func writeReprUnicode(b *strings.Builder, u []rune) {
	hasSingle, hasDouble := false, false
	for _, r := range u {
		if r == '\'' {
			hasSingle = true
		} else if r == '"' {
			hasDouble = true
		}
	}
	quote := '\''
	if hasSingle && !hasDouble {
		quote = '"'
	}
	b.WriteByte('u')
	b.WriteByte(byte(quote))
	for _, r := range u {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r >= 0x10000 || r < 0:
			c := uint32(r)
			b.WriteString(`\U`)
			for shift := 28; shift >= 0; shift -= 4 {
				b.WriteByte(hexDigits[(c>>uint(shift))&15])
			}
		case r >= 0x100:
			b.WriteString(`\u`)
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(hexDigits[(r>>uint(shift))&15])
			}
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[r>>4])
			b.WriteByte(hexDigits[r&15])
		default:
			b.WriteByte(byte(r))
		}
	}
	b.WriteByte(byte(quote))
}

// ReprInt returns repr(i) for a Python int.
func ReprInt(i int64) string { return strconv.FormatInt(i, 10) }

// ReprLong returns repr(n) for a Python long: its decimal digits and "L".
func ReprLong(n *big.Int) string { return n.String() + "L" }

// StrLong returns str(n) for a Python long: its decimal digits.
func StrLong(n *big.Int) string { return n.String() }

// ReprFloat returns repr(f) as CPython 2.7 prints it: the shortest digits
// that round-trip, in exponent form when the decimal exponent is below -4
// or at least 16 ("1e-05", "1e+16"), otherwise in positional form with
// ".0" added to integral values; "inf", "-inf" and "nan" (never "-nan").
func ReprFloat(f float64) string {
	return formatFloat(f, -1, 16, true, false)
}

// StrFloat returns str(f) as CPython 2.7 prints it: 12 significant
// digits, with ".0" added to integral values; as CPython does when it adds
// ".0", the exponent form starts one power earlier than %.12g's, at 1e+11
// ("0.1", "12345678901.0", "1.23456789012e+11", "1e-05").
func StrFloat(f float64) string {
	return formatFloat(f, 12, 11, true, false)
}

// ReprComplex returns repr(c) as CPython 2.7 prints it: "1j" or "-0j"
// when the real part is +0, otherwise "(re+imj)" with both parts in the
// repr format without ".0" ("(1+2j)", "(-0-0j)", "(1+nanj)", "(inf-infj)").
func ReprComplex(c complex128) string {
	return formatComplex(c, -1, 16)
}

// StrComplex returns str(c) as CPython 2.7 prints it: like ReprComplex
// but with each part formatted with 12 significant digits.
func StrComplex(c complex128) string {
	return formatComplex(c, 12, 12)
}

func formatComplex(c complex128, prec, expLimit int) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, prec, expLimit, false, false) + "j"
	}
	return "(" + formatFloat(re, prec, expLimit, false, false) +
		formatFloat(im, prec, expLimit, false, true) + "j)"
}

// formatFloat formats f as CPython's PyOS_double_to_string does for the
// format codes 'r' (prec < 0: shortest round-tripping digits) and 'g'
// (prec significant digits). The exponent form is used when the decimal
// exponent is below -4 or at least expLimit. addDot0 appends ".0" to an
// integral value in positional form; sign writes a "+" before
// non-negative values (nan included).
func formatFloat(f float64, prec, expLimit int, addDot0, sign bool) string {
	switch {
	case math.IsNaN(f):
		if sign {
			return "+nan"
		}
		return "nan"
	case math.IsInf(f, 1):
		if sign {
			return "+inf"
		}
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	var buf [32]byte
	digitsPrec := -1
	if prec > 0 {
		digitsPrec = prec - 1
	}
	// "d.ddde±XX" or "de±XX".
	e := strconv.AppendFloat(buf[:0], f, 'e', digitsPrec, 64)
	neg := false
	if e[0] == '-' {
		neg = true
		e = e[1:]
	}
	ePos := len(e) - 1
	for e[ePos] != 'e' {
		ePos--
	}
	exp, _ := strconv.Atoi(string(e[ePos+1:]))
	var digits []byte
	digits = append(digits, e[0])
	if ePos > 1 {
		digits = append(digits, e[2:ePos]...)
	}
	// Strip trailing zeros (they only appear with a fixed precision),
	// keeping at least one digit.
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	out := make([]byte, 0, 32)
	if neg {
		out = append(out, '-')
	} else if sign {
		out = append(out, '+')
	}
	decpt := exp + 1 // value is 0.digits × 10**decpt
	if exp < -4 || exp >= expLimit {
		out = append(out, digits[0])
		if len(digits) > 1 {
			out = append(out, '.')
			out = append(out, digits[1:]...)
		}
		out = append(out, 'e')
		if exp < 0 {
			out = append(out, '-')
			exp = -exp
		} else {
			out = append(out, '+')
		}
		if exp < 10 {
			out = append(out, '0')
		}
		out = strconv.AppendInt(out, int64(exp), 10)
		return string(out)
	}
	switch {
	case decpt <= 0:
		out = append(out, '0', '.')
		for i := decpt; i < 0; i++ {
			out = append(out, '0')
		}
		out = append(out, digits...)
	case decpt >= len(digits):
		out = append(out, digits...)
		for i := len(digits); i < decpt; i++ {
			out = append(out, '0')
		}
		if addDot0 {
			out = append(out, '.', '0')
		}
	default:
		out = append(out, digits[:decpt]...)
		out = append(out, '.')
		out = append(out, digits[decpt:]...)
	}
	return string(out)
}

// ReprNumber returns the repr of the value of a Num: an int64, *big.Int,
// float64 or complex128.
func ReprNumber(n Number) string {
	switch n := n.(type) {
	case int64:
		return ReprInt(n)
	case *big.Int:
		return ReprLong(n)
	case float64:
		return ReprFloat(n)
	case complex128:
		return ReprComplex(n)
	}
	return "<unknown number>"
}
