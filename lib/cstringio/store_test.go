package cstringio

import (
	"strings"
	"sync"
	"testing"

	o "github.com/pystm/pystm/objects"
)

func content(s *ioState) string { return string(s.content()) }

func mustWrite(t *testing.T, s *ioState, seq uint64, p string) {
	t.Helper()
	if err := s.write(seq, p); err != nil {
		t.Fatalf("write(%q): %v", p, err)
	}
}

func TestPrivateStoreWritesInPlace(t *testing.T) {
	s := &ioState{st: newStore(1, 4)}
	st := s.st
	mustWrite(t, s, 1, "abc")
	s.pos = 1
	mustWrite(t, s, 1, "XY")
	if got := content(s); got != "aXY" || s.pos != 3 {
		t.Fatalf("content %q pos %d", got, s.pos)
	}
	if s.st != st {
		t.Fatal("a private store was replaced by a write that fits")
	}
	mustWrite(t, s, 1, strings.Repeat("z", 10))
	if s.st != st || len(st.data) < 13 || st.used.Load() != 13 {
		t.Fatalf("growth: same store %v, capacity %d, used %d", s.st == st, len(st.data), st.used.Load())
	}
	s.pos = 20
	mustWrite(t, s, 1, "!")
	if got := content(s); got != "aXY"+strings.Repeat("z", 10)+strings.Repeat("\x00", 7)+"!" {
		t.Fatalf("padding: %q", got)
	}
}

// TestSharedStoreAppends checks that a transaction other than the one
// that made the store appends in place (no copy), while the state it
// started from still sees its own content.
func TestSharedStoreAppends(t *testing.T) {
	committed := &ioState{st: newStore(1, 64)}
	mustWrite(t, committed, 1, "hello")
	st := committed.st

	tx2 := *committed // the write barrier's shallow copy
	mustWrite(t, &tx2, 2, " world")
	mustWrite(t, &tx2, 2, "!")
	if tx2.st != st {
		t.Fatal("an append at the end copied the store")
	}
	if content(&tx2) != "hello world!" || content(committed) != "hello" {
		t.Fatalf("contents %q and %q", content(&tx2), content(committed))
	}

	// A third transaction starting from the old state must not write
	// over the bytes the second one claimed.
	tx3 := *committed
	mustWrite(t, &tx3, 3, " there")
	if tx3.st == st {
		t.Fatal("an append behind another transaction's claim did not copy")
	}
	if content(&tx3) != "hello there" || content(&tx2) != "hello world!" {
		t.Fatalf("contents %q and %q", content(&tx3), content(&tx2))
	}
}

func TestSharedStoreOverwriteCopies(t *testing.T) {
	committed := &ioState{st: newStore(1, 64)}
	mustWrite(t, committed, 1, "abcdef")
	tx := *committed
	tx.pos = 2
	mustWrite(t, &tx, 2, "ZZ")
	if tx.st == committed.st || tx.st.owner != 2 {
		t.Fatal("an overwrite of shared bytes did not copy")
	}
	if content(&tx) != "abZZef" || content(committed) != "abcdef" {
		t.Fatalf("contents %q and %q", content(&tx), content(committed))
	}
	// Now private: further writes stay in the copy.
	own := tx.st
	mustWrite(t, &tx, 2, "more")
	if tx.st != own {
		t.Fatal("a private copy was copied again")
	}
}

func TestSharedStoreTruncateThenAppend(t *testing.T) {
	committed := &ioState{st: newStore(1, 64)}
	mustWrite(t, committed, 1, "abcdef")
	tx := *committed
	tx.truncate(2, 3)
	if committed.st.used.Load() != 6 {
		t.Fatal("truncate lowered the used mark of a shared store")
	}
	mustWrite(t, &tx, 2, "XYZ")
	if tx.st == committed.st {
		t.Fatal("an append after truncating a shared store did not copy")
	}
	if content(&tx) != "abcXYZ" || content(committed) != "abcdef" {
		t.Fatalf("contents %q and %q", content(&tx), content(committed))
	}
}

func TestPrivateTruncateReusesStore(t *testing.T) {
	s := &ioState{st: newStore(1, 64)}
	mustWrite(t, s, 1, "abcdef")
	s.truncate(1, 2)
	if s.pos != 2 || content(s) != "ab" || s.st.used.Load() != 2 {
		t.Fatalf("pos %d content %q used %d", s.pos, content(s), s.st.used.Load())
	}
	st := s.st
	mustWrite(t, s, 1, "Q")
	if s.st != st || content(s) != "abQ" {
		t.Fatalf("content %q", content(s))
	}
}

func TestWriteLimits(t *testing.T) {
	s := &ioState{st: newStore(1, 8)}
	s.pos = 1<<63 - 1
	if err := s.write(1, "x"); err == nil || !o.IsInstanceExc(err, o.OverflowError) {
		t.Fatalf("huge position: %v", err)
	}
	s.pos = maxSize
	if err := s.write(1, "x"); err == nil || !o.IsInstanceExc(err, o.MemoryError) {
		t.Fatal("a write past maxSize succeeded")
	}
	shared := &ioState{st: newStore(1, 8)}
	shared.pos = maxSize
	if err := shared.write(2, "x"); err == nil || !o.IsInstanceExc(err, o.MemoryError) {
		t.Fatal("a write past maxSize into a shared store succeeded")
	}
	if len(shared.st.data) != 8 || s.size != 0 {
		t.Fatal("a failed write changed the state")
	}
}

// TestConcurrentAppends runs transactions that all start from one
// committed state and append to it at once while readers read it: only
// one may extend the store in place, the others copy, and nobody sees
// another's bytes (run with -race).
func TestConcurrentAppends(t *testing.T) {
	committed := &ioState{st: newStore(1, 1<<16)}
	mustWrite(t, committed, 1, "base")
	var wg sync.WaitGroup
	results := make([]string, 8)
	inPlace := make([]bool, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			tx := *committed
			seq := uint64(10 + i)
			for k := 0; k < 100; k++ {
				if err := tx.write(seq, string(rune('a'+i))); err != nil {
					t.Error(err)
					return
				}
			}
			results[i] = content(&tx)
			inPlace[i] = tx.st == committed.st
		}(i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				if content(committed) != "base" {
					t.Error("the committed content changed")
					return
				}
			}
		}()
	}
	wg.Wait()
	n := 0
	for i, r := range results {
		if r != "base"+strings.Repeat(string(rune('a'+i)), 100) {
			t.Errorf("transaction %d sees %q", i, r)
		}
		if inPlace[i] {
			n++
		}
	}
	if n > 1 {
		t.Errorf("%d transactions appended in place to one store", n)
	}
}
