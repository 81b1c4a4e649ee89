package interp

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"

	o "github.com/pystm/pystm/objects"
)

// interruptPending is set by SIGINT; the main thread's loop turns it into
// KeyboardInterrupt at its next check (a loop's back edge or a call).
var interruptPending atomic.Bool

var signalsOnce bool

// interruptsOn is set once SIGINT raises KeyboardInterrupt.
var interruptsOn atomic.Bool

// HandlingInterrupts reports whether Ctrl-C (SIGINT) raises
// KeyboardInterrupt (HandleInterrupts was called): if not, it ends the
// process.
func HandlingInterrupts() bool { return interruptsOn.Load() }

// HandleInterrupts makes Ctrl-C (SIGINT) raise KeyboardInterrupt in the
// main thread, as CPython's default SIGINT handler does. As CPython, it
// leaves SIGINT ignored if it was ignored when the process started (a
// background job of a shell).
func HandleInterrupts() {
	if signalsOnce {
		return
	}
	signalsOnce = true
	if signal.Ignored(syscall.SIGINT) {
		return
	}
	interruptsOn.Store(true)
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, syscall.SIGINT)
	go func() {
		for range ch {
			interruptPending.Store(true)
			o.Attention.Store(true)
			intrMu.Lock()
			close(intrCh)
			intrCh = make(chan struct{})
			intrMu.Unlock()
		}
	}()
}

var (
	intrMu sync.Mutex
	intrCh = make(chan struct{})
)

// Interrupted returns a channel closed at the next SIGINT, for the waits
// that Ctrl-C interrupts in CPython (time.sleep in the main thread).
// After the wait, TakeInterrupt gives the KeyboardInterrupt.
func Interrupted() <-chan struct{} {
	intrMu.Lock()
	defer intrMu.Unlock()
	return intrCh
}

// TakeInterrupt returns KeyboardInterrupt, and clears it, if a SIGINT is
// pending.
func TakeInterrupt() error { return checkInterrupt() }

// checkInterrupt returns KeyboardInterrupt if one is pending.
func checkInterrupt() error {
	if interruptPending.Load() && interruptPending.CompareAndSwap(true, false) {
		return o.NewException(o.KeyboardInterrupt)
	}
	return nil
}

// attend handles what set o.Attention: a request to abort t's
// transaction (from a transaction that won a conflict with it), queued
// finalizers (__del__ methods) and, in the main thread, a pending SIGINT,
// which becomes KeyboardInterrupt.
func attend(t *o.Thread) error {
	o.Attention.Store(false)
	if t.TakeAttn() && t.Tx != nil && t.Tx.Running() {
		t.Tx.Check()
	}
	if o.AttnPending() {
		o.Attention.Store(true)
	}
	if o.FinalizersPending() {
		o.RunFinalizers(t)
	}
	// KeyboardInterrupt goes to the main thread; while other threads
	// run, it finds it at its next checkpoint.
	if t.IsMain {
		if err := checkInterrupt(); err != nil {
			return err
		}
	}
	return nil
}

// InterruptMain makes KeyboardInterrupt happen in the main thread at its
// next check (thread.interrupt_main).
func InterruptMain() {
	interruptPending.Store(true)
	o.Attention.Store(true)
}
