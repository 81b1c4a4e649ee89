package objects

import "fmt"

// Module is a Python module.
type Module struct {
	dict *Dict
}

// Type returns module.
func (*Module) Type() *Type { return ModuleType }

// NewModule returns a module named name whose namespace holds only
// __name__, __doc__ and __package__ (None), as PyModule_New makes it.
func NewModule(name string) *Module {
	m := &Module{dict: NewNamespace()}
	m.dict.SetString(nil, "__name__", NewStr(name))
	m.dict.SetString(nil, "__doc__", None)
	m.dict.SetString(nil, "__package__", None)
	return m
}

// Dict returns the module's namespace.
func (m *Module) Dict() *Dict { return m.dict }

// Name returns the module's __name__.
func (m *Module) Name(t *Thread) string {
	if s, ok := m.dict.GetString(t, "__name__").(*Str); ok {
		return s.s
	}
	return "?"
}

// SetAttrString sets a module attribute.
func (m *Module) SetAttrString(t *Thread, name string, v Value) {
	m.dict.SetString(t, name, v)
}

func init() {
	ModuleType.GetAttr = func(t *Thread, v Value, name *Str) (Value, error) {
		m := v.(*Module)
		if x := m.dict.getStr(t, name); x != nil {
			if name.s != "__dict__" {
				return x, nil
			}
		}
		if name.s == "__dict__" {
			return m.dict, nil
		}
		r, err := GenericGetAttr(t, v, name)
		if err != nil {
			return nil, Errorf(AttributeError, "'module' object has no attribute '%s'", name.s)
		}
		return r, nil
	}
	ModuleType.SetAttr = GenericSetAttr
	ModuleType.Repr = func(t *Thread, v Value) (Value, error) {
		m := v.(*Module)
		name := m.Name(t)
		if f, ok := m.dict.GetString(t, "__file__").(*Str); ok {
			return NewStr(fmt.Sprintf("<module '%s' from '%s'>", name, f.s)), nil
		}
		return NewStr(fmt.Sprintf("<module '%s' (built-in)>", name)), nil
	}
	ModuleType.New = func(t *Thread, typ *Type, args, kw []Value) (Value, error) {
		m := &Module{dict: NewNamespace()}
		return m, nil
	}
	ModuleType.Init = func(t *Thread, self Value, args, kw []Value) error {
		a, err := ParseTupleKw("module.__init__", args, kw, 1, []string{"name", "doc"}, func(i int, v Value) error {
			if _, ok := v.(*Str); !ok && i == 0 {
				return ArgTypeError("module.__init__", 1, "string", v)
			}
			return nil
		})
		if err != nil {
			return err
		}
		m := self.(*Module)
		m.dict.SetString(t, "__name__", a[0])
		doc := a[1]
		if doc == nil {
			doc = None
		}
		m.dict.SetString(t, "__doc__", doc)
		return nil
	}
}
