// Command pystm is a Python 2.7 interpreter without a global interpreter
// lock. Its command line is CPython 2.7's; its own tools are subcommands
// (pystm compile, later pystm stmlog) recognised as the first word only.
package main

import (
	"os"
	"runtime/pprof"
)

func main() {
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
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	os.Exit(a.run(os.Args[1:]))
}
