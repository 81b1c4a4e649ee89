package interp

import (
	"github.com/pystm/pystm/compile"
	"github.com/pystm/pystm/objects"
)

// Frame is the execution state of one code object: a function call, a
// module, a class body or an exec. Frames live on the heap and are
// linked through back.
type Frame struct {
	Code    *objects.Code
	fn      *objects.Function
	Globals *objects.Dict
	Locals  *objects.Dict // the locals dict of module, class and unoptimized code
	// LocalsMap is the locals mapping when it is not a dict (exec or
	// eval with a mapping for locals); Locals is nil then.
	LocalsMap objects.Value
	Builtins  *objects.Dict
	fast      []objects.Value
	buf       []objects.Value // fast and stack share it
	cells     []*objects.Cell
	stack     []objects.Value
	sp        int
	pc        int // the next instruction
	lasti     int // the instruction being executed
	back      *Frame
	gen       *Generator

	// savedExc is sys.exc_info() as it was before this frame handled an
	// exception; it is restored when the frame exits.
	savedExc *objects.Exception
	excSaved bool

	// initSelf is set on a frame running __init__ for a class call made
	// by the loop: its return value is replaced by the new instance.
	initSelf objects.Value
	// entry marks the frame a run call started with.
	entry bool
	// pendingExc is an exception to raise at the suspended yield
	// (generator.throw and close).
	pendingExc *objects.Exception
	// exposed is set once something outside the loop may hold the frame
	// (a traceback, sys._getframe, a generator); such frames are never
	// reused.
	exposed bool
	// lineno is f_lineno after the frame has finished (for tracebacks).
	lineno int
	// txSeq is the transaction that made or snapshotted the frame (see
	// touch).
	txSeq uint64
}

// Type returns frame.
func (f *Frame) Type() *objects.Type { return objects.FrameType }

// GlobalsDict returns the frame's globals.
func (f *Frame) GlobalsDict() *objects.Dict { return f.Globals }

// Line returns the line being executed.
func (f *Frame) Line() int {
	if f.lineno > 0 {
		return f.lineno
	}
	return f.Code.Line(f.lasti)
}

// Back returns the calling frame, or nil.
func (f *Frame) Back() *Frame { return f.back }

// threadState is the evaluator's per-thread state (Thread.Local).
type threadState struct {
	free     []*Frame         // frames whose call returned, for reuse
	withExit withExit         // the last bound __exit__ (setupWith)
	exitArgs [3]objects.Value // the arguments of a built-in __exit__ (callExit)
	txState
}

func stateOf(t *objects.Thread) *threadState {
	if ts, ok := t.Local.(*threadState); ok {
		return ts
	}
	ts := &threadState{}
	t.Local = ts
	return ts
}

// expose marks f and its callers as visible outside the loop.
func expose(f *Frame) {
	for ; f != nil && !f.exposed; f = f.back {
		f.exposed = true
	}
}

// release returns a finished frame for reuse unless it is exposed.
func release(t *objects.Thread, f *Frame) {
	if f.exposed || f.gen != nil {
		return
	}
	ts := stateOf(t)
	if len(ts.free) < 64 {
		// Drop what the frame refers to, so that a pooled frame keeps
		// no object alive (its finalizer would never run).
		clear(f.fast)
		f.Code, f.fn, f.Globals, f.Locals, f.Builtins, f.cells, f.initSelf = nil, nil, nil, nil, nil, nil, nil
		ts.free = append(ts.free, f)
	}
}

func newFrame(t *objects.Thread, code *objects.Code, globals, locals *objects.Dict, fn *objects.Function) *Frame {
	n := code.NLocals
	ncells := len(code.Cellvars) + len(code.Freevars)
	size := n + code.StackSize + 1
	var f *Frame
	if ts, ok := t.Local.(*threadState); ok && len(ts.free) > 0 {
		g := ts.free[len(ts.free)-1]
		if len(g.buf) >= size {
			ts.free = ts.free[:len(ts.free)-1]
			buf := g.buf
			// The frame was cleared when it was released.
			g.Code, g.fn, g.Globals, g.Locals = code, fn, globals, locals
			g.fast, g.stack = buf[:n:n], buf[n:]
			g.sp, g.pc, g.lasti, g.lineno = 0, 0, 0, 0
			g.back, g.gen, g.cells, g.initSelf, g.entry = nil, nil, nil, nil, false
			g.LocalsMap = nil
			g.txSeq = t.SnapSeq
			f = g
		}
	}
	if f == nil {
		// One allocation for locals and stack.
		buf := make([]objects.Value, size)
		f = &Frame{
			Code:    code,
			fn:      fn,
			Globals: globals,
			Locals:  locals,
			fast:    buf[:n:n],
			stack:   buf[n:],
			buf:     buf,
			txSeq:   t.SnapSeq,
		}
	}
	if fn != nil && fn.Builtins != nil {
		f.Builtins = fn.Builtins
	} else {
		f.Builtins = builtinsFor(t, globals)
	}
	if ncells > 0 {
		f.cells = make([]*objects.Cell, ncells)
		nc := len(code.Cellvars)
		for i := 0; i < nc; i++ {
			f.cells[i] = objects.NewCell(nil)
		}
		if fn != nil {
			copy(f.cells[nc:], fn.Closure)
		}
	}
	return f
}

// builtinsFor returns the builtins dict for code run with globals: its
// __builtins__ entry (a module or a dict), else the interpreter's.
func builtinsFor(t *objects.Thread, globals *objects.Dict) *objects.Dict {
	if b := globals.GetString(t, "__builtins__"); b != nil {
		switch b := b.(type) {
		case *objects.Dict:
			return b
		case *objects.Module:
			return b.Dict()
		}
	}
	return t.RT.Builtins.Dict()
}

// initCells fills cells that are also parameters (Cell2Arg).
func (f *Frame) initCells(t *objects.Thread) {
	for i, a := range f.Code.Cell2Arg {
		if a >= 0 {
			f.cells[i].Set(t, f.fast[a])
		}
	}
}

func isOptimized(c *objects.Code) bool { return c.Flags&compile.CodeOptimized != 0 }

func init() {
	objects.FrameType.AddGetSets([]objects.GetSet{
		{Name: "f_lineno", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return objects.Int(self.(*Frame).Line()), nil
		}},
		{Name: "f_code", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return self.(*Frame).Code, nil
		}},
		{Name: "f_globals", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return self.(*Frame).Globals, nil
		}},
		{Name: "f_locals", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return localsValue(t, self.(*Frame)), nil
		}},
		{Name: "f_back", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			if b := self.(*Frame).back; b != nil {
				return b, nil
			}
			return objects.None, nil
		}},
		{Name: "f_builtins", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return self.(*Frame).Builtins, nil
		}},
		{Name: "f_lasti", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return objects.Int(self.(*Frame).lasti), nil
		}},
	})
	objects.TracebackType.AddGetSets([]objects.GetSet{
		{Name: "tb_lineno", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return objects.Int(self.(*objects.Traceback).Lineno), nil
		}},
		{Name: "tb_frame", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return self.(*objects.Traceback).Frame, nil
		}},
		{Name: "tb_lasti", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			return objects.Int(self.(*objects.Traceback).Lasti), nil
		}},
		{Name: "tb_next", Get: func(t *objects.Thread, self objects.Value) (objects.Value, error) {
			if n := self.(*objects.Traceback).Next; n != nil {
				return n, nil
			}
			return objects.None, nil
		}},
	})
}

// frameLocals returns the frame's locals as a dict (PyFrame_FastToLocals
// for optimized frames: a fresh dict each time).
func frameLocals(t *objects.Thread, f *Frame) *objects.Dict {
	if f.Locals != nil && !isOptimized(f.Code) {
		fastToLocals(t, f)
		return f.Locals
	}
	if f.Locals != nil && f.fn == nil {
		return f.Locals
	}
	d := objects.NewDict()
	for i, name := range f.Code.Varnames {
		if v := f.fast[i]; v != nil {
			d.SetString(t, name, v)
		}
	}
	nc := len(f.Code.Cellvars)
	for i, name := range f.Code.Cellvars {
		if v := f.cells[i].Get(t); v != nil {
			d.SetString(t, name, v)
		}
	}
	for i, name := range f.Code.Freevars {
		if v := f.cells[nc+i].Get(t); v != nil {
			d.SetString(t, name, v)
		}
	}
	return d
}

// localsValue returns the frame's locals mapping (locals()): the mapping
// given to exec or eval, else frameLocals.
func localsValue(t *objects.Thread, f *Frame) objects.Value {
	if f.LocalsMap != nil {
		return f.LocalsMap
	}
	return frameLocals(t, f)
}

// fastToLocals copies fast slots and cells into the locals dict of an
// unoptimized function frame.
func fastToLocals(t *objects.Thread, f *Frame) {
	if f.Locals == nil || f.fn == nil {
		return
	}
	for i, name := range f.Code.Varnames {
		key := objects.Intern(name)
		if v := f.fast[i]; v != nil {
			f.Locals.SetItemStr(t, key, v)
		} else {
			f.Locals.DelItem(t, key)
		}
	}
	nc := len(f.Code.Cellvars)
	for i, name := range f.Code.Cellvars {
		if v := f.cells[i].Get(t); v != nil {
			f.Locals.SetString(t, name, v)
		}
	}
	for i, name := range f.Code.Freevars {
		if v := f.cells[nc+i].Get(t); v != nil {
			f.Locals.SetString(t, name, v)
		}
	}
}

// localsToFast copies the locals dict back into the fast slots.
func localsToFast(t *objects.Thread, f *Frame) {
	if f.Locals == nil || f.fn == nil {
		return
	}
	for i, name := range f.Code.Varnames {
		f.fast[i] = f.Locals.GetString(t, name)
	}
}
