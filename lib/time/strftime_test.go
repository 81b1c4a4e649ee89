package pytime

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	gotime "time"
)

// tmFromTuple converts a 9-tuple as strftime does (gettmarg, then
// CPython's range checks and tm_isdst clamp), for a year >= 1900.
func tmFromTuple(t *testing.T, n [9]int) tm {
	r := tm{year: int64(n[0]), mon: n[1] - 1, mday: n[2], hour: n[3], min: n[4], sec: n[5],
		wday: (n[6] + 1) % 7, yday: n[7] - 1, isdst: n[8]}
	if err := checktm(&r); err != nil {
		t.Fatalf("%v: %v", n, err)
	}
	if r.isdst >= 0 {
		r.zone = zoneNames.Load()[r.isdst]
	}
	return r
}

// TestStrftime compares with results recorded from CPython 2.7.18 in
// the UTC zone by testdata/gen_strftime.py.
func TestStrftime(t *testing.T) {
	local.Store(gotime.UTC)
	zoneNames.Store(&[2]string{"UTC", "UTC"})
	f, err := os.Open("testdata/strftime.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c []json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil || len(c) != 3 {
			t.Fatalf("bad line %q: %v", sc.Text(), err)
		}
		var format, want string
		var tuple [9]int
		if json.Unmarshal(c[0], &format) != nil || json.Unmarshal(c[1], &tuple) != nil || json.Unmarshal(c[2], &want) != nil {
			t.Fatalf("bad line %q", sc.Text())
		}
		if got := string(strftime(format, tmFromTuple(t, tuple))); got != want {
			t.Errorf("strftime(%q, %v) = %q, want %q", format, tuple, got, want)
		}
		n++
	}
	if n < 100 {
		t.Fatalf("only %d cases", n)
	}
}

func TestCivil(t *testing.T) {
	for days := int64(-800000); days < 800000; days += 37 {
		y, m, d := civilFromDays(days)
		if back := daysFromCivil(y, m, d); back != days {
			t.Fatalf("%d -> %d-%d-%d -> %d", days, y, m, d, back)
		}
		g := gotime.Unix(days*86400, 0).UTC()
		if int64(g.Year()) != y || int(g.Month()) != m || g.Day() != d {
			t.Fatalf("%d: %d-%d-%d, Go says %v", days, y, m, d, g)
		}
	}
}

func TestGmtime(t *testing.T) {
	for _, c := range []struct {
		secs int64
		want tm
	}{
		{0, tm{year: 1970, mon: 0, mday: 1, wday: 4, zone: "GMT"}},
		{-86400, tm{year: 1969, mon: 11, mday: 31, wday: 3, yday: 364, zone: "GMT"}},
		{1234567890, tm{year: 2009, mon: 1, mday: 13, hour: 23, min: 31, sec: 30, wday: 5, yday: 43, zone: "GMT"}},
		{951782400, tm{year: 2000, mon: 1, mday: 29, wday: 2, yday: 59, zone: "GMT"}},
	} {
		got, err := gmtime(c.secs)
		if err != nil || got != c.want {
			t.Errorf("gmtime(%d) = %+v, %v; want %+v", c.secs, got, err, c.want)
		}
	}
	if _, err := gmtime(maxTmSeconds + 1); err == nil {
		t.Errorf("gmtime past the year range: no error")
	}
}

func TestMktimeUTC(t *testing.T) {
	local.Store(gotime.UTC)
	for _, c := range []struct {
		r    tm
		want int64
	}{
		{tm{year: 2000, mon: 0, mday: 1, isdst: -1}, 946684800},
		{tm{year: 2000, mon: -1, mday: 0, isdst: 0}, 943920000}, // normalized as C does
		{tm{year: 2000, mon: 0, mday: 1, isdst: 1}, 946681200},  // DST asked where there is none
		{tm{year: 2000, mon: 0, mday: 1, sec: 62}, 946684862},
	} {
		if got, err := mktime(c.r); err != nil || got != c.want {
			t.Errorf("mktime(%+v) = %d, %v; want %d", c.r, got, err, c.want)
		}
	}
}
