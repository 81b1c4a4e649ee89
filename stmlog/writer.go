package stmlog

import (
	"bufio"
	"container/heap"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pystm/pystm/stm"
)

// chunkSize is the size of the pieces a thread's buffer grows by.
const chunkSize = 64 << 10

// A chunk is a piece of one thread's buffer. Only its thread writes
// data; n, the length of the records it holds whole, says how much of
// it a reader may look at.
type chunk struct {
	n    atomic.Int64
	data []byte // chunkSize bytes, never reassigned
}

// A threadLog is one thread's buffer: its stm.Recorder.
type threadLog struct {
	w      *Writer
	num    uint32
	cur    *chunk
	used   int      // bytes of cur written (the thread's own count)
	chunks []*chunk // guarded by w.mu
}

// Record appends the event's record to the thread's buffer.
func (tl *threadLog) Record(e stm.Event) {
	var m1, m2 string
	if e.Self != nil {
		m1 = e.Self.String()
	}
	if e.OtherMarker != nil {
		m2 = e.OtherMarker.String()
	}
	need := recordSize + min(len(m1), maxMarker) + min(len(m2), maxMarker)
	c := tl.cur
	if c == nil || tl.used+need > chunkSize {
		c = &chunk{data: make([]byte, chunkSize)}
		tl.w.mu.Lock()
		tl.chunks = append(tl.chunks, c)
		tl.w.mu.Unlock()
		tl.cur, tl.used = c, 0
	}
	t := tl.w.monoBase + int64(e.Time.Sub(tl.w.base))
	// Appending within the capacity writes into data's array in place.
	tl.used = len(appendRecord(c.data[tl.used:tl.used], t, tl.num, uint32(e.Other), e.Kind, m1, m2)) + tl.used
	c.n.Store(int64(tl.used))
}

// A Writer is an event log being written.
type Writer struct {
	path     string
	f        *os.File
	base     time.Time // time.Now() at Start...
	monoBase int64     // ...and the monotonic clock then, in nanoseconds
	mu       sync.Mutex
	logs     []*threadLog
	shared   sync.Mutex // the Recorder of transactions without a thread
	closed   bool
	err      error
	sigs     chan os.Signal
}

var current atomic.Pointer[Writer]

// Start opens the log at path (a trailing "+" is dropped, as pypy-stm
// did; the file is truncated) and makes the stm threads record their
// events for it. The caller must Close it at exit.
func Start(path string) (*Writer, error) {
	path = strings.TrimSuffix(path, "+")
	if path == "" {
		return nil, fmt.Errorf("empty log file name")
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if _, err := f.WriteString(Header); err != nil {
		f.Close()
		return nil, err
	}
	w := &Writer{path: path, f: f, base: time.Now()}
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts) == nil {
		w.monoBase = ts.Nano()
	}
	current.Store(w)
	stm.SetRecorders(func(th *stm.Thread) stm.Recorder {
		num := uint32(0)
		if th != nil {
			num = uint32(th.ID)
		}
		return w.newThreadLog(num)
	})
	// Killed by SIGTERM, the process writes its log first.
	w.sigs = make(chan os.Signal, 1)
	signal.Notify(w.sigs, syscall.SIGTERM)
	go func() {
		s, ok := <-w.sigs
		if !ok {
			return
		}
		w.Close()
		signal.Reset(s)
		syscall.Kill(os.Getpid(), s.(syscall.Signal))
		time.Sleep(time.Second)
		os.Exit(128 + int(s.(syscall.Signal)))
	}()
	return w, nil
}

func (w *Writer) newThreadLog(num uint32) stm.Recorder {
	tl := &threadLog{w: w, num: num}
	w.mu.Lock()
	w.logs = append(w.logs, tl)
	w.mu.Unlock()
	if num == 0 {
		return lockedRecorder{tl, &w.shared}
	}
	return tl
}

// lockedRecorder serialises the transactions that have no thread.
type lockedRecorder struct {
	tl *threadLog
	mu *sync.Mutex
}

func (r lockedRecorder) Record(e stm.Event) {
	r.mu.Lock()
	r.tl.Record(e)
	r.mu.Unlock()
}

// Close stops the recording and writes the events recorded so far, in
// time order, to the file. Events of threads that go on running are
// left out from the moment Close begins. Closing twice does nothing.
func (w *Writer) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return w.err
	}
	w.closed = true
	w.mu.Unlock()
	stm.SetRecorders(nil)
	signal.Stop(w.sigs)
	close(w.sigs)
	// What each thread has recorded whole by now.
	w.mu.Lock()
	var streams mergeHeap
	for _, tl := range w.logs {
		s := &stream{}
		for _, c := range tl.chunks {
			if n := c.n.Load(); n > 0 {
				s.bufs = append(s.bufs, c.data[:n])
			}
		}
		if s.next() {
			streams = append(streams, s)
		}
	}
	w.mu.Unlock()
	bw := bufio.NewWriterSize(w.f, 1<<20)
	heap.Init(&streams)
	for len(streams) > 0 {
		s := streams[0]
		bw.Write(s.rec)
		if s.next() {
			heap.Fix(&streams, 0)
		} else {
			heap.Pop(&streams)
		}
	}
	err := bw.Flush()
	if e := w.f.Close(); err == nil {
		err = e
	}
	if err != nil {
		err = fmt.Errorf("writing the event log %s: %w", w.path, err)
	}
	w.err = err
	return err
}

// CloseCurrent closes the log that Start opened last, if any.
func CloseCurrent() error {
	if w := current.Load(); w != nil {
		return w.Close()
	}
	return nil
}

// A stream is one thread's records, read in order.
type stream struct {
	bufs [][]byte
	rec  []byte // the current record
	t    int64  // its time
}

func (s *stream) next() bool {
	for len(s.bufs) > 0 && len(s.bufs[0]) == 0 {
		s.bufs = s.bufs[1:]
	}
	if len(s.bufs) == 0 {
		return false
	}
	b := s.bufs[0]
	n := recordLen(b)
	s.rec, s.t, s.bufs[0] = b[:n], recordTime(b), b[n:]
	return true
}

// mergeHeap orders the streams by the time of their current records.
type mergeHeap []*stream

func (h mergeHeap) Len() int           { return len(h) }
func (h mergeHeap) Less(i, j int) bool { return h[i].t < h[j].t }
func (h mergeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap) Push(x any)        { *h = append(*h, x.(*stream)) }
func (h *mergeHeap) Pop() any {
	old := *h
	s := old[len(old)-1]
	*h = old[:len(old)-1]
	return s
}
