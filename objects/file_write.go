package objects

// charBuffer returns the bytes of v as PyObject_AsCharBuffer gives them
// (a str, a unicode through the default encoding, a bytearray, a buffer
// or another object with the buffer interface), or false.
func charBuffer(t *Thread, v Value) ([]byte, bool) {
	if u, ok := asUnicode(v); ok {
		s, err := encodeDefault(t, u)
		if err != nil {
			return nil, false
		}
		return []byte(s.s), true
	}
	if s, ok := ReadBuffer(t, v); ok {
		return []byte(s), true
	}
	return nil, false
}

// readBuffer returns the bytes of v as PyObject_AsReadBuffer gives them:
// as charBuffer, except that a unicode gives its internal UCS-4 bytes.
func readBuffer(t *Thread, v Value) ([]byte, bool) {
	if s, ok := ReadBuffer(t, v); ok {
		return []byte(s), true
	}
	return nil, false
}

// writeBytes writes p to the file's handle and reports a write error,
// including one left by an earlier unchecked write (C's ferror).
func (st *fileState) writeBytes(p []byte) error {
	h := st.h
	h.mu.Lock()
	err := h.write(p)
	if err == nil {
		err = h.errSeen
	}
	h.errSeen = nil
	h.mu.Unlock()
	if err != nil {
		return ioErr(err)
	}
	return nil
}

func fileWrite(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	if !st.writable {
		return nil, errFileMode("writing")
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "function takes exactly 1 argument (%d given)", len(args))
	}
	v := args[0]
	var data []byte
	if st.binary {
		if s, ok := AsString(v); ok {
			data = []byte(s)
		} else if u, ok := asUnicode(v); ok {
			s, err := encodeDefault(t, u)
			if err != nil {
				return nil, err
			}
			data = []byte(s.s)
		} else if b, ok := charBuffer(t, v); ok {
			data = b
		} else {
			return nil, Errorf(TypeError, "argument 1 must be string or buffer, not %s", typeNameOf(v))
		}
	} else if s, ok := AsString(v); ok {
		data = []byte(s)
	} else if u, ok := asUnicode(v); ok {
		enc, errs := "ascii", "strict"
		if e, ok := st.encoding.(*Str); ok {
			enc = e.s
		}
		if e, ok := st.errors.(*Str); ok {
			errs = e.s
		}
		s, err := Encode(t, u, enc, errs)
		if err != nil {
			return nil, err
		}
		data = []byte(s.s)
	} else if b, ok := charBuffer(t, v); ok {
		data = b
	} else {
		return nil, Errorf(TypeError, "expected a string or other character buffer object")
	}
	inevitable(t)
	st = f.ref.Read(t.tx())
	if st.h == nil {
		return nil, errClosedFile()
	}
	if st.softspace != 0 {
		f.ref.Write(t.tx()).softspace = 0
	}
	if err := st.writeBytes(data); err != nil {
		return nil, err
	}
	return None, nil
}

// writelinesChunk is how many lines file.writelines takes from an
// iterable (and checks) before it writes them.
const writelinesChunk = 1000

func fileWritelines(t *Thread, f *File, st *fileState, args, kw []Value) (Value, error) {
	if !st.writable {
		return nil, errFileMode("writing")
	}
	seq := args[0]
	list, isList := seq.(*List)
	var it Value
	if !isList {
		var err error
		if it, err = Iter(t, seq); err != nil {
			return nil, Errorf(TypeError, "writelines() requires an iterable argument")
		}
	}
	for index := 0; ; index += writelinesChunk {
		var chunk []Value
		if isList {
			items := list.Items(t)
			if index < len(items) {
				end := index + writelinesChunk
				if end > len(items) {
					end = len(items)
				}
				chunk = append(chunk, items[index:end]...)
			}
		} else {
			for len(chunk) < writelinesChunk {
				x, err := Next(t, it)
				if err != nil {
					return nil, err
				}
				if x == nil {
					break
				}
				chunk = append(chunk, x)
			}
			if f.ref.Read(t.tx()).h == nil {
				return nil, errClosedFile()
			}
		}
		if len(chunk) == 0 {
			break
		}
		st = f.ref.Read(t.tx())
		data := make([][]byte, len(chunk))
		for i, v := range chunk {
			if s, ok := v.(*Str); ok {
				data[i] = []byte(s.s)
				continue
			}
			var b []byte
			var ok bool
			if st.binary {
				b, ok = readBuffer(t, v)
			} else {
				b, ok = charBuffer(t, v)
			}
			if !ok {
				return nil, Errorf(TypeError, "writelines() argument must be a sequence of strings")
			}
			data[i] = b
		}
		inevitable(t)
		st = f.ref.Read(t.tx())
		if st.h == nil {
			return nil, errClosedFile()
		}
		if st.softspace != 0 {
			f.ref.Write(t.tx()).softspace = 0
		}
		h := st.h
		h.mu.Lock()
		for _, b := range data {
			if err := h.write(b); err != nil {
				h.mu.Unlock()
				return nil, ioErr(err)
			}
		}
		h.mu.Unlock()
		if len(chunk) < writelinesChunk {
			break
		}
	}
	return None, nil
}

// Softspace returns the file's softspace flag.
func (f *File) Softspace(t *Thread) int { return f.ref.Read(t.tx()).softspace }

// SetSoftspace sets the file's softspace flag.
func (f *File) SetSoftspace(t *Thread, v int) {
	if f.ref.Read(t.tx()).softspace != v {
		f.ref.Write(t.tx()).softspace = v
	}
}

// SoftspaceSwap sets the softspace flag to v and returns its old value
// (CPython's PyFile_SoftSpace).
func (f *File) SoftspaceSwap(t *Thread, v int) int {
	old := f.ref.Read(t.tx()).softspace
	if old != v {
		f.ref.Write(t.tx()).softspace = v
	}
	return old
}

// WriteString writes s as CPython's PyFile_WriteString does: a closed
// file is an error, a failed write is only noted for the next check.
func (f *File) WriteString(t *Thread, s string) error {
	inevitable(t)
	st := f.ref.Read(t.tx())
	if st.h == nil {
		return errClosedFile()
	}
	h := st.h
	h.mu.Lock()
	if err := h.write([]byte(s)); err != nil {
		h.errSeen = err
	}
	h.mu.Unlock()
	return nil
}

// WriteObject writes str(v) as the print statement does (CPython's
// PyFile_WriteObject with Py_PRINT_RAW): a unicode is encoded with the
// file's encoding when it has one, else with the default encoding.
func (f *File) WriteObject(t *Thread, v Value) error {
	st := f.ref.Read(t.tx())
	if st.h == nil {
		return errClosedFile()
	}
	var data string
	if s, ok := v.(*Str); ok {
		data = s.s
	} else if u, ok := asUnicode(v); ok && st.encoding != None {
		enc, _ := st.encoding.(*Str)
		errs := "strict"
		if e, ok := st.errors.(*Str); ok {
			errs = e.s
		}
		e, err := Encode(t, u, enc.s, errs)
		if err != nil {
			return err
		}
		data = e.s
	} else {
		s, err := ToStr(t, v)
		if err != nil {
			return err
		}
		data = s.s
	}
	inevitable(t)
	st = f.ref.Read(t.tx())
	if st.h == nil {
		return errClosedFile()
	}
	return st.writeBytes([]byte(data))
}

// PrintItem is the print statement's item on a file (PRINT_ITEM): a
// space first if softspace is set, then str(v), then softspace set
// unless v is a string ending in whitespace other than a space.
func (f *File) PrintItem(t *Thread, v Value) error {
	if f.SoftspaceSwap(t, 0) != 0 {
		if err := f.WriteString(t, " "); err != nil {
			return err
		}
	}
	if err := f.WriteObject(t, v); err != nil {
		return err
	}
	if s, ok := AsString(v); ok {
		if n := len(s); n > 0 {
			c := s[n-1]
			if c != ' ' && (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
				return nil
			}
		}
	} else if u, ok := asUnicode(v); ok {
		if n := len(u.r); n > 0 {
			c := u.r[n-1]
			if c != ' ' && isUnicodeSpace(c) {
				return nil
			}
		}
	}
	f.SetSoftspace(t, 1)
	return nil
}

// PrintNewline ends a print statement on a file (PRINT_NEWLINE).
func (f *File) PrintNewline(t *Thread) error {
	if err := f.WriteString(t, "\n"); err != nil {
		return err
	}
	f.SetSoftspace(t, 0)
	return nil
}

// IsUnicodeSpace reports whether c is whitespace as unicode.isspace
// (CPython's Py_UNICODE_ISSPACE) sees it.
func IsUnicodeSpace(c rune) bool { return isUnicodeSpace(c) }
