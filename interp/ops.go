package interp

import (
	"fmt"

	o "github.com/pystm/pystm/objects"
)

func addrOf(v o.Value) string { return fmt.Sprintf("0x%x", o.Id(v)) }

// getItem is BINARY_SUBSCR with fast paths for lists, tuples and dicts.
func getItem(t *o.Thread, a, b o.Value) (o.Value, error) {
	switch x := a.(type) {
	case *o.List:
		if i, ok := b.(o.Int); ok && x.Type() == o.ListType {
			if v, ok := x.Index(t, int(i)); ok {
				return v, nil
			}
		}
	case *o.Tuple:
		if i, ok := b.(o.Int); ok {
			items := x.Elems()
			j := int(i)
			if j < 0 {
				j += len(items)
			}
			if j >= 0 && j < len(items) {
				return items[j], nil
			}
		}
	}
	return o.GetItem(t, a, b)
}

// sliceIndex converts a simple-slice bound (None allowed).
func sliceIndex(t *o.Thread, v o.Value, def int) (int, error) {
	if v == nil || v == o.None {
		return def, nil
	}
	switch v.(type) {
	case o.Int, o.Bool, *o.Long:
		return o.IndexOf(t, v)
	}
	if n := v.Type().Number; n != nil && n.Index != nil {
		return o.IndexOf(t, v)
	}
	return 0, o.Errorf(o.TypeError, "slice indices must be integers or None or have an __index__ method")
}

// getSlice is x[lo:hi] (SLICE): __getslice__ when the type has it and
// the bounds are ints, else x[slice(lo, hi)].
func getSlice(t *o.Thread, x, lo, hi o.Value) (o.Value, error) {
	typ := x.Type()
	if typ.GetSlice != nil && isIndexable(lo) && isIndexable(hi) {
		l, err := sliceIndex(t, lo, 0)
		if err != nil {
			return nil, err
		}
		h, err := sliceIndex(t, hi, int(^uint(0)>>1))
		if err != nil {
			return nil, err
		}
		if l < 0 || h < 0 {
			if typ.Len != nil {
				n, err := typ.Len(t, x)
				if err != nil {
					return nil, err
				}
				if l < 0 {
					l += n
				}
				if h < 0 {
					h += n
				}
			}
		}
		return typ.GetSlice(t, x, l, h)
	}
	s, err := newSlice(t, lo, hi)
	if err != nil {
		return nil, err
	}
	return o.GetItem(t, x, s)
}

// isIndexable reports whether a simple slice bound allows __getslice__
// (CPython's ISINDEX): omitted, or an int, long or __index__ object; an
// explicit None makes a slice object.
func isIndexable(v o.Value) bool {
	if v == nil {
		return true
	}
	switch v.(type) {
	case o.Int, o.Bool, *o.Long:
		return true
	}
	n := v.Type().Number
	return n != nil && n.Index != nil
}

func newSlice(t *o.Thread, lo, hi o.Value) (o.Value, error) {
	if lo == nil {
		lo = o.None
	}
	if hi == nil {
		hi = o.None
	}
	return o.Call(t, o.SliceType, []o.Value{lo, hi}, nil)
}

// setSlice is x[lo:hi] = v, or del x[lo:hi] when v is nil.
func setSlice(t *o.Thread, x, lo, hi, v o.Value) error {
	typ := x.Type()
	if typ.SetSlice != nil && isIndexable(lo) && isIndexable(hi) {
		l, err := sliceIndex(t, lo, 0)
		if err != nil {
			return err
		}
		h, err := sliceIndex(t, hi, int(^uint(0)>>1))
		if err != nil {
			return err
		}
		if (l < 0 || h < 0) && typ.Len != nil {
			n, err := typ.Len(t, x)
			if err != nil {
				return err
			}
			if l < 0 {
				l += n
			}
			if h < 0 {
				h += n
			}
		}
		return typ.SetSlice(t, x, l, h, v)
	}
	s, err := newSlice(t, lo, hi)
	if err != nil {
		return err
	}
	return o.SetItem(t, x, s, v)
}

// unpack is UNPACK_SEQUENCE: n items of seq into out, last item first
// (out[0] is the top of the stack, the first item).
func unpack(t *o.Thread, seq o.Value, n int, out []o.Value) error {
	var items []o.Value
	switch s := seq.(type) {
	case *o.Tuple:
		items = s.Elems()
	case *o.List:
		if s.Type() == o.ListType {
			items = s.Items(t)
		}
	}
	if items == nil {
		if seq.Type().Iter == nil && seq.Type().GetItem == nil {
			return o.Errorf(o.TypeError, "'%s' object is not iterable", seq.Type().Name)
		}
		it, err := o.Iter(t, seq)
		if err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			x, err := o.Next(t, it)
			if err != nil {
				return err
			}
			if x == nil {
				if i == 1 {
					return o.Errorf(o.ValueError, "need more than 1 value to unpack")
				}
				return o.Errorf(o.ValueError, "need more than %d values to unpack", i)
			}
			items = append(items, x)
		}
		x, err := o.Next(t, it)
		if err != nil {
			return err
		}
		if x != nil {
			return o.Errorf(o.ValueError, "too many values to unpack")
		}
	} else if len(items) != n {
		if len(items) > n {
			return o.Errorf(o.ValueError, "too many values to unpack")
		}
		if len(items) == 1 {
			return o.Errorf(o.ValueError, "need more than 1 value to unpack")
		}
		return o.Errorf(o.ValueError, "need more than %d values to unpack", len(items))
	}
	for i := 0; i < n; i++ {
		out[n-1-i] = items[i]
	}
	return nil
}

var (
	stdoutStr    = o.Intern("stdout")
	softspaceStr = o.Intern("softspace")
	writeStr     = o.Intern("write")
)

// sysStdout returns sys.stdout, or a RuntimeError if it is gone.
func sysStdout(t *o.Thread) (o.Value, error) {
	v := t.RT.Sys.Dict().GetItemStr(t, stdoutStr)
	if v == nil {
		return nil, o.Errorf(o.RuntimeError, "lost sys.stdout")
	}
	return v, nil
}

// writeTo writes v to the file-like f as CPython's PyFile_WriteObject
// does with Py_PRINT_RAW: a file object writes str(v) itself (a unicode
// encoded with the file's encoding), anything else gets f.write(v) with
// a unicode as it is and other values as str(v).
func writeTo(t *o.Thread, f o.Value, v o.Value) error {
	if fo, ok := f.(*o.File); ok {
		return fo.WriteObject(t, v)
	}
	w, err := o.GetAttr(t, f, writeStr)
	if err != nil {
		return err
	}
	switch x := v.(type) {
	case *o.Str, *o.Unicode:
	default:
		if _, ok := o.Unwrap(x).(*o.Unicode); !ok {
			s, err := o.ToStr(t, v)
			if err != nil {
				return err
			}
			v = s
		}
	}
	_, err = o.Call(t, w, []o.Value{v}, nil)
	return err
}

// writeString is CPython's PyFile_WriteString: on a file object a
// failed write is only noted, on anything else f.write(s) is called.
func writeString(t *o.Thread, f o.Value, s string) error {
	if fo, ok := f.(*o.File); ok {
		return fo.WriteString(t, s)
	}
	var v o.Value
	if len(s) == 1 {
		v = o.CharStr(s[0])
	} else {
		v = o.NewStr(s)
	}
	return writeTo(t, f, v)
}

// softspace is CPython's PyFile_SoftSpace: it sets f's softspace flag to
// on and returns the flag's old value. On objects other than files the
// attribute is read (an int counts, anything else is 0) and assigned,
// ignoring errors.
func softspace(t *o.Thread, f o.Value, on bool) bool {
	n := 0
	if on {
		n = 1
	}
	if fo, ok := f.(*o.File); ok {
		return fo.SoftspaceSwap(t, n) != 0
	}
	old := false
	if v, err := o.GetAttr(t, f, softspaceStr); err == nil {
		switch x := o.Unwrap(v).(type) {
		case o.Int:
			old = x != 0
		case o.Bool:
			old = bool(x)
		}
	}
	o.SetAttr(t, f, softspaceStr, o.Int(n))
	return old
}

// printItem is the print statement's item (PRINT_ITEM): a space if the
// file's softspace was set, then str(v), then softspace set unless v is
// a string ending in whitespace other than ' '.
func printItem(t *o.Thread, f, v o.Value) error {
	if f == nil || f == o.None {
		var err error
		if f, err = sysStdout(t); err != nil {
			return err
		}
	}
	if fo, ok := f.(*o.File); ok {
		return fo.PrintItem(t, v)
	}
	if softspace(t, f, false) {
		if err := writeString(t, f, " "); err != nil {
			return err
		}
	}
	if err := writeTo(t, f, v); err != nil {
		return err
	}
	soft := true
	switch x := o.Unwrap(v).(type) {
	case *o.Str:
		if n := x.Len(); n > 0 {
			c := x.String()[n-1]
			if isSpaceByte(c) && c != ' ' {
				soft = false
			}
		}
	case *o.Unicode:
		if r := x.Runes(); len(r) > 0 {
			c := r[len(r)-1]
			if c != ' ' && o.IsUnicodeSpace(c) {
				soft = false
			}
		}
	}
	if soft {
		softspace(t, f, true)
	}
	return nil
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// printNewline ends a print statement (PRINT_NEWLINE).
func printNewline(t *o.Thread, f o.Value) error {
	if f == nil || f == o.None {
		var err error
		if f, err = sysStdout(t); err != nil {
			return err
		}
	}
	if fo, ok := f.(*o.File); ok {
		return fo.PrintNewline(t)
	}
	if err := writeString(t, f, "\n"); err != nil {
		return err
	}
	softspace(t, f, false)
	return nil
}

// displayHook is PRINT_EXPR: sys.displayhook(v).
func displayHook(t *o.Thread, v o.Value) error {
	h := t.RT.Sys.Dict().GetString(t, "displayhook")
	if h == nil {
		return o.Errorf(o.RuntimeError, "lost sys.displayhook")
	}
	_, err := o.Call(t, h, []o.Value{v}, nil)
	return err
}
