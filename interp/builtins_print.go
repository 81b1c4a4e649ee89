package interp

import (
	o "github.com/pystm/pystm/objects"
)

func init() {
	addBuiltins(bf("print", builtinPrint))
}

// isStringArg reports whether v is a str or unicode (or an instance of
// a subclass of one).
func isStringArg(v o.Value) bool {
	switch o.Unwrap(v).(type) {
	case *o.Str, *o.Unicode:
		return true
	}
	return false
}

// builtinPrint is the print function, print(*args, sep=' ', end='\n',
// file=sys.stdout), as CPython 2.7's builtin_print: its keywords are
// parsed as "|OOO:print", the items and separators are written as the
// print statement writes them (str(), a unicode as it is), and nothing
// is written when sys.stdout is None.
func builtinPrint(t *o.Thread, args, kw []o.Value) (o.Value, error) {
	a, err := o.ParseTupleKw("print", nil, kw, 0, []string{"sep", "end", "file"}, nil)
	if err != nil {
		return nil, err
	}
	sep, end, file := a[0], a[1], a[2]
	if file == nil || file == o.None {
		file = t.RT.Sys.Dict().GetItemStr(t, stdoutStr)
		if file == o.None {
			return o.None, nil
		}
	}
	if sep == o.None {
		sep = nil
	} else if sep != nil && !isStringArg(sep) {
		return nil, o.Errorf(o.TypeError, "sep must be None, str or unicode, not %s", sep.Type().Name)
	}
	if end == o.None {
		end = nil
	} else if end != nil && !isStringArg(end) {
		return nil, o.Errorf(o.TypeError, "end must be None, str or unicode, not %s", end.Type().Name)
	}
	writeObj := func(v o.Value) error {
		if file == nil {
			return o.Errorf(o.TypeError, "writeobject with NULL file")
		}
		return writeTo(t, file, v)
	}
	writeStr := func(s string) error {
		if file == nil {
			return o.Errorf(o.SystemError, "null file for PyFile_WriteString")
		}
		return writeString(t, file, s)
	}
	for i, v := range args {
		if i > 0 {
			if sep == nil {
				err = writeStr(" ")
			} else {
				err = writeObj(sep)
			}
			if err != nil {
				return nil, err
			}
		}
		if err := writeObj(v); err != nil {
			return nil, err
		}
	}
	if end == nil {
		err = writeStr("\n")
	} else {
		err = writeObj(end)
	}
	if err != nil {
		return nil, err
	}
	return o.None, nil
}
