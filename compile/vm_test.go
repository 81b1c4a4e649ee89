package compile

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// This file is a small evaluator for the tests: enough of Python 2.7
// (ints, strings, lists, tuples, dicts, functions and closures,
// generators, classes, exceptions, the print statement) to run test
// programs and compare their output with CPython's, so that the control
// flow the compiler produces (handlers, finally copies, with, break,
// continue, return, generators) is checked by running it. It follows
// the contract of the package documentation; it is not pystm's
// evaluator and cares nothing for speed.

type vmNull struct{} // the NULL of LOAD_METHOD

type vmList struct{ items []any }

type vmDict struct {
	keys []any
	vals []any
}

type vmCell struct{ v any }

type vmFunc struct {
	code     *Code
	globals  map[string]any
	defaults []any
	closure  []*vmCell
}

type vmBuiltin struct {
	name string
	fn   func(vm *vm, args []any) (any, *vmErr)
}

type vmClass struct {
	name  string
	bases []*vmClass
	dict  map[string]any
}

type vmInst struct {
	cls  *vmClass
	dict map[string]any
}

type vmBound struct {
	self any
	fn   any
}

type vmGen struct {
	f       *vmFrame
	started bool
	done    bool
	running bool
}

// vmErr is a raised exception: exc is a class, val an instance.
type vmErr struct {
	exc any
	val any
	tb  any
}

type vmFrame struct {
	code    *Code
	fast    []any
	cells   []*vmCell
	stack   []any
	pc      int
	globals map[string]any
	locals  map[string]any
}

type vm struct {
	out       strings.Builder
	builtins  map[string]any
	exc       *vmErr // sys.exc_info()
	softspace bool
	depth     int
}

func (v *vm) cls(name string) *vmClass { return v.builtins[name].(*vmClass) }

func (v *vm) newErr(cls string, msg string) *vmErr {
	c := v.cls(cls)
	inst := &vmInst{cls: c, dict: map[string]any{"args": Tuple{msg}}}
	if msg == "" {
		inst.dict["args"] = Tuple{}
	}
	return &vmErr{exc: c, val: inst, tb: None}
}

func isSubclass(c, base *vmClass) bool {
	if c == base {
		return true
	}
	for _, b := range c.bases {
		if isSubclass(b, base) {
			return true
		}
	}
	return false
}

func (c *vmClass) lookup(name string) (any, bool) {
	if x, ok := c.dict[name]; ok {
		return x, true
	}
	for _, b := range c.bases {
		if x, ok := b.lookup(name); ok {
			return x, true
		}
	}
	return nil, false
}

func newVM() *vm {
	v := &vm{builtins: map[string]any{}}
	mk := func(name string, bases ...*vmClass) *vmClass {
		c := &vmClass{name: name, bases: bases, dict: map[string]any{}}
		v.builtins[name] = c
		return c
	}
	base := mk("BaseException")
	mk("GeneratorExit", base)
	mk("KeyboardInterrupt", base)
	exc := mk("Exception", base)
	mk("StopIteration", exc)
	std := mk("StandardError", exc)
	for _, n := range []string{"ValueError", "TypeError", "NameError", "AttributeError", "RuntimeError", "AssertionError", "ZeroDivisionError", "SystemError"} {
		mk(n, std)
	}
	mk("UnboundLocalError", v.builtins["NameError"].(*vmClass))
	lookup := mk("LookupError", std)
	mk("KeyError", lookup)
	mk("IndexError", lookup)
	mk("object")
	bi := func(name string, fn func(vm *vm, args []any) (any, *vmErr)) {
		v.builtins[name] = &vmBuiltin{name, fn}
	}
	v.builtins["True"] = true
	v.builtins["False"] = false
	bi("len", func(vm *vm, a []any) (any, *vmErr) {
		switch x := a[0].(type) {
		case string:
			return int64(len(x)), nil
		case Tuple:
			return int64(len(x)), nil
		case *vmList:
			return int64(len(x.items)), nil
		case *vmDict:
			return int64(len(x.keys)), nil
		}
		return nil, vm.newErr("TypeError", "len")
	})
	bi("range", func(vm *vm, a []any) (any, *vmErr) {
		lo, hi := int64(0), a[0].(int64)
		if len(a) > 1 {
			lo, hi = hi, a[1].(int64)
		}
		l := &vmList{}
		for i := lo; i < hi; i++ {
			l.items = append(l.items, i)
		}
		return l, nil
	})
	bi("list", func(vm *vm, a []any) (any, *vmErr) {
		l := &vmList{}
		if len(a) == 0 {
			return l, nil
		}
		err := vm.iterate(a[0], func(x any) *vmErr { l.items = append(l.items, x); return nil })
		return l, err
	})
	bi("tuple", func(vm *vm, a []any) (any, *vmErr) {
		t := Tuple{}
		err := vm.iterate(a[0], func(x any) *vmErr { t = append(t, x); return nil })
		return t, err
	})
	bi("sorted", func(vm *vm, a []any) (any, *vmErr) {
		l := &vmList{}
		err := vm.iterate(a[0], func(x any) *vmErr { l.items = append(l.items, x); return nil })
		sort.SliceStable(l.items, func(i, j int) bool { return vmLess(l.items[i], l.items[j]) })
		return l, err
	})
	bi("enumerate", func(vm *vm, a []any) (any, *vmErr) {
		l := &vmList{}
		err := vm.iterate(a[0], func(x any) *vmErr {
			l.items = append(l.items, Tuple{int64(len(l.items)), x})
			return nil
		})
		return l, err
	})
	bi("repr", func(vm *vm, a []any) (any, *vmErr) { return vmRepr(a[0]), nil })
	bi("str", func(vm *vm, a []any) (any, *vmErr) { return vmStr(a[0]), nil })
	bi("next", func(vm *vm, a []any) (any, *vmErr) { return vm.next(a[0]) })
	bi("iter", func(vm *vm, a []any) (any, *vmErr) { return vm.iterOf(a[0]) })
	bi("isinstance", func(vm *vm, a []any) (any, *vmErr) {
		inst, ok := a[0].(*vmInst)
		return ok && isSubclass(inst.cls, a[1].(*vmClass)), nil
	})
	bi("type", func(vm *vm, a []any) (any, *vmErr) {
		if inst, ok := a[0].(*vmInst); ok {
			return inst.cls, nil
		}
		return None, nil
	})
	return v
}

func vmLess(a, b any) bool {
	switch x := a.(type) {
	case int64:
		return x < b.(int64)
	case string:
		return x < b.(string)
	case Tuple:
		y := b.(Tuple)
		for i := 0; i < len(x) && i < len(y); i++ {
			if !vmEqual(x[i], y[i]) {
				return vmLess(x[i], y[i])
			}
		}
		return len(x) < len(y)
	}
	return false
}

func vmEqual(a, b any) bool {
	switch x := a.(type) {
	case Tuple:
		y, ok := b.(Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !vmEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case *vmList:
		y, ok := b.(*vmList)
		if !ok || len(x.items) != len(y.items) {
			return false
		}
		for i := range x.items {
			if !vmEqual(x.items[i], y.items[i]) {
				return false
			}
		}
		return true
	case bool:
		if y, ok := b.(int64); ok {
			return (x && y == 1) || (!x && y == 0)
		}
	case int64:
		if y, ok := b.(bool); ok {
			return vmEqual(y, x)
		}
	}
	return a == b
}

func vmRepr(x any) string {
	switch x := x.(type) {
	case bool:
		if x {
			return "True"
		}
		return "False"
	case *vmList:
		parts := make([]string, len(x.items))
		for i, e := range x.items {
			parts[i] = vmRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case Tuple:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = vmRepr(e)
		}
		if len(x) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *vmDict:
		parts := make([]string, len(x.keys))
		for i := range x.keys {
			parts[i] = vmRepr(x.keys[i]) + ": " + vmRepr(x.vals[i])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *vmClass:
		return "<class '" + x.name + "'>"
	case *vmInst:
		if x.cls.dict["__isexc"] != nil || isExc(x) {
			args, _ := x.dict["args"].(Tuple)
			return x.cls.name + vmRepr(args)
		}
		return "<" + x.cls.name + " instance>"
	case *vmFunc:
		return "<function " + x.code.Name + ">"
	case *vmGen:
		return "<generator object>"
	}
	return ConstRepr(x)
}

func isExc(x *vmInst) bool {
	for c := x.cls; ; {
		if c.name == "BaseException" {
			return true
		}
		if len(c.bases) == 0 {
			return false
		}
		c = c.bases[0]
	}
}

func vmStr(x any) string {
	switch x := x.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'g', 12, 64)
	case *vmInst:
		if isExc(x) {
			args, _ := x.dict["args"].(Tuple)
			switch len(args) {
			case 0:
				return ""
			case 1:
				if x.cls.name == "KeyError" {
					return vmRepr(args[0])
				}
				return vmStr(args[0])
			}
			return vmRepr(args)
		}
	}
	return vmRepr(x)
}

func vmTruth(x any) bool {
	switch x := x.(type) {
	case *vmList:
		return len(x.items) > 0
	case *vmDict:
		return len(x.keys) > 0
	}
	return truth(x)
}

// iterOf returns an iterator object for x.
func (v *vm) iterOf(x any) (any, *vmErr) {
	switch x := x.(type) {
	case *vmList:
		return &vmIter{items: append([]any(nil), x.items...)}, nil
	case Tuple:
		return &vmIter{items: x}, nil
	case string:
		var items []any
		for i := 0; i < len(x); i++ {
			items = append(items, x[i:i+1])
		}
		return &vmIter{items: items}, nil
	case *vmDict:
		return &vmIter{items: append([]any(nil), x.keys...)}, nil
	case *vmGen, *vmIter:
		return x, nil
	}
	return nil, v.newErr("TypeError", "not iterable")
}

// vmIter iterates over a snapshot of items.
type vmIter struct {
	items []any
	i     int
}

// next returns the next item, or a StopIteration error.
func (v *vm) next(it any) (any, *vmErr) {
	switch it := it.(type) {
	case *vmIter:
		if it.i >= len(it.items) {
			return nil, v.newErr("StopIteration", "")
		}
		it.i++
		return it.items[it.i-1], nil
	case *vmGen:
		return v.resume(it, None, nil)
	}
	return nil, v.newErr("TypeError", "not an iterator")
}

func (v *vm) iterate(x any, fn func(any) *vmErr) *vmErr {
	it, err := v.iterOf(x)
	if err != nil {
		return err
	}
	for {
		item, err := v.next(it)
		if err != nil {
			if c, ok := err.exc.(*vmClass); ok && isSubclass(c, v.cls("StopIteration")) {
				return nil
			}
			return err
		}
		if err := fn(item); err != nil {
			return err
		}
	}
}

// resume runs a generator, sending val or throwing exc into it.
func (v *vm) resume(g *vmGen, val any, exc *vmErr) (any, *vmErr) {
	if g.running {
		return nil, v.newErr("ValueError", "generator already executing")
	}
	if g.done {
		if exc != nil {
			return nil, exc
		}
		return nil, v.newErr("StopIteration", "")
	}
	if !g.started && exc != nil {
		g.done = true
		return nil, exc
	}
	if g.started && exc == nil {
		g.f.stack = append(g.f.stack, val)
	}
	g.started = true
	g.running = true
	r, yielded, err := v.run(g.f, exc)
	g.running = false
	if err != nil {
		g.done = true
		return nil, err
	}
	if !yielded {
		g.done = true
		return nil, v.newErr("StopIteration", "")
	}
	return r, nil
}

func (v *vm) getattr(x any, name string) (any, *vmErr) {
	switch o := x.(type) {
	case *vmInst:
		if a, ok := o.dict[name]; ok {
			return a, nil
		}
		if a, ok := o.cls.lookup(name); ok {
			if _, isFn := a.(*vmFunc); isFn {
				return &vmBound{o, a}, nil
			}
			return a, nil
		}
	case *vmClass:
		if name == "__name__" {
			return o.name, nil
		}
		if a, ok := o.lookup(name); ok {
			return a, nil
		}
	case *vmList:
		if name == "append" {
			return &vmBuiltin{"append", func(vm *vm, a []any) (any, *vmErr) { o.items = append(o.items, a[0]); return None, nil }}, nil
		}
	case string:
		if name == "upper" {
			return &vmBuiltin{"upper", func(vm *vm, a []any) (any, *vmErr) { return strings.ToUpper(o), nil }}, nil
		}
		if name == "join" {
			return &vmBuiltin{"join", func(vm *vm, a []any) (any, *vmErr) {
				var parts []string
				err := vm.iterate(a[0], func(x any) *vmErr { parts = append(parts, x.(string)); return nil })
				return strings.Join(parts, o), err
			}}, nil
		}
	case *vmDict:
		if name == "items" {
			return &vmBuiltin{"items", func(vm *vm, a []any) (any, *vmErr) {
				l := &vmList{}
				for i := range o.keys {
					l.items = append(l.items, Tuple{o.keys[i], o.vals[i]})
				}
				return l, nil
			}}, nil
		}
	case *vmGen:
		switch name {
		case "next":
			return &vmBuiltin{"next", func(vm *vm, a []any) (any, *vmErr) { return vm.resume(o, None, nil) }}, nil
		case "send":
			return &vmBuiltin{"send", func(vm *vm, a []any) (any, *vmErr) { return vm.resume(o, a[0], nil) }}, nil
		case "throw":
			return &vmBuiltin{"throw", func(vm *vm, a []any) (any, *vmErr) {
				var val any = None
				if len(a) > 1 {
					val = a[1]
				}
				return vm.resume(o, nil, vm.makeErr(a[0], val))
			}}, nil
		case "close":
			return &vmBuiltin{"close", func(vm *vm, a []any) (any, *vmErr) {
				_, err := vm.resume(o, nil, vm.newErr("GeneratorExit", ""))
				if err == nil {
					return nil, vm.newErr("RuntimeError", "generator ignored GeneratorExit")
				}
				if c, ok := err.exc.(*vmClass); ok && (c == vm.cls("GeneratorExit") || c == vm.cls("StopIteration")) {
					return None, nil
				}
				return nil, err
			}}, nil
		}
	}
	return nil, v.newErr("AttributeError", name)
}

// makeErr makes the exception raised by "raise typ, val".
func (v *vm) makeErr(typ, val any) *vmErr {
	switch t := typ.(type) {
	case *vmClass:
		if inst, ok := val.(*vmInst); ok && isSubclass(inst.cls, t) {
			return &vmErr{exc: inst.cls, val: inst, tb: None}
		}
		args := Tuple{}
		if val != None && val != nil {
			if tv, ok := val.(Tuple); ok {
				args = tv
			} else {
				args = Tuple{val}
			}
		}
		inst, err := v.call(t, args, nil)
		if err != nil {
			return err
		}
		return &vmErr{exc: t, val: inst, tb: None}
	case *vmInst:
		return &vmErr{exc: t.cls, val: t, tb: None}
	}
	return v.newErr("TypeError", "exceptions must be classes or instances")
}

// call calls f with positional args and keyword args kw (name, value
// pairs).
func (v *vm) call(f any, args []any, kw []any) (any, *vmErr) {
	switch fn := f.(type) {
	case *vmBuiltin:
		return fn.fn(v, args)
	case *vmBound:
		return v.call(fn.fn, append([]any{fn.self}, args...), kw)
	case *vmClass:
		inst := &vmInst{cls: fn, dict: map[string]any{}}
		if isExc(inst) {
			inst.dict["args"] = Tuple(append([]any{}, args...))
		}
		if init, ok := fn.lookup("__init__"); ok {
			if _, err := v.call(init, append([]any{inst}, args...), kw); err != nil {
				return nil, err
			}
		}
		return inst, nil
	case *vmFunc:
		return v.callFunc(fn, args, kw)
	}
	return nil, v.newErr("TypeError", "not callable: "+vmRepr(f))
}

func (v *vm) callFunc(fn *vmFunc, args []any, kw []any) (any, *vmErr) {
	code := fn.code
	f := &vmFrame{code: code, fast: make([]any, code.NLocals), globals: fn.globals}
	n := code.ArgCount
	var extra []any
	for i, a := range args {
		if i < n {
			f.fast[i] = a
		} else {
			extra = append(extra, a)
		}
	}
	var kwargs *vmDict
	if code.Flags&CodeVarkeywords != 0 {
		kwargs = &vmDict{}
	}
	for i := 0; i+1 < len(kw); i += 2 {
		name := kw[i].(string)
		found := false
		for j := 0; j < n; j++ {
			if code.Varnames[j] == name {
				f.fast[j] = kw[i+1]
				found = true
			}
		}
		if !found {
			if kwargs == nil {
				return nil, v.newErr("TypeError", "unexpected keyword "+name)
			}
			kwargs.keys = append(kwargs.keys, name)
			kwargs.vals = append(kwargs.vals, kw[i+1])
		}
	}
	for i := 0; i < n; i++ {
		if f.fast[i] == nil {
			if d := i - (n - len(fn.defaults)); d >= 0 {
				f.fast[i] = fn.defaults[d]
			} else {
				return nil, v.newErr("TypeError", code.Name+"() takes more arguments")
			}
		}
	}
	k := n
	if code.Flags&CodeVarargs != 0 {
		f.fast[k] = Tuple(append([]any{}, extra...))
		k++
	} else if len(extra) > 0 {
		return nil, v.newErr("TypeError", code.Name+"() takes fewer arguments")
	}
	if kwargs != nil {
		f.fast[k] = kwargs
	}
	f.cells = make([]*vmCell, len(code.Cellvars)+len(code.Freevars))
	for i := range code.Cellvars {
		f.cells[i] = &vmCell{}
		if code.Cell2Arg != nil && code.Cell2Arg[i] >= 0 {
			f.cells[i].v = f.fast[code.Cell2Arg[i]]
		}
	}
	copy(f.cells[len(code.Cellvars):], fn.closure)
	if code.Flags&CodeOptimized == 0 {
		f.locals = map[string]any{}
	}
	if code.Flags&CodeGenerator != 0 {
		return &vmGen{f: f}, nil
	}
	r, _, err := v.run(f, nil)
	return r, err
}

func (v *vm) binary(op Opcode, a, b any) (any, *vmErr) {
	switch x := a.(type) {
	case int64:
		y, ok := b.(int64)
		if !ok {
			break
		}
		switch op {
		case BINARY_ADD, INPLACE_ADD:
			return x + y, nil
		case BINARY_SUBTRACT, INPLACE_SUBTRACT:
			return x - y, nil
		case BINARY_MULTIPLY, INPLACE_MULTIPLY:
			return x * y, nil
		case BINARY_DIVIDE, BINARY_FLOOR_DIVIDE, INPLACE_DIVIDE, INPLACE_FLOOR_DIVIDE, BINARY_MODULO, INPLACE_MODULO:
			if y == 0 {
				return nil, v.newErr("ZeroDivisionError", "integer division or modulo by zero")
			}
			bop := op
			if bop >= INPLACE_POWER {
				bop = op - INPLACE_POWER + BINARY_POWER
			}
			if bop == BINARY_DIVIDE {
				bop = BINARY_FLOOR_DIVIDE // classic division of ints
			}
			r, _ := foldBinary(bop, x, y)
			return r, nil
		case BINARY_POWER:
			r, _ := foldBinary(op, x, y)
			return r, nil
		case BINARY_LSHIFT:
			return x << uint(y), nil
		case BINARY_RSHIFT:
			return x >> uint(y), nil
		case BINARY_AND:
			return x & y, nil
		case BINARY_OR, INPLACE_OR:
			return x | y, nil
		case BINARY_XOR:
			return x ^ y, nil
		}
	case string:
		switch op {
		case BINARY_ADD, INPLACE_ADD:
			if y, ok := b.(string); ok {
				return x + y, nil
			}
		case BINARY_MODULO:
			return v.format(x, b), nil
		case BINARY_MULTIPLY:
			if n, ok := b.(int64); ok {
				return strings.Repeat(x, int(n)), nil
			}
		}
	case *vmList:
		if y, ok := b.(*vmList); ok && (op == BINARY_ADD || op == INPLACE_ADD) {
			if op == INPLACE_ADD {
				x.items = append(x.items, y.items...)
				return x, nil
			}
			return &vmList{append(append([]any{}, x.items...), y.items...)}, nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok && (op == BINARY_ADD || op == INPLACE_ADD) {
			return append(append(Tuple{}, x...), y...), nil
		}
	case float64, *big.Int:
		if op >= INPLACE_POWER {
			op = op - INPLACE_POWER + BINARY_POWER
		}
		if r, ok := foldBinary(op, a, b); ok {
			return r, nil
		}
	}
	return nil, v.newErr("TypeError", fmt.Sprintf("unsupported operands for %s: %s, %s", op, vmRepr(a), vmRepr(b)))
}

func (v *vm) format(f string, arg any) string {
	args, ok := arg.(Tuple)
	if !ok {
		args = Tuple{arg}
	}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] == '%' && i+1 < len(f) {
			i++
			switch f[i] {
			case '%':
				b.WriteByte('%')
				continue
			case 's', 'd':
				b.WriteString(vmStr(args[0]))
			case 'r':
				b.WriteString(vmRepr(args[0]))
			}
			args = args[1:]
			continue
		}
		b.WriteByte(f[i])
	}
	return b.String()
}

func (v *vm) compare(op CmpOp, a, b any) (any, *vmErr) {
	switch op {
	case CmpEQ:
		return vmEqual(a, b), nil
	case CmpNE:
		return !vmEqual(a, b), nil
	case CmpIs:
		return a == b, nil
	case CmpIsNot:
		return a != b, nil
	case CmpIn, CmpNotIn:
		found := false
		switch c := b.(type) {
		case string:
			found = strings.Contains(c, a.(string))
		case *vmDict:
			for _, k := range c.keys {
				found = found || vmEqual(k, a)
			}
		default:
			err := v.iterate(b, func(x any) *vmErr {
				found = found || vmEqual(x, a)
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		return found == (op == CmpIn), nil
	case CmpExcMatch:
		c, ok := a.(*vmClass)
		if !ok {
			return false, nil
		}
		if t, ok := b.(Tuple); ok {
			for _, x := range t {
				if bc, ok := x.(*vmClass); ok && isSubclass(c, bc) {
					return true, nil
				}
			}
			return false, nil
		}
		bc, ok := b.(*vmClass)
		return ok && isSubclass(c, bc), nil
	}
	less := vmLess(a, b)
	eq := vmEqual(a, b)
	switch op {
	case CmpLT:
		return less, nil
	case CmpLE:
		return less || eq, nil
	case CmpGT:
		return !less && !eq, nil
	case CmpGE:
		return !less, nil
	}
	return nil, v.newErr("TypeError", "bad compare")
}

func (v *vm) subscr(x, k any) (any, *vmErr) {
	switch c := x.(type) {
	case *vmList:
		i := k.(int64)
		if i < 0 {
			i += int64(len(c.items))
		}
		if i < 0 || i >= int64(len(c.items)) {
			return nil, v.newErr("IndexError", "list index out of range")
		}
		return c.items[i], nil
	case *vmDict:
		for i, key := range c.keys {
			if vmEqual(key, k) {
				return c.vals[i], nil
			}
		}
		return nil, &vmErr{exc: v.cls("KeyError"), val: &vmInst{cls: v.cls("KeyError"), dict: map[string]any{"args": Tuple{k}}}, tb: None}
	}
	if r, ok := foldBinary(BINARY_SUBSCR, x, k); ok {
		return r, nil
	}
	return nil, v.newErr("IndexError", "index out of range")
}

func (d *vmDict) set(k, val any) {
	for i, key := range d.keys {
		if vmEqual(key, k) {
			d.vals[i] = val
			return
		}
	}
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, val)
}

func (v *vm) printItem(x any) {
	if v.softspace {
		v.out.WriteByte(' ')
	}
	s := vmStr(x)
	v.out.WriteString(s)
	v.softspace = !(len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\t'))
	if _, ok := x.(string); !ok {
		v.softspace = true
	}
}

// run executes f until it returns (yielded false) or yields (true).
// throw, if not nil, is raised at f's pc (a generator's YIELD_VALUE).
func (v *vm) run(f *vmFrame, throw *vmErr) (ret any, yielded bool, err *vmErr) {
	v.depth++
	defer func() { v.depth-- }()
	if v.depth > 200 {
		return nil, false, v.newErr("RuntimeError", "maximum recursion depth exceeded")
	}
	savedExc := v.exc
	defer func() {
		if !yielded {
			v.exc = savedExc
		}
	}()
	code := f.code
	push := func(x any) { f.stack = append(f.stack, x) }
	pop := func() any {
		x := f.stack[len(f.stack)-1]
		f.stack = f.stack[:len(f.stack)-1]
		return x
	}
	top := func() any { return f.stack[len(f.stack)-1] }
	pc := f.pc
	if throw != nil {
		pc-- // raised at the YIELD_VALUE
		err = throw
	}
	for {
		if err == nil {
			in := code.Code[pc]
			op, arg := in.Op(), in.Arg()
			pc++
			var e *vmErr
			switch op {
			case NOP:
			case POP_TOP:
				pop()
			case ROT_TWO:
				n := len(f.stack)
				f.stack[n-1], f.stack[n-2] = f.stack[n-2], f.stack[n-1]
			case ROT_THREE:
				n := len(f.stack)
				f.stack[n-1], f.stack[n-2], f.stack[n-3] = f.stack[n-2], f.stack[n-3], f.stack[n-1]
			case ROT_FOUR:
				n := len(f.stack)
				f.stack[n-1], f.stack[n-2], f.stack[n-3], f.stack[n-4] = f.stack[n-2], f.stack[n-3], f.stack[n-4], f.stack[n-1]
			case DUP_TOP:
				push(top())
			case DUP_TOPX:
				f.stack = append(f.stack, f.stack[len(f.stack)-arg:]...)
			case UNARY_NOT:
				push(!vmTruth(pop()))
			case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT:
				r, ok := foldUnary(op, pop())
				if !ok {
					e = v.newErr("TypeError", "bad operand")
				}
				push(r)
			case UNARY_CONVERT:
				push(vmRepr(pop()))
			case BINARY_SUBSCR:
				k := pop()
				var r any
				r, e = v.subscr(pop(), k)
				push(r)
			case STORE_SUBSCR:
				k, c, val := pop(), pop(), pop()
				switch c := c.(type) {
				case *vmList:
					c.items[k.(int64)] = val
				case *vmDict:
					c.set(k, val)
				}
			case DELETE_SUBSCR:
				k, c := pop(), pop()
				if l, ok := c.(*vmList); ok {
					i := k.(int64)
					l.items = append(l.items[:i], l.items[i+1:]...)
				}
				if d, ok := c.(*vmDict); ok {
					for i, key := range d.keys {
						if vmEqual(key, k) {
							d.keys = append(d.keys[:i], d.keys[i+1:]...)
							d.vals = append(d.vals[:i], d.vals[i+1:]...)
							break
						}
					}
				}
			case SLICE:
				var lo, hi any = int64(0), nil
				if arg&2 != 0 {
					hi = pop()
				}
				if arg&1 != 0 {
					lo = pop()
				}
				x := pop()
				var items []any
				n := int64(0)
				switch c := x.(type) {
				case *vmList:
					items = c.items
					n = int64(len(items))
				case Tuple:
					items = c
					n = int64(len(items))
				case string:
					n = int64(len(c))
				}
				norm := func(i int64) int64 {
					if i < 0 {
						i += n
					}
					return max(0, min(i, n))
				}
				l, h := norm(lo.(int64)), n
				if hi != nil {
					h = norm(hi.(int64))
				}
				if l > h {
					l = h
				}
				if str, ok := x.(string); ok {
					push(str[l:h])
					continue
				}
				if _, ok := x.(Tuple); ok {
					push(Tuple(append([]any{}, items[l:h]...)))
				} else {
					push(&vmList{append([]any{}, items[l:h]...)})
				}
			case PRINT_ITEM:
				v.printItem(pop())
			case PRINT_NEWLINE:
				v.out.WriteByte('\n')
				v.softspace = false
			case PRINT_ITEM_TO:
				v.printItem(pop())
			case PRINT_NEWLINE_TO:
				pop()
				v.out.WriteByte('\n')
				v.softspace = false
			case LOAD_CONST:
				push(code.Consts[arg])
			case LOAD_NAME:
				name := code.Names[arg]
				if x, ok := f.locals[name]; ok {
					push(x)
				} else if x, ok := f.globals[name]; ok {
					push(x)
				} else if x, ok := v.builtins[name]; ok {
					push(x)
				} else {
					e = v.newErr("NameError", "name '"+name+"' is not defined")
				}
			case STORE_NAME:
				f.locals[code.Names[arg]] = pop()
			case DELETE_NAME:
				delete(f.locals, code.Names[arg])
			case LOAD_GLOBAL:
				name := code.Names[arg]
				if x, ok := f.globals[name]; ok {
					push(x)
				} else if x, ok := v.builtins[name]; ok {
					push(x)
				} else {
					e = v.newErr("NameError", "global name '"+name+"' is not defined")
				}
			case STORE_GLOBAL:
				f.globals[code.Names[arg]] = pop()
			case DELETE_GLOBAL:
				delete(f.globals, code.Names[arg])
			case LOAD_FAST:
				if f.fast[arg] == nil {
					e = v.newErr("UnboundLocalError", "local variable '"+code.Varnames[arg]+"' referenced before assignment")
				}
				push(f.fast[arg])
			case STORE_FAST:
				f.fast[arg] = pop()
			case DELETE_FAST:
				f.fast[arg] = nil
			case LOAD_DEREF:
				x := f.cells[arg].v
				if x == nil {
					e = v.newErr("NameError", "free variable referenced before assignment")
				}
				push(x)
			case STORE_DEREF:
				f.cells[arg].v = pop()
			case LOAD_CLOSURE:
				push(f.cells[arg])
			case LOAD_ATTR:
				var r any
				r, e = v.getattr(pop(), code.Names[arg])
				push(r)
			case STORE_ATTR:
				o, val := pop(), pop()
				switch o := o.(type) {
				case *vmInst:
					o.dict[code.Names[arg]] = val
				case *vmClass:
					o.dict[code.Names[arg]] = val
				}
			case LOAD_LOCALS:
				push(f.locals)
			case BUILD_TUPLE:
				t := Tuple(append([]any{}, f.stack[len(f.stack)-arg:]...))
				f.stack = f.stack[:len(f.stack)-arg]
				push(t)
			case BUILD_LIST:
				l := &vmList{append([]any{}, f.stack[len(f.stack)-arg:]...)}
				f.stack = f.stack[:len(f.stack)-arg]
				push(l)
			case BUILD_MAP:
				push(&vmDict{})
			case STORE_MAP:
				k, val := pop(), pop()
				top().(*vmDict).set(k, val)
			case LIST_APPEND:
				x := pop()
				l := f.stack[len(f.stack)-arg].(*vmList)
				l.items = append(l.items, x)
			case MAP_ADD:
				k, val := pop(), pop()
				f.stack[len(f.stack)-arg].(*vmDict).set(k, val)
			case BUILD_SET, SET_ADD:
				e = v.newErr("TypeError", "no sets here")
			case UNPACK_SEQUENCE:
				var items []any
				e = v.iterate(pop(), func(x any) *vmErr { items = append(items, x); return nil })
				if e == nil && len(items) != arg {
					e = v.newErr("ValueError", "wrong number of values to unpack")
				}
				for i := len(items) - 1; i >= 0 && e == nil; i-- {
					push(items[i])
				}
			case COMPARE_OP:
				b := pop()
				var r any
				r, e = v.compare(CmpOp(arg), pop(), b)
				push(r)
			case JUMP:
				pc = arg
			case POP_JUMP_IF_FALSE:
				if !vmTruth(pop()) {
					pc = arg
				}
			case POP_JUMP_IF_TRUE:
				if vmTruth(pop()) {
					pc = arg
				}
			case JUMP_IF_FALSE_OR_POP:
				if !vmTruth(top()) {
					pc = arg
				} else {
					pop()
				}
			case JUMP_IF_TRUE_OR_POP:
				if vmTruth(top()) {
					pc = arg
				} else {
					pop()
				}
			case GET_ITER:
				var it any
				it, e = v.iterOf(pop())
				push(it)
			case FOR_ITER:
				x, err := v.next(top())
				if err != nil {
					if c, ok := err.exc.(*vmClass); ok && isSubclass(c, v.cls("StopIteration")) {
						pop()
						pc = arg
					} else {
						e = err
					}
				} else {
					push(x)
				}
			case CALL_FUNCTION, CALL_FUNCTION_VAR, CALL_FUNCTION_KW, CALL_FUNCTION_VAR_KW, CALL_METHOD:
				var star, kwmap any
				if op == CALL_FUNCTION_KW || op == CALL_FUNCTION_VAR_KW {
					kwmap = pop()
				}
				if op == CALL_FUNCTION_VAR || op == CALL_FUNCTION_VAR_KW {
					star = pop()
				}
				nkw := (arg >> 8) & 0xff
				npos := arg & 0xff
				kw := append([]any{}, f.stack[len(f.stack)-2*nkw:]...)
				f.stack = f.stack[:len(f.stack)-2*nkw]
				args := append([]any{}, f.stack[len(f.stack)-npos:]...)
				f.stack = f.stack[:len(f.stack)-npos]
				if star != nil {
					e = v.iterate(star, func(x any) *vmErr { args = append(args, x); return nil })
				}
				if d, ok := kwmap.(*vmDict); ok {
					for i := range d.keys {
						kw = append(kw, d.keys[i], d.vals[i])
					}
				}
				if op == CALL_METHOD {
					self := pop()
					if _, null := self.(vmNull); !null {
						args = append([]any{self}, args...)
					}
				}
				fn := pop()
				if e == nil {
					var r any
					r, e = v.call(fn, args, kw)
					push(r)
				}
			case LOAD_METHOD:
				o := pop()
				name := code.Names[arg]
				if inst, ok := o.(*vmInst); ok {
					if _, shadowed := inst.dict[name]; !shadowed {
						if m, ok := inst.cls.lookup(name); ok {
							if _, isFn := m.(*vmFunc); isFn {
								push(m)
								push(inst)
								break
							}
						}
					}
				}
				var r any
				r, e = v.getattr(o, name)
				push(r)
				push(vmNull{})
			case MAKE_FUNCTION, MAKE_CLOSURE:
				c := pop().(*Code)
				fn := &vmFunc{code: c, globals: f.globals}
				if op == MAKE_CLOSURE {
					for _, cell := range pop().(Tuple) {
						fn.closure = append(fn.closure, cell.(*vmCell))
					}
				}
				fn.defaults = append([]any{}, f.stack[len(f.stack)-arg:]...)
				f.stack = f.stack[:len(f.stack)-arg]
				push(fn)
			case BUILD_CLASS:
				d, bases, name := pop().(map[string]any), pop().(Tuple), pop().(string)
				c := &vmClass{name: name, dict: d}
				for _, b := range bases {
					c.bases = append(c.bases, b.(*vmClass))
				}
				push(c)
			case RETURN_VALUE:
				r := pop()
				f.pc = pc
				return r, false, nil
			case YIELD_VALUE:
				r := pop()
				f.pc = pc
				return r, true, nil
			case RAISE_VARARGS:
				var typ, val any = nil, None
				if arg >= 3 {
					pop()
				}
				if arg >= 2 {
					val = pop()
				}
				if arg >= 1 {
					typ = pop()
					e = v.makeErr(typ, val)
				} else if v.exc != nil {
					e = v.exc
				} else {
					e = v.newErr("TypeError", "exceptions must be old-style classes or derived from BaseException, not NoneType")
				}
			case RERAISE:
				exc, val, tb := pop(), pop(), pop()
				e = &vmErr{exc: exc, val: val, tb: tb}
			case SETUP_WITH:
				mgr := pop()
				exit, err := v.getattr(mgr, "__exit__")
				if err != nil {
					e = err
					break
				}
				enter, err := v.getattr(mgr, "__enter__")
				if err != nil {
					e = err
					break
				}
				push(exit)
				var r any
				r, e = v.call(enter, nil, nil)
				push(r)
			case WITH_EXIT:
				_, e = v.call(pop(), []any{None, None, None}, nil)
			case WITH_EXCEPT:
				n := len(f.stack)
				exc, val, tb, exit := f.stack[n-1], f.stack[n-2], f.stack[n-3], f.stack[n-4]
				var r any
				r, e = v.call(exit, []any{exc, val, tb}, nil)
				if e == nil {
					if vmTruth(r) {
						f.stack = f.stack[:n-4]
					} else {
						e = &vmErr{exc: exc, val: val, tb: tb}
					}
				}
			case EXTENDED_ARG:
				e = v.newErr("SystemError", "EXTENDED_ARG")
			default:
				if op >= BINARY_POWER && op <= INPLACE_OR {
					b := pop()
					var r any
					r, e = v.binary(op, pop(), b)
					push(r)
					break
				}
				e = v.newErr("SystemError", "unknown opcode "+op.String())
			}
			if e == nil {
				continue
			}
			err = e
			pc--
		}
		h := code.HandlerAt(pc)
		if h == nil {
			f.pc = pc
			return nil, false, err
		}
		f.stack = f.stack[:h.Depth]
		exc, val := err.exc, err.val
		if h.Kind != HandlerFinally {
			v.exc = err
		}
		f.stack = append(f.stack, err.tb, val, exc)
		pc = int(h.Target)
		err = nil
	}
}

// runModule runs a module's code, returning its output and the
// uncaught exception, if any.
func runModule(code *Code) (string, *vmErr) {
	v := newVM()
	globals := map[string]any{"__name__": "__main__"}
	f := &vmFrame{code: code, globals: globals, locals: globals}
	_, _, err := v.run(f, nil)
	return v.out.String(), err
}

// describeErr formats an uncaught exception as the last line of
// CPython's traceback.
func describeErr(err *vmErr) string {
	c, ok := err.exc.(*vmClass)
	if !ok {
		return fmt.Sprint(err.exc)
	}
	s := vmStr(err.val)
	if s == "" {
		return c.name
	}
	return c.name + ": " + s
}
