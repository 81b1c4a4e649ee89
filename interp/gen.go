package interp

import (
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// Generator is a generator object: a suspended frame. Its flags are its
// transactional state; its frame is guarded by them (a thread resumes it
// only after writing them, so two threads never run it at once) and
// snapshotted by the evaluator when a transaction first resumes it.
type Generator struct {
	ref stm.Ref[genState]
	f   *Frame
}

type genState struct {
	// finished is set when the frame returned or raised.
	finished bool
	running  bool
	started  bool
}

// Type returns generator.
func (*Generator) Type() *o.Type { return o.GeneratorType }

func newGenerator(t *o.Thread, f *Frame) *Generator {
	a := &struct {
		g  Generator
		st genState
	}{}
	g := &a.g
	g.f = f
	f.exposed = true
	g.ref.InitFresh(t.Tx, &a.st)
	f.gen = g
	return g
}

// state returns the generator's flags for reading.
func (g *Generator) state(t *o.Thread) *genState { return g.ref.Read(t.Tx) }

// setFinished marks the generator's frame as done.
func (g *Generator) setFinished(t *o.Thread) { g.ref.Write(t.Tx).finished = true }

// resume runs the generator until its next yield: sent is the value
// sent in (None for next()), or exc an exception to raise at the yield.
// It returns (nil, nil) when the generator is exhausted.
func (g *Generator) resume(t *o.Thread, sent o.Value, exc *o.Exception) (o.Value, error) {
	st := g.ref.Write(t.Tx)
	if st.running {
		return nil, o.Errorf(o.ValueError, "generator already executing")
	}
	if st.finished {
		if exc != nil {
			return nil, exc
		}
		return nil, nil
	}
	f := g.f
	if !st.started && sent != o.None && exc == nil {
		return nil, o.Errorf(o.TypeError, "can't send non-None value to a just-started generator")
	}
	if t.Depth >= maxGoDepth {
		return nil, recursionError()
	}
	if err := pushFrame(t, f); err != nil {
		return nil, err
	}
	f.entry = true
	if st.started && exc == nil {
		f.stack[f.sp] = sent
		f.sp++
	}
	st.running = true
	t.Depth++
	var r o.Value
	var err error
	if exc != nil {
		if !st.started {
			// Thrown into a generator that has not started: it ends at
			// once, its frame in the traceback at the def line.
			st.started = true
			st.running = false
			t.Depth--
			f.lineno = f.Code.FirstLine
			exc.Traceback = &o.Traceback{Next: exc.Traceback, Frame: f, Lineno: f.lineno, Lasti: -1}
			popFrame(t, f)
			st.finished = true
			return nil, exc
		}
		r, err = evalThrow(t, f, exc)
	} else {
		st.started = true
		r, err = eval(t, f)
	}
	t.Depth--
	if t.BoundaryDue && t.Depth == 1 {
		t.Ticks = -1
	}
	// The body may have blocked, which ends the transaction: look the
	// state up again.
	st = g.ref.Write(t.Tx)
	st.running = false
	if err != nil {
		st.finished = true
		return nil, err
	}
	if st.finished {
		return nil, nil
	}
	return r, nil
}

// throwException builds the exception of generator.throw(typ[, val[,
// tb]]) as CPython's gen_throw does: unlike raise, a tuple is not
// unpacked and the error for anything else names classes or instances.
func throwException(t *o.Thread, args []o.Value) (*o.Exception, error) {
	typ := args[0]
	var val o.Value = o.None
	if len(args) > 1 {
		val = args[1]
	}
	var tb *o.Traceback
	if len(args) > 2 && args[2] != o.None {
		x, ok := args[2].(*o.Traceback)
		if !ok {
			return nil, o.Errorf(o.TypeError, "throw() third argument must be a traceback object")
		}
		tb = x
	}
	var e *o.Exception
	switch {
	case isExcClass(typ):
		e = &o.Exception{Type: typ, Value: val}
		// A failure to instantiate is thrown in instead, as
		// PyErr_NormalizeException leaves it.
		normalize(t, e)
	case isExcInstance(typ):
		if val != o.None {
			return nil, o.Errorf(o.TypeError, "instance exception may not have a separate value")
		}
		e = o.ExceptionFromValue(typ)
	default:
		return nil, o.Errorf(o.TypeError, "exceptions must be classes, or instances, not %s", typ.Type().Name)
	}
	if tb != nil {
		e.Traceback = tb
	}
	return e, nil
}

// evalThrow raises exc at the frame's suspended YIELD_VALUE and runs on.
func evalThrow(t *o.Thread, f *Frame, exc *o.Exception) (o.Value, error) {
	// The yield's pc is the instruction before f.pc.
	f.lasti = f.pc - 1
	f.pendingExc = exc
	return eval(t, f)
}

func init() {
	o.GeneratorType.Iter = func(t *o.Thread, v o.Value) (o.Value, error) { return v, nil }
	o.GeneratorType.Next = func(t *o.Thread, v o.Value) (o.Value, error) {
		r, err := v.(*Generator).resume(t, o.None, nil)
		if err != nil && o.IsInstanceExc(err, o.StopIteration) {
			// The generator's own StopIteration ends the iteration.
			return nil, nil
		}
		return r, err
	}
	// next, as a slot wrapper that lets the generator's own
	// StopIteration through unchanged.
	o.GeneratorType.Dict.SetItemStr(nil, o.Intern("next"), &o.MethodDescr{Owner: o.GeneratorType, Wrapper: true,
		M: &o.MethodDef{Name: "next", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if len(kw) != 0 {
				return nil, o.Errorf(o.TypeError, "wrapper next doesn't take keyword arguments")
			}
			if len(args) != 0 {
				return nil, o.Errorf(o.TypeError, "expected 0 arguments, got %d", len(args))
			}
			r, err := self.(*Generator).resume(t, o.None, nil)
			if err == nil && r == nil {
				return nil, o.NewException(o.StopIteration)
			}
			return r, err
		}}})
	o.GeneratorType.Repr = func(t *o.Thread, v o.Value) (o.Value, error) {
		g := v.(*Generator)
		return o.NewStr("<generator object " + g.f.Code.Name + " at " + addrOf(g) + ">"), nil
	}
	o.GeneratorType.AddMethods([]o.MethodDef{
		{Name: "send", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if len(args) != 1 {
				return nil, o.Errorf(o.TypeError, "send() takes exactly one argument (%d given)", len(args))
			}
			r, err := self.(*Generator).resume(t, args[0], nil)
			if err == nil && r == nil {
				return nil, o.NewException(o.StopIteration)
			}
			return r, err
		}},
		{Name: "throw", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			if len(kw) > 0 {
				return nil, o.Errorf(o.TypeError, "throw() takes no keyword arguments")
			}
			if len(args) < 1 {
				return nil, o.Errorf(o.TypeError, "throw expected at least 1 arguments, got %d", len(args))
			}
			if len(args) > 3 {
				return nil, o.Errorf(o.TypeError, "throw expected at most 3 arguments, got %d", len(args))
			}
			e, err := throwException(t, args)
			if err != nil {
				return nil, err
			}
			r, err := self.(*Generator).resume(t, o.None, e)
			if err == nil && r == nil {
				return nil, o.NewException(o.StopIteration)
			}
			return r, err
		}},
		{Name: "close", Fn: func(t *o.Thread, self o.Value, args, kw []o.Value) (o.Value, error) {
			g := self.(*Generator)
			if st := g.state(t); st.finished || !st.started {
				if !st.finished {
					g.setFinished(t)
				}
				return o.None, nil
			}
			r, err := g.resume(t, o.None, o.NewException(o.GeneratorExit))
			if err != nil {
				if o.IsInstanceExc(err, o.GeneratorExit) || o.IsInstanceExc(err, o.StopIteration) {
					return o.None, nil
				}
				return nil, err
			}
			if r != nil {
				return nil, o.Errorf(o.RuntimeError, "generator ignored GeneratorExit")
			}
			return o.None, nil
		}},
	})
	readonly := func(t *o.Thread, self, v o.Value) error {
		return o.Errorf(o.TypeError, "readonly attribute")
	}
	o.GeneratorType.AddGetSets([]o.GetSet{
		{Name: "gi_running", Member: true, Set: readonly, Get: func(t *o.Thread, self o.Value) (o.Value, error) {
			if self.(*Generator).state(t).running {
				return o.Int(1), nil
			}
			return o.Int(0), nil
		}},
		{Name: "gi_frame", Member: true, Set: readonly, Get: func(t *o.Thread, self o.Value) (o.Value, error) {
			g := self.(*Generator)
			if g.state(t).finished {
				return o.None, nil
			}
			return g.f, nil
		}},
		{Name: "gi_code", Member: true, Set: readonly, Get: func(t *o.Thread, self o.Value) (o.Value, error) {
			return self.(*Generator).f.Code, nil
		}},
		{Name: "__name__", Get: func(t *o.Thread, self o.Value) (o.Value, error) {
			return o.NewStr(self.(*Generator).f.Code.Name), nil
		}},
	})
}
