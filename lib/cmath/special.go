package cmath

import "math"

// Special values. For an argument with an infinite or NaN part, most
// functions return a value from a 7x7 table indexed by the kinds of the
// real and the imaginary part, as C99's Annex G (and CPython's cmath)
// specify. The tables below are written row by row, a row per kind of
// real part in the order of the kind constants; each entry is two
// codes, for the real and the imaginary part of the result.

// The kinds of a float.
const (
	kNegInf  = iota // -inf
	kNeg            // negative, finite, nonzero
	kNegZero        // -0.0
	kPosZero        // +0.0
	kPos            // positive, finite, nonzero
	kPosInf         // +inf
	kNaN            // nan
)

func kind(x float64) int {
	switch {
	case math.IsNaN(x):
		return kNaN
	case math.IsInf(x, 1):
		return kPosInf
	case math.IsInf(x, -1):
		return kNegInf
	case x == 0 && math.Signbit(x):
		return kNegZero
	case x == 0:
		return kPosZero
	case x < 0:
		return kNeg
	}
	return kPos
}

// code decodes a table entry: "P" pi, "P12" pi/2, "P14" pi/4, "P34"
// 3pi/4, "I" infinity, "N" nan, "0" zero, "1" one, each optionally
// negated with a leading "-"; "U" marks an entry never used (the finite
// arguments computed by formula).
func code(s string) float64 {
	neg := false
	if s[0] == '-' {
		neg, s = true, s[1:]
	}
	var v float64
	switch s {
	case "P":
		v = math.Pi
	case "P12":
		v = 0.5 * math.Pi
	case "P14":
		v = 0.25 * math.Pi
	case "P34":
		v = 0.75 * math.Pi
	case "I":
		v = math.Inf(1)
	case "N":
		v = math.NaN()
	case "0":
		v = 0
	case "1":
		v = 1
	case "U":
		v = -9.5426319407711027e33
	default:
		panic("cmath: bad table code " + s)
	}
	if neg {
		v = -v
	}
	return v
}

type table [7][7]complex128

// makeTable parses 7 rows of 7 "re,im" entries separated by spaces.
func makeTable(rows [7]string) *table {
	var t table
	for i, row := range rows {
		j := 0
		start := -1
		for k := 0; k <= len(row); k++ {
			if k < len(row) && row[k] != ' ' {
				if start < 0 {
					start = k
				}
				continue
			}
			if start < 0 {
				continue
			}
			entry := row[start:k]
			start = -1
			comma := 0
			for entry[comma] != ',' {
				comma++
			}
			t[i][j] = complex(code(entry[:comma]), code(entry[comma+1:]))
			j++
		}
		if j != 7 {
			panic("cmath: bad table row")
		}
	}
	return &t
}

func (t *table) at(z complex128) complex128 { return t[kind(real(z))][kind(imag(z))] }

var acosTable = makeTable([7]string{
	"P34,I P,I  P,I   P,-I   P,-I  P34,-I N,I",
	"P12,I U,U  U,U   U,U    U,U   P12,-I N,N",
	"P12,I U,U  P12,0 P12,-0 U,U   P12,-I P12,N",
	"P12,I U,U  P12,0 P12,-0 U,U   P12,-I P12,N",
	"P12,I U,U  U,U   U,U    U,U   P12,-I N,N",
	"P14,I 0,I  0,I   0,-I   0,-I  P14,-I N,I",
	"N,I   N,N  N,N   N,N    N,N   N,-I   N,N",
})

var acoshTable = makeTable([7]string{
	"I,-P34 I,-P  I,-P   I,P   I,P  I,P34 I,N",
	"I,-P12 U,U   U,U    U,U   U,U  I,P12 N,N",
	"I,-P12 U,U   0,-P12 0,P12 U,U  I,P12 N,N",
	"I,-P12 U,U   0,-P12 0,P12 U,U  I,P12 N,N",
	"I,-P12 U,U   U,U    U,U   U,U  I,P12 N,N",
	"I,-P14 I,-0  I,-0   I,0   I,0  I,P14 I,N",
	"I,N    N,N   N,N    N,N   N,N  I,N   N,N",
})

var asinhTable = makeTable([7]string{
	"-I,-P14 -I,-0 -I,-0 -I,0 -I,0 -I,P14 -I,N",
	"-I,-P12 U,U   U,U   U,U  U,U  -I,P12 N,N",
	"-I,-P12 U,U   -0,-0 -0,0 U,U  -I,P12 N,N",
	"I,-P12  U,U   0,-0  0,0  U,U  I,P12  N,N",
	"I,-P12  U,U   U,U   U,U  U,U  I,P12  N,N",
	"I,-P14  I,-0  I,-0  I,0  I,0  I,P14  I,N",
	"I,N     N,N   N,-0  N,0  N,N  I,N    N,N",
})

var atanhTable = makeTable([7]string{
	"-0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N",
	"-0,-P12 U,U     U,U     U,U    U,U    -0,P12 N,N",
	"-0,-P12 U,U     -0,-0   -0,0   U,U    -0,P12 -0,N",
	"0,-P12  U,U     0,-0    0,0    U,U    0,P12  0,N",
	"0,-P12  U,U     U,U     U,U    U,U    0,P12  N,N",
	"0,-P12  0,-P12  0,-P12  0,P12  0,P12  0,P12  0,N",
	"0,-P12  N,N     N,N     N,N    N,N    0,P12  N,N",
})

var coshTable = makeTable([7]string{
	"I,N U,U I,0  I,-0 U,U I,N I,N",
	"N,N U,U U,U  U,U  U,U N,N N,N",
	"N,0 U,U 1,0  1,-0 U,U N,0 N,0",
	"N,0 U,U 1,-0 1,0  U,U N,0 N,0",
	"N,N U,U U,U  U,U  U,U N,N N,N",
	"I,N U,U I,-0 I,0  U,U I,N I,N",
	"N,N N,N N,0  N,0  N,N N,N N,N",
})

var expTable = makeTable([7]string{
	"0,0 U,U 0,-0 0,0 U,U 0,0 0,0",
	"N,N U,U U,U  U,U U,U N,N N,N",
	"N,N U,U 1,-0 1,0 U,U N,N N,N",
	"N,N U,U 1,-0 1,0 U,U N,N N,N",
	"N,N U,U U,U  U,U U,U N,N N,N",
	"I,N U,U I,-0 I,0 U,U I,N I,N",
	"N,N N,N N,-0 N,0 N,N N,N N,N",
})

var logTable = makeTable([7]string{
	"I,-P34 I,-P I,-P  I,P  I,P I,P34 I,N",
	"I,-P12 U,U  U,U   U,U  U,U I,P12 N,N",
	"I,-P12 U,U  -I,-P -I,P U,U I,P12 N,N",
	"I,-P12 U,U  -I,-0 -I,0 U,U I,P12 N,N",
	"I,-P12 U,U  U,U   U,U  U,U I,P12 N,N",
	"I,-P14 I,-0 I,-0  I,0  I,0 I,P14 I,N",
	"I,N    N,N  N,N   N,N  N,N I,N   N,N",
})

var sinhTable = makeTable([7]string{
	"I,N U,U -I,-0 -I,0 U,U I,N I,N",
	"N,N U,U U,U   U,U  U,U N,N N,N",
	"0,N U,U -0,-0 -0,0 U,U 0,N 0,N",
	"0,N U,U 0,-0  0,0  U,U 0,N 0,N",
	"N,N U,U U,U   U,U  U,U N,N N,N",
	"I,N U,U I,-0  I,0  U,U I,N I,N",
	"N,N N,N N,-0  N,0  N,N N,N N,N",
})

var sqrtTable = makeTable([7]string{
	"I,-I 0,-I 0,-I 0,I 0,I I,I N,I",
	"I,-I U,U  U,U  U,U U,U I,I N,N",
	"I,-I U,U  0,-0 0,0 U,U I,I N,N",
	"I,-I U,U  0,-0 0,0 U,U I,I N,N",
	"I,-I U,U  U,U  U,U U,U I,I N,N",
	"I,-I I,-0 I,-0 I,0 I,0 I,I I,N",
	"I,-I N,N  N,N  N,N N,N I,I N,N",
})

var tanhTable = makeTable([7]string{
	"-1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0",
	"N,N  U,U U,U   U,U  U,U N,N  N,N",
	"N,N  U,U -0,-0 -0,0 U,U N,N  N,N",
	"N,N  U,U 0,-0  0,0  U,U N,N  N,N",
	"N,N  U,U U,U   U,U  U,U N,N  N,N",
	"1,0  U,U 1,-0  1,0  U,U 1,0  1,0",
	"N,N  N,N N,-0  N,0  N,N N,N  N,N",
})

var rectTable = makeTable([7]string{
	"I,N U,U -I,0 -I,-0 U,U I,N I,N",
	"N,N U,U U,U  U,U   U,U N,N N,N",
	"0,0 U,U -0,0 -0,-0 U,U 0,0 0,0",
	"0,0 U,U 0,-0 0,0   U,U 0,0 0,0",
	"N,N U,U U,U  U,U   U,U N,N N,N",
	"I,N U,U I,-0 I,0   U,U I,N I,N",
	"N,N N,N N,0  N,0   N,N N,N N,N",
})
