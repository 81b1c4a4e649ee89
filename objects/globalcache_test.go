package objects

import (
	"fmt"
	"sync/atomic"
	"testing"
)

// TestLoadGlobalCache checks that a cached LOAD_GLOBAL always gives the
// value a fresh lookup gives, through the changes that move, remove,
// shadow or unshadow the name.
func TestLoadGlobalCache(t *testing.T) {
	th := NewThread(&Runtime{RecursionLimit: 1000})
	g, b := NewDict(), NewDict()
	name := Intern("x")
	var c atomic.Pointer[GlobalCache]
	want := func(step string, v Value) {
		t.Helper()
		for i := 0; i < 2; i++ { // a miss, then a hit
			if got := LoadGlobal(th, g, b, name, &c); got != v {
				t.Fatalf("%s (try %d): got %v, want %v", step, i, got, v)
			}
		}
	}
	want("absent everywhere", nil)
	b.SetItemStr(th, name, Int(1))
	want("in builtins", Int(1))
	b.SetItemStr(th, name, Int(2))
	want("builtins value changed", Int(2))
	g.SetItemStr(th, name, Int(3))
	want("shadowed by a global", Int(3))
	g.SetItemStr(th, name, Int(4))
	want("global value changed", Int(4))
	for i := 0; i < 100; i++ {
		g.SetString(th, fmt.Sprintf("k%d", i), Int(i)) // resizes move x
	}
	want("globals resized", Int(4))
	g.DelItem(th, name)
	want("global deleted", Int(2))
	g.SetItemStr(th, name, Int(5))
	want("global again", Int(5))
	g.Clear(th)
	want("globals cleared", Int(2))
	b.DelItem(th, name)
	want("builtin deleted", nil)
	other := NewDict()
	other.SetItemStr(th, name, Int(6))
	if got := LoadGlobal(th, other, b, name, &c); got != Int(6) {
		t.Fatalf("other globals: got %v", got)
	}
}
