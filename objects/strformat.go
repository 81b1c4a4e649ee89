package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file is the % operator of str and unicode (CPython's
// PyString_Format and PyUnicode_Format).

// The conversion flags of a % specifier.
const (
	pctLJust = 1 << iota
	pctSign
	pctBlank
	pctAlt
	pctZero
)

// errSwitchUnicode tells the str formatter to go on in unicode.
type switchUnicode struct {
	fmtPos int // index in the format of the '%' of the specifier
}

func (*switchUnicode) Error() string { return "switch to unicode" }

// pctArgs walks the arguments of a % operation as CPython's getnextarg
// does: cur is the current argument object, items its items when it
// is a tuple (n >= 0), idx the next index (-2 before a lone argument
// is used).
type pctArgs struct {
	cur   Value
	items []Value
	n     int
	idx   int
	dict  Value
}

func newPctArgs(args Value) *pctArgs {
	a := &pctArgs{}
	a.set(args)
	if isFormatMapping(args) {
		a.dict = args
	}
	return a
}

func (a *pctArgs) set(v Value) {
	a.cur = v
	if tu, ok := Unwrap(v).(*Tuple); ok {
		a.items, a.n, a.idx = tu.elems, len(tu.elems), 0
		return
	}
	a.items, a.n, a.idx = nil, -1, -2
}

func (a *pctArgs) next() (Value, error) {
	if a.idx < a.n {
		a.idx++
		if a.n < 0 {
			return a.cur, nil
		}
		return a.items[a.idx-1], nil
	}
	return nil, Errorf(TypeError, "not enough arguments for format string")
}

// isFormatMapping reports whether the right operand of % is used as a
// mapping: it has __getitem__ and is neither a tuple nor a string.
func isFormatMapping(v Value) bool {
	typ := v.Type()
	if typ.GetItem == nil {
		return false
	}
	if typ.IsSubtype(TupleType) || typ.IsSubtype(BaseStringType) || typ.IsSubtype(XRangeType) {
		return false
	}
	return typ.Name != "collections.deque"
}

// strMod is str % x (the Mod slot of str).
func strMod(t *Thread, a, b Value) (Value, error) {
	s, ok := asStr(a)
	if !ok {
		return NotImplemented, nil
	}
	return strFormat(t, s.s, b)
}

// unicodeMod is unicode % x.
func unicodeMod(t *Thread, a, b Value) (Value, error) {
	u, ok := asUnicode(a)
	if !ok {
		return NotImplemented, nil
	}
	return unicodeFormat(t, u.r, newPctArgs(b), nil)
}

// StrMod returns format % args for a str or unicode format.
func StrMod(t *Thread, format, args Value) (Value, error) {
	if u, ok := asUnicode(format); ok {
		return unicodeFormat(t, u.r, newPctArgs(args), nil)
	}
	if s, ok := AsString(format); ok {
		return strFormat(t, s, args)
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for %%: '%s' and '%s'", format.Type().Name, args.Type().Name)
}

// strFormat formats a str; it goes on in unicode when an argument of %s
// or %c is unicode (or %s gives unicode).
func strFormat(t *Thread, f string, args Value) (Value, error) {
	pa := newPctArgs(args)
	p := &pctFormatter[byte]{t: t, args: pa}
	out, err := p.run([]byte(f))
	if err == nil {
		return NewStr(string(out)), nil
	}
	sw, ok := err.(*switchUnicode)
	if !ok {
		return nil, err
	}
	rest, err := strToUnicode(t, f[sw.fmtPos:])
	if err != nil {
		return nil, err
	}
	v, err := unicodeFormat(t, rest, pa, nil)
	if err != nil {
		return nil, err
	}
	head, err := strToUnicode(t, string(out))
	if err != nil {
		return nil, err
	}
	return NewUnicode(concatRunes(head, v.(*Unicode).r)), nil
}

func unicodeFormat(t *Thread, f []rune, pa *pctArgs, _ []rune) (Value, error) {
	p := &pctFormatter[rune]{t: t, args: pa, unicode: true}
	out, err := p.run(f)
	if err != nil {
		return nil, err
	}
	return NewUnicode(out), nil
}

// pctFormatter formats into bytes (str) or code points (unicode).
type pctFormatter[E byte | rune] struct {
	t       *Thread
	args    *pctArgs
	unicode bool
	out     []E
}

func (p *pctFormatter[E]) appendString(s string) {
	for i := 0; i < len(s); i++ {
		p.out = append(p.out, E(s[i]))
	}
}

func (p *pctFormatter[E]) pad(c E, n int) {
	for ; n > 0; n-- {
		p.out = append(p.out, c)
	}
}

func (p *pctFormatter[E]) run(f []E) ([]E, error) {
	t := p.t
	p.out = make([]E, 0, len(f)+16)
	i := 0
	for i < len(f) {
		if f[i] != '%' {
			j := i + 1
			for j < len(f) && f[j] != '%' {
				j++
			}
			p.out = append(p.out, f[i:j]...)
			i = j
			continue
		}
		specStart := i
		argStart := *p.args
		i++
		if i < len(f) && f[i] == '(' {
			if p.args.dict == nil {
				return nil, Errorf(TypeError, "format requires a mapping")
			}
			depth := 1
			i++
			ks := i
			for i < len(f) && depth > 0 {
				if f[i] == ')' {
					depth--
				} else if f[i] == '(' {
					depth++
				}
				i++
			}
			if depth > 0 {
				return nil, Errorf(ValueError, "incomplete format key")
			}
			var key Value
			if p.unicode {
				key = NewUnicode(append([]rune(nil), toRunes(f[ks:i-1])...))
			} else {
				key = NewStr(string(toBytes(f[ks : i-1])))
			}
			v, err := GetItem(t, p.args.dict, key)
			if err != nil {
				return nil, err
			}
			p.args.set(v)
		}
		flags := 0
	flagLoop:
		for i < len(f) {
			switch f[i] {
			case '-':
				flags |= pctLJust
			case '+':
				flags |= pctSign
			case ' ':
				flags |= pctBlank
			case '#':
				flags |= pctAlt
			case '0':
				flags |= pctZero
			default:
				break flagLoop
			}
			i++
		}
		width, prec := -1, -1
		if i < len(f) && f[i] == '*' {
			v, err := p.args.next()
			if err != nil {
				return nil, err
			}
			w, ok := pctStarArg(v)
			if !ok {
				return nil, Errorf(TypeError, "* wants int")
			}
			if w < 0 {
				flags |= pctLJust
				w = -w
			}
			width = w
			i++
		} else if i < len(f) && f[i] >= '0' && f[i] <= '9' {
			width = 0
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				d := int(f[i] - '0')
				if width > (maxInt-d)/10 {
					return nil, Errorf(ValueError, "width too big")
				}
				width = width*10 + d
				i++
			}
		}
		if i < len(f) && f[i] == '.' {
			i++
			prec = 0
			if i < len(f) && f[i] == '*' {
				v, err := p.args.next()
				if err != nil {
					return nil, err
				}
				w, ok := pctStarArg(v)
				if !ok {
					return nil, Errorf(TypeError, "* wants int")
				}
				if w < 0 {
					w = 0
				}
				prec = w
				i++
			} else {
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					d := int(f[i] - '0')
					if prec > (maxInt-d)/10 {
						return nil, Errorf(ValueError, "prec too big")
					}
					prec = prec*10 + d
					i++
				}
			}
		}
		if i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			return nil, Errorf(ValueError, "incomplete format")
		}
		c := rune(f[i])
		i++
		var v Value
		if c != '%' {
			var err error
			if v, err = p.args.next(); err != nil {
				return nil, err
			}
		}
		fill := E(' ')
		sign := false
		var body []E
		switch c {
		case '%':
			body = []E{'%'}
		case 's', 'r':
			s, err := p.stringConv(v, c)
			if err != nil {
				if _, ok := err.(*switchUnicode); ok {
					*p.args = argStart
					return p.out, &switchUnicode{fmtPos: specStart}
				}
				return nil, err
			}
			if prec >= 0 && prec < len(s) {
				s = s[:prec]
			}
			body = s
		case 'i', 'd', 'u', 'o', 'x', 'X':
			s, err := formatIntArg(t, v, flags, prec, c)
			if err != nil {
				return nil, err
			}
			body = fromString[E](s)
			sign = true
			if flags&pctZero != 0 {
				fill = '0'
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			x, err := floatArg(t, v)
			if err != nil {
				return nil, err
			}
			if prec < 0 {
				prec = 6
			}
			body = fromString[E](FormatFloatPct(x, byte(c), prec, flags&pctAlt != 0))
			sign = true
			if flags&pctZero != 0 {
				fill = '0'
			}
		case 'c':
			ch, err := p.charConv(v)
			if err != nil {
				if _, ok := err.(*switchUnicode); ok {
					*p.args = argStart
					return p.out, &switchUnicode{fmtPos: specStart}
				}
				return nil, err
			}
			body = []E{E(ch)}
		default:
			shown := string(rune(c))
			code := int64(c)
			if p.unicode {
				if c < 31 || c > 126 {
					shown = "?"
				}
			} else if c >= 0x80 {
				shown = string([]byte{byte(c)})
				code = int64(uint32(int32(int8(byte(c)))))
			}
			return nil, Errorf(ValueError, "unsupported format character '%s' (0x%x) at index %d", shown, code, i-1)
		}
		var signc E
		if sign && len(body) > 0 {
			if body[0] == '-' || body[0] == '+' {
				signc = body[0]
				body = body[1:]
			} else if flags&pctSign != 0 {
				signc = '+'
			} else if flags&pctBlank != 0 {
				signc = ' '
			}
		}
		n := len(body)
		if signc != 0 {
			n++
		}
		if width > maxStrSize {
			return nil, errNoMemory()
		}
		if width < n {
			width = n
		}
		if signc != 0 && fill != ' ' {
			p.out = append(p.out, signc)
		}
		var prefix []E
		if (c == 'x' || c == 'X') && flags&pctAlt != 0 && len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
			prefix = body[:2]
			body = body[2:]
			if fill != ' ' {
				p.out = append(p.out, prefix...)
			}
		}
		if width > n && flags&pctLJust == 0 {
			p.pad(fill, width-n)
		}
		if fill == ' ' {
			if signc != 0 {
				p.out = append(p.out, signc)
			}
			p.out = append(p.out, prefix...)
		}
		p.out = append(p.out, body...)
		if width > n && flags&pctLJust != 0 {
			p.pad(' ', width-n)
		}
		if len(p.out) > maxStrSize {
			return nil, errNoMemory()
		}
	}
	if p.args.idx < p.args.n && p.args.dict == nil {
		return nil, Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return p.out, nil
}

func toRunes[E byte | rune](s []E) []rune {
	r := make([]rune, len(s))
	for i, c := range s {
		r[i] = rune(c)
	}
	return r
}

func toBytes[E byte | rune](s []E) []byte {
	b := make([]byte, len(s))
	for i, c := range s {
		b[i] = byte(c)
	}
	return b
}

func fromString[E byte | rune](s string) []E {
	out := make([]E, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = E(s[i])
	}
	return out
}

// pctStarArg reads the argument of '*': an int (not a long).
func pctStarArg(v Value) (int, bool) {
	switch x := Unwrap(v).(type) {
	case Int:
		return int(x), true
	case Bool:
		return int(boolInt(x)), true
	}
	return 0, false
}

// stringConv is %s and %r.
func (p *pctFormatter[E]) stringConv(v Value, c rune) ([]E, error) {
	t := p.t
	if !p.unicode {
		var s *Str
		if c == 's' {
			if _, ok := asUnicode(v); ok {
				return nil, &switchUnicode{}
			}
			r, err := strOrUnicode(t, v)
			if err != nil {
				return nil, err
			}
			if _, ok := r.(*Unicode); ok {
				return nil, &switchUnicode{}
			}
			s = r.(*Str)
		} else {
			var err error
			if s, err = Repr(t, v); err != nil {
				return nil, err
			}
		}
		out := make([]E, len(s.s))
		for i := 0; i < len(s.s); i++ {
			out[i] = E(s.s[i])
		}
		return out, nil
	}
	var u *Unicode
	if c == 's' {
		var err error
		if u, err = UnicodeFromValue(t, v); err != nil {
			return nil, err
		}
	} else {
		s, err := Repr(t, v)
		if err != nil {
			return nil, err
		}
		r, err := strToUnicode(t, s.s)
		if err != nil {
			return nil, err
		}
		u = &Unicode{r: r}
	}
	out := make([]E, len(u.r))
	for i, r := range u.r {
		out[i] = E(r)
	}
	return out, nil
}

// charConv is %c.
func (p *pctFormatter[E]) charConv(v Value) (rune, error) {
	if !p.unicode {
		if _, ok := asUnicode(v); ok {
			return 0, &switchUnicode{}
		}
		if s, ok := AsString(v); ok {
			if len(s) != 1 {
				return 0, errCharRequired()
			}
			return rune(s[0]), nil
		}
		switch x := Unwrap(v).(type) {
		case Int, Bool, *Long:
			n, err := intArg(p.t, x)
			if err != nil {
				return 0, err
			}
			if n < 0 {
				return 0, Errorf(OverflowError, "unsigned byte integer is less than minimum")
			}
			if n > 255 {
				return 0, Errorf(OverflowError, "unsigned byte integer is greater than maximum")
			}
			return rune(n), nil
		case Float:
			return 0, Errorf(TypeError, "integer argument expected, got float")
		}
		return 0, errCharRequired()
	}
	if u, ok := asUnicode(v); ok {
		if len(u.r) != 1 {
			return 0, errCharRequired()
		}
		return u.r[0], nil
	}
	if s, ok := AsString(v); ok {
		if len(s) != 1 {
			return 0, errCharRequired()
		}
		r, err := strToUnicode(p.t, s)
		if err != nil {
			return 0, err
		}
		return r[0], nil
	}
	switch x := Unwrap(v).(type) {
	case Int, Bool, *Long:
		n, err := intArg(p.t, x)
		if err != nil {
			return 0, err
		}
		if n < 0 || n > 0x10ffff {
			return 0, Errorf(OverflowError, "%s", "%c arg not in range(0x110000) (wide Python build)")
		}
		return rune(n), nil
	case Float:
		return 0, Errorf(TypeError, "integer argument expected, got float")
	}
	return 0, errCharRequired()
}

// intValue converts the argument of %d and friends to an int or long
// (int() of a number), or reports that it is not a number.
func intValue(t *Thread, v Value) (Value, bool, error) {
	switch x := Unwrap(v).(type) {
	case Int, *Long:
		return x, true, nil
	case Bool:
		return Int(boolInt(x)), true, nil
	}
	n := v.Type().Number
	if n == nil || (n.Int == nil && n.Float == nil) {
		return nil, false, nil
	}
	if n.Int != nil {
		r, err := n.Int(t, v)
		if err == nil {
			switch x := Unwrap(r).(type) {
			case Int, *Long:
				return x, true, nil
			case Bool:
				return Int(boolInt(x)), true, nil
			}
		}
	}
	if n.Long != nil {
		r, err := n.Long(t, v)
		if err == nil {
			switch x := Unwrap(r).(type) {
			case Int, *Long:
				return x, true, nil
			}
		}
	}
	return nil, false, nil
}

// formatIntArg is %d %i %u %o %x %X: digits with the sign, the base
// prefix under '#' and the precision's zeros.
func formatIntArg(t *Thread, v Value, flags, prec int, c rune) (string, error) {
	x, ok, err := intValue(t, v)
	if err != nil {
		return "", err
	}
	if !ok {
		cc := c
		if cc == 'i' {
			cc = 'd'
		}
		return "", Errorf(TypeError, "%%%c format: a number is required, not %s", cc, v.Type().Name)
	}
	var neg bool
	var digits string
	isLong := false
	switch n := x.(type) {
	case Int:
		if prec > 116 {
			return "", Errorf(OverflowError, "formatted integer is too long (precision too large?)")
		}
		neg = n < 0
		u := uint64(n)
		if neg {
			u = uint64(-n)
		}
		digits = strconv.FormatUint(u, pctBase(c))
	case *Long:
		isLong = true
		neg = n.v.Sign() < 0
		digits = new(big.Int).Abs(n.v).Text(pctBase(c))
	}
	if c == 'X' {
		digits = strings.ToUpper(digits)
	}
	if prec > len(digits) {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	var prefix string
	if flags&pctAlt != 0 {
		switch c {
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		case 'o':
			if digits[0] != '0' {
				prefix = "0"
			}
		}
	}
	_ = isLong
	s := prefix + digits
	if neg {
		s = "-" + s
	}
	return s, nil
}

func pctBase(c rune) int {
	switch c {
	case 'o':
		return 8
	case 'x', 'X':
		return 16
	}
	return 10
}

// floatArg converts the argument of %e %f %g to a float.
func floatArg(t *Thread, v Value) (float64, error) {
	switch x := Unwrap(v).(type) {
	case Float:
		return float64(x), nil
	case Int:
		return float64(x), nil
	case Bool:
		return float64(boolInt(x)), nil
	case *Long:
		f, _ := new(big.Float).SetInt(x.v).Float64()
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowError, "long int too large to convert to float")
		}
		return f, nil
	}
	if n := v.Type().Number; n != nil && n.Float != nil {
		r, err := n.Float(t, v)
		if err == nil {
			if f, ok := Unwrap(r).(Float); ok {
				return float64(f), nil
			}
		}
	}
	return 0, Errorf(TypeError, "float argument required, not %s", v.Type().Name)
}

// FormatFloatPct formats x as C's printf does for %e %f %g (and upper
// case forms) with CPython's rules: at least two exponent digits, "inf"
// and "nan", '#' keeping the point and trailing zeros.
func FormatFloatPct(x float64, c byte, prec int, alt bool) string {
	upper := c == 'E' || c == 'F' || c == 'G'
	var s string
	switch {
	case math.IsInf(x, 1):
		s = "inf"
	case math.IsInf(x, -1):
		s = "-inf"
	case math.IsNaN(x):
		s = "nan"
	default:
		switch c {
		case 'f', 'F':
			s = strconv.FormatFloat(x, 'f', prec, 64)
			if alt && prec == 0 {
				s += "."
			}
		case 'e', 'E':
			s = strconv.FormatFloat(x, 'e', prec, 64)
			if alt && prec == 0 {
				i := strings.IndexByte(s, 'e')
				s = s[:i] + "." + s[i:]
			}
		default:
			s = formatG(x, prec, alt)
		}
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// formatG is %g with precision prec.
func formatG(x float64, prec int, alt bool) string {
	if prec == 0 {
		prec = 1
	}
	e := strconv.FormatFloat(x, 'e', prec-1, 64)
	i := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[i+1:])
	var s string
	if exp < -4 || exp >= prec {
		mant, tail := e[:i], e[i:]
		if !alt {
			mant = trimFracZeros(mant)
		} else if !strings.Contains(mant, ".") {
			mant += "."
		}
		s = mant + tail
	} else {
		s = strconv.FormatFloat(x, 'f', prec-1-exp, 64)
		if !alt {
			s = trimFracZeros(s)
		} else if !strings.Contains(s, ".") {
			s += "."
		}
	}
	return s
}

// trimFracZeros removes trailing zeros after a decimal point, and the
// point itself if nothing follows it.
func trimFracZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// errCharRequired is the TypeError of %c with a bad argument.
func errCharRequired() error { return Errorf(TypeError, "%s", "%c requires int or char") }
