package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pystm/pystm/interp"
	_ "github.com/pystm/pystm/lib/all"
	pylib "github.com/pystm/pystm/lib/python"
	"github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
	"github.com/pystm/pystm/stmlog"
)

func init() {
	interp.RegisterSourceFS(pylib.FS)
}

// runPython runs the program the options name and returns the exit status.
func (a *app) runPython(opts *options) int {
	// opts.argv is sys.argv as CPython sets it: "-c", "-m", the script,
	// "-" or "" first, then the program's arguments.
	argv := opts.argv
	path0 := ""
	if !opts.hasCmd && !opts.hasMod && opts.script != "" && opts.script != "-" {
		if real, err := filepath.EvalSymlinks(opts.script); err == nil {
			if abs, err := filepath.Abs(real); err == nil {
				path0 = filepath.Dir(abs)
			}
		}
	}
	var pythonPath []string
	if !opts.ignEnv {
		if pp := os.Getenv("PYTHONPATH"); pp != "" {
			for _, p := range strings.Split(pp, ":") {
				if p != "" {
					pythonPath = append(pythonPath, p)
				}
			}
		}
	}
	flags := objects.RuntimeFlags{
		Inspect:     opts.inspect,
		Verbose:     opts.verbose,
		Optimize:    opts.optimize,
		NoSite:      opts.noSite,
		IgnoreEnv:   opts.ignEnv,
		Unbuffered:  opts.unbuffer || (!opts.ignEnv && os.Getenv("PYTHONUNBUFFERED") != ""),
		Py3kWarning: opts.py3k,
		Bytes:       opts.bytes,
	}
	switch opts.division {
	case "warn":
		flags.Division = 1
	case "warnall":
		flags.Division = 2
	case "new":
		flags.Division = 3
	}
	if opts.gil {
		stm.SetGIL(true)
	}
	if n := opts.segments; n > 0 {
		stm.SetSegmentLimit(n)
	} else if v := os.Getenv("PYSTM_SEGMENTS"); v != "" {
		n, err := parseSegments(v)
		if err != nil {
			fmt.Fprintf(a.stderr, "pystm: PYSTM_SEGMENTS: %s\n", err.(*optionError).msg)
			return 2
		}
		stm.SetSegmentLimit(n)
	}
	// PYPYSTM=path writes the STM event log (pystm stmlog reads it).
	if p := os.Getenv("PYPYSTM"); p != "" {
		w, err := stmlog.Start(ownLogPath(p), func(s os.Signal) bool {
			// Ctrl-C that raises KeyboardInterrupt ends the program
			// the ordinary way, which closes the log.
			return s == os.Interrupt && interp.HandlingInterrupts()
		})
		if err != nil {
			fmt.Fprintf(a.stderr, "pystm: PYPYSTM: cannot write the event log: %v\n", err)
			return 2
		}
		closeLog := func() {
			if err := w.Close(); err != nil {
				fmt.Fprintf(a.stderr, "pystm: PYPYSTM: %v\n", err)
			}
		}
		defer closeLog()
		objects.AtImmediateExit(closeLog)
	}
	it, err := interp.New(interp.Options{Argv: argv, Path0: path0, PythonPath: pythonPath, Flags: flags, WarnOptions: opts.warnings})
	if err != nil {
		fmt.Fprintf(a.stderr, "pystm: %v\n", err)
		return 1
	}
	// Ctrl-C raises KeyboardInterrupt in the main thread, as under
	// CPython (unless SIGINT was ignored when pystm started).
	interp.HandleInterrupts()
	status := 0
	switch {
	case opts.hasCmd:
		status = it.RunSource([]byte(opts.command+"\n"), "<string>")
	case opts.hasMod:
		status = it.RunModule(opts.module)
	case opts.script != "" && opts.script != "-":
		src, err := os.ReadFile(opts.script)
		if err != nil {
			fmt.Fprintf(a.stderr, "pystm: can't open file '%s': [Errno 2] No such file or directory\n", opts.script)
			return 2
		}
		status = it.RunSource(src, opts.script)
	default:
		if opts.script == "-" || !isTerminal(os.Stdin) {
			src, err := io.ReadAll(os.Stdin)
			if err != nil {
				fmt.Fprintf(a.stderr, "pystm: %v\n", err)
				return 1
			}
			status = it.RunSource(src, "<stdin>")
		} else {
			status = it.Interact(true)
			return it.Finish(status)
		}
	}
	if opts.inspect && isTerminalOrForced(os.Stdin) {
		status = it.Interact(false)
	}
	return it.Finish(status)
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func isTerminalOrForced(f *os.File) bool { return true }

// logsOpenEnv lists the event logs (absolute paths, separated by
// os.PathListSeparator) that pystm processes above this one write. A
// pystm that a logged program starts (os.system) inherits PYPYSTM; it
// writes its log beside its parent's, as FILE.PID, and not over it (the
// parent writes its own at exit, which would leave nothing of the
// child's).
const logsOpenEnv = "PYSTM_LOGS_OPEN"

// ownLogPath returns the file PYPYSTM=p names for this process: FILE
// (p less a trailing "+"), or FILE.PID when a process above this one
// writes FILE; it adds the file to logsOpenEnv for the processes this
// one starts.
func ownLogPath(p string) string {
	path := strings.TrimSuffix(p, "+")
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	open := filepath.SplitList(os.Getenv(logsOpenEnv))
	for _, o := range open {
		if o == abs {
			path = fmt.Sprintf("%s.%d", path, os.Getpid())
			abs, _ = filepath.Abs(path)
			break
		}
	}
	os.Setenv(logsOpenEnv, strings.Join(append(open, abs), string(os.PathListSeparator)))
	return path
}
