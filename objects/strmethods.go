package objects

import "strings"

// This file holds the argument helpers of the string types' methods:
// CPython's PyArg_ParseTuple conventions and their exact messages.

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// checkArgs checks a method's positional argument count against
// [min, max] and that no keywords were given, with PyArg_ParseTuple's
// messages.
func checkArgs(name string, args, kw []Value, min, max int) error {
	if len(kw) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	return checkCount(name, len(args), min, max)
}

func checkCount(name string, n, min, max int) error {
	if n >= min && n <= max {
		return nil
	}
	if max == 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", name, n)
	}
	if min == max {
		return Errorf(TypeError, "%s() takes exactly %d argument%s (%d given)", name, min, plural(min), n)
	}
	if n < min {
		return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	}
	return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
}

// noArgs checks that a METH_NOARGS method got no arguments.
func noArgs(name string, args, kw []Value) error {
	if len(kw) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// parseArgs matches positional and keyword arguments to names, as
// PyArg_ParseTupleAndKeywords does; the first min are required. The
// result has one entry per name, nil where the argument was not given.
func parseArgs(fname string, args, kw []Value, names []string, min int) ([]Value, error) {
	max := len(names)
	if len(args)+len(kw)/2 > max {
		n := len(args) + len(kw)/2
		return nil, Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, max, plural(max), n)
	}
	out := make([]Value, max)
	copy(out, args)
	for i := 0; i+1 < len(kw); i += 2 {
		k, _ := kw[i].(*Str)
		if k == nil {
			return nil, Errorf(TypeError, "keywords must be strings")
		}
		found := false
		for j, n := range names {
			if n == k.s {
				if j < len(args) {
					return nil, Errorf(TypeError, "Argument given by name ('%s') and position (%d)", n, j+1)
				}
				out[j] = kw[i+1]
				found = true
				break
			}
		}
		if !found {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for this function", k.s)
		}
	}
	for j := 0; j < min; j++ {
		if out[j] == nil {
			n := len(args) + len(kw)/2
			if min == max {
				return nil, Errorf(TypeError, "%s() takes exactly %d argument%s (%d given)", fname, min, plural(min), n)
			}
			return nil, Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", fname, min, plural(min), n)
		}
	}
	return out, nil
}

// intArg converts an argument given for an "i" or "n" format: an int or
// long, or an object with __int__; floats are refused.
func intArg(t *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolInt(x)), nil
	case *Long:
		if !x.v.IsInt64() {
			return 0, Errorf(OverflowError, "Python int too large to convert to C long")
		}
		return int(x.v.Int64()), nil
	}
	u := Unwrap(v)
	if _, ok := u.(Float); ok {
		return 0, Errorf(TypeError, "integer argument expected, got float")
	}
	if u != v {
		return intArg(t, u)
	}
	n := v.Type().Number
	if n == nil || n.Int == nil {
		return 0, Errorf(TypeError, "an integer is required")
	}
	r, err := n.Int(t, v)
	if err != nil {
		return 0, err
	}
	switch r.(type) {
	case Int, *Long, Bool:
		return intArg(t, r)
	}
	return 0, Errorf(TypeError, "an integer is required")
}

// sliceIndexArg converts a slice bound (find's start and end): None
// gives def; ints and longs (clipped) and __index__ are accepted.
func sliceIndexArg(t *Thread, v Value, def int) (int, error) {
	if v == nil || v == None {
		return def, nil
	}
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(boolInt(x)), nil
	}
	if _, ok := v.(*Long); !ok {
		if n := v.Type().Number; n == nil || n.Index == nil {
			return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
	}
	return IndexOf(t, v)
}

// stringArg returns the name CPython uses for a str argument's
// conversion ("s" format) errors.
func stringArg(fname string, pos int, v Value) (string, error) {
	if s, ok := AsString(v); ok {
		return s, nil
	}
	return "", Errorf(TypeError, "%s() argument %d must be string, not %s", fname, pos, typeNameOf(v))
}

// typeNameOf returns the type name CPython prints for v in argument
// errors (the class name of an old-style instance is "instance").
func typeNameOf(v Value) string {
	if v == None {
		return "None"
	}
	return v.Type().Name
}

// fillCharArg converts the fill character of str.center/ljust/rjust.
func fillCharArg(fname string, v Value) (byte, error) {
	if s, ok := AsString(v); ok && len(s) == 1 {
		return s[0], nil
	}
	return 0, Errorf(TypeError, "%s() argument 2 must be char, not %s", fname, typeNameOf(v))
}

// joinStrings concatenates with a separator, checking the size.
func joinStrings(parts []string, sep string) (string, error) {
	n := len(sep) * (len(parts) - 1)
	for _, p := range parts {
		n += len(p)
		if n > maxStrSize {
			return "", errNoMemory()
		}
	}
	return strings.Join(parts, sep), nil
}

// strSelf returns the str a method of str was called on.
func strSelf(self Value) *Str {
	if s, ok := asStr(self); ok {
		return s
	}
	return emptyStr
}

// anyUnicode reports whether any of vs is a unicode string.
func anyUnicode(vs ...Value) bool {
	for _, v := range vs {
		if _, ok := asUnicode(v); ok {
			return true
		}
	}
	return false
}

// toUnicodeMethod calls the unicode method of the same name on str self
// decoded with the default encoding: what str methods do when an
// argument is unicode.
func toUnicodeMethod(t *Thread, s *Str, fn func(t *Thread, self Value, args, kw []Value) (Value, error), args, kw []Value) (Value, error) {
	r, err := strToUnicode(t, s.s)
	if err != nil {
		return nil, err
	}
	return fn(t, NewUnicode(r), args, kw)
}

// strBufferArg converts the argument of find, split, partition, ...:
// a str, or a bytearray (a buffer).
func strBufferArg(t *Thread, v Value) (string, error) {
	if s, ok := AsString(v); ok {
		return s, nil
	}
	if b, ok := v.(*ByteArray); ok {
		return string(b.bytes(t)), nil
	}
	return "", Errorf(TypeError, "expected a string or other character buffer object")
}

// C-locale character classes, as str methods use them.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }
func isAlphaByte(c byte) bool { return isUpperByte(c) || isLowerByte(c) }
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
func isAlnumByte(c byte) bool { return isAlphaByte(c) || isDigitByte(c) }
func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 32
	}
	return c
}
func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 32
	}
	return c
}

// adjustBounds clips find's start and end as CPython's ADJUST_INDICES.
func adjustBounds(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// findArgs parses (sub[, start[, end]]) of find, count, index, ...
func findArgs(t *Thread, name string, args, kw []Value, n int) (sub Value, start, end int, err error) {
	if len(kw) != 0 {
		return nil, 0, 0, Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if err = checkCount(name, len(args), 1, 3); err != nil {
		return
	}
	sub = args[0]
	end = maxInt
	if len(args) > 1 {
		if start, err = sliceIndexArg(t, args[1], 0); err != nil {
			return
		}
	}
	if len(args) > 2 {
		if end, err = sliceIndexArg(t, args[2], maxInt); err != nil {
			return
		}
	}
	start, end = adjustBounds(start, end, n)
	return
}

// strFind implements find, rfind, index and rindex.
func strFind(t *Thread, self Value, args, kw []Value, which string) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", which)
	}
	s := strSelf(self)
	subv, start, end, err := findArgs(t, "find/rfind/index/rindex", args, kw, len(s.s))
	if err != nil {
		return nil, err
	}
	if anyUnicode(subv) {
		fn := map[string]func(*Thread, Value, []Value, []Value) (Value, error){
			"find": unicode_find, "rfind": unicode_rfind, "index": unicode_index, "rindex": unicode_rindex}[which]
		return toUnicodeMethod(t, s, fn, args, kw)
	}
	sub, err := strBufferArg(t, subv)
	if err != nil {
		return nil, err
	}
	i := -1
	if start <= end && end-start >= len(sub) && start <= len(s.s) {
		if which == "find" || which == "index" {
			i = strings.Index(s.s[start:end], sub)
		} else {
			i = strings.LastIndex(s.s[start:end], sub)
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

func str_find(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strFind(t, self, args, kw, "find")
}
func str_rfind(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strFind(t, self, args, kw, "rfind")
}
func str_index(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strFind(t, self, args, kw, "index")
}
func str_rindex(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strFind(t, self, args, kw, "rindex")
}

func str_count(t *Thread, self Value, args, kw []Value) (Value, error) {
	s := strSelf(self)
	subv, start, end, err := findArgs(t, "count", args, kw, len(s.s))
	if err != nil {
		return nil, err
	}
	if anyUnicode(subv) {
		return toUnicodeMethod(t, s, unicode_count, args, kw)
	}
	sub, err := strBufferArg(t, subv)
	if err != nil {
		return nil, err
	}
	if start > len(s.s) || end < start {
		return Int(0), nil
	}
	if len(sub) == 0 {
		return Int(end - start + 1), nil
	}
	return Int(strings.Count(s.s[start:end], sub)), nil
}

// tailMatch parses (prefix[, start[, end]]) and tests each candidate.
func strTailMatch(t *Thread, self Value, args, kw []Value, name string, suffix bool) (Value, error) {
	s := strSelf(self)
	subv, start, end, err := findArgs(t, name, args, kw, len(s.s))
	if err != nil {
		return nil, err
	}
	match := func(v Value) (bool, error) {
		if _, ok := asUnicode(v); ok {
			r, err := strToUnicode(t, s.s)
			if err != nil {
				return false, err
			}
			u, _ := asUnicode(v)
			return runesTailMatch(r, u.r, start, end, suffix), nil
		}
		sub, err := strBufferArg(t, v)
		if err != nil {
			return false, err
		}
		if start > len(s.s) || end-start < len(sub) {
			return false, nil
		}
		if suffix {
			return strings.HasSuffix(s.s[start:end], sub), nil
		}
		return strings.HasPrefix(s.s[start:end], sub), nil
	}
	if tu, ok := subv.(*Tuple); ok {
		for _, x := range tu.elems {
			ok, err := match(x)
			if err != nil || ok {
				return NewBool(ok), err
			}
		}
		return False, nil
	}
	if _, ok := AsString(subv); !ok && !anyUnicode(subv) {
		if _, ok := subv.(*ByteArray); !ok {
			return nil, Errorf(TypeError, "%s first arg must be str, unicode, or tuple, not %s", name, subv.Type().Name)
		}
	}
	ok, err := match(subv)
	return NewBool(ok), err
}

func str_startswith(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strTailMatch(t, self, args, kw, "startswith", false)
}
func str_endswith(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strTailMatch(t, self, args, kw, "endswith", true)
}

// strMap applies a byte mapping.
func strMap(s string, f func(c byte) byte) *Str {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		b[i] = f(s[i])
	}
	return NewStr(string(b))
}

func str_lower(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("lower", args, kw); err != nil {
		return nil, err
	}
	return strMap(strSelf(self).s, toLowerByte), nil
}

func str_upper(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("upper", args, kw); err != nil {
		return nil, err
	}
	return strMap(strSelf(self).s, toUpperByte), nil
}

func str_swapcase(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("swapcase", args, kw); err != nil {
		return nil, err
	}
	return strMap(strSelf(self).s, func(c byte) byte {
		if isUpperByte(c) {
			return c + 32
		}
		return toUpperByte(c)
	}), nil
}

func str_capitalize(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("capitalize", args, kw); err != nil {
		return nil, err
	}
	s := strSelf(self).s
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		if i == 0 {
			b[i] = toUpperByte(s[i])
		} else {
			b[i] = toLowerByte(s[i])
		}
	}
	return NewStr(string(b)), nil
}

func str_title(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("title", args, kw); err != nil {
		return nil, err
	}
	s := strSelf(self).s
	b := make([]byte, len(s))
	prevCased := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLowerByte(c):
			if !prevCased {
				c = toUpperByte(c)
			}
			prevCased = true
		case isUpperByte(c):
			if prevCased {
				c = toLowerByte(c)
			}
			prevCased = true
		default:
			prevCased = false
		}
		b[i] = c
	}
	return NewStr(string(b)), nil
}

// strPredicate builds an is...() method: false for the empty string,
// else every byte must satisfy f.
func strPredicate(name string, f func(c byte) bool) func(t *Thread, self Value, args, kw []Value) (Value, error) {
	return func(t *Thread, self Value, args, kw []Value) (Value, error) {
		if err := noArgs(name, args, kw); err != nil {
			return nil, err
		}
		s := strSelf(self).s
		if len(s) == 0 {
			return False, nil
		}
		for i := 0; i < len(s); i++ {
			if !f(s[i]) {
				return False, nil
			}
		}
		return True, nil
	}
}

func str_islower(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("islower", args, kw); err != nil {
		return nil, err
	}
	s := strSelf(self).s
	cased := false
	for i := 0; i < len(s); i++ {
		if isUpperByte(s[i]) {
			return False, nil
		}
		if isLowerByte(s[i]) {
			cased = true
		}
	}
	return NewBool(cased), nil
}

func str_isupper(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("isupper", args, kw); err != nil {
		return nil, err
	}
	s := strSelf(self).s
	cased := false
	for i := 0; i < len(s); i++ {
		if isLowerByte(s[i]) {
			return False, nil
		}
		if isUpperByte(s[i]) {
			cased = true
		}
	}
	return NewBool(cased), nil
}

func str_istitle(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("istitle", args, kw); err != nil {
		return nil, err
	}
	s := strSelf(self).s
	cased, prevCased := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isUpperByte(c):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case isLowerByte(c):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return NewBool(cased), nil
}

// padArgs parses (width[, fillchar]) of center, ljust and rjust.
func padArgs(t *Thread, name string, args, kw []Value) (int, byte, error) {
	if err := checkArgs(name, args, kw, 1, 2); err != nil {
		return 0, 0, err
	}
	w, err := intArg(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	fill := byte(' ')
	if len(args) > 1 {
		if fill, err = fillCharArg(name, args[1]); err != nil {
			return 0, 0, err
		}
	}
	return w, fill, nil
}

// padStr pads s with left and right fill bytes.
func padStr(s string, left, right int, fill byte) (*Str, error) {
	if left < 0 {
		left = 0
	}
	if right < 0 {
		right = 0
	}
	if left == 0 && right == 0 {
		return NewStr(s), nil
	}
	if left+right+len(s) > maxStrSize {
		return nil, errNoMemory()
	}
	b := make([]byte, left+len(s)+right)
	for i := 0; i < left; i++ {
		b[i] = fill
	}
	copy(b[left:], s)
	for i := left + len(s); i < len(b); i++ {
		b[i] = fill
	}
	return NewStr(string(b)), nil
}

// centerLeft is how much of marg padding goes left of a centered string.
func centerLeft(marg, width int) int { return marg/2 + (marg & width & 1) }

func str_center(t *Thread, self Value, args, kw []Value) (Value, error) {
	w, fill, err := padArgs(t, "center", args, kw)
	if err != nil {
		return nil, err
	}
	s := strSelf(self)
	if len(s.s) >= w {
		return s, nil
	}
	marg := w - len(s.s)
	left := centerLeft(marg, w)
	return padStr(s.s, left, marg-left, fill)
}

func str_ljust(t *Thread, self Value, args, kw []Value) (Value, error) {
	w, fill, err := padArgs(t, "ljust", args, kw)
	if err != nil {
		return nil, err
	}
	s := strSelf(self)
	if len(s.s) >= w {
		return s, nil
	}
	return padStr(s.s, 0, w-len(s.s), fill)
}

func str_rjust(t *Thread, self Value, args, kw []Value) (Value, error) {
	w, fill, err := padArgs(t, "rjust", args, kw)
	if err != nil {
		return nil, err
	}
	s := strSelf(self)
	if len(s.s) >= w {
		return s, nil
	}
	return padStr(s.s, w-len(s.s), 0, fill)
}

func str_zfill(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("zfill", args, kw, 1, 1); err != nil {
		return nil, err
	}
	w, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	s := strSelf(self)
	if len(s.s) >= w {
		return s, nil
	}
	p, err := padStr(s.s, w-len(s.s), 0, '0')
	if err != nil {
		return nil, err
	}
	b := []byte(p.s)
	if fill := w - len(s.s); len(s.s) > 0 && (s.s[0] == '+' || s.s[0] == '-') {
		b[0] = s.s[0]
		b[fill] = '0'
	}
	return NewStr(string(b)), nil
}

func str_expandtabs(t *Thread, self Value, args, kw []Value) (Value, error) {
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
	s := strSelf(self).s
	var b []byte
	col := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				if len(b)+n > maxStrSize {
					return nil, Errorf(OverflowError, "new string is too long")
				}
				for k := 0; k < n; k++ {
					b = append(b, ' ')
				}
				col += n
			}
		case '\n', '\r':
			b = append(b, c)
			col = 0
		default:
			b = append(b, c)
			col++
		}
	}
	return NewStr(string(b)), nil
}

// stripArg parses the chars argument of strip: nil for whitespace.
func str_stripImpl(t *Thread, self Value, args, kw []Value, name string, left, right bool) (Value, error) {
	if err := checkArgs(name, args, kw, 0, 1); err != nil {
		return nil, err
	}
	s := strSelf(self)
	var chars *string
	if len(args) > 0 && args[0] != None {
		if anyUnicode(args[0]) {
			fn := map[string]func(*Thread, Value, []Value, []Value) (Value, error){
				"strip": unicode_strip, "lstrip": unicode_lstrip, "rstrip": unicode_rstrip}[name]
			return toUnicodeMethod(t, s, fn, args, kw)
		}
		c, err := strBufferArg(t, args[0])
		if err != nil {
			return nil, Errorf(TypeError, "%s arg must be None, str or unicode", name)
		}
		chars = &c
	}
	i, j := 0, len(s.s)
	in := func(c byte) bool {
		if chars == nil {
			return isSpaceByte(c)
		}
		return strings.IndexByte(*chars, c) >= 0
	}
	if left {
		for i < j && in(s.s[i]) {
			i++
		}
	}
	if right {
		for j > i && in(s.s[j-1]) {
			j--
		}
	}
	if i == 0 && j == len(s.s) {
		return s, nil
	}
	return NewStr(s.s[i:j]), nil
}

func str_strip(t *Thread, self Value, args, kw []Value) (Value, error) {
	return str_stripImpl(t, self, args, kw, "strip", true, true)
}
func str_lstrip(t *Thread, self Value, args, kw []Value) (Value, error) {
	return str_stripImpl(t, self, args, kw, "lstrip", true, false)
}
func str_rstrip(t *Thread, self Value, args, kw []Value) (Value, error) {
	return str_stripImpl(t, self, args, kw, "rstrip", false, true)
}

// splitWhitespace splits s on runs of whitespace, at most maxsplit
// times (negative: no limit), from the left or the right.
func splitWhitespace(s string, maxsplit int, right bool, space func(byte) bool) []string {
	var out []string
	if maxsplit < 0 {
		maxsplit = maxInt
	}
	if !right {
		i, n := 0, len(s)
		for maxsplit > 0 {
			for i < n && space(s[i]) {
				i++
			}
			if i == n {
				return out
			}
			j := i
			for j < n && !space(s[j]) {
				j++
			}
			if j == n {
				return append(out, s[i:])
			}
			out = append(out, s[i:j])
			i = j
			maxsplit--
		}
		for i < n && space(s[i]) {
			i++
		}
		if i < n {
			out = append(out, s[i:])
		}
		return out
	}
	j := len(s)
	for maxsplit > 0 {
		for j > 0 && space(s[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		i := j
		for i > 0 && !space(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
		j = i
		maxsplit--
	}
	if maxsplit == 0 {
		for j > 0 && space(s[j-1]) {
			j--
		}
		if j > 0 {
			out = append(out, s[:j])
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// splitSep splits s on sep at most maxsplit times.
func splitSep(s, sep string, maxsplit int, right bool) []string {
	if maxsplit < 0 {
		maxsplit = maxInt
	}
	if !right {
		if maxsplit >= len(s) {
			return strings.Split(s, sep)
		}
		return strings.SplitN(s, sep, maxsplit+1)
	}
	var out []string
	j := len(s)
	for maxsplit > 0 {
		i := strings.LastIndex(s[:j], sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):j])
		j = i
		maxsplit--
	}
	out = append(out, s[:j])
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strList(parts []string) *List {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = NewStr(p)
	}
	return NewList(items)
}

func strSplitImpl(t *Thread, self Value, args, kw []Value, name string, right bool) (Value, error) {
	if err := checkArgs(name, args, kw, 0, 2); err != nil {
		return nil, err
	}
	s := strSelf(self)
	maxsplit := -1
	if len(args) > 1 {
		var err error
		if maxsplit, err = intArg(t, args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) == 0 || args[0] == None {
		return strList(splitWhitespace(s.s, maxsplit, right, isSpaceByte)), nil
	}
	if anyUnicode(args[0]) {
		fn := unicode_split
		if right {
			fn = unicode_rsplit
		}
		return toUnicodeMethod(t, s, fn, args, kw)
	}
	sep, err := strBufferArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, Errorf(ValueError, "empty separator")
	}
	return strList(splitSep(s.s, sep, maxsplit, right)), nil
}

func str_split(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strSplitImpl(t, self, args, kw, "split", false)
}
func str_rsplit(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strSplitImpl(t, self, args, kw, "rsplit", true)
}

func str_splitlines(t *Thread, self Value, args, kw []Value) (Value, error) {
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
	s := strSelf(self).s
	var parts []string
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '\n' && s[j] != '\r' {
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
	return strList(parts), nil
}

func strPartitionImpl(t *Thread, self Value, args, kw []Value, name string, right bool) (Value, error) {
	if len(kw) != 0 || len(args) != 1 {
		if len(kw) != 0 {
			return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
		}
		return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	s := strSelf(self)
	if anyUnicode(args[0]) {
		fn := unicode_partition
		if right {
			fn = unicode_rpartition
		}
		return toUnicodeMethod(t, s, fn, args, kw)
	}
	sep, err := strBufferArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, Errorf(ValueError, "empty separator")
	}
	var i int
	if right {
		i = strings.LastIndex(s.s, sep)
		if i < 0 {
			return NewTuple(emptyStr, emptyStr, s), nil
		}
	} else {
		i = strings.Index(s.s, sep)
		if i < 0 {
			return NewTuple(s, emptyStr, emptyStr), nil
		}
	}
	sepv := args[0]
	if _, exact := sepv.(*Str); !exact {
		sepv = NewStr(sep)
	}
	return NewTuple(NewStr(s.s[:i]), sepv, NewStr(s.s[i+len(sep):])), nil
}

func str_partition(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strPartitionImpl(t, self, args, kw, "partition", false)
}
func str_rpartition(t *Thread, self Value, args, kw []Value) (Value, error) {
	return strPartitionImpl(t, self, args, kw, "rpartition", true)
}

// replaceStr is str.replace's algorithm (an empty old inserts new
// between characters, at most count times; negative count: all).
func replaceStr(s, old, new string, count int) (string, error) {
	if count < 0 {
		count = maxInt
	}
	if count == 0 {
		return s, nil
	}
	if old == "" {
		n := min(count, len(s)+1)
		if len(s)+n*len(new) > maxStrSize {
			return "", errNoMemory()
		}
		var b strings.Builder
		b.Grow(len(s) + n*len(new))
		for i := 0; i < n; i++ {
			b.WriteString(new)
			if i < len(s) {
				b.WriteByte(s[i])
			}
		}
		if n <= len(s) {
			b.WriteString(s[n:])
		}
		return b.String(), nil
	}
	if c := strings.Count(s, old); c > 0 && len(new) > len(old) {
		if len(s)+min(c, count)*(len(new)-len(old)) > maxStrSize {
			return "", errNoMemory()
		}
	}
	if count == maxInt {
		return strings.ReplaceAll(s, old, new), nil
	}
	return strings.Replace(s, old, new, count), nil
}

func str_replace(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("replace", args, kw, 2, 3); err != nil {
		return nil, err
	}
	s := strSelf(self)
	count := -1
	if len(args) > 2 {
		var err error
		if count, err = intArg(t, args[2]); err != nil {
			return nil, err
		}
	}
	if anyUnicode(args[0], args[1]) {
		return toUnicodeMethod(t, s, unicode_replace, args, kw)
	}
	old, err := strBufferArg(t, args[0])
	if err != nil {
		return nil, err
	}
	new, err := strBufferArg(t, args[1])
	if err != nil {
		return nil, err
	}
	r, err := replaceStr(s.s, old, new, count)
	if err != nil {
		return nil, err
	}
	if r == s.s {
		return s, nil
	}
	return NewStr(r), nil
}

func str_join(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "join() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "join() takes exactly one argument (%d given)", len(args))
	}
	s := strSelf(self)
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
	switch len(items) {
	case 0:
		return emptyStr, nil
	case 1:
		if x, ok := items[0].(*Str); ok {
			return x, nil
		}
	}
	parts := make([]string, len(items))
	for i, it := range items {
		p, ok := AsString(it)
		if !ok {
			if anyUnicode(it) {
				return unicodeJoin(t, s, items)
			}
			return nil, Errorf(TypeError, "sequence item %d: expected string, %s found", i, it.Type().Name)
		}
		parts[i] = p
	}
	r, err := joinStrings(parts, s.s)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

func str_translate(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "translate() takes no keyword arguments")
	}
	if err := unpackArgs("translate", args, 1, 2); err != nil {
		return nil, err
	}
	s := strSelf(self)
	if anyUnicode(args[0]) {
		if len(args) > 1 {
			return nil, Errorf(TypeError, "deletions are implemented differently for unicode")
		}
		r, err := strToUnicode(t, s.s)
		if err != nil {
			return nil, err
		}
		return unicodeTranslate(t, r, args[0])
	}
	var table string
	if args[0] != None {
		var err error
		if table, err = strBufferArg(t, args[0]); err != nil {
			return nil, err
		}
		if len(table) != 256 {
			return nil, Errorf(ValueError, "translation table must be 256 characters long")
		}
	}
	var del string
	if len(args) > 1 {
		var err error
		if del, err = strBufferArg(t, args[1]); err != nil {
			return nil, err
		}
	}
	b := make([]byte, 0, len(s.s))
	for i := 0; i < len(s.s); i++ {
		c := s.s[i]
		if del != "" && strings.IndexByte(del, c) >= 0 {
			continue
		}
		if table != "" {
			c = table[c]
		}
		b = append(b, c)
	}
	return NewStr(string(b)), nil
}

// encodingArgs parses ([encoding[, errors]]) of encode and decode.
func encodingArgs(name string, args, kw []Value) (string, string, error) {
	pa, err := parseArgs(name, args, kw, []string{"encoding", "errors"}, 0)
	if err != nil {
		return "", "", err
	}
	enc, errs := "ascii", "strict"
	if pa[0] != nil {
		if enc, err = stringArg(name, 1, pa[0]); err != nil {
			return "", "", err
		}
	}
	if pa[1] != nil {
		if errs, err = stringArg(name, 2, pa[1]); err != nil {
			return "", "", err
		}
	}
	return enc, errs, nil
}

func str_decode(t *Thread, self Value, args, kw []Value) (Value, error) {
	enc, errs, err := encodingArgs("decode", args, kw)
	if err != nil {
		return nil, err
	}
	r, err := decodeValue(t, strSelf(self), enc, errs)
	if err != nil {
		return nil, err
	}
	if !isStringLike(r) {
		return nil, Errorf(TypeError, "decoder did not return a string/unicode object (type=%s)", r.Type().Name)
	}
	return r, nil
}

func str_encode(t *Thread, self Value, args, kw []Value) (Value, error) {
	enc, errs, err := encodingArgs("encode", args, kw)
	if err != nil {
		return nil, err
	}
	r, err := encodeValue(t, strSelf(self), enc, errs)
	if err != nil {
		return nil, err
	}
	if !isStringLike(r) {
		return nil, Errorf(TypeError, "encoder did not return a string/unicode object (type=%s)", r.Type().Name)
	}
	return r, nil
}

func str_getnewargs(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	return NewTuple(NewStr(strSelf(self).s)), nil
}

func str_sizeof(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("__sizeof__", args, kw); err != nil {
		return nil, err
	}
	return Int(37 + len(strSelf(self).s)), nil
}

func init() {
	StrType.AddMethods([]MethodDef{
		{Name: "capitalize", Fn: str_capitalize},
		{Name: "center", Fn: str_center},
		{Name: "count", Fn: str_count},
		{Name: "decode", Fn: str_decode},
		{Name: "encode", Fn: str_encode},
		{Name: "endswith", Fn: str_endswith},
		{Name: "expandtabs", Fn: str_expandtabs},
		{Name: "find", Fn: str_find},
		{Name: "index", Fn: str_index},
		{Name: "isalnum", Fn: strPredicate("isalnum", isAlnumByte)},
		{Name: "isalpha", Fn: strPredicate("isalpha", isAlphaByte)},
		{Name: "isdigit", Fn: strPredicate("isdigit", isDigitByte)},
		{Name: "islower", Fn: str_islower},
		{Name: "isspace", Fn: strPredicate("isspace", isSpaceByte)},
		{Name: "istitle", Fn: str_istitle},
		{Name: "isupper", Fn: str_isupper},
		{Name: "join", Fn: str_join},
		{Name: "ljust", Fn: str_ljust},
		{Name: "lower", Fn: str_lower},
		{Name: "lstrip", Fn: str_lstrip},
		{Name: "partition", Fn: str_partition},
		{Name: "replace", Fn: str_replace},
		{Name: "rfind", Fn: str_rfind},
		{Name: "rindex", Fn: str_rindex},
		{Name: "rjust", Fn: str_rjust},
		{Name: "rpartition", Fn: str_rpartition},
		{Name: "rsplit", Fn: str_rsplit},
		{Name: "rstrip", Fn: str_rstrip},
		{Name: "split", Fn: str_split},
		{Name: "splitlines", Fn: str_splitlines},
		{Name: "startswith", Fn: str_startswith},
		{Name: "strip", Fn: str_strip},
		{Name: "swapcase", Fn: str_swapcase},
		{Name: "title", Fn: str_title},
		{Name: "translate", Fn: str_translate},
		{Name: "upper", Fn: str_upper},
		{Name: "zfill", Fn: str_zfill},
		{Name: "__getnewargs__", Fn: str_getnewargs},
		{Name: "__sizeof__", Fn: str_sizeof},
	})
}
