package compile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
)

// Marshal and Unmarshal turn a code object into bytes and back, so that
// compiled modules can be kept between runs (as CPython's .pyc files).
// The format is this package's own and changes with it: a reader must
// only read what the same build wrote (a cache keys its files by build).
//
// A value is a tag byte followed by its fields; integers are varints,
// strings a length and bytes. A code object with compiler warnings is
// not marshalled (loading it would not issue them again).

const marshalMagic = "pystm-code-1"

// Constant tags.
const (
	tagNone byte = iota + 1
	tagEllipsis
	tagInt
	tagLong
	tagFloat
	tagComplex
	tagStr
	tagUnicode
	tagTuple
	tagCode
)

// errHasWarnings is what Marshal returns for code with warnings.
var errHasWarnings = errors.New("compile: code with warnings is not marshalled")

// Marshal encodes c.
func Marshal(c *Code) ([]byte, error) {
	w := &codeWriter{buf: []byte(marshalMagic)}
	if err := w.code(c); err != nil {
		return nil, err
	}
	return w.buf, nil
}

type codeWriter struct{ buf []byte }

func (w *codeWriter) uint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }
func (w *codeWriter) int(v int64)   { w.buf = binary.AppendVarint(w.buf, v) }
func (w *codeWriter) str(s string) {
	w.uint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}
func (w *codeWriter) strs(ss []string) {
	w.uint(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

func (w *codeWriter) code(c *Code) error {
	if len(c.Warnings) > 0 {
		return errHasWarnings
	}
	w.str(c.Name)
	w.str(c.Filename)
	w.int(int64(c.FirstLine))
	w.uint(uint64(c.Flags))
	w.int(int64(c.ArgCount))
	w.int(int64(c.NLocals))
	w.int(int64(c.StackSize))
	w.uint(uint64(len(c.Code)))
	for _, in := range c.Code {
		w.uint(uint64(in))
	}
	w.uint(uint64(len(c.Consts)))
	for _, k := range c.Consts {
		if err := w.constant(k); err != nil {
			return err
		}
	}
	w.strs(c.Names)
	w.strs(c.Varnames)
	w.strs(c.Cellvars)
	w.strs(c.Freevars)
	if c.Cell2Arg == nil {
		w.uint(0)
	} else {
		w.uint(uint64(len(c.Cell2Arg)) + 1)
		for _, a := range c.Cell2Arg {
			w.int(int64(a))
		}
	}
	w.uint(uint64(len(c.Lines)))
	for _, l := range c.Lines {
		w.int(int64(l.PC))
		w.int(int64(l.Line))
	}
	w.uint(uint64(len(c.Handlers)))
	for _, h := range c.Handlers {
		w.int(int64(h.Start))
		w.int(int64(h.End))
		w.int(int64(h.Target))
		w.int(int64(h.Depth))
		w.uint(uint64(h.Kind))
	}
	return nil
}

func (w *codeWriter) constant(k Const) error {
	switch k := k.(type) {
	case NoneType:
		w.buf = append(w.buf, tagNone)
	case EllipsisType:
		w.buf = append(w.buf, tagEllipsis)
	case int64:
		w.buf = append(w.buf, tagInt)
		w.int(k)
	case *big.Int:
		w.buf = append(w.buf, tagLong)
		b, err := k.GobEncode()
		if err != nil {
			return err
		}
		w.str(string(b))
	case float64:
		w.buf = append(w.buf, tagFloat)
		w.uint(math.Float64bits(k))
	case complex128:
		w.buf = append(w.buf, tagComplex)
		w.uint(math.Float64bits(real(k)))
		w.uint(math.Float64bits(imag(k)))
	case string:
		w.buf = append(w.buf, tagStr)
		w.str(k)
	case Unicode:
		w.buf = append(w.buf, tagUnicode)
		w.uint(uint64(len(k)))
		for _, r := range k {
			w.int(int64(r))
		}
	case Tuple:
		w.buf = append(w.buf, tagTuple)
		w.uint(uint64(len(k)))
		for _, e := range k {
			if err := w.constant(e); err != nil {
				return err
			}
		}
	case *Code:
		w.buf = append(w.buf, tagCode)
		return w.code(k)
	default:
		return fmt.Errorf("compile: cannot marshal a constant of type %T", k)
	}
	return nil
}

// errCorrupt is what Unmarshal returns for bytes it cannot read.
var errCorrupt = errors.New("compile: corrupt marshalled code")

// Unmarshal decodes what Marshal wrote.
func Unmarshal(b []byte) (c *Code, err error) {
	if len(b) < len(marshalMagic) || string(b[:len(marshalMagic)]) != marshalMagic {
		return nil, errCorrupt
	}
	r := &codeReader{buf: b[len(marshalMagic):]}
	c = r.code()
	if r.err != nil {
		return nil, r.err
	}
	if len(r.buf) != 0 {
		return nil, errCorrupt
	}
	return c, nil
}

// codeReader reads values until the first error, after which every read
// returns zero values and err is set.
type codeReader struct {
	buf []byte
	err error
}

func (r *codeReader) fail() {
	if r.err == nil {
		r.err = errCorrupt
	}
	r.buf = nil
}

func (r *codeReader) uint() uint64 {
	v, n := binary.Uvarint(r.buf)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.buf = r.buf[n:]
	return v
}

func (r *codeReader) int() int64 {
	v, n := binary.Varint(r.buf)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.buf = r.buf[n:]
	return v
}

// count reads a length, refusing one longer than the bytes left (each
// element takes at least one byte).
func (r *codeReader) count() int {
	n := r.uint()
	if n > uint64(len(r.buf)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *codeReader) str() string {
	n := r.count()
	s := string(r.buf[:n])
	r.buf = r.buf[n:]
	return s
}

func (r *codeReader) strs() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = r.str()
	}
	return ss
}

func (r *codeReader) byte() byte {
	if len(r.buf) == 0 {
		r.fail()
		return 0
	}
	b := r.buf[0]
	r.buf = r.buf[1:]
	return b
}

func (r *codeReader) code() *Code {
	c := &Code{}
	c.Name = r.str()
	c.Filename = r.str()
	c.FirstLine = int(r.int())
	c.Flags = CodeFlags(r.uint())
	c.ArgCount = int(r.int())
	c.NLocals = int(r.int())
	c.StackSize = int(r.int())
	if n := r.count(); n > 0 {
		c.Code = make([]Instr, n)
		for i := range c.Code {
			c.Code[i] = Instr(r.uint())
		}
	}
	if n := r.count(); n > 0 {
		c.Consts = make([]any, n)
		for i := range c.Consts {
			c.Consts[i] = r.constant()
		}
	}
	c.Names = r.strs()
	c.Varnames = r.strs()
	c.Cellvars = r.strs()
	c.Freevars = r.strs()
	if n := r.uint(); n > 0 {
		if n-1 > uint64(len(r.buf)) {
			r.fail()
			return c
		}
		c.Cell2Arg = make([]int, n-1)
		for i := range c.Cell2Arg {
			c.Cell2Arg[i] = int(r.int())
		}
	}
	if n := r.count(); n > 0 {
		c.Lines = make([]LineStart, n)
		for i := range c.Lines {
			c.Lines[i] = LineStart{PC: int32(r.int()), Line: int32(r.int())}
		}
	}
	if n := r.count(); n > 0 {
		c.Handlers = make([]Handler, n)
		for i := range c.Handlers {
			h := &c.Handlers[i]
			h.Start, h.End = int32(r.int()), int32(r.int())
			h.Target, h.Depth = int32(r.int()), int32(r.int())
			h.Kind = HandlerKind(r.uint())
		}
	}
	return c
}

func (r *codeReader) constant() Const {
	switch r.byte() {
	case tagNone:
		return None
	case tagEllipsis:
		return Ellipsis
	case tagInt:
		return r.int()
	case tagLong:
		x := new(big.Int)
		if err := x.GobDecode([]byte(r.str())); err != nil {
			r.fail()
		}
		return x
	case tagFloat:
		return math.Float64frombits(r.uint())
	case tagComplex:
		re := math.Float64frombits(r.uint())
		return complex(re, math.Float64frombits(r.uint()))
	case tagStr:
		return r.str()
	case tagUnicode:
		n := r.count()
		u := make(Unicode, n)
		for i := range u {
			u[i] = rune(r.int())
		}
		return u
	case tagTuple:
		n := r.count()
		t := make(Tuple, n)
		for i := range t {
			t[i] = r.constant()
		}
		return t
	case tagCode:
		return r.code()
	}
	r.fail()
	return None
}
