package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// A measure is one interpreter's result on one program: its best wall
// time over the runs and its peak resident set size, or why it failed.
type measure struct {
	secs  float64 // best wall time, in seconds
	kib   int64   // peak resident set size over the runs, in KiB
	err   string  // why it failed, one line; empty when it passed
	stats string  // the PYSTM_STATS line of the best run, if it printed one
}

// ok reports whether the measure is a passing one.
func (m measure) ok() bool { return m.err == "" }

// A row is one benchmark's results under each interpreter.
type row struct {
	name   string
	cpy    measure
	pystm  measure
	gil    *measure // pystm --gil; nil when not run
	jython *measure // nil when there is no Jython column
}

// failed reports whether the row counts as a failure: pystm or CPython
// did not run the program, or their outputs differ. Jython's failures
// are shown but do not count; those of `pystm --gil` are counted apart
// (gilFailed).
func (r row) failed() bool { return !r.cpy.ok() || !r.pystm.ok() }

// gilFailed reports whether `pystm --gil` ran the program and failed.
func (r row) gilFailed() bool { return r.gil != nil && !r.gil.ok() }

// gilRatio is pystm's time over the time of `pystm --gil`: what the STM
// machinery costs on one thread; 0 when either did not pass.
func (r row) gilRatio() float64 {
	if r.gil == nil || !r.gil.ok() || !r.pystm.ok() || r.gil.secs <= 0 {
		return 0
	}
	return r.pystm.secs / r.gil.secs
}

// timeRatio is pystm's time over CPython's.
func (r row) timeRatio() float64 { return r.pystm.secs / r.cpy.secs }

// memRatio is pystm's peak memory over CPython's.
func (r row) memRatio() float64 { return float64(r.pystm.kib) / float64(r.cpy.kib) }

// note is the error shown at the end of a failed row.
func (r row) note() string {
	var notes []string
	if !r.cpy.ok() {
		notes = append(notes, "CPython: "+r.cpy.err)
	}
	if !r.pystm.ok() {
		notes = append(notes, "pystm: "+r.pystm.err)
	}
	if r.gilFailed() {
		notes = append(notes, "pystm --gil: "+r.gil.err)
	}
	if r.jython != nil && !r.jython.ok() {
		notes = append(notes, "Jython: "+r.jython.err)
	}
	return strings.Join(notes, "; ")
}

// A summary condenses the rows that passed.
type summary struct {
	total, failed int
	timeGeo       float64 // geometric mean of the time ratios; 0 if none passed
	memGeo        float64 // geometric mean of the memory ratios; 0 if none passed
	worst         float64 // the largest time ratio
	worstName     string
	gilGeo        float64 // geometric mean of pystm over pystm --gil; 0 if none
	gilN          int     // how many rows gilGeo is over
	gilFailed     int     // rows where pystm --gil failed
}

// summarize computes the geometric means and the worst time ratio over
// the rows that passed; failed rows are only counted.
func summarize(rows []row) summary {
	s := summary{total: len(rows)}
	var times, mems, gils []float64
	for _, r := range rows {
		if r.gilFailed() {
			s.gilFailed++
		}
		if g := r.gilRatio(); g > 0 && r.cpy.ok() {
			gils = append(gils, g)
		}
		if r.failed() {
			s.failed++
			continue
		}
		t := r.timeRatio()
		times = append(times, t)
		mems = append(mems, r.memRatio())
		if s.worstName == "" || t > s.worst {
			s.worst, s.worstName = t, r.name
		}
	}
	s.timeGeo = geomean(times)
	s.memGeo = geomean(mems)
	s.gilGeo = geomean(gils)
	s.gilN = len(gils)
	return s
}

// geomean is the geometric mean of xs, ignoring values that are not
// positive and finite (a zero time or memory reading); 0 if none remain.
func geomean(xs []float64) float64 {
	sum, n := 0.0, 0
	for _, x := range xs {
		if x > 0 && !math.IsInf(x, 0) && !math.IsNaN(x) {
			sum += math.Log(x)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return math.Exp(sum / float64(n))
}

// A startup holds the start-up times of `-c pass`.
type startup struct {
	runs       int
	cpy, pystm measure
	jython     *measure // nil when there is no Jython
}

// A report is everything the harness prints.
type report struct {
	runs    int
	rows    []row // the single-thread suite; none when it was not run
	sum     summary
	start   *startup   // nil when start-up was not measured
	jython  bool       // whether the Jython columns are shown
	gil     bool       // whether the pystm --gil columns are shown
	pyExe   string     // the CPython executable that ran
	pyFrom  string     // the CPython command it was found from, if different
	jyExe   string     // the Jython that ran, if any
	pstDesc string     // which pystm ran
	par     *parReport // the parallel suite; nil when it was not run
	gob     *goReport  // the Go benchmarks; nil when they were not run
}

// maxNote is the longest note shown in a row.
const maxNote = 120

// cells lays the rows out as a header and string cells, shared by the
// text and markdown forms.
func (rep *report) cells() (header []string, body [][]string) {
	header = []string{"benchmark", "CPython s", "pystm s", "time ratio",
		"CPython MiB", "pystm MiB", "mem ratio"}
	if rep.gil {
		header = append(header, "--gil s", "pystm/gil")
	}
	if rep.jython {
		header = append(header, "Jython s", "Jython ratio")
	}
	header = append(header, "note")
	for _, r := range rep.rows {
		c := []string{r.name, secs(r.cpy), secs(r.pystm), "", mib(r.cpy), mib(r.pystm), ""}
		if !r.failed() {
			c[3] = ratio(r.timeRatio())
			c[6] = ratio(r.memRatio())
		} else {
			c[3], c[6] = "FAIL", "FAIL"
		}
		if rep.gil {
			gs, gr := "-", "" // not run
			if g := r.gil; g != nil {
				gs = secs(*g)
				if x := r.gilRatio(); x > 0 {
					gr = ratio(x)
				}
			}
			c = append(c, gs, gr)
		}
		if rep.jython {
			js, jr := "-", "" // not run
			if j := r.jython; j != nil {
				js = secs(*j)
				if j.ok() && r.cpy.ok() {
					jr = ratio(j.secs / r.cpy.secs)
				}
			}
			c = append(c, js, jr)
		}
		c = append(c, truncate(r.note(), maxNote))
		body = append(body, c)
	}
	return header, body
}

// secs formats a best time in seconds, or FAIL.
func secs(m measure) string {
	if !m.ok() {
		return "FAIL"
	}
	return fmt.Sprintf("%.3f", m.secs)
}

// mib formats a peak RSS in MiB, or FAIL.
func mib(m measure) string {
	if !m.ok() {
		return "FAIL"
	}
	return fmt.Sprintf("%.1f", float64(m.kib)/1024)
}

// ratio formats a ratio as 1.23x.
func ratio(x float64) string { return fmt.Sprintf("%.2fx", x) }

// truncate shortens s to n bytes, ending it with "..." if cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-3] + "..."
}

// summaryLines are the lines printed after the single-thread table.
func (rep *report) summaryLines() []string {
	s := rep.sum
	var out []string
	passed := s.total - s.failed
	if passed == 0 {
		out = append(out, fmt.Sprintf("no benchmark passed (%d failed)", s.failed))
	} else {
		out = append(out,
			fmt.Sprintf("geometric mean time ratio (pystm/CPython): %s over %d benchmarks", ratio(s.timeGeo), passed),
			fmt.Sprintf("geometric mean memory ratio (pystm/CPython): %s", ratio(s.memGeo)),
			fmt.Sprintf("worst time ratio: %s (%s)", ratio(s.worst), s.worstName))
		if s.failed > 0 {
			out = append(out, fmt.Sprintf("FAILED: %d of %d benchmarks (left out of the means)", s.failed, s.total))
		}
	}
	if rep.gil {
		if s.gilN > 0 {
			out = append(out, fmt.Sprintf("geometric mean STM cost on one thread (pystm/pystm --gil): %s over %d benchmarks", ratio(s.gilGeo), s.gilN))
		}
		if s.gilFailed > 0 {
			out = append(out, fmt.Sprintf("FAILED under pystm --gil: %d of %d benchmarks", s.gilFailed, s.total))
		}
	}
	return out
}

// startupLines are the lines that give the start-up times.
func (rep *report) startupLines() []string {
	st := rep.start
	if st == nil {
		return nil
	}
	var out []string
	line := fmt.Sprintf("start-up (best of %d runs of `-c pass`): CPython %s, pystm %s",
		st.runs, millis(st.cpy), millis(st.pystm))
	if st.cpy.ok() && st.pystm.ok() {
		line += ", ratio " + ratio(st.pystm.secs/st.cpy.secs)
	}
	if st.jython != nil {
		line += ", Jython " + millis(*st.jython)
	}
	out = append(out, line)
	if !st.cpy.ok() || !st.pystm.ok() {
		r := row{cpy: st.cpy, pystm: st.pystm}
		out = append(out, "start-up FAIL: "+truncate(r.note(), maxNote))
	}
	return out
}

// millis formats a best time in milliseconds, or FAIL.
func millis(m measure) string {
	if !m.ok() {
		return "FAIL"
	}
	return fmt.Sprintf("%.1f ms", m.secs*1000)
}

// A section is one part of the report: lines that introduce it, a
// table (none when header is nil) and lines that follow it.
type section struct {
	intro  []string
	header []string
	body   [][]string
	lines  []string
}

// sections are the parts of the report, in order.
func (rep *report) sections() []section {
	var out []section
	single := section{lines: rep.startupLines()}
	if len(rep.rows) > 0 {
		single.header, single.body = rep.cells()
		single.lines = append(rep.summaryLines(), single.lines...)
	}
	if single.header != nil || len(single.lines) > 0 {
		out = append(out, single)
	}
	if rep.par != nil {
		out = append(out, rep.par.section())
	}
	if rep.gob != nil {
		out = append(out, rep.gob.section())
	}
	return out
}

// writeText prints the report as plain text: which interpreters ran,
// then each section's aligned table and lines.
func (rep *report) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "pystm: %s\nCPython: %s", rep.pstDesc, rep.pyExe)
	if rep.pyFrom != "" {
		fmt.Fprintf(&b, " (from `%s`)", rep.pyFrom)
	}
	if rep.jyExe != "" {
		fmt.Fprintf(&b, "\nJython: %s", rep.jyExe)
	}
	fmt.Fprintf(&b, "\nbest wall time of %d runs each\n", rep.runs)
	for _, sec := range rep.sections() {
		b.WriteByte('\n')
		for _, l := range sec.intro {
			b.WriteString(l + "\n")
		}
		if sec.header != nil {
			if len(sec.intro) > 0 {
				b.WriteByte('\n')
			}
			textTable(&b, sec.header, sec.body)
			if len(sec.lines) > 0 {
				b.WriteByte('\n')
			}
		}
		for _, l := range sec.lines {
			b.WriteString(l + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// textTable writes an aligned plain-text table: the first column to
// the left, the last (a note) unpadded, the others to the right.
func textTable(b *strings.Builder, header []string, body [][]string) {
	widths := make([]int, len(header))
	for _, c := range append([][]string{header}, body...) {
		for i, s := range c {
			if len(s) > widths[i] {
				widths[i] = len(s)
			}
		}
	}
	line := func(c []string) {
		var parts []string
		for i, s := range c {
			switch {
			case i == len(c)-1: // the note: last, unpadded
				parts = append(parts, s)
			case i == 0:
				parts = append(parts, fmt.Sprintf("%-*s", widths[i], s))
			default:
				parts = append(parts, fmt.Sprintf("%*s", widths[i], s))
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(parts, "  "), " "))
		b.WriteByte('\n')
	}
	line(header)
	for _, c := range body {
		line(c)
	}
}

// writeMarkdown prints the report as markdown: each section's table,
// and its lines as a list.
func (rep *report) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "pystm: `%s`; CPython: `%s`", rep.pstDesc, rep.pyExe)
	if rep.pyFrom != "" {
		fmt.Fprintf(&b, " (from `%s`)", rep.pyFrom)
	}
	if rep.jyExe != "" {
		fmt.Fprintf(&b, "; Jython: `%s`", rep.jyExe)
	}
	fmt.Fprintf(&b, "; best wall time of %d runs each.\n", rep.runs)
	for _, sec := range rep.sections() {
		b.WriteByte('\n')
		if len(sec.intro) > 0 {
			b.WriteString(strings.Join(sec.intro, "\n") + "\n\n")
		}
		if sec.header != nil {
			mdTable(&b, sec.header, sec.body)
			if len(sec.lines) > 0 {
				b.WriteByte('\n')
			}
		}
		for _, l := range sec.lines {
			b.WriteString("- " + l + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdTable writes a markdown table, its columns aligned as textTable's.
func mdTable(b *strings.Builder, header []string, body [][]string) {
	row := func(c []string) {
		b.WriteString("|")
		for _, s := range c {
			b.WriteString(" " + mdEscape(s) + " |")
		}
		b.WriteByte('\n')
	}
	row(header)
	b.WriteString("|")
	for i := range header {
		if i == 0 || i == len(header)-1 {
			b.WriteString("---|")
		} else {
			b.WriteString("--:|")
		}
	}
	b.WriteByte('\n')
	for _, c := range body {
		row(c)
	}
}

// mdEscape protects the column separators of a markdown cell.
func mdEscape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
