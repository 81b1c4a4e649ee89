package interp

import (
	"errors"

	"github.com/pystm/pystm/compile"
	o "github.com/pystm/pystm/objects"
	"github.com/pystm/pystm/stm"
)

// maxGoDepth bounds nested evaluation loops (Go calling back into
// Python), whatever the recursion limit, so that deep recursion through
// Go code raises RuntimeError instead of exhausting the Go stack.
const maxGoDepth = 6000

// null is the NULL that LOAD_METHOD pushes when it found a plain attribute.
var null o.Value = &nullValue{}

type nullValue struct{}

func (*nullValue) Type() *o.Type { return o.NoneTypeType }

func recursionError() error {
	return o.Errorf(o.RuntimeError, "maximum recursion depth exceeded")
}

// pushFrame links f as t's current frame, checking the recursion limit.
func pushFrame(t *o.Thread, f *Frame) error {
	if t.Frames >= t.RT.RecursionLimit {
		return recursionError()
	}
	if o.Attention.Load() {
		if err := attend(t); err != nil {
			return err
		}
	}
	t.Ticks--
	if t.SnapSeq != 0 && f.txSeq != t.SnapSeq {
		touch(t, f) // a generator resumed
	}
	t.Frames++
	if cur, ok := t.Frame.(*Frame); ok {
		f.back = cur
	} else {
		f.back = nil
	}
	t.Frame = f
	return nil
}

// errBoundary is the dispatch loop's way to a checkpoint (attention, or
// a transaction boundary) in t's current frame, taken at the top of its
// outer loop so that the instructions' code stays small. enterFrame
// returns it, with the callee linked, when the tick budget has run out.
var errBoundary = errors.New("boundary")

// enterFrame is pushFrame for a call from the dispatch loop: it returns
// errBoundary, with f linked, when the tick budget has run out.
func enterFrame(t *o.Thread, f *Frame) error {
	if err := pushFrame(t, f); err != nil {
		return err
	}
	if t.Ticks < 0 {
		return errBoundary
	}
	return nil
}

// popFrame unlinks f, restoring the exception state it saved.
func popFrame(t *o.Thread, f *Frame) {
	t.Frames--
	if f.excSaved {
		t.ExcInfo = f.savedExc
		f.excSaved = false
		f.savedExc = nil
	}
	if f.back != nil {
		t.Frame = f.back
	} else {
		t.Frame = nil
	}
}

// runFrame runs f (already set up) to completion in a nested loop and
// returns its result.
func runFrame(t *o.Thread, f *Frame) (result o.Value, err error) {
	if t.Depth == 0 {
		return runTop(t, f)
	}
	if t.Depth >= maxGoDepth {
		return nil, recursionError()
	}
	savedFrame, savedFrames, savedDepth := t.Frame, t.Frames, t.Depth
	if err := pushFrame(t, f); err != nil {
		return nil, err
	}
	f.entry = true
	t.Depth++
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*stm.Abort); ok {
				panic(r)
			}
			// A bug in pystm: report it as a Python SystemError rather
			// than crash with a Go stack trace.
			t.Frame, t.Frames, t.Depth = savedFrame, savedFrames, savedDepth
			result, err = nil, o.Errorf(o.SystemError, "pystm internal error: %v", r)
		}
	}()
	result, err = eval(t, f)
	t.Depth--
	if t.BoundaryDue && t.Depth == 1 {
		t.Ticks = -1 // the boundary a nested loop could not take
	}
	return result, err
}

// eval is the dispatch loop. It runs frame f, which is t's current
// frame, and the frames it calls, until f returns or yields.
func eval(t *o.Thread, f *Frame) (result o.Value, rerr error) {
	// Few variables live across the dispatch: Go keeps no register
	// across a call, so each one costs a store per instruction.
	var (
		instrs = f.Code.Code.Code
		stack  = f.stack
		sp     = f.sp
		pc     = f.pc
		// perr is the exception being raised, handled at the top of
		// the outer loop; addTB says whether it gets this frame in its
		// traceback. Both are dead while instructions run.
		perr  error
		addTB bool
	)
	// The error path and the frame switches reload these.
	load := func() {
		instrs = f.Code.Code.Code
		stack = f.stack
		sp = f.sp
		pc = f.pc
	}

	if f.pendingExc != nil {
		perr, addTB = f.pendingExc, true
		f.pendingExc = nil
	}
	for {
		if perr == errBoundary {
			// The current frame is f, or the callee enterFrame linked.
			perr = nil
			f = t.Frame.(*Frame)
			load()
			perr = checkpoint(t, f)
		}
		if perr != nil {
			err := perr
			perr = nil
			for {
				exc := o.AsException(err)
				err = nil
				if addTB {
					expose(f)
					exc.Traceback = &o.Traceback{Next: exc.Traceback, Frame: f, Lineno: f.Code.Line(f.lasti), Lasti: f.lasti}
				}
				addTB = true
				if h := f.Code.HandlerAt(f.lasti); h != nil {
					clear(stack[h.Depth:sp])
					sp = int(h.Depth)
					if h.Kind != compile.HandlerFinally {
						normalize(t, exc)
						if !f.excSaved {
							f.savedExc = t.ExcInfo
							f.excSaved = true
						}
						t.ExcInfo = exc
					}
					var tb o.Value = o.None
					if exc.Traceback != nil {
						tb = exc.Traceback
					}
					val := exc.Value
					if val == nil {
						val = o.None
					}
					stack[sp] = tb
					stack[sp+1] = val
					stack[sp+2] = exc.Type
					sp += 3
					pc = int(h.Target)
					break
				}
				// Leave the frame.
				clear(stack[:sp])
				f.sp = 0
				f.lineno = f.Code.Line(f.lasti)
				if f.gen != nil {
					f.gen.setFinished(t)
				}
				popFrame(t, f)
				if f.entry || f.gen != nil {
					return nil, exc
				}
				f = f.back
				if t.SnapSeq != 0 && f.txSeq != t.SnapSeq {
					touch(t, f)
				}
				load()
				err = exc
			}
		}
	dispatch:
		for {
			var err error
			instr := instrs[pc]
			f.lasti = pc
			pc++
			op := instr.Op()
			arg := instr.Arg()
		dispatchOp:
			switch op {
			case compile.EXTENDED_ARG:
				instr = instrs[pc]
				f.lasti = pc
				pc++
				op = instr.Op()
				arg = arg<<24 | instr.Arg()
				goto dispatchOp
			case compile.NOP:
			case compile.LOAD_FAST:
				v := f.fast[arg]
				if v == nil {
					err = o.Errorf(o.UnboundLocalError, "local variable '%s' referenced before assignment", f.Code.Varnames[arg])
					break
				}
				stack[sp] = v
				sp++
			case compile.STORE_FAST:
				sp--
				f.fast[arg] = stack[sp]
				stack[sp] = nil
			case compile.DELETE_FAST:
				if f.fast[arg] == nil {
					err = o.Errorf(o.UnboundLocalError, "local variable '%s' referenced before assignment", f.Code.Varnames[arg])
					break
				}
				f.fast[arg] = nil
			case compile.LOAD_CONST:
				stack[sp] = f.Code.Consts[arg]
				sp++
			case compile.POP_TOP:
				sp--
				stack[sp] = nil
			case compile.ROT_TWO:
				stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
			case compile.ROT_THREE:
				stack[sp-1], stack[sp-2], stack[sp-3] = stack[sp-2], stack[sp-3], stack[sp-1]
			case compile.ROT_FOUR:
				stack[sp-1], stack[sp-2], stack[sp-3], stack[sp-4] = stack[sp-2], stack[sp-3], stack[sp-4], stack[sp-1]
			case compile.DUP_TOP:
				stack[sp] = stack[sp-1]
				sp++
			case compile.DUP_TOPX:
				copy(stack[sp:sp+arg], stack[sp-arg:sp])
				sp += arg

			case compile.UNARY_POSITIVE:
				stack[sp-1], err = o.Pos(t, stack[sp-1])
			case compile.UNARY_NEGATIVE:
				if x, ok := stack[sp-1].(o.Int); ok && x != -x {
					stack[sp-1] = -x
				} else {
					stack[sp-1], err = o.Neg(t, stack[sp-1])
				}
			case compile.UNARY_NOT:
				var b bool
				b, err = o.Truth(t, stack[sp-1])
				stack[sp-1] = o.NewBool(!b)
			case compile.UNARY_CONVERT:
				var s *o.Str
				s, err = o.Repr(t, stack[sp-1])
				stack[sp-1] = s
			case compile.UNARY_INVERT:
				stack[sp-1], err = o.Invert(t, stack[sp-1])

			case compile.BINARY_ADD:
				a, b := stack[sp-2], stack[sp-1]
				if x, ok := a.(o.Int); ok {
					if y, ok := b.(o.Int); ok {
						if z := x + y; (z > x) == (y > 0) {
							sp--
							stack[sp-1] = t.NewInt(int64(z))
							stack[sp] = nil
							break
						}
					}
				}
				sp--
				if r, ok := fastBinary(t, a, b, op); ok {
					stack[sp-1] = r
				} else {
					stack[sp-1], err = o.BinaryOp(t, a, b, o.OpAdd)
				}
				stack[sp] = nil
			case compile.BINARY_SUBTRACT:
				a, b := stack[sp-2], stack[sp-1]
				if x, ok := a.(o.Int); ok {
					if y, ok := b.(o.Int); ok {
						if z := x - y; (z < x) == (y > 0) {
							sp--
							stack[sp-1] = t.NewInt(int64(z))
							stack[sp] = nil
							break
						}
					}
				}
				sp--
				if r, ok := fastBinary(t, a, b, op); ok {
					stack[sp-1] = r
				} else {
					stack[sp-1], err = o.BinaryOp(t, a, b, o.OpSub)
				}
				stack[sp] = nil
			case compile.BINARY_MULTIPLY, compile.BINARY_DIVIDE, compile.BINARY_MODULO,
				compile.BINARY_FLOOR_DIVIDE, compile.BINARY_TRUE_DIVIDE, compile.BINARY_LSHIFT,
				compile.BINARY_RSHIFT, compile.BINARY_AND, compile.BINARY_XOR, compile.BINARY_OR:
				a, b := stack[sp-2], stack[sp-1]
				sp--
				if r, ok := fastBinary(t, a, b, op); ok {
					stack[sp-1] = r
				} else {
					stack[sp-1], err = o.BinaryOp(t, a, b, binOps[op])
				}
				stack[sp] = nil
			case compile.BINARY_POWER:
				a, b := stack[sp-2], stack[sp-1]
				sp--
				stack[sp-1], err = o.Pow(t, a, b, o.None)
				stack[sp] = nil
			case compile.INPLACE_ADD, compile.INPLACE_SUBTRACT, compile.INPLACE_MULTIPLY, compile.INPLACE_DIVIDE,
				compile.INPLACE_MODULO, compile.INPLACE_FLOOR_DIVIDE, compile.INPLACE_TRUE_DIVIDE,
				compile.INPLACE_LSHIFT, compile.INPLACE_RSHIFT, compile.INPLACE_AND, compile.INPLACE_XOR, compile.INPLACE_OR:
				a, b := stack[sp-2], stack[sp-1]
				sp--
				if r, ok := fastBinary(t, a, b, op); ok {
					stack[sp-1] = r
				} else {
					stack[sp-1], err = o.InplaceOp(t, a, b, binOps[op])
				}
				stack[sp] = nil
			case compile.INPLACE_POWER:
				a, b := stack[sp-2], stack[sp-1]
				sp--
				stack[sp-1], err = o.InplacePow(t, a, b)
				stack[sp] = nil

			case compile.BINARY_SUBSCR:
				a, b := stack[sp-2], stack[sp-1]
				sp--
				stack[sp-1], err = getItem(t, a, b)
				stack[sp] = nil
			case compile.STORE_SUBSCR:
				// [v x k]
				err = o.SetItem(t, stack[sp-2], stack[sp-1], stack[sp-3])
				sp -= 3
				clear(stack[sp : sp+3])
			case compile.DELETE_SUBSCR:
				err = o.SetItem(t, stack[sp-2], stack[sp-1], nil)
				sp -= 2
				clear(stack[sp : sp+2])
			case compile.SLICE:
				var lo, hi o.Value
				if arg&2 != 0 {
					sp--
					hi = stack[sp]
				}
				if arg&1 != 0 {
					sp--
					lo = stack[sp]
				}
				stack[sp-1], err = getSlice(t, stack[sp-1], lo, hi)
				clear(stack[sp : sp+int(arg&1+arg>>1&1)])
			case compile.STORE_SLICE, compile.DELETE_SLICE:
				var lo, hi o.Value
				if arg&2 != 0 {
					sp--
					hi = stack[sp]
				}
				if arg&1 != 0 {
					sp--
					lo = stack[sp]
				}
				sp--
				x := stack[sp]
				var v o.Value
				if op == compile.STORE_SLICE {
					sp--
					v = stack[sp]
				}
				err = setSlice(t, x, lo, hi, v)
				n := 1 + int(arg&1+arg>>1&1)
				if op == compile.STORE_SLICE {
					n++
				}
				clear(stack[sp : sp+n])
			case compile.BUILD_SLICE:
				var step o.Value = o.None
				if arg == 3 {
					sp--
					step = stack[sp]
				}
				sp--
				stack[sp-1] = o.NewSlice(stack[sp-1], stack[sp], step)
				clear(stack[sp : sp+int(arg)-1])

			case compile.PRINT_EXPR:
				sp--
				err = displayHook(t, stack[sp])
				stack[sp] = nil
			case compile.PRINT_ITEM:
				sp--
				err = printItem(t, nil, stack[sp])
				stack[sp] = nil
			case compile.PRINT_ITEM_TO:
				sp--
				err = printItem(t, stack[sp-1], stack[sp])
				stack[sp] = nil
			case compile.PRINT_NEWLINE:
				err = printNewline(t, nil)
			case compile.PRINT_NEWLINE_TO:
				sp--
				err = printNewline(t, stack[sp])
				stack[sp] = nil

			case compile.LOAD_NAME:
				name := f.Code.Names[arg]
				var v o.Value
				if f.Locals != nil {
					v, err = dictGet(t, f.Locals, name)
					if err != nil {
						break
					}
				} else if f.LocalsMap != nil {
					v, err = dictGet(t, f.LocalsMap, name)
					if err != nil {
						break
					}
				}
				if v == nil {
					v = f.Globals.GetItemStr(t, name)
					if v == nil {
						v = f.Builtins.GetItemStr(t, name)
						if v == nil {
							err = o.Errorf(o.NameError, "name '%s' is not defined", name.String())
							break
						}
					}
				}
				stack[sp] = v
				sp++
			case compile.STORE_NAME:
				sp--
				if f.Locals != nil {
					err = dictSet(t, f.Locals, f.Code.Names[arg], stack[sp])
				} else if f.LocalsMap != nil {
					err = dictSet(t, f.LocalsMap, f.Code.Names[arg], stack[sp])
				} else {
					err = o.Errorf(o.SystemError, "no locals found when storing '%s'", f.Code.Names[arg].String())
				}
				stack[sp] = nil
			case compile.DELETE_NAME:
				var found bool
				if f.Locals != nil {
					found, err = dictDel(t, f.Locals, f.Code.Names[arg])
				} else if f.LocalsMap != nil {
					found, err = dictDel(t, f.LocalsMap, f.Code.Names[arg])
				} else {
					err = o.Errorf(o.SystemError, "no locals when deleting '%s'", f.Code.Names[arg].String())
					break
				}
				if err == nil && !found {
					err = o.Errorf(o.NameError, "name '%s' is not defined", f.Code.Names[arg].String())
				}
			case compile.LOAD_GLOBAL:
				v := o.LoadGlobal(t, f.Globals, f.Builtins, f.Code.Names[arg], &f.Code.GlobalCache[arg])
				if v == nil {
					err = o.Errorf(o.NameError, "global name '%s' is not defined", f.Code.Names[arg].String())
					break
				}
				stack[sp] = v
				sp++
			case compile.STORE_GLOBAL:
				sp--
				f.Globals.SetItemStr(t, f.Code.Names[arg], stack[sp])
				stack[sp] = nil
			case compile.DELETE_GLOBAL:
				var found bool
				found, err = f.Globals.DelItem(t, f.Code.Names[arg])
				if err == nil && !found {
					err = o.Errorf(o.NameError, "global name '%s' is not defined", f.Code.Names[arg].String())
				}
			case compile.LOAD_DEREF:
				v := f.cells[arg].Get(t)
				if v == nil {
					err = unboundDeref(f.Code, arg)
					break
				}
				stack[sp] = v
				sp++
			case compile.STORE_DEREF:
				sp--
				f.cells[arg].Set(t, stack[sp])
				stack[sp] = nil
			case compile.LOAD_CLOSURE:
				stack[sp] = f.cells[arg]
				sp++
			case compile.LOAD_ATTR:
				stack[sp-1], err = o.GetAttr(t, stack[sp-1], f.Code.Names[arg])
			case compile.STORE_ATTR:
				// [v x]
				err = o.SetAttr(t, stack[sp-1], f.Code.Names[arg], stack[sp-2])
				sp -= 2
				clear(stack[sp : sp+2])
			case compile.DELETE_ATTR:
				sp--
				err = o.SetAttr(t, stack[sp], f.Code.Names[arg], nil)
				stack[sp] = nil
			case compile.LOAD_LOCALS:
				if f.Locals != nil {
					stack[sp] = f.Locals
				} else if f.LocalsMap != nil {
					stack[sp] = f.LocalsMap
				} else {
					err = o.Errorf(o.SystemError, "no locals")
					break
				}
				sp++

			case compile.BUILD_TUPLE:
				tu := o.NewTupleFrom(stack[sp-arg : sp])
				clear(stack[sp-arg : sp])
				sp -= arg
				stack[sp] = tu
				sp++
			case compile.BUILD_LIST:
				items := make([]o.Value, arg)
				copy(items, stack[sp-arg:sp])
				clear(stack[sp-arg : sp])
				sp -= arg
				stack[sp] = t.NewList(items)
				sp++
			case compile.BUILD_SET:
				items := make([]o.Value, arg)
				copy(items, stack[sp-arg:sp])
				clear(stack[sp-arg : sp])
				sp -= arg
				var s o.Value
				s, err = o.Call(t, o.SetType, []o.Value{o.NewList(items)}, nil)
				stack[sp] = s
				sp++
			case compile.BUILD_MAP:
				stack[sp] = o.NewDictSized(arg)
				sp++
			case compile.STORE_MAP:
				// [d v k]
				err = stack[sp-3].(*o.Dict).SetItem(t, stack[sp-1], stack[sp-2])
				sp -= 2
				clear(stack[sp : sp+2])
			case compile.LIST_APPEND:
				sp--
				stack[sp-arg].(*o.List).Append(t, stack[sp])
				stack[sp] = nil
			case compile.SET_ADD:
				sp--
				_, err = o.CallMethod(t, stack[sp-arg], "add", stack[sp])
				stack[sp] = nil
			case compile.MAP_ADD:
				// [d ... v k]
				err = stack[sp-2-arg].(*o.Dict).SetItem(t, stack[sp-1], stack[sp-2])
				sp -= 2
				clear(stack[sp : sp+2])
			case compile.UNPACK_SEQUENCE:
				sp--
				seq := stack[sp]
				stack[sp] = nil
				err = unpack(t, seq, arg, stack[sp:sp+arg])
				if err == nil {
					sp += arg
				}

			case compile.COMPARE_OP:
				a, b := stack[sp-2], stack[sp-1]
				sp--
				stack[sp] = nil
				if r, ok := fastCompare(a, b, arg); ok {
					stack[sp-1] = r
					break
				}
				stack[sp-1], err = compareOp(t, a, b, compile.CmpOp(arg))

			case compile.JUMP:
				if arg < pc {
					t.Ticks--
					if t.Ticks < 0 || o.Attention.Load() {
						// A boundary here re-runs from the jump's target.
						pc, err = arg, errBoundary
						break
					}
				}
				pc = arg
			case compile.POP_JUMP_IF_FALSE:
				sp--
				v := stack[sp]
				stack[sp] = nil
				var b bool
				if x, ok := v.(o.Bool); ok {
					b = bool(x)
				} else if b, err = o.Truth(t, v); err != nil {
					break
				}
				if !b {
					if arg < pc {
						// The back edge of a while loop.
						t.Ticks--
						if t.Ticks < 0 || o.Attention.Load() {
							pc, err = arg, errBoundary
							break
						}
					}
					pc = arg
				}
			case compile.POP_JUMP_IF_TRUE:
				sp--
				v := stack[sp]
				stack[sp] = nil
				var b bool
				if x, ok := v.(o.Bool); ok {
					b = bool(x)
				} else if b, err = o.Truth(t, v); err != nil {
					break
				}
				if b {
					if arg < pc {
						t.Ticks--
						if t.Ticks < 0 || o.Attention.Load() {
							pc, err = arg, errBoundary
							break
						}
					}
					pc = arg
				}
			case compile.JUMP_IF_FALSE_OR_POP:
				var b bool
				b, err = o.Truth(t, stack[sp-1])
				if err == nil {
					if !b {
						pc = arg
					} else {
						sp--
						stack[sp] = nil
					}
				}
			case compile.JUMP_IF_TRUE_OR_POP:
				var b bool
				b, err = o.Truth(t, stack[sp-1])
				if err == nil {
					if b {
						pc = arg
					} else {
						sp--
						stack[sp] = nil
					}
				}

			case compile.GET_ITER:
				stack[sp-1], err = o.Iter(t, stack[sp-1])
			case compile.FOR_ITER:
				it := stack[sp-1]
				var v o.Value
				if g, ok := it.(*Generator); ok {
					f.sp, f.pc = sp, pc
					v, err = g.resume(t, o.None, nil)
					if err != nil && o.IsInstanceExc(err, o.StopIteration) {
						err = nil
					}
				} else {
					v, err = o.Next(t, it)
				}
				if err != nil {
					break
				}
				if v == nil {
					sp--
					stack[sp] = nil
					pc = arg
					break
				}
				stack[sp] = v
				sp++

			case compile.LOAD_METHOD:
				x := stack[sp-1]
				name := f.Code.Names[arg]
				if m, ok := lookupMethod(t, x, name); ok {
					stack[sp-1] = m
					stack[sp] = x
					sp++
					break
				}
				stack[sp-1], err = o.GetAttr(t, x, name)
				stack[sp] = null
				sp++

			case compile.CALL_METHOD, compile.CALL_FUNCTION:
				npos, nkw := arg&0xff, (arg>>8)&0xff
				n := npos + 2*nkw
				base := sp - n - 1 // the callable
				if op == compile.CALL_METHOD {
					if _, isNull := stack[sp-n-1].(*nullValue); isNull {
						// [attr NULL args]: drop the NULL.
						copy(stack[sp-n-1:], stack[sp-n:sp])
						sp--
						stack[sp] = nil
						base = sp - n - 1
					} else {
						npos++
						n++
						base = sp - n - 1
					}
				}
				callee := stack[base]
				args := stack[base+1 : base+1+npos]
				var kw []o.Value
				if nkw > 0 {
					kw = stack[base+1+npos : sp]
				}
				// Python function: push a frame, no Go recursion.
				var nf *Frame
				switch fn := callee.(type) {
				case *o.Function:
					nf, err = setupCall(t, fn, nil, args, kw)
				case *o.Method:
					if ff, ok := fn.Func.(*o.Function); ok && fn.Self != nil {
						nf, err = setupCall(t, ff, fn.Self, args, kw)
					} else {
						goto genericCall
					}
				case *o.Type:
					nf, err = setupClassCall(t, fn, args, kw)
					if nf == nil && err == nil {
						goto genericCall
					}
				default:
					goto genericCall
				}
				clear(stack[base:sp])
				sp = base
				if err != nil {
					break
				}
				if nf.Code.Flags&compile.CodeGenerator != 0 {
					stack[sp] = newGenerator(t, nf)
					sp++
					break
				}
				if err = enterFrame(t, nf); err != nil {
					break
				}
				f.sp, f.pc = sp, pc
				f = nf
				load()
				continue
			genericCall:
				{
					f.sp, f.pc = sp, pc
					var r o.Value
					r, err = o.Call(t, callee, args, kw)
					clear(stack[base:sp])
					sp = base
					stack[sp] = r
					if err == nil {
						sp++
						if t.Ticks < 0 {
							// The call blocked, or the budget ran out in
							// it: a boundary after it.
							err = errBoundary
						}
					} else {
						stack[sp] = nil
					}
				}
			case compile.CALL_FUNCTION_VAR, compile.CALL_FUNCTION_KW, compile.CALL_FUNCTION_VAR_KW:
				npos, nkw := arg&0xff, (arg>>8)&0xff
				var star, starstar o.Value
				if op == compile.CALL_FUNCTION_KW || op == compile.CALL_FUNCTION_VAR_KW {
					sp--
					starstar = stack[sp]
				}
				if op == compile.CALL_FUNCTION_VAR || op == compile.CALL_FUNCTION_VAR_KW {
					sp--
					star = stack[sp]
				}
				n := npos + 2*nkw
				base := sp - n - 1
				callee := stack[base]
				var args, kw []o.Value
				args, kw, err = extendArgs(t, callee, stack[base+1:base+1+npos], stack[base+1+npos:sp], star, starstar)
				clear(stack[base : sp+2])
				sp = base
				if err != nil {
					break
				}
				f.sp, f.pc = sp, pc
				var r o.Value
				// Python functions, bound methods and classes run in this
				// loop, as CALL_FUNCTION runs them (a nested loop would
				// take no transaction boundary until it returned).
				var nf *Frame
				switch fn := callee.(type) {
				case *o.Function:
					nf, err = setupCall(t, fn, nil, args, kw)
				case *o.Method:
					if ff, ok := fn.Func.(*o.Function); ok && fn.Self != nil {
						nf, err = setupCall(t, ff, fn.Self, args, kw)
					}
				case *o.Type:
					nf, err = setupClassCall(t, fn, args, kw)
				}
				if err != nil {
					break
				}
				if nf != nil {
					if nf.Code.Flags&compile.CodeGenerator != 0 {
						stack[sp] = newGenerator(t, nf)
						sp++
						break
					}
					if err = enterFrame(t, nf); err != nil {
						break
					}
					f = nf
					load()
					continue
				}
				r, err = o.Call(t, callee, args, kw)
				if err == nil {
					stack[sp] = r
					sp++
				}

			case compile.MAKE_FUNCTION, compile.MAKE_CLOSURE:
				sp--
				c := stack[sp].(*o.Code)
				stack[sp] = nil
				var closure []*o.Cell
				if op == compile.MAKE_CLOSURE {
					sp--
					for _, cell := range stack[sp].(*o.Tuple).Elems() {
						closure = append(closure, cell.(*o.Cell))
					}
					stack[sp] = nil
				}
				var defaults []o.Value
				if arg > 0 {
					defaults = make([]o.Value, arg)
					copy(defaults, stack[sp-arg:sp])
					clear(stack[sp-arg : sp])
					sp -= arg
				}
				fn := o.NewFunction(t, c, f.Globals, defaults, closure)
				fn.Builtins = f.Builtins
				stack[sp] = fn
				sp++
			case compile.BUILD_CLASS:
				// [name bases dict]
				var cls o.Value
				f.sp, f.pc = sp, pc
				cls, err = buildClass(t, f, stack[sp-3], stack[sp-2], stack[sp-1])
				sp -= 2
				clear(stack[sp : sp+2])
				stack[sp-1] = cls
				if err != nil {
					sp--
					stack[sp] = nil
				}

			case compile.RETURN_VALUE:
				sp--
				r := stack[sp]
				clear(stack[:sp+1])
				if f.gen != nil {
					f.sp, f.pc = 0, pc
					f.gen.setFinished(t)
					popFrame(t, f)
					return r, nil
				}
				if f.initSelf != nil {
					if r != o.None {
						err = o.Errorf(o.TypeError, "__init__() should return None, not '%s'", r.Type().Name)
						f.sp = 0
						// Report the error in the caller, as CPython does for type_call.
						popFrame(t, f)
						if f.entry {
							return nil, err
						}
						f = f.back
						if t.SnapSeq != 0 && f.txSeq != t.SnapSeq {
							touch(t, f)
						}
						load()
						perr, addTB = err, true
						break dispatch
					}
					r = f.initSelf
				}
				popFrame(t, f)
				if f.entry {
					if f.exposed {
						f.lineno = f.Code.Line(f.lasti)
					} else {
						release(t, f)
					}
					return r, nil
				}
				done := f
				f = f.back
				if t.SnapSeq != 0 && f.txSeq != t.SnapSeq {
					touch(t, f)
				}
				if done.exposed {
					done.lineno = f.Code.Line(done.lasti)
				} else {
					release(t, done)
				}
				load()
				stack[sp] = r
				sp++
			case compile.YIELD_VALUE:
				sp--
				r := stack[sp]
				stack[sp] = nil
				f.sp, f.pc = sp, pc
				popFrame(t, f)
				return r, nil

			case compile.RAISE_VARARGS:
				var exc, val, tb o.Value
				switch arg {
				case 3:
					tb = stack[sp-1]
					val = stack[sp-2]
					exc = stack[sp-3]
				case 2:
					val = stack[sp-1]
					exc = stack[sp-2]
				case 1:
					exc = stack[sp-1]
				}
				clear(stack[sp-arg : sp])
				sp -= arg
				var e *o.Exception
				e, tbHere := doRaise(t, exc, val, tb)
				if !tbHere {
					perr, addTB = e, false
					break dispatch
				}
				err = e
			case compile.RERAISE:
				sp -= 3
				exc, val, tb := stack[sp+2], stack[sp+1], stack[sp]
				clear(stack[sp : sp+3])
				perr, addTB = reraise(exc, val, tb), false
				break dispatch

			case compile.SETUP_WITH:
				var exit, r o.Value
				f.sp, f.pc = sp, pc
				exit, r, err = setupWith(t, stack[sp-1])
				if err == nil {
					stack[sp-1] = exit
					stack[sp] = r
					sp++
				}
			case compile.WITH_EXIT:
				sp--
				exit := stack[sp]
				stack[sp] = nil
				f.sp, f.pc = sp, pc
				err = callExit(t, exit)
			case compile.WITH_EXCEPT:
				// [exit tb val exc]
				exit, tb, val, exc := stack[sp-4], stack[sp-3], stack[sp-2], stack[sp-1]
				f.sp, f.pc = sp, pc
				var r o.Value
				r, err = o.Call(t, exit, []o.Value{exc, val, tb}, nil)
				if err != nil {
					break
				}
				var swallow bool
				swallow, err = o.Truth(t, r)
				if err != nil {
					break
				}
				sp -= 4
				clear(stack[sp : sp+4])
				if !swallow {
					perr, addTB = reraise(exc, val, tb), false
					break dispatch
				}

			case compile.IMPORT_NAME:
				// [level fromlist]
				f.sp, f.pc = sp, pc
				var m o.Value
				m, err = importName(t, f, f.Code.Names[arg], stack[sp-1], stack[sp-2])
				sp--
				stack[sp] = nil
				stack[sp-1] = m
				if err != nil {
					sp--
					stack[sp] = nil
				}
			case compile.IMPORT_FROM:
				var v o.Value
				v, err = o.GetAttr(t, stack[sp-1], f.Code.Names[arg])
				if err != nil {
					if o.IsInstanceExc(err, o.AttributeError) {
						err = o.Errorf(o.ImportError, "cannot import name %s", f.Code.Names[arg].String())
					}
					break
				}
				stack[sp] = v
				sp++
			case compile.IMPORT_STAR:
				sp--
				m := stack[sp]
				stack[sp] = nil
				fastToLocals(t, f)
				err = importStar(t, f, m)
				localsToFast(t, f)
			case compile.EXEC_STMT:
				// [f.Code globals locals]
				f.sp, f.pc = sp, pc
				fastToLocals(t, f)
				err = execStmt(t, f, stack[sp-3], stack[sp-2], stack[sp-1])
				localsToFast(t, f)
				sp -= 3
				clear(stack[sp : sp+3])
			default:
				err = o.Errorf(o.SystemError, "unknown opcode %s", op)
			}
			if err != nil {
				if err == errBoundary {
					f.sp, f.pc = sp, pc
				}
				perr, addTB = err, true
				break dispatch
			}
		}
	}
}

var binOps = [...]o.BinOp{
	compile.BINARY_MULTIPLY: o.OpMul, compile.BINARY_DIVIDE: o.OpDiv, compile.BINARY_MODULO: o.OpMod,
	compile.BINARY_FLOOR_DIVIDE: o.OpFloorDiv, compile.BINARY_TRUE_DIVIDE: o.OpTrueDiv,
	compile.BINARY_LSHIFT: o.OpLShift, compile.BINARY_RSHIFT: o.OpRShift, compile.BINARY_AND: o.OpAnd,
	compile.BINARY_XOR: o.OpXor, compile.BINARY_OR: o.OpOr,
	compile.INPLACE_ADD: o.OpAdd, compile.INPLACE_SUBTRACT: o.OpSub, compile.INPLACE_MULTIPLY: o.OpMul,
	compile.INPLACE_DIVIDE: o.OpDiv, compile.INPLACE_MODULO: o.OpMod, compile.INPLACE_FLOOR_DIVIDE: o.OpFloorDiv,
	compile.INPLACE_TRUE_DIVIDE: o.OpTrueDiv, compile.INPLACE_LSHIFT: o.OpLShift, compile.INPLACE_RSHIFT: o.OpRShift,
	compile.INPLACE_AND: o.OpAnd, compile.INPLACE_XOR: o.OpXor, compile.INPLACE_OR: o.OpOr,
}

func cmpInts(x, y o.Int, op int) bool {
	switch compile.CmpOp(op) {
	case compile.CmpLT:
		return x < y
	case compile.CmpLE:
		return x <= y
	case compile.CmpEQ:
		return x == y
	case compile.CmpNE:
		return x != y
	case compile.CmpGT:
		return x > y
	}
	return x >= y
}

func compareOp(t *o.Thread, a, b o.Value, op compile.CmpOp) (o.Value, error) {
	switch op {
	case compile.CmpIs:
		return o.NewBool(o.Is(a, b)), nil
	case compile.CmpIsNot:
		return o.NewBool(!o.Is(a, b)), nil
	case compile.CmpIn:
		r, err := o.Contains(t, b, a)
		return o.NewBool(r), err
	case compile.CmpNotIn:
		r, err := o.Contains(t, b, a)
		return o.NewBool(!r), err
	case compile.CmpExcMatch:
		return o.NewBool(excMatch(t, a, b)), nil
	}
	return o.RichCompare(t, a, b, o.Cmp(op))
}

func unboundDeref(code *o.Code, i int) error {
	if i < len(code.Cellvars) {
		return o.Errorf(o.UnboundLocalError, "local variable '%s' referenced before assignment", code.Cellvars[i])
	}
	return o.Errorf(o.NameError, "free variable '%s' referenced before assignment in enclosing scope", code.Freevars[i-len(code.Cellvars)])
}

// dictGet, dictSet and dictDel use a locals mapping that may be any
// mapping (exec with a custom locals), with a fast path for dicts.
func dictGet(t *o.Thread, d o.Value, name *o.Str) (o.Value, error) {
	if dd, ok := d.(*o.Dict); ok && dd.Type() == o.DictType {
		return dd.GetItemStr(t, name), nil
	}
	v, err := o.GetItem(t, d, name)
	if err != nil && o.IsInstanceExc(err, o.KeyError) {
		return nil, nil
	}
	return v, err
}

func dictSet(t *o.Thread, d o.Value, name *o.Str, v o.Value) error {
	if dd, ok := d.(*o.Dict); ok && dd.Type() == o.DictType {
		dd.SetItemStr(t, name, v)
		return nil
	}
	return o.SetItem(t, d, name, v)
}

func dictDel(t *o.Thread, d o.Value, name *o.Str) (bool, error) {
	if dd, ok := d.(*o.Dict); ok && dd.Type() == o.DictType {
		return dd.DelItem(t, name)
	}
	// Any failure to delete is reported as the missing name, as
	// CPython's DELETE_NAME does.
	return o.SetItem(t, d, name, nil) == nil, nil
}
