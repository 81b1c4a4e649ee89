package interp

import (
	o "github.com/pystm/pystm/objects"
)

// buildClass is BUILD_CLASS: CPython 2.7's build_class. The metaclass is
// the class body's __metaclass__, else the class of the first base, else
// the module's __metaclass__, else classobj (an old-style class).
func buildClass(t *o.Thread, f *Frame, name, bases, dict o.Value) (o.Value, error) {
	d := dict.(*o.Dict)
	meta := d.GetString(t, "__metaclass__")
	if meta == nil {
		if tu, ok := bases.(*o.Tuple); ok && tu.Len() > 0 {
			b := tu.Elems()[0]
			if c, err := o.GetAttrString(t, b, "__class__"); err == nil {
				meta = c
			} else {
				meta = b.Type()
			}
		} else if g := f.Globals.GetString(t, "__metaclass__"); g != nil {
			meta = g
		} else {
			meta = o.ClassType
		}
	}
	r, err := o.Call(t, meta, []o.Value{name, bases, dict}, nil)
	if err != nil && o.IsInstanceExc(err, o.TypeError) {
		e := o.AsException(err)
		if be, ok := e.Value.(*o.BaseExc); ok {
			if args := be.Args(t).Elems(); len(args) == 1 {
				if s, ok := args[0].(*o.Str); ok {
					return nil, o.Errorf(o.TypeError, "Error when calling the metaclass bases\n    %s", s.String())
				}
			}
		}
	}
	return r, err
}
