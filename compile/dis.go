package compile

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Disassemble writes a listing of c to w, for "pystm compile --dis".
// Each instruction is one line:
//
//	LINE >>   PC OPNAME               ARG (DETAIL)
//
// LINE is the instruction's source line (right-aligned in 4 columns,
// on every line); ">>" marks an instruction some jump or handler goes
// to; PC is the instruction's index (right-aligned in 5 columns);
// OPNAME is padded to 20 columns; ARG (right-aligned in 5 columns) and
// DETAIL appear when the operation has an argument. DETAIL is the repr
// of a constant, a name, "to PC" for a jump, a comparison operator, or
// the argument counts of a call. For example:
//
//	3        12 LOAD_FAST                0 (x)
//	3 >>     13 FOR_ITER                20 (to 34)
//
// The exception table follows when there is one: a line
// "Exception table:", then one line per entry "  START to END -> TARGET
// [depth D] KIND" (END excluded). Then, for each code object among the
// constants, in order and recursively, an empty line, a header line
// "Disassembly of <code object NAME, file "FILE", line N>:" and its
// listing.
func (c *Code) Disassemble(w io.Writer) {
	c.disassemble(w)
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			fmt.Fprintf(w, "\nDisassembly of %s:\n", codeRepr(sub))
			sub.Disassemble(w)
		}
	}
}

func (c *Code) disassemble(w io.Writer) {
	targets := make(map[int]bool)
	ext := 0
	for _, in := range c.Code {
		arg := ext | in.Arg()
		if in.Op() == EXTENDED_ARG {
			ext = arg << 24
			continue
		}
		ext = 0
		if in.Op().IsJump() {
			targets[arg] = true
		}
	}
	for _, h := range c.Handlers {
		targets[int(h.Target)] = true
	}
	ext = 0
	for pc, in := range c.Code {
		op := in.Op()
		arg := ext | in.Arg()
		mark := "  "
		if targets[pc] {
			mark = ">>"
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%4d %s%5d %-20s", c.Line(pc), mark, pc, op)
		if op.HasArg() {
			fmt.Fprintf(&b, " %5d", arg)
			if d := c.argDetail(op, arg); d != "" {
				b.WriteString(" (" + d + ")")
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
		if op == EXTENDED_ARG {
			ext = arg << 24
		} else {
			ext = 0
		}
	}
	if len(c.Handlers) > 0 {
		fmt.Fprintln(w, "Exception table:")
		for _, h := range c.Handlers {
			fmt.Fprintf(w, "  %d to %d -> %d [depth %d] %s\n", h.Start, h.End, h.Target, h.Depth, h.Kind)
		}
	}
}

func (c *Code) argDetail(op Opcode, arg int) string {
	if op >= numOpcodes {
		return ""
	}
	switch opInfos[op].arg {
	case argConst:
		if arg < len(c.Consts) {
			return ConstRepr(c.Consts[arg])
		}
	case argName:
		if arg < len(c.Names) {
			return c.Names[arg]
		}
	case argLocal:
		if arg < len(c.Varnames) {
			return c.Varnames[arg]
		}
	case argFree:
		if arg < len(c.Cellvars) {
			return c.Cellvars[arg]
		}
		if i := arg - len(c.Cellvars); i < len(c.Freevars) {
			return c.Freevars[i]
		}
	case argJump:
		return "to " + strconv.Itoa(arg)
	case argCompare:
		return CmpOp(arg).String()
	case argCall:
		return fmt.Sprintf("%d positional, %d keyword pair", arg&0xff, (arg>>8)&0xff)
	}
	return ""
}

func codeRepr(c *Code) string {
	return fmt.Sprintf("<code object %s, file %q, line %d>", c.Name, c.Filename, c.FirstLine)
}

// ConstRepr returns the Python repr of a constant.
func ConstRepr(v Const) string {
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String() + "L"
	case float64:
		return FloatRepr(v)
	case complex128:
		re, im := real(v), imag(v)
		if re == 0 && !math.Signbit(re) {
			return floatRepr(im, false) + "j"
		}
		ims := floatRepr(im, false)
		if !strings.HasPrefix(ims, "-") {
			ims = "+" + ims
		}
		return "(" + floatRepr(re, false) + ims + "j)"
	case string:
		return strRepr(v)
	case Unicode:
		return unicodeRepr(v)
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Code:
		return codeRepr(v)
	}
	return fmt.Sprintf("%v", v)
}

// FloatRepr returns repr(f) as Python 2.7 writes it: the shortest
// digits that read back as f.
func FloatRepr(f float64) string { return floatRepr(f, true) }

func floatRepr(f float64, dot0 bool) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.dddde±XX
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	e := strings.IndexByte(s, 'e')
	digits := strings.Replace(s[:e], ".", "", 1)
	exp, _ := strconv.Atoi(s[e+1:])
	decpt := exp + 1
	if decpt <= -4 || decpt > 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		return fmt.Sprintf("%s%se%s%02d", sign, m, es, exp)
	}
	var out string
	switch {
	case decpt <= 0:
		out = "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		out = digits + strings.Repeat("0", decpt-len(digits))
		if dot0 {
			out += ".0"
		}
	default:
		out = digits[:decpt] + "." + digits[decpt:]
	}
	return sign + out
}

func strRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		writeEscaped(&b, rune(s[i]), quote)
	}
	b.WriteByte(quote)
	return b.String()
}

func unicodeRepr(u Unicode) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, r := range u {
		hasSingle = hasSingle || r == '\''
		hasDouble = hasDouble || r == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("u")
	b.WriteByte(quote)
	for _, r := range u {
		writeEscaped(&b, r, quote)
	}
	b.WriteByte(quote)
	return b.String()
}

func writeEscaped(b *strings.Builder, r rune, quote byte) {
	switch {
	case r == rune(quote) || r == '\\':
		b.WriteByte('\\')
		b.WriteByte(byte(r))
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < 0x20 || (r >= 0x7f && r < 0x100):
		fmt.Fprintf(b, `\x%02x`, r)
	case r < 0x7f:
		b.WriteByte(byte(r))
	case r < 0x10000:
		fmt.Fprintf(b, `\u%04x`, r)
	default:
		fmt.Fprintf(b, `\U%08x`, r)
	}
}
