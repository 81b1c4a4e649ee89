package stm

import "sync/atomic"

// Tx is one transaction. A thread runs one at a time; Begin starts it and
// Commit ends it.
type Tx struct {
	seq        uint64
	inevitable bool
	running    bool
	onAbort    []func()
	onCommit   []func()
}

var txSeq atomic.Uint64

// Begin starts a transaction on the calling thread.
func Begin() *Tx {
	return &Tx{seq: txSeq.Add(1), running: true, inevitable: true}
}

// Seq is the transaction's sequence number, unique in the process.
func (tx *Tx) Seq() uint64 { return tx.seq }

// Running reports whether the transaction has begun and not ended.
func (tx *Tx) Running() bool { return tx.running }

// Inevitable reports whether the transaction can no longer abort.
func (tx *Tx) Inevitable() bool { return tx.inevitable }

// BecomeInevitable makes tx a transaction that never aborts, waiting if
// another one is inevitable. Call it before any action that cannot be
// undone (I/O, system calls, reading the clock).
func (tx *Tx) BecomeInevitable() { tx.inevitable = true }

// OnAbort registers f to run if tx aborts (to rewind state kept outside
// Refs, such as frame snapshots).
func (tx *Tx) OnAbort(f func()) { tx.onAbort = append(tx.onAbort, f) }

// OnCommit registers f to run after tx commits.
func (tx *Tx) OnCommit(f func()) { tx.onCommit = append(tx.onCommit, f) }

// Commit publishes the transaction's writes and ends it.
func (tx *Tx) Commit() {
	tx.running = false
	fs := tx.onCommit
	tx.onCommit, tx.onAbort = nil, nil
	for _, f := range fs {
		f()
	}
}

// Abort is the panic value that unwinds an aborted transaction to the
// evaluator's depth-0 loop.
type Abort struct {
	Tx     *Tx
	Reason string
}

func (a *Abort) Error() string { return "stm: transaction aborted: " + a.Reason }

// Rollback runs the abort hooks of tx in reverse order and ends it.
func (tx *Tx) Rollback() {
	tx.running = false
	fs := tx.onAbort
	tx.onCommit, tx.onAbort = nil, nil
	for i := len(fs) - 1; i >= 0; i-- {
		fs[i]()
	}
}

// Ref holds the mutable state of one shared object: a payload of type T
// reached only through the Read and Write barriers.
type Ref[T any] struct {
	p *T
}

// NewRef returns a Ref whose payload is p, owned by the transaction that
// creates it (an object is private to its creator until commit).
func NewRef[T any](p *T) Ref[T] { return Ref[T]{p: p} }

// Init sets the payload of a Ref that no other transaction can see yet.
func (r *Ref[T]) Init(p *T) { r.p = p }

// Read returns the payload as tx sees it. The caller must not modify it.
func (r *Ref[T]) Read(tx *Tx) *T { return r.p }

// Write returns the payload for modification by tx: the transaction's
// private copy, made on its first write.
func (r *Ref[T]) Write(tx *Tx) *T { return r.p }
