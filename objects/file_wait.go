package objects

import (
	"golang.org/x/sys/unix"

	"github.com/pystm/pystm/stm"
)

// awaitInput makes t's transaction inevitable before f is read. When
// other threads run and the read could block (f has no input buffered
// and is a pipe, terminal or socket), it first waits for input outside
// any transaction, as CPython releases the GIL around a blocking read,
// so that the others are not held up meanwhile.
func awaitInput(t *Thread, f *File) {
	if t != nil && t.Tx != nil && (!t.Tx.Direct() || stm.GIL()) {
		if h := f.ref.Read(t.tx()).h; h != nil && h.mightBlock() {
			t.Blocking(h.waitReadable)
		}
	}
	inevitable(t)
}

// mightBlock reports whether reading h could wait for input.
func (h *fileHandle) mightBlock() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || !h.readable || h.eof || h.rpos < len(h.rbuf) {
		return false
	}
	var st unix.Stat_t
	if unix.Fstat(h.fd, &st) != nil {
		return false
	}
	return st.Mode&unix.S_IFMT != unix.S_IFREG && st.Mode&unix.S_IFMT != unix.S_IFBLK
}

// waitReadable waits until h's descriptor has input (or its end, or an
// error, which the read then reports).
func (h *fileHandle) waitReadable() {
	fds := []unix.PollFd{{Fd: int32(h.fd), Events: unix.POLLIN}}
	for {
		if _, err := unix.Poll(fds, -1); err != unix.EINTR {
			return
		}
	}
}
