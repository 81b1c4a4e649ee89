// Package compile turns Python 2.7 source into code objects for pystm's
// evaluator: future statements (future.go), scope analysis (symtable.go,
// CPython's symtable.c), code generation (compiler*.go), constant
// folding (fold.go), assembly (assemble.go) and a disassembler (dis.go).
// The syntax tree comes from package syntax.
//
// # API
//
// Compile parses and compiles source; CompileTree compiles a tree. Both
// return a *Code (the module, expression or interactive input) whose
// constants hold the nested code objects, or a *syntax.Error. Errors and
// their lines are CPython's (the error tests record them from CPython
// 2.7.18); a SyntaxWarning does not fail compilation and is listed in
// Code.Warnings. Compilation never panics; a tree nested deeper than
// 20000 levels is a SyntaxError "too many nested expressions and
// statements (...)", where CPython would overflow its parser stack or
// crash.
//
// # Instructions
//
// An instruction is one 32-bit word (Instr): an 8-bit Opcode and a
// 24-bit argument, with EXTENDED_ARG prefixes for larger arguments (in
// practice never). Jump arguments are absolute instruction indexes. The
// opcodes and their stack effects are listed in opcode.go; StackEffect
// gives them programmatically and Code.StackSize is the most stack any
// path needs, exception handlers included. The set is CPython 2.7's,
// with these differences:
//
//   - No block stack: SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY,
//     POP_BLOCK, BREAK_LOOP, CONTINUE_LOOP, END_FINALLY and WITH_CLEANUP
//     do not exist. Exceptions are dispatched by a static table, and
//     break, continue and return leave loops, try and with statements by
//     straight-line code (see below).
//   - JUMP replaces JUMP_FORWARD and JUMP_ABSOLUTE. A jump to an index
//     at or below the jump's own is a loop's back edge (a good place for
//     the evaluator's periodic checks).
//   - SLICE, STORE_SLICE and DELETE_SLICE take the "+n" of CPython's
//     SLICE+n as their argument.
//   - PRINT_ITEM_TO leaves the file on the stack: print >>f, a, b is
//     f; a; PRINT_ITEM_TO; b; PRINT_ITEM_TO; PRINT_NEWLINE_TO.
//   - Method calls: o.m(args) with no *args or **kwargs compiles to
//     o; LOAD_METHOD m; args; CALL_METHOD argc. LOAD_METHOD replaces o
//     by two items: when o's type has a plain function m that o's
//     instance dict does not shadow (and o's type uses the generic
//     __getattribute__), [function o], so that no bound method is made;
//     otherwise [getattr(o, m) NULL]. CALL_METHOD argc finds
//     [m x args...] and calls m(x, args...) if x is not NULL, else
//     m(args...); argc is encoded as CALL_FUNCTION's and does not count
//     m and x. An evaluator may always take the NULL path.
//   - RERAISE, SETUP_WITH, WITH_EXIT and WITH_EXCEPT are described below.
//
// # Calls and functions
//
// As in CPython 2.7: CALL_FUNCTION's argument is npos | nkw<<8, the
// stack holds the callable, npos positional arguments, then nkw (name,
// value) pairs whose names are str constants; the _VAR, _KW and _VAR_KW
// forms add *args and/or **kwargs above them. MAKE_FUNCTION n takes n
// defaults and the code; MAKE_CLOSURE n also takes a tuple of cells
// (made by LOAD_CLOSURE) below the code. A function's Consts[0] is its
// docstring or None. BUILD_CLASS takes name, bases and the dict that
// calling the class body's function returned (the body ends with
// LOAD_LOCALS; RETURN_VALUE).
//
// # Variables and frames
//
// LOAD_FAST and friends index the frame's NLocals fast slots (Varnames,
// parameters first: see Code). LOAD_DEREF, STORE_DEREF and LOAD_CLOSURE
// index the frame's cells: Cellvars, then Freevars (the closure tuple
// the function was made with). A cell that is also a parameter starts
// with the argument's value (Cell2Arg). A function that uses exec or
// import * is not CodeOptimized: it still keeps its locals in fast
// slots, but reads unknown names with LOAD_NAME, so the evaluator must
// give its frame a locals dict, copy the fast slots into it before exec
// and import *, and back after (CPython's PyFrame_FastToLocals and
// PyFrame_LocalsToFast). Class bodies and modules use the _NAME ops;
// module-level names declared global in some function use the _GLOBAL
// ops, as in CPython. "None" is loaded as a constant. Names are mangled
// (__x to _Class__x) by the compiler.
//
// Tuple parameters (def f(a, (b, c))) arrive in a slot named ".1" that
// the function's prologue unpacks. Generator expressions and set and
// dict comprehensions are functions of one parameter ".0", the iterator
// of the outermost iterable, called at once; list comprehensions are
// inline and leak their variables, as Python 2's do.
//
// # Exceptions: the handler table
//
// Code.Handlers maps ranges of instructions to handlers. When an
// instruction at pc raises (including one that a callee's exception
// propagates through), the evaluator looks up pc (Code.HandlerAt): if an
// entry covers it, the value stack is cut to the entry's Depth, the
// exception is pushed as [tb val exc] (exc on top, tb None when absent)
// and execution goes on at Target; otherwise the frame is left with the
// exception. Before pushing, a HandlerExcept or HandlerWith entry
// normalizes the exception and makes it the thread's current exception
// (sys.exc_info(), CPython's set_exc_info, restored when the frame
// returns); a HandlerFinally entry pushes it raw and changes nothing.
// Only the innermost handler of a point is in the table: handlers end
// with code that re-raises to the next one out, which is how the table
// chains. The table costs nothing when no exception is raised, and the
// state of a frame is just its pc and value stack, which keeps
// transaction snapshots small.
//
// RERAISE pops [tb val exc] and raises that exception again, without
// adding a traceback entry (CPython's END_FINALLY re-raise). RAISE_VARARGS
// is CPython's, including the bare raise that re-raises sys.exc_info().
//
// try/except compiles to the body (covered by an except handler), a
// jump over the clauses, then for each clause DUP_TOP; <type>;
// COMPARE_OP exception-match; POP_JUMP_IF_FALSE next; POP_TOP; <store
// the value or POP_TOP>; POP_TOP; <clause body>; JUMP end, and RERAISE
// when no clause matches, then the else clause.
//
// try/finally compiles to the body (covered by a finally handler), the
// finally body, a jump to the end, then at the handler the finally body
// again with [tb val exc] on the stack and RERAISE. Every break,
// continue and return that leaves the try body runs its own copy of the
// finally body before jumping or returning. So a finally body appears
// once per way out, which costs code size, never time.
//
// # The with statement
//
// with E as V: B compiles to E; SETUP_WITH; <store V or POP_TOP>; B;
// WITH_EXIT; JUMP end; H: WITH_EXCEPT; end:, with a HandlerWith entry
// covering the store and B at the depth that keeps __exit__ on the
// stack. SETUP_WITH looks up mgr's __exit__ (keeping the bound method)
// then calls __enter__, leaving [exit result]. WITH_EXIT pops exit and
// calls exit(None, None, None). WITH_EXCEPT, at the handler, finds
// [exit tb val exc], calls exit(exc, val, tb), and if the result is
// true pops the four and goes on (the exception is swallowed); else it
// re-raises as RERAISE does. break, continue and return out of B call
// WITH_EXIT on their way (return with its value on top: ROT_TWO first).
//
// # Loops, break, continue, return
//
// for loops keep their iterator on the stack: GET_ITER; top: FOR_ITER
// exhausted; <store>; <body>; JUMP top; exhausted: <else clause>.
// FOR_ITER pops the iterator and jumps when it is exhausted. while loops
// test at the bottom (one jump per iteration). break pops the loop's
// iterator and jumps past the else clause; continue jumps to the loop's
// head; both first pop what enclosed blocks hold (a pending exception in
// a finally body run for an exception) and run their finally bodies and
// __exit__ calls. return does the same as far as the outermost finally
// or with it leaves, then RETURN_VALUE, which drops whatever else is on
// the stack.
//
// # Generators
//
// A code object with CodeGenerator makes a generator when called.
// YIELD_VALUE suspends it with its pc and stack; the value sent is
// pushed when it resumes. A generator closed or thrown into while
// suspended raises the exception at its YIELD_VALUE (look up the
// handler for that instruction's pc, not the next one's), and the
// handler table handles it like any other. RETURN_VALUE ends it (the
// value is None).
//
// # Line numbers and constants
//
// Code.Lines gives the source line of every instruction (Code.Line(pc));
// they are CPython's, except that try: and while 1: lines have no
// instruction of their own. Constants are folded as CPython's peephole
// optimizer does (fold.go), and the unused ones are dropped.
package compile
