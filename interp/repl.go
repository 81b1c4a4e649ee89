package interp

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// RunModule runs module name as __main__ (pystm -m): the module is found
// on sys.path like an import, then run with __name__ set to "__main__".
func (it *Interp) RunModule(name string) int {
	t := it.Main
	path := it.RT.Sys.Dict().GetString(t, "path")
	dirs, _ := o.ToSlice(t, path)
	parts := strings.Split(name, ".")
	for _, dv := range dirs {
		ds, ok := dv.(*o.Str)
		if !ok {
			continue
		}
		dir := ds.String()
		for _, p := range parts[:len(parts)-1] {
			dir = joinPath(dir, p)
		}
		file, isPkg, src, found := findModule(dir, parts[len(parts)-1])
		if !found {
			continue
		}
		if isPkg {
			file, _, src, found = findModule(joinPath(dir, parts[len(parts)-1]), "__main__")
			if !found {
				return it.HandleError(o.Errorf(o.ImportError, "No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name))
			}
		}
		argv := it.RT.Sys.Dict().GetString(t, "argv")
		if l, ok := argv.(*o.List); ok && l.Len(t) > 0 {
			l.SetAt(t, 0, o.NewStr(file))
		}
		return it.RunSource(src, file)
	}
	fmt.Fprintf(it.stderrWriter(), "pystm: No module named %s\n", name)
	return 1
}

// Interact runs the interactive prompt on standard input until EOF. With
// a terminal it edits lines and keeps a history (golang.org/x/term);
// otherwise it reads lines plainly, writing the prompts to stderr as
// CPython does.
func (it *Interp) Interact(banner bool) int {
	if banner {
		fmt.Fprintf(os.Stderr, "Python %s on linux2\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", strings.SplitN(Version, "\n", 2)[0])
	}
	HandleInterrupts()
	in := it.opts.Stdin
	if term.IsTerminal(int(in.Fd())) && term.IsTerminal(int(it.opts.Stderr.Fd())) {
		return it.interactTerminal(in)
	}
	r := bufio.NewReader(in)
	return it.loop(func(prompt string) (string, error) {
		it.flushStd()
		fmt.Fprint(it.opts.Stderr, prompt)
		line, err := r.ReadString('\n')
		if err != nil && line == "" {
			return "", err
		}
		return strings.TrimSuffix(line, "\n"), nil
	})
}

// interruptReader notes a Ctrl-C (byte 3) passing through to the
// line editor, which reports it like an end of file.
type interruptReader struct {
	r    io.Reader
	w    io.Writer
	intr bool
}

func (ir *interruptReader) Read(p []byte) (int, error) {
	n, err := ir.r.Read(p)
	for _, b := range p[:n] {
		if b == 3 {
			ir.intr = true
		}
	}
	return n, err
}

func (ir *interruptReader) Write(p []byte) (int, error) { return ir.w.Write(p) }

var errInterrupted = errors.New("interrupted")

func (it *Interp) interactTerminal(in *os.File) int {
	ir := &interruptReader{r: in, w: it.opts.Stderr}
	tm := term.NewTerminal(ir, "")
	return it.loop(func(prompt string) (string, error) {
		it.flushStd()
		state, err := term.MakeRaw(int(in.Fd()))
		if err != nil {
			return "", err
		}
		tm.SetPrompt(prompt)
		ir.intr = false
		line, err := tm.ReadLine()
		term.Restore(int(in.Fd()), state)
		if err == io.EOF && ir.intr {
			return "", errInterrupted
		}
		return line, err
	})
}

// loop reads statements with readLine and runs each in __main__.
func (it *Interp) loop(readLine func(prompt string) (string, error)) int {
	t := it.Main
	d := it.MainModule().Dict()
	for {
		var lines []string
		prompt := ">>> "
		for {
			line, err := readLine(prompt)
			if err == errInterrupted {
				fmt.Fprint(it.opts.Stderr, "\nKeyboardInterrupt\n")
				lines = nil
				break
			}
			if err != nil {
				fmt.Fprintln(it.opts.Stderr)
				return 0
			}
			lines = append(lines, line)
			src := strings.Join(lines, "\n") + "\n"
			if needMore(src, line, len(lines)) {
				prompt = "... "
				continue
			}
			break
		}
		if lines == nil {
			continue
		}
		src := strings.Join(lines, "\n") + "\n"
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
			it.flushStdout()
			it.PrintException(err)
		}
	}
}

// needMore reports whether the interactive input so far is incomplete:
// an open compound statement (until a blank line), an open bracket or
// string, or a line continuation.
func needMore(src, last string, n int) bool {
	if n > 1 && strings.TrimSpace(last) == "" {
		return false
	}
	_, err := syntax.Parse("<stdin>", []byte(src), syntax.ModeSingle, 0)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			if strings.Contains(se.Msg, "EOF") {
				return true
			}
		}
		first := strings.TrimSpace(strings.SplitN(src, "\n", 2)[0])
		return strings.HasSuffix(first, ":") && n == 1
	}
	first := strings.TrimSpace(strings.SplitN(src, "\n", 2)[0])
	if strings.HasSuffix(first, ":") || strings.HasPrefix(first, "@") {
		return true
	}
	return false
}
