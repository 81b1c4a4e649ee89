package pypystm

import (
	"sync"
	"time"

	"github.com/pystm/pystm/lib/internal/modutil"
	"github.com/pystm/pystm/lib/thread"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// queueType is pypystm.queue.
var queueType = o.NewBuiltinType("pypystm.queue", o.ObjectType, 0)

// Queue is a pypystm.queue: an unordered, unbounded queue made for
// handing work between transactions without conflicts.
//
// Its state lives outside the STM, under a mutex, and transactions
// change it only in ways that cannot conflict: a put is kept private to
// its transaction and published when the transaction commits (dropped if
// it aborts); a get takes an item at once and gives it back if the
// transaction aborts. A put counts as unfinished work from the moment it
// is made (until an abort drops it), so that join() waits for puts not
// yet published, the caller's own included; task_done() counts at
// commit. A transaction that cannot abort and runs alone (direct or
// --gil mode) acts at once.
type Queue struct {
	mu sync.Mutex
	// items are the published items; gets take the oldest.
	items []o.Value
	head  int
	// pending holds the puts of running transactions.
	pending map[*stm.Tx]*pendingPuts
	// unfinished counts the items put (published or not) and not yet
	// marked done.
	unfinished int64
	// arrived is closed (and replaced) when items are published;
	// finished when unfinished drops to zero or below.
	arrived, finished chan struct{}
}

// pendingPuts are a running transaction's puts: the items not taken
// back by its own gets, and how many it put in all.
type pendingPuts struct {
	items []o.Value
	puts  int64
}

// Type returns pypystm.queue.
func (*Queue) Type() *o.Type { return queueType }

func queueNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoArgs("queue", args, kw); err != nil {
		return nil, err
	}
	return &Queue{pending: map[*stm.Tx]*pendingPuts{}}, nil
}

// actsAtOnce reports whether tx's changes to a queue may be made in
// place: it cannot abort and no other transaction runs beside it.
func actsAtOnce(tx *stm.Tx) bool { return tx == nil || tx.Direct() }

// publish adds items to the queue; q.mu is held.
func (q *Queue) publish(items []o.Value) {
	if len(items) == 0 {
		return
	}
	q.items = append(q.items, items...)
	if q.arrived != nil {
		close(q.arrived)
		q.arrived = nil
	}
}

// Put adds v to the queue, privately until t's transaction commits.
func (q *Queue) Put(t *o.Thread, v o.Value) {
	tx := t.Tx
	q.mu.Lock()
	defer q.mu.Unlock()
	q.unfinished++
	if actsAtOnce(tx) {
		q.publish([]o.Value{v})
		return
	}
	p := q.pending[tx]
	if p == nil {
		p = &pendingPuts{}
		q.pending[tx] = p
		tx.OnCommit(func() {
			q.mu.Lock()
			q.publish(p.items)
			delete(q.pending, tx)
			q.mu.Unlock()
		})
		tx.OnAbort(func() {
			q.mu.Lock()
			q.unfinished -= p.puts
			delete(q.pending, tx)
			q.finishedCheck()
			q.mu.Unlock()
		})
	}
	p.items = append(p.items, v)
	p.puts++
}

// take removes an item for t's transaction: one of its own puts first,
// then the oldest published one. If it finds none, it returns a channel
// closed when items arrive. q.mu is held.
func (q *Queue) take(t *o.Thread) (o.Value, <-chan struct{}) {
	tx := t.Tx
	if p := q.pending[tx]; p != nil && len(p.items) > 0 {
		v := p.items[len(p.items)-1]
		p.items[len(p.items)-1] = nil
		p.items = p.items[:len(p.items)-1]
		return v, nil
	}
	if q.head < len(q.items) {
		v := q.items[q.head]
		q.items[q.head] = nil
		q.head++
		if q.head == len(q.items) {
			q.items, q.head = q.items[:0], 0
		}
		if tx.MayAbort() {
			tx.OnAbort(func() {
				// As if never taken: back at the front.
				q.mu.Lock()
				if q.head > 0 {
					q.head--
					q.items[q.head] = v
				} else {
					q.items = append(q.items, nil)
					copy(q.items[1:], q.items)
					q.items[0] = v
				}
				if q.arrived != nil {
					close(q.arrived)
					q.arrived = nil
				}
				q.mu.Unlock()
			})
		}
		return v, nil
	}
	if q.arrived == nil {
		q.arrived = make(chan struct{})
	}
	return nil, q.arrived
}

// Get removes and returns an item. timeout < 0 waits as long as it
// takes; 0 does not wait.
func (q *Queue) Get(t *o.Thread, timeout float64) (o.Value, error) {
	if timeout != 0 && t.Atomic > 0 {
		return nil, o.NewException(thread.Error(t), o.NewStr("can't use queue.get(block=True) in an atomic context"))
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(time.Duration(timeout * float64(time.Second)))
	}
	lastTry := false
	for {
		q.mu.Lock()
		v, arrived := q.take(t)
		q.mu.Unlock()
		if v != nil {
			return v, nil
		}
		if lastTry {
			return nil, o.NewException(emptyClass(t))
		}
		wait := timeout < 0 || (timeout > 0 && time.Now().Before(deadline))
		if !wait {
			// Giving up is a decision made on what other threads
			// committed: make it final, then look once more.
			t.Inevitable()
			lastTry = true
			continue
		}
		t.Blocking(func() {
			if timeout < 0 {
				<-arrived
				return
			}
			timer := time.NewTimer(time.Until(deadline))
			defer timer.Stop()
			select {
			case <-arrived:
			case <-timer.C:
			}
		})
	}
}

// finishedCheck wakes the joiners if no work is left; q.mu is held.
func (q *Queue) finishedCheck() {
	if q.unfinished <= 0 && q.finished != nil {
		close(q.finished)
		q.finished = nil
	}
}

// TaskDone marks one item done, when t's transaction commits.
func (q *Queue) TaskDone(t *o.Thread) {
	done := func() {
		q.mu.Lock()
		q.unfinished--
		q.finishedCheck()
		q.mu.Unlock()
	}
	if actsAtOnce(t.Tx) {
		done()
		return
	}
	t.Tx.OnCommit(done)
}

// Join waits until every item put was marked done.
func (q *Queue) Join(t *o.Thread) error {
	for {
		q.mu.Lock()
		n := q.unfinished
		var ch chan struct{}
		if n > 0 {
			if q.finished == nil {
				q.finished = make(chan struct{})
			}
			ch = q.finished
		}
		q.mu.Unlock()
		if n < 0 {
			return o.Errorf(o.ValueError, "task_done() called too many times (%d more than there were items placed in the queue)", -n)
		}
		if n == 0 {
			return nil
		}
		t.Blocking(func() { <-ch })
	}
}

func queueGet(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	a, err := modutil.Parse("get", args, kw, 0, "block", "timeout")
	if err != nil {
		return nil, err
	}
	block := true
	if a[0] != nil {
		n, err := o.AsInt(t, a[0])
		if err != nil {
			return nil, err
		}
		block = n != 0
	}
	timeout := -1.0
	switch {
	case !block:
		timeout = 0
	case a[1] != nil && a[1] != o.None:
		f, err := o.AsFloat(t, a[1])
		if err != nil {
			return nil, err
		}
		if f < 0 {
			return nil, o.Errorf(o.ValueError, "'timeout' must be a non-negative number")
		}
		timeout = f
	}
	return self.(*Queue).Get(t, timeout)
}

func init() {
	queueType.New = queueNew
	queueType.AddAttr("__doc__", o.NewStr(`An unordered, unbounded queue. put() never makes transactions
conflict: its item is seen by others once the transaction commits.`))
	queueType.AddMethods([]o.MethodDef{
		{Name: "put", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if err := modutil.OneArg("put", args, kw); err != nil {
				return nil, err
			}
			self.(*Queue).Put(t, args[0])
			return o.None, nil
		}, Doc: "put(item)\n\nAdd an item; the queue has no maximum size."},
		{Name: "get", Fn: queueGet, Doc: `get(block=True, timeout=None)

Remove and return an item, as Queue.Queue.get() does: wait for one
(at most timeout seconds, if given) unless block is false; raise
pypystm.Empty when none came.`},
		{Name: "task_done", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("task_done", args, kw); err != nil {
				return nil, err
			}
			self.(*Queue).TaskDone(t)
			return o.None, nil
		}, Doc: "task_done()\n\nMark an item got earlier as processed (see join())."},
		{Name: "join", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("join", args, kw); err != nil {
				return nil, err
			}
			if err := self.(*Queue).Join(t); err != nil {
				return nil, err
			}
			return o.None, nil
		}, Doc: `join()

Wait until every item put was marked processed by task_done(). Raise
ValueError if task_done() was called more times than items were put.`},
	})
}
