package stmlog

import (
	"bufio"
	"container/heap"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pystm/pystm/stm"
)

// A thread's buffer grows by pieces of firstChunk bytes, then four
// times more each time up to chunkSize: a short thread keeps little
// memory until the end, a busy one spills in large pieces.
const (
	firstChunk = 4 << 10
	chunkSize  = 64 << 10
)

// A chunk is a piece of one thread's buffer. Only its thread writes
// its data; n, the length of the records it holds whole, says how much
// of it a reader may look at. A full chunk is written to the spill file
// at off, and its data let go (data becomes nil after off is set).
type chunk struct {
	n    atomic.Int64
	off  atomic.Int64
	data atomic.Pointer[[]byte]
}

// A threadLog is one thread's buffer: its stm.Recorder.
type threadLog struct {
	w      *Writer
	num    uint32
	cur    *chunk
	data   []byte   // cur's data
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
	if c == nil || tl.used+need > len(tl.data) {
		if c != nil {
			tl.w.spill(c, tl.data[:tl.used])
		}
		c = &chunk{}
		tl.data = make([]byte, min(chunkSize, max(firstChunk, 4*len(tl.data))))
		c.data.Store(&tl.data)
		tl.w.mu.Lock()
		tl.chunks = append(tl.chunks, c)
		tl.w.mu.Unlock()
		tl.cur, tl.used = c, 0
	}
	t := tl.w.monoBase + int64(e.Time.Sub(tl.w.base))
	// Appending within the capacity writes into data's array in place.
	tl.used = len(appendRecord(tl.data[tl.used:tl.used], t, tl.num, uint32(e.Other), e.Kind, m1, m2)) + tl.used
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
	once     sync.Once
	err      error
	sigs     chan os.Signal
	// The full chunks go to the spill file (unlinked at once: nothing
	// is left behind), so that a long run's log does not fill memory.
	spillF   *os.File
	spillEnd atomic.Int64
	spillErr atomic.Pointer[error]
}

// spill writes the full chunk c (data: its records) to the spill file
// and lets its memory go. It takes no lock: each chunk reserves its own
// piece of the file.
func (w *Writer) spill(c *chunk, data []byte) {
	if w.spillF == nil {
		return // kept in memory
	}
	off := w.spillEnd.Add(int64(len(data))) - int64(len(data))
	if _, err := w.spillF.WriteAt(data, off); err != nil {
		w.spillErr.CompareAndSwap(nil, &err)
		return // kept in memory
	}
	c.off.Store(off)
	c.data.Store(nil)
}

// Start opens the log at path (a trailing "+" is dropped, as pypy-stm
// did; the file is truncated) and makes the stm threads record their
// events for it. The caller must Close it at exit. If the process is
// ended by SIGTERM or SIGHUP, or by SIGINT while handled(SIGINT) is
// false (nothing turns it into KeyboardInterrupt), the log is closed
// first and the process then dies of the signal as it would have.
func Start(path string, handled func(os.Signal) bool) (*Writer, error) {
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
	if sf, err := os.CreateTemp(filepath.Dir(path), ".pypystm-spill-*"); err == nil {
		os.Remove(sf.Name())
		w.spillF = sf
	}
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts) == nil {
		w.monoBase = ts.Nano()
	}
	stm.SetRecorders(func(th *stm.Thread) stm.Recorder {
		num := uint32(0)
		if th != nil {
			num = uint32(th.ID)
		}
		return w.newThreadLog(num)
	})
	w.sigs = make(chan os.Signal, 4)
	signal.Notify(w.sigs, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT)
	go func() {
		for s := range w.sigs {
			if handled != nil && handled(s) {
				continue
			}
			w.Close()
			signal.Reset(s)
			syscall.Kill(os.Getpid(), s.(syscall.Signal))
			time.Sleep(time.Second)
			os.Exit(128 + int(s.(syscall.Signal)))
		}
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
// left out from the moment Close begins. Closing again waits for the
// first Close to end and returns its error.
func (w *Writer) Close() error {
	// A second caller (exit and SIGTERM at once) waits for the first.
	w.once.Do(w.close)
	return w.err
}

func (w *Writer) close() {
	stm.SetRecorders(nil)
	signal.Stop(w.sigs)
	close(w.sigs)
	// What each thread has recorded whole by now.
	w.mu.Lock()
	var streams mergeHeap
	for _, tl := range w.logs {
		s := &stream{w: w}
		for _, c := range tl.chunks {
			n := c.n.Load()
			if n == 0 {
				continue
			}
			if d := c.data.Load(); d != nil {
				s.bufs = append(s.bufs, piece{data: (*d)[:n]})
			} else {
				s.bufs = append(s.bufs, piece{off: c.off.Load(), n: n})
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
	// (A thread still running may fail to spill once the file is
	// closed: what it writes then is not in the log anyway.)
	if e := w.spillErr.Load(); err == nil && e != nil {
		err = *e
	}
	if w.spillF != nil {
		w.spillF.Close()
	}
	for _, s := range streams {
		if err == nil {
			err = s.err
		}
	}
	if err != nil {
		err = fmt.Errorf("writing the event log %s: %w", w.path, err)
	}
	w.err = err
}

// A piece is a chunk's records: in memory (data), or n bytes of the
// spill file at off.
type piece struct {
	data []byte
	off  int64
	n    int64
}

// A stream is one thread's records, read in order.
type stream struct {
	w    *Writer
	bufs []piece
	cur  []byte // the rest of the piece being read
	rec  []byte // the current record
	t    int64  // its time
	err  error
}

func (s *stream) next() bool {
	for len(s.cur) == 0 {
		if len(s.bufs) == 0 {
			return false
		}
		p := s.bufs[0]
		s.bufs = s.bufs[1:]
		if p.data != nil {
			s.cur = p.data
			continue
		}
		// One spilled chunk at a time is read back.
		b := make([]byte, p.n)
		if _, err := s.w.spillF.ReadAt(b, p.off); err != nil {
			s.err = fmt.Errorf("reading back the spilled events: %w", err)
			return false
		}
		s.cur = b
	}
	n := recordLen(s.cur)
	s.rec, s.t, s.cur = s.cur[:n], recordTime(s.cur), s.cur[n:]
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
