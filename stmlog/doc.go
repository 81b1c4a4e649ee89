// Package stmlog writes and reads pystm's event log (PYPYSTM=path) and
// turns it into the report of `pystm stmlog` (STM_SPEC §5).
//
// The log is in stmgc's c7 profiling format: a 16-byte header
// "STMGC-C7-PROF01\n", then one record per event: seconds and
// nanoseconds of a monotonic clock, the thread's number, the other
// thread's number (0 if none), the event code and the lengths of two
// markers (little-endian uint32, uint32, uint32, uint32, uint8, uint8,
// uint8: 19 bytes), then the two markers' bytes. Records are in time
// order.
//
// Writing: Start makes every stm thread record its events into a buffer
// of its own (no lock is taken between threads; a full piece of it goes
// to an unlinked spill file, so that memory stays small); Close merges
// the buffers in time order into the file. The process must call Close at
// exit; Start arranges for SIGTERM to close the log before the process
// dies of it.
//
// Reading: a Reader yields the records one at a time; an Analysis adds
// them up into the report's figures: per thread, the time from a
// transaction's start to its commit or abort is CPU time in STM mode,
// of which the time between a WAIT_* event and its WAIT_DONE is paused
// and the rest committed or aborted, as the transaction ended. A
// conflict site is a contention event's kind and two markers; the time
// lost at it is the run time of the transaction that aborted after it,
// and the time the same thread waited after it (in that transaction, or
// in its retry before a conflict of its own).
package stmlog
