package pytime

import (
	"bytes"
	"strconv"
)

// strftime formats r as the C library's strftime does in the C locale
// (GNU's directives and flags: "_", "-", "0", "^" and "#" flags, a
// field width, the E and O modifiers). A directive it does not know is
// copied as it stands.
func strftime(format string, r tm) []byte {
	var out []byte
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			out = append(out, c)
			continue
		}
		start := i
		var pad byte
		upcase, changeCase := false, false
		i++
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '_', '-', '0', '+':
				pad = format[i]
			case '^':
				upcase = true
			case '#':
				changeCase = true
			default:
				break flags
			}
		}
		width := -1
		if i < len(format) && format[i] >= '0' && format[i] <= '9' {
			width = 0
			for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
				if width < 1<<20 {
					width = width*10 + int(format[i]-'0')
				}
			}
		}
		var modifier byte
		if i < len(format) && (format[i] == 'E' || format[i] == 'O') {
			modifier = format[i]
			i++
		}
		f := &field{pad: pad, width: width, upcase: upcase}
		if i >= len(format) {
			// A directive cut short by the end of the format.
			i = len(format) - 1
			out = f.str(out, format[start:])
			continue
		}
		conv := format[i]
		if !modifierOK(modifier, conv) {
			out = f.str(out, format[start:i+1])
			continue
		}
		hour12 := r.hour % 12
		if hour12 == 0 {
			hour12 = 12
		}
		switch conv {
		case '%':
			out = f.str(out, "%")
		case 'a', 'A':
			if changeCase {
				f.upcase = true
			}
			name := "?"
			if r.wday >= 0 && r.wday < 7 {
				name = dayNames[r.wday]
				if conv == 'a' {
					name = name[:3]
				}
			}
			out = f.str(out, name)
		case 'b', 'h', 'B':
			if changeCase {
				f.upcase = true
			}
			name := "?"
			if r.mon >= 0 && r.mon < 12 {
				name = monthNames[r.mon]
				if conv != 'B' {
					name = name[:3]
				}
			}
			out = f.str(out, name)
		case 'c':
			out = f.str(out, string(strftime("%a %b %e %H:%M:%S %Y", r)))
		case 'D', 'x':
			out = f.str(out, string(strftime("%m/%d/%y", r)))
		case 'F':
			out = f.str(out, string(strftime("%Y-%m-%d", r)))
		case 'r':
			out = f.str(out, string(strftime("%I:%M:%S %p", r)))
		case 'R':
			out = f.str(out, string(strftime("%H:%M", r)))
		case 'T', 'X':
			out = f.str(out, string(strftime("%H:%M:%S", r)))
		case 'C':
			out = f.number(out, 2, floorDiv(r.year, 100))
		case 'd':
			out = f.number(out, 2, int64(r.mday))
		case 'e':
			f.spacePad()
			out = f.number(out, 2, int64(r.mday))
		case 'H':
			out = f.number(out, 2, int64(r.hour))
		case 'I':
			out = f.number(out, 2, int64(hour12))
		case 'k':
			f.spacePad()
			out = f.number(out, 2, int64(r.hour))
		case 'l':
			f.spacePad()
			out = f.number(out, 2, int64(hour12))
		case 'j':
			out = f.number(out, 3, int64(r.yday+1))
		case 'm':
			out = f.number(out, 2, int64(r.mon+1))
		case 'M':
			out = f.number(out, 2, int64(r.min))
		case 'S':
			out = f.number(out, 2, int64(r.sec))
		case 'n':
			out = f.str(out, "\n")
		case 't':
			out = f.str(out, "\t")
		case 'p', 'P':
			s := "AM"
			if r.hour >= 12 {
				s = "PM"
			}
			if changeCase || conv == 'P' {
				f.upcase = false
				s = string(bytes.ToLower([]byte(s)))
			}
			out = f.str(out, s)
		case 's':
			secs, err := mktime(r)
			if err != nil {
				secs = -1
			}
			out = f.number(out, 1, secs)
		case 'u':
			out = f.number(out, 1, int64((r.wday+6)%7+1))
		case 'U':
			out = f.number(out, 2, int64((r.yday-r.wday+7)/7))
		case 'W':
			out = f.number(out, 2, int64((r.yday-(r.wday+6)%7+7)/7))
		case 'V', 'g', 'G':
			year, days := isoYearDays(r)
			switch conv {
			case 'g':
				out = f.number(out, 2, (year%100+100)%100)
			case 'G':
				out = f.number(out, 1, year)
			default:
				out = f.number(out, 2, int64(days/7+1))
			}
		case 'w':
			out = f.number(out, 1, int64(r.wday))
		case 'y':
			out = f.number(out, 2, (r.year%100+100)%100)
		case 'Y':
			out = f.number(out, 1, r.year)
		case 'z':
			if r.isdst < 0 {
				break
			}
			off := r.gmtoff
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			out = append(out, sign)
			f.width--
			out = f.number(out, 4, int64(off/3600*100+off/60%60))
		case 'Z':
			if changeCase {
				f.upcase = false
				out = f.str(out, string(bytes.ToLower([]byte(r.zone))))
			} else {
				out = f.str(out, r.zone)
			}
		default:
			out = f.str(out, format[start:i+1])
		}
	}
	return out
}

// modifierOK reports whether the E or O modifier may precede conv.
func modifierOK(modifier, conv byte) bool {
	switch modifier {
	case 'E':
		switch conv {
		case 'c', 'C', 'x', 'X', 'y', 'Y':
			return true
		}
		return false
	case 'O':
		switch conv {
		case 'b', 'B', 'h', 'd', 'e', 'H', 'I', 'k', 'l', 'm', 'M', 'S', 'u', 'U', 'V', 'w', 'W', 'y':
			return true
		}
		return false
	}
	return true
}

// isoYearDays returns the ISO 8601 year of r and the days since the
// start of its first week.
func isoYearDays(r tm) (int64, int) {
	year := r.year
	days := isoWeekDays(r.yday, r.wday)
	if days < 0 {
		year--
		days = isoWeekDays(r.yday+yearDays(year), r.wday)
	} else if d := isoWeekDays(r.yday-yearDays(year), r.wday); d >= 0 {
		year++
		days = d
	}
	return year, days
}

func yearDays(y int64) int {
	if isLeap(y) {
		return 366
	}
	return 365
}

// isoWeekDays returns the days between the Monday of the ISO week that
// holds day yday (whose weekday is wday, Sunday 0) and the Monday of
// the first ISO week of the year (negative when before it).
func isoWeekDays(yday, wday int) int {
	const bigMultipleOf7 = (366/7 + 2) * 7
	return yday - (yday-wday+4+bigMultipleOf7)%7 + 3
}

// field is the padding and case of one directive's output.
type field struct {
	pad    byte
	width  int
	upcase bool
}

func (f *field) spacePad() {
	if f.pad == 0 {
		f.pad = '_'
	}
}

// str appends s, padded on the left to the width (with spaces, or
// zeros for the "0" flag).
func (f *field) str(out []byte, s string) []byte {
	for n := f.width - len(s); n > 0; n-- {
		if f.pad == '0' || f.pad == '+' {
			out = append(out, '0')
		} else {
			out = append(out, ' ')
		}
	}
	if f.upcase {
		return append(out, bytes.ToUpper([]byte(s))...)
	}
	return append(out, s...)
}

// number appends v with at least digits digits (more for a larger
// width), zero-padded unless the "_" flag pads with spaces or "-" does
// not pad.
func (f *field) number(out []byte, digits int, v int64) []byte {
	if f.width > digits {
		digits = f.width
	}
	neg := v < 0
	s := strconv.FormatUint(uint64(v), 10)
	if neg {
		s = strconv.FormatUint(uint64(-v), 10)
	}
	width := f.width
	if f.pad != '-' {
		n := len(s)
		if neg {
			n++
		}
		if padding := digits - n; padding > 0 {
			if f.pad == '_' {
				for ; padding > 0; padding-- {
					out = append(out, ' ')
				}
				if width > digits-n {
					width -= digits - n
				} else {
					width = 0
				}
			} else {
				if neg {
					out = append(out, '-')
					neg = false
				}
				for ; padding > 0; padding-- {
					out = append(out, '0')
				}
				width = 0
			}
		}
	}
	if neg {
		s = "-" + s
	}
	g := field{pad: f.pad, width: width, upcase: f.upcase}
	return g.str(out, s)
}
