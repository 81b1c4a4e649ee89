// Package stm will be pystm's software transactional memory runtime:
// transactions, commit, abort, conflicts, segments and the event log
// (issues 3 and 4). It knows nothing about Python. It holds nothing yet.
package stm
