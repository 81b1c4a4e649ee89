package objects

// Class is an old-style class (classobj).
type Class struct {
	Name  string
	Bases []*Class
	dict  *Dict
}

// Type returns classobj.
func (*Class) Type() *Type { return ClassType }

// IsSubclass reports whether c is base or derives from it.
func (c *Class) IsSubclass(base *Class) bool {
	if c == base {
		return true
	}
	for _, b := range c.Bases {
		if b.IsSubclass(base) {
			return true
		}
	}
	return false
}

// OldInstance is an instance of an old-style class.
type OldInstance struct {
	cls  *Class
	dict *Dict
}

// Type returns instance.
func (*OldInstance) Type() *Type { return InstanceType }

func lookupClassicBases(t *Thread, typ *Type, name *Str) Value { return nil }
