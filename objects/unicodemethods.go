package objects

import (
	"unicode"
)

// This file holds the methods of unicode and the code-point algorithms
// they share (search, split, strip, case mapping).

// runesIndex returns the index of the first sub in s, or -1.
func runesIndex(s, sub []rune) int {
	n := len(sub)
	switch {
	case n == 0:
		return 0
	case n > len(s):
		return -1
	}
	first := sub[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] != first {
			continue
		}
		if runesEqual(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// runesLastIndex returns the index of the last sub in s, or -1.
func runesLastIndex(s, sub []rune) int {
	n := len(sub)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == sub[0] && runesEqual(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// runesCount counts non-overlapping sub in s (len+1 for an empty sub).
func runesCount(s, sub []rune) int {
	if len(sub) == 0 {
		return len(s) + 1
	}
	c := 0
	for i := 0; i+len(sub) <= len(s); {
		j := runesIndex(s[i:], sub)
		if j < 0 {
			break
		}
		c++
		i += j + len(sub)
	}
	return c
}

// runesTailMatch is startswith (suffix false) or endswith on s[start:end].
func runesTailMatch(s, sub []rune, start, end int, suffix bool) bool {
	if start > len(s) || end-start < len(sub) {
		return false
	}
	w := s[start:end]
	if suffix {
		return runesEqual(w[len(w)-len(sub):], sub)
	}
	return runesEqual(w[:len(sub)], sub)
}

// CPython 2.7's whitespace for unicode: ASCII 9-13 and 28-32, and the
// characters of bidirectional class WS, B or S or category Zs.
func isUnicodeSpace(c rune) bool {
	if c < 128 {
		return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)
	}
	return c == 0x85 || c == 0xa0 || c == 0x1680 || c == 0x180e || (c >= 0x2000 && c <= 0x200a) ||
		c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000
}

// isLineBreak reports the characters unicode.splitlines breaks at.
func isLineBreak(c rune) bool {
	switch c {
	case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func uSelf(self Value) *Unicode {
	if u, ok := asUnicode(self); ok {
		return u
	}
	return emptyUnicode
}

// uArg converts a string argument of a unicode method (str decoded).
func uArg(t *Thread, v Value) ([]rune, error) {
	u, err := coerceUnicode(t, v)
	if err != nil {
		return nil, err
	}
	return u.r, nil
}

func uFind(t *Thread, self Value, args, kw []Value, which string) (Value, error) {
	u := uSelf(self)
	subv, start, end, err := findArgs(t, which, args, kw, len(u.r))
	if err != nil {
		return nil, err
	}
	sub, err := uArg(t, subv)
	if err != nil {
		return nil, err
	}
	i := -1
	if start <= end && end-start >= len(sub) && start <= len(u.r) {
		if which == "find" || which == "index" {
			i = runesIndex(u.r[start:end], sub)
		} else {
			i = runesLastIndex(u.r[start:end], sub)
		}
		if i >= 0 {
			i += start
		}
	}
	if i < 0 && (which == "index" || which == "rindex") {
		return nil, Errorf(ValueError, "substring not found")
	}
	return Int(i), nil
}

func unicode_find(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uFind(t, self, args, kw, "find")
}
func unicode_rfind(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uFind(t, self, args, kw, "rfind")
}
func unicode_index(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uFind(t, self, args, kw, "index")
}
func unicode_rindex(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uFind(t, self, args, kw, "rindex")
}

func unicode_count(t *Thread, self Value, args, kw []Value) (Value, error) {
	u := uSelf(self)
	subv, start, end, err := findArgs(t, "count", args, kw, len(u.r))
	if err != nil {
		return nil, err
	}
	sub, err := uArg(t, subv)
	if err != nil {
		return nil, err
	}
	if start > len(u.r) || end < start {
		return Int(0), nil
	}
	return Int(runesCount(u.r[start:end], sub)), nil
}

func uTailMatch(t *Thread, self Value, args, kw []Value, name string, suffix bool) (Value, error) {
	u := uSelf(self)
	subv, start, end, err := findArgs(t, name, args, kw, len(u.r))
	if err != nil {
		return nil, err
	}
	if tu, ok := subv.(*Tuple); ok {
		for _, x := range tu.elems {
			sub, err := uArg(t, x)
			if err != nil {
				return nil, err
			}
			if runesTailMatch(u.r, sub, start, end, suffix) {
				return True, nil
			}
		}
		return False, nil
	}
	if !isStringLike(subv) {
		return nil, Errorf(TypeError, "%s first arg must be str, unicode, or tuple, not %s", name, subv.Type().Name)
	}
	sub, err := uArg(t, subv)
	if err != nil {
		return nil, err
	}
	return NewBool(runesTailMatch(u.r, sub, start, end, suffix)), nil
}

func unicode_startswith(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uTailMatch(t, self, args, kw, "startswith", false)
}
func unicode_endswith(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uTailMatch(t, self, args, kw, "endswith", true)
}

// uMap applies a code-point mapping.
func uMap(r []rune, f func(c rune) rune) *Unicode {
	out := make([]rune, len(r))
	for i, c := range r {
		out[i] = f(c)
	}
	return NewUnicode(out)
}

func unicode_lower(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("lower", args, kw); err != nil {
		return nil, err
	}
	return uMap(uSelf(self).r, uToLower), nil
}

func unicode_upper(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("upper", args, kw); err != nil {
		return nil, err
	}
	return uMap(uSelf(self).r, uToUpper), nil
}

func unicode_swapcase(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("swapcase", args, kw); err != nil {
		return nil, err
	}
	return uMap(uSelf(self).r, func(c rune) rune {
		if uIsUpper(c) {
			return uToLower(c)
		}
		if uIsLower(c) {
			return uToUpper(c)
		}
		return c
	}), nil
}

func unicode_capitalize(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("capitalize", args, kw); err != nil {
		return nil, err
	}
	r := uSelf(self).r
	out := make([]rune, len(r))
	for i, c := range r {
		if i == 0 {
			out[i] = uToUpper(c)
		} else {
			out[i] = uToLower(c)
		}
	}
	return NewUnicode(out), nil
}

func unicode_title(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("title", args, kw); err != nil {
		return nil, err
	}
	r := uSelf(self).r
	out := make([]rune, len(r))
	prev := false
	for i, c := range r {
		if prev {
			out[i] = uToLower(c)
		} else {
			out[i] = uToTitle(c)
		}
		prev = uIsLower(c) || uIsUpper(c) || uIsTitle(c)
	}
	return NewUnicode(out), nil
}

// uPredicate builds an is...() method of unicode.
func uPredicate(name string, f func(c rune) bool) func(t *Thread, self Value, args, kw []Value) (Value, error) {
	return func(t *Thread, self Value, args, kw []Value) (Value, error) {
		if err := noArgs(name, args, kw); err != nil {
			return nil, err
		}
		r := uSelf(self).r
		if len(r) == 0 {
			return False, nil
		}
		for _, c := range r {
			if !f(c) {
				return False, nil
			}
		}
		return True, nil
	}
}

func unicode_islower(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("islower", args, kw); err != nil {
		return nil, err
	}
	cased := false
	for _, c := range uSelf(self).r {
		if uIsUpper(c) || uIsTitle(c) {
			return False, nil
		}
		if uIsLower(c) {
			cased = true
		}
	}
	return NewBool(cased), nil
}

func unicode_isupper(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("isupper", args, kw); err != nil {
		return nil, err
	}
	cased := false
	for _, c := range uSelf(self).r {
		if uIsLower(c) || uIsTitle(c) {
			return False, nil
		}
		if uIsUpper(c) {
			cased = true
		}
	}
	return NewBool(cased), nil
}

func unicode_istitle(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("istitle", args, kw); err != nil {
		return nil, err
	}
	cased, prev := false, false
	for _, c := range uSelf(self).r {
		switch {
		case uIsUpper(c) || uIsTitle(c):
			if prev {
				return False, nil
			}
			prev, cased = true, true
		case uIsLower(c):
			if !prev {
				return False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return NewBool(cased), nil
}

// uPadArgs parses (width[, fillchar]) of unicode's center, ljust, rjust.
func uPadArgs(t *Thread, name string, args, kw []Value) (int, rune, error) {
	if err := checkArgs(name, args, kw, 1, 2); err != nil {
		return 0, 0, err
	}
	w, err := intArg(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	fill := rune(' ')
	if len(args) > 1 {
		u, err := coerceUnicode(t, args[1])
		if err != nil {
			if IsInstanceExc(err, TypeError) {
				return 0, 0, Errorf(TypeError, "The fill character cannot be converted to Unicode")
			}
			return 0, 0, err
		}
		if len(u.r) != 1 {
			return 0, 0, Errorf(TypeError, "The fill character must be exactly one character long")
		}
		fill = u.r[0]
	}
	return w, fill, nil
}

func padRunes(r []rune, left, right int, fill rune) (*Unicode, error) {
	if left < 0 {
		left = 0
	}
	if right < 0 {
		right = 0
	}
	if left+right+len(r) > maxStrSize/4 {
		return nil, errNoMemory()
	}
	out := make([]rune, left+len(r)+right)
	for i := 0; i < left; i++ {
		out[i] = fill
	}
	copy(out[left:], r)
	for i := left + len(r); i < len(out); i++ {
		out[i] = fill
	}
	return NewUnicode(out), nil
}

func unicode_center(t *Thread, self Value, args, kw []Value) (Value, error) {
	w, fill, err := uPadArgs(t, "center", args, kw)
	if err != nil {
		return nil, err
	}
	u := uSelf(self)
	if len(u.r) >= w {
		return u, nil
	}
	marg := w - len(u.r)
	left := centerLeft(marg, w)
	return padRunes(u.r, left, marg-left, fill)
}

func unicode_ljust(t *Thread, self Value, args, kw []Value) (Value, error) {
	w, fill, err := uPadArgs(t, "ljust", args, kw)
	if err != nil {
		return nil, err
	}
	u := uSelf(self)
	if len(u.r) >= w {
		return u, nil
	}
	return padRunes(u.r, 0, w-len(u.r), fill)
}

func unicode_rjust(t *Thread, self Value, args, kw []Value) (Value, error) {
	w, fill, err := uPadArgs(t, "rjust", args, kw)
	if err != nil {
		return nil, err
	}
	u := uSelf(self)
	if len(u.r) >= w {
		return u, nil
	}
	return padRunes(u.r, w-len(u.r), 0, fill)
}

func unicode_zfill(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("zfill", args, kw, 1, 1); err != nil {
		return nil, err
	}
	w, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	u := uSelf(self)
	if len(u.r) >= w {
		return u, nil
	}
	fill := w - len(u.r)
	p, err := padRunes(u.r, fill, 0, '0')
	if err != nil {
		return nil, err
	}
	if len(u.r) > 0 && (u.r[0] == '+' || u.r[0] == '-') {
		p.r[0] = u.r[0]
		p.r[fill] = '0'
	}
	return p, nil
}

func unicode_expandtabs(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("expandtabs", args, kw, 0, 1); err != nil {
		return nil, err
	}
	tab := 8
	if len(args) > 0 {
		var err error
		if tab, err = intArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	var out []rune
	col := 0
	for _, c := range uSelf(self).r {
		switch c {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				if len(out)+n > maxStrSize/4 {
					return nil, Errorf(OverflowError, "new string is too long")
				}
				for k := 0; k < n; k++ {
					out = append(out, ' ')
				}
				col += n
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return NewUnicode(out), nil
}

func uStripImpl(t *Thread, self Value, args, kw []Value, name string, left, right bool) (Value, error) {
	if err := checkArgs(name, args, kw, 0, 1); err != nil {
		return nil, err
	}
	u := uSelf(self)
	var chars []rune
	useChars := false
	if len(args) > 0 && args[0] != None {
		if !isStringLike(args[0]) {
			return nil, Errorf(TypeError, "%s arg must be None, unicode or str", name)
		}
		c, err := uArg(t, args[0])
		if err != nil {
			return nil, err
		}
		chars, useChars = c, true
	}
	in := func(c rune) bool {
		if !useChars {
			return isUnicodeSpace(c)
		}
		for _, x := range chars {
			if x == c {
				return true
			}
		}
		return false
	}
	i, j := 0, len(u.r)
	if left {
		for i < j && in(u.r[i]) {
			i++
		}
	}
	if right {
		for j > i && in(u.r[j-1]) {
			j--
		}
	}
	if i == 0 && j == len(u.r) {
		return u, nil
	}
	return NewUnicode(u.r[i:j:j]), nil
}

func unicode_strip(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uStripImpl(t, self, args, kw, "strip", true, true)
}
func unicode_lstrip(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uStripImpl(t, self, args, kw, "lstrip", true, false)
}
func unicode_rstrip(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uStripImpl(t, self, args, kw, "rstrip", false, true)
}

func uList(parts [][]rune) *List {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = NewUnicode(p[:len(p):len(p)])
	}
	return NewList(items)
}

func splitRunesWhitespace(s []rune, maxsplit int, right bool) [][]rune {
	var out [][]rune
	if maxsplit < 0 {
		maxsplit = maxInt
	}
	if !right {
		i, n := 0, len(s)
		for maxsplit > 0 {
			for i < n && isUnicodeSpace(s[i]) {
				i++
			}
			if i == n {
				return out
			}
			j := i
			for j < n && !isUnicodeSpace(s[j]) {
				j++
			}
			if j == n {
				return append(out, s[i:])
			}
			out = append(out, s[i:j])
			i = j
			maxsplit--
		}
		for i < n && isUnicodeSpace(s[i]) {
			i++
		}
		if i < n {
			out = append(out, s[i:])
		}
		return out
	}
	j := len(s)
	for maxsplit > 0 {
		for j > 0 && isUnicodeSpace(s[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		i := j
		for i > 0 && !isUnicodeSpace(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
		j = i
		maxsplit--
	}
	if maxsplit == 0 {
		for j > 0 && isUnicodeSpace(s[j-1]) {
			j--
		}
		if j > 0 {
			out = append(out, s[:j])
		}
	}
	reverseParts(out)
	return out
}

func reverseParts(out [][]rune) {
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
}

func splitRunesSep(s, sep []rune, maxsplit int, right bool) [][]rune {
	if maxsplit < 0 {
		maxsplit = maxInt
	}
	var out [][]rune
	if !right {
		i := 0
		for maxsplit > 0 {
			j := runesIndex(s[i:], sep)
			if j < 0 {
				break
			}
			out = append(out, s[i:i+j])
			i += j + len(sep)
			maxsplit--
		}
		return append(out, s[i:])
	}
	j := len(s)
	for maxsplit > 0 {
		i := runesLastIndex(s[:j], sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):j])
		j = i
		maxsplit--
	}
	out = append(out, s[:j])
	reverseParts(out)
	return out
}

func uSplitImpl(t *Thread, self Value, args, kw []Value, name string, right bool) (Value, error) {
	if err := checkArgs(name, args, kw, 0, 2); err != nil {
		return nil, err
	}
	u := uSelf(self)
	maxsplit := -1
	if len(args) > 1 {
		var err error
		if maxsplit, err = intArg(t, args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) == 0 || args[0] == None {
		return uList(splitRunesWhitespace(u.r, maxsplit, right)), nil
	}
	sep, err := uArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if len(sep) == 0 {
		return nil, Errorf(ValueError, "empty separator")
	}
	return uList(splitRunesSep(u.r, sep, maxsplit, right)), nil
}

func unicode_split(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uSplitImpl(t, self, args, kw, "split", false)
}
func unicode_rsplit(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uSplitImpl(t, self, args, kw, "rsplit", true)
}

func unicode_splitlines(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("splitlines", args, kw, 0, 1); err != nil {
		return nil, err
	}
	keep := false
	if len(args) > 0 {
		k, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	s := uSelf(self).r
	var parts [][]rune
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !isLineBreak(s[j]) {
			j++
		}
		eol := j
		if j < len(s) {
			if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
			if keep {
				eol = j
			}
		}
		parts = append(parts, s[i:eol])
		i = j
	}
	return uList(parts), nil
}

func uPartitionImpl(t *Thread, self Value, args, kw []Value, name string, right bool) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	u := uSelf(self)
	sep, err := uArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if len(sep) == 0 {
		return nil, Errorf(ValueError, "empty separator")
	}
	sepv := NewUnicode(sep)
	if right {
		i := runesLastIndex(u.r, sep)
		if i < 0 {
			return NewTuple(emptyUnicode, emptyUnicode, u), nil
		}
		return NewTuple(NewUnicode(u.r[:i:i]), sepv, NewUnicode(u.r[i+len(sep):])), nil
	}
	i := runesIndex(u.r, sep)
	if i < 0 {
		return NewTuple(u, emptyUnicode, emptyUnicode), nil
	}
	return NewTuple(NewUnicode(u.r[:i:i]), sepv, NewUnicode(u.r[i+len(sep):])), nil
}

func unicode_partition(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uPartitionImpl(t, self, args, kw, "partition", false)
}
func unicode_rpartition(t *Thread, self Value, args, kw []Value) (Value, error) {
	return uPartitionImpl(t, self, args, kw, "rpartition", true)
}

func replaceRunes(s, old, new []rune, count int) ([]rune, error) {
	if count < 0 {
		count = maxInt
	}
	if count == 0 {
		return s, nil
	}
	var out []rune
	if len(old) == 0 {
		n := min(count, len(s)+1)
		if len(s)+n*len(new) > maxStrSize/4 {
			return nil, errNoMemory()
		}
		out = make([]rune, 0, len(s)+n*len(new))
		for i := 0; i < n; i++ {
			out = append(out, new...)
			if i < len(s) {
				out = append(out, s[i])
			}
		}
		if n <= len(s) {
			out = append(out, s[n:]...)
		}
		return out, nil
	}
	i := 0
	for count > 0 {
		j := runesIndex(s[i:], old)
		if j < 0 {
			break
		}
		if out == nil {
			out = make([]rune, 0, len(s))
		}
		out = append(out, s[i:i+j]...)
		out = append(out, new...)
		if len(out) > maxStrSize/4 {
			return nil, errNoMemory()
		}
		i += j + len(old)
		count--
	}
	if out == nil {
		return s, nil
	}
	return append(out, s[i:]...), nil
}

func unicode_replace(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("replace", args, kw, 2, 3); err != nil {
		return nil, err
	}
	u := uSelf(self)
	old, err := uArg(t, args[0])
	if err != nil {
		return nil, err
	}
	new, err := uArg(t, args[1])
	if err != nil {
		return nil, err
	}
	count := -1
	if len(args) > 2 {
		if count, err = intArg(t, args[2]); err != nil {
			return nil, err
		}
	}
	r, err := replaceRunes(u.r, old, new, count)
	if err != nil {
		return nil, err
	}
	if len(r) == len(u.r) && len(r) > 0 && &r[0] == &u.r[0] {
		return u, nil
	}
	return NewUnicode(r), nil
}

// unicodeJoin joins items (str or unicode) with separator sep (a *Str or
// *Unicode) into a unicode.
func unicodeJoin(t *Thread, sep Value, items []Value) (Value, error) {
	s, err := uArg(t, sep)
	if err != nil {
		return nil, err
	}
	if len(items) == 1 {
		if u, ok := items[0].(*Unicode); ok {
			return u, nil
		}
	}
	var out []rune
	for i, it := range items {
		var r []rune
		if u, ok := asUnicode(it); ok {
			r = u.r
		} else if x, ok := AsString(it); ok {
			if r, err = strToUnicode(t, x); err != nil {
				return nil, err
			}
		} else {
			return nil, Errorf(TypeError, "sequence item %d: expected string or Unicode, %s found", i, it.Type().Name)
		}
		if i > 0 {
			out = append(out, s...)
		}
		out = append(out, r...)
		if len(out) > maxStrSize/4 {
			return nil, errNoMemory()
		}
	}
	return NewUnicode(out), nil
}

func unicode_join(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "join() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "join() takes exactly one argument (%d given)", len(args))
	}
	var items []Value
	switch x := args[0].(type) {
	case *List:
		items = x.Items(t)
	case *Tuple:
		items = x.elems
	default:
		if x.Type().Iter == nil && x.Type().GetItem == nil {
			return nil, Errorf(TypeError, "can only join an iterable")
		}
		var err error
		if items, err = ToSlice(t, x); err != nil {
			return nil, err
		}
	}
	if len(items) == 0 {
		return emptyUnicode, nil
	}
	return unicodeJoin(t, uSelf(self), items)
}

// unicodeTranslate maps each code point through table (table[ord(c)]:
// an int, a unicode, or None to delete; a missing key keeps c).
// translateRangeMsg is CPython 2.7's message for a mapping out of range: it
// passes "%lx" to PyErr_Format, which does not know it and prints it as written.
const translateRangeMsg = "character mapping must be in range(0x%lx)"

func unicodeTranslate(t *Thread, r []rune, table Value) (Value, error) {
	out := make([]rune, 0, len(r))
	for _, c := range r {
		v, err := GetItem(t, table, Int(c))
		if err != nil {
			if IsInstanceExc(err, LookupError) {
				out = append(out, c)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case *NoneType:
		case Int:
			if x < 0 || x > 0x10ffff {
				return nil, NewException(TypeError, NewStr(translateRangeMsg))
			}
			out = append(out, rune(x))
		default:
			if u, ok := asUnicode(v); ok {
				out = append(out, u.r...)
				continue
			}
			if n, ok := Unwrap(v).(Int); ok {
				if n < 0 || n > 0x10ffff {
					return nil, NewException(TypeError, NewStr(translateRangeMsg))
				}
				out = append(out, rune(n))
				continue
			}
			return nil, Errorf(TypeError, "character mapping must return integer, None or unicode")
		}
	}
	return NewUnicode(out), nil
}

func unicode_translate(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(kw) != 0 || len(args) != 1 {
		if len(kw) != 0 {
			return nil, Errorf(TypeError, "translate() takes no keyword arguments")
		}
		return nil, Errorf(TypeError, "translate() takes exactly one argument (%d given)", len(args))
	}
	return unicodeTranslate(t, uSelf(self).r, args[0])
}

func unicode_encode(t *Thread, self Value, args, kw []Value) (Value, error) {
	enc, errs, err := encodingArgs("encode", args, kw)
	if err != nil {
		return nil, err
	}
	r, err := encodeValue(t, uSelf(self), enc, errs)
	if err != nil {
		return nil, err
	}
	if !isStringLike(r) {
		return nil, Errorf(TypeError, "encoder did not return a string/unicode object (type=%s)", r.Type().Name)
	}
	return r, nil
}

func unicode_decode(t *Thread, self Value, args, kw []Value) (Value, error) {
	enc, errs, err := encodingArgs("decode", args, kw)
	if err != nil {
		return nil, err
	}
	r, err := decodeValue(t, uSelf(self), enc, errs)
	if err != nil {
		return nil, err
	}
	if !isStringLike(r) {
		return nil, Errorf(TypeError, "decoder did not return a string/unicode object (type=%s)", r.Type().Name)
	}
	return r, nil
}

func unicode_getnewargs(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	return NewTuple(NewUnicode(uSelf(self).r)), nil
}

func unicode_sizeof(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("__sizeof__", args, kw); err != nil {
		return nil, err
	}
	return Int(52 + 4*(len(uSelf(self).r)+1)), nil
}

// Character properties (Unicode as Go's tables have it, with CPython
// 2.7's definitions of each predicate).

func uIsUpper(c rune) bool { return unicode.IsUpper(c) }
func uIsLower(c rune) bool { return unicode.IsLower(c) }
func uIsTitle(c rune) bool { return unicode.IsTitle(c) }
func uToUpper(c rune) rune {
	if c < 128 {
		return rune(toUpperByte(byte(c)))
	}
	return unicode.ToUpper(c)
}
func uToLower(c rune) rune {
	if c < 128 {
		return rune(toLowerByte(byte(c)))
	}
	return unicode.ToLower(c)
}
func uToTitle(c rune) rune   { return unicode.ToTitle(c) }
func uIsAlpha(c rune) bool   { return unicode.IsLetter(c) }
func uIsDecimal(c rune) bool { return unicode.Is(unicode.Nd, c) }
func uIsDigit(c rune) bool   { return uIsDecimal(c) || isDigitExtra(c) }
func uIsNumeric(c rune) bool { return unicode.IsNumber(c) || isNumericExtra(c) }
func uIsAlnum(c rune) bool   { return uIsAlpha(c) || uIsDecimal(c) || uIsDigit(c) || uIsNumeric(c) }
func isDigitExtra(c rune) bool {
	return c == 0xb2 || c == 0xb3 || c == 0xb9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) || (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247c) || (c >= 0x2488 && c <= 0x2490) || c == 0x24ea || (c >= 0x24f5 && c <= 0x24fd) || c == 0x24ff || (c >= 0x2776 && c <= 0x277e) || (c >= 0x2780 && c <= 0x2788) || (c >= 0x278a && c <= 0x2792)
}
func isNumericExtra(c rune) bool {
	switch c {
	case 0x3007, 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94, 0x516d, 0x4e03, 0x516b, 0x4e5d, 0x5341, 0x767e, 0x5343, 0x4e07, 0x5104, 0x5146:
		return true
	}
	return false
}

func init() {
	UnicodeType.AddMethods([]MethodDef{
		{Name: "capitalize", Fn: unicode_capitalize},
		{Name: "center", Fn: unicode_center},
		{Name: "count", Fn: unicode_count},
		{Name: "decode", Fn: unicode_decode},
		{Name: "encode", Fn: unicode_encode},
		{Name: "endswith", Fn: unicode_endswith},
		{Name: "expandtabs", Fn: unicode_expandtabs},
		{Name: "find", Fn: unicode_find},
		{Name: "index", Fn: unicode_index},
		{Name: "isalnum", Fn: uPredicate("isalnum", uIsAlnum)},
		{Name: "isalpha", Fn: uPredicate("isalpha", uIsAlpha)},
		{Name: "isdecimal", Fn: uPredicate("isdecimal", uIsDecimal)},
		{Name: "isdigit", Fn: uPredicate("isdigit", uIsDigit)},
		{Name: "islower", Fn: unicode_islower},
		{Name: "isnumeric", Fn: uPredicate("isnumeric", uIsNumeric)},
		{Name: "isspace", Fn: uPredicate("isspace", isUnicodeSpace)},
		{Name: "istitle", Fn: unicode_istitle},
		{Name: "isupper", Fn: unicode_isupper},
		{Name: "join", Fn: unicode_join},
		{Name: "ljust", Fn: unicode_ljust},
		{Name: "lower", Fn: unicode_lower},
		{Name: "lstrip", Fn: unicode_lstrip},
		{Name: "partition", Fn: unicode_partition},
		{Name: "replace", Fn: unicode_replace},
		{Name: "rfind", Fn: unicode_rfind},
		{Name: "rindex", Fn: unicode_rindex},
		{Name: "rjust", Fn: unicode_rjust},
		{Name: "rpartition", Fn: unicode_rpartition},
		{Name: "rsplit", Fn: unicode_rsplit},
		{Name: "rstrip", Fn: unicode_rstrip},
		{Name: "split", Fn: unicode_split},
		{Name: "splitlines", Fn: unicode_splitlines},
		{Name: "startswith", Fn: unicode_startswith},
		{Name: "strip", Fn: unicode_strip},
		{Name: "swapcase", Fn: unicode_swapcase},
		{Name: "title", Fn: unicode_title},
		{Name: "translate", Fn: unicode_translate},
		{Name: "upper", Fn: unicode_upper},
		{Name: "zfill", Fn: unicode_zfill},
		{Name: "__getnewargs__", Fn: unicode_getnewargs},
		{Name: "__sizeof__", Fn: unicode_sizeof},
	})
}

// uDigitValue is the value of a decimal digit character: decimal
// digits come in runs of ten starting at zero.
func uDigitValue(c rune) int {
	start := c
	for start > 0 && unicode.Is(unicode.Nd, start-1) && c-start < 100 {
		start--
	}
	return int(c-start) % 10
}
