package interp

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	o "github.com/pystm/pystm/objects"
)

// interruptPending is set by SIGINT; the main thread's loop turns it into
// KeyboardInterrupt at its next check (a loop's back edge or a call).
var interruptPending atomic.Bool

var signalsOnce bool

// HandleInterrupts makes Ctrl-C (SIGINT) raise KeyboardInterrupt in the
// main thread, as CPython's default SIGINT handler does.
func HandleInterrupts() {
	if signalsOnce {
		return
	}
	signalsOnce = true
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, syscall.SIGINT)
	go func() {
		for range ch {
			interruptPending.Store(true)
			o.Attention.Store(true)
		}
	}()
}

// checkInterrupt returns KeyboardInterrupt if one is pending.
func checkInterrupt() error {
	if interruptPending.Load() && interruptPending.CompareAndSwap(true, false) {
		return o.NewException(o.KeyboardInterrupt)
	}
	return nil
}

// attend handles what set o.Attention: it runs queued finalizers (__del__
// methods) and turns a pending SIGINT into KeyboardInterrupt.
func attend(t *o.Thread) error {
	o.Attention.Store(false)
	if o.FinalizersPending() {
		o.RunFinalizers(t)
	}
	if err := checkInterrupt(); err != nil {
		return err
	}
	if interruptPending.Load() {
		o.Attention.Store(true)
	}
	return nil
}
