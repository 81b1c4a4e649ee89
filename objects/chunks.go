package objects

import "slices"

// This file holds the chunked storage of large containers (the items of
// a list, the table of a dict or set), so that a transaction's private
// copy of a large payload is cheap in parallel mode.
//
// A container is stored flat (one slice) while it runs in direct mode:
// a flat payload is as fast as can be, and nobody else can look at it.
// When a transaction makes its private copy of a large flat payload
// (STMCopy, parallel mode only), the copy is made chunked instead of
// cloning the slice: its chunks point into the committed payload's
// array, which nobody modifies any more. Chunks are grouped in blocks
// of blockLen, reached from a small top index. A payload owns (may
// write in place) the blocks and chunks it made or copied itself; the
// others are shared with other payloads and never modified. The first
// write into a chunk copies its block (blockLen pointers) and the chunk
// (chunkLen elements) unless this payload owns them already, and a copy
// of a chunked payload clones only the top index. So the first write of
// a transaction into a large container costs about the same whatever
// its size. Operations that rebuild a container anyway (sort, slice
// assignment, a dict's resize...) store it flat again.

const (
	chunkShift = 10
	chunkLen   = 1 << chunkShift
	chunkMask  = chunkLen - 1

	blockShift = 8
	blockLen   = 1 << blockShift
	blockMask  = blockLen - 1
)

// chunkBlock is blockLen chunks; bit m of owned says that chunk m
// belongs to the block (so to the payload that owns the block).
type chunkBlock[E any] struct {
	c     [blockLen]*[chunkLen]E
	owned [blockLen / 64]uint64
}

// chunks is chunked storage of elements of type E: element i is in
// chunk i>>chunkShift, which is in block i>>(chunkShift+blockShift).
// Bit j of owned says that block j belongs to this payload.
type chunks[E any] struct {
	b     []*chunkBlock[E]
	owned []uint64
	nc    int // the number of chunks
}

// chunksOf returns chunked storage of the elements of items, sharing
// items' array for every full chunk (not owned); the last, partial chunk
// is copied (owned). The caller must never modify items again.
func chunksOf[E any](items []E) chunks[E] {
	nc := (len(items) + chunkMask) >> chunkShift
	nb := (nc + blockMask) >> blockShift
	s := chunks[E]{b: make([]*chunkBlock[E], nb), owned: make([]uint64, (nb+63)>>6), nc: nc}
	for j := range s.b {
		s.b[j] = new(chunkBlock[E])
		s.owned[j>>6] |= 1 << (j & 63)
	}
	for k := range nc {
		bl, m := s.b[k>>blockShift], k&blockMask
		part := items[k<<chunkShift:]
		if len(part) >= chunkLen {
			bl.c[m] = (*[chunkLen]E)(part)
		} else {
			ch := new([chunkLen]E)
			copy(ch[:], part)
			bl.c[m] = ch
			bl.owned[m>>6] |= 1 << (m & 63)
		}
	}
	return s
}

// clone returns storage for a new payload with the same elements: the
// top index is copied, and every block is shared (not owned).
func (s *chunks[E]) clone() chunks[E] {
	return chunks[E]{b: slices.Clone(s.b), owned: make([]uint64, len(s.owned)), nc: s.nc}
}

// chunk returns chunk k for reading.
func (s *chunks[E]) chunk(k int) *[chunkLen]E { return s.b[k>>blockShift].c[k&blockMask] }

// at returns element i for reading.
func (s *chunks[E]) at(i int) *E {
	k := i >> chunkShift
	return &s.b[k>>blockShift].c[k&blockMask][i&chunkMask]
}

// wat returns element i for writing, first copying its block and its
// chunk if this payload does not own them.
func (s *chunks[E]) wat(i int) *E {
	k := i >> chunkShift
	bl := s.wblock(k >> blockShift)
	m := k & blockMask
	if bl.owned[m>>6]&(1<<(m&63)) == 0 {
		ch := new([chunkLen]E)
		*ch = *bl.c[m]
		bl.c[m] = ch
		bl.owned[m>>6] |= 1 << (m & 63)
	}
	return &bl.c[m][i&chunkMask]
}

// wblock returns block j for writing, copying it first if this payload
// does not own it (the copy owns none of its chunks).
func (s *chunks[E]) wblock(j int) *chunkBlock[E] {
	if s.owned[j>>6]&(1<<(j&63)) == 0 {
		bl := new(chunkBlock[E])
		bl.c = s.b[j].c
		s.b[j] = bl
		s.owned[j>>6] |= 1 << (j & 63)
	}
	return s.b[j]
}

// grow adds an empty chunk (owned) at the end.
func (s *chunks[E]) grow() {
	k := s.nc
	j, m := k>>blockShift, k&blockMask
	if j == len(s.b) {
		s.b = append(s.b, new(chunkBlock[E]))
		if j>>6 >= len(s.owned) {
			s.owned = append(s.owned, 0)
		}
		s.owned[j>>6] |= 1 << (j & 63)
	}
	bl := s.wblock(j)
	bl.c[m] = new([chunkLen]E)
	bl.owned[m>>6] |= 1 << (m & 63)
	s.nc++
}

// shrink drops the last chunk.
func (s *chunks[E]) shrink() {
	s.nc--
	k := s.nc
	j, m := k>>blockShift, k&blockMask
	if m == 0 {
		s.b[j] = nil
		s.b = s.b[:j]
		s.owned[j>>6] &^= 1 << (j & 63)
		return
	}
	bl := s.wblock(j)
	bl.c[m] = nil
	bl.owned[m>>6] &^= 1 << (m & 63)
}

// appendTo appends the first n elements to dst.
func (s *chunks[E]) appendTo(dst []E, n int) []E {
	for k := 0; k < s.nc && n > 0; k++ {
		m := min(n, chunkLen)
		dst = append(dst, s.chunk(k)[:m]...)
		n -= m
	}
	return dst
}
