package compile

import (
	"testing"

	"github.com/pystm/pystm/compile/syntax"
)

// foldCases are constant expressions with the repr CPython 2.7.18 gives
// their value ("!" and an exception name when evaluating them raises).
// Those marked no are not folded (they raise, are too long, are classic
// divisions, which CPython never folds since -Q decides them at run time,
// or are computed with the platform's pow, % formatting or repr).
var foldCases = []struct {
	expr string
	repr string
	no   bool
}{
	{"1 + 2", `3`, false},
	{"9223372036854775807 + 1", `9223372036854775808L`, false},
	{"-9223372036854775807 - 2", `-9223372036854775809L`, false},
	{"-(-9223372036854775807 - 1)", `9223372036854775808L`, false},
	{"3037000500 * 3037000500", `9223372037000250000L`, false},
	{"-7 / 2", `-4`, true},
	{"7 / -2", `-4`, true},
	{"-7 // 2", `-4`, false},
	{"7 % -3", `-2`, false},
	{"-7 % 3", `2`, false},
	{"-9223372036854775808 / -1", `9223372036854775808L`, true},
	{"-9223372036854775808 % -1", `0L`, false},
	{"1 / 0", `!ZeroDivisionError`, true},
	{"1 % 0", `!ZeroDivisionError`, true},
	{"1 // 0", `!ZeroDivisionError`, true},
	{"2 ** 10", `1024`, false},
	{"2 ** 63", `9223372036854775808L`, false},
	{"2 ** 62", `4611686018427387904`, false},
	{"(-2) ** 63", `-9223372036854775808`, false},
	{"-2 ** 63", `-9223372036854775808L`, false},
	{"2 ** -1", `0.5`, true},
	{"0 ** 0", `1`, false},
	{"10 ** 100", `10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000L`, false},
	{"1 << 62", `4611686018427387904`, false},
	{"1 << 63", `9223372036854775808L`, false},
	{"-1 << 63", `-9223372036854775808`, false},
	{"1 << -1", `!ValueError`, true},
	{"-1 >> 100", `-1`, false},
	{"1024 >> 3", `128`, false},
	{"-1025 >> 3", `-129`, false},
	{"6 & 3", `2`, false},
	{"6 | 3", `7`, false},
	{"6 ^ 3", `5`, false},
	{"-6 & 255", `250`, false},
	{"~5", `-6`, false},
	{"~-9223372036854775808", `9223372036854775807`, false},
	{"-5L", `-5L`, false},
	{"1L + 1", `2L`, false},
	{"5L / 2", `2L`, true},
	{"-5L // 2", `-3L`, false},
	{"-5L % 3", `1L`, false},
	{"2L ** 10", `1024L`, false},
	{"123456789012345678901234567890 * 98765432109876543210", `12193263113702179522496570642237463801111263526900L`, false},
	{"(1 << 100) >> 99", `2L`, false},
	{"-(1 << 100) >> 200", `-1L`, false},
	{"7 & -1L", `7L`, false},
	{"1.5 + 2", `3.5`, false},
	{"1e308 * 10", `inf`, false},
	{"-1e308 * 10", `-inf`, false},
	{"0.1 + 0.2", `0.30000000000000004`, false},
	{"1 / 2.0", `0.5`, true},
	{"7.5 // 2", `3.0`, false},
	{"-7.5 // 2", `-4.0`, false},
	{"7.5 // -2", `-4.0`, false},
	{"-7.5 % 2", `0.5`, false},
	{"7.5 % -2", `-0.5`, false},
	{"0.0 % -1", `-0.0`, false},
	{"-0.0 % 1", `0.0`, false},
	{"1.0 // 0.0", `!ZeroDivisionError`, true},
	{"1.0 % 0.0", `!ZeroDivisionError`, true},
	{"2.0 ** 0.5", `1.4142135623730951`, true},
	{"-0.0", `-0.0`, false},
	{"-(0.0)", `-0.0`, false},
	{"+(-0.0)", `-0.0`, false},
	{"- 0", `0`, false},
	{"1e16", `1e+16`, false},
	{"1e15", `1000000000000000.0`, false},
	{"0.0001", `0.0001`, false},
	{"0.00001", `1e-05`, false},
	{"123456789.125", `123456789.125`, false},
	{"(1 << 1024) + 0.5", `!OverflowError`, true},
	{"2 ** 1024 * 1.0", `!OverflowError`, true},
	{"10 ** 20 * 1.0", `1e+20`, false},
	{"1j * 1j", `(-1+0j)`, false},
	{"(1+2j) * (3-4j)", `(11+2j)`, false},
	{"(1+2j) + 1", `(2+2j)`, false},
	{"(1+2j) / (3-4j)", `(-0.2+0.4j)`, true},
	{"1j / 0", `!ZeroDivisionError`, true},
	{"(1+2j) - 1.5", `(-0.5+2j)`, false},
	{"2j ** 2", `(-4+0j)`, true},
	{"-(1+2j)", `(-1-2j)`, false},
	{"(-0.0-1j)", `(-0-1j)`, false},
	{`'ab' + 'cd'`, `'abcd'`, false},
	{`'ab' * 3`, `'ababab'`, false},
	{`3 * 'ab'`, `'ababab'`, false},
	{`'ab' * -1`, `''`, false},
	{`'a' * 21`, `'aaaaaaaaaaaaaaaaaaaaa'`, true},
	{`'a' * 20`, `'aaaaaaaaaaaaaaaaaaaa'`, false},
	{`'abc'[1]`, `'b'`, false},
	{`'abc'[-1]`, `'c'`, false},
	{`'abc'[3]`, `!IndexError`, true},
	{`u'ab' + u'cd'`, `u'abcd'`, false},
	{`'ab' + u'cd'`, `u'abcd'`, false},
	{`'\xff' + u'a'`, `!UnicodeDecodeError`, true},
	{`u'x' * 3`, `u'xxx'`, false},
	{`u'abc'[0]`, `u'a'`, false},
	{"(1, 2) + (3,)", `(1, 2, 3)`, false},
	{"(1, 2) * 3", `(1, 2, 1, 2, 1, 2)`, false},
	{"(1,) * 25", `(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)`, true},
	{"(1, 2, 3)[2]", `3`, false},
	{"(1, 2, 3)[-4]", `!IndexError`, true},
	{`'%s' % 1`, `'1'`, true},
	{`'a' + 1`, `!TypeError`, true},
	{"() * 5", `()`, false},
	{`'' * 1000000000`, `''`, false},
	{"(1, (2, 3))", `(1, (2, 3))`, false},
	{`(1, -2, 3.5, 'x', u'y', None)`, `(1, -2, 3.5, 'x', u'y', None)`, false},
	{"1 < 2", `True`, true},
	{"not 1", `False`, true},
	{"`1`", `'1'`, true},
	{"-0.0 // 1", `-0.0`, false},
	{"0.0 // -1", `-0.0`, false},
	{"1e300 // 1e-300", `inf`, false},
	{"1e400 % 2", `nan`, false},
	{"1e400 // 2", `nan`, false},
	{"2 % 1e400", `2.0`, false},
	{"-2 % 1e400", `inf`, false},
	{"-2 // 1e400", `-1.0`, false},
	{"5.5 % -1e400", `-inf`, false},
	{"(1e308+1e308j)/(1e308+1j)", `(1+1j)`, true},
	{"(1+1j)/(0+2j)", `(0.5-0.5j)`, true},
	{"1e400 - 1e400", `nan`, false},
	{"1e400 * 0", `nan`, false},
	{"(1e400+0j) * 2", `(inf+nanj)`, false},
	{"2 ** 0.5j", `(0.9405421046832438+0.3396771251026685j)`, true},
	{"7 // 2.0", `3.0`, false},
	{"-7 % 2.5", `0.5`, false},
	{"(1+2j) // 1", `(1+0j)`, true},
	{"3 / (1+0j)", `(3+0j)`, true},
	{"2L ** 3", `8L`, false},
	{"10 ** -2", `0.01`, true},
	{"-1L >> 70", `-1L`, false},
	{"255 & -256L", `0L`, false},
	{"12345678901234567890 % -7", `-6L`, false},
	{"-(2**63) // -1", `9223372036854775808L`, false},
	{"(-2)**63 // -1", `9223372036854775808L`, false},
}

// trueDivCases are folded under "from __future__ import division".
var trueDivCases = []struct{ expr, repr string }{
	{"7 / 2", "3.5"},
	{"1 / 3", "0.3333333333333333"},
	{"2**60 / 3", "3.843071682022823e+17"},
	{"10**30 / 3", "3.333333333333333e+29"},
	{"-7 / 2", "-3.5"},
	{"(2**53+1) / 1", "9007199254740992.0"},
	{"10**400 / 10**399", "10.0"},
	{"1 / 10**400", "0.0"},
	{"7.0 / 2", "3.5"},
}

// foldedConst compiles "x = expr" and returns the constant stored, if
// the expression was folded into one.
func foldedConst(t *testing.T, expr string, flags syntax.Flags) (Const, bool) {
	t.Helper()
	code, err := Compile("f.py", []byte("x = "+expr+"\n"), syntax.ModeExec, flags)
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	if len(code.Code) >= 2 && code.Code[0].Op() == LOAD_CONST && code.Code[1].Op() == STORE_NAME {
		return code.Consts[code.Code[0].Arg()], true
	}
	return nil, false
}

func TestFold(t *testing.T) {
	for _, tc := range foldCases {
		v, ok := foldedConst(t, tc.expr, 0)
		switch {
		case tc.no && ok:
			t.Errorf("%s: folded to %s", tc.expr, ConstRepr(v))
		case !tc.no && !ok:
			t.Errorf("%s: not folded, want %s", tc.expr, tc.repr)
		case ok && ConstRepr(v) != tc.repr:
			t.Errorf("%s: folded to %s, want %s", tc.expr, ConstRepr(v), tc.repr)
		}
	}
	for _, tc := range trueDivCases {
		v, ok := foldedConst(t, tc.expr, syntax.FlagDivision)
		if !ok || ConstRepr(v) != tc.repr {
			t.Errorf("%s (true division): got %v %v, want %s", tc.expr, ok, ConstRepr(v), tc.repr)
		}
	}
}
