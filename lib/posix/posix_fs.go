package posix

import (
	"math"
	"syscall"
	"unsafe"

	"github.com/pystm/pystm/interp"
	o "github.com/pystm/pystm/objects"
)

// statResultType is posix.stat_result: ten sequence fields (the times
// as ints), then the float times and st_blksize, st_blocks and st_rdev
// as attributes only.
var statResultType = interp.NewStructSeqType("posix.stat_result", 10,
	"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "", "", "",
	"st_atime", "st_mtime", "st_ctime", "st_blksize", "st_blocks", "st_rdev")

// statvfsResultType is posix.statvfs_result.
var statvfsResultType = interp.NewStructSeqType("posix.statvfs_result", 10,
	"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
	"f_flag", "f_namemax")

func init() {
	statResultType.SetDoc(`stat_result: the result of stat(), lstat() and fstat().

A tuple of (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime),
whose items are also the attributes st_mode, st_ino and so on; st_atime,
st_mtime and st_ctime are floats there (see stat_float_times()), and
st_blksize, st_blocks and st_rdev are attributes only.`)
	statvfsResultType.SetDoc(`statvfs_result: the result of statvfs() and fstatvfs().

A tuple of (bsize, frsize, blocks, bfree, bavail, files, ffree, favail,
flag, namemax), whose items are also the attributes f_bsize and so on.`)
	// A stat_result made from a 10-sequence gives its float times the
	// values of the integer ones.
	statResultType.Fixup = func(vals []o.Value) {
		for i := 7; i < 10; i++ {
			if vals[i+3] == o.None {
				vals[i+3] = vals[i]
			}
		}
	}
}

// makeStat builds a stat_result from a stat(2) buffer.
func makeStat(st *syscall.Stat_t) o.Value {
	times := [3]syscall.Timespec{st.Atim, st.Mtim, st.Ctim}
	vals := []o.Value{o.Int(int64(st.Mode)), o.Int(int64(st.Ino)), o.Int(int64(st.Dev)),
		o.Int(int64(st.Nlink)), o.Int(int64(st.Uid)), o.Int(int64(st.Gid)), o.Int(int64(st.Size)),
		nil, nil, nil, nil, nil, nil,
		o.Int(int64(st.Blksize)), o.Int(int64(st.Blocks)), o.Int(int64(st.Rdev))}
	floats := statFloatTimes.Load()
	for i, ts := range times {
		sec := o.Int(int64(ts.Sec))
		vals[7+i] = sec
		if floats {
			vals[10+i] = o.Float(float64(ts.Sec) + 1e-9*float64(ts.Nsec))
		} else {
			vals[10+i] = sec
		}
	}
	return statResultType.Make(vals...)
}

// path1 runs f on the path argument of a one-path function name(path).
func path1(name string, f func(t *o.Thread, p string) (o.Value, error)) o.MethodDef {
	return fn(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		p, _, err := pathArg(t, name, 1, args[0])
		if err != nil {
			return nil, err
		}
		effect(t)
		return f(t, p)
	})
}

// pathCall is path1 for a call whose only result is success or errno.
func pathCall(name string, call func(p string) error) o.MethodDef {
	return path1(name, func(t *o.Thread, p string) (o.Value, error) {
		if err := call(p); err != nil {
			return nil, pathError(err, p)
		}
		return o.None, nil
	})
}

// twoPaths is a call on two paths whose errors name no file (rename,
// link, symlink).
func twoPaths(name string, call func(a, b string) error) o.MethodDef {
	return fn(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		a, _, err := pathArg(t, name, 1, args[0])
		if err != nil {
			return nil, err
		}
		b, _, err := pathArg(t, name, 2, args[1])
		if err != nil {
			return nil, err
		}
		effect(t)
		if err := call(a, b); err != nil {
			return nil, osError(err)
		}
		return o.None, nil
	})
}

// pathInt is a call on a path and an int (chmod, mkfifo's mode ...);
// the int is optional with def when min is 1.
func pathInt(name string, min int, def int, call func(p string, n int) error) o.MethodDef {
	return fn(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, args, kw, min, 2); err != nil {
			return nil, err
		}
		p, _, err := pathArg(t, name, 1, args[0])
		if err != nil {
			return nil, err
		}
		n := def
		if len(args) > 1 {
			if n, err = intArg(t, args[1]); err != nil {
				return nil, err
			}
		}
		effect(t)
		if err := call(p, n); err != nil {
			return nil, pathError(err, p)
		}
		return o.None, nil
	})
}

func getcwd() (string, error) {
	buf := make([]byte, 4096)
	for {
		n, err := syscall.Getcwd(buf)
		if err == syscall.ERANGE {
			buf = make([]byte, 2*len(buf))
			continue
		}
		if err != nil {
			return "", err
		}
		// The system call counts the terminating NUL.
		if n > 0 && buf[n-1] == 0 {
			n--
		}
		return string(buf[:n]), nil
	}
}

// listdir returns the names in the folder p, in the system's order,
// without "." and "..".
func listdir(p string) ([]string, error) {
	fd, err := syscall.Open(p, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	var names []string
	buf := make([]byte, 8192)
	for {
		n, err := syscall.ReadDirent(fd, buf)
		if err != nil {
			if err == syscall.EINTR {
				continue
			}
			return nil, err
		}
		if n <= 0 {
			return names, nil
		}
		_, _, names = syscall.ParseDirent(buf[:n], -1, names)
	}
}

func readlink(p string) (string, error) {
	for size := 1024; ; size *= 2 {
		buf := make([]byte, size)
		n, err := syscall.Readlink(p, buf)
		if err != nil {
			return "", err
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

// timeArg converts one time of utime()'s pair to seconds and
// microseconds as CPython 2.7 does (a float's fraction truncated to
// microseconds, never negative).
func timeArg(t *o.Thread, v o.Value) (sec, usec int64, err error) {
	if f, ok := o.Unwrap(v).(o.Float); ok {
		x := float64(f)
		if math.IsNaN(x) || math.IsInf(x, 0) || x >= 9.3e18 || x <= -9.3e18 {
			if math.IsNaN(x) {
				return 0, 0, o.Errorf(o.ValueError, "cannot convert float NaN to integer")
			}
			if math.IsInf(x, 0) {
				return 0, 0, o.Errorf(o.OverflowError, "cannot convert float infinity to integer")
			}
			return 0, 0, o.Errorf(o.OverflowError, "Python int too large to convert to C long")
		}
		sec = int64(x)
		usec = int64((x - float64(sec)) * 1e6)
		if usec < 0 {
			usec = 0
		}
		return sec, usec, nil
	}
	sec, err = o.AsInt(t, v)
	return sec, 0, err
}

// utimesNow sets the times of the file p to now (utimensat with no
// times).
func utimesNow(p string) error {
	b, err := syscall.BytePtrFromString(p)
	if err != nil {
		return err
	}
	atFdcwd := -100
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(atFdcwd), uintptr(unsafe.Pointer(b)), 0, 0, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func utime(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := nargs("utime", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, _, err := pathArg(t, "utime", 1, args[0])
	if err != nil {
		return nil, err
	}
	if args[1] == o.None {
		effect(t)
		if err := utimesNow(p); err != nil {
			return nil, pathError(err, p)
		}
		return o.None, nil
	}
	tu, ok := o.Unwrap(args[1]).(*o.Tuple)
	if !ok || tu.Len() != 2 {
		return nil, o.Errorf(o.TypeError, "utime() arg 2 must be a tuple (atime, mtime)")
	}
	var tv [2]syscall.Timeval
	for i, x := range tu.Elems() {
		sec, usec, err := timeArg(t, x)
		if err != nil {
			return nil, err
		}
		tv[i] = syscall.Timeval{Sec: sec, Usec: usec}
	}
	effect(t)
	if err := syscall.Utimes(p, tv[:]); err != nil {
		return nil, pathError(err, p)
	}
	return o.None, nil
}

func chown(name string, call func(p string, uid, gid int) error) o.MethodDef {
	return fn(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, args, kw, 3, 3); err != nil {
			return nil, err
		}
		p, _, err := pathArg(t, name, 1, args[0])
		if err != nil {
			return nil, err
		}
		uid, err := o.AsInt(t, args[1])
		if err != nil {
			return nil, err
		}
		gid, err := o.AsInt(t, args[2])
		if err != nil {
			return nil, err
		}
		effect(t)
		if err := call(p, int(uid), int(gid)); err != nil {
			return nil, pathError(err, p)
		}
		return o.None, nil
	})
}

func makeStatvfs(st *syscall.Statfs_t) o.Value {
	const stValid = 0x20 // the kernel's flag that glibc's statvfs drops
	return statvfsResultType.Make(o.Int(st.Bsize), o.Int(st.Frsize), o.Int(int64(st.Blocks)),
		o.Int(int64(st.Bfree)), o.Int(int64(st.Bavail)), o.Int(int64(st.Files)), o.Int(int64(st.Ffree)),
		o.Int(int64(st.Ffree)), o.Int(st.Flags&^stValid), o.Int(st.Namelen))
}

func fsFuncs() []o.MethodDef {
	return []o.MethodDef{
		path1("stat", func(t *o.Thread, p string) (o.Value, error) {
			var st syscall.Stat_t
			if err := syscall.Stat(p, &st); err != nil {
				return nil, pathError(err, p)
			}
			return makeStat(&st), nil
		}),
		path1("lstat", func(t *o.Thread, p string) (o.Value, error) {
			var st syscall.Stat_t
			if err := syscall.Lstat(p, &st); err != nil {
				return nil, pathError(err, p)
			}
			return makeStat(&st), nil
		}),
		path1("statvfs", func(t *o.Thread, p string) (o.Value, error) {
			var st syscall.Statfs_t
			if err := syscall.Statfs(p, &st); err != nil {
				return nil, pathError(err, p)
			}
			return makeStatvfs(&st), nil
		}),
		fn("stat_float_times", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("stat_float_times", args, kw, 0, 1); err != nil {
				return nil, err
			}
			if len(args) == 0 {
				return o.NewBool(statFloatTimes.Load()), nil
			}
			n, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			statFloatTimes.Store(n != 0)
			return o.None, nil
		}),
		fn("listdir", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("listdir", args, kw, 1, 1); err != nil {
				return nil, err
			}
			p, uni, err := pathArg(t, "listdir", 1, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			names, err := listdir(p)
			if err != nil {
				return nil, pathError(err, p)
			}
			items := make([]o.Value, len(names))
			for i, n := range names {
				items[i] = decodeName(t, n, uni)
			}
			return o.NewList(items), nil
		}),
		noArgs("getcwd", func(t *o.Thread) (o.Value, error) {
			effect(t)
			s, err := getcwd()
			if err != nil {
				return nil, osError(err)
			}
			return o.NewStr(s), nil
		}),
		noArgs("getcwdu", func(t *o.Thread) (o.Value, error) {
			effect(t)
			s, err := getcwd()
			if err != nil {
				return nil, osError(err)
			}
			return o.Decode(t, s, fsEncoding, "strict")
		}),
		pathCall("chdir", syscall.Chdir),
		pathCall("chroot", syscall.Chroot),
		pathCall("rmdir", syscall.Rmdir),
		pathCall("unlink", syscall.Unlink),
		pathCall("remove", syscall.Unlink),
		pathInt("mkdir", 1, 0777, func(p string, mode int) error { return syscall.Mkdir(p, uint32(mode)) }),
		pathInt("chmod", 2, 0, func(p string, mode int) error { return syscall.Chmod(p, uint32(mode)) }),
		pathInt("mkfifo", 1, 0666, func(p string, mode int) error { return syscall.Mkfifo(p, uint32(mode)) }),
		fn("mknod", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("mknod", args, kw, 1, 3); err != nil {
				return nil, err
			}
			p, _, err := pathArg(t, "mknod", 1, args[0])
			if err != nil {
				return nil, err
			}
			mode, dev := 0600, 0
			if len(args) > 1 {
				if mode, err = intArg(t, args[1]); err != nil {
					return nil, err
				}
			}
			if len(args) > 2 {
				if dev, err = intArg(t, args[2]); err != nil {
					return nil, err
				}
			}
			effect(t)
			if err := syscall.Mknod(p, uint32(mode), dev); err != nil {
				return nil, pathError(err, p)
			}
			return o.None, nil
		}),
		chown("chown", syscall.Chown),
		chown("lchown", syscall.Lchown),
		twoPaths("rename", syscall.Rename),
		twoPaths("link", syscall.Link),
		twoPaths("symlink", syscall.Symlink),
		fn("readlink", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("readlink", args, kw, 1, 1); err != nil {
				return nil, err
			}
			p, uni, err := pathArg(t, "readlink", 1, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			s, err := readlink(p)
			if err != nil {
				return nil, pathError(err, p)
			}
			return decodeName(t, s, uni), nil
		}),
		fn("access", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("access", args, kw, 2, 2); err != nil {
				return nil, err
			}
			p, _, err := pathArg(t, "access", 1, args[0])
			if err != nil {
				return nil, err
			}
			mode, err := intArg(t, args[1])
			if err != nil {
				return nil, err
			}
			effect(t)
			return o.NewBool(syscall.Access(p, uint32(mode)) == nil), nil
		}),
		fn("utime", utime),
		fn("major", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			d, err := devArg(t, "major", args, kw)
			if err != nil {
				return nil, err
			}
			return o.Int(int64((d>>8)&0xfff | (d>>32)&^0xfff)), nil
		}),
		fn("minor", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			d, err := devArg(t, "minor", args, kw)
			if err != nil {
				return nil, err
			}
			return o.Int(int64(d&0xff | (d>>12)&^0xff)), nil
		}),
		fn("makedev", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("makedev", args, kw, 2, 2); err != nil {
				return nil, err
			}
			ma, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			mi, err := intArg(t, args[1])
			if err != nil {
				return nil, err
			}
			x, y := uint64(uint32(ma)), uint64(uint32(mi))
			return o.Int(int64(x&0xfff<<8 | x&^0xfff<<32 | y&0xff | y&^0xff<<12)), nil
		}),
	}
}

func devArg(t *o.Thread, name string, args, kw []o.Value) (uint64, error) {
	if err := nargs(name, args, kw, 1, 1); err != nil {
		return 0, err
	}
	// A device number converts as an unsigned long through __index__.
	v, err := o.Index(t, args[0])
	if err != nil {
		return 0, err
	}
	b, _ := o.AsBig(v)
	if b == nil {
		return 0, o.Errorf(o.TypeError, "an integer is required")
	}
	if b.Sign() < 0 {
		return 0, o.Errorf(o.OverflowError, "can't convert negative number to unsigned long")
	}
	if !b.IsUint64() {
		return 0, o.Errorf(o.OverflowError, "long int too large to convert")
	}
	return b.Uint64(), nil
}
