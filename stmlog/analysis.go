package stmlog

import (
	"sort"

	"github.com/pystm/pystm/stm"
)

// A Site is a place where transactions conflict: a contention event's
// kind and two markers.
type Site struct {
	Kind   stm.EventKind
	M1, M2 string
	Count  int     // contention events
	Abort  int64   // run time of the transactions that aborted after one, in ns
	Paused int64   // time waited after one, in ns
	Times  []int64 // when the events happened
}

// Lost is the time lost at the site.
func (s *Site) Lost() int64 { return s.Abort + s.Paused }

type siteKey struct {
	kind   stm.EventKind
	m1, m2 string
}

// SpanKind is what a thread did during a span of time.
type SpanKind int

// The span kinds.
const (
	SpanCommitted SpanKind = iota // ran a transaction that committed
	SpanAborted                   // ran a transaction that aborted
	SpanPaused                    // waited
)

// threadState follows one thread through the log.
type threadState struct {
	inTx      bool
	txStart   int64
	runFrom   int64 // start of the running piece under way
	runs      [][2]int64
	waitFrom  int64 // start of the wait under way (valid if waiting)
	waiting   bool
	txPaused  int64
	site      *Site // the contention the thread had last, in this transaction
	retrySite *Site // the site its last transaction aborted at
	waitSite  *Site // the site the wait under way counts at
	waitKind  stm.EventKind
	// justStarted: the last event was the transaction's start.
	justStarted bool
	lastEvent   int64
}

// An Analysis adds up the records of a log.
type Analysis struct {
	First, Last                int64 // times of the first and last records
	Records                    int
	Committed, Aborted, Paused int64 // CPU time in STM mode, ns
	// PausedBy splits Paused by the kind of wait: WAIT_FREE_SEGMENT,
	// WAIT_SYNC_PAUSE, WAIT_CONTENTION.
	PausedBy                 [3]int64
	Started, Commits, Aborts int
	Unended                  int // transactions the log does not end: left out
	threads                  map[uint32]*threadState
	sites                    map[siteKey]*Site
	// Span, if set, is told of every span of time a thread spent in a
	// transaction (running, split at its waits) or waiting.
	Span func(thread uint32, kind SpanKind, from, to int64)
	// Conflict, if set, is told of every contention event.
	Conflict func(thread uint32, t int64, s *Site)
}

// NewAnalysis returns an empty Analysis.
func NewAnalysis() *Analysis {
	return &Analysis{threads: map[uint32]*threadState{}, sites: map[siteKey]*Site{}}
}

// Threads is the number of threads the log has events of.
func (a *Analysis) Threads() int { return len(a.threads) }

// ThreadNumbers are the threads' numbers, in order.
func (a *Analysis) ThreadNumbers() []uint32 {
	var ns []uint32
	for n := range a.threads {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i] < ns[j] })
	return ns
}

// RealTime is the time from the first record to the last.
func (a *Analysis) RealTime() int64 { return a.Last - a.First }

// CPU is the CPU time in STM mode the log accounts for.
func (a *Analysis) CPU() int64 { return a.Committed + a.Aborted + a.Paused }

// Add takes the next record of the log.
func (a *Analysis) Add(r *Record) {
	if a.Records == 0 {
		a.First = r.Time
	}
	a.Records++
	if r.Time > a.Last {
		a.Last = r.Time
	}
	ts := a.threads[r.Thread]
	if ts == nil {
		ts = &threadState{}
		a.threads[r.Thread] = ts
	}
	t := r.Time
	if t < ts.lastEvent {
		t = ts.lastEvent // a thread's clock does not go back
	}
	ts.lastEvent = t
	fresh := ts.justStarted
	ts.justStarted = false
	switch k := r.Kind; {
	case k == stm.TransactionStart:
		if ts.inTx {
			a.Unended++ // its end is missing: left out
			ts.runs = ts.runs[:0]
		}
		a.Started++
		ts.inTx, ts.txStart, ts.runFrom, ts.txPaused, ts.site = true, t, t, 0, nil
		ts.justStarted = true
	case k == stm.TransactionCommit || k == stm.TransactionAbort:
		if ts.inTx {
			a.endTx(r.Thread, ts, t, k == stm.TransactionAbort)
		}
	case k.IsContention():
		key := siteKey{k, r.M1, r.M2}
		s := a.sites[key]
		if s == nil {
			s = &Site{Kind: k, M1: r.M1, M2: r.M2}
			a.sites[key] = s
		}
		s.Count++
		s.Times = append(s.Times, t)
		ts.site = s
		if a.Conflict != nil {
			a.Conflict(r.Thread, t, s)
		}
	case k >= stm.WaitFreeSegment && k <= stm.WaitContention:
		if !ts.waiting {
			ts.waitSite, ts.waitKind = ts.site, k
			if k == stm.WaitContention && fresh && ts.site == nil {
				// A retry that first waits for the transaction it
				// lost to waits for the site it aborted at.
				ts.waitSite = ts.retrySite
			}
			if ts.inTx {
				ts.runs = append(ts.runs, [2]int64{ts.runFrom, t})
			}
			ts.waiting, ts.waitFrom = true, t
		}
	case k == stm.WaitDone:
		a.endWait(r.Thread, ts, t)
	}
}

// endWait ends the thread's wait under way, if any.
func (a *Analysis) endWait(thread uint32, ts *threadState, t int64) {
	if !ts.waiting {
		return
	}
	d := t - ts.waitFrom
	ts.waiting = false
	a.Paused += d
	a.PausedBy[ts.waitKind-stm.WaitFreeSegment] += d
	if ts.inTx {
		ts.txPaused += d
		ts.runFrom = t
	}
	if ts.waitSite != nil {
		ts.waitSite.Paused += d
	}
	if a.Span != nil {
		a.Span(thread, SpanPaused, ts.waitFrom, t)
	}
}

// endTx ends the thread's transaction at t.
func (a *Analysis) endTx(thread uint32, ts *threadState, t int64, aborted bool) {
	a.endWait(thread, ts, t)
	ts.runs = append(ts.runs, [2]int64{ts.runFrom, t})
	run := t - ts.txStart - ts.txPaused
	kind := SpanCommitted
	if aborted {
		a.Aborted += run
		a.Aborts++
		kind = SpanAborted
		if ts.site != nil {
			ts.site.Abort += run
		}
	} else {
		a.Committed += run
		a.Commits++
	}
	if a.Span != nil {
		for _, r := range ts.runs {
			a.Span(thread, kind, r[0], r[1])
		}
	}
	ts.runs = ts.runs[:0]
	ts.retrySite = nil
	if aborted {
		ts.retrySite = ts.site
	}
	ts.inTx, ts.site = false, nil
}

// Finish ends the log: waits still under way are left out, as are
// transactions it does not end (counted in Unended).
func (a *Analysis) Finish() {
	for _, ts := range a.threads {
		if ts.inTx {
			a.Unended++
		}
	}
}

// Sites returns the conflict sites, the one where most time was lost
// first.
func (a *Analysis) Sites() []*Site {
	var ss []*Site
	for _, s := range a.sites {
		ss = append(ss, s)
	}
	sort.Slice(ss, func(i, j int) bool {
		x, y := ss[i], ss[j]
		if x.Lost() != y.Lost() {
			return x.Lost() > y.Lost()
		}
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		if x.M1 != y.M1 {
			return x.M1 < y.M1
		}
		return x.M2 < y.M2
	})
	return ss
}
