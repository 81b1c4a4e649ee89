package compile

import (
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/pystm/pystm/compile/syntax"
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
		return syntax.ReprInt(v)
	case *big.Int:
		return syntax.ReprLong(v)
	case float64:
		return syntax.ReprFloat(v)
	case complex128:
		return syntax.ReprComplex(v)
	case string:
		return syntax.ReprStr(v)
	case Unicode:
		return syntax.ReprUnicode(v)
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
