// Package bisect is the _bisect module, which lib/python/bisect.py
// imports as CPython 2.7's bisect.py does: bisect_left, bisect_right,
// insort_left and insort_right with their lo and hi bounds, checking
// and converting their arguments as CPython's C module does.
package bisect

import (
	"github.com/pystm/pystm/interp"
	o "github.com/pystm/pystm/objects"
)

func init() { interp.RegisterModule("_bisect", newModule) }

const moduleDoc = "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"

const (
	docRight = "bisect(a, x[, lo[, hi]]) -> index\nbisect_right(a, x[, lo[, hi]]) -> index\n\nReturn the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, i points just\nbeyond the rightmost x already there\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n"
	docLeft  = "bisect_left(a, x[, lo[, hi]]) -> index\n\nReturn the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, i points just\nbefore the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n"
	docInsR  = "insort(a, x[, lo[, hi]])\ninsort_right(a, x[, lo[, hi]])\n\nInsert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n"
	docInsL  = "insort_left(a, x[, lo[, hi]])\n\nInsert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n"
)

var kwlist = []string{"a", "x", "lo", "hi"}

// parse binds (a, x, lo=0, hi=-1) as "OO|nn:name" does.
func parse(t *o.Thread, name string, args, kw []o.Value) (a, x o.Value, lo, hi int, err error) {
	hi = -1
	v, err := o.ParseTupleKw(name, args, kw, 2, kwlist, func(i int, v o.Value) error {
		var n int64
		var err error
		switch i {
		case 2:
			n, err = o.AsInt(t, v)
			lo = int(n)
		case 3:
			n, err = o.AsInt(t, v)
			hi = int(n)
		}
		return err
	})
	if err != nil {
		return nil, nil, 0, 0, err
	}
	return v[0], v[1], lo, hi, nil
}

// seqLen is PySequence_Size: a dict has no sequence length.
func seqLen(t *o.Thread, a o.Value) (int, error) {
	if a.Type() == o.DictType || a.Type().Len == nil {
		return 0, o.Errorf(o.TypeError, "object of type '%s' has no len()", typeName(a))
	}
	return o.Len(t, a)
}

// seqItem is PySequence_GetItem with a non-negative index.
func seqItem(t *o.Thread, a o.Value, i int) (o.Value, error) {
	if a.Type() == o.DictType {
		return nil, o.Errorf(o.TypeError, "'%s' object does not support indexing", typeName(a))
	}
	return o.GetItem(t, a, o.Int(i))
}

func typeName(v o.Value) string {
	if v == o.None {
		return "NoneType"
	}
	return v.Type().Name
}

// search finds the insertion point of x in a[lo:hi]; right puts it after
// the items equal to x. Only < is used, as CPython does.
func search(t *o.Thread, a, x o.Value, lo, hi int, right bool) (int, error) {
	if lo < 0 {
		return 0, o.Errorf(o.ValueError, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := seqLen(t, a)
		if err != nil {
			return 0, err
		}
		hi = n
	}
	for lo < hi {
		mid := int((uint(lo) + uint(hi)) / 2)
		item, err := seqItem(t, a, mid)
		if err != nil {
			return 0, err
		}
		var r o.Value
		if right {
			r, err = o.RichCompare(t, x, item, o.LT)
		} else {
			r, err = o.RichCompare(t, item, x, o.LT)
		}
		if err != nil {
			return 0, err
		}
		less, err := o.Truth(t, r)
		if err != nil {
			return 0, err
		}
		if less == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func bisectFunc(name, doc string, right bool) o.MethodDef {
	return o.MethodDef{Name: name, Doc: doc, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		a, x, lo, hi, err := parse(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		i, err := search(t, a, x, lo, hi, right)
		if err != nil {
			return nil, err
		}
		return o.Int(i), nil
	}}
}

func insortFunc(name, doc string, right bool) o.MethodDef {
	return o.MethodDef{Name: name, Doc: doc, Fn: func(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
		a, x, lo, hi, err := parse(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		i, err := search(t, a, x, lo, hi, right)
		if err != nil {
			return nil, err
		}
		if l, ok := a.(*o.List); ok && l.Type() == o.ListType {
			l.Insert(t, i, x)
			return o.None, nil
		}
		insert, err := o.GetAttrString(t, a, "insert")
		if err != nil {
			return nil, err
		}
		if _, err := o.Call(t, insert, []o.Value{o.Int(i), x}, nil); err != nil {
			return nil, err
		}
		return o.None, nil
	}}
}

var defs = []o.MethodDef{
	bisectFunc("bisect_right", docRight, true),
	bisectFunc("bisect_left", docLeft, false),
	insortFunc("insort_right", docInsR, true),
	insortFunc("insort_left", docInsL, false),
	bisectFunc("bisect", docRight, true),
	insortFunc("insort", docInsR, true),
}

func newModule(t *o.Thread) (*o.Module, error) {
	m := o.NewModule("_bisect")
	d := m.Dict()
	d.SetString(t, "__doc__", o.NewStr(moduleDoc))
	for i := range defs {
		d.SetString(t, defs[i].Name, &o.BuiltinFunction{M: &defs[i], Module: "_bisect"})
	}
	return m, nil
}
