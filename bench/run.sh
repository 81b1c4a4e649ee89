#!/usr/bin/env bash
# pystm's benchmarks side by side with CPython 2.7 (and Jython 2.7 when a
# `jython` is on PATH; nothing is installed): the single-thread suite
# (bench/py/*.py) under bin/pystm, `bin/pystm --gil` and CPython; the
# parallel suite (bench/parallel/*.py) with 1 and 2 threads under each;
# and the Go benchmarks of transactional container writes at 1K and 1M
# items (go test -bench BenchmarkTx ./objects). Builds the harness
# (bench/cmd/pybench) and runs it from the repository root with this
# script's arguments, for example
#   bench/run.sh -only 'fib|nbody|independent' -gobench '' -runs 5 -md /tmp/bench.md
# (`pybench -h` lists the flags: -parallel '' or -dir '' leaves a suite
# out, -threads N compares 1 thread with N.)
# Environment: PYTHON2 (the CPython command), BENCH_RUNS (runs each),
# BENCH_ALLOW_FAIL=1 (exit 0 even when benchmarks fail), GO (the go tool).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"${GO:-go}" build -o "$tmp/pybench" ./bench/cmd/pybench
"$tmp/pybench" "$@"
