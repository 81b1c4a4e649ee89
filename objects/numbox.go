package objects

import "unsafe"

// Boxing ints and floats.
//
// Go boxes an int64 or float64 that becomes an interface value in a
// heap allocation of its own. Arithmetic makes many short-lived numbers,
// so each thread instead hands out the words of a block of them (a slab)
// and builds the interface value by hand: one allocation serves
// numSlabSize numbers. A slot is written once, before the value is
// handed out, and never again, as Go's own boxes are; the block lives
// while any of its numbers does. Go's runtime does the same for small
// integers, whose boxes point into one static array.

const numSlabSize = 128

// numSlab is a thread's current block of number words.
type numSlab struct {
	words *[numSlabSize]uint64
	n     int
}

// The itab words of Value interfaces holding an Int and a Float.
var (
	intItab   = itabOf(Int(1 << 40))
	floatItab = itabOf(Float(0.5))
)

func itabOf(v Value) unsafe.Pointer {
	return (*ifaceWords)(unsafe.Pointer(&v)).typ
}

// next returns a fresh word of the slab.
//
// It computes the word's address with unsafe.Add rather than &w[n],
// which the compiler guards with a nil check: a read of the block's
// first byte. On a block in a page never touched before, that read made
// the kernel map the shared zero page, so that the store right after it
// took a second fault, copying the page and flushing every other
// processor's TLB (in a threaded run, a third of the time went there).
func (s *numSlab) next() *uint64 {
	w, n := s.words, s.n
	if w == nil || n == numSlabSize {
		w, n = new([numSlabSize]uint64), 0
		s.words = w
	}
	s.n = n + 1
	return (*uint64)(unsafe.Add(unsafe.Pointer(w), uintptr(n)*8))
}

// NewInt returns x boxed as a Value: a shared box for small values, else
// a word of the thread's slab.
func (t *Thread) NewInt(x int64) Value {
	if x >= -5 && x < 1024 {
		return smallInts[x+5]
	}
	if t == nil {
		return Int(x)
	}
	p := t.nums.next()
	*p = uint64(x)
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.typ, w.data = intItab, unsafe.Pointer(p)
	return v
}

// NewFloat returns x boxed as a Value in a word of the thread's slab.
func (t *Thread) NewFloat(x float64) Value {
	if t == nil {
		return Float(x)
	}
	p := t.nums.next()
	*p = *(*uint64)(unsafe.Pointer(&x))
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.typ, w.data = floatItab, unsafe.Pointer(p)
	return v
}
