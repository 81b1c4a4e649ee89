package objects

import (
	"math/big"
	"strings"

	"github.com/pystm/pystm/stm"
)

// This file is str.format and unicode.format (PEP 3101 as Python 2.7
// has it), the abstract Format operation (format(), PyObject_Format),
// __format__ of str and unicode, and the helpers string.Formatter uses:
// _formatter_parser and _formatter_field_name_split.

// Format returns format(v, spec): v's __format__ called with spec (a
// str or unicode); the result is a str or unicode, unicode when spec is.
func Format(t *Thread, v, spec Value) (Value, error) {
	if spec == nil {
		spec = emptyStr
	}
	specU, specIsU := asUnicode(spec)
	if !specIsU {
		if _, ok := AsString(spec); !ok {
			return nil, Errorf(TypeError, "format expects arg 2 to be string or unicode, not %s", spec.Type().Name)
		}
	}
	var res Value
	var err error
	switch x := v.(type) {
	case *Str:
		res, err = formatStrSpec(t, x, spec)
	case *Unicode:
		res, err = formatUnicodeSpec(t, x, spec)
	case *OldInstance:
		m, gerr := GetAttrString(t, x, "__format__")
		if gerr == nil {
			res, err = Call(t, m, []Value{spec}, nil)
			break
		}
		if !IsInstanceExc(gerr, AttributeError) {
			return nil, gerr
		}
		var self Value
		if specIsU {
			self, err = UnicodeFromValue(t, x)
		} else {
			self, err = ToStr(t, x)
		}
		if err != nil {
			return nil, err
		}
		res, err = Format(t, self, spec)
	default:
		m := v.Type().LookupString(t, "__format__")
		if m == nil {
			return nil, Errorf(TypeError, "Type %s doesn't define __format__", v.Type().Name)
		}
		res, err = callDescr(t, m, v, []Value{spec})
	}
	if err != nil {
		return nil, err
	}
	if !isStringLike(res) {
		return nil, Errorf(TypeError, "%s.__format__ must return string or unicode, not %s", v.Type().Name, res.Type().Name)
	}
	if specIsU {
		if _, ok := asUnicode(res); !ok {
			return UnicodeFromValue(t, res)
		}
	}
	_ = specU
	return res, nil
}

// FormatString is Format with a Go string spec, returning a Go string
// (a unicode result is encoded with the default encoding).
func FormatString(t *Thread, v Value, spec string) (string, error) {
	r, err := Format(t, v, NewStr(spec))
	if err != nil {
		return "", err
	}
	if u, ok := asUnicode(r); ok {
		s, err := encodeDefault(t, u)
		if err != nil {
			return "", err
		}
		return s.s, nil
	}
	s, _ := AsString(r)
	return s, nil
}

// FormatSpec is a parsed standard format specifier
// ([[fill]align][sign][#][0][width][,][.precision][type]).
type FormatSpec struct {
	Fill      rune // 0 if not given
	Align     rune // 0 if not given
	Sign      rune // 0, '+', '-' or ' '
	Alt       bool
	Width     int // -1 if not given
	Thousands bool
	Precision int  // -1 if not given
	Type      rune // 0 if not given
}

func isAlignToken(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// specInteger reads decimal digits at s[i:], as the format-spec parser's
// get_integer does.
func specInteger(s []rune, i int) (val, next int, err error) {
	j := i
	for j < len(s) {
		d := decimalValue(s[j])
		if d < 0 {
			break
		}
		if val > (maxInt-d)/10 {
			return 0, 0, Errorf(ValueError, "Too many decimal digits in format string")
		}
		val = val*10 + d
		j++
	}
	return val, j, nil
}

// decimalValue is the decimal digit value of c, or -1.
func decimalValue(c rune) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	if c >= 128 && uIsDecimal(c) {
		return uDigitValue(c)
	}
	return -1
}

// ParseFormatSpec parses a standard format specifier; defType is the
// type used when none is given (0 for none).
func ParseFormatSpec(spec []rune, defType rune) (FormatSpec, error) {
	f := FormatSpec{Width: -1, Precision: -1, Type: defType}
	i := 0
	n := len(spec)
	alignGiven := false
	if n-i >= 2 && isAlignToken(spec[i+1]) {
		f.Align, f.Fill = spec[i+1], spec[i]
		alignGiven = true
		i += 2
	} else if n-i >= 1 && isAlignToken(spec[i]) {
		f.Align = spec[i]
		alignGiven = true
		i++
	}
	if i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ') {
		f.Sign = spec[i]
		i++
	}
	if i < n && spec[i] == '#' {
		f.Alt = true
		i++
	}
	if f.Fill == 0 && i < n && spec[i] == '0' {
		f.Fill = '0'
		if !alignGiven {
			f.Align = '='
		}
		i++
	}
	w, j, err := specInteger(spec, i)
	if err != nil {
		return f, err
	}
	if j > i {
		f.Width = w
	}
	i = j
	if i < n && spec[i] == ',' {
		f.Thousands = true
		i++
	}
	if i < n && spec[i] == '.' {
		i++
		p, j, err := specInteger(spec, i)
		if err != nil {
			return f, err
		}
		if j == i {
			return f, Errorf(ValueError, "Format specifier missing precision")
		}
		f.Precision = p
		i = j
	}
	if n-i > 1 {
		return f, Errorf(ValueError, "Invalid conversion specification")
	}
	if n-i == 1 {
		f.Type = spec[i]
	}
	if f.Thousands {
		switch f.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		default:
			return f, Errorf(ValueError, "Cannot specify ',' with '%c'.", f.Type)
		}
	}
	return f, nil
}

// errUnknownFormatCode is the error for a presentation type a type does
// not support.
func errUnknownFormatCode(c rune, typeName string) error {
	if c > 32 && c < 128 {
		return Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", c, typeName)
	}
	return Errorf(ValueError, "Unknown format code '\\x%x' for object of type '%s'", c, typeName)
}

// formatRunes formats a string value by a parsed spec (the string
// presentation type 's').
func formatRunesSpec(r []rune, f FormatSpec) ([]rune, error) {
	if f.Sign != 0 {
		return nil, Errorf(ValueError, "Sign not allowed in string format specifier")
	}
	if f.Alt {
		return nil, Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if f.Align == '=' {
		return nil, Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if f.Precision >= 0 && len(r) > f.Precision {
		r = r[:f.Precision]
	}
	total := len(r)
	if f.Width > total {
		total = f.Width
	}
	if total > maxStrSize/4 {
		return nil, errNoMemory()
	}
	var left int
	switch f.Align {
	case '>':
		left = total - len(r)
	case '^':
		left = (total - len(r)) / 2
	}
	fill := f.Fill
	if fill == 0 {
		fill = ' '
	}
	out := make([]rune, total)
	for i := 0; i < left; i++ {
		out[i] = fill
	}
	copy(out[left:], r)
	for i := left + len(r); i < total; i++ {
		out[i] = fill
	}
	return out, nil
}

// specRunes returns the code points of a spec value (str or unicode).
func specRunes(t *Thread, spec Value) ([]rune, error) {
	if u, ok := asUnicode(spec); ok {
		return u.r, nil
	}
	if s, ok := AsString(spec); ok {
		r := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			r[i] = rune(s[i])
		}
		return r, nil
	}
	return nil, Errorf(TypeError, "__format__ arg must be str or unicode, not %s", spec.Type().Name)
}

// formatStrSpec is str.__format__: the result is a str.
func formatStrSpec(t *Thread, s *Str, spec Value) (Value, error) {
	sp, err := specArgToStr(t, spec)
	if err != nil {
		return nil, err
	}
	if len(sp) == 0 {
		return s, nil
	}
	spr := make([]rune, len(sp))
	for i := 0; i < len(sp); i++ {
		spr[i] = rune(sp[i])
	}
	f, err := ParseFormatSpec(spr, 's')
	if err != nil {
		return nil, err
	}
	if f.Type != 's' {
		return nil, errUnknownFormatCode(f.Type, "str")
	}
	if f.Fill > 255 {
		f.Fill &= 0xff
	}
	r := make([]rune, len(s.s))
	for i := 0; i < len(s.s); i++ {
		r[i] = rune(s.s[i])
	}
	out, err := formatRunesSpec(r, f)
	if err != nil {
		return nil, err
	}
	b := make([]byte, len(out))
	for i, c := range out {
		b[i] = byte(c)
	}
	return NewStr(string(b)), nil
}

// specArgToStr converts the argument of str.__format__ to a str, as
// str() does (a unicode spec is encoded with the default encoding).
func specArgToStr(t *Thread, spec Value) (string, error) {
	if s, ok := AsString(spec); ok {
		return s, nil
	}
	if u, ok := asUnicode(spec); ok {
		s, err := encodeDefault(t, u)
		if err != nil {
			return "", err
		}
		return s.s, nil
	}
	return "", Errorf(TypeError, "__format__ arg must be str or unicode, not %s", spec.Type().Name)
}

// formatUnicodeSpec is unicode.__format__: the result is a unicode.
func formatUnicodeSpec(t *Thread, u *Unicode, spec Value) (Value, error) {
	if !isStringLike(spec) {
		return nil, Errorf(TypeError, "__format__ arg must be str or unicode, not %s", spec.Type().Name)
	}
	sp, err := uArg(t, spec)
	if err != nil {
		return nil, err
	}
	if len(sp) == 0 {
		return u, nil
	}
	f, err := ParseFormatSpec(sp, 's')
	if err != nil {
		return nil, err
	}
	if f.Type != 's' {
		return nil, errUnknownFormatCode(f.Type, "unicode")
	}
	out, err := formatRunesSpec(u.r, f)
	if err != nil {
		return nil, err
	}
	return NewUnicode(out), nil
}

func str_format__(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("__format__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return formatStrSpec(t, strSelf(self), args[0])
}

func unicode_format__(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := checkArgs("__format__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return formatUnicodeSpec(t, uSelf(self), args[0])
}

// The parsing of format strings (CPython's MarkupIterator).

// markup is one piece of a format string: literal text, then possibly
// a replacement field.
type markup struct {
	literal     []rune
	hasField    bool
	fieldName   []rune
	spec        []rune
	conversion  rune
	specExpands bool
}

// markupIter is a formatteriterator's payload. No Copier: s is only
// read, never modified.
type markupIter struct {
	s []rune
	i int
}

// next returns the next piece; ok is false at the end.
func (m *markupIter) next() (mk markup, ok bool, err error) {
	if m.i >= len(m.s) {
		return mk, false, nil
	}
	start := m.i
	var c rune
	markupFollows := false
	for m.i < len(m.s) {
		c = m.s[m.i]
		m.i++
		if c == '{' || c == '}' {
			markupFollows = true
			break
		}
	}
	atEnd := m.i >= len(m.s)
	n := m.i - start
	if c == '}' && markupFollows && (atEnd || m.s[m.i] != c) {
		return mk, false, Errorf(ValueError, "Single '}' encountered in format string")
	}
	if atEnd && c == '{' && markupFollows {
		return mk, false, Errorf(ValueError, "Single '{' encountered in format string")
	}
	if !atEnd && markupFollows {
		if m.s[m.i] == c {
			m.i++
			markupFollows = false
		} else {
			n--
		}
	}
	mk.literal = m.s[start : start+n]
	if !markupFollows {
		return mk, true, nil
	}
	mk.hasField = true
	count := 1
	fstart := m.i
	for m.i < len(m.s) {
		c = m.s[m.i]
		m.i++
		switch c {
		case '{':
			mk.specExpands = true
			count++
		case '}':
			count--
			if count <= 0 {
				if err := parseField(m.s[fstart:m.i-1], &mk); err != nil {
					return mk, false, err
				}
				return mk, true, nil
			}
		}
	}
	return mk, false, Errorf(ValueError, "unmatched '{' in format")
}

// parseField splits a replacement field into name, conversion and spec.
func parseField(s []rune, mk *markup) error {
	i := 0
	var c rune
	for i < len(s) {
		c = s[i]
		i++
		if c == ':' || c == '!' {
			break
		}
	}
	if i > 0 && (c == ':' || c == '!') {
		mk.fieldName = s[:i-1]
		spec := s[i:]
		if c == '!' {
			if len(spec) == 0 {
				return Errorf(ValueError, "end of format while looking for conversion specifier")
			}
			mk.conversion = spec[0]
			spec = spec[1:]
			if len(spec) > 0 {
				if spec[0] != ':' {
					return Errorf(ValueError, "expected ':' after format specifier")
				}
				spec = spec[1:]
			}
		}
		mk.spec = spec
		if mk.spec == nil {
			mk.spec = []rune{}
		}
		return nil
	}
	mk.fieldName = s
	mk.spec = []rune{}
	return nil
}

// autoNumber tracks automatic field numbering ({} {}) in one format call.
type autoNumber struct {
	state int // 0 init, 1 auto, 2 manual
	next  int
}

// fieldInteger is get_integer: the decimal value of s, or -1 if s is
// empty or not all digits.
func fieldInteger(s []rune) (int, error) {
	if len(s) == 0 {
		return -1, nil
	}
	v := 0
	for _, c := range s {
		d := decimalValue(c)
		if d < 0 {
			return -1, nil
		}
		if v > (maxInt-d)/10 {
			return -1, Errorf(ValueError, "Too many decimal digits in format string")
		}
		v = v*10 + d
	}
	return v, nil
}

// fieldNameSplit splits "first.rest[...]" into the first part (an index
// when numeric, auto-numbered when empty) and the rest.
func fieldNameSplit(s []rune, an *autoNumber) (first []rune, idx int, rest []rune, err error) {
	i := 0
	for i < len(s) && s[i] != '.' && s[i] != '[' {
		i++
	}
	first, rest = s[:i], s[i:]
	if idx, err = fieldInteger(first); err != nil {
		return
	}
	empty := len(first) == 0
	numeric := empty || idx != -1
	if an != nil {
		if an.state == 0 && numeric {
			if empty {
				an.state = 1
			} else {
				an.state = 2
			}
		}
		if numeric {
			if an.state == 2 && empty {
				err = Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
				return
			}
			if an.state == 1 && !empty {
				err = Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
				return
			}
		}
		if empty {
			idx = an.next
			an.next++
		}
	}
	return
}

// fieldNameNext reads one ".attr" or "[key]" from rest.
func fieldNameNext(rest []rune) (isAttr bool, name []rune, idx int, remaining []rune, err error) {
	switch rest[0] {
	case '.':
		isAttr = true
		i := 1
		for i < len(rest) && rest[i] != '.' && rest[i] != '[' {
			i++
		}
		name, remaining, idx = rest[1:i], rest[i:], -1
	case '[':
		i := 1
		for i < len(rest) && rest[i] != ']' {
			i++
		}
		if i >= len(rest) {
			err = Errorf(ValueError, "Missing ']' in format string")
			return
		}
		name, remaining = rest[1:i], rest[i+1:]
		if idx, err = fieldInteger(name); err != nil {
			return
		}
	default:
		err = Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		return
	}
	if len(name) == 0 {
		err = Errorf(ValueError, "Empty attribute in format string")
	}
	return
}

// formatCall is one str.format (or unicode.format) call.
type formatCall struct {
	t       *Thread
	unicode bool
	args    []Value
	kw      []Value
	an      autoNumber
}

// nameValue makes a str (or unicode) of field-name text.
func (fc *formatCall) nameValue(r []rune) Value {
	if fc.unicode {
		return NewUnicode(append([]rune(nil), r...))
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return NewStr(string(b))
}

func (fc *formatCall) fieldObject(name []rune) (Value, error) {
	t := fc.t
	first, idx, rest, err := fieldNameSplit(name, &fc.an)
	if err != nil {
		return nil, err
	}
	var obj Value
	if idx == -1 {
		key := fc.nameValue(first)
		for i := 0; i+1 < len(fc.kw); i += 2 {
			if eq, err := Equal(t, fc.kw[i], key); err != nil {
				return nil, err
			} else if eq {
				obj = fc.kw[i+1]
				break
			}
		}
		if obj == nil {
			return nil, &Exception{Type: KeyError, Value: NewBaseExc(KeyError, []Value{key})}
		}
	} else {
		if idx >= len(fc.args) {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		obj = fc.args[idx]
	}
	for len(rest) > 0 {
		isAttr, nm, i, remaining, err := fieldNameNext(rest)
		if err != nil {
			return nil, err
		}
		rest = remaining
		switch {
		case isAttr:
			attr := fc.nameValue(nm)
			an, ok := attr.(*Str)
			if !ok {
				s, err := encodeDefault(t, attr.(*Unicode))
				if err != nil {
					return nil, err
				}
				an = s
			}
			obj, err = GetAttr(t, obj, Intern(an.s))
		case i == -1:
			obj, err = GetItem(t, obj, fc.nameValue(nm))
		case fmtIsSequence(obj):
			obj, err = GetItem(t, obj, Int(i))
		default:
			obj, err = GetItem(t, obj, NewLong(big.NewInt(int64(i))))
		}
		if err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// fmtIsSequence is PySequence_Check for the field-name lookup: types with
// item access that are not dicts.
func fmtIsSequence(v Value) bool {
	typ := v.Type()
	if typ.GetItem == nil || typ.IsSubtype(DictType) {
		return false
	}
	if _, ok := v.(*Instance); ok {
		return typ.Lookup(nil, Intern("__getitem__")) != nil && !typ.IsSubtype(DictType)
	}
	return true
}

// build formats s, recursing into nested replacement fields of format
// specs up to depth.
func (fc *formatCall) build(s []rune, depth int) ([]rune, error) {
	if depth <= 0 {
		return nil, Errorf(ValueError, "Max string recursion exceeded")
	}
	t := fc.t
	var out []rune
	it := &markupIter{s: s}
	for {
		mk, ok, err := it.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, mk.literal...)
		if !mk.hasField {
			continue
		}
		obj, err := fc.fieldObject(mk.fieldName)
		if err != nil {
			return nil, err
		}
		switch mk.conversion {
		case 0:
		case 'r':
			if obj, err = Repr(t, obj); err != nil {
				return nil, err
			}
		case 's':
			if fc.unicode {
				obj, err = UnicodeFromValue(t, obj)
			} else {
				obj, err = ToStr(t, obj)
			}
			if err != nil {
				return nil, err
			}
		default:
			c := mk.conversion
			if c > 32 && c < 127 {
				return nil, Errorf(ValueError, "Unknown conversion specifier %c", c)
			}
			return nil, Errorf(ValueError, "Unknown conversion specifier \\x%x", c)
		}
		spec := mk.spec
		if mk.specExpands {
			if spec, err = fc.build(spec, depth-1); err != nil {
				return nil, err
			}
		}
		r, err := Format(t, obj, fc.nameValue(spec))
		if err != nil {
			return nil, err
		}
		if fc.unicode {
			u, err := UnicodeFromValue(t, r)
			if err != nil {
				return nil, err
			}
			out = append(out, u.r...)
		} else {
			s, err := ToStr(t, r)
			if err != nil {
				return nil, err
			}
			for i := 0; i < len(s.s); i++ {
				out = append(out, rune(s.s[i]))
			}
		}
		if len(out) > maxStrSize/4 {
			return nil, errNoMemory()
		}
	}
}

func str_format(t *Thread, self Value, args, kw []Value) (Value, error) {
	s := strSelf(self)
	fc := &formatCall{t: t, args: args, kw: kw}
	r := make([]rune, len(s.s))
	for i := 0; i < len(s.s); i++ {
		r[i] = rune(s.s[i])
	}
	out, err := fc.build(r, 2)
	if err != nil {
		return nil, err
	}
	b := make([]byte, len(out))
	for i, c := range out {
		b[i] = byte(c)
	}
	return NewStr(string(b)), nil
}

func unicode_format(t *Thread, self Value, args, kw []Value) (Value, error) {
	u := uSelf(self)
	fc := &formatCall{t: t, args: args, kw: kw, unicode: true}
	out, err := fc.build(u.r, 2)
	if err != nil {
		return nil, err
	}
	return NewUnicode(out), nil
}

// FormatterIter is the iterator _formatter_parser returns.
type FormatterIter struct {
	unicode bool
	ref     stm.Ref[markupIter]
}

// Type returns formatteriterator.
func (*FormatterIter) Type() *Type { return FormatterIterType }

// FieldNameIter is the iterator of the rest of a field name that
// _formatter_field_name_split returns.
type FieldNameIter struct {
	unicode bool
	ref     stm.Ref[fieldNameState]
}

// fieldNameState is a fieldnameiterator's payload. No Copier: rest is
// only resliced, never modified.
type fieldNameState struct{ rest []rune }

// Type returns fieldnameiterator.
func (*FieldNameIter) Type() *Type { return FieldNameIterType }

// The iterator types of string.Formatter's helpers.
var (
	FormatterIterType = NewBuiltinType("formatteriterator", ObjectType, FlagIterSelf)
	FieldNameIterType = NewBuiltinType("fieldnameiterator", ObjectType, FlagIterSelf)
)

func runesValue(r []rune, unicode bool) Value {
	if unicode {
		return NewUnicode(append([]rune(nil), r...))
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return NewStr(string(b))
}

func selfRunes(self Value) ([]rune, bool) {
	if u, ok := asUnicode(self); ok {
		return u.r, true
	}
	s := strSelf(self)
	r := make([]rune, len(s.s))
	for i := 0; i < len(s.s); i++ {
		r[i] = rune(s.s[i])
	}
	return r, false
}

func formatter_parser(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("_formatter_parser", args, kw); err != nil {
		return nil, err
	}
	r, uni := selfRunes(self)
	it := &FormatterIter{unicode: uni}
	it.ref.Init(&markupIter{s: r})
	return it, nil
}

func formatter_field_name_split(t *Thread, self Value, args, kw []Value) (Value, error) {
	if err := noArgs("_formatter_field_name_split", args, kw); err != nil {
		return nil, err
	}
	r, uni := selfRunes(self)
	first, idx, rest, err := fieldNameSplit(r, nil)
	if err != nil {
		return nil, err
	}
	var fv Value
	if idx == -1 {
		fv = runesValue(first, uni)
	} else {
		fv = NewLong(big.NewInt(int64(idx)))
	}
	it := &FieldNameIter{unicode: uni}
	it.ref.Init(&fieldNameState{rest: rest})
	return NewTuple(fv, it), nil
}

func init() {
	formatString = func(t *Thread, s *Str, spec Value) (Value, error) {
		if _, ok := asUnicode(spec); ok {
			r, err := strToUnicode(t, s.s)
			if err != nil {
				return nil, err
			}
			return formatUnicodeSpec(t, NewUnicode(r), spec)
		}
		return formatStrSpec(t, s, spec)
	}
	StrType.AddMethods([]MethodDef{
		{Name: "format", Fn: str_format},
		{Name: "__format__", Fn: str_format__},
		{Name: "_formatter_parser", Fn: formatter_parser},
		{Name: "_formatter_field_name_split", Fn: formatter_field_name_split},
	})
	UnicodeType.AddMethods([]MethodDef{
		{Name: "format", Fn: unicode_format},
		{Name: "__format__", Fn: unicode_format__},
		{Name: "_formatter_parser", Fn: formatter_parser},
		{Name: "_formatter_field_name_split", Fn: formatter_field_name_split},
	})
	FormatterIterType.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	FormatterIterType.Next = func(t *Thread, v Value) (Value, error) {
		it := v.(*FormatterIter)
		st := *it.ref.Read(t.tx())
		mk, ok, err := st.next()
		if err != nil || !ok {
			if err == nil {
				it.ref.Write(t.tx()).i = len(st.s)
			}
			return nil, err
		}
		it.ref.Write(t.tx()).i = st.i
		lit := runesValue(mk.literal, it.unicode)
		if !mk.hasField {
			return NewTuple(lit, None, None, None), nil
		}
		conv := None
		if mk.conversion != 0 {
			conv = runesValue([]rune{mk.conversion}, it.unicode)
		}
		return NewTuple(lit, runesValue(mk.fieldName, it.unicode), runesValue(mk.spec, it.unicode), conv), nil
	}
	FieldNameIterType.Iter = FormatterIterType.Iter
	FieldNameIterType.Next = func(t *Thread, v Value) (Value, error) {
		it := v.(*FieldNameIter)
		rest := it.ref.Read(t.tx()).rest
		if len(rest) == 0 {
			return nil, nil
		}
		isAttr, name, idx, remaining, err := fieldNameNext(rest)
		if err != nil {
			return nil, err
		}
		it.ref.Write(t.tx()).rest = remaining
		var nv Value
		if idx == -1 {
			nv = runesValue(name, it.unicode)
		} else {
			nv = NewLong(big.NewInt(int64(idx)))
		}
		return NewTuple(NewBool(isAttr), nv), nil
	}
	_ = strings.Builder{}
}
