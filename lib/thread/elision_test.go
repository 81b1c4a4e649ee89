package thread

import (
	"testing"

	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// TestElisionHookOnce checks that a transaction that takes and releases
// a lock many times by elision registers the hook that would take them
// for real once, and writes nothing; and that a lock still held by
// elision at the commit is taken for real then.
func TestElisionHookOnce(t *testing.T) {
	stm.SetParallel(true)
	defer stm.SetParallel(false)
	th := &o.Thread{STM: &stm.Thread{ID: 1}}
	th.Tx = stm.BeginTx(stm.Options{Thread: th.STM})
	l := NewLock(th)
	th.Tx.Commit()

	calls := 0
	th.ElidedHook = func() { calls++; materialize(th) }
	th.Tx = stm.BeginTx(stm.Options{Thread: th.STM})
	for i := 0; i < 100; i++ {
		if ok, err := l.Acquire(th, true); !ok || err != nil {
			t.Fatalf("acquire %d: %v, %v", i, ok, err)
		}
		if len(th.Elided) != 1 {
			t.Fatalf("acquire %d was not elided", i)
		}
		if err := l.Release(th); err != nil {
			t.Fatalf("release %d: %v", i, err)
		}
	}
	if ok, _ := l.Acquire(th, true); !ok {
		t.Fatal("last acquire failed")
	}
	th.Tx.Commit()
	if calls != 1 {
		t.Errorf("the hook ran %d times in one transaction", calls)
	}
	if !l.ref.Peek().locked {
		t.Error("a lock held by elision at the commit was not taken")
	}
	// The next transaction registers the hook again.
	th.Tx = stm.BeginTx(stm.Options{Thread: th.STM})
	if err := l.Release(th); err != nil {
		t.Fatal(err)
	}
	l2 := NewLock(th)
	l2.Acquire(th, true)
	l2.Release(th)
	th.Tx.Commit()
	if calls != 2 || l.ref.Peek().locked {
		t.Errorf("second transaction: hook ran %d times in all, lock held %v", calls, l.ref.Peek().locked)
	}
}
