package objects

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pystm/pystm/stm"
)

// Finalizers (__del__).
//
// CPython calls __del__ the moment an object's reference count drops to
// zero. pystm has a tracing garbage collector, so an object with a
// __del__ is finalized after the collector finds it unreachable: later
// than in CPython, at no predictable point, and never for an object in a
// reference cycle (such cycles are kept alive, as CPython 2.7 keeps
// uncollectable cycles with __del__ in gc.garbage). gc.collect() and the
// end of the program run the pending finalizers.
//
// Go runs finalizers on a goroutine of its own; Python code must not run
// there. The Go finalizer only queues the object; a thread running
// Python code calls the __del__ methods at its next check (a backward
// jump or a call), when Attention is set.

// Attention is set when a thread running Python code should stop at its
// next check: finalizers are queued, or a signal arrived.
var Attention atomic.Bool

var (
	finalMu    sync.Mutex
	finalQueue []Value
)

// enqueueFinalizer is the Go finalizer of objects with __del__.
func enqueueFinalizer(v Value) {
	finalMu.Lock()
	finalQueue = append(finalQueue, v)
	finalMu.Unlock()
	Attention.Store(true)
}

// delWatched is set once an object with a __del__ has been made.
var delWatched atomic.Bool

// FinalizersPossible reports whether the program has made an object
// with a __del__: without one, a collection finds nothing to finalize.
func FinalizersPossible() bool { return delWatched.Load() }

// watchDel arranges for v's __del__ to run once v is unreachable.
func watchDel(v Value) {
	if !delWatched.Load() {
		delWatched.Store(true)
	}
	switch x := v.(type) {
	case *Instance:
		runtime.SetFinalizer(x, func(p *Instance) { enqueueFinalizer(p) })
	case *OldInstance:
		runtime.SetFinalizer(x, func(p *OldInstance) { enqueueFinalizer(p) })
	}
}

// cancelDelOnAbort makes the abort of tx, which made v, cancel v's
// __del__: an object of a transaction that did not happen is not
// finalized.
func cancelDelOnAbort(tx *stm.Tx, v Value) {
	if tx.MayAbort() {
		tx.OnAbort(func() { runtime.SetFinalizer(v, nil) })
	}
}

// FinalizersPending reports whether __del__ calls are queued.
func FinalizersPending() bool {
	finalMu.Lock()
	n := len(finalQueue)
	finalMu.Unlock()
	return n > 0
}

// RunFinalizers calls the queued __del__ methods. An exception in one is
// reported on stderr as CPython reports exceptions it cannot raise
// ("Exception ... in <bound method ...> ignored") and the others still
// run. They run in t's transaction: if it aborts, what they did is
// undone and they are queued again.
func RunFinalizers(t *Thread) {
	for {
		finalMu.Lock()
		q := finalQueue
		finalQueue = nil
		finalMu.Unlock()
		if len(q) == 0 {
			return
		}
		if tx := t.tx(); tx.MayAbort() {
			tx.OnAbort(func() {
				finalMu.Lock()
				finalQueue = append(finalQueue, q...)
				finalMu.Unlock()
				Attention.Store(true)
			})
		}
		for _, v := range q {
			callDel(t, v)
		}
	}
}

// CollectGarbage runs the Go collector until it finds no more objects to
// finalize, running their __del__ methods (gc.collect(), and the end of
// the program).
func CollectGarbage(t *Thread) {
	for i := 0; i < 8; i++ {
		collectAndWait()
		if !FinalizersPending() {
			return
		}
		RunFinalizers(t)
	}
}

// gcSentinel is an object whose only purpose is to be finalized.
type gcSentinel struct{ _ [16]byte }

// collectAndWait runs Go's collector and waits until its finalizer
// goroutine has run what the collection found: a sentinel made
// unreachable just before is finalized in the same round.
func collectAndWait() {
	done := make(chan struct{})
	s := &gcSentinel{}
	runtime.SetFinalizer(s, func(*gcSentinel) { close(done) })
	s = nil
	runtime.GC()
	select {
	case <-done:
	case <-time.After(250 * time.Millisecond):
	}
	// Let the finalizer goroutine finish the rest of its queue.
	for i := 0; i < 4; i++ {
		runtime.Gosched()
	}
}

func callDel(t *Thread, v Value) {
	var m Value
	var err error
	switch x := v.(type) {
	case *OldInstance:
		m, err = GetAttrString(t, x, "__del__")
	default:
		m, err = lookupSpecialBound(t, v, "__del__")
	}
	if err == nil && m != nil {
		_, err = Call(t, m, nil, nil)
	}
	if err != nil && m != nil {
		WriteUnraisable(t, err, m)
	}
}

// lookupSpecialBound returns v's special method name bound to v, found
// on its type, or nil.
func lookupSpecialBound(t *Thread, v Value, name string) (Value, error) {
	d := v.Type().Lookup(t, Intern(name))
	if d == nil {
		return nil, nil
	}
	if g := d.Type().DescrGet; g != nil {
		return g(t, d, v, v.Type())
	}
	return d, nil
}

// WriteUnraisable reports an exception that cannot be raised (one from
// __del__), as CPython's PyErr_WriteUnraisable does: "Exception X: msg in
// <obj> ignored" on stderr.
func WriteUnraisable(t *Thread, err error, obj Value) {
	exc := AsException(err)
	where := "?"
	if s, rerr := Repr(t, obj); rerr == nil {
		where = s.s
	}
	msg := ExceptionName(exc.Type)
	if exc.Value != nil && exc.Value != None {
		if s, rerr := Repr(t, exc.Value); rerr == nil {
			msg += ": " + s.s
		}
	}
	w := writeStderr
	w(t, fmt.Sprintf("Exception %s in %s ignored\n", msg, where))
}

// writeStderr writes to sys.stderr (the interpreter replaces it with one
// that goes through the file object; by default it writes to fd 2).
var writeStderr = func(t *Thread, s string) { os.Stderr.WriteString(s) }

// SetStderrWriter sets how WriteUnraisable writes to sys.stderr.
func SetStderrWriter(f func(t *Thread, s string)) { writeStderr = f }
