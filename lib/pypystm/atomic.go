package pypystm

import (
	"github.com/pystm/pystm/lib/internal/modutil"
	"github.com/pystm/pystm/lib/thread"
	o "github.com/pystm/pystm/objects"
)

// atomicType is the type of pypystm's three block context managers.
var atomicType = o.NewBuiltinType("pypystm.atomic", o.ObjectType, 0)

// blockKind tells the three managers apart.
type blockKind int

const (
	plainAtomic       blockKind = iota // atomic: nests freely
	exclusiveAtomic                    // exclusive_atomic: refuses to nest
	singleTransaction                  // single_transaction: a fresh transaction around the block
)

// An atomicBlockType value is one of the context managers atomic,
// exclusive_atomic and single_transaction: while a thread is inside
// one (t.Atomic > 0), the evaluator takes no transaction boundary, so
// the block runs in one transaction. An abort re-runs the transaction
// from its start, where the thread was outside every block, and the
// evaluator resets the nesting.
type atomicBlockType struct {
	name string
	kind blockKind
}

// Type returns pypystm.atomic.
func (*atomicBlockType) Type() *o.Type { return atomicType }

var (
	atomicBlock    = &atomicBlockType{"atomic", plainAtomic}
	exclusiveBlock = &atomicBlockType{"exclusive_atomic", exclusiveAtomic}
	singleBlock    = &atomicBlockType{"single_transaction", singleTransaction}
)

// Enter enters an atomic block of kind b in thread t.
func (b *atomicBlockType) enter(t *o.Thread) error {
	switch b.kind {
	case exclusiveAtomic:
		if t.Atomic > 0 {
			return o.NewException(thread.Error(t), o.NewStr("exclusive_atomic block can't be entered inside another atomic block"))
		}
	case singleTransaction:
		HintCommitSoon(t)
	}
	t.Atomic++
	return nil
}

// exit leaves an atomic block: once the thread is out of every block, a
// boundary that fell due inside is taken at the next occasion.
func (b *atomicBlockType) exit(t *o.Thread) error {
	if t.Atomic == 0 {
		return o.NewException(thread.Error(t), o.NewStr("atomic.__exit__(): more exits than enters"))
	}
	t.Atomic--
	if t.Atomic == 0 && (t.BoundaryDue || b.kind == singleTransaction) {
		t.YieldSoon()
	}
	return nil
}

func init() {
	atomicType.AddAttr("__doc__", o.NewStr(`A context manager whose block runs in one transaction: no other
thread's work appears to happen in the middle of it. Blocks nest; I/O
inside one makes its transaction inevitable.`))
	atomicType.AddMethods([]o.MethodDef{
		{Name: "__enter__", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("__enter__", args, kw); err != nil {
				return nil, err
			}
			if err := self.(*atomicBlockType).enter(t); err != nil {
				return nil, err
			}
			return o.None, nil
		}},
		{Name: "__exit__", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoKeywords("__exit__", kw); err != nil {
				return nil, err
			}
			if err := self.(*atomicBlockType).exit(t); err != nil {
				return nil, err
			}
			return o.None, nil
		}},
	})
}
