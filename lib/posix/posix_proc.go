package posix

import (
	"crypto/rand"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"

	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// idFunc is a METH_NOARGS function giving a process or user id.
func idFunc(name string, get func() int) o.MethodDef {
	return noArgs(name, func(t *o.Thread) (o.Value, error) {
		effect(t)
		return o.Int(get()), nil
	})
}

// intsFunc is a function of n ints giving an int (getpgid, setpgid, kill).
func intsFunc(name string, n int, call func(a []int) (int, error), noResult bool) o.MethodDef {
	return fn(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, args, kw, n, n); err != nil {
			return nil, err
		}
		a := make([]int, n)
		for i := range a {
			v, err := intArg(t, args[i])
			if err != nil {
				return nil, err
			}
			a[i] = v
		}
		effect(t)
		r, err := call(a)
		if err != nil {
			return nil, osError(err)
		}
		if noResult {
			return o.None, nil
		}
		return o.Int(r), nil
	})
}

// waitFunc is one of the W* functions that read a wait status.
func waitFunc(name string, f func(ws syscall.WaitStatus) o.Value) o.MethodDef {
	return fn(name, func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
		if err := nargs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		return f(syscall.WaitStatus(uint32(n))), nil
	})
}

// clockTicks is sysconf(_SC_CLK_TCK) on Linux.
const clockTicks = 100

func cString(b []int8) string {
	var s strings.Builder
	for _, c := range b {
		if c == 0 {
			break
		}
		s.WriteByte(byte(c))
	}
	return s.String()
}

// validEnvName reports whether name can be set with putenv: not empty
// and without "=".
func validEnvName(name string) bool {
	return name != "" && !strings.Contains(name, "=")
}

// system runs command with /bin/sh and returns its wait status.
func system(command string) (int, error) {
	cmd := exec.Command("/bin/sh", "-c", command)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		if err == nil {
			err = syscall.ENOENT
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return -1, err
	}
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return int(ws), nil
}

func loadavg() ([3]float64, error) {
	var r [3]float64
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return r, err
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return r, syscall.EIO
	}
	for i := range r {
		if r[i], err = strconv.ParseFloat(f[i], 64); err != nil {
			return r, err
		}
	}
	return r, nil
}

func procFuncs() []o.MethodDef {
	return []o.MethodDef{
		idFunc("getpid", syscall.Getpid),
		idFunc("getppid", syscall.Getppid),
		idFunc("getuid", syscall.Getuid),
		idFunc("geteuid", syscall.Geteuid),
		idFunc("getgid", syscall.Getgid),
		idFunc("getegid", syscall.Getegid),
		idFunc("getpgrp", syscall.Getpgrp),
		noArgs("getgroups", func(t *o.Thread) (o.Value, error) {
			effect(t)
			gs, err := syscall.Getgroups()
			if err != nil {
				return nil, osError(err)
			}
			items := make([]o.Value, len(gs))
			for i, g := range gs {
				items[i] = o.Int(g)
			}
			return o.NewList(items), nil
		}),
		intsFunc("getpgid", 1, func(a []int) (int, error) { return syscall.Getpgid(a[0]) }, false),
		intsFunc("getsid", 1, func(a []int) (int, error) {
			r, _, e := syscall.RawSyscall(syscall.SYS_GETSID, uintptr(a[0]), 0, 0)
			if e != 0 {
				return 0, e
			}
			return int(r), nil
		}, false),
		noArgs("setsid", func(t *o.Thread) (o.Value, error) {
			effect(t)
			if _, err := syscall.Setsid(); err != nil {
				return nil, osError(err)
			}
			return o.None, nil
		}),
		noArgs("setpgrp", func(t *o.Thread) (o.Value, error) {
			effect(t)
			if err := syscall.Setpgid(0, 0); err != nil {
				return nil, osError(err)
			}
			return o.None, nil
		}),
		intsFunc("setpgid", 2, func(a []int) (int, error) { return 0, syscall.Setpgid(a[0], a[1]) }, true),
		intsFunc("kill", 2, func(a []int) (int, error) { return 0, syscall.Kill(a[0], syscall.Signal(a[1])) }, true),
		intsFunc("killpg", 2, func(a []int) (int, error) { return 0, syscall.Kill(-a[0], syscall.Signal(a[1])) }, true),
		intsFunc("umask", 1, func(a []int) (int, error) { return syscall.Umask(a[0]), nil }, false),
		fn("_exit", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("_exit", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			o.RunImmediateExitHooks()
			syscall.Exit(n)
			return o.None, nil
		}),
		fn("strerror", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("strerror", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			return o.NewStr(o.Strerror(n)), nil
		}),
		fn("urandom", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("urandom", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := modutil.Ssize(t, args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, o.Errorf(o.ValueError, "negative argument not allowed")
			}
			effect(t)
			buf := make([]byte, n)
			if _, err := rand.Read(buf); err != nil {
				return nil, osError(err)
			}
			return o.NewStr(string(buf)), nil
		}),
		noArgs("uname", func(t *o.Thread) (o.Value, error) {
			effect(t)
			var u syscall.Utsname
			if err := syscall.Uname(&u); err != nil {
				return nil, osError(err)
			}
			return o.NewTuple(o.NewStr(cString(u.Sysname[:])), o.NewStr(cString(u.Nodename[:])),
				o.NewStr(cString(u.Release[:])), o.NewStr(cString(u.Version[:])),
				o.NewStr(cString(u.Machine[:]))), nil
		}),
		noArgs("times", func(t *o.Thread) (o.Value, error) {
			effect(t)
			var tms syscall.Tms
			c, err := syscall.Times(&tms)
			if err != nil {
				return nil, osError(err)
			}
			f := func(x int64) o.Value { return o.Float(float64(x) / clockTicks) }
			return o.NewTuple(f(int64(tms.Utime)), f(int64(tms.Stime)), f(int64(tms.Cutime)),
				f(int64(tms.Cstime)), f(int64(c))), nil
		}),
		noArgs("getloadavg", func(t *o.Thread) (o.Value, error) {
			effect(t)
			r, err := loadavg()
			if err != nil {
				return nil, o.Errorf(o.OSError, "Load averages are unobtainable")
			}
			return o.NewTuple(o.Float(r[0]), o.Float(r[1]), o.Float(r[2])), nil
		}),
		noArgs("ctermid", func(t *o.Thread) (o.Value, error) { return o.NewStr("/dev/tty"), nil }),
		fn("putenv", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("putenv", args, kw, 2, 2); err != nil {
				return nil, err
			}
			k, err := strArg(t, "putenv", 1, args[0])
			if err != nil {
				return nil, err
			}
			v, err := strArg(t, "putenv", 2, args[1])
			if err != nil {
				return nil, err
			}
			if !validEnvName(k) {
				return nil, o.Errorf(o.ValueError, "illegal environment variable name")
			}
			effect(t)
			if err := os.Setenv(k, v); err != nil {
				return nil, osError(err)
			}
			return o.None, nil
		}),
		fn("unsetenv", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("unsetenv", args, kw, 1, 1); err != nil {
				return nil, err
			}
			k, err := strArg(t, "unsetenv", 1, args[0])
			if err != nil {
				return nil, err
			}
			if !validEnvName(k) {
				return nil, osError(syscall.EINVAL)
			}
			effect(t)
			if err := os.Unsetenv(k); err != nil {
				return nil, osError(err)
			}
			return o.None, nil
		}),
		fn("system", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("system", args, kw, 1, 1); err != nil {
				return nil, err
			}
			c, err := strArg(t, "system", 1, args[0])
			if err != nil {
				return nil, err
			}
			var ws int
			t.Blocking(func() { ws, err = system(c) })
			if err != nil {
				return nil, osError(err)
			}
			return o.Int(ws), nil
		}),
		waitFunc("WCOREDUMP", func(ws syscall.WaitStatus) o.Value { return o.NewBool(ws&0x80 != 0) }),
		waitFunc("WIFCONTINUED", func(ws syscall.WaitStatus) o.Value { return o.NewBool(ws.Continued()) }),
		waitFunc("WIFSTOPPED", func(ws syscall.WaitStatus) o.Value { return o.NewBool(ws.Stopped()) }),
		waitFunc("WIFSIGNALED", func(ws syscall.WaitStatus) o.Value { return o.NewBool(ws.Signaled()) }),
		waitFunc("WIFEXITED", func(ws syscall.WaitStatus) o.Value { return o.NewBool(ws.Exited()) }),
		waitFunc("WEXITSTATUS", func(ws syscall.WaitStatus) o.Value { return o.Int(int(ws>>8) & 0xff) }),
		waitFunc("WTERMSIG", func(ws syscall.WaitStatus) o.Value { return o.Int(int(ws) & 0x7f) }),
		waitFunc("WSTOPSIG", func(ws syscall.WaitStatus) o.Value { return o.Int(int(ws>>8) & 0xff) }),
	}
}
