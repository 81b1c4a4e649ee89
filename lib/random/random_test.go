package random

import (
	"bufio"
	"encoding/json"
	"math/big"
	"os"
	"strconv"
	"testing"

	o "github.com/pystm/pystm/objects"
)

type mtCase struct {
	Seed   string
	Random []string
	Bits   []uint32
	Jump   string
	State  []uint32
}

// TestMersenneTwister compares seeding, random(), 32-bit outputs and
// jumpahead with values recorded from CPython 2.7.18 by
// testdata/gen_mt.py.
func TestMersenneTwister(t *testing.T) {
	f, err := os.Open("testdata/mt.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var c mtCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		seed, ok := new(big.Int).SetString(c.Seed, 10)
		if !ok {
			t.Fatalf("bad seed %q", c.Seed)
		}
		key, err := seedKey(nil, o.NewLong(seed))
		if err != nil {
			t.Fatal(err)
		}
		var s mtState
		s.initByArray(key)
		for i, w := range c.State {
			if s.mt[i] != w {
				t.Errorf("seed %s: state[%d] = %d, want %d", c.Seed, i, s.mt[i], w)
			}
		}
		var got []float64
		for i := 0; i < 700; i++ {
			got = append(got, s.float53())
		}
		for i, want := range c.Random {
			w, _ := strconv.ParseFloat(want, 64)
			if got[i*50] != w {
				t.Errorf("seed %s: random #%d = %v, want %s", c.Seed, i*50, got[i*50], want)
			}
		}
		for i, want := range c.Bits {
			if g := s.uint32(); g != want {
				t.Errorf("seed %s: getrandbits(32) #%d = %d, want %d", c.Seed, i, g, want)
			}
		}
		jn := new(big.Int).Mul(seed, big.NewInt(7))
		jn.Add(jn, big.NewInt(3))
		var m, d big.Int
		s.jumpahead(func(i int) int {
			d.SetInt64(int64(i))
			return int(m.Mod(jn, &d).Int64())
		})
		if w, _ := strconv.ParseFloat(c.Jump, 64); s.float53() != w {
			t.Errorf("seed %s: after jumpahead, want %s", c.Seed, c.Jump)
		}
		n++
	}
	if n < 10 {
		t.Fatalf("only %d cases", n)
	}
}

func TestSeedKey(t *testing.T) {
	for _, c := range []struct {
		v    o.Value
		want []uint32
	}{
		{o.Int(0), []uint32{0}},
		{o.Int(-5), []uint32{5}},
		{o.NewLong(new(big.Int).Lsh(big.NewInt(1), 32)), []uint32{0, 1}},
		{o.Int(1<<40 + 7), []uint32{7, 1 << 8}},
	} {
		got, err := seedKey(nil, c.v)
		if err != nil || len(got) != len(c.want) {
			t.Fatalf("seedKey(%v) = %v, %v; want %v", c.v, got, err, c.want)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("seedKey(%v) = %v, want %v", c.v, got, c.want)
			}
		}
	}
}
