package interp

import (
	"testing"

	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// TestGetItemChunkedList checks that indexing a large list that a
// transaction has copied (so stored in chunks) reads the one item
// without flattening the list: no allocation at all.
func TestGetItemChunkedList(t *testing.T) {
	stm.SetParallel(true)
	defer stm.SetParallel(false)
	th := testThread()
	defer func() { th.Tx.Commit(); th.Tx = nil }()
	items := make([]o.Value, 100000)
	for i := range items {
		items[i] = o.Int(i % 100)
	}
	l := o.NewList(items)
	l.SetAt(th, 5, o.None) // the transaction's copy is chunked
	var key o.Value = o.Int(70007)
	var got o.Value
	allocs := testing.AllocsPerRun(20, func() {
		got, _ = getItem(th, l, key)
	})
	if got != o.Value(o.Int(7)) {
		t.Fatalf("l[70007] = %v", got)
	}
	if v, _ := getItem(th, l, o.Int(5)); v != o.None {
		t.Fatalf("l[5] = %v, want the transaction's None", v)
	}
	if allocs != 0 {
		t.Errorf("l[i] allocates %v times", allocs)
	}
}
