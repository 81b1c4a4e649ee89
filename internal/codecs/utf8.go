package codecs

// utf8Length maps a lead byte to the length of the sequence it starts; 0
// marks a byte that cannot start one (continuation bytes, the overlong
// leads 0xc0 and 0xc1, and 0xf5 and above).
func utf8Length(c byte) int {
	switch {
	case c < 0x80:
		return 1
	case c < 0xc2:
		return 0
	case c < 0xe0:
		return 2
	case c < 0xf0:
		return 3
	case c < 0xf5:
		return 4
	}
	return 0
}

func isCont(c byte) bool { return c&0xc0 == 0x80 }

// decodeUTF8 decodes b as CPython 2.7's utf-8 decoder does. When final is
// false, an incomplete sequence at the end of b is left undecoded, valid
// or not; consumed says how many bytes were decoded.
func decodeUTF8(b []byte, h Handler, final bool) (out []rune, consumed int, err error) {
	out = make([]rune, 0, len(b))
	i := 0
	for i < len(b) {
		c := b[i]
		if c < 0x80 {
			out = append(out, rune(c))
			i++
			continue
		}
		n := utf8Length(c)
		var reason string
		end := i + 1
		switch {
		case n == 0:
			reason = "invalid start byte"
		case i+n > len(b):
			if !final {
				return out, i, nil
			}
			reason = "unexpected end of data"
			for k := i + 1; k < len(b) && isCont(b[k]); k++ {
				end++
			}
		case n == 2:
			if isCont(b[i+1]) {
				out = append(out, rune(c&0x1f)<<6|rune(b[i+1]&0x3f))
				i += 2
				continue
			}
			reason = "invalid continuation byte"
		case n == 3:
			c1, c2 := b[i+1], b[i+2]
			if isCont(c1) && isCont(c2) && !(c == 0xe0 && c1 < 0xa0) {
				// Surrogates (0xed 0xa0..0xbf) are accepted, as in 2.7.
				out = append(out, rune(c&0x0f)<<12|rune(c1&0x3f)<<6|rune(c2&0x3f))
				i += 3
				continue
			}
			reason = "invalid continuation byte"
			if isCont(c1) {
				end++
			}
		default: // n == 4
			c1, c2, c3 := b[i+1], b[i+2], b[i+3]
			if isCont(c1) && isCont(c2) && isCont(c3) &&
				!(c == 0xf0 && c1 < 0x90) && !(c == 0xf4 && c1 > 0x8f) {
				out = append(out, rune(c&0x07)<<18|rune(c1&0x3f)<<12|rune(c2&0x3f)<<6|rune(c3&0x3f))
				i += 4
				continue
			}
			reason = "invalid continuation byte"
			if isCont(c1) {
				end++
				if isCont(c2) {
					end++
				}
			}
		}
		e := &Error{Kind: DecodeError, Encoding: "utf8", Bytes: b, Start: i, End: end, Reason: reason}
		repl, next, err := callHandler(h, e, len(b))
		if err != nil {
			return nil, 0, err
		}
		out = append(out, repl...)
		i = next
	}
	return out, len(b), nil
}

// DecodeUTF8Partial decodes b as codecs.utf_8_decode(b, errors, final)
// does in CPython 2.7: when final is false, a sequence cut off by the end
// of b is left for the next call. It returns the text and the number of
// bytes consumed.
func DecodeUTF8Partial(b []byte, h Handler, final bool) ([]rune, int, error) {
	return decodeUTF8(b, h, final)
}

// DecodeUTF8 decodes b strictly as CPython 2.7's utf-8 codec does.
func DecodeUTF8(b []byte) ([]rune, error) {
	r, _, err := decodeUTF8(b, strictErrors, true)
	return r, err
}

// DecodeUTF8String decodes s as DecodeUTF8 does, replacing each malformed
// part as the "replace" error handler does. The interpreter uses it where
// it needs text from Go strings that should be UTF-8 but might not be
// (file names, the environment, command-line arguments).
func DecodeUTF8String(s string) []rune {
	r, _, _ := decodeUTF8([]byte(s), replaceErrors, true)
	return r
}

// EncodeUTF8 encodes r as CPython 2.7's utf-8 codec does. It never fails:
// a lone surrogate is encoded as three bytes, and a high surrogate
// followed by a low one as the four bytes of the character they stand
// for.
func EncodeUTF8(r []rune) []byte {
	return AppendUTF8(make([]byte, 0, len(r)), r)
}

// AppendUTF8 appends the utf-8 encoding of r, as EncodeUTF8 gives it, to
// dst.
func AppendUTF8(dst []byte, r []rune) []byte {
	for i := 0; i < len(r); i++ {
		c := uint32(r[i])
		switch {
		case c < 0x80:
			dst = append(dst, byte(c))
		case c < 0x800:
			dst = append(dst, 0xc0|byte(c>>6), 0x80|byte(c&0x3f))
		case c < 0x10000:
			if c >= 0xd800 && c < 0xdc00 && i+1 < len(r) {
				if lo := uint32(r[i+1]); lo >= 0xdc00 && lo < 0xe000 {
					c = 0x10000 + (c-0xd800)<<10 + (lo - 0xdc00)
					dst = append4(dst, c)
					i++
					continue
				}
			}
			dst = append(dst, 0xe0|byte(c>>12), 0x80|byte(c>>6&0x3f), 0x80|byte(c&0x3f))
		default:
			dst = append4(dst, c)
		}
	}
	return dst
}

// append4 appends the four-byte form of c.
func append4(dst []byte, c uint32) []byte {
	return append(dst, 0xf0|byte(c>>18&0x07), 0x80|byte(c>>12&0x3f), 0x80|byte(c>>6&0x3f), 0x80|byte(c&0x3f))
}

// EncodeUTF8String returns the utf-8 encoding of r as a Go string.
func EncodeUTF8String(r []rune) string { return string(EncodeUTF8(r)) }
