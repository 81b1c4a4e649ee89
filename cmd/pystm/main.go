// Command pystm is a Python 2.7 interpreter without a global interpreter lock.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:]))
}
