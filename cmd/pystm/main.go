// Command pystm is a Python 2.7 interpreter without a global interpreter
// lock. Its command line is CPython 2.7's; its own tools are subcommands
// (pystm compile, later pystm stmlog) recognised as the first word only.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/pystm/pystm/stm"
)

// internalError turns a Go panic that escaped the interpreter into a
// one-line message and exit status 1: users never see a Go stack trace.
func internalError() {
	if r := recover(); r != nil {
		os.Stdout.Sync()
		fmt.Fprintf(os.Stderr, "pystm: internal error: %v\n", r)
		os.Exit(1)
	}
}

func main() {
	defer internalError()
	// PYSTM_CPUPROFILE=file writes a Go CPU profile of the run (for
	// pystm's developers: go tool pprof bin/pystm file).
	if p := os.Getenv("PYSTM_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err == nil {
			pprof.StartCPUProfile(f)
			a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
			status := a.run(os.Args[1:])
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(status)
		}
	}
	// PYSTM_MEMPROFILE=file writes a Go allocation profile of the run.
	if p := os.Getenv("PYSTM_MEMPROFILE"); p != "" {
		runtime.MemProfileRate = 4096
		a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
		status := a.run(os.Args[1:])
		// The profile shows what the last completed collection saw:
		// collect, so that it holds the whole run.
		runtime.GC()
		if f, err := os.Create(p); err == nil {
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
		os.Exit(status)
	}
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	status := a.run(os.Args[1:])
	// PYSTM_STATS=1 prints the STM's counters at exit.
	if os.Getenv("PYSTM_STATS") != "" {
		s := stm.Stats()
		fmt.Fprintf(os.Stderr, "pystm stm: %d commits, %d aborts, %d inevitable; conflicts: %d write-write, %d write-read, %d inevitable\n",
			s.Commits, s.Aborts, s.Inevitable, s.WriteWrite, s.WriteRead, s.InevitableConflicts)
	}
	os.Exit(status)
}
