package itertools

import (
	"github.com/pystm/pystm/lib/internal/modutil"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// combo is product, permutations, combinations and
// combinations_with_replacement: a pool (or pools) and the indices of
// the next result, advanced by step.
type combo struct {
	modutil.Base
	pools [][]o.Value
	r     int
	step  func(c *combo, st *comboState) bool
	ref   stm.Ref[comboState]
}

// comboState is the payload of product, permutations and the
// combinations. Copier: the indices and cycles are modified in place, so
// a private copy clones them.
type comboState struct {
	indices []int
	cycles  []int // permutations only
	started bool
	stopped bool
}

// STMCopy gives a transaction's new private copy indices of its own.
func (st *comboState) STMCopy() {
	st.indices = append([]int(nil), st.indices...)
	if st.cycles != nil {
		st.cycles = append([]int(nil), st.cycles...)
	}
}

func (c *combo) result(st *comboState) o.Value {
	items := make([]o.Value, len(st.indices))
	if len(c.pools) == 1 {
		pool := c.pools[0]
		for i, j := range st.indices {
			items[i] = pool[j]
		}
	} else {
		for i, j := range st.indices {
			items[i] = c.pools[i][j]
		}
	}
	return o.NewTuple(items...)
}

func comboNext(t *o.Thread, v o.Value) (o.Value, error) {
	c := v.(*combo)
	st := c.ref.Read(tx(t))
	if st.stopped {
		return nil, nil
	}
	w := c.ref.Write(tx(t))
	if !w.started {
		w.started = true
		return c.result(w), nil
	}
	if !c.step(c, w) {
		w.stopped = true
		return nil, nil
	}
	return c.result(w), nil
}

func newCombo(typ *o.Type, pools [][]o.Value, r int, st *comboState, step func(*combo, *comboState) bool) *combo {
	c := &combo{Base: modutil.NewBase(typ, false), pools: pools, r: r, step: step}
	c.ref.Init(st)
	return c
}

func tupleItems(t *o.Thread, v o.Value) ([]o.Value, error) {
	tu, err := o.TupleOf(t, v)
	if err != nil {
		return nil, err
	}
	return tu.Elems(), nil
}

// ---- product ----

func productNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	repeat := 1
	if len(kw) > 0 {
		a, err := modutil.Parse("product", nil, kw, 0, "repeat")
		if err != nil {
			return nil, err
		}
		if a[0] != nil {
			if repeat, err = modutil.Ssize(t, a[0]); err != nil {
				return nil, err
			}
		}
	}
	if repeat < 0 {
		return nil, o.Errorf(o.ValueError, "repeat argument cannot be negative")
	}
	var pools [][]o.Value
	if len(args)*repeat > 0 {
		pools = make([][]o.Value, len(args)*repeat)
	}
	for i, a := range args {
		items, err := tupleItems(t, a)
		if err != nil {
			return nil, err
		}
		for j := 0; j < repeat; j++ {
			pools[i+j*len(args)] = items
		}
	}
	st := &comboState{indices: make([]int, len(pools))}
	for _, p := range pools {
		if len(p) == 0 {
			st.stopped = true
		}
	}
	return newCombo(typ, pools, len(pools), st, productStep), nil
}

func productStep(c *combo, st *comboState) bool {
	for i := len(st.indices) - 1; i >= 0; i-- {
		st.indices[i]++
		if st.indices[i] < len(c.pools[i]) {
			return true
		}
		st.indices[i] = 0
	}
	return false
}

// ---- permutations ----

func permutationsNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	a, err := modutil.Parse("permutations", args, kw, 1, "iterable", "r")
	if err != nil {
		return nil, err
	}
	pool, err := tupleItems(t, a[0])
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r := n
	if a[1] != nil && a[1] != o.None {
		if r, err = modutil.AsSsize(t, a[1]); err != nil {
			return nil, err
		}
	}
	if r < 0 {
		return nil, o.Errorf(o.ValueError, "r must be non-negative")
	}
	st := &comboState{}
	if r > n {
		st.stopped = true
	} else {
		st.indices = make([]int, n)
		for i := range st.indices {
			st.indices[i] = i
		}
		st.cycles = make([]int, r)
		for i := range st.cycles {
			st.cycles[i] = n - i
		}
	}
	return newCombo(typ, [][]o.Value{pool}, r, st, permutationsStep), nil
}

func (c *combo) permResult(st *comboState) o.Value {
	pool := c.pools[0]
	items := make([]o.Value, c.r)
	for i := 0; i < c.r; i++ {
		items[i] = pool[st.indices[i]]
	}
	return o.NewTuple(items...)
}

func permutationsStep(c *combo, st *comboState) bool {
	n, r := len(c.pools[0]), c.r
	if n == 0 {
		return false
	}
	for i := r - 1; i >= 0; i-- {
		st.cycles[i]--
		if st.cycles[i] == 0 {
			// Move indices[i] to the end.
			x := st.indices[i]
			copy(st.indices[i:], st.indices[i+1:])
			st.indices[n-1] = x
			st.cycles[i] = n - i
			continue
		}
		j := st.cycles[i]
		st.indices[i], st.indices[n-j] = st.indices[n-j], st.indices[i]
		return true
	}
	return false
}

func permutationsNext(t *o.Thread, v o.Value) (o.Value, error) {
	c := v.(*combo)
	st := c.ref.Read(tx(t))
	if st.stopped {
		return nil, nil
	}
	w := c.ref.Write(tx(t))
	if !w.started {
		w.started = true
		return c.permResult(w), nil
	}
	if !permutationsStep(c, w) {
		w.stopped = true
		return nil, nil
	}
	return c.permResult(w), nil
}

// ---- combinations, combinations_with_replacement ----

func combinationsNew(name string, repl bool) func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	return func(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
		a, err := modutil.Parse(name, args, kw, 2, "iterable", "r")
		if err != nil {
			return nil, err
		}
		r, err := modutil.Ssize(t, a[1])
		if err != nil {
			return nil, err
		}
		pool, err := tupleItems(t, a[0])
		if err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, o.Errorf(o.ValueError, "r must be non-negative")
		}
		n := len(pool)
		st := &comboState{indices: make([]int, r)}
		if repl {
			if n == 0 && r > 0 {
				st.stopped = true
			}
			return newCombo(typ, [][]o.Value{pool}, r, st, cwrStep), nil
		}
		if r > n {
			st.stopped = true
		}
		for i := range st.indices {
			st.indices[i] = i
		}
		return newCombo(typ, [][]o.Value{pool}, r, st, combinationsStep), nil
	}
}

func combinationsStep(c *combo, st *comboState) bool {
	n, r := len(c.pools[0]), c.r
	i := r - 1
	for i >= 0 && st.indices[i] == i+n-r {
		i--
	}
	if i < 0 {
		return false
	}
	st.indices[i]++
	for j := i + 1; j < r; j++ {
		st.indices[j] = st.indices[j-1] + 1
	}
	return true
}

func cwrStep(c *combo, st *comboState) bool {
	n, r := len(c.pools[0]), c.r
	i := r - 1
	for i >= 0 && st.indices[i] == n-1 {
		i--
	}
	if i < 0 {
		return false
	}
	x := st.indices[i] + 1
	for j := i; j < r; j++ {
		st.indices[j] = x
	}
	return true
}

// ---- tee ----

// linkCells is how many items one tee data object holds before the
// next link (CPython's LINKCELLS).
const linkCells = 57

// teeData is a link of the buffer shared by the tees of one iterator.
type teeData struct {
	it  o.Value
	ref stm.Ref[teeDataState]
}

// teeDataState is a link of a tee's buffer. No Copier: values is only
// ever appended to, so the slots a copy writes lie past the length of
// every payload published with that array, where no reader looks.
type teeDataState struct {
	values []o.Value
	next   *teeData
}

func (*teeData) Type() *o.Type { return teeDataType }

func newTeeData(it o.Value) *teeData {
	d := &teeData{it: it}
	d.ref.Init(&teeDataState{})
	return d
}

func (d *teeData) nextLink(t *o.Thread) *teeData {
	if n := d.ref.Read(tx(t)).next; n != nil {
		return n
	}
	n := newTeeData(d.it)
	d.ref.Write(tx(t)).next = n
	return n
}

func (d *teeData) item(t *o.Thread, i int) (o.Value, error) {
	if vals := d.ref.Read(tx(t)).values; i < len(vals) {
		return vals[i], nil
	}
	x, err := o.Next(t, d.it)
	if err != nil || x == nil {
		return nil, err
	}
	w := d.ref.Write(tx(t))
	w.values = append(w.values, x)
	return x, nil
}

type tee struct {
	modutil.Base
	ref stm.Ref[teeState]
}

// teeState is a tee's payload. No Copier: it holds no slice or map.
type teeState struct {
	data  *teeData
	index int
}

func newTee(data *teeData, index int) *tee {
	te := &tee{Base: modutil.NewBase(teeType, false)}
	te.ref.Init(&teeState{data: data, index: index})
	return te
}

func teeFromIterable(t *o.Thread, iterable o.Value) (o.Value, error) {
	it, err := o.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	if te, ok := it.(*tee); ok {
		st := te.ref.Read(tx(t))
		return newTee(st.data, st.index), nil
	}
	return newTee(newTeeData(it), 0), nil
}

func teeNext(t *o.Thread, v o.Value) (o.Value, error) {
	te := v.(*tee)
	st := te.ref.Read(tx(t))
	if st.index >= linkCells {
		nd := st.data.nextLink(t)
		w := te.ref.Write(tx(t))
		w.data, w.index = nd, 0
		st = w
	}
	x, err := st.data.item(t, st.index)
	if err != nil || x == nil {
		return nil, err
	}
	te.ref.Write(tx(t)).index++
	return x, nil
}

func tee_copy(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
	st := self.(*tee).ref.Read(tx(t))
	return newTee(st.data, st.index), nil
}

func teeNew(t *o.Thread, typ *o.Type, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoKw("tee", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, o.Errorf(o.TypeError, "tee expected 1 arguments, got %d", len(args))
	}
	return teeFromIterable(t, args[0])
}

var copyName = o.Intern("__copy__")

func teeFunc(t *o.Thread, _ o.Value, args, kw []o.Value) (o.Value, error) {
	if err := modutil.NoKw("tee", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 {
		return nil, o.Errorf(o.TypeError, "function takes at least 1 argument (0 given)")
	}
	if len(args) > 2 {
		return nil, o.Errorf(o.TypeError, "function takes at most 2 arguments (%d given)", len(args))
	}
	n := 2
	if len(args) == 2 {
		var err error
		if n, err = modutil.Ssize(t, args[1]); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, o.Errorf(o.ValueError, "n must be >= 0")
	}
	if n == 0 {
		return o.NewTuple(), nil
	}
	it, err := o.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	copyable := it
	if !o.HasAttr(t, it, copyName) {
		if copyable, err = teeFromIterable(t, it); err != nil {
			return nil, err
		}
	}
	out := make([]o.Value, n)
	out[0] = copyable
	for i := 1; i < n; i++ {
		m, err := o.GetAttr(t, copyable, copyName)
		if err != nil {
			return nil, err
		}
		if copyable, err = o.Call(t, m, nil, nil); err != nil {
			return nil, err
		}
		out[i] = copyable
	}
	return o.NewTuple(out...), nil
}

func init() {
	productType.New = productNew
	productType.Next = comboNext
	permutationsType.New = permutationsNew
	permutationsType.Next = permutationsNext
	combinationsType.New = combinationsNew("combinations", false)
	combinationsType.Next = comboNext
	cwrType.New = combinationsNew("combinations_with_replacement", true)
	cwrType.Next = comboNext
	teeType.New = teeNew
	teeType.Next = teeNext
	teeType.AddMethods([]o.MethodDef{{Name: "__copy__", Fn: tee_copy}})
}
