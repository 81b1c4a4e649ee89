package pyhash

import (
	"math"
	"math/big"
	"testing"
)

// The expected values below were printed by CPython 2.7.18 (64-bit Linux,
// UCS4, hash randomization off) with hash().

var strTests = []struct {
	s    string
	want int64
}{
	{"", 0},
	{"a", 12416037344},
	{"ab", 12416074593111939},
	{"abc", 1453079729188098211},
	{"hello world", -2324238377118044897},
	{"\x00", 1},
	{"\xff", 32640097918},
	{"\xe9t\xe9", -4116773383342158585},
	{"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", -5622435189161604924},
	{"\x00\x00", 2},
	{"pystm", 5778335363277243116},
	{"\x80abc\xfe", 8508196574533675291},
}
var unicodeTests = []struct {
	u    []rune
	want int64
}{
	{[]rune{}, 0},               // u''
	{[]rune{0x61}, 12416037344}, // u'a'
	{[]rune{0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64}, -2324238377118044897}, // u'hello world'
	{[]rune{0xe9}, 29824089448},                                  // u'\xe9'
	{[]rune{0x20ac}, 1070595220141},                              // u'\u20ac'
	{[]rune{0x1f600}, 16449585346049},                            // u'\U0001f600'
	{[]rune{0x61, 0x1234, 0x62, 0x10000}, -2832076941002633423},  // u'a\u1234b\U00010000'
	{[]rune{0x0}, 1},                                             // u'\x00'
	{[]rune{0xff}, 32640097918},                                  // u'\xff'
	{[]rune{0xdc80}, 7225365634177},                              // u'\udc80'
	{[]rune{0x10ffff, 0x10ffff, 0x10ffff}, -8426467605803691462}, // u'\U0010ffff\U0010ffff\U0010ffff'
}
var longTests = []struct {
	s    string
	want int64
}{
	{"0", 0},
	{"1", 1},
	{"-1", -2},
	{"-2", -2},
	{"2", 2},
	{"42", 42},
	{"-42", -42},
	{"9223372036854775807", 9223372036854775807},
	{"-9223372036854775808", -9223372036854775808},
	{"2147483648", 2147483648},
	{"-2147483648", -2147483648},
	{"4294967295", 4294967295},
	{"12345678901234", 12345678901234},
	{"4611686018427387904", 4611686018427387904},
	{"9223372036854775807", 9223372036854775807},
	{"9223372036854775808", -9223372036854775808},
	{"-9223372036854775808", -9223372036854775808},
	{"-9223372036854775809", 9223372036854775807},
	{"18446744073709551616", 1},
	{"18446744073709551615", -2},
	{"18446744073709551614", -2},
	{"-18446744073709551616", -2},
	{"18446744073709551617", 2},
	{"1267650600228229401496703205376", 68719476736},
	{"-1267650600228229401496703205376", -68719476736},
	{"265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001", -4662376482864500920},
	{"-5817092933824343165432524003391691164919859649719340532627567207607656859034356995566589707894210757866827613621721127496191249", 4570146023892845007},
	{"340282366920938463463374607431768211455", -2},
	{"1000000000000000000000000000007", 5076944324515372247},
	{"1073741824", 1073741824},
	{"1152921504606846975", 1152921504606846975},
	{"92233720368547758075", -2},
	{"1237940040438301780579713025", 1152921505747697665},
	{"-36893488147419103235", -5},
	{"10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069375", 1099511627775},
	{"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 7510328918325866170},
}
var floatTests = []struct {
	f    float64
	want int64
}{
	{0.0, 0},
	{-0.0, 0},
	{1.0, 1},
	{-1.0, -2},
	{1.5, 1610645504},
	{-1.5, -1610579968},
	{0.1, 2576882278},
	{-0.1, -2577078886},
	{3.14159, 2610283456},
	{1e+100, -5970202163673034167},
	{-1e+100, 5970202163673034167},
	{1e-300, 3316461835},
	{4.611686018427388e+18, 4611686018427387904},
	{9.223372036854776e+18, -9223372036854775808},
	{-9.223372036854776e+18, -9223372036854775808},
	{1.8446744073709552e+19, 1},
	{1e+308, -8185402070463610880},
	{-1e+308, 8185402070463610880},
	{5e-324, 1038581760},
	{-5e-324, -1108901888},
	{0.5, 1073741824},
	{6.917529027641082e+18, 6917529027641081856},
	{123456.789, 4119217278},
	{-2.5, -1342111744},
	{4503599627370496.0, 4503599627370496},
	{9007199254740992.0, 9007199254740992},
	{-4.611686018427388e+18, -4611686018427387904},
	{4.61168601842739e+18, 4611686018427389952},
	{1.7976931348623157e+308, -2048},
	{2.2250738585072014e-308, 1040285696},
	{1e-310, 2482351555},
	{0.3333333333333333, 2147450709},
	{-123456789.123, -4053187921},
	{1e+22, 1864712049423024670},
	{5.5340232221128655e+19, 3},
	{math.Inf(1), 314159},
	{math.Inf(-1), -271828},
	{math.NaN(), 0},
	{math.Copysign(math.NaN(), -1), 0},
}
var complexTests = []struct {
	c    complex128
	want int64
}{
	{complex(0.0, 0.0), 0},
	{complex(0.0, 1.0), 1000003},
	{complex(1.0, 0.0), 1},
	{complex(1.0, 1.0), 1000004},
	{complex(0.0, -1.0), -2000006},
	{complex(1.5, 2.5), 1342248453373952},
	{complex(1e+300, 1e+300), 8564877530314842112},
	{complex(-1.0, -1.0), -2000008},
	{complex(-1.0, 0.0), -2},
	{complex(1.0, -1e-06), -2936052458130949},
	{complex(0.1, 0.2), 2576925353627416},
	{complex(1.1805916207174113e+21, -3.0), -2999945},
	{complex(math.Inf(1), 1), 1314162},
	{complex(math.NaN(), math.Inf(-1)), -271828815484},
}

var tupleTests = []struct {
	hashes []int64
	want   int64
}{
	{[]int64{}, 3527539},                                                     // ()
	{[]int64{1}, 3430019387558},                                              // (1,)
	{[]int64{1, 2}, 3713081631934410656},                                     // (1, 2)
	{[]int64{1, 2, 3}, 2528502973977326415},                                  // (1, 2, 3)
	{[]int64{12416037344, 12544037731}, -3816799034373630758},                // ('a', 'b')
	{[]int64{3527539}, 99595396316},                                          // ((),)
	{[]int64{3713081631934410656, 3713083796997400956}, 5879964472677921951}, // ((1, 2), (3, 4))
	{[]int64{-2}, -3430020192499},                                            // (-1,)
	{[]int64{-2}, -3430020192499},                                            // (-2,)
	{[]int64{1610645504, 15360046201, 15488046584, 7766279631452241925}, 8637270313754221531}, // (1.5, 'x', u'y', 100000000000000000000L)
	{[]int64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, -5809052654140730685},                             // (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
	{[]int64{1}, 3430019387558},                 // (18446744073709551616L,)
	{[]int64{-2, -2, -2}, -3789703756396953067}, // (-1, -1, -1)
	{[]int64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}, -4385716455044526229}, // (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39)
}

var frozensetTests = []struct {
	hashes []int64
	want   int64
}{
	{[]int64{}, 133156838395276},                             // frozenset([])
	{[]int64{1}, -8166288242918962057},                       // frozenset([1])
	{[]int64{1, 2, 3}, -7699079583225461316},                 // frozenset([1, 2, 3])
	{[]int64{12416037344, 12544037731}, 3138257626259684061}, // frozenset(['a', 'b'])
	{[]int64{-2}, -1682204383405476832},                      // frozenset([-1])
	{[]int64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29}, -3706806686507468993}, // frozenset([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29])
	{[]int64{1610645504, 3713081631934410656, 1453079729188098211}, 8347765181490137975},                                                          // frozenset([1.5, (1, 2), 'abc'])
}

var pointerTests = []struct {
	p    uintptr
	want int64
}{
	// id(o) and object.__hash__(o) for a few objects.
	{0x7fbc9884ffa0, 8777999339514},
	{0x7fbc988b0c50, 8777999364293},
	{0x55d5dc949660, 5898563570022},
	{0x55d5dc8b9b50, 5898563533237},
	{0x7fbc9885bcc0, 8777999342540},
	{0x7fe8f8af6970, 8789911336599},
	{0x7fe8f8f81de0, 8789911634398},
}

func TestString(t *testing.T) {
	for _, tc := range strTests {
		if got := String(tc.s); got != tc.want {
			t.Errorf("String(%q) = %d, want %d", tc.s, got, tc.want)
		}
		if got := Bytes([]byte(tc.s)); got != tc.want {
			t.Errorf("Bytes(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestUnicode(t *testing.T) {
	for _, tc := range unicodeTests {
		if got := Unicode(tc.u); got != tc.want {
			t.Errorf("Unicode(%q) = %d, want %d", tc.u, got, tc.want)
		}
	}
	// An ASCII unicode string hashes as the equal str.
	for _, tc := range strTests {
		ascii := true
		for i := 0; i < len(tc.s); i++ {
			ascii = ascii && tc.s[i] < 0x80
		}
		if !ascii {
			continue
		}
		if got := Unicode([]rune(tc.s)); got != tc.want {
			t.Errorf("Unicode(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestIntAndLong(t *testing.T) {
	for _, tc := range longTests {
		n, ok := new(big.Int).SetString(tc.s, 10)
		if !ok {
			t.Fatalf("bad test number %q", tc.s)
		}
		if got := Long(n); got != tc.want {
			t.Errorf("Long(%s) = %d, want %d", tc.s, got, tc.want)
		}
		if n.IsInt64() {
			if got := Int(n.Int64()); got != tc.want {
				t.Errorf("Int(%s) = %d, want %d", tc.s, got, tc.want)
			}
		}
	}
}

// TestLongMatchesInt checks that Long's digit folding, not only its int64
// shortcut, agrees with Int over the whole int64 range.
func TestLongMatchesInt(t *testing.T) {
	vals := []int64{0, 1, -1, -2, 2, 1 << 30, 1<<30 - 1, 1 << 60, -(1 << 60), math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	for i := int64(1); i < 1<<62; i = i*7 + 3 {
		vals = append(vals, i, -i)
	}
	for _, v := range vals {
		if got, want := longSlow(big.NewInt(v)), Int(v); got != want {
			t.Errorf("long hash of %d = %d, want %d", v, got, want)
		}
	}
}

// longSlow is Long without its int64 shortcut.
func longSlow(n *big.Int) int64 {
	var abs big.Int
	abs.Abs(n)
	ws := abs.Bits()
	nd := (abs.BitLen() + longShift - 1) / longShift
	var x uint64
	for i := nd - 1; i >= 0; i-- {
		d := digit(ws, i)
		x = x>>(64-longShift) | x<<longShift
		x += d
		if x < d {
			x++
		}
	}
	if n.Sign() < 0 {
		x = -x
	}
	return fix(int64(x))
}

func TestFloat(t *testing.T) {
	for _, tc := range floatTests {
		if got := Float(tc.f); got != tc.want {
			t.Errorf("Float(%v) = %d, want %d", tc.f, got, tc.want)
		}
	}
}

// TestFloatMatchesInt checks that integral floats hash as the equal int
// or long.
func TestFloatMatchesInt(t *testing.T) {
	for e := 0; e < 1024; e += 3 {
		for _, m := range []float64{1, 1.5, 1.75, 1.9999999999999998} {
			f := math.Ldexp(m, e)
			if f != math.Trunc(f) {
				continue
			}
			n, _ := big.NewFloat(f).Int(nil)
			if got, want := Float(f), Long(n); got != want {
				t.Errorf("Float(%g) = %d, Long = %d", f, got, want)
			}
			if got, want := Float(-f), Long(n.Neg(n)); got != want {
				t.Errorf("Float(%g) = %d, Long = %d", -f, got, want)
			}
		}
	}
}

func TestComplex(t *testing.T) {
	for _, tc := range complexTests {
		if got := Complex(tc.c); got != tc.want {
			t.Errorf("Complex(%v) = %d, want %d", tc.c, got, tc.want)
		}
	}
}

func TestTuple(t *testing.T) {
	for _, tc := range tupleTests {
		if got := Tuple(tc.hashes); got != tc.want {
			t.Errorf("Tuple(%v) = %d, want %d", tc.hashes, got, tc.want)
		}
	}
}

func TestFrozenset(t *testing.T) {
	for _, tc := range frozensetTests {
		if got := Frozenset(tc.hashes); got != tc.want {
			t.Errorf("Frozenset(%v) = %d, want %d", tc.hashes, got, tc.want)
		}
		rev := make([]int64, len(tc.hashes))
		for i, h := range tc.hashes {
			rev[len(rev)-1-i] = h
		}
		if got := Frozenset(rev); got != tc.want {
			t.Errorf("Frozenset(%v) = %d, want %d", rev, got, tc.want)
		}
	}
}

func TestPointer(t *testing.T) {
	for _, tc := range pointerTests {
		if got := Pointer(tc.p); got != tc.want {
			t.Errorf("Pointer(%#x) = %d, want %d", tc.p, got, tc.want)
		}
	}
	if got := Pointer(^uintptr(0)); got != -2 {
		t.Errorf("Pointer(all ones) = %d, want -2", got)
	}
}
