package interp

import (
	"sync"

	o "github.com/pystm/pystm/objects"
)

// importLock is CPython's import lock: one thread at a time imports,
// and that thread may import again (reentrant). A thread alone needs no
// lock; while threads run, an import waits for the lock outside any
// transaction, so that no thread sees a module another is still
// running (a transaction that commits while the module body waits
// would publish the half-made module).
type importLock struct {
	mu      sync.Mutex
	owner   *o.Thread
	depth   int
	waiters o.WaitQueue
}

var importLocks sync.Map // *o.Runtime -> *importLock

func importLockOf(rt *o.Runtime) *importLock {
	if l, ok := importLocks.Load(rt); ok {
		return l.(*importLock)
	}
	l, _ := importLocks.LoadOrStore(rt, &importLock{})
	return l.(*importLock)
}

// acquire takes the lock for t, waiting for it outside transactions.
func (l *importLock) acquire(t *o.Thread) {
	for {
		l.mu.Lock()
		if l.owner == nil || l.owner == t {
			l.owner = t
			l.depth++
			l.mu.Unlock()
			return
		}
		ticket := l.waiters.Ticket()
		l.mu.Unlock()
		t.Blocking(func() { <-ticket })
	}
}

// release lets the lock go once t has released it as often as it took it.
func (l *importLock) release(t *o.Thread) {
	l.mu.Lock()
	if l.owner == t {
		l.depth--
		if l.depth == 0 {
			l.owner = nil
			l.waiters.Signal()
		}
	}
	l.mu.Unlock()
}
