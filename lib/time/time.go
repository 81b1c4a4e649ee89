// Package pytime is Python 2.7's time module: the clock, conversions
// between seconds since the Epoch and struct_time in UTC and in the
// local zone, strftime and strptime (with the C locale's names, as
// CPython has them when the program has not called setlocale), and
// sleep. Reading the clock or the zone makes the running transaction
// inevitable.
package pytime

import (
	"math"
	"os"
	"sync/atomic"
	"syscall"
	gotime "time"
	"unsafe"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("time", newModule) }

// structTimeType is time.struct_time.
var structTimeType = interp.NewStructSeqType("time.struct_time", 9,
	"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

func init() {
	structTimeType.SetDoc(`The time as gmtime(), localtime() and strptime() give it, and as
asctime(), mktime() and strftime() take it: a sequence of 9 integers
whose items are also the attributes tm_year ... tm_isdst.

Unlike C's struct tm, tm_year is the year itself, tm_mon counts from 1,
tm_wday from Monday (0) and tm_yday from 1.`)
}

// effect makes t's transaction inevitable before reading the clock or
// acting on the world.
func effect(t *o.Thread) {
	if t != nil && t.Tx != nil {
		t.Tx.BecomeInevitable()
	}
}

// local is the zone of localtime(), mktime() and the module's timezone
// constants; tzset() reloads it from $TZ.
var local atomic.Pointer[gotime.Location]

func init() { local.Store(gotime.Local) }

// loadLocal returns the zone that $TZ names, as tzset() reads it.
func loadLocal() *gotime.Location {
	tz, ok := os.LookupEnv("TZ")
	if !ok {
		if l, err := gotime.LoadLocation("Local"); err == nil {
			return l
		}
		return gotime.Local
	}
	if tz == "" {
		return gotime.UTC
	}
	if tz[0] == ':' {
		tz = tz[1:]
	}
	if l, err := gotime.LoadLocation(tz); err == nil {
		return l
	}
	return gotime.FixedZone(tz, 0)
}

// tm is C's struct tm, with CPython's conventions for the fields that
// gettmarg fills: year is tm_year+1900, mon 0-11, wday 0-6 from Sunday,
// yday 0-365.
type tm struct {
	year                      int64
	mon, mday, hour, min, sec int
	wday, yday, isdst         int
	gmtoff                    int
	zone                      string
}

// The errors of C time conversions.
func overflowError() error {
	n := int(syscall.EOVERFLOW)
	return o.NewException(o.ValueError, o.Int(n), o.NewStr(o.Strerror(n)))
}

// toTimeT converts seconds as _PyTime_DoubleToTimet does: truncated
// toward zero, and out of range when the truncation moved it by a
// second or more (which also catches values beyond a 64-bit time_t).
func toTimeT(x float64) (int64, error) {
	var r int64
	if x >= -9.223372036854775808e18 && x < 9.223372036854775808e18 {
		r = int64(x)
	} else {
		r = math.MinInt64 // what the C conversion gives on x86-64
	}
	if d := x - float64(r); d <= -1 || d >= 1 {
		return 0, o.Errorf(o.ValueError, "timestamp out of range for platform time_t")
	}
	return r, nil
}

// secondsArg reads the optional seconds argument of gmtime, localtime
// and ctime: None or missing is now.
func secondsArg(t *o.Thread, args []o.Value) (int64, error) {
	if len(args) == 0 || args[0] == o.None {
		effect(t)
		return gotime.Now().Unix(), nil
	}
	x, err := o.AsFloat(t, args[0])
	if err != nil {
		return 0, err
	}
	return toTimeT(x)
}

// maxTmSeconds bounds the times whose tm_year fits a C int.
const maxTmSeconds = 67767976233316800

// gmtime converts seconds since the Epoch to UTC.
func gmtime(secs int64) (tm, error) {
	if secs > maxTmSeconds || secs < -maxTmSeconds {
		return tm{}, overflowError()
	}
	days := floorDiv(secs, 86400)
	rem := int(secs - days*86400)
	y, m, d := civilFromDays(days)
	r := tm{year: y, mon: m - 1, mday: d, hour: rem / 3600, min: rem / 60 % 60, sec: rem % 60,
		wday: int(floorMod(days+4, 7)), yday: int(days - daysFromCivil(y, 1, 1)), zone: "GMT"}
	if r.year-1900 > math.MaxInt32 || r.year-1900 < math.MinInt32 {
		return tm{}, overflowError()
	}
	return r, nil
}

// localtime converts seconds since the Epoch to the local zone.
func localtime(secs int64) (tm, error) {
	if secs > maxTmSeconds || secs < -maxTmSeconds {
		return tm{}, overflowError()
	}
	lt := gotime.Unix(secs, 0).In(local.Load())
	name, off := lt.Zone()
	r, err := gmtime(secs + int64(off))
	if err != nil {
		return tm{}, err
	}
	r.gmtoff, r.zone = off, name
	if lt.IsDST() {
		r.isdst = 1
	}
	names := *zoneNames.Load()
	if names[r.isdst] != name {
		names[r.isdst] = name
		zoneNames.Store(&names)
	}
	return r, nil
}

// zoneNames are the names that C's strftime gives %Z for a time that
// carries no zone (one made from a tuple): the C library's tzname, which
// each local time conversion updates with the name of the zone it found
// (so that after localtime() of a year when a zone had another name,
// that name is used).
var zoneNames atomic.Pointer[[2]string]

func init() {
	_, _, _, std, dst := zoneInfo(nil)
	zoneNames.Store(&[2]string{std, dst})
}

// value returns the struct_time of r.
func (r tm) value() o.Value {
	return structTimeType.Make(o.Int(r.year), o.Int(r.mon+1), o.Int(r.mday), o.Int(r.hour), o.Int(r.min),
		o.Int(r.sec), o.Int((r.wday+6)%7), o.Int(r.yday+1), o.Int(r.isdst))
}

// intArg converts v as the "i" argument format does (a C int).
func intArg(t *o.Thread, v o.Value) (int, error) {
	n, err := o.AsInt(t, v)
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt32 {
		return 0, o.Errorf(o.OverflowError, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, o.Errorf(o.OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

// accept2dyear is the module's accept2dyear: two-digit years are taken
// as 1969-2068 unless $PYTHONY2K is set.
var accept2dyear = os.Getenv("PYTHONY2K") == ""

// gettmarg reads a 9-sequence (a tuple, struct_time or other sequence)
// into a tm as CPython's gettmarg does.
func gettmarg(t *o.Thread, m *o.Module, v o.Value) (tm, error) {
	items, ok, err := sequenceItems(t, v)
	if err != nil {
		return tm{}, err
	}
	if !ok {
		name := v.Type().Name
		if v == o.None {
			name = "None"
		}
		return tm{}, o.Errorf(o.TypeError, "argument must be 9-item sequence, not %s", name)
	}
	if len(items) != 9 {
		return tm{}, o.Errorf(o.TypeError, "argument must be sequence of length 9, not %d", len(items))
	}
	var n [9]int
	for i, x := range items {
		var err error
		if n[i], err = intArg(t, x); err != nil {
			return tm{}, err
		}
	}
	y := n[0]
	if y < 1900 {
		if !accept2dyear2(t, m) {
			return tm{}, o.Errorf(o.ValueError, "year >= 1900 required")
		}
		switch {
		case 69 <= y && y <= 99:
			y += 1900
		case 0 <= y && y <= 68:
			y += 2000
		default:
			return tm{}, o.Errorf(o.ValueError, "year out of range")
		}
	}
	return tm{year: int64(y), mon: n[1] - 1, mday: n[2], hour: n[3], min: n[4], sec: n[5],
		wday: (n[6] + 1) % 7, yday: n[7] - 1, isdst: n[8]}, nil
}

// sequenceItems returns the items of v if it is a sequence other than a
// str, as the "(...)" argument format wants.
func sequenceItems(t *o.Thread, v o.Value) ([]o.Value, bool, error) {
	switch x := o.Unwrap(v).(type) {
	case *o.Tuple:
		return x.Elems(), true, nil
	case *interp.StructSeq:
		return x.Tuple().Elems(), true, nil
	case *o.List:
		return x.Items(t), true, nil
	case *o.Str, *o.Dict:
		return nil, false, nil
	}
	if v.Type().GetItem == nil {
		return nil, false, nil
	}
	items, err := o.ToSlice(t, v)
	return items, err == nil, err
}

// accept2dyear2 reads time.accept2dyear from the module as CPython does
// (it must be a true int).
func accept2dyear2(t *o.Thread, m *o.Module) bool {
	if m == nil {
		return accept2dyear
	}
	v := m.Dict().GetString(t, "accept2dyear")
	switch x := v.(type) {
	case o.Int:
		return x != 0
	case o.Bool:
		return bool(x)
	}
	return false
}

// checktm checks the fields of a tm for strftime and asctime, as
// CPython's checks do, making the values that mean "unset" valid.
func checktm(r *tm) error {
	if r.mon == -1 {
		r.mon = 0
	} else if r.mon < 0 || r.mon > 11 {
		return o.Errorf(o.ValueError, "month out of range")
	}
	if r.mday == 0 {
		r.mday = 1
	} else if r.mday < 0 || r.mday > 31 {
		return o.Errorf(o.ValueError, "day of month out of range")
	}
	if r.hour < 0 || r.hour > 23 {
		return o.Errorf(o.ValueError, "hour out of range")
	}
	if r.min < 0 || r.min > 59 {
		return o.Errorf(o.ValueError, "minute out of range")
	}
	if r.sec < 0 || r.sec > 61 {
		return o.Errorf(o.ValueError, "seconds out of range")
	}
	if r.wday < 0 {
		return o.Errorf(o.ValueError, "day of week out of range")
	}
	if r.yday == -1 {
		r.yday = 0
	} else if r.yday < 0 || r.yday > 365 {
		return o.Errorf(o.ValueError, "day of year out of range")
	}
	return nil
}

// mktime converts a local tm to seconds since the Epoch, normalizing
// fields out of range as C's mktime does. A tm_isdst that disagrees
// with the zone at that time shifts the result by the difference.
func mktime(r tm) (int64, error) {
	loc := local.Load()
	if r.year > 1<<40 || r.year < -(1<<40) {
		return 0, o.Errorf(o.OverflowError, "mktime argument out of range")
	}
	lt := gotime.Date(int(r.year), gotime.Month(r.mon+1), r.mday, r.hour, r.min, r.sec, 0, loc)
	secs := lt.Unix()
	wall := gotime.Date(int(r.year), gotime.Month(r.mon+1), r.mday, r.hour, r.min, r.sec, 0, gotime.UTC)
	if _, off := lt.Zone(); lt.Unix()+int64(off) != wall.Unix() {
		// The wall time falls in a gap (the clocks went forward): C's
		// mktime reads it with the offset from before the gap, or with
		// the one whose daylight saving flag tm_isdst asks for.
		before := gotime.Unix(wall.Unix()-86400, 0).In(loc)
		after := gotime.Unix(wall.Unix()+86400, 0).In(loc)
		pick := before
		if r.isdst > 0 && !before.IsDST() && after.IsDST() || r.isdst == 0 && before.IsDST() && !after.IsDST() {
			pick = after
		}
		_, off := pick.Zone()
		secs = wall.Unix() - int64(off)
	} else if r.isdst >= 0 && lt.IsDST() != (r.isdst > 0) {
		_, off := lt.Zone()
		want := off
		std, dst := zoneOffsets(loc, lt.Year())
		switch {
		case r.isdst > 0 && dst != std:
			want = dst
		case r.isdst > 0:
			want = off + 3600
		case dst != std:
			want = std
		default:
			want = off - 3600
		}
		secs -= int64(want - off)
	}
	if secs > maxTmSeconds || secs < -maxTmSeconds {
		return 0, o.Errorf(o.OverflowError, "mktime argument out of range")
	}
	return secs, nil
}

// zoneOffsets returns the standard and the daylight saving offsets of
// loc in year (the same when it has no daylight saving time).
func zoneOffsets(loc *gotime.Location, year int) (std, dst int) {
	jan := gotime.Date(year, 1, 1, 0, 0, 0, 0, loc)
	jul := gotime.Date(year, 7, 1, 0, 0, 0, 0, loc)
	_, a := jan.Zone()
	_, b := jul.Zone()
	if jul.IsDST() {
		return a, b
	}
	if jan.IsDST() {
		return b, a
	}
	return a, a
}

var dayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

// asctime formats r as C's asctime does, without the newline.
func asctime(r tm) string {
	return string(strftime("%a %b %e %H:%M:%S %Y", r))
}

// floorDiv and floorMod divide rounding toward minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// civilFromDays returns the proleptic Gregorian date of the day days
// after 1970-01-01.
func civilFromDays(days int64) (y int64, m, d int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		m = int(mp + 3)
	} else {
		m = int(mp - 9)
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// daysFromCivil is the inverse of civilFromDays.
func daysFromCivil(y int64, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mm := int64(m)
	if mm > 2 {
		mm -= 3
	} else {
		mm += 9
	}
	doy := (153*mm+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// zoneInfo computes timezone, altzone, daylight and tzname as CPython
// does where struct tm has tm_zone: from the zone at the start of this
// year and half a year later.
func zoneInfo(t *o.Thread) (timezone, altzone int, daylight bool, std, dst string) {
	effect(t)
	const year = (365*24 + 6) * 3600
	now := gotime.Now().Unix()
	t0 := now / year * year
	loc := local.Load()
	janName, janOff := gotime.Unix(t0, 0).In(loc).Zone()
	julName, julOff := gotime.Unix(t0+year/2, 0).In(loc).Zone()
	jan, jul := -janOff, -julOff
	if jan < jul {
		// Daylight saving time in the southern hemisphere.
		return jul, jan, jan != jul, julName, janName
	}
	return jan, jul, jan != jul, janName, julName
}

func setZoneConstants(t *o.Thread, d *o.Dict) {
	tz, alt, dl, std, dst := zoneInfo(t)
	d.SetString(t, "timezone", o.Int(tz))
	d.SetString(t, "altzone", o.Int(alt))
	daylight := 0
	if dl {
		daylight = 1
	}
	d.SetString(t, "daylight", o.Int(daylight))
	d.SetString(t, "tzname", o.NewTuple(o.NewStr(std), o.NewStr(dst)))
}

// cpuTime returns the processor time of the process in seconds, as
// C's clock() / CLOCKS_PER_SEC.
func cpuTime() float64 {
	var ts syscall.Timespec
	const clockProcessCPUTimeID = 2
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return -1
	}
	return float64(int64(ts.Sec)*1000000+int64(ts.Nsec)/1000) / 1e6
}

func newModule(t *o.Thread) (*o.Module, error) {
	var m *o.Module
	fn := modutil.Func
	defs := []o.MethodDef{
		fn("time", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("time", args, kw); err != nil {
				return nil, err
			}
			effect(t)
			now := gotime.Now()
			return o.Float(float64(now.Unix()) + float64(now.Nanosecond()/1000)*1e-6), nil
		}),
		fn("clock", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("clock", args, kw); err != nil {
				return nil, err
			}
			effect(t)
			return o.Float(cpuTime()), nil
		}),
		fn("sleep", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("sleep", args, kw, 1, 1); err != nil {
				return nil, err
			}
			secs, err := o.AsFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			if !(secs >= 0 && secs < 9.2e18) {
				n := int(syscall.EINVAL)
				return nil, o.NewException(o.IOError, o.Int(n), o.NewStr(o.Strerror(n)))
			}
			whole := math.Floor(secs)
			d := gotime.Duration(whole)*gotime.Second + gotime.Duration((secs-whole)*1e6)*gotime.Microsecond
			if whole > float64(math.MaxInt64/int64(gotime.Second)) {
				d = math.MaxInt64
			}
			// Sleeping lets the other threads run: outside any
			// transaction, as CPython releases the GIL. In the main
			// thread Ctrl-C ends the sleep with KeyboardInterrupt.
			if !t.IsMain {
				t.Blocking(func() { gotime.Sleep(d) })
				return o.None, nil
			}
			if err := interp.TakeInterrupt(); err != nil {
				return nil, err
			}
			intr := interp.Interrupted()
			t.Blocking(func() {
				timer := gotime.NewTimer(d)
				defer timer.Stop()
				select {
				case <-timer.C:
				case <-intr:
				}
			})
			if err := interp.TakeInterrupt(); err != nil {
				return nil, err
			}
			return o.None, nil
		}),
		fn("gmtime", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			return convert(t, "gmtime", args, kw, gmtime)
		}),
		fn("localtime", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			effect(t)
			return convert(t, "localtime", args, kw, localtime)
		}),
		fn("mktime", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.OneArg("mktime", args, kw); err != nil {
				return nil, err
			}
			r, err := gettmarg(t, m, args[0])
			if err != nil {
				return nil, err
			}
			effect(t)
			secs, err := mktime(r)
			if err != nil {
				return nil, err
			}
			return o.Float(float64(secs)), nil
		}),
		fn("asctime", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.Unpack("asctime", args, kw, 0, 1); err != nil {
				return nil, err
			}
			var r tm
			if len(args) == 0 {
				effect(t)
				var err error
				if r, err = localtime(gotime.Now().Unix()); err != nil {
					return nil, err
				}
			} else {
				var err error
				if r, err = gettmarg(t, m, args[0]); err != nil {
					return nil, err
				}
				if err := checktm(&r); err != nil {
					return nil, err
				}
			}
			return o.NewStr(asctime(r)), nil
		}),
		fn("ctime", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.Unpack("ctime", args, kw, 0, 1); err != nil {
				return nil, err
			}
			secs, err := secondsArg(t, args)
			if err != nil {
				return nil, err
			}
			effect(t)
			r, err := localtime(secs)
			if err != nil {
				return nil, err
			}
			return o.NewStr(asctime(r)), nil
		}),
		fn("strftime", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := nargs("strftime", args, kw, 1, 2); err != nil {
				return nil, err
			}
			format, err := strArg(t, "strftime", 1, args[0])
			if err != nil {
				return nil, err
			}
			var r tm
			if len(args) < 2 {
				effect(t)
				if r, err = localtime(gotime.Now().Unix()); err != nil {
					return nil, err
				}
			} else {
				if r, err = gettmarg(t, m, args[1]); err != nil {
					return nil, err
				}
				if err := checktm(&r); err != nil {
					return nil, err
				}
				if r.isdst < -1 {
					r.isdst = -1
				} else if r.isdst > 1 {
					r.isdst = 1
				}
				// A tm made from a tuple knows no zone: C's strftime then
				// names the zone from tzname and gives %z as +0000.
				r.zone = ""
				if r.isdst >= 0 {
					r.zone = zoneNames.Load()[r.isdst]
				}
			}
			effect(t)
			return o.NewStr(string(strftime(format, r))), nil
		}),
		fn("strptime", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			return strptime(t, m, args, kw)
		}),
		fn("tzset", func(t *o.Thread, args, kw []o.Value) (o.Value, error) {
			if err := modutil.NoArgs("tzset", args, kw); err != nil {
				return nil, err
			}
			effect(t)
			local.Store(loadLocal())
			_, _, _, std, dst := zoneInfo(t)
			zoneNames.Store(&[2]string{std, dst})
			setZoneConstants(t, m.Dict())
			return o.None, nil
		}),
	}
	m = interp.NewModule(t, "time", defs)
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(`Functions on times: the clock, and conversions between seconds since the
Epoch (a float) and struct_time (a 9-sequence of year, month, day, hour,
minute, second, weekday with Monday 0, day of the year and DST flag), in
UTC and in the local zone, and to and from text.`))
	d.SetString(t, "struct_time", structTimeType.Type)
	a := 0
	if accept2dyear {
		a = 1
	}
	d.SetString(t, "accept2dyear", o.Int(a))
	setZoneConstants(t, d)
	return m, nil
}

// tzNames returns time.tzname's two names.
func tzNames(t *o.Thread, m *o.Module) (std, dst string) {
	if tu, ok := m.Dict().GetString(t, "tzname").(*o.Tuple); ok && tu.Len() == 2 {
		a, _ := o.AsString(tu.Elems()[0])
		b, _ := o.AsString(tu.Elems()[1])
		return a, b
	}
	_, _, _, std, dst = zoneInfo(t)
	return std, dst
}

// convert is gmtime and localtime: seconds (or now) to struct_time.
func convert(t *o.Thread, name string, args, kw []o.Value, f func(int64) (tm, error)) (o.Value, error) {
	if err := nargs(name, args, kw, 0, 1); err != nil {
		return nil, err
	}
	secs, err := secondsArg(t, args)
	if err != nil {
		return nil, err
	}
	r, err := f(secs)
	if err != nil {
		return nil, err
	}
	return r.value(), nil
}

// nargs checks the arguments of a METH_VARARGS function as
// PyArg_ParseTuple does.
func nargs(name string, args, kw []o.Value, min, max int) error {
	return o.ParseTuple(name, args, kw, min, max)
}

// strArg converts an argument as the "s" format does.
func strArg(t *o.Thread, fname string, n int, v o.Value) (string, error) {
	var s string
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		s = x.String()
	case *o.Unicode:
		e, err := o.Encode(t, x, "ascii", "strict")
		if err != nil {
			return "", err
		}
		s = e.String()
	default:
		return "", o.Errorf(o.TypeError, "%s() argument %d must be string, not %s", fname, n, modutil.TypeName(v))
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return "", o.Errorf(o.TypeError, "%s() argument %d must be string without null bytes, not str", fname, n)
		}
	}
	return s, nil
}
