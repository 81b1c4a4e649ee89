package objects

import (
	"bytes"
	"syscall"
)

// The chunk sizes CPython 2.7's file object reads with: readlines and
// read() start with SMALLCHUNK bytes, iteration reads ahead
// READAHEAD_BUFSIZE bytes.
const (
	smallChunk    = 8192
	readaheadSize = 8192
)

// fread reads into p as CPython's Py_UniversalNewlineFread does: a plain
// fread, or in universal-newline mode one that turns "\r\n" and "\r"
// into "\n" (filling p with translated bytes) and notes the kinds of
// line ending seen. It returns how many bytes it stored; err is the
// error that cut the read short, if any.
func (st *fileState) fread(h *fileHandle, p []byte) (int, error) {
	if !st.univ {
		return h.read(p)
	}
	newlines, skip := st.newlines, st.skipLF
	dst, n := 0, len(p)
	var err error
	for n > 0 {
		nread, rerr := h.read(p[dst : dst+n])
		if nread == 0 {
			err = rerr
			break
		}
		n -= nread
		short := n != 0
		src, end := dst, dst+nread
		for src < end {
			c := p[src]
			src++
			switch {
			case c == '\r':
				p[dst] = '\n'
				dst++
				skip = true
			case skip && c == '\n':
				skip = false
				newlines |= newlineCRLF
				n++
			default:
				if c == '\n' {
					newlines |= newlineLF
				} else if skip {
					newlines |= newlineCR
				}
				p[dst] = c
				dst++
				skip = false
			}
		}
		if short {
			if skip && rerr == nil {
				newlines |= newlineCR
			}
			err = rerr
			break
		}
	}
	st.newlines, st.skipLF = newlines, skip
	return dst, err
}

// getLine reads one line as CPython's get_line does: up to and
// including '\n', at most n bytes when n > 0, with universal newlines
// when the file has them. An I/O error discards what was read. The
// result may share the handle's buffer: use it before unlocking.
func (st *fileState) getLine(h *fileHandle, n int) ([]byte, error) {
	var out []byte
	if !st.univ {
		for {
			if h.rpos < len(h.rbuf) {
				chunk := h.rbuf[h.rpos:]
				if n > 0 && len(chunk) > n-len(out) {
					chunk = chunk[:n-len(out)]
				}
				if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
					chunk = chunk[:i+1]
					h.rpos += len(chunk)
					if out == nil {
						return chunk, nil
					}
					return append(out, chunk...), nil
				}
				h.rpos += len(chunk)
				out = append(out, chunk...)
				if n > 0 && len(out) >= n {
					return out, nil
				}
				continue
			}
			ok, err := h.fill()
			if err != nil {
				return nil, err
			}
			if !ok {
				h.clearEOF()
				if out == nil {
					out = []byte{}
				}
				return out, nil
			}
		}
	}
	newlines, skip := st.newlines, st.skipLF
	defer func() { st.newlines, st.skipLF = newlines, skip }()
	out = []byte{}
	c := 'x'
	for n <= 0 || len(out) < n {
		b, err := h.getc()
		if err != nil {
			return nil, err
		}
		c = rune(b)
		if b < 0 {
			break
		}
		if skip {
			skip = false
			if c == '\n' {
				newlines |= newlineCRLF
				b, err = h.getc()
				if err != nil {
					return nil, err
				}
				c = rune(b)
				if b < 0 {
					break
				}
			} else {
				newlines |= newlineCR
			}
		}
		if c == '\r' {
			skip = true
			c = '\n'
		} else if c == '\n' {
			newlines |= newlineLF
		}
		out = append(out, byte(c))
		if c == '\n' {
			break
		}
	}
	if c < 0 {
		if skip {
			newlines |= newlineCR
		}
		h.clearEOF()
	}
	return out, nil
}

// The growth of read()'s buffer: SMALLCHUNK at first, doubling up to
// BIGCHUNK, then BIGCHUNK at a time.
const bigChunk = 512 * 1024

// newBufferSize is CPython's new_buffersize: enough for the rest of a
// regular file (and one byte more, to notice growth), else a larger
// buffer than currentsize.
func newBufferSize(h *fileHandle, currentsize int) int {
	var sb syscall.Stat_t
	if syscall.Fstat(h.fd, &sb) == nil {
		end := sb.Size
		pos, err := syscall.Seek(h.fd, 0, 1)
		if err == nil {
			pos, err = h.tell()
		}
		if err != nil {
			pos = -1
			h.clearEOF()
		}
		if end > pos && pos >= 0 {
			return currentsize + int(end-pos) + 1
		}
	}
	if currentsize > smallChunk {
		if currentsize <= bigChunk {
			return currentsize + currentsize
		}
		return currentsize + bigChunk
	}
	return currentsize + smallChunk
}

// readAll reads to the end of the file (read() and read(-1)) as
// CPython's file_read does.
func (st *fileState) readAll(h *fileHandle) ([]byte, error) {
	size := newBufferSize(h, 0)
	buf := make([]byte, size)
	n := 0
	for {
		got, err := st.fread(h, buf[n:size])
		if got == 0 {
			if err == nil {
				break
			}
			if n > 0 && (err == syscall.EAGAIN || err == syscall.EWOULDBLOCK) {
				h.clearEOF()
				break
			}
			return nil, err
		}
		n += got
		if n < size {
			h.clearEOF()
			break
		}
		size = newBufferSize(h, size)
		nb := make([]byte, size)
		copy(nb, buf[:n])
		buf = nb
	}
	return buf[:n], nil
}

// readN reads up to n bytes (read(n)), a megabyte at a time so that a
// large n costs only what the file holds.
func (st *fileState) readN(h *fileHandle, n int64) ([]byte, error) {
	var out []byte
	for int64(len(out)) < n {
		chunk := n - int64(len(out))
		if chunk > 1<<20 {
			chunk = 1 << 20
		}
		if out == nil {
			out = make([]byte, 0, chunk)
		}
		if int64(cap(out)-len(out)) < chunk {
			out = append(out, make([]byte, chunk)...)[:len(out)]
		}
		buf := out[len(out) : len(out)+int(chunk)]
		got, err := st.fread(h, buf)
		if got == 0 && err != nil {
			if len(out) > 0 && (err == syscall.EAGAIN || err == syscall.EWOULDBLOCK) {
				h.clearEOF()
				return out, nil
			}
			return nil, err
		}
		out = out[:len(out)+got]
		if int64(got) < chunk {
			break
		}
	}
	if len(out) > 0 && int64(len(out)) < n {
		h.clearEOF()
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

// readPrecheck makes the checks every read method makes first: the
// file is open for reading and no iteration buffer holds data.
func readPrecheck(st *fileState) error {
	if !st.readable {
		return errFileMode("reading")
	}
	if st.iterBuffered() {
		return errIterBuffered()
	}
	return nil
}

func fileRead(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	if err := readPrecheck(st); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "read() takes at most 1 argument (%d given)", len(args))
	}
	n, err := cLongArg(t, args, -1)
	if err != nil {
		return nil, err
	}
	awaitInput(t, f)
	st = f.ref.Write(t.tx())
	h := st.h
	h.mu.Lock()
	defer h.mu.Unlock()
	var data []byte
	if n < 0 {
		data, err = st.readAll(h)
	} else {
		data, err = st.readN(h, n)
	}
	if err != nil {
		return nil, ioErr(err)
	}
	return NewStr(string(data)), nil
}

func fileReadline(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	if err := readPrecheck(st); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "readline() takes at most 1 argument (%d given)", len(args))
	}
	n := -1
	if len(args) == 1 {
		v, err := cIntArg(t, args[0])
		if err != nil {
			return nil, err
		}
		n = v
	}
	if n == 0 {
		return emptyStr, nil
	}
	if n < 0 {
		n = 0
	}
	awaitInput(t, f)
	st = f.ref.Write(t.tx())
	h := st.h
	h.mu.Lock()
	line, err := st.getLine(h, n)
	s := string(line)
	h.mu.Unlock()
	if err != nil {
		return nil, ioErr(err)
	}
	return NewStr(s), nil
}

// GetLine reads a line for raw_input() (CPython's PyFile_GetLine with a
// negative size, before the newline is stripped): the file must be open
// for reading with no iteration data buffered.
func (f *File) GetLine(t *Thread) (*Str, error) {
	st := f.ref.Read(t.tx())
	if st.h == nil {
		return nil, errClosedFile()
	}
	if err := readPrecheck(st); err != nil {
		return nil, err
	}
	awaitInput(t, f)
	st = f.ref.Write(t.tx())
	h := st.h
	h.mu.Lock()
	line, err := st.getLine(h, 0)
	s := string(line)
	h.mu.Unlock()
	if err != nil {
		return nil, ioErr(err)
	}
	return NewStr(s), nil
}

// ReadTTYLine reads a line as the C library's fgets does for
// PyOS_Readline, and reports whether anything was read.
func (f *File) ReadTTYLine(t *Thread) (string, error) {
	awaitInput(t, f)
	st := f.ref.Write(t.tx())
	if st.h == nil {
		return "", errClosedFile()
	}
	h := st.h
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []byte
	for {
		c, err := h.getc()
		if err != nil {
			return "", ioErr(err)
		}
		if c < 0 {
			h.clearEOF()
			break
		}
		out = append(out, byte(c))
		if c == '\n' {
			break
		}
	}
	return string(out), nil
}

func fileReadlines(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	if err := readPrecheck(st); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "readlines() takes at most 1 argument (%d given)", len(args))
	}
	sizehint, err := cLongArg(t, args, 0)
	if err != nil {
		return nil, err
	}
	awaitInput(t, f)
	st = f.ref.Write(t.tx())
	h := st.h
	h.mu.Lock()
	defer h.mu.Unlock()
	var lines []Value
	buffer := make([]byte, smallChunk)
	nfilled, totalread := 0, int64(0)
	shortread := false
	var pending error
	for {
		nread := 0
		if !shortread {
			var rerr error
			nread, rerr = st.fread(h, buffer[nfilled:])
			shortread = nread < len(buffer)-nfilled
			if rerr != nil {
				pending = rerr
			}
		}
		if nread == 0 {
			sizehint = 0
			if pending == nil {
				break
			}
			return nil, ioErr(pending)
		}
		totalread += int64(nread)
		end := nfilled + nread
		p := bytes.IndexByte(buffer[nfilled:end], '\n')
		if p < 0 {
			nfilled = end
			nb := make([]byte, 2*len(buffer))
			copy(nb, buffer[:nfilled])
			buffer = nb
			continue
		}
		p += nfilled
		q := 0
		for {
			p++
			lines = append(lines, NewStr(string(buffer[q:p])))
			q = p
			i := bytes.IndexByte(buffer[q:end], '\n')
			if i < 0 {
				break
			}
			p = q + i
		}
		nfilled = copy(buffer, buffer[q:end])
		if sizehint > 0 && totalread >= sizehint {
			break
		}
	}
	if nfilled != 0 {
		line := string(buffer[:nfilled])
		if sizehint > 0 {
			rest, err := st.getLine(h, 0)
			if err != nil {
				return nil, ioErr(err)
			}
			line += string(rest)
		}
		lines = append(lines, NewStr(line))
	}
	return NewList(lines), nil
}

func fileReadinto(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	if err := readPrecheck(st); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "function takes exactly 1 argument (%d given)", len(args))
	}
	ba, ok := args[0].(*ByteArray)
	if !ok {
		return nil, Errorf(TypeError, "argument 1 must be read-write buffer, not %s", typeNameOf(args[0]))
	}
	awaitInput(t, f)
	st = f.ref.Write(t.tx())
	size := len(ba.bytes(t))
	buf := make([]byte, size)
	h := st.h
	h.mu.Lock()
	ndone := 0
	for ndone < size {
		n, err := st.fread(h, buf[ndone:])
		if n == 0 {
			if err != nil {
				h.mu.Unlock()
				return nil, ioErr(err)
			}
			break
		}
		ndone += n
	}
	h.mu.Unlock()
	if ndone > 0 {
		nb := append([]byte(nil), ba.bytes(t)...)
		copy(nb, buf[:ndone])
		ba.setBytes(t, nb)
	}
	return Int(ndone), nil
}

// readaheadLine is iteration's line reader (CPython's
// readahead_get_line_skip): lines come from a read-ahead buffer of
// READAHEAD_BUFSIZE bytes, which grows by a quarter each time a line
// does not fit. A read-ahead that found end of file stays as an empty
// buffer, so iteration keeps stopping (even if the file grows) until a
// seek drops it, as in CPython.
func (st *fileState) readaheadLine(h *fileHandle) ([]byte, error) {
	var acc []byte
	size := readaheadSize
	for {
		if st.ra == nil {
			var buf []byte
			if cap(st.raSpare) >= size {
				buf, st.raSpare = st.raSpare[:size], nil
			} else {
				buf = make([]byte, size)
			}
			n, err := st.fread(h, buf)
			if n == 0 && err != nil {
				return nil, err
			}
			st.ra, st.raPos = buf[:n], 0
		}
		rest := st.ra[st.raPos:]
		if len(rest) == 0 {
			return acc, nil
		}
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line := rest[:i+1]
			if acc != nil {
				line = append(acc, line...)
			}
			st.raPos += i + 1
			if st.raPos == len(st.ra) {
				// The caller copies the line before the next read, so
				// the buffer can be reused.
				st.raSpare = st.ra[:0]
				st.ra, st.raPos = nil, 0
			}
			return line, nil
		}
		acc = append(acc, rest...)
		st.ra, st.raPos = nil, 0
		size += size >> 2
	}
}

func fileIterNext(t *Thread, v Value) (Value, error) {
	f := v.(*File)
	st := f.ref.Read(t.tx())
	if st.h == nil {
		return nil, errClosedFile()
	}
	if !st.readable {
		return nil, errFileMode("reading")
	}
	awaitInput(t, f)
	st = f.ref.Write(t.tx())
	h := st.h
	h.mu.Lock()
	line, err := st.readaheadLine(h)
	s := string(line)
	h.mu.Unlock()
	if err != nil {
		return nil, ioErr(err)
	}
	if len(s) == 0 {
		return nil, nil
	}
	return NewStr(s), nil
}
