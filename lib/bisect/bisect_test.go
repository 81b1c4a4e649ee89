package bisect

import (
	"testing"

	o "github.com/pystm/pystm/objects"
)

func TestSearch(t *testing.T) {
	th := o.NewThread(&o.Runtime{RecursionLimit: 100})
	a := o.NewList([]o.Value{o.Int(1), o.Int(2), o.Int(2), o.Int(2), o.Int(3), o.Int(5)})
	for _, c := range []struct {
		x, lo, hi   int
		left, right int
	}{
		{0, 0, -1, 0, 0},
		{2, 0, -1, 1, 4},
		{4, 0, -1, 5, 5},
		{9, 0, -1, 6, 6},
		{2, 2, -1, 2, 4},
		{2, 0, 2, 1, 2},
		{2, 100, -1, 100, 100},
	} {
		l, err := search(th, a, o.Int(c.x), c.lo, c.hi, false)
		if err != nil || l != c.left {
			t.Errorf("bisect_left(%d, %d, %d) = %d, %v; want %d", c.x, c.lo, c.hi, l, err, c.left)
		}
		r, err := search(th, a, o.Int(c.x), c.lo, c.hi, true)
		if err != nil || r != c.right {
			t.Errorf("bisect_right(%d, %d, %d) = %d, %v; want %d", c.x, c.lo, c.hi, r, err, c.right)
		}
	}
	if _, err := search(th, a, o.Int(1), -1, -1, false); err == nil {
		t.Errorf("negative lo accepted")
	}
}
