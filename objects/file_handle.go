package objects

import (
	"os"
	"runtime"
	"sync"
	"syscall"
	"unsafe"
	"weak"
)

// fileHandle is the OS side of a file object: a file descriptor with a
// buffer that behaves as the C library's stdio stream (FILE *) behind a
// CPython 2.7 file object does (glibc's rules: full buffering of
// st_blksize bytes, line buffering on terminals, none on request).
//
// Its state is not behind an stm.Ref: it mirrors the kernel's state of
// the descriptor, which no transaction can roll back. Every operation
// that reaches it first makes its transaction inevitable (so it is never
// re-run), and a mutex orders the threads that use one handle at once,
// as stdio's own lock does.
type fileHandle struct {
	mu sync.Mutex

	fd        int
	readable  bool
	writable  bool
	appending bool
	// keepOpen is set for the standard streams: closing the file object
	// flushes the stream but leaves the descriptor open.
	keepOpen bool
	closed   bool

	mode    int // bufFull, bufLine or bufNone
	bufSize int

	rbuf []byte // input read ahead; rbuf[rpos:] is still unread
	rpos int
	wbuf []byte // output not yet written
	// eof is C's end-of-file indicator: once a read has found the end,
	// refilling the buffer finds it again without reading (glibc keeps
	// it sticky, as C99 asks) until clearerr or a seek.
	eof bool
	// putting is set once a write has put the stream in writing mode
	// (glibc's _IO_CURRENTLY_PUTTING); reading or seeking clears it.
	putting bool
	// errSeen is a write error no caller has reported yet (C's error
	// flag after an unchecked fputs).
	errSeen error

	// dev and ino identify the file; owner is the file object, weakly.
	dev, ino uint64
	owner    weak.Pointer[File]
}

// The buffering modes of a handle.
const (
	bufFull = iota
	bufLine
	bufNone
)

// stdioBufSize is BUFSIZ, the buffer size when the file's block size
// does not give a smaller one.
const stdioBufSize = 8192

var (
	handlesMu   sync.Mutex
	openHandles = map[*fileHandle]struct{}{}
	// cStdout is the handle of the process's standard output, which
	// glibc flushes before it reads from a line-buffered stream.
	cStdout *fileHandle
	// stdHandles are the handles made for standard streams, one per
	// *os.File, so that every interpreter of the process shares them.
	stdHandles = map[*os.File]*fileHandle{}
)

func registerHandle(h *fileHandle) {
	handlesMu.Lock()
	openHandles[h] = struct{}{}
	handlesMu.Unlock()
}

func unregisterHandle(h *fileHandle) {
	handlesMu.Lock()
	delete(openHandles, h)
	handlesMu.Unlock()
}

// FlushAllFiles writes out the buffered output of every open file and
// gives back the input read ahead from seekable ones (so that a process
// run after this one on the same descriptor starts where Python stopped
// reading), as the C library does when the process exits.
func FlushAllFiles() {
	handlesMu.Lock()
	hs := make([]*fileHandle, 0, len(openHandles))
	for h := range openHandles {
		hs = append(hs, h)
	}
	handlesMu.Unlock()
	for _, h := range hs {
		h.mu.Lock()
		if !h.closed {
			h.flushLocked()
			h.dropInput()
		}
		h.mu.Unlock()
	}
}

// syncDeadWriters writes out (and closes) the files open on path whose
// file objects are no longer reachable but still hold buffered output.
// CPython closes a file object, flushing it, as soon as its last
// reference goes, so `open(p, 'w').write(s)` followed by `open(p)` reads
// s; without reference counting the garbage collector has to find those
// objects first. It runs only when some handle on the same file has
// output pending.
func syncDeadWriters(path string) {
	var st syscall.Stat_t
	if syscall.Stat(path, &st) != nil {
		return
	}
	var suspects []*fileHandle
	handlesMu.Lock()
	for h := range openHandles {
		if !h.keepOpen && h.dev == st.Dev && h.ino == st.Ino {
			suspects = append(suspects, h)
		}
	}
	handlesMu.Unlock()
	pending := false
	for _, h := range suspects {
		h.mu.Lock()
		if len(h.wbuf) > 0 {
			pending = true
		}
		h.mu.Unlock()
	}
	if !pending {
		return
	}
	runtime.GC()
	for _, h := range suspects {
		if h.owner.Value() == nil {
			h.close()
		}
	}
}

// SyncFileWrites makes buffered output of unreachable file objects on
// path visible in the file, as CPython's prompt closing of such objects
// does; modules that look at a file by name (os.stat) call it first.
func SyncFileWrites(path string) { syncDeadWriters(path) }

// isTerminal reports whether fd is a terminal.
func isTerminal(fd int) bool {
	var st syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&st)))
	return e == 0
}

// setDefaultBuffering chooses the buffering glibc gives a stream when
// it first allocates its buffer: line buffering for a terminal, and the
// file's block size when that is below BUFSIZ.
func (h *fileHandle) setDefaultBuffering() {
	h.mode = bufFull
	h.bufSize = stdioBufSize
	var st syscall.Stat_t
	if syscall.Fstat(h.fd, &st) == nil {
		if st.Mode&syscall.S_IFMT == syscall.S_IFCHR && isTerminal(h.fd) {
			h.mode = bufLine
		}
		if st.Blksize > 0 && st.Blksize < stdioBufSize {
			h.bufSize = int(st.Blksize)
		}
	}
}

// setBuffering is CPython's PyFile_SetBufSize: 0 unbuffered, 1 line
// buffered, more a buffer of that size, negative the default.
func (h *fileHandle) setBuffering(n int) {
	if n < 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.flushLocked()
	switch n {
	case 0:
		h.mode, h.bufSize = bufNone, 1
	case 1:
		h.mode, h.bufSize = bufLine, stdioBufSize
	default:
		h.mode, h.bufSize = bufFull, n
	}
}

func retryEINTR(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != syscall.EINTR {
			return n, err
		}
	}
}

// writeAll writes p to the descriptor, the whole of it unless an error
// stops it.
func (h *fileHandle) writeAll(p []byte) error {
	for len(p) > 0 {
		n, err := retryEINTR(func() (int, error) { return syscall.Write(h.fd, p) })
		if err != nil {
			return err
		}
		if n == 0 {
			return syscall.EIO
		}
		p = p[n:]
	}
	return nil
}

// flushLocked writes out pending output; unread input is given back to
// the descriptor's position (glibc's fflush on an input stream).
func (h *fileHandle) flushLocked() error {
	if h.closed {
		return nil
	}
	if len(h.wbuf) > 0 {
		p := h.wbuf
		h.wbuf = h.wbuf[:0]
		return h.writeAll(p)
	}
	return nil
}

// dropInput gives unread buffered input back by moving the descriptor's
// position to where the reader is (for a seekable file).
func (h *fileHandle) dropInput() {
	if n := len(h.rbuf) - h.rpos; n > 0 {
		syscall.Seek(h.fd, int64(-n), 1)
	}
	h.rbuf, h.rpos = h.rbuf[:0], 0
}

// fill reads the next buffer of input (glibc's underflow). It returns
// false at end of file.
func (h *fileHandle) fill() (bool, error) {
	if h.closed {
		return false, syscall.EBADF
	}
	if h.eof {
		return false, nil
	}
	if !h.readable {
		return false, syscall.EBADF
	}
	if len(h.wbuf) > 0 {
		if err := h.flushLocked(); err != nil {
			return false, err
		}
	}
	h.putting = false
	if h.mode != bufFull {
		if s := cStdout; s != nil && s != h {
			s.mu.Lock()
			if s.mode == bufLine {
				s.flushLocked()
			}
			s.mu.Unlock()
		}
	}
	size := h.bufSize
	if size < 1 {
		size = 1
	}
	if cap(h.rbuf) < size {
		h.rbuf = make([]byte, size)
	}
	buf := h.rbuf[:size]
	n, err := retryEINTR(func() (int, error) { return syscall.Read(h.fd, buf) })
	if err != nil {
		h.rbuf, h.rpos = h.rbuf[:0], 0
		return false, err
	}
	h.rbuf, h.rpos = buf[:n], 0
	if n == 0 {
		h.eof = true
		return false, nil
	}
	return true, nil
}

// clearEOF is C's clearerr for the end-of-file indicator.
func (h *fileHandle) clearEOF() { h.eof = false }

// getc returns the next byte, or -1 at end of file.
func (h *fileHandle) getc() (int, error) {
	if h.rpos < len(h.rbuf) {
		c := h.rbuf[h.rpos]
		h.rpos++
		return int(c), nil
	}
	ok, err := h.fill()
	if !ok {
		return -1, err
	}
	c := h.rbuf[h.rpos]
	h.rpos++
	return int(c), nil
}

// ungetc puts back the byte getc last returned.
func (h *fileHandle) ungetc() {
	if h.rpos > 0 {
		h.rpos--
	}
}

// read is fread: it fills p unless end of file or an error comes
// first, and returns how many bytes it read.
func (h *fileHandle) read(p []byte) (int, error) {
	if h.closed {
		return 0, syscall.EBADF
	}
	if !h.readable {
		return 0, syscall.EBADF
	}
	if len(h.wbuf) > 0 {
		if err := h.flushLocked(); err != nil {
			return 0, err
		}
	}
	h.putting = false
	got := 0
	for got < len(p) {
		if h.rpos < len(h.rbuf) {
			n := copy(p[got:], h.rbuf[h.rpos:])
			h.rpos += n
			got += n
			continue
		}
		want := len(p) - got
		if want >= h.bufSize {
			// Large reads go straight into the caller's buffer, a
			// whole number of blocks at a time.
			count := want
			if h.bufSize >= 128 {
				count -= want % h.bufSize
			}
			n, err := retryEINTR(func() (int, error) { return syscall.Read(h.fd, p[got:got+count]) })
			if err != nil {
				return got, err
			}
			if n == 0 {
				h.eof = true
				return got, nil
			}
			got += n
			continue
		}
		ok, err := h.fill()
		if err != nil {
			return got, err
		}
		if !ok {
			return got, nil
		}
	}
	return got, nil
}

// write is fwrite with the handle's buffering.
func (h *fileHandle) write(p []byte) error {
	if h.closed {
		return syscall.EBADF
	}
	if !h.writable {
		return syscall.EBADF
	}
	if h.rpos < len(h.rbuf) || len(h.rbuf) > 0 {
		// Switching from reading to writing: the write lands where the
		// reader is.
		h.dropInput()
	}
	switch h.mode {
	case bufNone:
		if err := h.flushLocked(); err != nil {
			return err
		}
		return h.writeAll(p)
	case bufLine:
		last := -1
		for i := len(p) - 1; i >= 0; i-- {
			if p[i] == '\n' {
				last = i
				break
			}
		}
		if last >= 0 {
			h.wbuf = append(h.wbuf, p[:last+1]...)
			if err := h.flushLocked(); err != nil {
				return err
			}
			p = p[last+1:]
		}
		h.wbuf = append(h.wbuf, p...)
		if len(h.wbuf) >= h.bufSize {
			return h.flushLocked()
		}
		return nil
	}
	// Full buffering, as glibc's xsputn: fill the space the buffer has
	// (none until a write has put the stream in writing mode), then
	// write the buffer, then whole blocks directly, and keep the rest.
	space := 0
	if h.putting {
		space = h.bufSize - len(h.wbuf)
	}
	if space > len(p) {
		space = len(p)
	}
	h.wbuf = append(h.wbuf, p[:space]...)
	p = p[space:]
	if len(p) == 0 {
		return nil
	}
	if err := h.flushLocked(); err != nil {
		return err
	}
	h.putting = true
	direct := len(p)
	if h.bufSize >= 128 {
		direct -= len(p) % h.bufSize
	}
	if direct > 0 {
		if err := h.writeAll(p[:direct]); err != nil {
			return err
		}
		p = p[direct:]
	}
	h.wbuf = append(h.wbuf, p...)
	return nil
}

// tell is ftell: the position of the next byte read or written.
func (h *fileHandle) tell() (int64, error) {
	if h.closed {
		return -1, syscall.EBADF
	}
	if h.appending && len(h.wbuf) > 0 {
		end, err := syscall.Seek(h.fd, 0, 2)
		if err != nil {
			return -1, err
		}
		return end + int64(len(h.wbuf)), nil
	}
	pos, err := syscall.Seek(h.fd, 0, 1)
	if err != nil {
		return -1, err
	}
	return pos - int64(len(h.rbuf)-h.rpos) + int64(len(h.wbuf)), nil
}

// seek is fseek: pending output is written, buffered input dropped.
func (h *fileHandle) seek(off int64, whence int) error {
	if h.closed {
		return syscall.EBADF
	}
	if whence < 0 || whence > 2 {
		return syscall.EINVAL
	}
	if err := h.flushLocked(); err != nil {
		return err
	}
	h.putting = false
	if whence == 1 {
		off -= int64(len(h.rbuf) - h.rpos)
	}
	if _, err := syscall.Seek(h.fd, off, whence); err != nil {
		return err
	}
	h.rbuf, h.rpos = h.rbuf[:0], 0
	h.eof = false
	return nil
}

// truncate cuts (or extends) the file to size bytes without moving the
// position.
func (h *fileHandle) truncate(size int64) error {
	if h.closed {
		return syscall.EBADF
	}
	return retryErr(func() error { return syscall.Ftruncate(h.fd, size) })
}

func retryErr(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}

// close flushes the handle and closes its descriptor (only flushes for
// a standard stream). It returns the first error.
func (h *fileHandle) close() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.closeLocked()
}

func (h *fileHandle) closeLocked() error {
	if h.closed {
		return nil
	}
	err := h.flushLocked()
	if h.keepOpen {
		return err
	}
	h.closed = true
	unregisterHandle(h)
	if cerr := syscall.Close(h.fd); cerr != nil && err == nil {
		err = cerr
	}
	return err
}

// release is the cleanup of a file object the garbage collector found
// unreachable while still open: CPython closes such a file when its
// last reference goes.
func (h *fileHandle) release() {
	h.close()
}

// openFlags turns an fopen mode into open(2) flags, as glibc reads it:
// the first letter, then up to six more of which '+' and 'x' and 'e'
// count. readable and writable say what the stream allows.
func openFlags(mode string) (flags int, readable, writable, appending, ok bool) {
	if mode == "" {
		return 0, false, false, false, false
	}
	switch mode[0] {
	case 'r':
		flags, readable = syscall.O_RDONLY, true
	case 'w':
		flags, writable = syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC, true
	case 'a':
		flags, writable, appending = syscall.O_WRONLY|syscall.O_CREAT|syscall.O_APPEND, true, true
	default:
		return 0, false, false, false, false
	}
	for i := 1; i < 7 && i < len(mode); i++ {
		switch mode[i] {
		case '+':
			flags = flags&^(syscall.O_RDONLY|syscall.O_WRONLY) | syscall.O_RDWR
			readable, writable = true, true
		case 'x':
			flags |= syscall.O_EXCL
		case 'e':
			flags |= syscall.O_CLOEXEC
		case ',':
			i = 7
		}
	}
	return flags, readable, writable, appending, true
}

// openHandle opens path with an fopen mode (already sanitized). The
// error is the errno of the failing call.
func openHandle(path, mode string) (*fileHandle, error) {
	flags, readable, writable, appending, ok := openFlags(mode)
	if !ok {
		return nil, syscall.EINVAL
	}
	syncDeadWriters(path)
	fd, err := retryEINTR(func() (int, error) { return syscall.Open(path, flags, 0666) })
	if err != nil {
		return nil, err
	}
	h := &fileHandle{fd: fd, readable: readable, writable: writable, appending: appending}
	h.setDefaultBuffering()
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil {
		h.dev, h.ino = st.Dev, st.Ino
	}
	if appending && !readable {
		// glibc starts an append-only stream at the end of the file.
		syscall.Seek(fd, 0, 2)
	}
	registerHandle(h)
	return h, nil
}

// newFdHandle wraps an open descriptor (os.fdopen, the standard
// streams). keepOpen handles leave the descriptor open when closed.
func newFdHandle(fd int, mode string, keepOpen bool) *fileHandle {
	_, readable, writable, appending, _ := openFlags(mode)
	h := &fileHandle{fd: fd, readable: readable, writable: writable, appending: appending, keepOpen: keepOpen}
	h.setDefaultBuffering()
	registerHandle(h)
	return h
}

// stdHandle returns the process-wide handle of a standard stream.
func stdHandle(f *os.File, mode string, isStdout, isStderr bool) *fileHandle {
	handlesMu.Lock()
	h := stdHandles[f]
	handlesMu.Unlock()
	if h != nil {
		return h
	}
	h = newFdHandle(int(f.Fd()), mode, true)
	if isStderr {
		h.mode, h.bufSize = bufNone, 1
	}
	handlesMu.Lock()
	if old := stdHandles[f]; old != nil {
		handlesMu.Unlock()
		unregisterHandle(h)
		return old
	}
	stdHandles[f] = h
	if isStdout {
		cStdout = h
	}
	handlesMu.Unlock()
	runtime.KeepAlive(f)
	return h
}
