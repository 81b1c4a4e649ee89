package objects

import "testing"

func nestedLists(n int) Value {
	var v Value = NewList(nil)
	for i := 0; i < n; i++ {
		v = NewList([]Value{v})
	}
	return v
}

func nestedTuples(n int) Value {
	var v Value = NewTuple()
	for i := 0; i < n; i++ {
		v = NewTuple(v)
	}
	return v
}

// TestRecursionLimitInContainers checks that comparing and printing
// nested containers counts against the recursion limit, with CPython's
// messages, and that the counters are back to zero afterwards.
func TestRecursionLimitInContainers(t *testing.T) {
	th := ocThread() // recursion limit 100
	a, b := nestedLists(200), nestedLists(200)
	_, err := RichCompare(th, a, b, EQ)
	ocWantErr(t, err, "RuntimeError: maximum recursion depth exceeded in cmp")
	_, err = Compare3(th, a, b)
	ocWantErr(t, err, "RuntimeError: maximum recursion depth exceeded in cmp")
	_, err = Repr(th, a)
	ocWantErr(t, err, "RuntimeError: maximum recursion depth exceeded while getting the repr of an object")
	_, err = Repr(th, nestedTuples(200))
	ocWantErr(t, err, "RuntimeError: maximum recursion depth exceeded while getting the repr of an object")
	if th.Frames != 0 || th.nesting != 0 {
		t.Fatalf("counters not restored: Frames %d, nesting %d", th.Frames, th.nesting)
	}
	// Within the limit the same operations work.
	eq, err := Equal(th, nestedLists(50), nestedLists(50))
	if err != nil || !eq {
		t.Fatalf("shallow ==: %v %v", eq, err)
	}
	s, err := ReprString(th, nestedLists(3))
	if err != nil || s != "[[[[]]]]" {
		t.Fatalf("shallow repr: %q %v", s, err)
	}
}

// TestNestingBound checks the bound on Go-level recursion that holds
// whatever the recursion limit: past maxNesting levels, a RuntimeError
// instead of a Go stack overflow.
func TestNestingBound(t *testing.T) {
	Ready()
	th := NewThread(&Runtime{RecursionLimit: 1 << 30})
	deep := maxNesting + 10
	_, err := RichCompare(th, nestedLists(deep), nestedLists(deep), EQ)
	ocWantErr(t, err, "RuntimeError: maximum recursion depth exceeded in cmp")
	_, err = Hash(th, nestedTuples(deep))
	ocWantErr(t, err, "RuntimeError: maximum recursion depth exceeded")
	if th.Frames != 0 || th.nesting != 0 {
		t.Fatalf("counters not restored: Frames %d, nesting %d", th.Frames, th.nesting)
	}
	if _, err := Hash(th, nestedTuples(1000)); err != nil {
		t.Fatalf("hash of 1000 nested tuples: %v", err)
	}
}
