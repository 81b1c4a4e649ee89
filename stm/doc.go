// Package stm is pystm's software transactional memory runtime. It knows
// nothing about Python: it gives transactions (Tx), a reference type for
// the mutable state of shared objects (Ref) with read and write barriers,
// commit, abort and rewind hooks.
//
// The contract objects are written against:
//
//   - Every mutable Python object keeps its mutable state in one payload
//     behind a Ref[T]. Code reads it with r.Read(tx) and writes through
//     r.Write(tx) only; the pointer a barrier returns is valid until the
//     transaction ends and must not be kept beyond it.
//   - Immutable values need no barrier.
//   - State that cannot be put behind a Ref (an object's type after a
//     __class__ assignment, a file descriptor's position) is changed only
//     after tx.BecomeInevitable(), which in a concurrent run makes the
//     transaction one that never aborts.
//   - An abort unwinds with a panic of type *Abort, caught by the
//     evaluator's depth-0 loop; it is the only panic in pystm.
//
// This version runs one thread: every transaction is inevitable and
// barriers return the committed payload, which is written in place (the
// single-thread mode of ARCHITECTURE.md). Issue 4 makes it concurrent
// behind the same API.
package stm
