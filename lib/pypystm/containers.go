package pypystm

import (
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
)

// The containers whose conflicts are per key: stmdict and stmset (any
// hashable keys, hashed and compared as a dict's), and hashtable (int
// keys). All three keep their items in a table (table.go).

var (
	stmdictType   = o.NewBuiltinType("pypystm.stmdict", o.ObjectType, 0)
	stmsetType    = o.NewBuiltinType("pypystm.stmset", o.ObjectType, 0)
	hashtableType = o.NewBuiltinType("pypystm.hashtable", o.ObjectType, 0)
)

// container is an stmdict, an stmset or a hashtable.
type container struct {
	typ *o.Type
	tab table
}

// Type returns the container's type.
func (c *container) Type() *o.Type { return c.typ }

// addContainers sets stmdict, stmset and hashtable in the module's dict
// d.
func addContainers(t *o.Thread, d *o.Dict) error {
	d.SetString(t, "stmdict", stmdictType)
	d.SetString(t, "stmset", stmsetType)
	d.SetString(t, "hashtable", hashtableType)
	return nil
}

// containerNew returns the __new__ of the type called name: no
// arguments, an empty container.
func containerNew(name string) func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
		if err := modutil.NoArgs(name, args, kw); err != nil {
			return nil, err
		}
		c := &container{typ: typ}
		c.tab.init(t, typ == hashtableType)
		return c, nil
	}
}

// hashKey returns the key a container stores for k and its hash: k
// itself and hash(k), or for a hashtable the int k and its value.
func (c *container) hashKey(t *o.Thread, k o.Value) (o.Value, int64, error) {
	if c.tab.ints {
		n, err := o.AsInt(t, k)
		if err != nil {
			return nil, 0, err
		}
		return o.Int(n), n, nil
	}
	h, err := o.Hash(t, k)
	return k, h, err
}

// find returns the key c stores for k, its hash and its slot (whose
// entry is nil when k is not there).
func (c *container) find(t *o.Thread, k o.Value) (o.Value, int64, slot, error) {
	key, h, err := c.hashKey(t, k)
	if err != nil {
		return nil, 0, slot{}, err
	}
	s, err := c.tab.lookup(t, key, h)
	return key, h, s, err
}

// keyError returns KeyError(key), with key as the single argument even
// when it is a tuple.
func keyError(key o.Value) error { return o.NewException(o.KeyError, key) }

func containerLen(t *o.Thread, v o.Value) (int, error) { return v.(*container).tab.length(t), nil }

func containerNonzero(t *o.Thread, v o.Value) (bool, error) { return !v.(*container).tab.empty(t), nil }

func containerContains(t *o.Thread, v, k o.Value) (bool, error) {
	c := v.(*container)
	key, h, err := c.hashKey(t, k)
	if err != nil {
		return false, err
	}
	return c.tab.contains(t, key, h)
}

func dictGetItem(t *o.Thread, v, k o.Value) (o.Value, error) {
	c := v.(*container)
	key, h, err := c.hashKey(t, k)
	if err != nil {
		return nil, err
	}
	r, err := c.tab.get(t, key, h)
	if err == nil && r == nil {
		return nil, keyError(key)
	}
	return r, err
}

// dictSetItem stores val under k, or deletes k when val is nil.
func dictSetItem(t *o.Thread, v, k, val o.Value) error {
	c := v.(*container)
	key, h, err := c.hashKey(t, k)
	if err != nil {
		return err
	}
	if val != nil {
		return c.tab.set(t, key, h, val)
	}
	s, err := c.tab.lookup(t, key, h)
	if err != nil {
		return err
	}
	if s.e == nil {
		return keyError(key)
	}
	c.tab.remove(t, s)
	return nil
}

func dict_get(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.Unpack("get", args, kw, 1, 2); err != nil {
		return nil, err
	}
	c := self.(*container)
	key, h, err := c.hashKey(t, args[0])
	if err != nil {
		return nil, err
	}
	r, err := c.tab.get(t, key, h)
	if err != nil {
		return nil, err
	}
	if r == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return o.None, nil
	}
	return r, nil
}

func dict_setdefault(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.Unpack("setdefault", args, kw, 1, 2); err != nil {
		return nil, err
	}
	c := self.(*container)
	key, h, s, err := c.find(t, args[0])
	if err != nil {
		return nil, err
	}
	if s.e != nil {
		return s.e.value, nil
	}
	def := o.Value(o.None)
	if len(args) == 2 {
		def = args[1]
	}
	c.tab.store(t, s, key, h, def)
	return def, nil
}

func dict_pop(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.Unpack("pop", args, kw, 1, 2); err != nil {
		return nil, err
	}
	c := self.(*container)
	key, _, s, err := c.find(t, args[0])
	if err != nil {
		return nil, err
	}
	if s.e == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, keyError(key)
	}
	return c.tab.remove(t, s), nil
}

// listing is what keys(), values(), items() and the iterators return
// for each entry.
type listing int

const (
	listKeys listing = iota
	listValues
	listItems
)

// list returns a snapshot of the container's keys, values or items.
func (c *container) list(t *o.Thread, what listing) []o.Value {
	es := c.tab.snapshot(t)
	out := make([]o.Value, len(es))
	for i, e := range es {
		switch what {
		case listKeys:
			out[i] = e.key
		case listValues:
			out[i] = e.value
		default:
			out[i] = o.NewTuple(e.key, e.value)
		}
	}
	return out
}

func listMethod(name string, what listing) func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
		if err := modutil.NoArgs(name, args, kw); err != nil {
			return nil, err
		}
		return o.NewList(self.(*container).list(t, what)), nil
	}
}

// The iterators run over a snapshot taken when they are made: it reads
// the whole table once, and then changes to the container do not affect
// the iteration.
func iterMethod(name string, what listing) func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
		if err := modutil.NoArgs(name, args, kw); err != nil {
			return nil, err
		}
		return o.Iter(t, o.NewList(self.(*container).list(t, what)))
	}
}

func containerIter(t *o.Thread, v o.Value) (o.Value, error) {
	return o.Iter(t, o.NewList(v.(*container).list(t, listKeys)))
}

func set_add(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.OneArg("add", args, kw); err != nil {
		return nil, err
	}
	c := self.(*container)
	key, h, s, err := c.find(t, args[0])
	if err != nil {
		return nil, err
	}
	if s.e == nil {
		c.tab.store(t, s, key, h, nil)
	}
	return o.None, nil
}

// setRemover is remove (strict: KeyError for a missing key) or discard.
func setRemover(name string, strict bool) func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
		if err := modutil.OneArg(name, args, kw); err != nil {
			return nil, err
		}
		c := self.(*container)
		key, _, s, err := c.find(t, args[0])
		if err != nil {
			return nil, err
		}
		if s.e != nil {
			c.tab.remove(t, s)
		} else if strict {
			return nil, keyError(key)
		}
		return o.None, nil
	}
}

const stmdictDoc = `stmdict() -> new empty dictionary whose conflicts are per key

A dict that threads can change at the same time without conflicting,
as long as they use different keys: two transactions conflict only when
they touch the same key (or, rarely, keys that share a slot, or when
the table grows). len(), iteration, keys(), values() and items() read
the whole table, and so conflict with every writer.`

const stmsetDoc = `stmset() -> new empty set whose conflicts are per item

A set that threads can change at the same time without conflicting, as
long as they use different items (see stmdict). len() and iteration
read the whole table.`

const hashtableDoc = `hashtable() -> new empty mapping from ints to objects

An stmdict whose keys are ints (the conversion of any key argument to
an int); its conflicts are per key.`

func init() {
	dictMethods := []o.MethodDef{
		{Name: "get", Fn: dict_get, Doc: "get(key[, default]) -> the value of key, or default (None) when key is absent"},
		{Name: "setdefault", Fn: dict_setdefault, Doc: "setdefault(key[, default]) -> the value of key; when key is absent, default (None) is stored under it first"},
		{Name: "pop", Fn: dict_pop, Doc: "pop(key[, default]) -> remove key and return its value; when key is absent, return default, or raise KeyError without one"},
		{Name: "keys", Fn: listMethod("keys", listKeys), Doc: "keys() -> a list of the keys"},
		{Name: "values", Fn: listMethod("values", listValues), Doc: "values() -> a list of the values"},
		{Name: "items", Fn: listMethod("items", listItems), Doc: "items() -> a list of (key, value) tuples"},
		{Name: "iterkeys", Fn: iterMethod("iterkeys", listKeys), Doc: "iterkeys() -> an iterator over a snapshot of the keys"},
		{Name: "itervalues", Fn: iterMethod("itervalues", listValues), Doc: "itervalues() -> an iterator over a snapshot of the values"},
		{Name: "iteritems", Fn: iterMethod("iteritems", listItems), Doc: "iteritems() -> an iterator over a snapshot of the (key, value) tuples"},
	}
	for _, typ := range []*o.Type{stmdictType, hashtableType} {
		typ.Len = containerLen
		typ.Nonzero = containerNonzero
		typ.Contains = containerContains
		typ.GetItem = dictGetItem
		typ.SetItem = dictSetItem
		typ.Iter = containerIter
		typ.AddMethods(dictMethods)
	}
	stmdictType.New = containerNew("stmdict")
	stmdictType.AddAttr("__doc__", o.NewStr(stmdictDoc))
	hashtableType.New = containerNew("hashtable")
	hashtableType.AddAttr("__doc__", o.NewStr(hashtableDoc))

	stmsetType.New = containerNew("stmset")
	stmsetType.Len = containerLen
	stmsetType.Nonzero = containerNonzero
	stmsetType.Contains = containerContains
	stmsetType.Iter = containerIter
	stmsetType.AddMethods([]o.MethodDef{
		{Name: "add", Fn: set_add, Doc: "add(item): put item into the set (nothing happens if it is there)"},
		{Name: "remove", Fn: setRemover("remove", true), Doc: "remove(item): take item out of the set; KeyError if it is not there"},
		{Name: "discard", Fn: setRemover("discard", false), Doc: "discard(item): take item out of the set if it is there"},
	})
	stmsetType.AddAttr("__doc__", o.NewStr(stmsetDoc))
}
