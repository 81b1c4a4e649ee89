package objects

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// This file is a small evaluator of Python expressions for the tests of
// the string types: literals, calls of a few built-ins, method calls,
// subscripts and binary operators. Each case is "EXPR => RESULT" where
// RESULT is repr(value) or "ExcName: message", as CPython 2.7.18 prints
// them (the expected values were produced by running the expressions
// under CPython 2.7.18).

type pyParser struct {
	s   string
	pos int
	th  *Thread
}

type pyErr struct{ msg string }

func (e *pyErr) Error() string { return e.msg }

func (p *pyParser) ws() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *pyParser) peek(tok string) bool {
	p.ws()
	return strings.HasPrefix(p.s[p.pos:], tok)
}

func (p *pyParser) eat(tok string) bool {
	if p.peek(tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

func (p *pyParser) expect(tok string) {
	if !p.eat(tok) {
		panic(&pyErr{fmt.Sprintf("expected %q at %d in %q", tok, p.pos, p.s)})
	}
}

var binPrec = []struct {
	ops  []string
	prec int
}{
	{[]string{" not in ", " in ", "==", "!=", "<=", ">=", "<", ">"}, 1},
	{[]string{"+", "-"}, 2},
	{[]string{"*", "%"}, 3},
}

// expr parses with precedence climbing; evaluation errors propagate as
// Go errors.
func (p *pyParser) expr(min int) (Value, error) {
	left, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		p.ws()
		op, prec := "", 0
		for _, lvl := range binPrec {
			for _, o := range lvl.ops {
				if strings.HasPrefix(p.s[p.pos:], o) || (o[0] == ' ' && strings.HasPrefix(" "+p.s[p.pos:], o)) {
					op, prec = o, lvl.prec
					break
				}
			}
			if op != "" {
				break
			}
		}
		if op == "" || prec < min {
			return left, nil
		}
		if op[0] == ' ' {
			p.pos += len(op) - 1
		} else {
			p.pos += len(op)
		}
		right, err := p.expr(prec + 1)
		if err != nil {
			return nil, err
		}
		if left, err = pyBinary(p.th, strings.TrimSpace(op), left, right); err != nil {
			return nil, err
		}
	}
}

func pyBinary(t *Thread, op string, a, b Value) (Value, error) {
	switch op {
	case "+":
		return BinaryOp(t, a, b, OpAdd)
	case "-":
		return BinaryOp(t, a, b, OpSub)
	case "*":
		return BinaryOp(t, a, b, OpMul)
	case "%":
		return BinaryOp(t, a, b, OpMod)
	case "==":
		return RichCompare(t, a, b, EQ)
	case "!=":
		return RichCompare(t, a, b, NE)
	case "<":
		return RichCompare(t, a, b, LT)
	case "<=":
		return RichCompare(t, a, b, LE)
	case ">":
		return RichCompare(t, a, b, GT)
	case ">=":
		return RichCompare(t, a, b, GE)
	case "in", "not in":
		ok, err := Contains(t, b, a)
		if err != nil {
			return nil, err
		}
		return NewBool(ok == (op == "in")), nil
	}
	panic(&pyErr{"bad op " + op})
}

func (p *pyParser) unary() (Value, error) {
	if p.eat("-") {
		v, err := p.unary()
		if err != nil {
			return nil, err
		}
		switch x := v.(type) {
		case Int:
			return -x, nil
		case *Long:
			return NewLong(new(big.Int).Neg(x.v)), nil
		case Float:
			return -x, nil
		}
		return Neg(p.th, v)
	}
	v, err := p.primary()
	if err != nil {
		return nil, err
	}
	for {
		switch {
		case p.eat("**"):
			e, err := p.unary()
			if err != nil {
				return nil, err
			}
			x, y := v.(Int), e.(Int)
			r := new(big.Int).Exp(big.NewInt(int64(x)), big.NewInt(int64(y)), nil)
			if r.IsInt64() {
				v = Int(r.Int64())
			} else {
				v = NewLong(r)
			}
		case p.eat("."):
			name := p.name()
			attr, err := GetAttrString(p.th, v, name)
			if err != nil {
				return nil, err
			}
			v = attr
		case p.peek("("):
			p.eat("(")
			args, kw, err := p.args(")")
			if err != nil {
				return nil, err
			}
			if v, err = Call(p.th, v, args, kw); err != nil {
				return nil, err
			}
		case p.peek("["):
			p.eat("[")
			key, err := p.subscript()
			if err != nil {
				return nil, err
			}
			if v, err = GetItem(p.th, v, key); err != nil {
				return nil, err
			}
		default:
			return v, nil
		}
	}
}

func (p *pyParser) subscript() (Value, error) {
	var parts [3]Value
	n := 0
	isSlice := false
	for {
		p.ws()
		if p.peek(":") || p.peek("]") {
			parts[n] = None
		} else {
			v, err := p.expr(0)
			if err != nil {
				return nil, err
			}
			parts[n] = v
		}
		if p.eat(":") {
			isSlice = true
			n++
			continue
		}
		p.expect("]")
		break
	}
	if !isSlice {
		return parts[0], nil
	}
	for i := range parts {
		if parts[i] == nil {
			parts[i] = None
		}
	}
	return NewSlice(parts[0], parts[1], parts[2]), nil
}

func (p *pyParser) name() string {
	p.ws()
	i := p.pos
	for p.pos < len(p.s) && (p.s[p.pos] == '_' || isAlnumByte(p.s[p.pos])) {
		p.pos++
	}
	return p.s[i:p.pos]
}

func (p *pyParser) args(end string) (args, kw []Value, err error) {
	for !p.eat(end) {
		save := p.pos
		nm := p.name()
		if nm != "" && p.peek("=") && !p.peek("==") {
			p.eat("=")
			v, err := p.expr(0)
			if err != nil {
				return nil, nil, err
			}
			kw = append(kw, NewStr(nm), v)
		} else {
			p.pos = save
			v, err := p.expr(0)
			if err != nil {
				return nil, nil, err
			}
			args = append(args, v)
		}
		p.eat(",")
	}
	return args, kw, nil
}

var pyBuiltins = map[string]func(t *Thread) Value{
	"str":        func(*Thread) Value { return StrType },
	"unicode":    func(*Thread) Value { return UnicodeType },
	"bytearray":  func(*Thread) Value { return ByteArrayType },
	"basestring": func(*Thread) Value { return BaseStringType },
	"repr": func(*Thread) Value {
		return NewBuiltin("repr", func(t *Thread, _ Value, args, kw []Value) (Value, error) { return Repr(t, args[0]) })
	},
	"len": func(*Thread) Value {
		return NewBuiltin("len", func(t *Thread, _ Value, args, kw []Value) (Value, error) {
			n, err := Len(t, args[0])
			return Int(n), err
		})
	},
	"format": func(*Thread) Value {
		return NewBuiltin("format", func(t *Thread, _ Value, args, kw []Value) (Value, error) {
			if len(args) == 1 {
				return Format(t, args[0], emptyStr)
			}
			return Format(t, args[0], args[1])
		})
	},
	"list": func(*Thread) Value {
		return NewBuiltin("list", func(t *Thread, _ Value, args, kw []Value) (Value, error) {
			items, err := ToSlice(t, args[0])
			return NewList(append([]Value(nil), items...)), err
		})
	},
	"hash": func(*Thread) Value {
		return NewBuiltin("hash", func(t *Thread, _ Value, args, kw []Value) (Value, error) {
			h, err := Hash(t, args[0])
			return Int(h), err
		})
	},
	"unichr": func(*Thread) Value {
		return NewBuiltin("unichr", func(t *Thread, _ Value, args, kw []Value) (Value, error) {
			return unicodeChar(rune(args[0].(Int))), nil
		})
	},
	"None":  func(*Thread) Value { return None },
	"True":  func(*Thread) Value { return True },
	"False": func(*Thread) Value { return False },
}

func (p *pyParser) primary() (Value, error) {
	p.ws()
	if p.pos >= len(p.s) {
		panic(&pyErr{"unexpected end in " + p.s})
	}
	c := p.s[p.pos]
	switch {
	case c == '(':
		p.pos++
		items, _, err := p.args(")")
		if err != nil {
			return nil, err
		}
		// (x) is x unless written with a comma.
		if len(items) == 1 && !strings.HasSuffix(strings.TrimSpace(p.s[:p.pos-1]), ",") {
			return items[0], nil
		}
		return NewTuple(items...), nil
	case c == '[':
		p.pos++
		items, _, err := p.args("]")
		if err != nil {
			return nil, err
		}
		return NewList(items), nil
	case c == '{':
		p.pos++
		d := NewDict()
		for !p.eat("}") {
			k, err := p.expr(0)
			if err != nil {
				return nil, err
			}
			p.expect(":")
			v, err := p.expr(0)
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(p.th, k, v); err != nil {
				return nil, err
			}
			p.eat(",")
		}
		return d, nil
	case c == '\'' || c == '"':
		return p.str(false, false), nil
	case (c == 'u' || c == 'b' || c == 'r') && p.pos+1 < len(p.s):
		j := p.pos
		uni, raw := false, false
		for j < len(p.s) && strings.IndexByte("ubrUBR", p.s[j]) >= 0 {
			switch p.s[j] {
			case 'u', 'U':
				uni = true
			case 'r', 'R':
				raw = true
			}
			j++
		}
		if j < len(p.s) && (p.s[j] == '\'' || p.s[j] == '"') {
			p.pos = j
			return p.str(uni, raw), nil
		}
	case c >= '0' && c <= '9' || c == '.':
		return p.number(), nil
	}
	name := p.name()
	f, ok := pyBuiltins[name]
	if !ok {
		panic(&pyErr{fmt.Sprintf("unknown name %q in %q", name, p.s)})
	}
	return f(p.th), nil
}

func (p *pyParser) number() Value {
	i := p.pos
	for p.pos < len(p.s) && strings.IndexByte("0123456789.eExXabcdefABCDEF+-", p.s[p.pos]) >= 0 {
		if (p.s[p.pos] == '+' || p.s[p.pos] == '-') && !(p.s[p.pos-1] == 'e' || p.s[p.pos-1] == 'E') {
			break
		}
		p.pos++
	}
	lit := p.s[i:p.pos]
	if p.pos < len(p.s) && (p.s[p.pos] == 'L' || p.s[p.pos] == 'l') {
		p.pos++
		b, _ := new(big.Int).SetString(lit, 0)
		return NewLong(b)
	}
	if strings.ContainsAny(lit, ".eE") && !strings.HasPrefix(lit, "0x") {
		f, err := strconv.ParseFloat(lit, 64)
		if err != nil {
			panic(&pyErr{"bad float " + lit})
		}
		return Float(f)
	}
	b, ok := new(big.Int).SetString(lit, 0)
	if !ok {
		panic(&pyErr{"bad int " + lit})
	}
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return NewLong(b)
}

func (p *pyParser) str(uni, raw bool) Value {
	q := p.s[p.pos]
	p.pos++
	var r []rune
	for {
		if p.pos >= len(p.s) {
			panic(&pyErr{"unterminated string in " + p.s})
		}
		c := p.s[p.pos]
		if c == q {
			p.pos++
			break
		}
		if c != '\\' || raw && !(uni && p.pos+1 < len(p.s) && (p.s[p.pos+1] == 'u' || p.s[p.pos+1] == 'U')) {
			if raw && c == '\\' && p.pos+1 < len(p.s) {
				r = append(r, '\\', rune(p.s[p.pos+1]))
				p.pos += 2
				continue
			}
			r = append(r, rune(c))
			p.pos++
			continue
		}
		p.pos++
		e := p.s[p.pos]
		p.pos++
		hex := func(n int) rune {
			x, _ := strconv.ParseUint(p.s[p.pos:p.pos+n], 16, 32)
			p.pos += n
			return rune(x)
		}
		switch e {
		case 'n':
			r = append(r, '\n')
		case 't':
			r = append(r, '\t')
		case 'r':
			r = append(r, '\r')
		case 'x':
			r = append(r, hex(2))
		case 'u':
			r = append(r, hex(4))
		case 'U':
			r = append(r, hex(8))
		case '0', '1', '2', '3', '4', '5', '6', '7':
			x := rune(e - '0')
			for k := 0; k < 2 && p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '7'; k++ {
				x = x*8 + rune(p.s[p.pos]-'0')
				p.pos++
			}
			r = append(r, x)
		case 'a':
			r = append(r, 7)
		case 'b':
			r = append(r, 8)
		case 'f':
			r = append(r, 12)
		case 'v':
			r = append(r, 11)
		case '\\', '\'', '"':
			r = append(r, rune(e))
		default:
			r = append(r, '\\', rune(e))
		}
	}
	if uni {
		return NewUnicode(r)
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return NewStr(string(b))
}

// testRepr is repr() with the containers done here, so that the tests
// do not depend on other types' reprs.
func testRepr(t *Thread, v Value) string {
	switch x := v.(type) {
	case Bool:
		if x {
			return "True"
		}
		return "False"
	case *NoneType:
		return "None"
	case Int:
		return strconv.FormatInt(int64(x), 10)
	case *Long:
		return x.v.String() + "L"
	case *List:
		parts := make([]string, 0)
		for _, it := range x.Items(t) {
			parts = append(parts, testRepr(t, it))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Tuple:
		parts := make([]string, 0)
		for _, it := range x.elems {
			parts = append(parts, testRepr(t, it))
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	s, err := Repr(t, v)
	if err != nil {
		return "repr failed: " + err.Error()
	}
	return s.s
}

// evalCase evaluates a Python expression and formats its result or
// exception as the cases' expected values are written.
func evalCase(th *Thread, expr string) (res string) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*pyErr); ok {
				res = "PARSE ERROR: " + pe.msg
				return
			}
			res = fmt.Sprintf("PANIC: %v", r)
		}
	}()
	p := &pyParser{s: expr, th: th}
	v, err := p.expr(0)
	if err == nil && strings.TrimSpace(p.s[p.pos:]) != "" {
		return "PARSE ERROR: trailing " + p.s[p.pos:]
	}
	if err != nil {
		e := AsException(err)
		msg, serr := StrString(th, e.Value)
		if serr != nil {
			msg = "<str failed: " + serr.Error() + ">"
		}
		name := "?"
		if typ, ok := e.Type.(*Type); ok {
			name = typ.ShortName()
		}
		return name + ": " + msg
	}
	return testRepr(th, v)
}

// runCases checks each "EXPR => RESULT" line of cases.
func runCases(t *testing.T, cases string) {
	t.Helper()
	Ready()
	th := NewThread(&Runtime{RecursionLimit: 100})
	for _, line := range strings.Split(cases, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndex(line, " => ")
		if i < 0 {
			t.Errorf("bad case line %q", line)
			continue
		}
		expr, want := line[:i], line[i+4:]
		if got := evalCase(th, expr); got != want {
			t.Errorf("%s\n   got: %s\n  want: %s", expr, got, want)
		}
	}
}
