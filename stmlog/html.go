package stmlog

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io"
	"math"
)

// The drawing's geometry, in pixels.
const (
	plotWidth  = 1200 // the time axis
	labelWidth = 90   // the threads' names, left of it
	rowHeight  = 34
	rowGap     = 12
	topMargin  = 40
)

// threadCols is one thread's time, column by column of the drawing.
type threadCols struct {
	spent     [3][plotWidth]float64 // ns, by SpanKind
	conflicts [plotWidth]int
	total     [3]int64
}

// timeline gathers the spans of the second reading of a log.
type timeline struct {
	first, last int64
	threads     map[uint32]*threadCols
}

func (tl *timeline) cols(th uint32) *threadCols {
	c := tl.threads[th]
	if c == nil {
		c = &threadCols{}
		tl.threads[th] = c
	}
	return c
}

func (tl *timeline) colDur() float64 {
	return math.Max(1, float64(tl.last-tl.first)) / plotWidth
}

// span spreads the span [from, to) over the columns it covers.
func (tl *timeline) span(th uint32, k SpanKind, from, to int64) {
	c := tl.cols(th)
	c.total[k] += to - from
	d := tl.colDur()
	x0 := float64(from-tl.first) / d
	x1 := float64(to-tl.first) / d
	for i := int(x0); i <= int(x1) && i < plotWidth; i++ {
		if i < 0 {
			continue
		}
		lo, hi := math.Max(x0, float64(i)), math.Min(x1, float64(i+1))
		if hi > lo {
			c.spent[k][i] += (hi - lo) * d
		}
	}
}

func (tl *timeline) conflict(th uint32, t int64, _ *Site) {
	i := int(float64(t-tl.first) / tl.colDur())
	if i >= plotWidth {
		i = plotWidth - 1
	}
	if i >= 0 {
		tl.cols(th).conflicts[i]++
	}
}

// WriteTimeline reads the log at path again (a is its first reading)
// and writes a picture of it to w: for each thread, column by column of
// time, how much of it went to transactions that committed (green),
// that aborted (red) and to waits (orange), with a tick above where
// conflicts happened; under it, the report with the top n conflict
// sites. asHTML makes it a web page, else a standalone SVG image.
func WriteTimeline(w io.Writer, path string, a *Analysis, n int, src *Sources, asHTML bool) error {
	tl := &timeline{first: a.First, last: a.Last, threads: map[uint32]*threadCols{}}
	if _, err := AnalyseFile(path, func(b *Analysis) {
		b.Span = tl.span
		b.Conflict = tl.conflict
	}, nil); err != nil {
		if _, ok := err.(*CorruptError); !ok {
			return err
		}
	}
	var rep bytes.Buffer
	WriteReport(&rep, a, n, src)
	bw := bufio.NewWriter(w)
	ths := a.ThreadNumbers()
	height := topMargin + len(ths)*(rowHeight+rowGap) + 40
	reportLines := bytes.Split(bytes.TrimRight(rep.Bytes(), "\n"), []byte("\n"))
	svgHeight := height
	if !asHTML {
		svgHeight += 16 * (len(reportLines) + 1)
	}
	if asHTML {
		fmt.Fprintf(bw, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>STM log %s</title>\n", html.EscapeString(path))
		fmt.Fprint(bw, "<style>body{font-family:sans-serif;margin:16px} pre{font-size:13px;background:#f6f6f6;padding:8px}</style></head><body>\n")
		fmt.Fprintf(bw, "<h2>STM event log: %s</h2>\n", html.EscapeString(path))
	}
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n",
		labelWidth+plotWidth+20, svgHeight)
	fmt.Fprintf(bw, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	// The legend.
	legend := []struct{ color, name string }{{"#2e9e3e", "committed"}, {"#d62f2f", "aborted"}, {"#f59b00", "paused (waiting)"}, {"#000", "conflict"}}
	for i, l := range legend {
		x := labelWidth + i*170
		fmt.Fprintf(bw, `<rect x="%d" y="8" width="14" height="14" fill="%s"/><text x="%d" y="20">%s</text>`+"\n", x, l.color, x+20, l.name)
	}
	colors := [3]string{"#2e9e3e", "#d62f2f", "#f59b00"}
	d := tl.colDur()
	for row, th := range ths {
		y0 := topMargin + row*(rowHeight+rowGap)
		c := tl.cols(th)
		fmt.Fprintf(bw, `<g><title>thread %d: committed %ss, aborted %ss, paused %ss</title>`+"\n", th,
			Seconds(c.total[SpanCommitted]), Seconds(c.total[SpanAborted]), Seconds(c.total[SpanPaused]))
		fmt.Fprintf(bw, `<text x="4" y="%d">thread %d</text>`+"\n", y0+rowHeight/2+4, th)
		fmt.Fprintf(bw, `<rect x="%d" y="%d" width="%d" height="%d" fill="#eee"/>`+"\n", labelWidth, y0, plotWidth, rowHeight)
		// Stacked bars, one per column, runs of equal columns merged.
		heights := func(i int) [3]int {
			var h [3]int
			for k := 0; k < 3; k++ {
				h[k] = int(math.Round(float64(rowHeight) * math.Min(1, c.spent[k][i]/d)))
			}
			return h
		}
		for i := 0; i < plotWidth; {
			h := heights(i)
			j := i + 1
			for j < plotWidth && heights(j) == h {
				j++
			}
			y := y0 + rowHeight
			for k := 0; k < 3; k++ {
				if h[k] > 0 {
					y -= h[k]
					if y < y0 {
						h[k] -= y0 - y
						y = y0
					}
					fmt.Fprintf(bw, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>`+"\n", labelWidth+i, y, j-i, h[k], colors[k])
				}
			}
			i = j
		}
		for i, n := range c.conflicts {
			if n > 0 {
				l := 3 + int(math.Min(6, math.Log2(float64(n))))
				fmt.Fprintf(bw, `<rect x="%d" y="%d" width="1" height="%d" fill="#000"/>`+"\n", labelWidth+i, y0-l-1, l)
			}
		}
		fmt.Fprint(bw, "</g>\n")
	}
	// The time axis.
	ya := topMargin + len(ths)*(rowHeight+rowGap)
	fmt.Fprintf(bw, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000"/>`+"\n", labelWidth, ya, labelWidth+plotWidth, ya)
	for i := 0; i <= 10; i++ {
		x := labelWidth + i*plotWidth/10
		t := float64(a.RealTime()) * float64(i) / 10 / 1e9
		fmt.Fprintf(bw, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000"/><text x="%d" y="%d" text-anchor="middle">%.3gs</text>`+"\n",
			x, ya, x, ya+5, x, ya+18, t)
	}
	if !asHTML {
		for i, l := range reportLines {
			fmt.Fprintf(bw, `<text x="10" y="%d" font-family="monospace" xml:space="preserve">%s</text>`+"\n", height+16*(i+1), html.EscapeString(string(l)))
		}
	}
	fmt.Fprint(bw, "</svg>\n")
	if asHTML {
		fmt.Fprintf(bw, "<pre>%s</pre>\n</body></html>\n", html.EscapeString(rep.String()))
	}
	return bw.Flush()
}
