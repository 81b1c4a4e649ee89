package main

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// statsPrefix begins the line of STM counters that pystm prints on
// standard error at exit when PYSTM_STATS is set.
const statsPrefix = "pystm stm:"

// findStats returns the PYSTM_STATS line of a run's standard error
// without its prefix, or "" when there is none.
func findStats(stderr []byte) string {
	for _, l := range strings.Split(string(stderr), "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, statsPrefix) {
			return strings.TrimSpace(strings.TrimPrefix(l, statsPrefix))
		}
	}
	return ""
}

var (
	commitsRE = regexp.MustCompile(`\b(\d+) commits\b`)
	abortsRE  = regexp.MustCompile(`\b(\d+) aborts\b`)
)

// parseStats reads the commit and abort counts out of a PYSTM_STATS
// line ("N commits, M aborts, ..."); ok is false when either is not
// there.
func parseStats(line string) (commits, aborts int64, ok bool) {
	c := commitsRE.FindStringSubmatch(line)
	a := abortsRE.FindStringSubmatch(line)
	if c == nil || a == nil {
		return 0, 0, false
	}
	commits, err1 := strconv.ParseInt(c[1], 10, 64)
	aborts, err2 := strconv.ParseInt(a[1], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return commits, aborts, true
}

// abortShare describes what part of the transactions of a PYSTM_STATS
// line aborted ("12.5% of transactions aborted"), or returns "" when
// the line does not say.
func abortShare(line string) string {
	c, a, ok := parseStats(line)
	if !ok || c+a == 0 {
		return ""
	}
	return fmt.Sprintf("%.1f%% of transactions aborted", 100*float64(a)/float64(c+a))
}

// A variant is one way of running the parallel programs: an
// interpreter, with its options and environment.
type variant struct {
	name   string // its columns' title
	desc   string // what it is, when the name does not say; shown above the table
	cmd    command
	counts bool // whether its failures count (Jython's do not)
}

// notRun is the error of a measure that was not taken because an
// earlier one failed.
const notRun = "not run"

// A parCell is one parallel program's times under one variant, with one
// thread (t1) and with N threads (tn).
type parCell struct {
	t1, tn measure
}

// speedup is t1/tN, or 0 when either run failed.
func (c parCell) speedup() float64 {
	if !c.t1.ok() || !c.tn.ok() || c.tn.secs <= 0 {
		return 0
	}
	return c.t1.secs / c.tn.secs
}

// A parRow is one parallel program's results, one cell per variant.
type parRow struct {
	name  string
	cells []parCell
}

// A parReport is the parallel suite's table.
type parReport struct {
	threads int
	runs    int // of each program under each variant
	dir     string
	vars    []variant // the columns; the first gives the reference output
	rows    []parRow
	notes   []string // lines added after the table
}

// failed counts the rows where a variant whose failures count failed.
func (p *parReport) failed() int {
	n := 0
	for _, r := range p.rows {
		if p.rowFailed(r) {
			n++
		}
	}
	return n
}

func (p *parReport) rowFailed(r parRow) bool {
	for i, c := range r.cells {
		if p.vars[i].counts && (!c.t1.ok() || !c.tn.ok()) {
			return true
		}
	}
	return false
}

// runParallel runs each program with the argument 1 and then with the
// argument threads under each variant, runs times each, in rounds: each
// round runs every program once under each variant, so that a program's
// runs are spread over the whole suite, and a burst of load on the
// machine (which can last longer than one program's runs) falls on one
// of its rounds rather than all. Within a round a variant's two runs
// come one after the other, the one-thread run first in the first round
// and then in every other round, the N-thread run first in the rest: a
// run started right after another of the same interpreter finds memory
// that the other has just freed, and where the machine is a VM that
// memory is faster to touch than memory that has been free for a while
// (the hypervisor takes that back; in the seventh session a run of
// pystm in fresh memory took up to 50% longer), so neither of the two
// always gets the warmer memory. The first variant's one-thread output
// is the reference that every other run of the program must print; when
// that run fails, nothing else is run for the program, and neither is a
// variant's N-thread run when its one-thread run failed.
func runParallel(progs []string, vars []variant, threads, runs int, timeout time.Duration, progress io.Writer) *parReport {
	p := &parReport{threads: threads, runs: runs, vars: vars}
	if len(progs) > 0 {
		p.dir = filepath.Dir(progs[0])
	}
	tn := strconv.Itoa(threads)
	var all []*trial
	for _, prog := range progs {
		var ref *trial
		for _, v := range vars {
			t1 := &trial{cmd: v.cmd, args: []string{prog, "1"}, ref: ref}
			if ref == nil {
				ref = t1
			}
			all = append(all, t1, &trial{cmd: v.cmd, args: []string{prog, tn}, ref: t1})
		}
	}
	// swapped is all with each variant's two runs the other way round.
	swapped := make([]*trial, len(all))
	for i := 0; i < len(all); i += 2 {
		swapped[i], swapped[i+1] = all[i+1], all[i]
	}
	for i := range runs {
		fmt.Fprintf(progress, "pybench: parallel round %d of %d ...\n", i+1, runs)
		if i%2 == 0 {
			measureRounds(all, 1, timeout)
		} else {
			measureRounds(swapped, 1, timeout)
		}
	}
	for j, prog := range progs {
		r := parRow{name: strings.TrimSuffix(filepath.Base(prog), ".py"), cells: make([]parCell, len(vars))}
		ts := all[2*len(vars)*j:]
		fmt.Fprintf(progress, "pybench: parallel %s ...", r.name)
		for i, v := range vars {
			c := &r.cells[i]
			c.t1, c.tn = ts[2*i].m, ts[2*i+1].m
			fmt.Fprintf(progress, " %s %s/%s", v.name, parSecs(c.t1), parSecs(c.tn))
		}
		fmt.Fprintln(progress)
		p.rows = append(p.rows, r)
	}
	return p
}

// note is the errors of a row, one per variant that failed.
func (p *parReport) note(r parRow) string {
	var notes []string
	for i, c := range r.cells {
		switch {
		case c.t1.err == notRun:
		case !c.t1.ok():
			notes = append(notes, p.vars[i].name+": "+c.t1.err)
		case !c.tn.ok():
			notes = append(notes, fmt.Sprintf("%s, %d threads: %s", p.vars[i].name, p.threads, c.tn.err))
		}
	}
	return strings.Join(notes, "; ")
}

// parSecs formats a time for the parallel table: "-" when not run.
func parSecs(m measure) string {
	if m.err == notRun {
		return "-"
	}
	return secs(m)
}

// cells lays the rows out: per variant, the time with one thread, with
// N threads, and the speedup.
func (p *parReport) cells() (header []string, body [][]string) {
	tn := fmt.Sprintf("t%d", p.threads)
	header = []string{"benchmark"}
	for _, v := range p.vars {
		header = append(header, v.name+" t1", tn, "t1/"+tn)
	}
	header = append(header, "note")
	for _, r := range p.rows {
		c := []string{r.name}
		for _, cell := range r.cells {
			sp := ""
			if x := cell.speedup(); x > 0 {
				sp = ratio(x)
			}
			c = append(c, parSecs(cell.t1), parSecs(cell.tn), sp)
		}
		c = append(c, truncate(p.note(r), maxNote))
		body = append(body, c)
	}
	return header, body
}

// section is the parallel suite's part of the report: what the table
// shows, the table, the STM counters of each N-thread run that printed
// them, and the failures.
func (p *parReport) section() section {
	tn := fmt.Sprintf("t%d", p.threads)
	sec := section{intro: []string{
		fmt.Sprintf("parallel benchmarks (%s): wall time in seconds of the whole run with 1 thread (t1) and with %d threads (%s),", p.dir, p.threads, tn),
		fmt.Sprintf("and the speedup t1/%s; the total work is the same for any thread count, so perfect scaling gives %d.00x", tn, p.threads),
		fmt.Sprintf("best wall time of %d runs each", p.runs),
	}}
	for _, v := range p.vars {
		if v.desc != "" {
			sec.intro = append(sec.intro, v.name+": "+v.desc)
		}
	}
	sec.header, sec.body = p.cells()
	for _, r := range p.rows {
		for i, c := range r.cells {
			if c.tn.stats == "" {
				continue
			}
			l := fmt.Sprintf("%s %s, STM counters, %s: %s", p.vars[i].name, tn, r.name, c.tn.stats)
			if s := abortShare(c.tn.stats); s != "" {
				l += " (" + s + ")"
			}
			sec.lines = append(sec.lines, l)
		}
	}
	sec.lines = append(sec.lines, p.notes...)
	if n := p.failed(); n > 0 {
		sec.lines = append(sec.lines, fmt.Sprintf("FAILED: %d of %d parallel benchmarks", n, len(p.rows)))
	}
	return sec
}

// machineCeiling measures what running n things at once costs on this
// machine, whatever the interpreter: prog run by c with the argument 1,
// once alone and as n processes at the same time, runs times each (the
// two in turn). It returns the best time alone and the best time of the
// slowest of the n processes. n * alone / together is then the most that
// n threads of any interpreter can gain here (cores that share caches,
// memory bandwidth or a clock that slows under load give less than n).
func machineCeiling(c command, prog string, n, runs int, timeout time.Duration) (alone, together float64, err error) {
	args := []string{prog, "1"}
	alone, together = -1, -1
	for range runs {
		_, _, s, _, errLine := runOnce(c, args, timeout)
		if errLine != "" {
			return 0, 0, fmt.Errorf("%s", errLine)
		}
		if alone < 0 || s < alone {
			alone = s
		}
		secs := make([]float64, n)
		errs := make([]string, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, _, secs[i], _, errs[i] = runOnce(c, args, timeout)
			}()
		}
		wg.Wait()
		slowest := 0.0
		for i := range n {
			if errs[i] != "" {
				return 0, 0, fmt.Errorf("%s", errs[i])
			}
			slowest = max(slowest, secs[i])
		}
		if together < 0 || slowest < together {
			together = slowest
		}
	}
	return alone, together, nil
}

// ceilingNote is the report's line on the machine's ceiling.
func ceilingNote(name, prog string, n int, alone, together float64) string {
	return fmt.Sprintf("machine: %d %s processes of `%s 1` at once take %.3f s (the slowest), one alone %.3f s: "+
		"%d threads can gain at most %.2fx on this machine", n, name, filepath.Base(prog), together, alone, n, float64(n)*alone/together)
}

// processNote is the report's line comparing a program's threads with
// as many processes: n processes of `prog 1` at once against one alone
// (each does the whole work, so n*alone/together is what running them
// side by side gains), beside the speedup of n threads. Where the
// processes gain less than the threads, what holds the threads back is
// what any n copies of the interpreter meet on this machine (shared
// caches and memory, each process's collector, which runs on the idle
// core while one runs alone), not what the threads share.
func processNote(name, prog string, n int, alone, together, threads float64) string {
	return fmt.Sprintf("%s: %d processes of `%s 1` at once take %.3f s (the slowest), one alone %.3f s: "+
		"%d processes gain %.2fx, %d threads %.2fx", name, n, filepath.Base(prog), together, alone,
		n, float64(n)*alone/together, n, threads)
}
