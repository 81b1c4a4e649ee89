package stm

import (
	"math/rand"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"
)

type payload struct{ n int }

type slicePayload struct{ items []int }

func (p *slicePayload) STMCopy() { p.items = append([]int(nil), p.items...) }

// atomically runs f in transactions on thread th until one commits.
func atomically(th *Thread, f func(tx *Tx)) {
	var prev *Tx
	for {
		tx := BeginTx(Options{Thread: th, Retry: prev})
		done := func() (done bool) {
			defer func() {
				if r := recover(); r != nil {
					a, ok := r.(*Abort)
					if !ok {
						panic(r)
					}
					prev = a.Tx
				}
			}()
			f(tx)
			tx.Commit()
			return true
		}()
		if done {
			return
		}
	}
}

// withParallel runs a test in parallel mode.
func withParallel(t *testing.T) {
	SetParallel(true)
	t.Cleanup(func() { SetParallel(false) })
}

func TestDirectMode(t *testing.T) {
	tx := Begin()
	if !tx.Direct() || !tx.Inevitable() {
		t.Fatal("a transaction outside parallel mode is not direct and inevitable")
	}
	var r Ref[payload]
	r.Init(&payload{n: 1})
	p := r.Write(tx)
	p.n = 2
	if r.Read(tx) != p {
		t.Fatal("direct mode copied the payload")
	}
	tx.Commit()
	tx2 := Begin()
	if got := r.Read(tx2).n; got != 2 {
		t.Fatalf("after commit, a new transaction reads %d, want 2", got)
	}
	if tx2.Seq() <= tx.Seq() {
		t.Errorf("sequence numbers not increasing: %d then %d", tx.Seq(), tx2.Seq())
	}
	tx2.Commit()
}

func TestHooks(t *testing.T) {
	var log []string
	tx := Begin()
	tx.OnCommit(func() { log = append(log, "commit") })
	tx.OnAbort(func() { log = append(log, "abort1") })
	tx.Commit()
	if len(log) != 1 || log[0] != "commit" {
		t.Fatalf("commit hooks ran as %v", log)
	}
	if tx.Running() {
		t.Error("transaction still running after Commit")
	}
	log = nil
	tx = Begin()
	tx.OnAbort(func() { log = append(log, "a") })
	tx.OnAbort(func() { log = append(log, "b") })
	tx.OnCommit(func() { log = append(log, "commit") })
	tx.Rollback()
	if len(log) != 2 || log[0] != "b" || log[1] != "a" {
		t.Fatalf("abort hooks ran as %v, want [b a]", log)
	}
}

func TestAbortIsError(t *testing.T) {
	tx := Begin()
	var err error = &Abort{Tx: tx, Reason: "conflict"}
	if err.Error() != "stm: transaction aborted: conflict" {
		t.Errorf("Abort.Error() = %q", err.Error())
	}
	tx.Commit()
}

func TestPrivateUntilCommit(t *testing.T) {
	withParallel(t)
	var r Ref[payload]
	r.Init(&payload{n: 1})
	a := BeginTx(Options{})
	r.Write(a).n = 5
	b := BeginTx(Options{})
	if got := r.Read(b).n; got != 1 {
		t.Fatalf("another transaction sees an uncommitted write: %d", got)
	}
	if got := r.Read(a).n; got != 5 {
		t.Fatalf("the writer does not see its own write: %d", got)
	}
	b.Commit()
	a.Commit()
	c := BeginTx(Options{})
	if got := r.Read(c).n; got != 5 {
		t.Fatalf("after commit a new transaction reads %d, want 5", got)
	}
	c.Commit()
}

func TestCopier(t *testing.T) {
	withParallel(t)
	var r Ref[slicePayload]
	committed := &slicePayload{items: []int{1, 2, 3}}
	r.Init(committed)
	atomically(nil, func(tx *Tx) {
		p := r.Write(tx)
		p.items[0] = 100
		if committed.items[0] != 1 {
			t.Fatal("a private copy shares its slice with the committed payload")
		}
	})
	tx := BeginTx(Options{})
	if got := r.Read(tx).items[0]; got != 100 {
		t.Fatalf("committed copy has %d", got)
	}
	tx.Commit()
}

func TestFreshObjectsInPlace(t *testing.T) {
	withParallel(t)
	tx := BeginTx(Options{})
	var r Ref[payload]
	p := &payload{n: 1}
	r.InitFresh(tx, p)
	if r.Write(tx) != p || r.Read(tx) != p {
		t.Fatal("an object made by the transaction is copied")
	}
	tx.Commit()
	tx2 := BeginTx(Options{})
	if r.Write(tx2) == p {
		t.Fatal("a later transaction writes a committed object in place")
	}
	tx2.Commit()
}

func TestWriteWriteOlderWins(t *testing.T) {
	withParallel(t)
	var r Ref[payload]
	r.Init(&payload{})
	older := BeginTx(Options{})
	younger := BeginTx(Options{})
	r.Write(younger).n = 1
	done := make(chan bool)
	go func() {
		// The older transaction dooms the younger and waits for it.
		r.Write(older).n = 2
		older.Commit()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond)
	aborted := false
	func() {
		defer func() {
			if _, ok := recover().(*Abort); ok {
				aborted = true
			}
		}()
		younger.Check()
	}()
	if !aborted {
		t.Fatal("the younger transaction was not asked to abort")
	}
	<-done
	tx := BeginTx(Options{})
	if got := r.Read(tx).n; got != 2 {
		t.Fatalf("got %d, want the older transaction's 2", got)
	}
	tx.Commit()
	// And the younger loses at once when it is the one arriving second.
	a := BeginTx(Options{})
	b := BeginTx(Options{})
	r.Write(a).n = 3
	func() {
		defer func() {
			if _, ok := recover().(*Abort); !ok {
				t.Error("a younger writer arriving second did not abort")
			}
		}()
		r.Write(b)
	}()
	a.Commit()
}

func TestWriteReadAbortsAtCommit(t *testing.T) {
	withParallel(t)
	var x, y Ref[payload]
	x.Init(&payload{})
	y.Init(&payload{})
	reader := BeginTx(Options{})
	_ = x.Read(reader).n
	atomically(nil, func(tx *Tx) { x.Write(tx).n = 7 })
	y.Write(reader).n = 1
	defer func() {
		a, ok := recover().(*Abort)
		if !ok {
			t.Fatal("a transaction whose read was overwritten committed")
		}
		if a.Tx != reader {
			t.Fatal("wrong transaction aborted")
		}
	}()
	reader.Commit()
}

// TestReadFilter checks the reads served by the read filter: a second
// read of an object gives what the first gave, even after another
// transaction commits a new payload (the reader's snapshot, which then
// fails validation), and a read after the transaction's own write gives
// its private copy.
func TestReadFilter(t *testing.T) {
	withParallel(t)
	var x, y Ref[payload]
	x.Init(&payload{n: 1})
	y.Init(&payload{n: 1})
	tx := BeginTx(Options{Thread: &Thread{ID: 1}})
	if got := x.Read(tx).n; got != 1 {
		t.Fatalf("first read got %d", got)
	}
	r := y.Read(tx)
	if got := r.n; got != 1 {
		t.Fatalf("first read of y got %d", got)
	}
	y.Write(tx).n = 5
	if got := y.Read(tx).n; got != 5 {
		t.Fatalf("a read after the transaction's own write got %d, want 5", got)
	}
	atomically(nil, func(w *Tx) { x.Write(w).n = 2 })
	if got := x.Read(tx).n; got != 1 {
		t.Fatalf("a second read after another commit got %d, want the snapshot's 1", got)
	}
	defer func() {
		if a, ok := recover().(*Abort); !ok || a.Tx != tx {
			t.Fatal("a transaction that read a payload replaced since committed")
		}
		if got := y.Peek().n; got != 1 {
			t.Fatalf("the aborted transaction's write was published: %d", got)
		}
	}()
	tx.Commit()
}

func TestSnapshotExtension(t *testing.T) {
	withParallel(t)
	var x, y Ref[payload]
	x.Init(&payload{n: 1})
	y.Init(&payload{n: 1})
	tx := BeginTx(Options{})
	_ = x.Read(tx)
	// y changes after tx began but tx has not read it: reading it
	// extends the snapshot.
	atomically(nil, func(w *Tx) { y.Write(w).n = 2 })
	if got := y.Read(tx).n; got != 2 {
		t.Fatalf("extended read got %d", got)
	}
	tx.Commit()
}

// TestBankTransfers moves money between accounts from several goroutines
// while others check, in read-only transactions, that the total never
// changes: every transaction must see a consistent snapshot.
func TestBankTransfers(t *testing.T) {
	withParallel(t)
	const accounts, total = 16, 16 * 100
	refs := make([]*Ref[payload], accounts)
	for i := range refs {
		refs[i] = &Ref[payload]{}
		refs[i].Init(&payload{n: total / accounts})
	}
	var wg sync.WaitGroup
	var bad atomic.Int64
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			th := &Thread{ID: g + 1}
			rng := rand.New(rand.NewSource(int64(g)))
			for i := 0; i < 2000; i++ {
				from, to := rng.Intn(accounts), rng.Intn(accounts)
				amount := rng.Intn(10)
				atomically(th, func(tx *Tx) {
					if refs[from].Read(tx).n >= amount {
						refs[from].Write(tx).n -= amount
						refs[to].Write(tx).n += amount
					}
				})
				if i%50 == 0 {
					atomically(th, func(tx *Tx) {
						sum := 0
						for _, r := range refs {
							sum += r.Read(tx).n
						}
						if sum != total {
							bad.Add(1)
						}
					})
				}
			}
		}(g)
	}
	wg.Wait()
	if bad.Load() != 0 {
		t.Fatalf("%d transactions saw an inconsistent total", bad.Load())
	}
	sum := 0
	tx := BeginTx(Options{})
	for _, r := range refs {
		n := r.Read(tx).n
		if n < 0 {
			t.Fatalf("negative balance %d", n)
		}
		sum += n
	}
	tx.Commit()
	if sum != total {
		t.Fatalf("total %d, want %d", sum, total)
	}
}

// TestCounterContention has every goroutine increment one shared counter:
// every increment must count, and the run must finish (no livelock).
func TestCounterContention(t *testing.T) {
	withParallel(t)
	var c Ref[payload]
	c.Init(&payload{})
	var wg sync.WaitGroup
	const g, n = 8, 500
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			th := &Thread{ID: i + 1}
			for j := 0; j < n; j++ {
				atomically(th, func(tx *Tx) { c.Write(tx).n++ })
			}
		}(i)
	}
	wg.Wait()
	tx := BeginTx(Options{})
	if got := c.Read(tx).n; got != g*n {
		t.Fatalf("counter %d, want %d", got, g*n)
	}
	tx.Commit()
}

func TestInevitableNeverAborts(t *testing.T) {
	withParallel(t)
	var c Ref[payload]
	c.Init(&payload{})
	var wg sync.WaitGroup
	var inevCommits atomic.Int64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			th := &Thread{ID: i + 1}
			for j := 0; j < 200; j++ {
				if j%10 == 0 {
					// An inevitable transaction must never abort.
					tx := BeginTx(Options{Thread: th, Inevitable: true})
					c.Write(tx).n++
					tx.Commit()
					inevCommits.Add(1)
					continue
				}
				atomically(th, func(tx *Tx) { c.Write(tx).n++ })
			}
		}(i)
	}
	wg.Wait()
	tx := BeginTx(Options{})
	if got := c.Read(tx).n; got != 800 {
		t.Fatalf("counter %d, want 800", got)
	}
	tx.Commit()
	if inevCommits.Load() != 80 {
		t.Fatalf("%d inevitable commits", inevCommits.Load())
	}
}

func TestExclusive(t *testing.T) {
	withParallel(t)
	var c Ref[payload]
	c.Init(&payload{})
	var plain atomic.Int64 // state outside Refs, changed only exclusively
	var wg sync.WaitGroup
	var broken atomic.Bool
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			th := &Thread{ID: i + 1}
			for j := 0; j < 100; j++ {
				if j%25 == 0 {
					// Becoming exclusive may abort a doomed transaction,
					// so it runs under the retry loop; the plain counter
					// is touched only once exclusivity holds.
					atomically(th, func(tx *Tx) {
						tx.BecomeExclusive()
						if Running() != 1 {
							broken.Store(true)
						}
						plain.Add(1)
					})
					continue
				}
				atomically(th, func(tx *Tx) { c.Write(tx).n++ })
			}
		}(i)
	}
	wg.Wait()
	if broken.Load() {
		t.Fatal("a transaction ran beside an exclusive one")
	}
	if plain.Load() != 16 {
		t.Fatalf("%d exclusive transactions", plain.Load())
	}
}

func TestSegmentLimit(t *testing.T) {
	withParallel(t)
	old := SegmentLimit()
	SetSegmentLimit(2)
	defer SetSegmentLimit(old)
	var cur, most atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				tx := BeginTx(Options{})
				n := cur.Add(1)
				for {
					m := most.Load()
					if n <= m || most.CompareAndSwap(m, n) {
						break
					}
				}
				time.Sleep(100 * time.Microsecond)
				cur.Add(-1)
				tx.Commit()
			}
		}()
	}
	wg.Wait()
	if most.Load() > 2 {
		t.Fatalf("%d transactions ran at once with 2 segments", most.Load())
	}
}

type testMarker string

func (m testMarker) String() string { return string(m) }

func TestConflictEvents(t *testing.T) {
	withParallel(t)
	var mu sync.Mutex
	var events []Event
	SetEventHandler(func(e *Event) {
		mu.Lock()
		events = append(events, *e)
		mu.Unlock()
	})
	defer SetEventHandler(nil)
	var r Ref[payload]
	r.Init(&payload{})
	a := BeginTx(Options{Thread: &Thread{ID: 1, Marker: func() Marker { return testMarker("a.py:1") }}})
	b := BeginTx(Options{Thread: &Thread{ID: 2, Marker: func() Marker { return testMarker("b.py:2") }}})
	r.Write(a).n = 1
	func() {
		defer func() { recover() }()
		r.Write(b).n = 2
	}()
	a.Commit()
	mu.Lock()
	defer mu.Unlock()
	var found bool
	for _, e := range events {
		if e.Kind == ContentionWriteWrite {
			found = true
			if e.Thread != 2 || e.Other != 1 || e.Self == nil || e.Self.String() != "b.py:2" ||
				e.OtherMarker == nil || e.OtherMarker.String() != "a.py:1" {
				t.Errorf("write-write event %+v", e)
			}
		}
	}
	if !found {
		t.Fatalf("no write-write event among %v", events)
	}
}

func TestRetriesEndInevitable(t *testing.T) {
	withParallel(t)
	var prev *Tx
	for i := 0; i < maxRetries; i++ {
		tx := BeginTx(Options{Retry: prev})
		if tx.Inevitable() {
			t.Fatalf("inevitable after %d retries", i)
		}
		func() {
			defer func() { prev = recover().(*Abort).Tx }()
			tx.Abort("test")
		}()
	}
	tx := BeginTx(Options{Retry: prev})
	if !tx.Inevitable() {
		t.Fatalf("not inevitable after %d aborts", maxRetries)
	}
	tx.Commit()
}

// TestRefLayout checks that refCore has the layout of every Ref[T], as
// Read's untyped path assumes.
func TestRefLayout(t *testing.T) {
	var r Ref[struct{ a, b int }]
	var c refCore
	if unsafe.Sizeof(r) != unsafe.Sizeof(c) ||
		unsafe.Offsetof(r.h) != unsafe.Offsetof(c.h) ||
		unsafe.Offsetof(r.p) != unsafe.Offsetof(c.p) ||
		unsafe.Offsetof(r.priv) != unsafe.Offsetof(c.priv) ||
		unsafe.Sizeof(r.p) != unsafe.Sizeof(c.p) {
		t.Fatalf("Ref and refCore differ in layout")
	}
}

// TestLogsKept checks that a thread's transactions reuse its read and
// write logs, cleared at each end so that they keep nothing alive: a
// transaction that writes many objects would otherwise grow a new log
// each time (in stmdict_insert, a quarter of what the run allocated).
func TestLogsKept(t *testing.T) {
	withParallel(t)
	th := &Thread{ID: 1}
	refs := make([]Ref[payload], 1000)
	for i := range refs {
		refs[i].Init(&payload{})
	}
	var other Ref[payload]
	other.Init(&payload{})
	run := func() (writes *writer, reads *readEntry) {
		tx := BeginTx(Options{Thread: th})
		other.Read(tx)
		for i := range refs {
			refs[i].Write(tx).n++
		}
		writes, reads = &tx.writes[0], &tx.reads[0]
		tx.Commit()
		return
	}
	w1, r1 := run()
	if len(th.writes) != 0 || cap(th.writes) < len(refs) || len(th.reads) != 0 || cap(th.reads) < 1 {
		t.Fatalf("after a commit the thread keeps logs of length %d and %d, capacity %d and %d",
			len(th.writes), len(th.reads), cap(th.writes), cap(th.reads))
	}
	for i, w := range th.writes[:cap(th.writes)] {
		if w != nil {
			t.Fatalf("the kept write log still holds entry %d", i)
		}
	}
	w2, r2 := run()
	if w1 != w2 || r1 != r2 {
		t.Errorf("the second transaction made new logs")
	}
	for i := range refs {
		if got := refs[i].Peek().n; got != 2 {
			t.Fatalf("object %d is %d after two increments", i, got)
		}
	}
}
