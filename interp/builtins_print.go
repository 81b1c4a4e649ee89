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

// isUnicodeArg reports whether v is a unicode (or an instance of a
// subclass); v may be nil.
func isUnicodeArg(v o.Value) bool {
	if v == nil {
		return false
	}
	_, ok := o.Unwrap(v).(*o.Unicode)
	return ok
}

// builtinPrint is the print function, print(*args, sep=' ', end='\n',
// file=sys.stdout), as CPython 2.7's builtin_print: its keywords are
// parsed as "|OOO:print", the items and separators are written as the
// print statement writes them (str(), a unicode as it is; the default
// separator and end are unicode when any of them is), and nothing is
// written when sys.stdout is None.
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
	// When anything printed is unicode, the default separator and end are
	// unicode too (a writer such as io.StringIO may refuse str).
	var space, newline o.Value = o.CharStr(' '), o.CharStr('\n')
	useUnicode := isUnicodeArg(sep) || isUnicodeArg(end)
	for _, v := range args {
		useUnicode = useUnicode || isUnicodeArg(v)
	}
	if useUnicode {
		space, newline = o.NewUnicode([]rune{' '}), o.NewUnicode([]rune{'\n'})
	}
	writeObj := func(v o.Value) error {
		if file == nil {
			return o.Errorf(o.TypeError, "writeobject with NULL file")
		}
		return writeTo(t, file, v)
	}
	for i, v := range args {
		if i > 0 {
			if sep == nil {
				err = writeObj(space)
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
		err = writeObj(newline)
	} else {
		err = writeObj(end)
	}
	if err != nil {
		return nil, err
	}
	return o.None, nil
}
