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
			items := x.Items(t)
			j := int(i)
			if j < 0 {
				j += len(items)
			}
			if j >= 0 && j < len(items) {
				return items[j], nil
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

func isIndexable(v o.Value) bool {
	if v == nil || v == o.None {
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

func writeTo(t *o.Thread, f o.Value, s o.Value) error {
	if w, ok := f.(interface {
		WriteValue(t *o.Thread, v o.Value) error
	}); ok {
		return w.WriteValue(t, s)
	}
	w, err := o.GetAttr(t, f, writeStr)
	if err != nil {
		return err
	}
	_, err = o.Call(t, w, []o.Value{s}, nil)
	return err
}

func getSoftspace(t *o.Thread, f o.Value) bool {
	if s, ok := f.(interface{ Softspace() bool }); ok {
		return s.Softspace()
	}
	v, err := o.GetAttr(t, f, softspaceStr)
	if err != nil {
		return false
	}
	b, _ := o.Truth(t, v)
	return b
}

func setSoftspace(t *o.Thread, f o.Value, on bool) {
	if s, ok := f.(interface{ SetSoftspace(t *o.Thread, on bool) }); ok {
		s.SetSoftspace(t, on)
		return
	}
	v := o.Int(0)
	if on {
		v = 1
	}
	o.SetAttr(t, f, softspaceStr, v)
}

// printItem is the print statement's item: a space if the file's
// softspace is set, then str(v), then softspace per CPython's rule.
func printItem(t *o.Thread, f, v o.Value) error {
	if f == nil || f == o.None {
		var err error
		if f, err = sysStdout(t); err != nil {
			return err
		}
	}
	if getSoftspace(t, f) {
		if err := writeTo(t, f, o.CharStr(' ')); err != nil {
			return err
		}
	}
	var s o.Value
	switch x := v.(type) {
	case *o.Str:
		s = x
	case *o.Unicode:
		s = x
	default:
		str, err := o.ToStr(t, v)
		if err != nil {
			return err
		}
		s = str
	}
	if err := writeTo(t, f, s); err != nil {
		return err
	}
	soft := true
	switch x := s.(type) {
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
			if c < 128 && isSpaceByte(byte(c)) && c != ' ' {
				soft = false
			}
		}
	}
	setSoftspace(t, f, soft)
	return nil
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func printNewline(t *o.Thread, f o.Value) error {
	if f == nil || f == o.None {
		var err error
		if f, err = sysStdout(t); err != nil {
			return err
		}
	}
	if err := writeTo(t, f, o.CharStr('\n')); err != nil {
		return err
	}
	setSoftspace(t, f, false)
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
