#!/usr/bin/env bash
# astcompare.sh: compare `pystm compile --dump-ast` with CPython 2.7's
# ast.dump over every .py file of CPython 2.7.18's standard library
# (site-packages excluded: it is third-party code).
#
# For files CPython parses the dumps must be identical; for files CPython
# rejects, pystm must reject them too, on the same line. Prints each
# differing file with its first difference, then "N/M identical"; exits 1
# unless N == M.
#
# Environment:
#   PYTHON2  the CPython 2.7 to compare with (default: python2, with
#            PYENV_VERSION=2.7.18 unless PYENV_VERSION is already set)
#   PYSTM    the pystm binary to test (default: built from this checkout
#            into the temporary directory)
#   STDLIB   the directory to compare (default: CPython's standard library)
#   JOBS     how many files to process at a time (default: the CPU count)
#   TIMEOUT  seconds allowed per file for pystm (default: 60)
#   KEEP     if set, keep the temporary directory and print its path
#
# Nothing is cached in the repository: all outputs go to a temporary
# directory that is removed on exit.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PYENV_VERSION=${PYENV_VERSION:-2.7.18}
python2=${PYTHON2:-python2}
jobs=${JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
timeout=${TIMEOUT:-60}

if ! "$python2" -c 'import sys; sys.exit(sys.version_info[:2] != (2, 7))' 2>/dev/null; then
	echo "astcompare: $python2 is not CPython 2.7 (set PYTHON2)" >&2
	exit 2
fi
stdlib=${STDLIB:-$("$python2" -c 'import os; print os.path.dirname(os.__file__)')}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/astcompare.XXXXXX")
if [ -n "${KEEP:-}" ]; then
	echo "astcompare: outputs kept in $tmp" >&2
else
	trap 'rm -rf "$tmp"' EXIT
fi
mkdir "$tmp/out"

pystm=${PYSTM:-}
if [ -z "$pystm" ]; then
	(cd "$root" && go build -o "$tmp/pystm" ./cmd/pystm)
	pystm=$tmp/pystm
fi
case $pystm in /*) ;; *) pystm=$PWD/$pystm ;; esac

# The files, NUL-separated and sorted, then "INDEX\0FILE\0" pairs.
find "$stdlib" -path "$stdlib/site-packages" -prune -o -type f -name '*.py' -print0 |
	LC_ALL=C sort -z >"$tmp/files"
i=0
while IFS= read -r -d '' f; do
	printf '%d\0%s\0' "$i" "$f"
	i=$((i + 1))
done <"$tmp/files" >"$tmp/pairs"
if [ "$i" -eq 0 ]; then
	echo "astcompare: no .py files under $stdlib" >&2
	exit 2
fi

# CPython's dumps, in batches of 20 files per process (-x: never split an INDEX FILE pair).
xargs -0 -x -n 40 -P "$jobs" "$python2" "$root/scripts/cpython_astdump.py" --batch "$tmp/out" <"$tmp/pairs"

# pystm's dumps, one process per file; a file that takes too long or
# crashes pystm gets its exit status recorded like any other.
export PYSTM_BIN=$pystm OUTDIR=$tmp/out PER_FILE_TIMEOUT=$timeout
# shellcheck disable=SC2016
xargs -0 -x -n 2 -P "$jobs" bash -c '
	timeout "$PER_FILE_TIMEOUT" "$PYSTM_BIN" compile --dump-ast "$2" >"$OUTDIR/$1.out" 2>"$OUTDIR/$1.err"
	echo $? >"$OUTDIR/$1.rc"
' astcompare-worker <"$tmp/pairs"

"$python2" "$root/scripts/cpython_astdump.py" --compare "$tmp/out" "$stdlib" "$tmp/files"
