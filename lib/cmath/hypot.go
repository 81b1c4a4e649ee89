package cmath

import "math"

// hypot is sqrt(x*x + y*y) without undue overflow or underflow, with a
// correction step (Borges' fused multiply-add algorithm) that makes it
// correctly rounded in nearly every case, as the C library's is; Go's
// math.Hypot can be an ulp off, which shows in cmath's results.
func hypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	if x < y {
		x, y = y, x
	}
	if y == 0 || y < x*0x1p-60 {
		// y*y is below half an ulp of x*x.
		return x
	}
	// Scale so that neither the squares overflow nor their small parts
	// fall below the normal range (y is within 2**60 of x here).
	scale := 1.0
	switch {
	case x > 0x1p500:
		x, y, scale = x*0x1p-600, y*0x1p-600, 0x1p600
	case x < 0x1p-400:
		x, y, scale = x*0x1p600, y*0x1p600, 0x1p-600
	}
	h := math.Sqrt(math.FMA(x, x, y*y))
	hsq := h * h
	xsq := x * x
	u := math.FMA(-y, y, hsq-xsq) + math.FMA(h, h, -hsq) - math.FMA(x, x, -xsq)
	h -= u / (2 * h)
	return h * scale
}
