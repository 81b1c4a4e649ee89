// Package bench holds pystm's benchmarks and the harness that runs them
// side by side with CPython 2.7 (`make bench`). Timings are never
// asserted in tests; they are printed as ratios for people to read.
package bench
