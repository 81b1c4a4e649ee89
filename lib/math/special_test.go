package math

import "testing"

// TestSpecialFunctions compares gamma, lgamma, erf and erfc with results
// recorded from CPython 2.7.18, bit for bit.
func TestSpecialFunctions(t *testing.T) {
	funcs := map[string]func(float64) (float64, int){"gamma": tgamma, "lgamma": lgamma, "erf": erf, "erfc": erfc}
	for _, c := range []struct {
		f    string
		x, y float64
	}{
		{"gamma", 0.5, 1.7724538509055159},
		{"gamma", 1.5, 0.886226925452758},
		{"gamma", 2.5, 1.3293403881791372},
		{"gamma", -0.5, -3.544907701811032},
		{"gamma", -2.5, -0.9453087204829417},
		{"gamma", 3.7, 4.170651783796603},
		{"gamma", 10.1, 454760.7514415857},
		{"gamma", 30.5, 4.8226969334909095e+31},
		{"gamma", 150.2, 1.0370235662989803e+261},
		{"gamma", -150.5, -4.478447658150641e-264},
		{"gamma", 1e-05, 99999.42279422554},
		{"gamma", 5.5, 52.34277778455352},
		{"lgamma", 0.5, 0.5723649429247004},
		{"lgamma", 1.5, -0.12078223763524543},
		{"lgamma", 2.5, 0.2846828704729196},
		{"lgamma", -0.5, 1.265512123484645},
		{"lgamma", -2.5, -0.05624371649767457},
		{"lgamma", 3.7, 1.4280723266653883},
		{"lgamma", 10.1, 13.027526738633238},
		{"lgamma", 30.5, 72.9534711841694},
		{"lgamma", 150.2, 601.0110639258922},
		{"lgamma", -150.5, -606.383188068925},
		{"lgamma", 1e-05, 11.512919692895824},
		{"lgamma", 5.5, 3.9578139676187165},
		{"erf", 0.5, 0.5204998778130465},
		{"erf", 1.5, 0.9661051464753108},
		{"erf", 2.5, 0.999593047982555},
		{"erf", -0.5, -0.5204998778130465},
		{"erf", -2.5, -0.999593047982555},
		{"erf", 3.7, 0.9999998328489421},
		{"erf", 10.1, 1.0},
		{"erf", 30.5, 1.0},
		{"erf", 150.2, 1.0},
		{"erf", -150.5, -1.0},
		{"erf", 1e-05, 1.1283791670579e-05},
		{"erf", 5.5, 0.9999999999999927},
		{"erfc", 0.5, 0.4795001221869535},
		{"erfc", 1.5, 0.03389485352468928},
		{"erfc", 2.5, 0.00040695201744495903},
		{"erfc", -0.5, 1.5204998778130465},
		{"erfc", -2.5, 1.999593047982555},
		{"erfc", 3.7, 1.6715105790914575e-07},
		{"erfc", 10.1, 2.7708969831311794e-46},
		{"erfc", 30.5, 0.0},
		{"erfc", 150.2, 0.0},
		{"erfc", -150.5, 2.0},
		{"erfc", 1e-05, 0.9999887162083294},
		{"erfc", 5.5, 7.357847917974392e-15},
	} {
		got, errno := funcs[c.f](c.x)
		if errno != errOK || got != c.y {
			t.Errorf("%s(%v) = %v (errno %d), want %v", c.f, c.x, got, errno, c.y)
		}
	}
	for _, x := range []float64{0, -1, -2} {
		if _, errno := lgamma(x); errno != errDomain {
			t.Errorf("lgamma(%v): errno %d, want a domain error", x, errno)
		}
		if _, errno := tgamma(x); errno != errDomain {
			t.Errorf("gamma(%v): errno %d, want a domain error", x, errno)
		}
	}
}
