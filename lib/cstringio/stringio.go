package cstringio

import (
	"bytes"
	"syscall"

	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// The two types of StringIO objects; neither may be subclassed or
// called.
var (
	outputType = o.NewBuiltinType("cStringIO.StringO", o.ObjectType, o.FlagIterSelf)
	inputType  = o.NewBuiltinType("cStringIO.StringI", o.ObjectType, o.FlagIterSelf)
)

// stringIO is a StringO (output: it can be written) or a StringI
// (input: read-only, made from a string).
type stringIO struct {
	typ *o.Type
	ref stm.Ref[ioState]
}

// Type returns StringO or StringI.
func (s *stringIO) Type() *o.Type { return s.typ }

func seqOf(t *o.Thread) uint64 {
	if tx := modutil.Tx(t); tx != nil {
		return tx.Seq()
	}
	return 0
}

func (s *stringIO) read(t *o.Thread) *ioState { return s.ref.Read(modutil.Tx(t)) }

func (s *stringIO) write(t *o.Thread) *ioState { return s.ref.Write(modutil.Tx(t)) }

// newOutput returns an empty StringO.
func newOutput(t *o.Thread) *stringIO {
	s := &stringIO{typ: outputType}
	s.ref.Init(&ioState{st: newStore(seqOf(t), minCapacity)})
	return s
}

// newInput returns a StringI reading data.
func newInput(t *o.Thread, data []byte) *stringIO {
	st := &store{data: data, owner: seqOf(t)}
	st.used.Store(int64(len(data)))
	s := &stringIO{typ: inputType}
	s.ref.Init(&ioState{st: st, size: len(data)})
	return s
}

func errClosed() error { return o.Errorf(o.ValueError, "I/O operation on closed file") }

// open returns the object's state for reading, or the closed-file error.
func (s *stringIO) open(t *o.Thread) (*ioState, error) {
	st := s.read(t)
	if st.st == nil {
		return nil, errClosed()
	}
	return st, nil
}

// bufferArg converts v as the "s*" argument format does: the bytes of a
// str, a unicode encoded with the default encoding (ASCII), or the bytes
// of an object with the buffer interface; else "fname() argument 1 must
// be string or buffer, not T".
func bufferArg(t *o.Thread, fname string, v o.Value) (string, error) {
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		return x.String(), nil
	case *o.Unicode:
		s, err := o.Encode(t, x, "ascii", "strict")
		if err != nil {
			return "", err
		}
		return s.String(), nil
	case *o.MemoryView:
		b, err := o.CallMethod(t, x, "tobytes")
		if err != nil {
			return "", err
		}
		if s, ok := b.(*o.Str); ok {
			return s.String(), nil
		}
	}
	if s, ok := o.ReadBuffer(t, v); ok {
		return s, nil
	}
	return "", o.Errorf(o.TypeError, "%s() argument 1 must be string or buffer, not %s", fname, modutil.TypeName(v))
}

// stringArg converts an item of writelines as PyString_AsStringAndSize
// does: a str, or a unicode through the default encoding.
func stringArg(t *o.Thread, v o.Value) (string, error) {
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		return x.String(), nil
	case *o.Unicode:
		s, err := o.Encode(t, x, "ascii", "strict")
		if err != nil {
			return "", err
		}
		return s.String(), nil
	}
	return "", o.Errorf(o.TypeError, "expected string or Unicode object, %s found", v.Type().Name)
}

// ---- methods of both types ----

func io_flush(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("flush", args, kw); err != nil {
		return nil, err
	}
	if _, err := self.(*stringIO).open(t); err != nil {
		return nil, err
	}
	return o.None, nil
}

func io_getvalue(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoKw("getvalue", kw); err != nil {
		return nil, err
	}
	s := self.(*stringIO)
	if _, err := s.open(t); err != nil {
		return nil, err
	}
	if err := modutil.UnpackArgs("getval", args, 0, 1); err != nil {
		return nil, err
	}
	upToPos := false
	if len(args) == 1 {
		var err error
		if upToPos, err = o.Truth(t, args[0]); err != nil {
			return nil, err
		}
	}
	// The truth test may have run Python code that closed the object.
	st := s.read(t)
	b := st.content()
	if upToPos && st.pos < len(b) {
		b = b[:st.pos]
	}
	return o.NewStr(string(b)), nil
}

func io_isatty(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("isatty", args, kw); err != nil {
		return nil, err
	}
	if _, err := self.(*stringIO).open(t); err != nil {
		return nil, err
	}
	return o.False, nil
}

func io_read(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := o.ParseTuple("read", args, kw, 0, 1); err != nil {
		return nil, err
	}
	n := int64(-1)
	if len(args) == 1 {
		var err error
		if n, err = o.AsInt(t, args[0]); err != nil {
			return nil, err
		}
	}
	s := self.(*stringIO)
	st, err := s.open(t)
	if err != nil {
		return nil, err
	}
	left := int64(st.size - st.pos)
	if n < 0 || n > left {
		n = max(left, 0)
	}
	if n > 1<<31-1 {
		return nil, o.Errorf(o.OverflowError, "length too large")
	}
	if n == 0 {
		return o.NewStr(""), nil
	}
	out := o.NewStr(string(st.content()[st.pos : st.pos+int(n)]))
	s.write(t).pos += int(n)
	return out, nil
}

// lineLen returns the length of the line of b that starts at pos (up
// to and including its newline), as CPython's IO_creadline finds it.
func lineLen(b []byte, pos int) int {
	if pos >= len(b) {
		return 0
	}
	rest := b[pos:]
	n := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		n = i + 1
	}
	return min(n, 1<<31-1)
}

// readLine reads the next line (at most limit bytes of it when limit is
// not negative).
func (s *stringIO) readLine(t *o.Thread, limit int) (o.Value, error) {
	st, err := s.open(t)
	if err != nil {
		return nil, err
	}
	n := lineLen(st.content(), st.pos)
	if limit >= 0 && limit < n {
		n = limit
	}
	if n == 0 {
		return o.NewStr(""), nil
	}
	out := o.NewStr(string(st.content()[st.pos : st.pos+n]))
	s.write(t).pos += n
	return out, nil
}

func io_readline(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := o.ParseTuple("readline", args, kw, 0, 1); err != nil {
		return nil, err
	}
	limit := -1
	if len(args) == 1 {
		var err error
		if limit, err = o.ArgCInt(t, args[0]); err != nil {
			return nil, err
		}
	}
	return self.(*stringIO).readLine(t, limit)
}

func io_readlines(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := o.ParseTuple("readlines", args, kw, 0, 1); err != nil {
		return nil, err
	}
	hint := int64(0)
	if len(args) == 1 {
		var err error
		if hint, err = o.AsInt(t, args[0]); err != nil {
			return nil, err
		}
	}
	s := self.(*stringIO)
	st, err := s.open(t)
	if err != nil {
		return nil, err
	}
	var lines []o.Value
	b := st.content()
	pos, total := st.pos, int64(0)
	for {
		n := lineLen(b, pos)
		if n == 0 {
			break
		}
		lines = append(lines, o.NewStr(string(b[pos:pos+n])))
		pos += n
		total += int64(n)
		if hint > 0 && total >= hint {
			break
		}
	}
	if len(lines) > 0 {
		s.write(t).pos = pos
	}
	return o.NewList(lines), nil
}

func io_reset(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("reset", args, kw); err != nil {
		return nil, err
	}
	s := self.(*stringIO)
	st, err := s.open(t)
	if err != nil {
		return nil, err
	}
	if st.pos != 0 {
		s.write(t).pos = 0
	}
	return o.None, nil
}

func io_seek(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoKw("seek", kw); err != nil {
		return nil, err
	}
	s := self.(*stringIO)
	if _, err := s.open(t); err != nil {
		return nil, err
	}
	if err := o.ArgsCount("seek", len(args), 1, 2); err != nil {
		return nil, err
	}
	pos, err := o.AsInt(t, args[0])
	if err != nil {
		return nil, err
	}
	mode := 0
	if len(args) == 2 {
		if mode, err = o.ArgCInt(t, args[1]); err != nil {
			return nil, err
		}
	}
	st, err := s.open(t) // converting the arguments may have run Python code
	if err != nil {
		return nil, err
	}
	switch mode {
	case 1:
		pos += int64(st.pos)
	case 2:
		pos += int64(st.size)
	}
	if pos < 0 {
		pos = 0
	}
	if int(pos) != st.pos {
		s.write(t).pos = int(pos)
	}
	return o.None, nil
}

func io_tell(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("tell", args, kw); err != nil {
		return nil, err
	}
	st, err := self.(*stringIO).open(t)
	if err != nil {
		return nil, err
	}
	return o.Int(st.pos), nil
}

func io_truncate(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoKw("truncate", kw); err != nil {
		return nil, err
	}
	s := self.(*stringIO)
	if _, err := s.open(t); err != nil {
		return nil, err
	}
	if err := o.ArgsCount("truncate", len(args), 0, 1); err != nil {
		return nil, err
	}
	size := int64(-1)
	if len(args) == 1 {
		var err error
		if size, err = o.AsInt(t, args[0]); err != nil {
			return nil, err
		}
	}
	st, err := s.open(t)
	if err != nil {
		return nil, err
	}
	if len(args) == 0 {
		size = int64(st.pos)
	}
	if size < 0 {
		return nil, o.NewErrnoError(o.IOError, int(syscall.EINVAL), "")
	}
	s.write(t).truncate(seqOf(t), int(min(size, int64(st.size))))
	return o.None, nil
}

func io_close(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("close", args, kw); err != nil {
		return nil, err
	}
	s := self.(*stringIO)
	if s.read(t).st != nil {
		w := s.write(t)
		w.st, w.size, w.pos = nil, 0, 0
	}
	return o.None, nil
}

func ioNext(t *o.Thread, v o.Value) (o.Value, error) {
	line, err := v.(*stringIO).readLine(t, -1)
	if err != nil {
		return nil, err
	}
	if line.(*o.Str).Len() == 0 {
		return nil, nil
	}
	return line, nil
}

// ---- methods of output objects ----

func out_write(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := o.ParseTuple("write", args, kw, 1, 1); err != nil {
		return nil, err
	}
	p, err := bufferArg(t, "write", args[0])
	if err != nil {
		return nil, err
	}
	return o.None, self.(*stringIO).writeBytes(t, p)
}

// writeBytes writes p at the position of an output object.
func (s *stringIO) writeBytes(t *o.Thread, p string) error {
	if _, err := s.open(t); err != nil {
		return err
	}
	return s.write(t).write(seqOf(t), p)
}

func out_writelines(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("writelines", args, kw); err != nil {
		return nil, err
	}
	it, err := o.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	s := self.(*stringIO)
	for {
		x, err := o.Next(t, it)
		if err != nil || x == nil {
			return o.None, err
		}
		p, err := stringArg(t, x)
		if err != nil {
			return nil, err
		}
		if err := s.writeBytes(t, p); err != nil {
			return nil, err
		}
	}
}

// softspaceGet and softspaceSet are the softspace member (a C int, as
// structmember's T_INT: the value is converted by PyInt_AsLong and cut
// to 32 bits with a RuntimeWarning).
func softspaceGet(t *o.Thread, self o.Value) (o.Value, error) {
	return o.Int(self.(*stringIO).read(t).softspace), nil
}

func softspaceSet(t *o.Thread, self, v o.Value) error {
	if v == nil {
		return o.Errorf(o.TypeError, "can't delete numeric/char attribute")
	}
	n, err := o.IntAsLong(t, v)
	if err != nil {
		return err
	}
	s := self.(*stringIO)
	if s.read(t).softspace != int32(n) {
		s.write(t).softspace = int32(n)
	}
	if n != int64(int32(n)) {
		return o.Warn(t, o.RuntimeWarning, "Truncation of value to int", 1)
	}
	return nil
}

func closedGet(t *o.Thread, self o.Value) (o.Value, error) {
	return o.NewBool(self.(*stringIO).read(t).st == nil), nil
}

func init() {
	common := func() []o.MethodDef {
		return []o.MethodDef{
			{Name: "flush", Fn: io_flush, Doc: "flush(): nothing to do; the object must be open."},
			{Name: "getvalue", Fn: io_getvalue, Doc: "getvalue([use_pos]) -- Return the whole content as a string,\n" +
				"or only what is before the current position when use_pos is true.\n"},
			{Name: "isatty", Fn: io_isatty, Doc: "isatty(): always False."},
			{Name: "read", Fn: io_read, Doc: "read([s]) -- Read s bytes, or everything left"},
			{Name: "readline", Fn: io_readline, Doc: "readline() -- Read the next line"},
			{Name: "readlines", Fn: io_readlines, Doc: "readlines() -- Read the lines left"},
			{Name: "reset", Fn: io_reset, Doc: "reset() -- Go back to the start"},
			{Name: "seek", Fn: io_seek, Doc: "seek(position)       -- move to position\n" +
				"seek(position, mode) -- from the start (mode 0), the current position (1) or the end (2)"},
			{Name: "tell", Fn: io_tell, Doc: "tell() -- the current position."},
			{Name: "truncate", Fn: io_truncate, Doc: "truncate(): cut the content at the current position."},
			{Name: "close", Fn: io_close, Doc: "close(): release the content; the object can no longer be used."},
		}
	}
	closed := o.GetSet{Name: "closed", Get: closedGet, Doc: "True once close() was called"}
	for _, typ := range []*o.Type{outputType, inputType} {
		typ.Iter = func(t *o.Thread, v o.Value) (o.Value, error) { return v, nil }
		typ.Next = ioNext
		typ.AddMethods(common())
		typ.AddGetSets([]o.GetSet{closed})
	}
	outputType.AddMethods([]o.MethodDef{
		{Name: "write", Fn: out_write, Doc: "write(s) -- Write the string s at the current position"},
		{Name: "writelines", Fn: out_writelines, Doc: "writelines(sequence_of_strings) -> None.  Write each string of an iterable,\n" +
			"adding no newlines: the same as calling write() for each of them."},
	})
	outputType.AddGetSets([]o.GetSet{{Name: "softspace", Get: softspaceGet, Set: softspaceSet, Member: true,
		Doc: "set when print must write a space before its next item"}})
	outputType.AddAttr("__doc__", o.NewStr("A file in memory that strings are written to."))
	inputType.AddAttr("__doc__", o.NewStr("A read-only file in memory that reads a string."))
}
