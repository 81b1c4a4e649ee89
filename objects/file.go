package objects

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"weak"

	"github.com/pystm/pystm/stm"
)

// File is a Python 2 file object (or an instance of a subclass of
// file): what open() and file() return, and sys.stdin, sys.stdout and
// sys.stderr.
//
// Its Python-visible state (closed or not, name, mode, softspace, the
// universal-newline bookkeeping and the read-ahead buffer of iteration)
// is behind an stm.Ref. The descriptor and its stdio-like buffer are a
// fileHandle, which only inevitable transactions touch.
type File struct {
	typ  *Type
	inst *instData
	ref  stm.Ref[fileState]
}

// fileState is a file's payload. Copier: iteration refills a spent
// read-ahead buffer in place (raSpare), so a private copy gets a clone
// of the read-ahead buffer and no spare.
type fileState struct {
	h *fileHandle // nil while closed (C's f_fp == NULL)

	name     Value
	mode     Value
	encoding Value
	errors   Value

	softspace int
	binary    bool
	univ      bool // universal newlines ('U' in the mode)
	readable  bool
	writable  bool

	newlines int  // newlineCR|newlineLF|newlineCRLF seen so far
	skipLF   bool // a '\r' was read; a '\n' right after it is dropped

	// ra is the read-ahead buffer of iteration (next()), raPos the
	// start of what is still unread; nil when there is none.
	ra    []byte
	raPos int
	// raSpare is a dropped read-ahead buffer kept for the next one.
	raSpare []byte
}

// STMCopy gives a transaction's new private copy buffers of its own.
func (st *fileState) STMCopy() {
	if st.ra != nil {
		st.ra = append([]byte{}, st.ra...)
	}
	st.raSpare = nil
}

// The kinds of line ending a universal-newline file has seen.
const (
	newlineCR = 1 << iota
	newlineLF
	newlineCRLF
)

// Type returns file (or the subclass).
func (f *File) Type() *Type { return f.typ }

func (f *File) instDict(t *Thread) *Dict {
	if f.inst == nil {
		return nil
	}
	return f.inst.ref.Read(t.tx()).dict
}

var uninitializedFile = NewStr("<uninitialized file>")

// newFileObject returns a closed file object of type typ, as file.__new__
// makes it.
func newFileObject(typ *Type) *File {
	f := &File{typ: typ, inst: newContainerInst(typ)}
	f.ref.Init(&fileState{name: uninitializedFile, mode: uninitializedFile, encoding: None, errors: None})
	return f
}

// inevitable makes t's transaction inevitable before an action that
// cannot be undone.
func inevitable(t *Thread) {
	if t != nil && t.Tx != nil {
		t.Tx.BecomeInevitable()
	}
}

func errClosedFile() error { return Errorf(ValueError, "I/O operation on closed file") }

func errFileMode(action string) error {
	return Errorf(IOError, "File not open for %s", action)
}

func errIterBuffered() error {
	return Errorf(ValueError, "Mixing iteration and read methods would lose data")
}

// ioErr turns the errno of a failed stdio call into an IOError without a
// file name (CPython's PyErr_SetFromErrno(PyExc_IOError)).
func ioErr(err error) error {
	if e, ok := err.(syscall.Errno); ok {
		return NewErrnoError(IOError, int(e), "")
	}
	return FromGoError(err, "")
}

// iterBuffered reports whether the read-ahead buffer of iteration holds
// data that a read method would skip. CPython looks at the first byte of
// the whole buffer, so a buffer starting with NUL does not count.
func (st *fileState) iterBuffered() bool {
	return st.ra != nil && st.raPos < len(st.ra) && st.ra[0] != 0
}

// sanitizeMode checks a mode string as CPython's _PyFile_SanitizeMode
// does and returns the mode to open the file with ('U' replaced by 'r'
// and 'b').
func sanitizeMode(mode string) (string, error) {
	if mode == "" {
		return "", Errorf(ValueError, "empty mode string")
	}
	if i := strings.IndexByte(mode, 'U'); i >= 0 {
		m := mode[:i] + mode[i+1:]
		if m != "" && (m[0] == 'w' || m[0] == 'a') {
			return "", Errorf(ValueError, "universal newline mode can only be used with modes starting with 'r'")
		}
		if m == "" || m[0] != 'r' {
			m = "r" + m
		}
		if !strings.Contains(m, "b") {
			m = m[:1] + "b" + m[1:]
		}
		return m, nil
	}
	if mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a' {
		if len(mode) > 200 {
			mode = mode[:200]
		}
		return "", Errorf(ValueError, "mode string must begin with one of 'r', 'w', 'a' or 'U', not '%s'", mode)
	}
	return mode, nil
}

// SanitizeFileMode is sanitizeMode for other packages (os.fdopen).
func SanitizeFileMode(mode string) (string, error) { return sanitizeMode(mode) }

// fillFields sets the fields a newly opened (or reopened) file starts
// with, as CPython's fill_file_fields does.
func (st *fileState) fillFields(name Value, mode string) {
	st.name = name
	st.mode = NewStr(mode)
	st.encoding, st.errors = None, None
	st.softspace = 0
	st.binary = strings.Contains(mode, "b")
	st.univ = strings.Contains(mode, "U")
	st.newlines = 0
	st.skipLF = false
	st.ra, st.raPos = nil, 0
	st.readable = strings.Contains(mode, "r") || st.univ
	st.writable = strings.Contains(mode, "w") || strings.Contains(mode, "a")
	if strings.Contains(mode, "+") {
		st.readable, st.writable = true, true
	}
}

// attach makes f own h, arranging for h to be closed if f becomes
// unreachable while open.
func (f *File) attach(st *fileState, h *fileHandle) {
	st.h = h
	if !h.keepOpen {
		h.owner = weak.Make(f)
		runtime.AddCleanup(f, (*fileHandle).release, h)
	}
}

// openFile opens path for the file object f (file.__init__ after the
// arguments are checked). name is the file's name as given.
func (f *File) openFile(t *Thread, path string, name Value, mode string, bufsize int) error {
	inevitable(t)
	st := f.ref.Write(t.tx())
	st.fillFields(name, mode)
	cmode, err := sanitizeMode(mode)
	if err != nil {
		return err
	}
	h, oerr := openHandle(path, cmode)
	if oerr != nil {
		if oerr == syscall.EINVAL {
			m := mode
			if len(m) > 50 {
				m = m[:50]
			}
			return NewException(IOError, Int(syscall.EINVAL), NewStr(fmt.Sprintf("invalid mode ('%s') or filename", m)), name)
		}
		return errnoWithName(oerr, name)
	}
	var sb syscall.Stat_t
	if syscall.Fstat(h.fd, &sb) == nil && sb.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		h.close()
		return errnoWithName(syscall.EISDIR, name)
	}
	f.attach(st, h)
	h.setBuffering(bufsize)
	return nil
}

// errnoWithName is IOError(errno, strerror, name) with the name object
// as given (a unicode name shows as u'...').
func errnoWithName(err error, name Value) error {
	e, ok := err.(syscall.Errno)
	if !ok {
		return FromGoError(err, "")
	}
	return NewException(IOError, Int(int(e)), NewStr(Strerror(int(e))), name)
}

// NewFileFromFd returns a file object for an open descriptor (os.fdopen,
// os.popen): name is the name it shows ("<fdopen>"), mode the mode as
// given (checked by the caller with SanitizeFileMode), bufsize as for
// open(). Closing the file closes fd.
func NewFileFromFd(t *Thread, fd int, name Value, mode string, bufsize int) *File {
	f := newFileObject(FileType)
	st := f.ref.Write(t.tx())
	st.fillFields(name, mode)
	cmode, err := sanitizeMode(mode)
	if err != nil {
		cmode = "r"
	}
	h := newFdHandle(fd, cmode, false)
	f.attach(st, h)
	h.setBuffering(bufsize)
	return f
}

// The kinds of standard stream for NewStdFile.
const (
	StdIn = iota
	StdOut
	StdErr
)

// NewStdFile returns a file object for a standard stream of the process
// (sys.stdin, sys.stdout, sys.stderr) on osf: named name ("<stdout>"),
// with mode "r" or "w". Closing it flushes it but leaves the descriptor
// open. stderr is unbuffered; unbuffered makes every stream so (-u),
// lineBuffered makes stdin and stdout line buffered (-i).
func NewStdFile(t *Thread, osf *os.File, kind int, name, mode string, unbuffered, lineBuffered bool) *File {
	f := newFileObject(FileType)
	st := f.ref.Write(t.tx())
	st.fillFields(NewStr(name), mode)
	h := stdHandle(osf, mode, kind == StdOut, kind == StdErr)
	st.h = h
	switch {
	case unbuffered:
		h.setBuffering(0)
	case lineBuffered && kind != StdErr:
		h.setBuffering(1)
	}
	return f
}

// SetEncoding sets the encoding and errors attributes of a standard
// stream (CPython's PyFile_SetEncodingAndErrors); errors may be "".
func (f *File) SetEncoding(t *Thread, encoding, errors string) {
	st := f.ref.Write(t.tx())
	st.encoding = NewStr(encoding)
	if errors != "" {
		st.errors = NewStr(errors)
	} else {
		st.errors = None
	}
}

// IsTTY reports whether f is open on a terminal.
func (f *File) IsTTY(t *Thread) bool {
	st := f.ref.Read(t.tx())
	return st.h != nil && isTerminal(st.h.fd)
}

// Fd returns f's descriptor, or -1 when it is closed.
func (f *File) Fd(t *Thread) int {
	st := f.ref.Read(t.tx())
	if st.h == nil {
		return -1
	}
	return st.h.fd
}

// Closed reports whether f is closed.
func (f *File) Closed(t *Thread) bool { return f.ref.Read(t.tx()).h == nil }

// FlushCStdout writes out what the process's standard output holds
// (C's fflush(stdout)), whatever sys.stdout is now, and returns the
// error of the write.
func FlushCStdout() error {
	h := cStdout
	if h == nil {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.flushLocked()
}

// closeFile is file.close(): it flushes and closes the stream (a
// standard stream is only flushed) and marks the object closed.
func (f *File) closeFile(t *Thread) error {
	st := f.ref.Read(t.tx())
	h := st.h
	if h == nil {
		return nil
	}
	inevitable(t)
	w := f.ref.Write(t.tx())
	w.h = nil
	w.ra, w.raPos = nil, 0
	if err := h.close(); err != nil {
		return ioErr(err)
	}
	return nil
}

// fileInit is file.__init__(name[, mode[, buffering]]).
func fileInit(t *Thread, self Value, args, kw []Value) error {
	f, ok := self.(*File)
	if !ok {
		return Errorf(TypeError, "descriptor '__init__' requires a 'file' object but received a '%s'", typeNameOf(self))
	}
	if f.ref.Read(t.tx()).h != nil {
		if err := f.closeFile(t); err != nil {
			return err
		}
	}
	a, err := argsParse("file", args, kw, []string{"name", "mode", "buffering"}, 1)
	if err != nil {
		return err
	}
	path, err := fileNameArg(t, a[0])
	if err != nil {
		return err
	}
	mode := "r"
	if a[1] != nil {
		if mode, err = cStringArg(t, "file", 2, a[1]); err != nil {
			return err
		}
	}
	bufsize := -1
	if a[2] != nil {
		n, err := cIntArg(t, a[2])
		if err != nil {
			return err
		}
		bufsize = n
	}
	return f.openFile(t, path, a[0], mode, bufsize)
}

// fileNameArg converts the name argument as the "et" format does with
// the file system encoding: a str is used as it is, a unicode (or an
// object with a character buffer) is encoded.
func fileNameArg(t *Thread, v Value) (string, error) {
	var s string
	if x, ok := AsString(v); ok {
		s = x
	} else if u, ok := asUnicode(v); ok {
		e, err := Encode(t, u, "utf-8", "strict")
		if err != nil {
			return "", err
		}
		s = e.s
	} else if _, ok := v.(*ByteArray); ok {
		return "", Errorf(TypeError, "decoding bytearray is not supported")
	} else {
		return "", Errorf(TypeError, "coercing to Unicode: need string or buffer, %s found", v.Type().Name)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", Errorf(TypeError, "file() argument 1 must be encoded string without null bytes, not %s", typeNameOf(v))
	}
	return s, nil
}

// cStringArg converts an argument as the "s" format does.
func cStringArg(t *Thread, fname string, n int, v Value) (string, error) {
	var s string
	if x, ok := AsString(v); ok {
		s = x
	} else if u, ok := asUnicode(v); ok {
		e, err := encodeDefault(t, u)
		if err != nil {
			return "", err
		}
		s = e.s
	} else {
		return "", Errorf(TypeError, "%s() argument %d must be string, not %s", fname, n, typeNameOf(v))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", Errorf(TypeError, "%s() argument %d must be string without null bytes, not %s", fname, n, typeNameOf(v))
	}
	return s, nil
}

// cIntArg converts an argument as the "i" format does (a C int).
func cIntArg(t *Thread, v Value) (int, error) {
	n, err := AsInt(t, v)
	if err != nil {
		return 0, err
	}
	if n > 1<<31-1 {
		return 0, Errorf(OverflowError, "signed integer is greater than maximum")
	}
	if n < -1<<31 {
		return 0, Errorf(OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

// cLongArg converts an optional argument as the "l" format does.
func cLongArg(t *Thread, args []Value, def int64) (int64, error) {
	if len(args) == 0 {
		return def, nil
	}
	return AsInt(t, args[0])
}

func fileSelf(t *Thread, self Value) (*File, *fileState) {
	f := self.(*File)
	return f, f.ref.Read(t.tx())
}

func fileRepr(t *Thread, v Value) (Value, error) {
	f, st := fileSelf(t, v)
	state := "open"
	if st.h == nil {
		state = "closed"
	}
	mode, _ := AsString(st.mode)
	var name string
	if u, ok := st.name.(*Unicode); ok {
		var b []byte
		for _, c := range u.r {
			b = appendUnicodeEscape(b, c, false)
		}
		name = "u'" + string(b) + "'"
	} else {
		r, err := Repr(t, st.name)
		if err != nil {
			return nil, err
		}
		name = r.s
	}
	return NewStr(fmt.Sprintf("<%s file %s, mode '%s' at %s>", state, name, mode, addr(f))), nil
}

// The argument conventions of file's methods (CPython's METH_VARARGS,
// METH_NOARGS and METH_O): their checks come before any other.
const (
	methVarargs = iota
	methNoArgs
	methO
)

// fileMethod wraps a file method: the argument convention is checked,
// then a closed file is "I/O operation on closed file".
func fileMethod(name string, kind int, fn func(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error)) MethodDef {
	return MethodDef{Name: name, Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
		var err error
		switch kind {
		case methNoArgs:
			err = argsNone(name, args, kw)
		case methO:
			err = argsOne(name, args, kw)
		default:
			err = argsNoKw(name, kw)
		}
		if err != nil {
			return nil, err
		}
		f, st := fileSelf(t, self)
		if st.h == nil {
			return nil, errClosedFile()
		}
		return fn(t, f, st, args, kw)
	}}
}

// fileDoc is fileMethod with a docstring.
func fileDoc(name string, kind int, doc string, fn func(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error)) MethodDef {
	m := fileMethod(name, kind, fn)
	m.Doc = doc
	return m
}

func fileSeek(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	inevitable(t)
	st = f.ref.Write(t.tx())
	st.ra, st.raPos = nil, 0
	if len(args) < 1 {
		return nil, Errorf(TypeError, "seek() takes at least 1 argument (0 given)")
	}
	if len(args) > 2 {
		return nil, Errorf(TypeError, "seek() takes at most 2 arguments (%d given)", len(args))
	}
	whence := 0
	if len(args) == 2 {
		w, err := cIntArg(t, args[1])
		if err != nil {
			return nil, err
		}
		whence = w
	}
	var off int64
	idx, err := Index(t, args[0])
	if err != nil {
		fl, ok := Unwrap(args[0]).(Float)
		if !ok {
			return nil, err
		}
		if err := warnDeprecation(t, "integer argument expected, got float"); err != nil {
			return nil, err
		}
		if float64(fl) >= 9.2233720368547758e18 || float64(fl) < -9.2233720368547758e18 {
			return nil, Errorf(OverflowError, "Python int too large to convert to C long")
		}
		off = int64(fl)
	} else if off, err = AsInt(t, idx); err != nil {
		if IsInstanceExc(err, OverflowError) {
			return nil, Errorf(OverflowError, "Python int too large to convert to C long")
		}
		return nil, err
	}
	h := st.h
	h.mu.Lock()
	serr := h.seek(off, whence)
	h.mu.Unlock()
	if serr != nil {
		return nil, ioErr(serr)
	}
	st.skipLF = false
	return None, nil
}

// warnDeprecation issues a DeprecationWarning through the warnings
// machinery when the runtime has one (it is ignored by default).
var warnDeprecation = func(t *Thread, msg string) error { return nil }

// SetWarnHook lets the interpreter route DeprecationWarnings raised by
// objects (file.seek with a float) to the warnings module.
func SetWarnHook(f func(t *Thread, msg string) error) { warnDeprecation = f }

func fileTell(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	inevitable(t)
	h := st.h
	h.mu.Lock()
	defer h.mu.Unlock()
	pos, err := h.tell()
	if err != nil {
		return nil, ioErr(err)
	}
	if st.skipLF {
		c, _ := h.getc()
		if c == '\n' {
			w := f.ref.Write(t.tx())
			w.newlines |= newlineCRLF
			w.skipLF = false
			pos++
		} else if c >= 0 {
			h.ungetc()
		}
	}
	return Int(pos), nil
}

func fileTruncate(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	if !st.writable {
		return nil, errFileMode("writing")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "truncate expected at most 1 arguments, got %d", len(args))
	}
	inevitable(t)
	h := st.h
	h.mu.Lock()
	defer h.mu.Unlock()
	initial, err := h.tell()
	if err != nil {
		return nil, ioErr(err)
	}
	size := initial
	if len(args) == 1 {
		n, err := truncateSize(t, args[0])
		if err != nil {
			return nil, err
		}
		size = n
	}
	if err := h.flushLocked(); err != nil {
		return nil, ioErr(err)
	}
	h.dropInput()
	if err := h.truncate(size); err != nil {
		return nil, ioErr(err)
	}
	if err := h.seek(initial, 0); err != nil {
		return nil, ioErr(err)
	}
	return None, nil
}

// truncateSize converts truncate's argument as PyInt_AsLong (or
// PyLong_AsLongLong) does.
func truncateSize(t *Thread, v Value) (int64, error) {
	switch x := Unwrap(v).(type) {
	case Int:
		return int64(x), nil
	case Bool:
		return boolInt(x), nil
	case *Long:
		if x.v.IsInt64() {
			return x.v.Int64(), nil
		}
		return 0, Errorf(OverflowError, "Python int too large to convert to C long")
	case Float:
		return int64(x), nil
	}
	n := v.Type().Number
	if n == nil || n.Int == nil {
		return 0, Errorf(TypeError, "an integer is required")
	}
	r, err := n.Int(t, v)
	if err != nil {
		return 0, err
	}
	return truncateSize(t, r)
}

func fileFlush(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	inevitable(t)
	h := st.h
	h.mu.Lock()
	err := h.flushLocked()
	h.mu.Unlock()
	if err != nil {
		return nil, ioErr(err)
	}
	return None, nil
}

func init() {
	FileType.New = func(t *Thread, typ *Type, args, kw []Value) (Value, error) {
		return newFileObject(typ), nil
	}
	FileType.Init = fileInit
	FileType.Repr = fileRepr
	FileType.Iter = func(t *Thread, v Value) (Value, error) {
		if v.(*File).ref.Read(t.tx()).h == nil {
			return nil, errClosedFile()
		}
		return v, nil
	}
	FileType.Next = fileIterNext
	FileType.AddMethods([]MethodDef{
		fileDoc("readline", methVarargs, "readline([size]) -> next line of the file, with its '\\n'; at most size bytes\nif size is given; '' at end of file.", fileReadline),
		fileDoc("read", methVarargs, "read([size]) -> up to size bytes as a string; everything up to end of\nfile when size is negative or not given.", fileRead),
		fileDoc("write", methVarargs, "write(str) -> None. Write the string (or other character buffer) to the\nfile; buffered output may appear only on flush() or close().", fileWrite),
		fileDoc("fileno", methNoArgs, "fileno() -> the file's integer descriptor.", func(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
			return Int(st.h.fd), nil
		}),
		fileDoc("seek", methVarargs, "seek(offset[, whence]) -> None. Move to offset bytes from the start\n(whence 0, the default), the current position (1) or the end (2).", fileSeek),
		fileDoc("truncate", methVarargs, "truncate([size]) -> None. Cut the file to size bytes (the current\nposition by default); the position does not change.", fileTruncate),
		fileDoc("tell", methNoArgs, "tell() -> the current position in the file.", fileTell),
		fileDoc("readinto", methVarargs, "readinto(bytearray) -> number of bytes read into the buffer.", fileReadinto),
		fileDoc("readlines", methVarargs, "readlines([size]) -> list of the lines left in the file; with size,\nstop after about that many bytes (whole lines only).", fileReadlines),
		fileDoc("xreadlines", methNoArgs, "xreadlines() -> the file itself, which iterates over its lines.", func(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
			return f, nil
		}),
		fileDoc("writelines", methO, "writelines(sequence_of_strings) -> None. Write each string in turn;\nno newlines are added.", fileWritelines),
		fileDoc("flush", methNoArgs, "flush() -> None. Write out the file's buffered output.", fileFlush),
		{Name: "close", Doc: "close() -> None. Flush and close the file; closing it again does nothing.", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argsNone("close", args, kw); err != nil {
				return nil, err
			}
			f, _ := fileSelf(t, self)
			if err := f.closeFile(t); err != nil {
				return nil, err
			}
			return None, nil
		}},
		fileDoc("isatty", methNoArgs, "isatty() -> True if the file is a terminal.", func(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
			return NewBool(isTerminal(st.h.fd)), nil
		}),
		fileDoc("__enter__", methNoArgs, "__enter__() -> the file itself.", func(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
			return f, nil
		}),
		{Name: "__exit__", Doc: "__exit__(*excinfo) -> None. Close the file.", Fn: func(t *Thread, self Value, args, kw []Value) (Value, error) {
			if err := argsNoKw("__exit__", kw); err != nil {
				return nil, err
			}
			if _, err := CallMethod(t, self, "close"); err != nil {
				return nil, err
			}
			return None, nil
		}},
	})
	member := func(name, doc string, sel func(st *fileState) Value) GetSet {
		g := readonlyMember(name, func(t *Thread, self Value) (Value, error) {
			return sel(self.(*File).ref.Read(t.tx())), nil
		})
		g.Doc = doc
		return g
	}
	FileType.AddGetSets([]GetSet{
		member("mode", "file mode ('r', 'U', 'w', 'a', possibly with 'b' or '+' added)", func(st *fileState) Value { return st.mode }),
		member("name", "file name", func(st *fileState) Value { return st.name }),
		member("encoding", "file encoding", func(st *fileState) Value { return st.encoding }),
		member("errors", "Unicode error handler", func(st *fileState) Value { return st.errors }),
		{Name: "closed", Doc: "True if the file is closed", Get: func(t *Thread, self Value) (Value, error) {
			return NewBool(self.(*File).ref.Read(t.tx()).h == nil), nil
		}},
		{Name: "newlines", Doc: "end-of-line convention used in this file", Get: func(t *Thread, self Value) (Value, error) {
			return newlinesValue(self.(*File).ref.Read(t.tx()).newlines), nil
		}},
		{Name: "softspace", Doc: "flag indicating that a space needs to be printed; used by print",
			Get: func(t *Thread, self Value) (Value, error) {
				return Int(self.(*File).ref.Read(t.tx()).softspace), nil
			},
			Set: func(t *Thread, self, v Value) error {
				if v == nil {
					return Errorf(TypeError, "can't delete softspace attribute")
				}
				n, err := softspaceArg(t, v)
				if err != nil {
					return err
				}
				self.(*File).SetSoftspace(t, n)
				return nil
			}},
	})
	FileType.AddAttr("__doc__", NewStr("file(name[, mode[, buffering]]) -> file object\n\n"+
		"Open the file called name. mode is 'r' to read (the default), 'w' to\n"+
		"write (emptying the file first) or 'a' to append; add 'b' for binary\n"+
		"data, '+' to both read and write, and 'U' (with 'r') to read any line\n"+
		"ending as '\\n'. buffering 0 means unbuffered, 1 line buffered, larger\n"+
		"numbers a buffer of that size. open() is the usual way to call this."))
}

// softspaceArg converts a value assigned to softspace to a C int as
// PyInt_AsLong does (a float is truncated), keeping the low 32 bits.
func softspaceArg(t *Thread, v Value) (int, error) {
	n, err := truncateSize(t, v)
	if err != nil {
		return 0, err
	}
	return int(int32(n)), nil
}

// newlinesValue is the newlines attribute for the kinds of line ending
// seen.
func newlinesValue(n int) Value {
	cr, lf, crlf := NewStr("\r"), NewStr("\n"), NewStr("\r\n")
	switch n {
	case newlineCR:
		return cr
	case newlineLF:
		return lf
	case newlineCRLF:
		return crlf
	case newlineCR | newlineLF:
		return NewTuple(cr, lf)
	case newlineCR | newlineCRLF:
		return NewTuple(cr, crlf)
	case newlineLF | newlineCRLF:
		return NewTuple(lf, crlf)
	case newlineCR | newlineLF | newlineCRLF:
		return NewTuple(cr, lf, crlf)
	}
	return None
}
