package main

import (
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// maxSizeRatio is the most that a transaction writing one item of a
// 1M-item container may cost over one writing an item of a 1K-item one.
const maxSizeRatio = 2.0

// A goResult is one Go benchmark's best time.
type goResult struct {
	name string  // without "Benchmark" and the -GOMAXPROCS suffix
	ns   float64 // the least ns/op over its runs
}

// A goReport holds the Go benchmarks' results.
type goReport struct {
	cmdline string     // the go test command that ran
	pattern string     // its -bench pattern
	results []goResult // in the order go test first printed them
	err     string     // why go test failed, one line; "" when it passed
}

// runGoBench runs the Go benchmarks of pkg that match pattern, count
// times each, with the go tool goTool.
func runGoBench(goTool, pkg, pattern string, count int) *goReport {
	args := []string{"test", "-run", "^$", "-bench", pattern, "-count", strconv.Itoa(count), pkg}
	rep := &goReport{cmdline: goTool + " " + strings.Join(args, " "), pattern: pattern}
	out, err := exec.Command(goTool, args...).CombinedOutput()
	rep.results = parseGoBench(out)
	if err != nil {
		rep.err = goFailLine(out)
		if rep.err == "" {
			rep.err = err.Error()
		}
	}
	return rep
}

// procsSuffix is the -GOMAXPROCS suffix that go test adds to names.
var procsSuffix = regexp.MustCompile(`-\d+$`)

// parseGoBench reads go test's benchmark lines ("BenchmarkX-2  1000
// 123.4 ns/op ...") and keeps the least ns/op of each benchmark, in the
// order of their first line.
func parseGoBench(out []byte) []goResult {
	var res []goResult
	at := map[string]int{}
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || f[3] != "ns/op" {
			continue
		}
		ns, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			continue
		}
		name := procsSuffix.ReplaceAllString(strings.TrimPrefix(f[0], "Benchmark"), "")
		if i, ok := at[name]; ok {
			res[i].ns = min(res[i].ns, ns)
			continue
		}
		at[name] = len(res)
		res = append(res, goResult{name: name, ns: ns})
	}
	return res
}

// goFailLine picks the line of a failed go test's output that says
// what went wrong: the first that is neither a benchmark's name or
// result, nor a benchmark's log (--- BENCH), nor one of go test's
// informational lines.
func goFailLine(out []byte) string {
	for _, l := range strings.Split(string(out), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "", l == "PASS", l == "FAIL",
			strings.HasPrefix(l, "goos:"), strings.HasPrefix(l, "goarch:"),
			strings.HasPrefix(l, "pkg:"), strings.HasPrefix(l, "cpu:"),
			strings.HasPrefix(l, "ok "), strings.HasPrefix(l, "FAIL\t"),
			strings.HasPrefix(l, "# "), strings.HasPrefix(l, "--- BENCH:"):
		case strings.HasPrefix(l, "Benchmark") && !strings.Contains(l, "FAIL"):
		default:
			return l
		}
	}
	return ""
}

// A sizePair is a benchmark measured at 1K and at 1M items: the name
// without its size, and each ns/op (0 when that size is missing).
type sizePair struct {
	name       string
	small, big float64
}

// ratio is the 1M time over the 1K time, or 0 when one is missing.
func (p sizePair) ratio() float64 {
	if p.small <= 0 || p.big <= 0 {
		return 0
	}
	return p.big / p.small
}

// pairs groups the results named ...1K and ...1M by what comes before
// the size, in the order of their first result; the others are left
// alone and returned apart.
func pairs(res []goResult) (ps []sizePair, others []goResult) {
	at := map[string]int{}
	for _, r := range res {
		var base string
		big := false
		switch {
		case strings.HasSuffix(r.name, "1K"):
			base = strings.TrimSuffix(r.name, "1K")
		case strings.HasSuffix(r.name, "1M"):
			base, big = strings.TrimSuffix(r.name, "1M"), true
		default:
			others = append(others, r)
			continue
		}
		i, ok := at[base]
		if !ok {
			i = len(ps)
			at[base] = i
			ps = append(ps, sizePair{name: base})
		}
		if big {
			ps[i].big = r.ns
		} else {
			ps[i].small = r.ns
		}
	}
	return ps, others
}

// nsop formats a time in ns/op, or "-" when missing.
func nsop(ns float64) string {
	if ns <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", ns)
}

// cells lays the pairs out (1K, 1M, ratio) and then the other results.
func (g *goReport) cells() (header []string, body [][]string) {
	header = []string{"benchmark", "1K ns/op", "1M ns/op", "1M/1K", "note"}
	ps, others := pairs(g.results)
	for _, p := range ps {
		c := []string{p.name, nsop(p.small), nsop(p.big), "", ""}
		switch x := p.ratio(); {
		case x == 0 && p.small <= 0:
			c[4] = "no 1K benchmark"
		case x == 0:
			c[4] = "no 1M benchmark"
		default:
			c[3] = ratio(x)
			if x > maxSizeRatio {
				c[4] = fmt.Sprintf("over %.0fx", maxSizeRatio)
			}
		}
		body = append(body, c)
	}
	for _, r := range others {
		body = append(body, []string{r.name, "", "", "", nsop(r.ns) + " ns/op"})
	}
	return header, body
}

// section is the Go benchmarks' part of the report.
func (g *goReport) section() section {
	sec := section{intro: []string{
		fmt.Sprintf("Go benchmarks (`%s`), least ns/op:", g.cmdline),
		fmt.Sprintf("one transaction that writes one item of a container of 1K and of 1M items; the bar is 1M/1K at most %.0fx", maxSizeRatio),
	}}
	if len(g.results) > 0 {
		sec.header, sec.body = g.cells()
	}
	switch {
	case g.err != "":
		sec.lines = append(sec.lines, "go test FAILED: "+truncate(g.err, maxNote))
	case len(g.results) == 0:
		sec.lines = append(sec.lines, fmt.Sprintf("no benchmark matches %s (not written yet?)", g.pattern))
	}
	return sec
}
