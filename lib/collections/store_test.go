package collections

import (
	"math/rand"
	"slices"
	"testing"

	o "github.com/pystm/pystm/objects"
)

// open is openWrite for a test: it copies the payload shallowly as the
// STM's write barrier may, then takes ownership for transaction seq.
func open(committed *dequeState, seq uint64) (writer, *dequeState) {
	cp := *committed
	w := writer{st: &cp, seq: seq}
	if cp.owner != seq {
		cp.blocks = append([]*block(nil), cp.blocks...)
		cp.owner = seq
	}
	return w, &cp
}

func check(t *testing.T, st *dequeState, want []int, step int) {
	t.Helper()
	if st.n != len(want) {
		t.Fatalf("step %d: n = %d, want %d", step, st.n, len(want))
	}
	for i, x := range want {
		if got := st.at(i); got != o.Value(o.Int(x)) {
			t.Fatalf("step %d: item %d = %v, want %d", step, i, got, x)
		}
	}
}

// TestDequeStoreModel runs random operations against a slice, in many
// transactions, and checks after each transaction that the state it
// started from was left unchanged (copy on write).
func TestDequeStoreModel(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	committed := &dequeState{maxlen: -1}
	var model []int
	next := 0
	for tx := uint64(1); tx <= 400; tx++ {
		before := slices.Clone(model)
		snapshot := *committed
		w, st := open(committed, tx)
		for k := r.Intn(300); k > 0; k-- {
			switch op := r.Intn(10); {
			case op < 3:
				w.pushRight(o.Int(next))
				model = append(model, next)
				next++
			case op < 5:
				w.pushLeft(o.Int(next))
				model = append([]int{next}, model...)
				next++
			case op < 6 && len(model) > 0:
				w.popRight()
				model = model[:len(model)-1]
			case op < 7 && len(model) > 0:
				w.popLeft()
				model = model[1:]
			case op < 8 && len(model) > 0:
				i := r.Intn(len(model))
				w.deleteAt(i)
				model = slices.Delete(model, i, i+1)
			case op < 9 && len(model) > 0:
				k := r.Intn(2*len(model)+1) - len(model)
				w.rotate(k)
				n := len(model)
				s := ((k % n) + n) % n
				model = append(model[n-s:], model[:n-s]...)
			default:
				if len(model) > 0 {
					i := r.Intn(len(model))
					w.set(i, o.Int(-next))
					model[i] = -next
					next++
				}
			}
		}
		check(t, st, model, int(tx))
		check(t, &snapshot, before, int(tx))
		if tx%50 == 0 {
			w.reverse()
			slices.Reverse(model)
			check(t, st, model, int(tx))
		}
		committed = st
	}
}

// TestDequeStoreQueue checks that a deque used as a queue keeps a block
// slice proportional to its length.
func TestDequeStoreQueue(t *testing.T) {
	st := &dequeState{maxlen: -1}
	w := writer{st: st}
	for i := 0; i < 100000; i++ {
		w.pushRight(o.Int(i))
		if i >= 100 {
			if got := w.popLeft(); got != o.Value(o.Int(i-100)) {
				t.Fatalf("popLeft = %v, want %d", got, i-100)
			}
		}
	}
	if len(st.blocks) > 8 {
		t.Fatalf("queue of 100 items holds %d blocks", len(st.blocks))
	}
	for i := 0; i < 100000; i++ {
		w.pushLeft(o.Int(i))
		w.popRight()
	}
	if len(st.blocks) > 8 {
		t.Fatalf("reverse queue of 100 items holds %d blocks", len(st.blocks))
	}
}
