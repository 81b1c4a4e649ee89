package stmlog

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pystm/pystm/stm"
)

type marker string

func (m marker) String() string { return string(m) }

// TestWriteRead writes the events of several threads at once and reads
// them back whole, in time order, with their thread numbers.
func TestWriteRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log+")
	w, err := Start(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	const perThread = 20000 // several chunks each, most of them spilled
	var wg sync.WaitGroup
	for th := 1; th <= 4; th++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := w.newThreadLog(uint32(th))
			for i := 0; i < perThread; i++ {
				e := stm.Event{Kind: stm.TransactionStart, Time: time.Now(), Thread: th}
				if i%100 == 0 {
					e.Kind, e.Other, e.Self, e.OtherMarker = stm.ContentionWriteWrite, th%4+1, marker("a.py:1"), marker(strings.Repeat("x", 300))
				}
				rec.Record(e)
			}
		}()
	}
	wg.Wait()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(strings.TrimSuffix(path, "+"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[uint32]int{}
	var last int64
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec.Time < last {
			t.Fatalf("out of time order at byte %d", r.Offset())
		}
		last = rec.Time
		counts[rec.Thread]++
		if rec.Kind == stm.ContentionWriteWrite && (rec.M1 != "a.py:1" || len(rec.M2) != maxMarker || rec.Other != rec.Thread%4+1) {
			t.Fatalf("record %+v", rec)
		}
	}
	for th := uint32(1); th <= 4; th++ {
		if counts[th] != perThread {
			t.Errorf("thread %d: %d records, want %d", th, counts[th], perThread)
		}
	}
}

// TestAnalysis adds up a log made by hand.
func TestAnalysis(t *testing.T) {
	var b []byte
	b = append(b, Header...)
	add := func(ms int64, th uint32, k stm.EventKind, m1, m2 string) {
		b = appendRecord(b, 5e9+ms*1e6, th, 0, k, m1, m2)
	}
	add(0, 1, stm.TransactionStart, "", "")
	add(10, 2, stm.TransactionStart, "", "")
	add(20, 1, stm.ContentionWriteWrite, `File "x.py", line 2, in f`, `File "x.py", line 3, in g`)
	add(20, 1, stm.WaitContention, "", "")
	add(50, 1, stm.WaitDone, "", "")
	add(60, 2, stm.ContentionWriteRead, `File "x.py", line 3, in g`, "")
	add(60, 2, stm.TransactionAbort, "", "")
	add(100, 1, stm.TransactionCommit, "", "")
	add(100, 2, stm.TransactionStart, "", "")
	add(110, 2, stm.WaitSyncPause, "", "")
	add(130, 2, stm.TransactionCommit, "", "")
	dir := t.TempDir()
	path := filepath.Join(dir, "log")
	os.WriteFile(path, b, 0o644)
	os.WriteFile(filepath.Join(dir, "x.py"), []byte("a = 1\n  obj.x = 1\nobj.y = 2\n"), 0o644)
	a, err := AnalyseFile(path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ms := func(v int64) int64 { return v / 1e6 }
	if ms(a.RealTime()) != 130 || ms(a.Committed) != 70+10 || ms(a.Aborted) != 50 || ms(a.Paused) != 30+20 ||
		a.Started != 3 || a.Commits != 2 || a.Aborts != 1 {
		t.Fatalf("analysis %+v", a)
	}
	if ms(a.CPU()) != 100+50+30 {
		t.Errorf("CPU %d ms", ms(a.CPU()))
	}
	if a.PausedBy != [3]int64{0, 20e6, 30e6} {
		t.Errorf("paused by kind %v", a.PausedBy)
	}
	ss := a.Sites()
	if len(ss) != 2 || ss[1].Kind != stm.ContentionWriteWrite || ms(ss[1].Paused) != 30 || ss[1].Abort != 0 ||
		ss[0].Kind != stm.ContentionWriteRead || ms(ss[0].Abort) != 50 {
		t.Fatalf("sites %+v %+v", ss[0], ss[1])
	}
	var out bytes.Buffer
	WriteReport(&out, a, 5, &Sources{Dirs: []string{dir}})
	for _, want := range []string{
		"Total real time:             0.130s\n",
		"  aborted:                   0.050s (38.5%)\n",
		"  paused:                    0.050s (38.5%)\n    at a sync pause:         0.020s\n    for another transaction: 0.030s\n",
		"0.000s lost in aborts, 0.030s paused (1x STM_CONTENTION_WRITE_WRITE)\n  File \"x.py\", line 2, in f\n    obj.x = 1\n  File \"x.py\", line 3, in g\n    obj.y = 2\n",
		"0.050s lost in aborts, 0.000s paused (1x STM_CONTENTION_WRITE_READ)\n  File \"x.py\", line 3, in g\n    obj.y = 2\ntime line: |",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	// Cut short: the records before the cut, and an error.
	os.WriteFile(path, b[:len(b)-5], 0o644)
	a, err = AnalyseFile(path, nil, nil)
	if _, ok := err.(*CorruptError); !ok || a == nil || a.Records != 10 {
		t.Errorf("cut log: %v, %+v", err, a)
	}
}

func TestTimeline(t *testing.T) {
	got := Timeline([]int64{0, 0, 0, 0, 50, 99}, 0, 99, 10)
	if got != "X    .   ." {
		t.Errorf("Timeline = %q", got)
	}
}

// BenchmarkRecord is the cost of recording one event (a transaction's
// start or commit: no markers) in a thread's buffer.
func BenchmarkRecord(b *testing.B) {
	w := &Writer{base: time.Now()}
	rec := w.newThreadLog(1)
	e := stm.Event{Kind: stm.TransactionCommit, Thread: 1}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Time = time.Now()
		rec.Record(e)
	}
}

// BenchmarkTxLogged is a whole read-only transaction (begin, commit)
// with the log on, for comparison with BenchmarkTxUnlogged.
func BenchmarkTxLogged(b *testing.B) {
	stm.SetParallel(true)
	defer stm.SetParallel(false)
	w := &Writer{base: time.Now()}
	stm.SetRecorders(func(th *stm.Thread) stm.Recorder { return w.newThreadLog(1) })
	defer stm.SetRecorders(nil)
	th := &stm.Thread{ID: 1}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		stm.BeginTx(stm.Options{Thread: th}).Commit()
	}
}

// BenchmarkTxUnlogged is BenchmarkTxLogged with the log off.
func BenchmarkTxUnlogged(b *testing.B) {
	stm.SetParallel(true)
	defer stm.SetParallel(false)
	th := &stm.Thread{ID: 1}
	for i := 0; i < b.N; i++ {
		stm.BeginTx(stm.Options{Thread: th}).Commit()
	}
}

// TestCloseWhileRecording closes the log while threads go on recording
// (daemon threads at exit, or SIGTERM): the log holds whole records in
// time order, and the race detector sees no race.
func TestCloseWhileRecording(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log")
	w, err := Start(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg, started sync.WaitGroup
	for th := 1; th <= 3; th++ {
		wg.Add(1)
		started.Add(1)
		go func() {
			defer wg.Done()
			rec := w.newThreadLog(uint32(th))
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				rec.Record(stm.Event{Kind: stm.TransactionStart, Time: time.Now(), Thread: th})
				if i == 0 {
					started.Done()
				}
			}
		}()
	}
	// Every thread has recorded before the close (on a loaded machine
	// a goroutine may not have run at all after a fixed sleep).
	started.Wait()
	time.Sleep(20 * time.Millisecond)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	close(stop)
	wg.Wait()
	a, err := AnalyseFile(path, nil, nil)
	if err != nil || a.Records == 0 || a.Threads() != 3 {
		t.Fatalf("log: %v, %d records of %d threads", err, a.Records, a.Threads())
	}
}

// TestRetryWait checks that a retry's first wait for the transaction it
// lost to counts at the site its previous attempt aborted at.
func TestRetryWait(t *testing.T) {
	a := NewAnalysis()
	at := func(ms int64, k stm.EventKind, m1 string) {
		a.Add(&Record{Time: ms * 1e6, Thread: 2, Kind: k, M1: m1})
	}
	at(0, stm.TransactionStart, "")
	at(10, stm.ContentionWriteWrite, "here")
	at(10, stm.TransactionAbort, "")
	at(10, stm.TransactionStart, "")
	at(10, stm.WaitContention, "")
	at(14, stm.WaitDone, "")
	at(20, stm.WaitSyncPause, "") // not the retry's first wait
	at(23, stm.WaitDone, "")
	at(30, stm.TransactionCommit, "")
	a.Finish()
	ss := a.Sites()
	if len(ss) != 1 || ss[0].Abort != 10e6 || ss[0].Paused != 4e6 || a.Paused != 7e6 {
		t.Fatalf("sites %+v, paused %d", ss[0], a.Paused)
	}
}
