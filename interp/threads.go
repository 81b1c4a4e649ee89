package interp

import (
	"io"
	"os"
	"sync/atomic"

	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// threadSeq numbers the threads of the process; the main thread is 1.
var threadSeq atomic.Int64

// identBase makes thread idents look like CPython's (large numbers that
// are not small counters), while staying unique.
const identBase = 0x7f3a00000000

// setupThread gives t its STM identity: its number, where its conflicts
// happen (the current Python location) and how it is asked to stop.
func setupThread(t *o.Thread) {
	id := int(threadSeq.Add(1))
	st := &stm.Thread{ID: id}
	st.Marker = func() stm.Marker { return markerOf(t) }
	st.Notify = t.Notify
	t.STM = st
	t.Ident = identBase + int64(id)<<12
}

// StartThread runs run in a new Python thread of t's runtime and
// returns the new thread's ident. The first thread started beside the
// main one switches the STM from direct mode to parallel transactions
// (unless pystm runs with --gil). run is called with the new thread at
// depth 0, in an inevitable transaction; whatever it runs in Python gets
// its own transactions.
func StartThread(t *o.Thread, run func(nt *o.Thread)) int64 {
	// Starting a thread cannot be undone.
	t.Inevitable()
	nt := o.NewThreadIdle(t.RT)
	setupThread(nt)
	o.ThreadStarted()
	if !stm.GIL() && !stm.Parallel() {
		// t was alone, in one long direct transaction, and no other
		// runs one: end it, switch, and go on inevitable until t's next
		// boundary.
		t.Tx.Commit()
		stm.SetParallel(true)
		setHeapFloor(true)
		t.Tx = stm.BeginTx(stm.Options{Thread: t.STM, Inevitable: true})
		t.SnapSeq = 0
	}
	t.Ticks = -1
	go func() {
		nt.Tx = stm.BeginTx(stm.Options{Thread: nt.STM, Inevitable: true})
		nt.Ticks = -1
		run(nt)
		nt.RunExitHooks()
		nt.Tx.Commit()
		nt.Tx = nil
		// Whatever still points at the thread (its threading.Thread,
		// the STM's log) must not keep its objects alive: the frame
		// snapshots of its last transaction, its frames, its exception.
		nt.Local, nt.Frame, nt.ExcInfo = nil, nil, nil
		o.ThreadEnded()
	}()
	return nt.Ident
}

// ReportThreadError reports err, which ended a thread's function fn
// (not SystemExit), as CPython's thread module does: a line naming the
// function, then the exception as sys.excepthook shows it.
func ReportThreadError(t *o.Thread, fn o.Value, err error) {
	e := o.AsException(err)
	if isSystemExit(e) {
		return
	}
	t.Inevitable()
	w := threadStderr{t}
	io.WriteString(w, "Unhandled exception in thread started by ")
	if r, rerr := o.Repr(t, fn); rerr == nil {
		io.WriteString(w, r.String())
	}
	io.WriteString(w, "\n")
	PrintError(t, e)
}

// PrintError reports an exception in thread t as CPython's
// PyErr_PrintEx(0) does: through sys.excepthook, or printed directly if
// there is none.
func PrintError(t *o.Thread, e *o.Exception) {
	flushLine(t)
	normalize(t, e)
	var tb o.Value = o.None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	val := e.Value
	if val == nil {
		val = o.None
	}
	w := threadStderr{t}
	hook := t.RT.Sys.Dict().GetString(t, "excepthook")
	if hook == nil || hook == o.None {
		io.WriteString(w, "sys.excepthook is missing\n")
		PrintException(t, w, e)
		return
	}
	if _, herr := o.Call(t, hook, []o.Value{e.Type, val, tb}, nil); herr != nil {
		he := o.AsException(herr)
		if isSystemExit(he) {
			return
		}
		io.WriteString(w, "Error in sys.excepthook:\n")
		PrintException(t, w, he)
		io.WriteString(w, "\nOriginal exception was:\n")
		PrintException(t, w, e)
	}
}

// threadStderr writes to sys.stderr as thread t (or to the process's
// stderr when sys.stderr is gone).
type threadStderr struct{ t *o.Thread }

func (w threadStderr) Write(b []byte) (int, error) {
	f := w.t.RT.Sys.Dict().GetString(w.t, "stderr")
	if f == nil || f == o.None {
		return os.Stderr.Write(b)
	}
	if err := writeTo(w.t, f, o.NewStr(string(b))); err != nil {
		return os.Stderr.Write(b)
	}
	return len(b), nil
}
