package posix

import (
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// fdFunc is a function of one file descriptor whose only result is
// success or errno.
func fdFunc(name string, call func(fd int) error) o.MethodDef {
	return fn(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		fd, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		effect(t)
		if err := call(fd); err != nil {
			return nil, osError(err)
		}
		return o.None, nil
	})
}

// fdInt is a function of a file descriptor and an int.
func fdInt(name string, call func(fd, n int) error) o.MethodDef {
	return fn(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		fd, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		n, err := intArg(t, args[1])
		if err != nil {
			return nil, err
		}
		effect(t)
		if err := call(fd, n); err != nil {
			return nil, osError(err)
		}
		return o.None, nil
	})
}

// bufferArg converts the data argument of write() as the "s*" format
// does: a str or a bytearray as it is, a unicode encoded to ASCII.
func bufferArg(t *o.Thread, fname string, n int, v o.Value) ([]byte, error) {
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		return []byte(x.String()), nil
	case *o.Unicode:
		s, err := o.Encode(t, x, "ascii", "strict")
		if err != nil {
			return nil, err
		}
		return []byte(s.String()), nil
	case *o.ByteArray:
		return x.Bytes(t), nil
	}
	return nil, o.Errorf(o.TypeError, "%s() argument %d must be string or buffer, not %s", fname, n, modutil.TypeName(v))
}

func isatty(fd int) bool {
	var tio syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&tio)))
	return e == 0
}

func dup2(fd, fd2 int) error {
	if fd == fd2 {
		// dup2 of a descriptor onto itself only checks it.
		var st syscall.Stat_t
		return syscall.Fstat(fd, &st)
	}
	return syscall.Dup3(fd, fd2, 0)
}

// fdopen is os.fdopen(fd[, mode[, bufsize]]): a file object on an open
// descriptor, after the checks of CPython and of the C library's fdopen
// (the mode must suit how the descriptor was opened).
func fdopen(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if len(kw) > 0 {
		return nil, o.Errorf(o.TypeError, "fdopen() takes no keyword arguments")
	}
	if len(args) < 1 {
		return nil, o.Errorf(o.TypeError, "function takes at least 1 argument (%d given)", len(args))
	}
	if len(args) > 3 {
		return nil, o.Errorf(o.TypeError, "function takes at most 3 arguments (%d given)", len(args))
	}
	fd, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	mode := "r"
	if len(args) > 1 {
		s, ok := o.Unwrap(args[1]).(*o.Str)
		if !ok {
			return nil, o.Errorf(o.TypeError, "argument 2 must be string, not %s", modutil.TypeName(args[1]))
		}
		mode = s.String()
	}
	bufsize := -1
	if len(args) > 2 {
		if bufsize, err = intArg(t, args[2]); err != nil {
			return nil, err
		}
	}
	cmode, err := o.SanitizeFileMode(mode)
	if err != nil {
		return nil, err
	}
	effect(t)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		n := int(syscall.EISDIR)
		return nil, o.NewException(o.IOError, o.Int(n), o.NewStr(o.Strerror(n)), o.NewStr("<fdopen>"))
	}
	flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if e != 0 {
		return nil, osError(e)
	}
	wantRead := cmode[0] == 'r' || strings.Contains(cmode, "+")
	wantWrite := cmode[0] != 'r' || strings.Contains(cmode, "+")
	switch int(flags) & syscall.O_ACCMODE {
	case syscall.O_RDONLY:
		if wantWrite {
			return nil, osError(syscall.EINVAL)
		}
	case syscall.O_WRONLY:
		if wantRead {
			return nil, osError(syscall.EINVAL)
		}
	}
	if cmode[0] == 'a' {
		syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFL, flags|syscall.O_APPEND)
	}
	return o.NewFileFromFd(t, fd, o.NewStr("<fdopen>"), mode, bufsize), nil
}

func fdFuncs() []o.MethodDef {
	return []o.MethodDef{
		fn("fdopen", fdopen),
		fn("open", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("open", args, kw, 2, 3); err != nil {
				return nil, err
			}
			p, _, err := pathArg(t, "open", 1, args[0])
			if err != nil {
				return nil, err
			}
			flags, err := intArg(t, args[1])
			if err != nil {
				return nil, err
			}
			mode := 0777
			if len(args) > 2 {
				if mode, err = intArg(t, args[2]); err != nil {
					return nil, err
				}
			}
			effect(t)
			fd, err := syscall.Open(p, flags, uint32(mode))
			if err != nil {
				return nil, pathError(err, p)
			}
			return o.Int(fd), nil
		}),
		fdFunc("close", syscall.Close),
		fn("closerange", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("closerange", args, kw, 2, 2); err != nil {
				return nil, err
			}
			lo, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			hi, err := intArg(t, args[1])
			if err != nil {
				return nil, err
			}
			effect(t)
			for fd := lo; fd < hi; fd++ {
				syscall.Close(fd)
			}
			return o.None, nil
		}),
		fn("read", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("read", args, kw, 2, 2); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			n, err := intArg(t, args[1])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, osError(syscall.EINVAL)
			}
			buf := make([]byte, n)
			var got int
			// The read may wait: outside any transaction, as CPython
			// releases the GIL around it.
			t.Blocking(func() {
				for {
					got, err = syscall.Read(fd, buf)
					if err != syscall.EINTR {
						return
					}
				}
			})
			if err != nil {
				return nil, osError(err)
			}
			return o.NewStr(string(buf[:got])), nil
		}),
		fn("write", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("write", args, kw, 2, 2); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			data, err := bufferArg(t, "write", 2, args[1])
			if err != nil {
				return nil, err
			}
			effect(t)
			for {
				n, err := syscall.Write(fd, data)
				if err == syscall.EINTR {
					continue
				}
				if err != nil {
					return nil, osError(err)
				}
				return o.Int(n), nil
			}
		}),
		fn("lseek", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("lseek", args, kw, 3, 3); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			pos, err := modutil.AsSsize(t, args[1])
			if err != nil {
				if o.IsInstanceExc(err, o.OverflowError) {
					return nil, o.Errorf(o.OverflowError, "Python int too large to convert to C long")
				}
				return nil, err
			}
			how, err := intArg(t, args[2])
			if err != nil {
				return nil, err
			}
			effect(t)
			r, err := syscall.Seek(fd, int64(pos), how)
			if err != nil {
				return nil, osError(err)
			}
			return o.Int(r), nil
		}),
		fn("dup", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("dup", args, kw, 1, 1); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			r, err := syscall.Dup(fd)
			if err != nil {
				return nil, osError(err)
			}
			return o.Int(r), nil
		}),
		fdInt("dup2", dup2),
		noArgs("pipe", func(t *o.Thread) (o.Value, error) {
			effect(t)
			var p [2]int
			if err := syscall.Pipe(p[:]); err != nil {
				return nil, osError(err)
			}
			return o.NewTuple(o.Int(p[0]), o.Int(p[1])), nil
		}),
		fn("isatty", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("isatty", args, kw, 1, 1); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			return o.NewBool(isatty(fd)), nil
		}),
		fn("ttyname", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("ttyname", args, kw, 1, 1); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			if !isatty(fd) {
				var st syscall.Stat_t
				if err := syscall.Fstat(fd, &st); err != nil {
					return nil, osError(err)
				}
				return nil, osError(syscall.ENOTTY)
			}
			s, err := readlink("/proc/self/fd/" + strconv.Itoa(fd))
			if err != nil {
				return nil, osError(err)
			}
			return o.NewStr(s), nil
		}),
		fn("fstat", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("fstat", args, kw, 1, 1); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			var st syscall.Stat_t
			if err := syscall.Fstat(fd, &st); err != nil {
				return nil, osError(err)
			}
			return makeStat(&st), nil
		}),
		fn("fstatvfs", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("fstatvfs", args, kw, 1, 1); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			var st syscall.Statfs_t
			if err := syscall.Fstatfs(fd, &st); err != nil {
				return nil, osError(err)
			}
			return makeStatvfs(&st), nil
		}),
		fn("ftruncate", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("ftruncate", args, kw, 2, 2); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			n, err := o.AsInt(t, args[1])
			if err != nil {
				return nil, err
			}
			effect(t)
			if err := syscall.Ftruncate(fd, n); err != nil {
				return nil, osError(err)
			}
			return o.None, nil
		}),
		fdFunc("fsync", syscall.Fsync),
		fdFunc("fdatasync", syscall.Fdatasync),
		fdFunc("fchdir", syscall.Fchdir),
		fdInt("fchmod", func(fd, mode int) error { return syscall.Fchmod(fd, uint32(mode)) }),
		fn("fchown", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("fchown", args, kw, 3, 3); err != nil {
				return nil, err
			}
			var n [3]int
			for i := range n {
				v, err := intArg(t, args[i])
				if err != nil {
					return nil, err
				}
				n[i] = v
			}
			effect(t)
			if err := syscall.Fchown(n[0], n[1], n[2]); err != nil {
				return nil, osError(err)
			}
			return o.None, nil
		}),
	}
}
