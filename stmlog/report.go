package stmlog

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Seconds formats ns nanoseconds as seconds with three decimals,
// rounded half up ("1.250").
func Seconds(ns int64) string {
	neg := ns < 0
	if neg {
		ns = -ns
	}
	ms := (ns + 500000) / 1000000
	s := fmt.Sprintf("%d.%03d", ms/1000, ms%1000)
	if neg {
		s = "-" + s
	}
	return s
}

// Percent formats part/whole as a percentage with one decimal, rounded
// half up ("12.5%"), or "-" when whole is 0.
func Percent(part, whole int64) string {
	if whole <= 0 {
		return "-"
	}
	pm := (part*1000 + whole/2) / whole
	return fmt.Sprintf("%d.%d%%", pm/10, pm%10)
}

// short formats ns as seconds to about three significant digits
// ("10.5s", "1.25s", "0.031s").
func short(ns int64) string {
	s := float64(ns) / 1e9
	switch {
	case s >= 100:
		return strconv.FormatFloat(s, 'f', 0, 64) + "s"
	case s >= 10:
		return strconv.FormatFloat(s, 'f', 1, 64) + "s"
	case s >= 1:
		return strconv.FormatFloat(s, 'f', 2, 64) + "s"
	}
	return strconv.FormatFloat(s, 'f', 3, 64) + "s"
}

// TimelineWidth is the number of columns of a site's time line.
const TimelineWidth = 60

// Timeline draws when a site's conflicts happened between first and
// last, in width columns: blank where none did, then '.', '_', 'x' and
// 'X' for more and more of them (relative to the busiest column).
func Timeline(times []int64, first, last int64, width int) string {
	cols := make([]int, width)
	span := last - first + 1
	most := 0
	for _, t := range times {
		i := int((t - first) * int64(width) / span)
		if i < 0 {
			i = 0
		} else if i >= width {
			i = width - 1
		}
		cols[i]++
		most = max(most, cols[i])
	}
	b := make([]byte, width)
	for i, c := range cols {
		switch {
		case c == 0:
			b[i] = ' '
		case c*4 <= most:
			b[i] = '.'
		case c*2 <= most:
			b[i] = '_'
		case c*4 <= most*3:
			b[i] = 'x'
		default:
			b[i] = 'X'
		}
	}
	return string(b)
}

var markerRE = regexp.MustCompile(`^File "(.*)", line (\d+), in .*$`)

// A Sources finds the source lines that markers name.
type Sources struct {
	Dirs  []string // where to look for relative file names, in order
	files map[string][]string
}

// Line returns the stripped source line marker m names, or "".
func (s *Sources) Line(m string) string {
	sm := markerRE.FindStringSubmatch(m)
	if sm == nil {
		return ""
	}
	n, err := strconv.Atoi(sm[2])
	if err != nil || n < 1 {
		return ""
	}
	lines, ok := s.files[sm[1]]
	if !ok {
		lines = s.load(sm[1])
		if s.files == nil {
			s.files = map[string][]string{}
		}
		s.files[sm[1]] = lines
	}
	if n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

func (s *Sources) load(name string) []string {
	cands := []string{name}
	if !filepath.IsAbs(name) {
		for _, d := range s.Dirs {
			cands = append(cands, filepath.Join(d, name))
		}
	}
	for _, c := range cands {
		data, err := os.ReadFile(c)
		if err == nil {
			return strings.Split(string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))), "\n")
		}
	}
	return nil
}

// WriteReport writes the report of STM_SPEC §5: the times, the
// transaction counts and the top n conflict sites.
func WriteReport(w io.Writer, a *Analysis, n int, src *Sources) error {
	bw := bufio.NewWriter(w)
	real := a.RealTime()
	line := func(label, value string) { fmt.Fprintf(bw, "%-28s %s\n", label, value) }
	line("Total real time:", Seconds(real)+"s")
	line("Total CPU time in STM mode:", fmt.Sprintf("%ss (%s of real time)", Seconds(a.CPU()), Percent(a.CPU(), real)))
	line("  committed:", fmt.Sprintf("%ss (%s)", Seconds(a.Committed), Percent(a.Committed, real)))
	line("  aborted:", fmt.Sprintf("%ss (%s)", Seconds(a.Aborted), Percent(a.Aborted, real)))
	line("  paused:", fmt.Sprintf("%ss (%s)", Seconds(a.Paused), Percent(a.Paused, real)))
	for i, what := range []string{"for a free segment:", "at a sync pause:", "for another transaction:"} {
		if d := a.PausedBy[i]; d > 0 {
			line("    "+what, Seconds(d)+"s")
		}
	}
	tx := fmt.Sprintf("%d started, %d committed, %d aborted", a.Started, a.Commits, a.Aborts)
	if a.Unended > 0 {
		// Threads still running when the log was closed, or a log cut
		// short: those transactions are not in the times.
		tx += fmt.Sprintf("; %d not ended in the log", a.Unended)
	}
	line("Transactions:", tx)
	line("Threads:", strconv.Itoa(a.Threads()))
	line("Events:", strconv.Itoa(a.Records))
	sites := a.Sites()
	if len(sites) == 0 {
		fmt.Fprintf(bw, "\nNo conflicts.\n")
		return bw.Flush()
	}
	if n < len(sites) {
		sites = sites[:n]
	}
	if n == 0 {
		return bw.Flush()
	}
	fmt.Fprintf(bw, "\nTop %d conflict sites, by time lost:\n", len(sites))
	for _, s := range sites {
		fmt.Fprintf(bw, "\n%s lost in aborts, %s paused (%dx %s)\n", short(s.Abort), short(s.Paused), s.Count, KindName(s.Kind))
		for _, m := range []string{s.M1, s.M2} {
			if m == "" {
				continue
			}
			fmt.Fprintf(bw, "  %s\n", m)
			if l := src.Line(m); l != "" {
				fmt.Fprintf(bw, "    %s\n", l)
			}
		}
		fmt.Fprintf(bw, "time line: |%s|\n", Timeline(s.Times, a.First, a.Last, TimelineWidth))
	}
	return bw.Flush()
}
