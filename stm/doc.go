// Package stm is pystm's software transactional memory runtime. It knows
// nothing about Python: it gives transactions (Tx), a reference type for
// the mutable state of shared objects (Ref) with read and write barriers,
// commit, abort, conflict events and rewind hooks.
//
// The contract objects are written against:
//
//   - Every mutable Python object keeps its mutable state in one payload
//     behind a Ref[T]. Code reads it with r.Read(tx) and writes through
//     r.Write(tx) only; the pointer a barrier returns is valid until the
//     transaction ends and must not be kept beyond it. A payload read
//     through Read must not be modified.
//   - A payload with parts that are modified in place (slices, maps)
//     implements Copier, so that a transaction's private copy does not
//     share them with the committed payload.
//   - Immutable values need no barrier.
//   - State that cannot be put behind a Ref (an object's type after a
//     __class__ assignment, the slots of a type) is changed only after
//     tx.BecomeExclusive(), which stops every other transaction until
//     this one commits.
//   - Actions that cannot be undone (I/O, system calls, the clock) happen
//     only after tx.BecomeInevitable(): an inevitable transaction never
//     aborts; at most one runs at a time, and the others wait to commit
//     until it has.
//   - An abort unwinds with a panic of type *Abort, caught by the
//     evaluator's depth-0 loop; it is the only panic in pystm.
//
// # Modes
//
// While a process runs one thread, or runs under a global lock (pystm
// --gil), transactions run one at a time: barriers return the committed
// payload, writes happen in place, nothing is logged and nothing aborts
// (direct mode). Once a second thread runs Python code in parallel mode,
// every transaction is a real one:
//
//   - Lazy versioning (copy on write): a Ref keeps its committed payload
//     behind an atomic pointer; it is never modified after it is
//     published. The first write in a transaction makes a private copy,
//     found again through the Ref's owner field; the copy is published at
//     commit.
//   - A global version clock gives each transaction a consistent
//     snapshot. A read records the object and its version; a version
//     newer than the snapshot extends it (after revalidating every read)
//     or aborts, so no transaction ever runs on an inconsistent view.
//   - Write-write conflicts are found when the second writer arrives
//     (the owner field); write-read conflicts when the reader validates.
//     The older transaction wins; one that keeps aborting is retried
//     inevitable, so every run makes progress.
//   - At most a fixed number of transactions (segments) run at once.
//   - Every conflict is an Event, with both threads, the time lost and a
//     Marker (a source location) for each side.
package stm
