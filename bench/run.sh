#!/usr/bin/env bash
# pystm's single-thread benchmark suite (bench/py/*.py) under bin/pystm and
# CPython 2.7 side by side: builds the harness (bench/cmd/pybench) and runs
# it from the repository root with this script's arguments, for example
#   bench/run.sh -only 'fib|nbody' -runs 5 -md /tmp/bench.md
# Environment: PYTHON2 (the CPython command), BENCH_RUNS (runs each),
# BENCH_ALLOW_FAIL=1 (exit 0 even when benchmarks fail), GO (the go tool).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"${GO:-go}" build -o "$tmp/pybench" ./bench/cmd/pybench
"$tmp/pybench" "$@"
