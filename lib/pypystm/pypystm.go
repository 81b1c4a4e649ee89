// Package pypystm is the pypystm module of pystm: the STM's controls for
// Python programs (atomic blocks, hints, the segment limit, counters and
// clocks that never conflict) and the containers whose conflicts are per
// key (stmdict, stmset, hashtable) or never happen (queue puts). The
// transaction module (lib/python/transaction.py) builds on it.
package pypystm

import (
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	"github.com/pystm/pystm/lib/thread"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

func init() { interp.RegisterModule("pypystm", newModule) }

const moduleDoc = `Controls and containers of pystm's software transactional memory.

atomic, exclusive_atomic and single_transaction are context managers
whose block runs in one transaction; is_atomic() tells the nesting;
hint_commit_soon() ends the running transaction at the next occasion.
count(), time() and clock() never make a transaction conflict or turn
inevitable; stmdict, stmset and hashtable conflict per key; queue is an
unordered queue whose puts never conflict.`

func newModule(t *o.Thread) (*o.Module, error) {
	fn := modutil.Func
	m := interp.NewModule(t, "pypystm", []o.MethodDef{
		fn("is_atomic", isAtomic),
		fn("hint_commit_soon", hintCommitSoon),
		fn("getsegmentlimit", getSegmentLimit),
		fn("setsegmentlimit", setSegmentLimit),
		fn("count", count),
		fn("time", wallTime),
		fn("clock", cpuClock),
	})
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	// pypystm.error is thread.error; pypystm.local is thread._local.
	if _, err := interp.ImportModuleLevel(t, "thread", nil, nil, 0); err != nil {
		return nil, err
	}
	d.SetString(t, "error", thread.Error(t))
	d.SetString(t, "local", thread.LocalType)
	d.SetString(t, "atomic", atomicBlock)
	d.SetString(t, "exclusive_atomic", exclusiveBlock)
	d.SetString(t, "single_transaction", singleBlock)
	empty, err := modutil.NewException(t, "pypystm.Empty", o.ExceptionType)
	if err != nil {
		return nil, err
	}
	d.SetString(t, "Empty", empty)
	d.SetString(t, "queue", queueType)
	if err := addContainers(t, d); err != nil {
		return nil, err
	}
	return m, nil
}

// emptyClass returns pypystm.Empty of t's interpreter.
func emptyClass(t *o.Thread) *o.Type {
	if m, ok := t.RT.Modules.GetString(t, "pypystm").(*o.Module); ok {
		if c, ok := m.Dict().GetString(t, "Empty").(*o.Type); ok {
			return c
		}
	}
	return o.RuntimeError
}

func isAtomic(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("is_atomic", args, kw); err != nil {
		return nil, err
	}
	return o.Int(int64(t.Atomic)), nil
}

// HintCommitSoon asks t's transaction to end at the next occasion
// (right after the running call returns), unless t is in an atomic
// block, which no transaction boundary may break.
func HintCommitSoon(t *o.Thread) {
	if t.Atomic == 0 {
		t.YieldSoon()
	}
}

func hintCommitSoon(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("hint_commit_soon", args, kw); err != nil {
		return nil, err
	}
	HintCommitSoon(t)
	return o.None, nil
}

func getSegmentLimit(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("getsegmentlimit", args, kw); err != nil {
		return nil, err
	}
	return o.Int(int64(stm.SegmentLimit())), nil
}

func setSegmentLimit(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("setsegmentlimit", args, kw); err != nil {
		return nil, err
	}
	n, err := modutil.AsSsize(t, args[0])
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, o.Errorf(o.ValueError, "setsegmentlimit(): the limit must be at least 1")
	}
	stm.SetSegmentLimit(n)
	return o.None, nil
}

// counter is pypystm.count()'s: shared by every thread, changed outside
// the transactions (so it never conflicts; an aborted transaction's
// numbers are lost, leaving gaps).
var counter atomic.Int64

func count(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("count", args, kw); err != nil {
		return nil, err
	}
	return o.Int(counter.Add(1)), nil
}

// wallTime is pypystm.time(): time.time() without turning the
// transaction inevitable (a re-run transaction reads the clock again).
func wallTime(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("time", args, kw); err != nil {
		return nil, err
	}
	return o.Float(float64(time.Now().UnixNano()) / 1e9), nil
}

// cpuClock is pypystm.clock(): the process's CPU time, as time.clock(),
// without turning the transaction inevitable.
func cpuClock(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("clock", args, kw); err != nil {
		return nil, err
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts); err != nil {
		return nil, o.Errorf(o.OSError, "%v", err)
	}
	return o.Float(float64(ts.Sec) + float64(ts.Nsec)/1e9), nil
}
