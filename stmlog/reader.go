package stmlog

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/pystm/pystm/stm"
)

// A Record is one event of a log.
type Record struct {
	Time          int64 // nanoseconds of the monotonic clock
	Thread, Other uint32
	Kind          stm.EventKind
	M1, M2        string // the markers
}

// A CorruptError says where a log stops making sense.
type CorruptError struct {
	Offset int64 // of the record that could not be read
	Msg    string
}

// Error says what is wrong and where.
func (e *CorruptError) Error() string {
	return fmt.Sprintf("%s at byte %d", e.Msg, e.Offset)
}

// ErrNotLog is returned for a file that does not begin with Header.
var ErrNotLog = errors.New("not an STM event log (no STMGC-C7-PROF01 header)")

// A Reader reads a log's records one at a time.
type Reader struct {
	r       *bufio.Reader
	off     int64 // bytes read so far
	markers map[string]string
	buf     [recordSize]byte
	mbuf    [2 * maxMarker]byte
}

// NewReader checks the header of the log r holds.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	var h [len(Header)]byte
	if n, _ := io.ReadFull(br, h[:]); n < len(h) || string(h[:]) != Header {
		return nil, ErrNotLog
	}
	return &Reader{r: br, off: int64(len(Header)), markers: map[string]string{}}, nil
}

// Offset is how many bytes of the log have been read.
func (r *Reader) Offset() int64 { return r.off }

// Next returns the next record; io.EOF at the end of a whole log, a
// *CorruptError where the log is cut short or holds what no record
// can.
func (r *Reader) Next() (Record, error) {
	n, err := io.ReadFull(r.r, r.buf[:])
	if err == io.EOF {
		return Record{}, io.EOF
	}
	if err != nil {
		return Record{}, &CorruptError{r.off, fmt.Sprintf("truncated record (%d of %d bytes)", n, recordSize)}
	}
	b := r.buf[:]
	rec := Record{
		Time:   int64(binary.LittleEndian.Uint32(b))*1e9 + int64(binary.LittleEndian.Uint32(b[4:])),
		Thread: binary.LittleEndian.Uint32(b[8:]),
		Other:  binary.LittleEndian.Uint32(b[12:]),
		Kind:   stm.EventKind(b[16]),
	}
	if binary.LittleEndian.Uint32(b[4:]) >= 1e9 {
		return Record{}, &CorruptError{r.off, "bad nanoseconds field"}
	}
	if int(rec.Kind) >= numCodes {
		return Record{}, &CorruptError{r.off, fmt.Sprintf("unknown event code %d", rec.Kind)}
	}
	l1, l2 := int(b[17]), int(b[18])
	m := r.mbuf[:l1+l2]
	if n, err := io.ReadFull(r.r, m); err != nil {
		return Record{}, &CorruptError{r.off, fmt.Sprintf("truncated record (%d of %d bytes)", recordSize+n, recordSize+l1+l2)}
	}
	rec.M1, rec.M2 = r.intern(m[:l1]), r.intern(m[l1:])
	r.off += int64(recordSize + l1 + l2)
	return rec, nil
}

// intern returns b as a string, the same one each time.
func (r *Reader) intern(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if s, ok := r.markers[string(b)]; ok {
		return s
	}
	s := string(b)
	r.markers[s] = s
	return s
}
