package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pystm/pystm/stmlog"
	"github.com/spf13/cobra"
)

// stmlogCommand is `pystm stmlog [--html OUT | --svg OUT] LOGFILE [N]`:
// the report of an event log written with PYPYSTM=LOGFILE.
func (a *app) stmlogCommand() *cobra.Command {
	var htmlOut, svgOut string
	cmd := &cobra.Command{
		Use:   "stmlog [--html OUT | --svg OUT] LOGFILE [N]",
		Short: "Report where an STM event log (PYPYSTM=LOGFILE) lost parallelism",
		Long: `stmlog reads the event log that 'PYPYSTM=LOGFILE pystm prog.py' wrote and
prints the total real time, the CPU time in STM mode split into committed,
aborted and paused, the transaction counts, and the top N conflict sites
(default 5) by time lost, each with its kind, count, both locations with
their source lines and a time line of when it happened.

--html OUT (or --svg OUT) also draws each thread's transactions, aborts
and waits along time into OUT, with the conflict sites listed.`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			n := 5
			if len(args) == 2 {
				v, err := strconv.Atoi(args[1])
				if err != nil || v < 0 {
					return fmt.Errorf("stmlog: N must be a number of sites, not %q", args[1])
				}
				n = v
			}
			if htmlOut != "" && svgOut != "" {
				return fmt.Errorf("stmlog: --html and --svg exclude each other")
			}
			return a.stmlog(args[0], n, htmlOut, svgOut)
		},
	}
	cmd.Flags().StringVar(&htmlOut, "html", "", "write a timeline of the threads as a web page to `OUT`")
	cmd.Flags().StringVar(&svgOut, "svg", "", "write a timeline of the threads as an SVG image to `OUT`")
	return cmd
}

// stmlog prints the report of the log at path.
func (a *app) stmlog(path string, n int, htmlOut, svgOut string) error {
	shown := false
	progress := func(done, size int64) {
		// Large logs say how far the reading has come.
		if size < 8<<20 {
			return
		}
		fmt.Fprintf(a.stderr, "\rpystm stmlog: reading %s: %d%%", path, done*100/size)
		shown = true
	}
	an, err := stmlog.AnalyseFile(path, nil, progress)
	if shown {
		fmt.Fprintf(a.stderr, "\rpystm stmlog: reading %s: done\n", path)
	}
	if an == nil {
		fmt.Fprintf(a.stderr, "pystm stmlog: %s: %s\n", path, errText(err))
		return exitError(1)
	}
	src := &stmlog.Sources{Dirs: []string{filepath.Dir(path)}}
	stmlog.WriteReport(a.stdout, an, n, src)
	status := 0
	if err != nil {
		fmt.Fprintf(a.stderr, "pystm stmlog: %s: the log is cut short or corrupt: %v; the report covers the %d events before it\n", path, err, an.Records)
		status = 1
	}
	if out := htmlOut + svgOut; out != "" {
		f, err := os.Create(out)
		if err == nil {
			err = stmlog.WriteTimeline(f, path, an, n, src, htmlOut != "")
			if e := f.Close(); err == nil {
				err = e
			}
		}
		if err != nil {
			fmt.Fprintf(a.stderr, "pystm stmlog: %s: %s\n", out, errText(err))
			status = 1
		}
	}
	if status != 0 {
		return exitError(status)
	}
	return nil
}

// errText is err's message without Go's "open NAME: " prefix.
func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return strings.ToUpper(pe.Err.Error()[:1]) + pe.Err.Error()[1:]
	}
	return err.Error()
}
