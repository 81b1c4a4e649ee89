package stm

import (
	"sync"
	"sync/atomic"
	"time"
)

// EventKind is what happened: the event codes of stmgc's c7 profiling
// format (STM_SPEC §5), which the event log writes as they are.
type EventKind uint8

// The events.
const (
	TransactionStart EventKind = iota
	TransactionCommit
	TransactionAbort
	ContentionWriteWrite    // two transactions wrote one object
	ContentionWriteRead     // a commit changed what a transaction read
	ContentionInevitable    // two transactions wanted to be inevitable
	AbortingOtherContention // this transaction made the other abort
	WaitFreeSegment
	WaitSyncPause
	WaitContention
	WaitDone
)

var kindNames = [...]string{
	TransactionStart:        "TRANSACTION_START",
	TransactionCommit:       "TRANSACTION_COMMIT",
	TransactionAbort:        "TRANSACTION_ABORT",
	ContentionWriteWrite:    "CONTENTION_WRITE_WRITE",
	ContentionWriteRead:     "CONTENTION_WRITE_READ",
	ContentionInevitable:    "CONTENTION_INEVITABLE",
	AbortingOtherContention: "ABORTING_OTHER_CONTENTION",
	WaitFreeSegment:         "WAIT_FREE_SEGMENT",
	WaitSyncPause:           "WAIT_SYNC_PAUSE",
	WaitContention:          "WAIT_CONTENTION",
	WaitDone:                "WAIT_DONE",
}

// String returns the event's name as stmgc's log reader prints it.
func (k EventKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "EVENT_?"
}

// IsContention reports whether k is one of the conflict kinds.
func (k EventKind) IsContention() bool {
	return k == ContentionWriteWrite || k == ContentionWriteRead || k == ContentionInevitable
}

// A Marker is a source location, for a conflict's report: the
// interpreter gives Python locations ("File "x.py", line 3, in f").
// Markers must be comparable (the STM interns them, see marks), and
// should be handed out once per place.
type Marker interface {
	String() string
}

// An Event is one thing that happened to a transaction. For a conflict,
// Thread lost to Other; Lost is the time that went to waste (the aborted
// transaction's run time, or the time Thread was paused), Self and
// OtherMarker where each side touched the object (either may be nil).
type Event struct {
	Kind        EventKind
	Time        time.Time
	Thread      int
	Other       int
	Lost        time.Duration
	Self        Marker
	OtherMarker Marker
}

var (
	eventMu      sync.Mutex
	eventHandler atomic.Pointer[func(*Event)]
	recorders    atomic.Pointer[recorderSource]
	// logging makes the transactions time themselves and send every
	// event to the handler and the recorders; without it only
	// conflicts are counted.
	logging atomic.Bool
)

// SetEventHandler sets the function every event is passed to (nil for
// none). It is called on the thread the event happened to, from any
// number of threads at once, and must not block for long.
func SetEventHandler(h func(*Event)) {
	eventMu.Lock()
	defer eventMu.Unlock()
	if h == nil {
		eventHandler.Store(nil)
	} else {
		eventHandler.Store(&h)
	}
	updateLogging()
}

// A Recorder takes the events of one thread, always on that thread's
// goroutine: it needs no lock. Their Times are in order but for the
// waits before a transaction's start, passed on after the start (whose
// Time is from before them): a log sorts by Time.
type Recorder interface {
	Record(e Event)
}

// recorderSource is a SetRecorders call: gen tells the threads' cached
// recorders of an earlier call from this one's.
type recorderSource struct {
	gen    uint64
	newRec func(th *Thread) Recorder
	shared Recorder // for transactions without a Thread; used under eventMu
}

var recorderGen uint64

// SetRecorders makes every thread's events go to a Recorder of its own,
// which newRec makes at the thread's first event (th is nil for the
// transactions that have no Thread: their Recorder is called under a
// lock). Events are then passed on without any lock between threads.
// A nil newRec stops the recording.
func SetRecorders(newRec func(th *Thread) Recorder) {
	eventMu.Lock()
	defer eventMu.Unlock()
	if newRec == nil {
		recorders.Store(nil)
	} else {
		recorderGen++
		recorders.Store(&recorderSource{gen: recorderGen, newRec: newRec, shared: newRec(nil)})
	}
	updateLogging()
}

func updateLogging() {
	logging.Store(eventHandler.Load() != nil || recorders.Load() != nil)
}

// threadRecorder is a thread's Recorder, with the SetRecorders call it
// came from. Only the thread's own goroutine touches it.
type threadRecorder struct {
	gen uint64
	rec Recorder
}

// Logging reports whether events are being recorded (and transactions
// time themselves).
func Logging() bool { return logging.Load() }

// emit passes an event of th (nil: a transaction without a Thread) on.
// count says whether a conflict counts in the statistics (a conflict
// reported by both sides counts once).
func emit(th *Thread, e *Event, count bool) {
	if count && e.Kind.IsContention() {
		stats.conflicts[e.Kind].Add(1)
	}
	if !logging.Load() {
		return
	}
	if src := recorders.Load(); src != nil {
		if th == nil {
			eventMu.Lock()
			src.shared.Record(*e)
			eventMu.Unlock()
		} else {
			if th.rec.gen != src.gen || th.rec.rec == nil {
				th.rec = threadRecorder{gen: src.gen, rec: src.newRec(th)}
			}
			th.rec.rec.Record(*e)
		}
	}
	if h := eventHandler.Load(); h != nil {
		c := *e // only this copy escapes: recording alone allocates nothing
		(*h)(&c)
	}
}

// Statistics are counters of what the STM did since the process
// started.
type Statistics struct {
	Commits, Aborts, Inevitable uint64
	WriteWrite, WriteRead       uint64 // conflicts by kind
	InevitableConflicts         uint64
}

var stats struct {
	commits, aborts, inevitable atomic.Uint64
	conflicts                   [ContentionInevitable + 1]atomic.Uint64
}

// Stats returns the counters.
func Stats() Statistics {
	return Statistics{
		Commits:             stats.commits.Load(),
		Aborts:              stats.aborts.Load(),
		Inevitable:          stats.inevitable.Load(),
		WriteWrite:          stats.conflicts[ContentionWriteWrite].Load(),
		WriteRead:           stats.conflicts[ContentionWriteRead].Load(),
		InevitableConflicts: stats.conflicts[ContentionInevitable].Load(),
	}
}
