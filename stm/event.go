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
	eventHandler func(*Event)
	// logging makes the transactions time themselves and send every
	// event to the handler; without it only conflicts are counted.
	logging atomic.Bool
)

// SetEventHandler sets the function every event is passed to (nil for
// none). It is called on the thread the event happened to, and must not
// block for long.
func SetEventHandler(h func(*Event)) {
	eventMu.Lock()
	eventHandler = h
	logging.Store(h != nil)
	eventMu.Unlock()
}

func emit(e *Event) {
	if e.Kind.IsContention() {
		stats.conflicts[e.Kind].Add(1)
	}
	if !logging.Load() {
		return
	}
	eventMu.Lock()
	h := eventHandler
	eventMu.Unlock()
	if h != nil {
		h(e)
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
