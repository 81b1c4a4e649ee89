package objects

import (
	"fmt"
	"math/rand"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/pystm/pystm/stm"
)

// These tests run lists, dicts and sets in parallel mode: a transaction
// that modifies one must leave the payload other transactions read
// unchanged, and its change must be seen after it commits. Each
// container has a twin driven by a thread without a transaction (so in
// place, as in direct mode); after every step the two must hold the same
// items in the same order, which checks that chunked storage changes
// nothing that Python can see.

// withParallelMode runs a test in parallel mode with room for a few
// transactions at once.
func withParallelMode(t *testing.T) {
	limit := stm.SegmentLimit()
	stm.SetParallel(true)
	stm.SetSegmentLimit(8)
	t.Cleanup(func() {
		stm.SetParallel(false)
		stm.SetSegmentLimit(limit)
	})
}

// newTestThread returns a thread with no transaction.
func newTestThread() *Thread {
	return &Thread{RT: &Runtime{RecursionLimit: 1000}, Ticks: noBoundary}
}

// atomicallyOn runs f in transactions of th until one commits.
func atomicallyOn(th *Thread, f func()) {
	var prev *stm.Tx
	for {
		th.Tx = stm.BeginTx(stm.Options{Retry: prev})
		done := func() (done bool) {
			defer func() {
				if r := recover(); r != nil {
					a, ok := r.(*stm.Abort)
					if !ok {
						panic(r)
					}
					prev = a.Tx
				}
			}()
			f()
			th.Tx.Commit()
			return true
		}()
		if done {
			th.Tx = nil
			return
		}
	}
}

// sameValue reports whether a and b are the same value, two str with
// the same bytes counting as one (the twins are given equal, not
// identical, strings).
func sameValue(a, b Value) bool {
	if a == b {
		return true
	}
	as, ok1 := a.(*Str)
	bs, ok2 := b.(*Str)
	return ok1 && ok2 && as.s == bs.s
}

func sameEntry(a, b dictEntry) bool {
	return a.hash == b.hash && sameValue(a.key, b.key) && sameValue(a.value, b.value)
}

func intList(n int) []Value {
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(i)
	}
	return items
}

type listOp struct {
	name string
	f    func(th *Thread, l *List) error
}

func callMethod(th *Thread, self Value, fn func(*Thread, Value, []Value, []Value) (Value, error), args ...Value) error {
	_, err := fn(th, self, args, nil)
	return err
}

var listOps = []listOp{
	{"setitem", func(th *Thread, l *List) error { return listSetItem(th, l, Int(7), NewStr("x")) }},
	{"setitem last", func(th *Thread, l *List) error { return listSetItem(th, l, Int(-1), NewStr("y")) }},
	{"append", func(th *Thread, l *List) error { return callMethod(th, l, list_append, Int(-5)) }},
	{"append many", func(th *Thread, l *List) error {
		for i := range 1500 {
			l.Append(th, Int(i))
		}
		return nil
	}},
	{"insert", func(th *Thread, l *List) error { return callMethod(th, l, list_insert, Int(3), NewStr("ins")) }},
	{"insert end", func(th *Thread, l *List) error { return callMethod(th, l, list_insert, Int(1<<40), NewStr("end")) }},
	{"delete", func(th *Thread, l *List) error { return listSetItem(th, l, Int(2), nil) }},
	{"delete last", func(th *Thread, l *List) error { return listSetItem(th, l, Int(-1), nil) }},
	{"pop", func(th *Thread, l *List) error { return callMethod(th, l, list_pop) }},
	{"pop 0", func(th *Thread, l *List) error { return callMethod(th, l, list_pop, Int(0)) }},
	{"pop many", func(th *Thread, l *List) error {
		for range 1100 {
			if l.Len(th) == 0 {
				break
			}
			if err := callMethod(th, l, list_pop); err != nil {
				return err
			}
		}
		return nil
	}},
	{"sort", func(th *Thread, l *List) error { return l.Sort(th, nil, nil, true) }},
	{"reverse", func(th *Thread, l *List) error { return callMethod(th, l, list_reverse) }},
	{"slice assign", func(th *Thread, l *List) error {
		return l.assSlice(th, 1, 4, NewTuple(NewStr("a"), NewStr("b")))
	}},
	{"slice same size", func(th *Thread, l *List) error {
		return l.assSlice(th, 1, 3, NewTuple(NewStr("c"), NewStr("d")))
	}},
	{"extended slice", func(th *Thread, l *List) error {
		n := l.Len(th)
		vals := make([]Value, (n+2)/3)
		for i := range vals {
			vals[i] = Int(-i)
		}
		return listSetItem(th, l, NewSlice(Int(0), None, Int(3)), NewList(vals))
	}},
	{"delete extended slice", func(th *Thread, l *List) error {
		return listSetItem(th, l, NewSlice(Int(1), None, Int(5)), nil)
	}},
	{"extend self", func(th *Thread, l *List) error { return l.Extend(th, l) }},
	{"repeat", func(th *Thread, l *List) error { _, err := listInplaceRepeat(th, l, 2); return err }},
	{"clear", func(th *Thread, l *List) error { return l.assSlice(th, 0, 1<<40, nil) }},
	{"refill", func(th *Thread, l *List) error { return l.Extend(th, NewList(intList(5000))) }},
}

// checkList fails unless l (read in a new transaction) and twin hold the
// same items.
func checkList(t *testing.T, th, direct *Thread, l, twin *List, step string) {
	t.Helper()
	atomicallyOn(th, func() {
		got := l.Items(th)
		want := twin.Items(direct)
		if !slices.EqualFunc(got, want, sameValue) {
			t.Fatalf("%s: the list has %d items, its twin %d (or they differ)", step, len(got), len(want))
		}
		for i, x := range want {
			if y, ok := l.At(th, i); !ok || !sameValue(y, x) {
				t.Fatalf("%s: At(%d) = %v, want %v", step, i, y, x)
			}
		}
		if x, ok := l.Index(th, -1); len(want) > 0 && (!ok || !sameValue(x, want[len(want)-1])) {
			t.Fatalf("%s: l[-1] = %v", step, x)
		}
	})
}

func TestListIsolation(t *testing.T) {
	// The last size puts the end of the list near the end of a block of
	// chunks, so that appends and pops cross it.
	for _, n := range []int{100, 5000, blockLen*chunkLen - 700} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			direct := newTestThread()
			l, twin := NewList(intList(n)), NewList(intList(n))
			withParallelMode(t)
			th, rd := newTestThread(), newTestThread()
			for _, op := range listOps {
				// A reader holds the committed payload while a writer
				// changes the list.
				rd.Tx = stm.BeginTx(stm.Options{})
				p := l.ref.Read(rd.Tx)
				before := p.appendTo(nil)
				atomicallyOn(th, func() {
					if err := op.f(th, l); err != nil {
						t.Fatalf("%s: %v", op.name, err)
					}
					if !slices.Equal(p.appendTo(nil), before) {
						t.Fatalf("%s: the payload a reader holds changed before commit", op.name)
					}
				})
				if !slices.Equal(p.appendTo(nil), before) {
					t.Fatalf("%s: the payload a reader holds changed", op.name)
				}
				rd.Tx.Rollback()
				if err := op.f(direct, twin); err != nil {
					t.Fatal(err)
				}
				checkList(t, th, direct, l, twin, op.name)
			}
		})
	}
}

// TestListChunkedRandom runs random operations on a chunked list, a few
// per transaction, against its twin.
func TestListChunkedRandom(t *testing.T) {
	direct := newTestThread()
	l, twin := NewList(intList(6000)), NewList(intList(6000))
	withParallelMode(t)
	th := newTestThread()
	rng := rand.New(rand.NewSource(1))
	for step := range 400 {
		type op struct {
			kind, i int
		}
		var ops []op
		for range 1 + rng.Intn(4) {
			ops = append(ops, op{rng.Intn(10), rng.Intn(8000) - 1000})
		}
		apply := func(th *Thread, l *List) {
			for _, o := range ops {
				n := l.Len(th)
				switch o.kind {
				case 0, 1:
					if n > 0 {
						listSetItem(th, l, Int(o.i%n), Int(step))
					}
				case 2, 3:
					for range o.i & 0xff {
						l.Append(th, Int(o.i))
					}
				case 4:
					for range o.i & 0x3ff {
						if l.Len(th) > 0 {
							callMethod(th, l, list_pop)
						}
					}
				case 5:
					if n > 0 {
						listSetItem(th, l, Int(o.i%n), nil)
					}
				case 6:
					callMethod(th, l, list_insert, Int(o.i), Int(step))
				case 7:
					if n > 10 {
						l.assSlice(th, o.i%n, o.i%n+3, NewTuple(Int(1), Int(2), Int(3)))
					}
				case 8:
					if n < 3000 {
						l.Extend(th, NewList(intList(o.i&0xfff)))
					}
				case 9:
					if n > 0 {
						listGetItem(th, l, NewSlice(Int(o.i%n), None, Int(7)))
					}
				}
			}
		}
		atomicallyOn(th, func() { apply(th, l) })
		apply(direct, twin)
		checkList(t, th, direct, l, twin, fmt.Sprintf("step %d", step))
	}
}

type dictOp struct {
	name string
	f    func(th *Thread, d *Dict) error
}

func strKey(i int) Value { return NewStr(fmt.Sprintf("k%d", i)) }

var dictOps = []dictOp{
	{"set existing", func(th *Thread, d *Dict) error { return d.SetItem(th, strKey(1), NewStr("one")) }},
	{"add", func(th *Thread, d *Dict) error { return d.SetItem(th, Int(-1), NewStr("new")) }},
	{"delete", func(th *Thread, d *Dict) error { _, err := d.DelItem(th, strKey(2)); return err }},
	{"pop", func(th *Thread, d *Dict) error { return callMethod(th, d, dict_pop, strKey(3)) }},
	{"popitem", func(th *Thread, d *Dict) error { return callMethod(th, d, dict_popitem) }},
	{"setdefault", func(th *Thread, d *Dict) error { return callMethod(th, d, dict_setdefault, Int(-2), Int(0)) }},
	{"many inserts", func(th *Thread, d *Dict) error {
		for i := range 3000 {
			if err := d.SetItem(th, Int(100000+i), Int(i)); err != nil {
				return err
			}
		}
		return nil
	}},
	{"many deletes", func(th *Thread, d *Dict) error {
		for i := range 2500 {
			if _, err := d.DelItem(th, Int(100000+i)); err != nil {
				return err
			}
		}
		return nil
	}},
	{"update", func(th *Thread, d *Dict) error {
		o := NewDict()
		for i := range 20 {
			o.SetItem(th, strKey(i*3), Int(i))
		}
		return d.Merge(th, o, true)
	}},
	{"clear", func(th *Thread, d *Dict) error { d.Clear(th); return nil }},
	{"refill", func(th *Thread, d *Dict) error {
		for i := range 2000 {
			if err := d.SetItem(th, strKey(i), Int(i)); err != nil {
				return err
			}
		}
		return nil
	}},
}

// dictSnapshot returns the whole table of dd.
func dictSnapshot(dd *dictData) []dictEntry {
	out := make([]dictEntry, 1, dd.tmask()+2)
	out[0] = dictEntry{hash: int64(dd.fill), value: Int(dd.used)}
	for i := 0; i <= dd.tmask(); i++ {
		out = append(out, *dd.entry(i))
	}
	return out
}

// checkDict fails unless d (read in a new transaction) and twin have the
// same table (so the same items in the same order).
func checkDict(t *testing.T, th, direct *Thread, d, twin *Dict, step string) {
	t.Helper()
	atomicallyOn(th, func() {
		got, want := dictSnapshot(d.ref.Read(th.Tx)), dictSnapshot(twin.ref.Read(nil))
		if !slices.EqualFunc(got, want, sameEntry) {
			t.Fatalf("%s: the dict's table differs from its twin's", step)
		}
		k1, v1 := d.Items(th)
		k2, v2 := twin.Items(direct)
		if !slices.EqualFunc(k1, k2, sameValue) || !slices.EqualFunc(v1, v2, sameValue) {
			t.Fatalf("%s: the dict's items differ from its twin's", step)
		}
		every := 1 + len(k2)/5000 // a sample of the keys of a large dict
		for i := 0; i < len(k2); i += every {
			k := k2[i]
			if v, err := d.GetItem(th, k); err != nil || !sameValue(v, v2[i]) {
				t.Fatalf("%s: d[%v] = %v, want %v", step, k, v, v2[i])
			}
		}
		var it Value = newDictIter(th, d, iterKeys)
		for i := 0; ; i++ {
			k, err := Next(th, it)
			if err != nil || k == nil {
				if i != len(k2) {
					t.Fatalf("%s: iteration gave %d keys, want %d", step, i, len(k2))
				}
				break
			}
			if !sameValue(k, k2[i]) {
				t.Fatalf("%s: iteration gave %v at %d, want %v", step, k, i, k2[i])
			}
		}
	})
}

func TestDictIsolation(t *testing.T) {
	// The last size gives a table of several blocks of chunks.
	for _, n := range []int{5, 3000, 180000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			direct := newTestThread()
			d, twin := NewDict(), NewDict()
			for i := range n {
				d.SetItem(direct, strKey(i), Int(i))
				twin.SetItem(direct, strKey(i), Int(i))
			}
			withParallelMode(t)
			th, rd := newTestThread(), newTestThread()
			for _, op := range dictOps {
				rd.Tx = stm.BeginTx(stm.Options{})
				p := d.ref.Read(rd.Tx)
				before := dictSnapshot(p)
				atomicallyOn(th, func() {
					if err := op.f(th, d); err != nil {
						t.Fatalf("%s: %v", op.name, err)
					}
					if !slices.Equal(dictSnapshot(p), before) {
						t.Fatalf("%s: the payload a reader holds changed before commit", op.name)
					}
				})
				if !slices.Equal(dictSnapshot(p), before) {
					t.Fatalf("%s: the payload a reader holds changed", op.name)
				}
				rd.Tx.Rollback()
				if err := op.f(direct, twin); err != nil {
					t.Fatal(err)
				}
				checkDict(t, th, direct, d, twin, op.name)
			}
		})
	}
}

// TestDictChunkedRandom runs random operations on a chunked dict, a few
// per transaction, against its twin.
func TestDictChunkedRandom(t *testing.T) {
	direct := newTestThread()
	d, twin := NewDict(), NewDict()
	for i := range 3000 {
		d.SetItem(direct, Int(i), Int(i))
		twin.SetItem(direct, Int(i), Int(i))
	}
	withParallelMode(t)
	th := newTestThread()
	rng := rand.New(rand.NewSource(2))
	for step := range 300 {
		var ops [][2]int
		for range 1 + rng.Intn(5) {
			ops = append(ops, [2]int{rng.Intn(6), rng.Intn(6000)})
		}
		apply := func(th *Thread, d *Dict) {
			for _, o := range ops {
				switch o[0] {
				case 0, 1:
					d.SetItem(th, Int(o[1]), Int(step))
				case 2:
					d.DelItem(th, Int(o[1]))
				case 3:
					if d.Len(th) > 0 {
						d.PopItem(th)
					}
				case 4:
					for j := range o[1] & 0x1ff {
						d.DelItem(th, Int(j+o[1]))
					}
				case 5:
					for j := range o[1] & 0x1ff {
						d.SetItem(th, Int(j+o[1]), Int(step))
					}
				}
			}
		}
		atomicallyOn(th, func() { apply(th, d) })
		apply(direct, twin)
		checkDict(t, th, direct, d, twin, fmt.Sprintf("step %d", step))
	}
}

// setSnapshot returns the whole table of sd.
func setSnapshot(sd *setData) []setEntry {
	out := make([]setEntry, 1, sd.tmask()+2)
	out[0] = setEntry{hash: int64(sd.fill), key: Int(sd.used)}
	for i := 0; i <= sd.tmask(); i++ {
		out = append(out, *sd.entry(i))
	}
	return out
}

func sameSetEntry(a, b setEntry) bool { return a.hash == b.hash && sameValue(a.key, b.key) }

func TestSetIsolation(t *testing.T) {
	for _, n := range []int{5, 3000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			direct := newTestThread()
			s, twin := NewSet(), NewSet()
			for i := range n {
				s.Add(direct, Int(i))
				twin.Add(direct, Int(i))
			}
			withParallelMode(t)
			th, rd := newTestThread(), newTestThread()
			ops := []func(th *Thread, s *Set){
				func(th *Thread, s *Set) { s.Add(th, Int(-1)) },
				func(th *Thread, s *Set) { s.Add(th, NewStr("x")) },
				func(th *Thread, s *Set) { s.Discard(th, Int(1)) },
				func(th *Thread, s *Set) { callMethod(th, s, set_pop) },
				func(th *Thread, s *Set) {
					for i := range 4000 {
						s.Add(th, Int(10000+i))
					}
				},
				func(th *Thread, s *Set) {
					for i := range 3000 {
						s.Discard(th, Int(10000+i))
					}
				},
				func(th *Thread, s *Set) { callMethod(th, s, set_update, NewList(intList(50))) },
				func(th *Thread, s *Set) {
					callMethod(th, s, set_intersection_update, NewList(intList(2500)))
				},
				func(th *Thread, s *Set) { s.clear(th) },
				func(th *Thread, s *Set) {
					for i := range 3000 {
						s.Add(th, Int(i*7))
					}
				},
			}
			for i, op := range ops {
				rd.Tx = stm.BeginTx(stm.Options{})
				p := s.ref.Read(rd.Tx)
				before := setSnapshot(p)
				atomicallyOn(th, func() {
					op(th, s)
					if !slices.EqualFunc(setSnapshot(p), before, sameSetEntry) {
						t.Fatalf("op %d: the payload a reader holds changed before commit", i)
					}
				})
				if !slices.EqualFunc(setSnapshot(p), before, sameSetEntry) {
					t.Fatalf("op %d: the payload a reader holds changed", i)
				}
				rd.Tx.Rollback()
				op(direct, twin)
				atomicallyOn(th, func() {
					if !slices.EqualFunc(setSnapshot(s.ref.Read(th.Tx)), setSnapshot(twin.ref.Read(nil)), sameSetEntry) {
						t.Fatalf("op %d: the set differs from its twin", i)
					}
					if n > 1000 && i == 0 && s.ref.Read(th.Tx).big == nil {
						t.Fatal("the copy of a large set is not chunked")
					}
					got, want := reprOf(t, th, s), reprOf(t, newTestThread(), twin)
					if got != want {
						t.Fatalf("op %d: repr %.100s, want %.100s", i, got, want)
					}
					var it Value = newSetIter(th, s)
					if got := reprOf(t, th, listOfIter(t, th, it)); got != reprOf(t, th, NewList(twin.Elems(direct))) {
						t.Fatalf("op %d: iteration differs", i)
					}
				})
			}
			// Operations that read a chunked set.
			atomicallyOn(th, func() { s.Add(th, Int(-7)) })
			twin.Add(direct, Int(-7))
			must := func(v Value, err error) Value {
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			reads := []func(th *Thread, s *Set) Value{
				func(th *Thread, s *Set) Value { return must(set_copy(th, s, nil, nil)) },
				func(th *Thread, s *Set) Value { return must(set_union(th, s, []Value{NewList(intList(20))}, nil)) },
				func(th *Thread, s *Set) Value {
					return must(set_intersection(th, s, []Value{NewList(intList(3000))}, nil))
				},
				func(th *Thread, s *Set) Value {
					return must(set_difference(th, s, []Value{NewList(intList(3000))}, nil))
				},
				func(th *Thread, s *Set) Value {
					return must(set_symmetric_difference(th, s, []Value{NewList(intList(100))}, nil))
				},
				func(th *Thread, s *Set) Value {
					in, err := s.Contains(th, Int(21))
					if err != nil {
						t.Fatal(err)
					}
					return NewBool(in)
				},
				func(th *Thread, s *Set) Value { return must(NewFrozenSet(th, s)) },
				func(th *Thread, s *Set) Value {
					f := must(NewFrozenSet(th, s)).(*Set)
					return Int(f.hash(th))
				},
			}
			for i, f := range reads {
				var got string
				atomicallyOn(th, func() { got = reprOf(t, th, f(th, s)) })
				if want := reprOf(t, direct, f(direct, twin)); got != want {
					t.Fatalf("read %d: got %.100s, want %.100s", i, got, want)
				}
			}
		})
	}
}

// TestListConcurrent has two goroutines change one list in many
// transactions. Each transaction also appends what it did to a log (a
// list), whose order is the order the transactions took effect in:
// replaying the log serially must give the same list.
func TestListConcurrent(t *testing.T) {
	const n, perG = 5000, 300
	l, log := NewList(intList(n)), NewList(nil)
	withParallelMode(t)
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := newTestThread()
			rng := rand.New(rand.NewSource(int64(g)))
			for j := range perG {
				i, kind := rng.Intn(n), rng.Intn(8)
				atomicallyOn(th, func() {
					x, _ := l.At(th, i)
					l.SetAt(th, i, Int(int(x.(Int))+1))
					switch kind {
					case 0:
						l.Append(th, Int(g*1000000+j))
					case 1:
						if l.Len(th) > n {
							callMethod(th, l, list_pop)
						}
					}
					log.Append(th, NewTuple(Int(i), Int(kind), Int(g*1000000+j)))
				})
			}
		}()
	}
	wg.Wait()
	direct := newTestThread()
	twin := NewList(intList(n))
	for _, e := range log.Items(direct) {
		op := e.(*Tuple).elems
		i, kind := int(op[0].(Int)), op[1].(Int)
		x, _ := twin.At(direct, i)
		twin.SetAt(direct, i, Int(int(x.(Int))+1))
		switch kind {
		case 0:
			twin.Append(direct, op[2])
		case 1:
			if twin.Len(direct) > n {
				callMethod(direct, twin, list_pop)
			}
		}
	}
	if log.Len(direct) != 2*perG {
		t.Fatalf("the log has %d entries, want %d", log.Len(direct), 2*perG)
	}
	th := newTestThread()
	checkList(t, th, direct, l, twin, "after the threads")
}

// TestDictConcurrent is TestListConcurrent for a dict, with inserts that
// resize it.
func TestDictConcurrent(t *testing.T) {
	const n, perG = 3000, 300
	d, log := NewDict(), NewList(nil)
	direct := newTestThread()
	for i := range n {
		d.SetItem(direct, Int(i), Int(0))
	}
	withParallelMode(t)
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := newTestThread()
			rng := rand.New(rand.NewSource(int64(g + 10)))
			for j := range perG {
				k, kind := rng.Intn(n), rng.Intn(4)
				atomicallyOn(th, func() {
					x, _ := d.GetItem(th, Int(k))
					if x == nil {
						x = Int(0)
					}
					d.SetItem(th, Int(k), Int(int(x.(Int))+1))
					switch kind {
					case 0:
						for m := range 20 {
							d.SetItem(th, NewStr(fmt.Sprintf("%d.%d.%d", g, j, m)), Int(j))
						}
					case 1:
						d.DelItem(th, Int(k))
					}
					log.Append(th, NewTuple(Int(k), Int(kind), Int(g), Int(j)))
				})
			}
		}()
	}
	wg.Wait()
	twin := NewDict()
	for i := range n {
		twin.SetItem(direct, Int(i), Int(0))
	}
	for _, e := range log.Items(direct) {
		op := e.(*Tuple).elems
		k, kind, g, j := op[0], op[1].(Int), op[2], op[3]
		x, _ := twin.GetItem(direct, k)
		if x == nil {
			x = Int(0)
		}
		twin.SetItem(direct, k, Int(int(x.(Int))+1))
		switch kind {
		case 0:
			for m := range 20 {
				twin.SetItem(direct, NewStr(fmt.Sprintf("%d.%d.%d", g, j, m)), j)
			}
		case 1:
			twin.DelItem(direct, k)
		}
	}
	th := newTestThread()
	checkDict(t, th, direct, d, twin, "after the threads")
}

func benchTxListSetItem(b *testing.B, n int) {
	l := NewList(intList(n))
	stm.SetParallel(true)
	defer stm.SetParallel(false)
	th := newTestThread()
	th.STM = &stm.Thread{ID: 1}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		th.Tx = stm.BeginTx(stm.Options{Thread: th.STM})
		if err := listSetItem(th, l, Int(i%n), Int(i)); err != nil {
			b.Fatal(err)
		}
		th.Tx.Commit()
	}
}

func BenchmarkTxListSetItem1K(b *testing.B) { benchTxListSetItem(b, 1000) }
func BenchmarkTxListSetItem1M(b *testing.B) { benchTxListSetItem(b, 1000000) }

func benchTxDictSetItem(b *testing.B, n int) {
	d := NewDict()
	th := newTestThread()
	keys := make([]Value, n)
	for i := range keys {
		keys[i] = Int(i)
		d.SetItem(th, keys[i], Int(i))
	}
	stm.SetParallel(true)
	defer stm.SetParallel(false)
	th.STM = &stm.Thread{ID: 1}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		th.Tx = stm.BeginTx(stm.Options{Thread: th.STM})
		if err := d.SetItem(th, keys[i%n], Int(i)); err != nil {
			b.Fatal(err)
		}
		th.Tx.Commit()
	}
}

func BenchmarkTxDictSetItem1K(b *testing.B) { benchTxDictSetItem(b, 1000) }
func BenchmarkTxDictSetItem1M(b *testing.B) { benchTxDictSetItem(b, 1000000) }

// benchTxDictAdd adds a new key in each transaction (the dict grows, and
// resizes now and then).
func benchTxDictAdd(b *testing.B, n int) {
	d := NewDict()
	th := newTestThread()
	for i := range n {
		d.SetItem(th, Int(i), Int(i))
	}
	stm.SetParallel(true)
	defer stm.SetParallel(false)
	th.STM = &stm.Thread{ID: 1}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		th.Tx = stm.BeginTx(stm.Options{Thread: th.STM})
		if err := d.SetItem(th, Int(n+i), Int(i)); err != nil {
			b.Fatal(err)
		}
		th.Tx.Commit()
	}
}

func BenchmarkTxDictAdd1K(b *testing.B) { benchTxDictAdd(b, 1000) }
func BenchmarkTxDictAdd1M(b *testing.B) { benchTxDictAdd(b, 1000000) }

// reprOf returns repr(v) as a Go string.
func reprOf(t *testing.T, th *Thread, v Value) string {
	t.Helper()
	s, err := Repr(th, v)
	if err != nil {
		t.Fatal(err)
	}
	return s.s
}

// listOfIter returns the items iter(v) gives, in a list.
func listOfIter(t *testing.T, th *Thread, it Value) *List {
	t.Helper()
	var out []Value
	for {
		x, err := Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if x == nil {
			return NewList(out)
		}
		out = append(out, x)
	}
}

// TestChunkedReads checks the operations that read a chunked list or
// dict (or copy it) against the same operations on a flat twin, by the
// reprs of their results.
func TestChunkedReads(t *testing.T) {
	direct := newTestThread()
	items := intList(5000)
	for i := range items {
		if i%3 == 0 {
			items[i] = NewStr(fmt.Sprint("s", i%17))
		}
	}
	l, twin := NewList(slices.Clone(items)), NewList(slices.Clone(items))
	d, dtwin := NewDict(), NewDict()
	for i := range 3000 {
		d.SetItem(direct, strKey(i), Int(i))
		dtwin.SetItem(direct, strKey(i), Int(i))
	}
	withParallelMode(t)
	th := newTestThread()
	// A write makes the transaction's copies chunked.
	atomicallyOn(th, func() {
		l.SetAt(th, 1, Int(-1))
		d.SetItem(th, strKey(1), Int(-1))
	})
	twin.SetAt(direct, 1, Int(-1))
	dtwin.SetItem(direct, strKey(1), Int(-1))
	atomicallyOn(th, func() {
		if l.ref.Read(th.Tx).big() == nil || d.ref.Read(th.Tx).big == nil {
			t.Fatal("the copies are not chunked")
		}
	})
	type check struct {
		name string
		f    func(th *Thread, l *List, d *Dict) Value
	}
	must := func(v Value, err error) Value {
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	checks := []check{
		{"repr", func(th *Thread, l *List, d *Dict) Value { return l }},
		{"iter", func(th *Thread, l *List, d *Dict) Value { return listOfIter(t, th, must(Iter(th, l))) }},
		{"reversed", func(th *Thread, l *List, d *Dict) Value {
			return listOfIter(t, th, must(list_reversed(th, l, nil, nil)))
		}},
		{"slice", func(th *Thread, l *List, d *Dict) Value { return must(listGetSlice(th, l, 1000, 3100)) }},
		{"step slice", func(th *Thread, l *List, d *Dict) Value {
			return must(listGetItem(th, l, NewSlice(Int(4000), Int(10), Int(-7))))
		}},
		{"concat", func(th *Thread, l *List, d *Dict) Value { return must(listConcat(th, l, l)) }},
		{"repeat", func(th *Thread, l *List, d *Dict) Value { return must(listRepeat(th, l, 2)) }},
		{"list()", func(th *Thread, l *List, d *Dict) Value { return must(ListOf(th, l)) }},
		{"index", func(th *Thread, l *List, d *Dict) Value { return must(list_index(th, l, []Value{Int(4999)}, nil)) }},
		{"count", func(th *Thread, l *List, d *Dict) Value { return must(list_count(th, l, []Value{NewStr("s3")}, nil)) }},
		{"compare", func(th *Thread, l *List, d *Dict) Value { return must(listCompare(th, l, must(ListOf(th, l)), EQ)) }},
		{"sorted", func(th *Thread, l *List, d *Dict) Value { return must(Sorted(th, []Value{l}, nil)) }},
		{"dict repr", func(th *Thread, l *List, d *Dict) Value { return d }},
		{"dict str keys", func(th *Thread, l *List, d *Dict) Value {
			out := NewList(nil)
			for i := range 3001 {
				if v := d.GetItemStr(th, NewStr(fmt.Sprint("k", i))); v != nil {
					out.Append(th, v)
				}
				if v := d.GetString(th, fmt.Sprint("k", i)); v != nil {
					out.Append(th, v)
				}
			}
			return out
		}},
		{"dict load global", func(th *Thread, l *List, d *Dict) Value {
			var c atomic.Pointer[GlobalCache]
			out := NewList(nil)
			for i := range 40 {
				out.Append(th, LoadGlobal(th, d, d, Intern(fmt.Sprint("k", i%20)), &c))
			}
			return out
		}},
		{"dict copy", func(th *Thread, l *List, d *Dict) Value { return d.Copy(th) }},
		{"dict keys", func(th *Thread, l *List, d *Dict) Value { return must(dict_keys(th, d, nil, nil)) }},
		{"dict values", func(th *Thread, l *List, d *Dict) Value { return must(dict_values(th, d, nil, nil)) }},
		{"dict items", func(th *Thread, l *List, d *Dict) Value { return must(dict_items(th, d, nil, nil)) }},
		{"dict itervalues", func(th *Thread, l *List, d *Dict) Value { return listOfIter(t, th, newDictIter(th, d, iterValues)) }},
		{"dict iteritems", func(th *Thread, l *List, d *Dict) Value { return listOfIter(t, th, newDictIter(th, d, iterItems)) }},
		{"dict cmp", func(th *Thread, l *List, d *Dict) Value {
			c := d.Copy(th)
			c.SetItem(th, strKey(2999), Int(0))
			return NewTuple(must(dictCmp3(th, d, c)), must(dictCmp3(th, c, d)), must(dictCompare(th, d, d.Copy(th), EQ)))
		}},
		{"dict fromkeys", func(th *Thread, l *List, d *Dict) Value { return must(dict_fromkeys(th, DictType, []Value{d}, nil)) }},
		{"set of dict", func(th *Thread, l *List, d *Dict) Value { return must(SetOf(th, d)) }},
		{"dict merge", func(th *Thread, l *List, d *Dict) Value {
			c := NewDict()
			c.SetItem(th, strKey(5), NewStr("kept"))
			if err := c.Merge(th, d, false); err != nil {
				t.Fatal(err)
			}
			return c
		}},
		{"dict popitem", func(th *Thread, l *List, d *Dict) Value {
			out := NewList(nil)
			for range 5 {
				k, v, _ := d.PopItem(th)
				out.Append(th, NewTuple(k, v))
			}
			return out
		}},
		{"sort", func(th *Thread, l *List, d *Dict) Value {
			if err := l.Sort(th, nil, nil, false); err != nil {
				t.Fatal(err)
			}
			return l
		}},
	}
	for _, c := range checks {
		var got string
		atomicallyOn(th, func() { got = reprOf(t, th, c.f(th, l, d)) })
		if want := reprOf(t, direct, c.f(direct, twin, dtwin)); got != want {
			t.Fatalf("%s: got %.200s..., want %.200s...", c.name, got, want)
		}
	}
}

// TestChunksBlocks checks chunked storage across blocks: sharing with
// the flat array it was made from, copies on write, and growing and
// shrinking over a block boundary.
func TestChunksBlocks(t *testing.T) {
	n := blockLen*chunkLen + 3*chunkLen + 7
	items := make([]int32, n)
	for i := range items {
		items[i] = int32(i)
	}
	s := chunksOf(items)
	if s.nc != blockLen+4 || len(s.b) != 2 {
		t.Fatalf("%d chunks in %d blocks", s.nc, len(s.b))
	}
	for i := range n {
		if *s.at(i) != int32(i) {
			t.Fatalf("at(%d) = %d", i, *s.at(i))
		}
	}
	probe := []int{0, 5, chunkLen, blockLen*chunkLen - 1, blockLen * chunkLen, n - 1}
	for _, i := range probe {
		*s.wat(i) = -1
		if items[i] != int32(i) {
			t.Fatalf("a write at %d changed the array the chunks were made from", i)
		}
	}
	c := s.clone()
	for _, i := range probe {
		*c.wat(i) = -2
		if *s.at(i) != -1 || *c.at(i) != -2 {
			t.Fatalf("a write at %d into a clone shows in the original", i)
		}
	}
	if *c.at(1) != 1 || *c.at(n - 2) != int32(n-2) {
		t.Fatal("a clone lost elements")
	}
	// Shrink the clone below the block boundary and grow it again: the
	// original keeps its chunks.
	for c.nc > blockLen {
		c.shrink()
	}
	if len(c.b) != 1 || len(s.b) != 2 || s.nc != blockLen+4 {
		t.Fatalf("after shrinking: clone %d blocks, original %d blocks %d chunks", len(c.b), len(s.b), s.nc)
	}
	c.shrink()
	c.grow()
	c.grow()
	*c.wat(blockLen * chunkLen) = 7
	*c.wat((blockLen-1)*chunkLen + 1) = 8
	if *s.at(blockLen * chunkLen) != -1 || *s.at((blockLen-1)*chunkLen + 1) != int32((blockLen-1)*chunkLen+1) {
		t.Fatal("growing a clone changed the original")
	}
	if *c.at((blockLen - 1) * chunkLen) != 0 || *c.at(blockLen * chunkLen) != 7 {
		t.Fatal("grown chunks are not empty")
	}
	got := s.appendTo(nil, n)
	for i, x := range got {
		want := int32(i)
		if slices.Contains(probe, i) {
			want = -1
		}
		if x != want {
			t.Fatalf("appendTo: element %d is %d, want %d", i, x, want)
		}
	}
}

func TestByteArrayIsolation(t *testing.T) {
	direct := newTestThread()
	data := make([]byte, 100, 200)
	for i := range data {
		data[i] = byte(i)
	}
	b, twin := newByteArrayFrom(ByteArrayType, slices.Clone(data)), newByteArrayFrom(ByteArrayType, slices.Clone(data))
	withParallelMode(t)
	th, rd := newTestThread(), newTestThread()
	ops := []func(th *Thread, b *ByteArray) error{
		func(th *Thread, b *ByteArray) error { return bytearraySetItem(th, b, Int(3), Int(255)) },
		func(th *Thread, b *ByteArray) error { return callMethod(th, b, bytearray_append, Int(7)) },
		func(th *Thread, b *ByteArray) error { return callMethod(th, b, bytearray_extend, NewStr("xyz")) },
		func(th *Thread, b *ByteArray) error { return callMethod(th, b, bytearray_pop) },
		func(th *Thread, b *ByteArray) error { return callMethod(th, b, bytearray_reverse) },
		func(th *Thread, b *ByteArray) error {
			return bytearraySetItem(th, b, NewSlice(Int(0), None, Int(2)), NewByteArray(make([]byte, 52)))
		},
	}
	for i, op := range ops {
		rd.Tx = stm.BeginTx(stm.Options{})
		p := b.ref.Read(rd.Tx)
		before := slices.Clone(p.b)
		atomicallyOn(th, func() {
			if err := op(th, b); err != nil {
				t.Fatalf("op %d: %v", i, err)
			}
		})
		if !slices.Equal(p.b, before) {
			t.Fatalf("op %d: the payload a reader holds changed", i)
		}
		rd.Tx.Rollback()
		if err := op(direct, twin); err != nil {
			t.Fatal(err)
		}
		atomicallyOn(th, func() {
			got, want := b.ref.Read(th.Tx).b, twin.ref.Read(nil).b
			if !slices.Equal(got, want) || cap(got) != cap(want) {
				t.Fatalf("op %d: the bytearray differs from its twin (cap %d, %d)", i, cap(got), cap(want))
			}
		})
	}
}

// TestFreshInTransaction checks that a list and the iterators a
// transaction makes are its own until it commits: filling and stepping
// them writes in place, with nothing logged (the transaction owns no
// shared object), and what it wrote is there after the commit. A list
// made outside the transaction is written through a private copy.
func TestFreshInTransaction(t *testing.T) {
	withParallelMode(t)
	th := newTestThread()
	th.STM = &stm.Thread{ID: 1}
	old := NewList([]Value{Int(7)})
	th.Tx = stm.BeginTx(stm.Options{Thread: th.STM})
	l := th.NewList(nil)
	for i := 0; i < 100; i++ {
		l.Append(th, Int(i))
	}
	for _, seq := range []Value{l, NewTuple(TupleType, Int(1), Int(2)), &XRange{start: 0, step: 1, n: 3}} {
		it, err := Iter(th, seq)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Next(th, it); err != nil {
			t.Fatal(err)
		}
	}
	if th.Tx.OwnsShared() {
		t.Fatal("filling a new list and stepping new iterators wrote shared objects")
	}
	old.Append(th, Int(8))
	if !th.Tx.OwnsShared() {
		t.Fatal("appending to an older list wrote nothing shared")
	}
	th.Tx.Commit()
	th.Tx = stm.BeginTx(stm.Options{Thread: th.STM})
	defer th.Tx.Commit()
	if n := l.Len(th); n != 100 {
		t.Fatalf("after the commit the new list has %d items", n)
	}
	if n := old.Len(th); n != 2 {
		t.Fatalf("after the commit the older list has %d items", n)
	}
}
