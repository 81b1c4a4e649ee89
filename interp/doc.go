// Package interp will be pystm's evaluator: threads, heap frames, the
// dispatch loop, transaction boundaries and import (issue 3 and after).
// It holds nothing yet; see ARCHITECTURE.md for the design it follows.
package interp
