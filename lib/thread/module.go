package thread

import (
	"sync/atomic"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// running counts the threads started by start_new_thread that have not
// ended (thread._count()).
var running atomic.Int64

// stackSize is what stack_size() last set (Go sizes goroutine stacks
// itself; the value is only remembered).
var stackSize atomic.Int64

func newModule(t *o.Thread) (*o.Module, error) {
	interp.PrepareThreads()
	m := interp.NewModule(t, "thread", []o.MethodDef{
		{Name: "start_new_thread", Fn: startNewThread, Doc: startDoc},
		{Name: "start_new", Fn: startNewThread, Doc: startDoc},
		{Name: "allocate_lock", Fn: allocateLock, Doc: allocateDoc},
		{Name: "allocate", Fn: allocateLock, Doc: allocateDoc},
		{Name: "get_ident", Fn: getIdent, Doc: identDoc},
		{Name: "exit", Fn: exitThread, Doc: exitDoc},
		{Name: "exit_thread", Fn: exitThread, Doc: exitDoc},
		{Name: "interrupt_main", Fn: interruptMain, Doc: interruptDoc},
		{Name: "stack_size", Fn: stackSizeFn, Doc: stackSizeDoc},
		{Name: "_count", Fn: count, Doc: countDoc},
	})
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	errCls, err := modutil.NewException(t, "thread.error", o.ExceptionType)
	if err != nil {
		return nil, err
	}
	d.SetString(t, "error", errCls)
	d.SetString(t, "LockType", LockType)
	d.SetString(t, "_local", LocalType)
	return m, nil
}

const startDoc = `start_new_thread(function, args[, kwargs])
(start_new() is an obsolete synonym)

Start a thread that calls function(*args, **kwargs), and return its
ident. The thread ends when the function returns (its result is dropped)
or raises: an exception other than SystemExit is reported on stderr.`

func startNewThread(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if len(kw) > 0 {
		return nil, o.Errorf(o.TypeError, "start_new_thread() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, o.Errorf(o.TypeError, "start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 3 {
		return nil, o.Errorf(o.TypeError, "start_new_thread expected at most 3 arguments, got %d", len(args))
	}
	fn := args[0]
	if !o.Callable(fn) && !isOldCallable(t, fn) {
		return nil, o.Errorf(o.TypeError, "first arg must be callable")
	}
	tu, ok := args[1].(*o.Tuple)
	if !ok {
		return nil, o.Errorf(o.TypeError, "2nd arg must be a tuple")
	}
	var kwargs []o.Value
	if len(args) == 3 {
		d, ok := args[2].(*o.Dict)
		if !ok {
			return nil, o.Errorf(o.TypeError, "optional 3rd arg must be a dictionary")
		}
		keys, vals := d.Items(t)
		for i := range keys {
			kwargs = append(kwargs, keys[i], vals[i])
		}
	}
	callArgs := tu.Elems()
	running.Add(1)
	ident := interp.StartThread(t, func(nt *o.Thread) {
		defer running.Add(-1)
		if _, err := o.Call(nt, fn, callArgs, kwargs); err != nil {
			interp.ReportThreadError(nt, fn, err)
		}
	})
	return o.Int(ident), nil
}

func isOldCallable(t *o.Thread, v o.Value) bool {
	if oi, ok := v.(*o.OldInstance); ok {
		return o.HasAttr(t, oi, o.Intern("__call__"))
	}
	return false
}

const allocateDoc = `allocate_lock() -> lock object
(allocate() is an obsolete synonym)

Make a new lock, free. See help(LockType).`

func allocateLock(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("allocate_lock", args, kw); err != nil {
		return nil, err
	}
	return NewLock(t), nil
}

const identDoc = `get_ident() -> integer

Return a nonzero integer that tells the running thread from the others
alive at the same time. Treat it as an opaque cookie: a thread that
ended may pass its ident on to a new one.`

func getIdent(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("get_ident", args, kw); err != nil {
		return nil, err
	}
	return o.Int(t.Ident), nil
}

const exitDoc = `exit()
(exit_thread() is an obsolete synonym)

Raise SystemExit, which ends the thread quietly unless it is caught.`

func exitThread(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("exit", args, kw); err != nil {
		return nil, err
	}
	return nil, o.NewException(o.SystemExit)
}

const interruptDoc = `interrupt_main()

Make KeyboardInterrupt happen in the main thread, soon.`

func interruptMain(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("interrupt_main", args, kw); err != nil {
		return nil, err
	}
	interp.InterruptMain()
	return o.None, nil
}

const stackSizeDoc = `stack_size([size]) -> size

Return the stack size that new threads get (0: the default), and set it
if size is given: 0, or at least 32768 bytes; anything else is a
ValueError and changes nothing. pystm's threads grow their stacks as they
need, so the value is only remembered.`

func stackSizeFn(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := o.ParseTuple("stack_size", args, kw, 0, 1); err != nil {
		return nil, err
	}
	old := stackSize.Load()
	if len(args) == 1 {
		n, err := o.AsInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n != 0 && n < 32768 {
			return nil, o.Errorf(o.ValueError, "size not valid: %d bytes", n)
		}
		stackSize.Store(n)
	}
	return o.Int(old), nil
}

const countDoc = `_count() -> integer

Return how many threads started by start_new_thread() (threading's
included) are still running, the main thread not counted. For
specialised uses; threading.enumerate() is what programs want.`

func count(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("_count", args, kw); err != nil {
		return nil, err
	}
	return o.Int(running.Load()), nil
}
