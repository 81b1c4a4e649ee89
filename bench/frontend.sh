#!/usr/bin/env bash
# Front-end throughput: pystm's compile (Go benchmark) against CPython
# 2.7's compile() over the same standard-library files, as a ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
PY2=(env PYENV_VERSION=2.7.18 python2)
if ! "${PY2[@]}" -c 'pass' 2>/dev/null; then
  echo "bench/frontend.sh: needs CPython 2.7.18 (PYENV_VERSION=2.7.18 python2)" >&2
  exit 1
fi
stdlib=$("${PY2[@]}" -c 'import os; print os.path.dirname(os.__file__)')
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"${PY2[@]}" bench/cpython_compile.py "$stdlib" "$tmp/files" > "$tmp/cpython"
cpy=$(awk '/^lines\/s/ {print $2}' "$tmp/cpython")
files=$(awk '/^files/ {print $2}' "$tmp/cpython")
lines=$(awk '/^lines / {print $2}' "$tmp/cpython")
PYSTM_BENCH_FILES="$tmp/files" go test -run '^$' -bench 'FrontEnd|Parse' -benchtime 3x -count 3 ./bench > "$tmp/go"
best() { grep "^Benchmark$1" "$tmp/go" | sed -E 's/.* ([0-9.e+]+) lines\/s.*/\1/' | sort -g | tail -1; }
fe=$(best FrontEnd); pa=$(best Parse)
echo "front end over $files stdlib files, $lines lines (best of 3 runs each)"
printf '%-34s %14s %10s\n' "" "lines/s" "vs CPython"
printf '%-34s %14.0f %8s\n' "CPython 2.7 compile()" "$cpy" "1.00x"
printf '%-34s %14.0f %7.2fx\n' "pystm compile.Compile" "$fe" "$(awk "BEGIN{print $fe/$cpy}")"
printf '%-34s %14.0f %7.2fx\n' "pystm syntax.Parse (no codegen)" "$pa" "$(awk "BEGIN{print $pa/$cpy}")"
