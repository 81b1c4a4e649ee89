package objects

// This file is object.__reduce_ex__ and object.__reduce__, the default
// pickling protocol that copy and pickle use: protocols 0 and 1 through
// copy_reg._reduce_ex, protocol 2 as copy_reg.__newobj__(cls, *args)
// with the object's state, list items and dict items.

// importModule imports a module written in Python that the built-ins
// need (copy_reg, warnings).
func importModule(t *Thread, name string) (Value, error) {
	if t == nil || t.RT == nil || t.RT.Import == nil {
		return nil, Errorf(ImportError, "No module named %s", name)
	}
	return t.RT.Import(t, name)
}

// objectReduceEx is object.__reduce_ex__(protocol=0): a class's own
// __reduce__ wins; otherwise the common reduction for the protocol.
func objectReduceEx(t *Thread, self Value, args, kw []Value) (Value, error) {
	if len(kw) != 0 {
		return nil, Errorf(TypeError, "__reduce_ex__() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "__reduce_ex__ expected at most 1 arguments, got %d", len(args))
	}
	proto := 0
	if len(args) == 1 {
		n, err := AsInt(t, args[0])
		if err != nil {
			return nil, err
		}
		proto = int(n)
	}
	if reduce, err := GetAttrString(t, self, "__reduce__"); err == nil {
		cls, err := GetAttrString(t, self, "__class__")
		if err != nil {
			return nil, err
		}
		clsReduce, err := GetAttrString(t, cls, "__reduce__")
		if err != nil {
			return nil, err
		}
		if !Is(clsReduce, ObjectType.Dict.GetString(t, "__reduce__")) {
			return Call(t, reduce, nil, nil)
		}
	} else if !IsInstanceExc(err, AttributeError) {
		return nil, err
	}
	return commonReduce(t, self, proto)
}

// commonReduce is the reduction object.__reduce__ and __reduce_ex__
// share.
func commonReduce(t *Thread, self Value, proto int) (Value, error) {
	if proto >= 2 {
		return reduce2(t, self)
	}
	copyreg, err := importModule(t, "copy_reg")
	if err != nil {
		return nil, err
	}
	f, err := GetAttrString(t, copyreg, "_reduce_ex")
	if err != nil {
		return nil, err
	}
	return Call(t, f, []Value{self, Int(proto)}, nil)
}

// getAttrOrNil returns v.name, or nil if v has no such attribute.
func getAttrOrNil(t *Thread, v Value, name string) (Value, error) {
	x, err := GetAttrString(t, v, name)
	if err != nil {
		if IsInstanceExc(err, AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	return x, nil
}

// reduce2 is protocol 2's reduction: (copy_reg.__newobj__, (cls,) +
// args, state, listitems, dictitems).
func reduce2(t *Thread, obj Value) (Value, error) {
	if obj.Type().New == nil {
		return nil, Errorf(TypeError, "can't pickle %s objects", obj.Type().Name)
	}
	cls, err := GetAttrString(t, obj, "__class__")
	if err != nil {
		return nil, err
	}
	args := []Value{cls}
	getnewargs, err := getAttrOrNil(t, obj, "__getnewargs__")
	if err != nil {
		return nil, err
	}
	if getnewargs != nil {
		r, err := Call(t, getnewargs, nil, nil)
		if err != nil {
			return nil, err
		}
		tu, ok := r.(*Tuple)
		if !ok {
			return nil, Errorf(TypeError, "__getnewargs__ should return a tuple, not '%s'", r.Type().Name)
		}
		args = append(args, tu.elems...)
	}
	var state Value
	getstate, err := getAttrOrNil(t, obj, "__getstate__")
	if err != nil {
		return nil, err
	}
	if getstate != nil {
		if state, err = Call(t, getstate, nil, nil); err != nil {
			return nil, err
		}
	} else {
		if state, err = getAttrOrNil(t, obj, "__dict__"); err != nil {
			return nil, err
		}
		if state == nil {
			state = None
		}
		copyreg, err := importModule(t, "copy_reg")
		if err != nil {
			return nil, err
		}
		slotnames, err := GetAttrString(t, copyreg, "_slotnames")
		if err != nil {
			return nil, err
		}
		names, err := Call(t, slotnames, []Value{cls}, nil)
		if err != nil {
			return nil, err
		}
		if names != None {
			items, err := ToSlice(t, names)
			if err != nil {
				return nil, err
			}
			if len(items) > 0 {
				slots := NewDict()
				for _, name := range items {
					n, ok := name.(*Str)
					if !ok {
						continue
					}
					v, err := getAttrOrNil(t, obj, n.s)
					if err != nil {
						return nil, err
					}
					if v != nil {
						if err := slots.SetItem(t, n, v); err != nil {
							return nil, err
						}
					}
				}
				if slots.Len(t) > 0 {
					state = NewTuple(state, slots)
				}
			}
		}
	}
	var listitems, dictitems Value = None, None
	if obj.Type().IsSubtype(ListType) {
		if listitems, err = Iter(t, obj); err != nil {
			return nil, err
		}
	}
	if obj.Type().IsSubtype(DictType) {
		if dictitems, err = CallMethod(t, obj, "iteritems"); err != nil {
			return nil, err
		}
	}
	copyreg, err := importModule(t, "copy_reg")
	if err != nil {
		return nil, err
	}
	newobj, err := GetAttrString(t, copyreg, "__newobj__")
	if err != nil {
		return nil, err
	}
	return NewTuple(newobj, NewTuple(args...), state, listitems, dictitems), nil
}
