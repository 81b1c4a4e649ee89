// Package thread is Python 2.7's thread module for pystm: threads that
// run Python code in parallel (each in its own transactions, so that
// programs behave as under CPython's global lock), locks, and
// thread-local data.
//
// A lock's state is transactional: taking a free lock is an ordinary
// write, so an uncontended lock costs no more than that and two threads
// taking it at once conflict like any two writers. Waiting for a held
// lock commits the running transaction and waits outside it, as CPython
// releases the GIL while it waits.
package thread

import (
	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

func init() { interp.RegisterModule("thread", newModule) }

const moduleDoc = `Low-level threads and locks; the threading module builds on them.

In pystm the threads of a program run on several cores at once, and the
program still behaves as if one thread at a time ran between bytecodes.`

// LockType is thread.LockType (thread.lock).
var LockType = o.NewBuiltinType("thread.lock", o.ObjectType, 0)

// Lock is a thread.lock: locked or not; any thread may release it.
type Lock struct {
	ref stm.Ref[lockState]
	// waiters wait here for a release to commit.
	waiters o.WaitQueue
}

// lockState has no slice or map: a private copy shares nothing.
type lockState struct {
	locked bool
}

// Type returns thread.lock.
func (*Lock) Type() *o.Type { return LockType }

// NewLock returns an unlocked lock.
func NewLock(t *o.Thread) *Lock {
	a := &struct {
		l  Lock
		st lockState
	}{}
	a.l.ref.InitFresh(modutil.Tx(t), &a.st)
	return &a.l
}

// Acquire takes the lock, waiting for it when blocking is set, and
// reports whether it got it.
//
// In a transaction that may abort, a free lock is taken by lock elision
// (STM_SPEC §4): the lock is only read and the thread notes that it
// holds it; if the release comes in the same transaction, nothing was
// written, and threads that take one lock to work on disjoint data run
// in parallel. If the transaction must end or turn inevitable first, the
// acquire is written then (a BeforeEnd hook), and the lock is held for
// real. A thread that really takes the lock meanwhile writes what the
// eliding transaction read, so one of them aborts: locks keep their
// meaning.
//
// Waiting for a held lock inside an atomic block cannot end well (the
// holder could not commit its release while the block's transaction is
// inevitable): it raises thread.error.
func (l *Lock) Acquire(t *o.Thread, blocking bool) (bool, error) {
	if elidedIndex(t, l) >= 0 {
		// Held by this thread, by elision: take it for real, as the
		// waits below need.
		materialize(t)
	}
	for {
		if !l.ref.Read(t.Tx).locked {
			if t.Tx.MayAbort() {
				if t.ElidedTx != t.Tx {
					if t.ElidedHook == nil {
						t.ElidedHook = func() { materialize(t) }
					}
					t.Tx.BeforeEnd(t.ElidedHook)
					t.ElidedTx = t.Tx
				}
				t.Elided = append(t.Elided, l)
				return true, nil
			}
			l.ref.Write(t.Tx).locked = true
			return true, nil
		}
		if !blocking {
			return false, nil
		}
		if t.Atomic > 0 {
			return false, o.NewException(errorClass(t), o.NewStr("cannot wait for a lock inside an atomic block"))
		}
		ticket := l.waiters.Ticket()
		t.Blocking(func() {
			if stm.Parallel() && !l.ref.Peek().locked {
				return // released since this transaction looked
			}
			<-ticket
		})
	}
}

// elidedIndex returns where l is in t's elided locks, or -1.
func elidedIndex(t *o.Thread, l *Lock) int {
	for i, e := range t.Elided {
		if e == l {
			return i
		}
	}
	return -1
}

// materialize writes the acquires of t's elided locks: from now on they
// are held for real.
func materialize(t *o.Thread) {
	for _, e := range t.Elided {
		e.(*Lock).ref.Write(t.Tx).locked = true
	}
	clear(t.Elided)
	t.Elided = t.Elided[:0]
}

// Release unlocks the lock; it is an error if it is not locked.
func (l *Lock) Release(t *o.Thread) error {
	if i := elidedIndex(t, l); i >= 0 {
		// Taken by elision in this transaction: nothing was written,
		// and nothing is.
		t.Elided = append(t.Elided[:i], t.Elided[i+1:]...)
		return nil
	}
	if !l.ref.Read(t.Tx).locked {
		return o.NewException(errorClass(t), o.NewStr("release unlocked lock"))
	}
	l.ref.Write(t.Tx).locked = false
	l.waiters.SignalOnCommit(t)
	if l.waiters.Waiting() {
		t.YieldSoon()
	}
	return nil
}

// Locked reports whether the lock is held.
func (l *Lock) Locked(t *o.Thread) bool {
	return elidedIndex(t, l) >= 0 || l.ref.Read(t.Tx).locked
}

// errorClass returns thread.error of t's interpreter.
func errorClass(t *o.Thread) *o.Type {
	if m, ok := t.RT.Modules.GetString(t, "thread").(*o.Module); ok {
		if c, ok := m.Dict().GetString(t, "error").(*o.Type); ok {
			return c
		}
	}
	return o.RuntimeError
}

// Error returns thread.error (pypystm.error is the same class).
func Error(t *o.Thread) *o.Type { return errorClass(t) }

func acquireArg(t *o.Thread, name string, args, kw []o.Value) (bool, error) {
	if len(kw) > 0 {
		return false, o.Errorf(o.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return false, o.Errorf(o.TypeError, "%s() takes at most 1 argument (%d given)", name, len(args))
	}
	if len(args) == 0 {
		return true, nil
	}
	n, err := o.AsInt(t, args[0])
	if err != nil {
		return false, err
	}
	return n != 0, nil
}

func lockAcquire(name string) func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
		blocking, err := acquireArg(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		ok, err := self.(*Lock).Acquire(t, blocking)
		if err != nil {
			return nil, err
		}
		return o.Bool(ok), nil
	}
}

func lockRelease(name string) func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
		if err := modutil.NoArgs(name, args, kw); err != nil {
			return nil, err
		}
		if err := self.(*Lock).Release(t); err != nil {
			return nil, err
		}
		return o.None, nil
	}
}

func lockLocked(name string) func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
		if err := modutil.NoArgs(name, args, kw); err != nil {
			return nil, err
		}
		return o.Bool(self.(*Lock).Locked(t)), nil
	}
}

const acquireDoc = `acquire([wait]) -> bool
(acquire_lock() is an obsolete synonym)

Take the lock. With no argument, or a true one, wait until it is free
(even if this thread holds it) and return True. With a false argument,
return at once: True if the lock was taken, False if it was held.`

const releaseDoc = `release()
(release_lock() is an obsolete synonym)

Free the lock, so that a thread waiting for it can take it. The lock
must be held, by any thread.`

const lockedDoc = `locked() -> bool
(locked_lock() is an obsolete synonym)

Tell whether the lock is held.`

func init() {
	LockType.AddAttr("__doc__", o.NewStr(`A lock: held or free. acquire() takes it, waiting while another
thread holds it; release() frees it; locked() tells which. Any thread
may free a lock, and a thread that takes a lock it holds waits forever.`))
	LockType.AddMethods([]o.MethodDef{
		{Name: "acquire", Fn: lockAcquire("acquire"), Doc: acquireDoc},
		{Name: "acquire_lock", Fn: lockAcquire("acquire_lock"), Doc: acquireDoc},
		{Name: "release", Fn: lockRelease("release"), Doc: releaseDoc},
		{Name: "release_lock", Fn: lockRelease("release_lock"), Doc: releaseDoc},
		{Name: "locked", Fn: lockLocked("locked"), Doc: lockedDoc},
		{Name: "locked_lock", Fn: lockLocked("locked_lock"), Doc: lockedDoc},
		{Name: "__enter__", Fn: lockAcquire("__enter__"), Doc: acquireDoc},
		{Name: "__exit__", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if err := self.(*Lock).Release(t); err != nil {
				return nil, err
			}
			return o.None, nil
		}, Doc: releaseDoc},
	})
}
