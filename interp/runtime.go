package interp

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/pystm/pystm/compile/syntax"
	o "github.com/pystm/pystm/objects"
)

// Options configure an interpreter.
type Options struct {
	Argv       []string // sys.argv
	Path0      string   // sys.path[0]
	PythonPath []string // PYTHONPATH entries
	Flags      o.RuntimeFlags
	// WarnOptions are the -W options (sys.warnoptions); when there are
	// any, the warnings module is imported at start-up to apply them.
	WarnOptions []string
	Stdin       *os.File
	Stdout      *os.File
	Stderr      *os.File
}

// Interp is one Python interpreter: its runtime state and main thread.
type Interp struct {
	RT   *o.Runtime
	Main *o.Thread
	opts Options
}

var readyOnce sync.Once

// init gives functions their call before any caller (a test, or New) makes
// the built-in types ready: the __call__ slot wrapper is made from it.
func init() { o.FunctionType.Call = callFunction }

// New makes an interpreter: builtins, sys and __main__.
func New(opts Options) (*Interp, error) {
	readyOnce.Do(func() {
		setGCPercent()
		o.Ready()
	})
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	rt := &o.Runtime{
		Modules:        o.NewDict(),
		RecursionLimit: 1000,
		CheckInterval:  100,
		Argv:           opts.Argv,
		Flags:          opts.Flags,
		Import: func(t *o.Thread, name string) (o.Value, error) {
			return ImportModuleLevel(t, name, nil, o.NewTuple(o.NewStr("*")), 0)
		},
	}
	t := o.NewThread(rt)
	t.IsMain = true
	setupThread(t)
	it := &Interp{RT: rt, Main: t, opts: opts}
	o.SetStderrWriter(func(t *o.Thread, s string) {
		w := &pyWriter{t: t, it: it}
		w.Write([]byte(s))
	})
	b, err := newBuiltinsModule(t)
	if err != nil {
		return nil, err
	}
	rt.Builtins = b
	rt.Modules.SetString(t, "__builtin__", b)
	s, err := newSysModule(t, it)
	if err != nil {
		return nil, err
	}
	rt.Sys = s
	rt.Modules.SetString(t, "sys", s)
	main := o.NewModule("__main__")
	main.Dict().SetString(t, "__builtins__", b)
	rt.Modules.SetString(t, "__main__", main)
	if !opts.Flags.NoSite && sourceFSPresent {
		it.importSite()
	}
	if len(opts.WarnOptions) > 0 {
		if _, err := ImportModuleLevel(t, "warnings", nil, nil, 0); err != nil {
			it.PrintException(err)
		}
	}
	return it, nil
}

// importSite imports the site module (exit, quit, copyright, ...), as
// CPython's initsite does: a failure is reported in one line.
func (it *Interp) importSite() {
	t := it.Main
	if _, err := ImportModuleLevel(t, "site", nil, nil, 0); err != nil {
		w := it.stderrWriter()
		if it.opts.Flags.Verbose > 0 {
			io.WriteString(w, "'import site' failed; traceback:\n")
			it.PrintException(err)
		} else {
			io.WriteString(w, "'import site' failed; use -v for traceback\n")
		}
	}
}

// MainModule returns __main__.
func (it *Interp) MainModule() *o.Module {
	return it.RT.Modules.GetString(it.Main, "__main__").(*o.Module)
}

// RunSource runs source as the __main__ module (a script, -c or stdin).
// The result is the process exit status.
func (it *Interp) RunSource(src []byte, filename string) int {
	t := it.Main
	var code *o.Code
	tree, err := syntax.ParseFile(filename, src, 0)
	if err == nil {
		code, err = compileChecked(t, tree, filename, src, 0)
	}
	if err != nil {
		return it.HandleError(syntaxErrorValue(t, err))
	}
	d := it.MainModule().Dict()
	if filename != "<string>" && filename != "<stdin>" {
		d.SetString(t, "__file__", o.NewStr(filename))
	}
	_, err = RunCode(t, code, d, d)
	if err != nil {
		return it.HandleError(err)
	}
	return 0
}

// Finish runs the exit functions, flushes the standard streams and
// returns the final exit status. As in CPython, a pending softspace on
// sys.stdout becomes a newline before and after sys.exitfunc, and every
// file's buffered output is written out last. The main thread then
// ends its transaction: the interpreter runs no more Python code.
func (it *Interp) Finish(status int) int {
	t := it.Main
	it.waitForThreads()
	flushLine(t)
	if f := it.RT.Sys.Dict().GetString(t, "exitfunc"); f != nil {
		if _, err := o.Call(t, f, nil, nil); err != nil {
			if o.IsInstanceExc(err, o.SystemExit) {
				status = it.HandleError(err)
			} else {
				fmt.Fprint(it.stderrWriter(), "Error in sys.exitfunc:\n")
				it.PrintException(err)
			}
		}
	}
	flushLine(t)
	it.cleanupMain()
	flushLine(t)
	it.flushAtExit()
	// The main thread's last transaction ends: daemon threads still
	// running go on until the process exits, and another interpreter
	// in this process (tests make several) can begin.
	if t.Tx != nil {
		t.Tx.Commit()
		t.Tx = nil
	}
	return status
}

// waitForThreads joins the threads that are not daemons, as CPython's
// Py_Finalize does: through threading._shutdown, if the program used
// threading. An error there is reported as unraisable.
func (it *Interp) waitForThreads() {
	t := it.Main
	m, ok := it.RT.Modules.GetString(t, "threading").(*o.Module)
	if !ok {
		return
	}
	f := m.Dict().GetString(t, "_shutdown")
	if f == nil {
		return
	}
	if _, err := o.Call(t, f, nil, nil); err != nil {
		o.WriteUnraisable(t, err, f)
	}
}

// cleanupMain clears the __main__ module's names as CPython's
// PyImport_Cleanup does at exit (those starting with one underscore
// first, then the others, each set to None), then collects garbage, so
// that the __del__ methods of objects the program kept run before it
// ends (if it made any object with a __del__).
func (it *Interp) cleanupMain() {
	t := it.Main
	m, ok := it.RT.Modules.GetString(t, "__main__").(*o.Module)
	if !ok {
		return
	}
	d := m.Dict()
	keys := d.Keys(t)
	for pass := 0; pass < 2; pass++ {
		for _, k := range keys {
			s, ok := k.(*o.Str)
			if !ok || s.String() == "__builtins__" {
				continue
			}
			name := s.String()
			under := name != "" && name[0] == '_' && (len(name) == 1 || name[1] != '_')
			if pass == 0 && !under {
				continue
			}
			d.SetItem(t, k, o.None)
		}
	}
	// A full collection of a large heap takes milliseconds that the
	// process would wait for at its end (8 ms after stmdict_insert):
	// made only if there may be a __del__ to run.
	if o.FinalizersPossible() {
		o.CollectGarbage(t)
	}
}

// flushStd writes out what the process's standard output holds (C's
// fflush(stdout)); stderr is unbuffered.
func (it *Interp) flushStd() {
	o.FlushCStdout()
}

// HandleError reports an uncaught exception as CPython's PyErr_PrintEx
// does: SystemExit gives its exit status; anything else is stored in
// sys.last_type, last_value and last_traceback and passed to
// sys.excepthook, and the status is 1.
func (it *Interp) HandleError(err error) int {
	t := it.Main
	e := o.AsException(err)
	if isSystemExit(e) {
		return it.systemExitStatus(e)
	}
	normalize(t, e)
	var tb o.Value = o.None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	val := e.Value
	if val == nil {
		val = o.None
	}
	sd := it.RT.Sys.Dict()
	sd.SetString(t, "last_type", e.Type)
	sd.SetString(t, "last_value", val)
	sd.SetString(t, "last_traceback", tb)
	hook := sd.GetString(t, "excepthook")
	if hook == nil || hook == o.None {
		io.WriteString(it.stderrWriter(), "sys.excepthook is missing\n")
		it.PrintException(e)
		return 1
	}
	if _, herr := o.Call(t, hook, []o.Value{e.Type, val, tb}, nil); herr != nil {
		he := o.AsException(herr)
		if isSystemExit(he) {
			return it.systemExitStatus(he)
		}
		it.flushStdout()
		io.WriteString(it.stderrWriter(), "Error in sys.excepthook:\n")
		it.PrintException(he)
		io.WriteString(it.stderrWriter(), "\nOriginal exception was:\n")
		it.PrintException(e)
	}
	return 1
}

func isSystemExit(e *o.Exception) bool {
	switch c := e.Type.(type) {
	case *o.Type:
		return c.IsSubtype(o.SystemExit)
	}
	return false
}

// flushStdout is what CPython does before it reports an uncaught
// exception: Py_FlushLine, then fflush(stdout).
func (it *Interp) flushStdout() {
	flushLine(it.Main)
	o.FlushCStdout()
}

func (it *Interp) systemExitStatus(e *o.Exception) int {
	t := it.Main
	code := e.Value
	if be, ok := code.(*o.BaseExc); ok {
		if c := be.Field(t, "code"); c != nil {
			code = c
		} else {
			args := be.Args(t).Elems()
			switch len(args) {
			case 0:
				code = o.None
			case 1:
				code = args[0]
			default:
				code = be.Args(t)
			}
		}
	}
	if code == nil || code == o.None {
		return 0
	}
	// An int, a bool or an int subclass is the status (PyInt_Check).
	switch i := o.Unwrap(code).(type) {
	case o.Int:
		return int(i) & 0xff
	case o.Bool:
		if i {
			return 1
		}
		return 0
	case *o.Long:
		// A long too big for a C long is -1, as PyInt_AsLong makes it.
		if b := i.Big(); b.IsInt64() {
			return int(b.Int64()) & 0xff
		}
		return 0xff
	}
	it.flushStdout()
	s, err := o.StrString(t, code)
	if err != nil {
		s = ""
	}
	w := it.stderrWriter()
	io.WriteString(w, s+"\n")
	it.flushStderr()
	return 1
}

// stderrWriter writes to sys.stderr (or the process's stderr).
func (it *Interp) stderrWriter() io.Writer {
	return &pyWriter{t: it.Main, it: it}
}

type pyWriter struct {
	t  *o.Thread
	it *Interp
}

func (w *pyWriter) Write(b []byte) (int, error) {
	f := w.it.RT.Sys.Dict().GetString(w.t, "stderr")
	if f == nil || f == o.None {
		return w.it.opts.Stderr.Write(b)
	}
	if err := writeTo(w.t, f, o.NewStr(string(b))); err != nil {
		return w.it.opts.Stderr.Write(b)
	}
	return len(b), nil
}

func (it *Interp) flushStderr() {
	t := it.Main
	if f := it.RT.Sys.Dict().GetString(t, "stderr"); f != nil {
		if fl, err := o.GetAttrString(t, f, "flush"); err == nil {
			o.Call(t, fl, nil, nil)
		}
	}
}

// PrintException prints an exception and its traceback to sys.stderr as
// CPython's PyErr_Display does.
func (it *Interp) PrintException(err error) {
	it.flushStdout()
	if f := it.RT.Sys.Dict().GetString(it.Main, "stderr"); f == nil || f == o.None {
		it.opts.Stderr.WriteString("lost sys.stderr\n")
		return
	}
	w := bufio.NewWriter(it.stderrWriter())
	PrintException(it.Main, w, o.AsException(err))
	w.Flush()
	it.flushStderr()
}

// PrintException writes e's traceback and the exception line to w.
func PrintException(t *o.Thread, w io.Writer, e *o.Exception) {
	if e.Traceback != nil && printTracebackHeader(t, w, e.Traceback) {
		limit := tracebackLimit(t)
		depth := 0
		for tb := e.Traceback; tb != nil; tb = tb.Next {
			depth++
		}
		for tb := e.Traceback; tb != nil; tb = tb.Next {
			if depth--; depth >= limit {
				continue
			}
			f, _ := tb.Frame.(*Frame)
			file, name := "?", "?"
			if f != nil {
				file, name = f.Code.Filename, f.Code.Name
			}
			fmt.Fprintf(w, "  File \"%s\", line %d, in %s\n", file, tb.Lineno, name)
			if line := sourceLine(file, tb.Lineno); line != "" {
				fmt.Fprintf(w, "    %s\n", line)
			}
		}
	}
	io.WriteString(w, FormatExceptionOnly(t, e))
}

// tracebackLimit is sys.tracebacklimit when it is an int, else 1000 (the
// most entries a traceback prints).
func tracebackLimit(t *o.Thread) int {
	limit := 1000
	if t.RT.Sys == nil {
		return limit
	}
	switch v := o.Unwrap(t.RT.Sys.Dict().GetString(t, "tracebacklimit")).(type) {
	case o.Int:
		limit = int(v)
	case o.Bool:
		limit = 0
		if v {
			limit = 1
		}
	}
	return limit
}

// printTracebackHeader writes the "Traceback" line unless
// sys.tracebacklimit is zero or less, which leaves the traceback out.
func printTracebackHeader(t *o.Thread, w io.Writer, tb *o.Traceback) bool {
	if tracebackLimit(t) <= 0 {
		return false
	}
	io.WriteString(w, "Traceback (most recent call last):\n")
	return true
}

// FormatExceptionOnly is the last part of a traceback: "Type: message\n",
// with SyntaxError's source line and caret.
func FormatExceptionOnly(t *o.Thread, e *o.Exception) string {
	val := e.Value
	if be, ok := val.(*o.BaseExc); ok {
		if d, ok := be.Field(t, "syntax").(*syntaxDetail); ok {
			return d.err.Format()
		}
		if c, ok := e.Type.(*o.Type); ok && c.IsSubtype(o.SyntaxError) {
			if s := formatSyntaxFromFields(t, be, c); s != "" {
				return s
			}
		}
	}
	name := excName(t, e.Type)
	if val == nil || val == o.None {
		return name + "\n"
	}
	s, err := o.StrString(t, val)
	if err != nil {
		return name + ": <exception str() failed>\n"
	}
	if s == "" {
		return name + "\n"
	}
	return name + ": " + s + "\n"
}

func formatSyntaxFromFields(t *o.Thread, be *o.BaseExc, c *o.Type) string {
	msg, _ := be.Field(t, "msg").(*o.Str)
	file, _ := be.Field(t, "filename").(*o.Str)
	line, _ := be.Field(t, "lineno").(o.Int)
	if msg == nil || file == nil {
		return ""
	}
	se := &syntax.Error{Kind: excName(t, c), Msg: msg.String(), Filename: file.String(), Line: int(line)}
	if off, ok := be.Field(t, "offset").(o.Int); ok {
		se.Offset = int(off)
	}
	if txt, ok := be.Field(t, "text").(*o.Str); ok {
		se.Text = txt.String()
	}
	return se.Format()
}

// excName is the class name as tracebacks print it: "module.Name" unless
// the module is exceptions (or __builtin__).
func excName(t *o.Thread, cls o.Value) string {
	switch c := cls.(type) {
	case *o.Type:
		if !c.IsHeap() {
			return o.ExceptionName(c)
		}
		if m, ok := c.Dict.GetString(t, "__module__").(*o.Str); ok && m.String() != "exceptions" && m.String() != "__builtin__" {
			return m.String() + "." + c.Name
		}
		return c.Name
	case *o.Class:
		if m, err := o.GetAttrString(t, c, "__module__"); err == nil {
			if ms, ok := m.(*o.Str); ok && ms.String() != "exceptions" {
				return ms.String() + "." + c.Name
			}
		}
		return c.Name
	}
	s, err := o.StrString(t, cls)
	if err != nil {
		return "?"
	}
	return s
}

var (
	linesMu    sync.Mutex
	linesCache = map[string][]string{}
)

// sourceLine returns line n of file with leading whitespace removed, or "".
func sourceLine(file string, n int) string {
	linesMu.Lock()
	lines, ok := linesCache[file]
	linesMu.Unlock()
	if !ok {
		b, err := readSourceFile(file)
		if err == nil {
			lines = strings.Split(string(b), "\n")
		}
		linesMu.Lock()
		linesCache[file] = lines
		linesMu.Unlock()
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(strings.TrimLeft(lines[n-1], " \t\f"), "\r\n")
}
