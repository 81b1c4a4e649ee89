package cmath

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// sameFloat reports whether got matches want: NaN for NaN, the same
// infinity, a zero of the same sign, else within a few units in the
// last place (the C library's and Go's elementary functions may round
// differently).
func sameFloat(got, want float64) bool {
	switch {
	case math.IsNaN(want):
		return math.IsNaN(got)
	case math.IsInf(want, 0) || want == 0:
		return got == want && math.Signbit(got) == math.Signbit(want)
	case math.IsNaN(got) || math.IsInf(got, 0) || math.Signbit(got) != math.Signbit(want):
		return false
	}
	a, b := math.Float64bits(math.Abs(got)), math.Float64bits(math.Abs(want))
	if a > b {
		a, b = b, a
	}
	return b-a <= 4
}

func parse(t *testing.T, s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad float %q: %v", s, err)
	}
	return f
}

var unaries = map[string]func(complex128) (complex128, int){
	"acos": cAcos, "acosh": cAcosh, "asin": cAsin, "asinh": cAsinh, "atan": cAtan, "atanh": cAtanh,
	"cos": cCos, "cosh": cCosh, "exp": cExp, "log": cLog, "log10": cLog10, "sin": cSin, "sinh": cSinh,
	"sqrt": cSqrt, "tan": cTan, "tanh": cTanh,
}

// TestAgainstCPython checks special values, errors and ordinary values
// against the results recorded from CPython 2.7.18 by
// testdata/gen_cmath.py.
func TestAgainstCPython(t *testing.T) {
	f, err := os.Open("testdata/cmath.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, exact := 0, 0
	for sc.Scan() {
		line := sc.Text()
		parts := strings.SplitN(line, " | ", 2)
		head := strings.Fields(parts[0])
		want := strings.Fields(parts[1])
		name := head[0]
		var args []float64
		for _, s := range head[1:] {
			args = append(args, parse(t, s))
		}
		var got []float64
		e := ok
		switch name {
		case "phase":
			var phi float64
			phi, e = phase(complex(args[0], args[1]))
			got = []float64{phi}
		case "polar":
			var r float64
			r, e = abs(complex(args[0], args[1]))
			phi, _ := phase(complex(args[0], args[1]))
			got = []float64{r, phi}
		case "rect":
			var z complex128
			z, e = rect(args[0], args[1])
			got = []float64{real(z), imag(z)}
		case "log2":
			var z, lb complex128
			z, _ = cLog(complex(args[0], args[1]))
			lb, e = cLog(complex(args[2], args[3]))
			z, qe := quot(z, lb)
			if qe != ok {
				e = qe
			}
			got = []float64{real(z), imag(z)}
		default:
			fn := unaries[name]
			if fn == nil {
				t.Fatalf("unknown function in %q", line)
			}
			var z complex128
			z, e = fn(complex(args[0], args[1]))
			got = []float64{real(z), imag(z)}
		}
		n++
		switch want[0] {
		case "ValueError":
			if e != edom {
				t.Errorf("%s: got %v (outcome %d), want ValueError", line, got, e)
			}
			continue
		case "OverflowError":
			if e != erange {
				t.Errorf("%s: got %v (outcome %d), want OverflowError", line, got, e)
			}
			continue
		}
		if e != ok {
			t.Errorf("%s: got outcome %d, want a value", line, e)
			continue
		}
		same := true
		for i, w := range want {
			wf := parse(t, w)
			if !sameFloat(got[i], wf) {
				t.Errorf("%s: got %v", line, got)
				break
			}
			if got[i] != wf && !(math.IsNaN(wf) && math.IsNaN(got[i])) {
				same = false
			}
		}
		if same {
			exact++
		}
	}
	if n < 4000 {
		t.Fatalf("only %d cases", n)
	}
	t.Logf("%d cases, %d bit for bit", n, exact)
}
