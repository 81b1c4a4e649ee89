package main

import (
	"github.com/spf13/cobra"
)

// run executes the command line args and returns the exit status.
func run(args []string) int {
	root := &cobra.Command{Use: "pystm"}
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		return 2
	}
	return 0
}
