package objects

import (
	"sync/atomic"
	"unsafe"

	"github.com/pystm/pystm/stm"
)

// Value is a Python object.
type Value interface {
	// Type returns the object's type (x.__class__ for new-style objects;
	// the "instance" type for old-style instances).
	Type() *Type
}

// Thread is the state one Python thread passes to every operation: its
// transaction, the runtime it belongs to, and the evaluator's state.
type Thread struct {
	// The pads keep the fields that a running thread writes all the time
	// (Ticks, nums) off the cache lines of whatever Go allocates next to
	// the Thread, another thread's Thread included.
	_ [64]byte

	Tx *stm.Tx
	RT *Runtime

	// STM is the thread as the STM sees it (its number, and how to find
	// its current location for conflict reports).
	STM *stm.Thread
	// Ticks counts down to the next transaction boundary (a backward
	// jump or a call decrements it).
	Ticks int64
	// Attn asks the thread to stop at its next check: another
	// transaction asked its own to abort.
	Attn atomic.Bool
	// BoundaryDue is set when a transaction boundary was due in a
	// nested loop (where none is taken): it is taken once control is
	// back in the outermost loop.
	BoundaryDue bool
	// Atomic is the nesting of atomic blocks: no transaction boundary
	// while it is above zero.
	Atomic int
	// Elided holds the locks that the running transaction took by lock
	// elision (it read them free and wrote nothing) and has not
	// released; they are really taken before it commits or turns
	// inevitable.
	Elided []Value
	// ElidedHook takes the thread's elided locks for real (made once),
	// and ElidedTx is the transaction it was last registered with to
	// run before its end: each transaction registers it once, however
	// many locks it elides.
	ElidedHook func()
	ElidedTx   *stm.Tx
	// Ident is thread.get_ident() of the thread.
	Ident int64
	// IsMain marks the main thread (the one that gets KeyboardInterrupt).
	IsMain bool
	// SnapSeq is the sequence number of the running transaction while
	// frames touched by it must be snapshotted (it can abort and rewind
	// them), else 0.
	SnapSeq uint64

	// ExcInfo is the exception being handled (sys.exc_info()), or nil.
	ExcInfo *Exception

	// Frame is the evaluator's innermost frame (an interp frame), or nil.
	Frame Value

	// Depth counts nested evaluation loops (Go calls back into Python);
	// Frames counts Python frames, for the recursion limit.
	Depth  int
	Frames int

	// nesting counts the Go-level recursions that enterRecursiveCall
	// admitted (comparisons, reprs, isinstance of nested containers),
	// bounded by maxNesting whatever the recursion limit.
	nesting int

	// reprStack holds the containers whose repr is being computed, for
	// CPython's "[...]" recursion guard.
	reprStack []Value

	// Local holds the evaluator's own per-thread state.
	Local any

	mcache *methodCache

	// nums is where NewInt and NewFloat box numbers.
	nums numSlab

	exitHooks hookList

	_ [64]byte
}

// Runtime is the state shared by the threads of one interpreter.
type Runtime struct {
	Modules        *Dict   // sys.modules
	Builtins       *Module // __builtin__
	Sys            *Module // sys
	RecursionLimit int
	CheckInterval  int
	Stdout, Stderr Value    // sys.stdout, sys.stderr as the runtime last knew them
	Argv           []string // sys.argv
	Path           []string // initial sys.path
	Flags          RuntimeFlags

	// Import imports a module by its absolute name, as the import
	// statement does (set by the interpreter; objects uses it for the
	// modules written in Python that built-ins call: copy_reg, warnings).
	Import func(t *Thread, name string) (Value, error)
}

// RuntimeFlags are the command-line options that change semantics.
type RuntimeFlags struct {
	Division    int // -Q: 0 old, 1 warn, 2 warnall, 3 new
	Inspect     bool
	Verbose     int
	Optimize    int
	DontWriteBC bool
	NoSite      bool
	IgnoreEnv   bool
	Unbuffered  bool
	Py3kWarning bool
	Bytes       int
}

// NewThread returns a thread of rt with a running transaction.
func NewThread(rt *Runtime) *Thread {
	return &Thread{Tx: stm.Begin(), RT: rt, Ticks: noBoundary}
}

// NewThreadIdle returns a thread of rt with no transaction yet (the
// thread that runs it begins one).
func NewThreadIdle(rt *Runtime) *Thread {
	return &Thread{RT: rt, Ticks: noBoundary}
}

// noBoundary is a tick count that never runs out: a thread alone needs no
// transaction boundaries.
const noBoundary = 1 << 62

// NoBoundary returns the tick count of a thread that needs no
// transaction boundaries.
func NoBoundary() int64 { return noBoundary }

// Cmp is the argument of rich comparisons.
type Cmp int

// The rich comparison operators, in CPython's Py_LT..Py_GE order.
const (
	LT Cmp = iota
	LE
	EQ
	NE
	GT
	GE
)

// Swap returns the comparison with its operands exchanged (a < b is b > a).
func (c Cmp) Swap() Cmp { return [...]Cmp{GT, GE, EQ, NE, LT, LE}[c] }

// Symbol returns the operator's spelling ("<", "<=", ...).
func (c Cmp) Symbol() string { return [...]string{"<", "<=", "==", "!=", ">", ">="}[c] }

// Dunder returns the special method name for the comparison (__lt__, ...).
func (c Cmp) Dunder() string {
	return [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[c]
}

// ifaceWords is the layout of a Go interface value: its type word and
// its data word.
type ifaceWords struct {
	typ, data unsafe.Pointer
}

// Is reports whether a and b are the same object (Python's `is`). Values
// held in an interface by pointer compare by pointer. Ints and floats are
// boxed by Go when they become a Value, so two references to one box are
// the same object and two boxes are not, as in CPython: x = float('nan');
// x is x holds, and so does [x] == [x] by the identity shortcut.
func Is(a, b Value) bool {
	wa := (*ifaceWords)(unsafe.Pointer(&a))
	wb := (*ifaceWords)(unsafe.Pointer(&b))
	return wa.typ == wb.typ && wa.data == wb.data
}
