package interp

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// RunModule runs module name as __main__ (pystm -m).
func (it *Interp) RunModule(name string) int {
	t := it.Main
	m, err := ImportModuleLevel(t, "runpy", nil, o.None, 0)
	_ = m
	if err == nil {
		return 0
	}
	return it.HandleError(o.Errorf(o.ImportError, "No module named %s", name))
}

// Interact runs the interactive prompt on standard input until EOF.
func (it *Interp) Interact(banner bool) int {
	t := it.Main
	if banner {
		fmt.Fprintf(os.Stderr, "Python %s on linux2\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", strings.SplitN(Version, "\n", 2)[0])
	}
	in := bufio.NewReader(os.Stdin)
	d := it.MainModule().Dict()
	for {
		it.flushStd()
		fmt.Fprint(os.Stderr, ">>> ")
		src, ok := readStatement(in)
		if !ok {
			fmt.Fprintln(os.Stderr)
			return 0
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		code, err := CompileSource(t, []byte(src), "<stdin>", syntax.ModeSingle, 0)
		if err == nil {
			_, err = RunCode(t, code, d, d)
		}
		if err != nil {
			e := o.AsException(err)
			if c, ok := e.Type.(*o.Type); ok && c.IsSubtype(o.SystemExit) {
				return it.systemExitStatus(e)
			}
			it.PrintException(err)
		}
	}
}

func readStatement(in *bufio.Reader) (string, bool) {
	line, err := in.ReadString('\n')
	if err != nil && line == "" {
		return "", false
	}
	src := line
	trimmed := strings.TrimRight(line, "\n")
	if strings.HasSuffix(strings.TrimSpace(trimmed), ":") || strings.HasSuffix(trimmed, "\\") {
		for {
			fmt.Fprint(os.Stderr, "... ")
			l, err := in.ReadString('\n')
			if err != nil && l == "" {
				break
			}
			src += l
			if strings.TrimSpace(l) == "" {
				break
			}
		}
	}
	return src, true
}
