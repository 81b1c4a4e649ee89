package pytime

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	o "github.com/pystm/pystm/objects"
)

// strptime follows CPython 2.7's _strptime module: the format becomes a
// regular expression (each directive a named group, whitespace any run
// of whitespace, case ignored) that must match the start of the string
// and leave nothing over; the groups then give the fields, and the
// missing ones are computed from the others. Names are the C locale's.

var (
	shortDays   = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	longDays    = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	shortMonths = []string{"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	longMonths  = []string{"", "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
)

// directivePatterns are the expressions of the directives whose text
// does not depend on the zone (Python's syntax; \d and \s are read as
// ASCII classes when translated).
var directivePatterns = map[rune]string{
	'd': `(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'U': `(?P<U>5[0-3]|[0-4]\d|\d)`,
	'W': `(?P<W>5[0-3]|[0-4]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'A': alternation(longDays, 'A'),
	'a': alternation(shortDays, 'a'),
	'B': alternation(longMonths[1:], 'B'),
	'b': alternation(shortMonths[1:], 'b'),
	'p': alternation([]string{"am", "pm"}, 'p'),
	'%': `%`,
}

func init() {
	// The locale's date and time formats, in the C locale.
	for d, f := range map[rune]string{'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S"} {
		p, _, _ := pattern([]rune(f), nil)
		directivePatterns[d] = p
	}
}

// alternation is _strptime's __seqToRE: the names, longest first, as
// the alternatives of a group named directive.
func alternation(names []string, directive rune) string {
	s := append([]string(nil), names...)
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	if len(s) == 0 || s[0] == "" {
		return ""
	}
	for i := range s {
		s[i] = regexp.QuoteMeta(s[i])
	}
	return "(?P<" + string(directive) + ">" + strings.Join(s, "|") + ")"
}

// zonePattern is the expression of %Z for the zone names.
func zonePattern(zones []string) string { return alternation(zones, 'Z') }

const regexChars = `\.^$*+?(){}[]|`

// pattern turns a format into a regular expression as _strptime's
// TimeRE.pattern does. bad is the directive character that is not
// known ("" when none; stray reports a "%" at the end).
func pattern(format []rune, zones []string) (re string, bad string, stray bool) {
	var esc []rune
	for _, c := range format {
		if strings.ContainsRune(regexChars, c) {
			esc = append(esc, '\\')
		}
		esc = append(esc, c)
	}
	// Each run of whitespace matches any run of whitespace.
	var ws []rune
	for i := 0; i < len(esc); i++ {
		if isSpace(esc[i]) {
			for i+1 < len(esc) && isSpace(esc[i+1]) {
				i++
			}
			ws = append(ws, '\\', 's', '+')
			continue
		}
		ws = append(ws, esc[i])
	}
	var b strings.Builder
	for i := 0; i < len(ws); i++ {
		if ws[i] != '%' {
			b.WriteRune(ws[i])
			continue
		}
		if i+1 >= len(ws) {
			return "", "", true
		}
		d := ws[i+1]
		var p string
		if d == 'Z' {
			p = zonePattern(zones)
		} else {
			var ok bool
			if p, ok = directivePatterns[d]; !ok {
				if d == '\\' {
					return "", "%", false
				}
				return "", string(d), false
			}
		}
		b.WriteString(p)
		i++
	}
	return b.String(), "", false
}

func isSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// goRegexp translates a pattern into Go's syntax: \s and \d become the
// ASCII classes Python 2 gives them; everything else is common ground.
func goRegexp(p string) string {
	var b strings.Builder
	b.WriteString(`(?i)^(?:`)
	for i := 0; i < len(p); i++ {
		if p[i] == '\\' && i+1 < len(p) {
			switch p[i+1] {
			case 's':
				b.WriteString(`[ \t\n\r\f\v]`)
			case 'd':
				b.WriteString(`[0-9]`)
			default:
				b.WriteByte('\\')
				b.WriteByte(p[i+1])
			}
			i++
			continue
		}
		b.WriteByte(p[i])
	}
	b.WriteString(`)`)
	return b.String()
}

// compiled caches the expressions of recent formats.
var compiled sync.Map // string -> *regexp.Regexp

// textArg returns the characters of a str (each byte one character, as
// Python 2's re sees them) or unicode argument.
func textArg(v o.Value) ([]rune, bool, bool) {
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		s := x.String()
		r := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			r[i] = rune(s[i])
		}
		return r, false, true
	case *o.Unicode:
		return x.Runes(), true, true
	}
	return nil, false, false
}

// text makes a str or unicode message, as Python's % would.
func text(s string, uni bool) o.Value {
	if uni {
		return o.NewUnicodeString(s)
	}
	r := []rune(s)
	b := make([]byte, 0, len(r))
	for _, c := range r {
		b = append(b, byte(c))
	}
	return o.NewStr(string(b))
}

func strptime(t *o.Thread, m *o.Module, args, kw []o.Value) (o.Value, error) {
	if len(kw) > 0 {
		return nil, o.Errorf(o.TypeError, "strptime() takes no keyword arguments")
	}
	if len(args) < 1 {
		return nil, o.Errorf(o.TypeError, "_strptime_time() takes at least 1 argument (0 given)")
	}
	if len(args) > 2 {
		return nil, o.Errorf(o.TypeError, "_strptime_time() takes at most 2 arguments (%d given)", len(args))
	}
	formatV := o.Value(o.NewStr("%a %b %d %H:%M:%S %Y"))
	if len(args) > 1 {
		formatV = args[1]
	}
	format, funi, ok := textArg(formatV)
	if !ok {
		return nil, o.Errorf(o.TypeError, "expected string or buffer")
	}
	std, dst := tzNames(t, m)
	daylight := false
	if d, ok := m.Dict().GetString(t, "daylight").(o.Int); ok {
		daylight = d != 0
	}
	zones := []string{"utc", "gmt", strings.ToLower(std)}
	if daylight {
		zones = append(zones, strings.ToLower(dst))
	}
	zones = dedup(zones)
	p, bad, stray := pattern(format, zones)
	if stray {
		return nil, o.NewException(o.ValueError, text("stray % in format '"+string(format)+"'", funi))
	}
	if bad != "" {
		return nil, o.NewException(o.ValueError, text("'"+bad+"' is a bad directive in format '"+string(format)+"'", funi))
	}
	key := p
	var re *regexp.Regexp
	if c, ok := compiled.Load(key); ok {
		re = c.(*regexp.Regexp)
	} else {
		var err error
		if re, err = regexp.Compile(goRegexp(p)); err != nil {
			return nil, o.Errorf(o.ValueError, "%s", err.Error())
		}
		if err := duplicateGroup(re); err != nil {
			return nil, err
		}
		compiled.Store(key, re)
	}
	data, duni, ok := textArg(args[0])
	if !ok {
		return nil, o.Errorf(o.TypeError, "expected string or buffer")
	}
	s := string(data)
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		dr, err := o.ReprString(t, args[0])
		if err != nil {
			return nil, err
		}
		fr, err := o.ReprString(t, formatV)
		if err != nil {
			return nil, err
		}
		return nil, o.NewException(o.ValueError, text("time data "+dr+" does not match format "+fr, false))
	}
	if loc[1] != len(s) {
		rest := s[loc[1]:]
		return nil, o.NewException(o.ValueError, text("unconverted data remains: "+rest, duni))
	}
	groups := map[string]string{}
	var order []string
	for i, name := range re.SubexpNames() {
		if name != "" && loc[2*i] >= 0 {
			groups[name] = s[loc[2*i]:loc[2*i+1]]
			order = append(order, name)
		}
	}
	return strptimeFields(groups, order, std, dst, daylight)
}

func dedup(s []string) []string {
	var out []string
	for _, x := range s {
		found := false
		for _, y := range out {
			if x == y {
				found = true
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// duplicateGroup refuses a format that names a directive twice, as
// Python's re refuses the expression (there with sre_constants.error;
// here a ValueError with its message).
func duplicateGroup(re *regexp.Regexp) error {
	seen := map[string]int{}
	for i, n := range re.SubexpNames() {
		if n == "" {
			continue
		}
		if j, ok := seen[n]; ok {
			return o.Errorf(o.ValueError, "redefinition of group name '%s' as group %d; was group %d", n, i, j)
		}
		seen[n] = i
	}
	return nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

func indexOf(names []string, s string) int {
	s = strings.ToLower(s)
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

// strptimeFields computes the struct_time from the matched groups, as
// _strptime_time does.
func strptimeFields(g map[string]string, order []string, std, dst string, daylight bool) (o.Value, error) {
	year := int64(-1)
	haveYear := false
	month, day := 1, 1
	hour, minute, second := 0, 0, 0
	tz := -1
	weekOfYear, weekStart := -1, -1
	weekday, julian := -1, -1
	for _, k := range order {
		v := g[k]
		switch k {
		case "y":
			year, haveYear = int64(atoi(v)), true
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
		case "Y":
			year, haveYear = int64(atoi(v)), true
		case "m":
			month = atoi(v)
		case "B":
			month = indexOf(longMonths, v)
		case "b":
			month = indexOf(shortMonths, v)
		case "d":
			day = atoi(v)
		case "H":
			hour = atoi(v)
		case "I":
			hour = atoi(v)
			ampm := ""
			if p, ok := g["p"]; ok {
				ampm = strings.ToLower(p)
			}
			if ampm == "" || ampm == "am" {
				if hour == 12 {
					hour = 0
				}
			} else if ampm == "pm" && hour != 12 {
				hour += 12
			}
		case "M":
			minute = atoi(v)
		case "S":
			second = atoi(v)
		case "A":
			weekday = indexOf(longDays, v)
		case "a":
			weekday = indexOf(shortDays, v)
		case "w":
			weekday = atoi(v)
			if weekday == 0 {
				weekday = 6
			} else {
				weekday--
			}
		case "j":
			julian = atoi(v)
		case "U", "W":
			weekOfYear = atoi(v)
			if k == "U" {
				weekStart = 6
			} else {
				weekStart = 0
			}
		case "Z":
			zone := strings.ToLower(v)
			switch {
			case zone == "utc" || zone == "gmt" || zone == strings.ToLower(std):
				if !(std == dst && daylight && zone != "utc" && zone != "gmt") {
					tz = 0
				}
			case daylight && zone == strings.ToLower(dst):
				if std != dst {
					tz = 1
				}
			}
		}
	}
	leapFix := false
	if !haveYear && month == 2 && day == 29 {
		year, leapFix = 1904, true
	} else if !haveYear {
		year = 1900
	}
	if julian == -1 && weekOfYear != -1 && weekday != -1 {
		first, err := dateOrdinal(year, 1, 1)
		if err != nil {
			return nil, err
		}
		julian = julianFromWeek(int((first+6)%7), weekOfYear, weekday, weekStart == 0)
		if julian <= 0 {
			year--
			julian += yearDays(year)
		}
	}
	if julian == -1 {
		ord, err := dateOrdinal(year, month, day)
		if err != nil {
			return nil, err
		}
		first, _ := dateOrdinal(year, 1, 1)
		julian = int(ord-first) + 1
	} else {
		first, err := dateOrdinal(year, 1, 1)
		if err != nil {
			return nil, err
		}
		ord := first + int64(julian-1)
		if ord < 1 {
			return nil, o.Errorf(o.ValueError, "ordinal must be >= 1")
		}
		y, m, d := civilFromDays(ord - ordinalEpoch)
		if y > 9999 {
			return nil, o.Errorf(o.ValueError, "year is out of range")
		}
		year, month, day = y, m, d
	}
	if weekday == -1 {
		ord, err := dateOrdinal(year, month, day)
		if err != nil {
			return nil, err
		}
		weekday = int((ord + 6) % 7)
	}
	if leapFix {
		year = 1900
	}
	return structTimeType.Make(o.Int(year), o.Int(month), o.Int(day), o.Int(hour), o.Int(minute),
		o.Int(second), o.Int(weekday), o.Int(julian), o.Int(tz)), nil
}

// ordinalEpoch is the proleptic Gregorian ordinal of 1970-01-01 (day 1
// being 0001-01-01, as datetime.date.toordinal counts).
const ordinalEpoch = 719163

// dateOrdinal is datetime.date(y, m, d).toordinal(), with date's errors.
func dateOrdinal(y int64, m, d int) (int64, error) {
	if y < 1 || y > 9999 {
		return 0, o.Errorf(o.ValueError, "year is out of range")
	}
	if m < 1 || m > 12 {
		return 0, o.Errorf(o.ValueError, "month must be in 1..12")
	}
	dim := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && isLeap(y) {
		dim = 29
	}
	if d < 1 || d > dim {
		return 0, o.Errorf(o.ValueError, "day is out of range for month")
	}
	return daysFromCivil(y, m, d) + ordinalEpoch, nil
}

// julianFromWeek is _strptime's _calc_julian_from_U_or_W: the day of
// the year of weekday (Monday 0) in week weekOfYear, where firstWeekday
// is the weekday of January 1st.
func julianFromWeek(firstWeekday, weekOfYear, weekday int, startsMonday bool) int {
	if !startsMonday {
		firstWeekday = (firstWeekday + 1) % 7
		weekday = (weekday + 1) % 7
	}
	week0 := (7 - firstWeekday) % 7
	if weekOfYear == 0 {
		return 1 + weekday - firstWeekday
	}
	return 1 + week0 + 7*(weekOfYear-1) + weekday
}
