package warnings

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pystm/pystm/interp"
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// show shows a warning that the filters let through: with
// warnings.showwarning when the warnings module has one (it must be a
// function or a method), else written to sys.stderr here.
func (w *warning) show(t *o.Thread, text o.Value) error {
	fn, err := showwarning(t)
	if err != nil {
		return err
	}
	if fn == nil {
		w.write(t, text)
		return nil
	}
	switch fn.(type) {
	case *o.Function, *o.Method:
	default:
		return o.Errorf(o.TypeError, "warnings.showwarning() must be set to a function or method")
	}
	_, err = o.Call(t, fn, []o.Value{w.message, w.category, w.filename, o.Int(w.lineno)}, nil)
	return err
}

// showwarning returns warnings.showwarning, or nil when sys.modules has
// no warnings module or it has no showwarning.
//
// CPython's site module imports warnings (through os and genericpath), so
// that unless python runs with -S every warning is shown by
// warnings.showwarning, which formats it with formatwarning and
// linecache. pystm's site does not import it; the first warning to be
// shown imports it instead, as site would have, unless -S was given.
func showwarning(t *o.Thread) (o.Value, error) {
	if t.RT.Modules.GetString(t, "warnings") == nil && !t.RT.Flags.NoSite {
		st := stateOf(t)
		if !st.ref.Read(modutil.Tx(t)).imported {
			st.ref.Write(modutil.Tx(t)).imported = true
			// Without the module (no standard library), the
			// warning is written here.
			interp.ImportModuleLevel(t, "warnings", nil, nil, 0)
		}
	}
	return warningsAttr(t, "showwarning")
}

// write shows a warning as CPython's show_warning does when the warnings
// module is not there: "filename:lineno: Category: text" and the source
// line on sys.stderr. Failures to write are ignored.
func (w *warning) write(t *o.Thread, text o.Value) {
	name, err := o.GetAttrString(t, w.category, "__name__")
	if err != nil {
		return
	}
	f := t.RT.Sys.Dict().GetString(t, "stderr")
	if f == nil {
		io.WriteString(os.Stderr, "lost sys.stderr\n")
		return
	}
	writeObject(t, f, w.filename)
	writeString(t, f, fmt.Sprintf(":%d: ", w.lineno))
	writeObject(t, f, name)
	writeString(t, f, ": ")
	writeObject(t, f, text)
	writeString(t, f, "\n")
	if w.sourceLine != nil {
		if s, err := cString(t, w.sourceLine); err == nil {
			writeString(t, f, strings.TrimLeft(cutNUL(s), " \t\f")+"\n")
		}
		return
	}
	if file, ok := o.Unwrap(w.filename).(*o.Str); ok {
		if line, ok := sourceLine(t, cutNUL(file.String()), w.lineno); ok {
			writeString(t, f, "  ")
			writeString(t, f, line)
			if !strings.Contains(line, "\n") {
				writeString(t, f, "\n")
			}
		}
	}
}

// sourceLine is the line lineno of the file, read as CPython's
// _Py_DisplaySourceLine reads it: a file that cannot be opened is looked
// for in the folders of sys.path under its last path component; lines
// end with "\n" whatever their newline was; a line beyond the end reads
// as empty; leading blanks are dropped. ok is false when no file opens
// or the line number is negative.
func sourceLine(t *o.Thread, filename string, lineno int) (string, bool) {
	fp, err := os.Open(filename)
	if err != nil {
		tail := filename[strings.LastIndexByte(filename, '/')+1:]
		path, _ := t.RT.Sys.Dict().GetString(t, "path").(*o.List)
		if path == nil {
			return "", false
		}
		for i := 0; i < path.Len(t) && fp == nil; i++ {
			v, _ := path.At(t, i)
			s, ok := v.(*o.Str)
			if !ok || strings.IndexByte(s.String(), 0) >= 0 {
				continue
			}
			dir := s.String()
			if dir != "" && !strings.HasSuffix(dir, "/") {
				dir += "/"
			}
			fp, _ = os.Open(dir + tail)
		}
		if fp == nil {
			return "", false
		}
	}
	defer fp.Close()
	if lineno < 0 {
		return "", false
	}
	data, _ := io.ReadAll(fp)
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	lines := strings.SplitAfter(string(data), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	line := ""
	if lineno >= 1 && lineno <= len(lines) {
		line = lines[lineno-1]
		// CPython reads lines in pieces of 1999 bytes and shows the
		// last piece of a longer one.
		const piece = 1999
		if len(line) > piece {
			line = line[(len(line)-1)/piece*piece:]
		}
	}
	return strings.TrimLeft(cutNUL(line), " \t\f"), true
}

// writeObject writes v to the file-like f as PyFile_WriteObject with
// Py_PRINT_RAW does: a file object writes str(v) itself (a unicode
// encoded with the file's encoding); anything else gets f.write(v), with
// a unicode as it is and other values as str(v).
func writeObject(t *o.Thread, f, v o.Value) error {
	if fo, ok := f.(*o.File); ok {
		return fo.WriteObject(t, v)
	}
	write, err := o.GetAttrString(t, f, "write")
	if err != nil {
		return err
	}
	if _, ok := o.Unwrap(v).(*o.Unicode); !ok {
		s, err := o.ToStr(t, v)
		if err != nil {
			return err
		}
		v = s
	}
	_, err = o.Call(t, write, []o.Value{v}, nil)
	return err
}

// writeString is PyFile_WriteString: writeObject of a str.
func writeString(t *o.Thread, f o.Value, s string) error {
	if fo, ok := f.(*o.File); ok {
		return fo.WriteString(t, s)
	}
	return writeObject(t, f, o.NewStr(s))
}
