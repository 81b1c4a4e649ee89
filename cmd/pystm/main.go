// Command pystm is a Python 2.7 interpreter without a global interpreter
// lock. Its command line is CPython 2.7's; its own tools are subcommands
// (pystm compile, later pystm stmlog) recognised as the first word only.
package main

import "os"

func main() {
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	os.Exit(a.run(os.Args[1:]))
}
