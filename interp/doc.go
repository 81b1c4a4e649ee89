// Package interp is pystm's evaluator: heap frames, the dispatch loop,
// calls, generators, exceptions and tracebacks, class creation, import,
// and the built-in modules that need the evaluator (__builtin__, sys).
//
// Python-to-Python calls do not recurse on the Go stack: a call pushes a
// Frame and the same loop goes on in the callee; a return pops it. Go
// code that calls back into Python (a builtin calling __eq__, a class
// call running __init__ from Go) runs a nested loop (Thread depth > 1).
// Transaction boundaries will be taken only at depth 0 between two
// instructions (issue 4); see ARCHITECTURE.md.
//
// The instruction set is package compile's (see compile/doc.go): no block
// stack, a static exception table, LOAD_METHOD/CALL_METHOD.
package interp
