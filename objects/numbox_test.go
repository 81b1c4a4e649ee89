package objects

import (
	"runtime"
	"testing"
)

func TestNewIntNewFloat(t *testing.T) {
	th := NewThread(&Runtime{RecursionLimit: 1000})
	var vals []Value
	for i := int64(0); i < 3*numSlabSize; i++ {
		vals = append(vals, th.NewInt(1<<40+i), th.NewFloat(float64(i)+0.25))
	}
	runtime.GC()
	for i := int64(0); i < 3*numSlabSize; i++ {
		if v, ok := vals[2*i].(Int); !ok || v != Int(1<<40+i) {
			t.Fatalf("NewInt(%d) = %#v", 1<<40+i, vals[2*i])
		}
		if v, ok := vals[2*i+1].(Float); !ok || v != Float(float64(i)+0.25) {
			t.Fatalf("NewFloat(%g) = %#v", float64(i)+0.25, vals[2*i+1])
		}
	}
	// Equal values in separate boxes are equal but not the same object.
	a, b := th.NewInt(1<<50), th.NewInt(1<<50)
	if a != b || Is(a, b) || !Is(a, a) {
		t.Errorf("boxes of 1<<50: == %v, Is %v", a == b, Is(a, b))
	}
	if th.NewInt(7) != smallInts[12] || !Is(th.NewInt(7), th.NewInt(7)) {
		t.Errorf("small ints are not shared")
	}
	if h, _ := Hash(th, th.NewInt(1<<41)); h != 1<<41 {
		t.Errorf("hash of a slab int = %d", h)
	}
}
