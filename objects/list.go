package objects

import "github.com/pystm/pystm/stm"

// List is a Python list (or an instance of a subclass of list).
type List struct {
	typ  *Type
	inst *instData
	ref  stm.Ref[listData]
}

type listData struct {
	items []Value
}

// Type returns the list's type.
func (l *List) Type() *Type { return l.typ }

// NewList returns a list of items (which it keeps).
func NewList(items []Value) *List {
	l := &List{typ: ListType}
	l.ref.Init(&listData{items: items})
	return l
}

// Len returns the number of items.
func (l *List) Len(t *Thread) int { return len(l.ref.Read(t.tx()).items) }

// At returns l[i] for 0 <= i < len, or false.
func (l *List) At(t *Thread, i int) (Value, bool) {
	items := l.ref.Read(t.tx()).items
	if i < 0 || i >= len(items) {
		return nil, false
	}
	return items[i], true
}

// Items returns the list's items as the transaction sees them; the
// caller must not modify or keep them.
func (l *List) Items(t *Thread) []Value { return l.ref.Read(t.tx()).items }

// Append appends x.
func (l *List) Append(t *Thread, x Value) {
	d := l.ref.Write(t.tx())
	d.items = append(d.items, x)
}

// SetAt sets l[i] = x for 0 <= i < len.
func (l *List) SetAt(t *Thread, i int, x Value) {
	l.ref.Write(t.tx()).items[i] = x
}

// SetItems replaces the list's contents with items (which it keeps).
func (l *List) SetItems(t *Thread, items []Value) {
	l.ref.Write(t.tx()).items = items
}
