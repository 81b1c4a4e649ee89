package objects

import (
	"testing"

	"github.com/pystm/pystm/stm"
)

// commits runs f in a transaction of th begun before other runs and
// reports whether it committed (false: it aborted at commit because of
// what other, run and committed in between, did).
func commits(th *Thread, f, other func()) (ok bool) {
	th.Tx = stm.BeginTx(stm.Options{})
	defer func() {
		th.Tx = nil
		if r := recover(); r != nil {
			if _, isAbort := r.(*stm.Abort); !isAbort {
				panic(r)
			}
			ok = false
		}
	}()
	f()
	other()
	th.Tx.Commit()
	return true
}

// TestNamespaceCells checks that a module namespace keeps one cell per
// name: a transaction that reads one name conflicts with a store to
// that name, or with a new name (the table changes), but not with a
// store to another name already there. A plain dict, one object,
// conflicts in every case.
func TestNamespaceCells(t *testing.T) {
	withParallelMode(t)
	a, b := newTestThread(), newTestThread()
	for _, c := range []struct {
		namespace bool
		store     string
		conflict  bool
	}{
		{true, "y", false},
		{true, "x", true},
		{true, "new", true},
		{false, "y", true},
		{false, "x", true},
	} {
		d := NewDict()
		if c.namespace {
			d = NewNamespace()
		}
		atomicallyOn(b, func() {
			d.SetString(b, "x", Int(1))
			d.SetString(b, "y", Int(2))
		})
		var seen Value
		ok := commits(a, func() {
			seen = d.GetString(a, "x")
			// A write of its own, so that the commit validates its
			// reads.
			NewNamespace().SetString(a, "z", None)
		}, func() {
			atomicallyOn(b, func() { d.SetString(b, c.store, Int(3)) })
		})
		if ok == c.conflict {
			t.Errorf("namespace %v, store to %s: committed %v, want %v", c.namespace, c.store, ok, !c.conflict)
		}
		if seen != nil && seen.(Int) != 1 {
			t.Errorf("namespace %v: read x = %v before the store", c.namespace, seen)
		}
		var x, y, n Value
		atomicallyOn(a, func() { x, y, n = d.GetString(a, "x"), d.GetString(a, "y"), d.GetString(a, "new") })
		want := map[string]int64{"x": 1, "y": 2, "new": 0}
		want[c.store] = 3
		for name, v := range map[string]Value{"x": x, "y": y, "new": n} {
			got := int64(0)
			if v != nil {
				got = int64(v.(Int))
			}
			if got != want[name] {
				t.Errorf("namespace %v, store to %s: %s = %d, want %d", c.namespace, c.store, name, got, want[name])
			}
		}
	}
}
