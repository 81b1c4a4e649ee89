// Package objects is pystm's Python object model: the types of Python
// 2.7 (int, str, list, dict, classes, functions, exceptions, ...), their
// methods, and the abstract operations on them (Add, GetAttr, Call,
// Compare, Hash, Iter, ...), as CPython's Objects/ directory provides them.
//
// # Values and types
//
// Every Python object is a Value; its Type describes it with CPython's
// slots (Repr, Hash, Call, GetAttr, number and sequence operations ...)
// and a type dict. Built-in types fill the slots with Go functions;
// classes defined in Python get slots that look up and call the
// corresponding special method (__add__, __getitem__, ...).
//
// Immutable values (None, bool, int, long, float, complex, str, unicode,
// tuple, frozenset, code) are plain Go values and need no barrier.
// Mutable objects keep their state behind stm.Ref barriers: every read
// and write goes through the transaction of the Thread passed to the
// operation. Nothing in this package reaches around them.
//
// Instances of classes defined in Python are *Instance. An instance of
// a class derived from an immutable built-in (class N(int)) carries the
// built-in value as its base; slots inherited from the built-in receive
// that base value. Mutable built-ins (list, dict, set, bytearray) and
// exceptions keep their Go struct for subclass instances, with the type
// and an instance dict in their header.
//
// # Errors
//
// A Python exception is returned as an *Exception error value. Go code
// raises one with Errorf(TypeError, ...) and friends. Panics are never
// used for Python exceptions; the only panic is the STM abort.
//
// # Calling back into Python
//
// The evaluator (package interp) installs the Call slot of Python
// functions, so Go code calls any callable with Call(t, f, args, kw).
package objects
