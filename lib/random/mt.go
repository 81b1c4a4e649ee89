package random

// The Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998), with the
// seeding that CPython's _random uses.

const (
	mtN       = 624
	mtM       = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// mtState is the generator's state: 624 words and the index of the
// next one to temper (mtN when the block must be regenerated).
// No Copier: mt is an array, copied with the struct.
type mtState struct {
	mt    [mtN]uint32
	index int
}

// initGenrand seeds the state from one word.
func (s *mtState) initGenrand(seed uint32) {
	s.mt[0] = seed
	for i := 1; i < mtN; i++ {
		prev := s.mt[i-1]
		s.mt[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	s.index = mtN
}

// initByArray seeds the state from a key of words.
func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := s.mt[i-1]
		s.mt[i] = (s.mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := s.mt[i-1]
		s.mt[i] = (s.mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
	}
	s.mt[0] = 0x80000000 // the most significant bit makes the state nonzero
}

// twist computes the next block of 624 words.
func (s *mtState) twist() {
	mag := func(y uint32) uint32 { return (y & 1) * matrixA }
	kk := 0
	for ; kk < mtN-mtM; kk++ {
		y := s.mt[kk]&upperMask | s.mt[kk+1]&lowerMask
		s.mt[kk] = s.mt[kk+mtM] ^ y>>1 ^ mag(y)
	}
	for ; kk < mtN-1; kk++ {
		y := s.mt[kk]&upperMask | s.mt[kk+1]&lowerMask
		s.mt[kk] = s.mt[kk+mtM-mtN] ^ y>>1 ^ mag(y)
	}
	y := s.mt[mtN-1]&upperMask | s.mt[0]&lowerMask
	s.mt[mtN-1] = s.mt[mtM-1] ^ y>>1 ^ mag(y)
	s.index = 0
}

// uint32 returns the next 32-bit output.
func (s *mtState) uint32() uint32 {
	if s.index >= mtN {
		s.twist()
	}
	y := s.mt[s.index]
	s.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// float53 returns a float in [0, 1) with 53 random bits, made from two
// outputs as CPython's genrand_res53 does.
func (s *mtState) float53() float64 {
	a := s.uint32() >> 5
	b := s.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// jumpahead permutes and perturbs the state from n's remainders, as
// CPython 2.7's jumpahead does; rem(i) is n % i.
func (s *mtState) jumpahead(rem func(i int) int) {
	for i := mtN - 1; i > 1; i-- {
		j := rem(i)
		s.mt[i], s.mt[j] = s.mt[j], s.mt[i]
	}
	var nonzero uint32
	for i := 1; i < mtN; i++ {
		s.mt[i] += uint32(i + 1)
		nonzero |= s.mt[i]
	}
	if nonzero != 0 {
		s.mt[0]++
	} else {
		s.mt[0] = 0x80000000
	}
	s.index = mtN
}
