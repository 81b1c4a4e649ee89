#!/usr/bin/env bash
# record_run.sh: record the expected output of the tests in tests/run from
# CPython 2.7.18.
#
# Usage: scripts/record_run.sh [NAME...]
#
# NAME is a test name (lang_while), a script name (lang_while.py) or a path
# to the script (tests/run/lang_while.py). With no names, every test script
# is recorded: each top-level tests/run/*.py whose name does not start
# with "_".
#
# Each test runs in tests/run as `python2 NAME.py ARGS... <STDIN`, where
# ARGS are the lines of NAME.args (one argument per line; none if the file
# is absent) and STDIN is NAME.stdin (or /dev/null). It runs with
# PYTHONDONTWRITEBYTECODE=1 and without PYTHONPATH, PYTHONSTARTUP,
# PYTHONHASHSEED, PYTHONIOENCODING, PYTHONINSPECT (nor the other PYTHON*
# variables that change what CPython prints). The recorded files are:
#   NAME.out  stdout, always written (may be empty);
#   NAME.err  stderr, written only when non-empty (else removed);
#   NAME.rc   the exit status and a newline, written only when non-zero
#             (else removed).
# When every test is recorded, the .out/.err/.rc files of scripts that are
# gone are removed too.
#
# Environment:
#   PYTHON2   the command that runs CPython 2.7 (default:
#             `env PYENV_VERSION=2.7.18 python2`); split on blanks.
#   JOBS      how many tests run at once (default: nproc).
#   TIMEOUT   seconds a test may run before it counts as hung (default 60).
set -eu

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/tests/run
self=$root/scripts/record_run.sh

TAG=record_run
# shellcheck source=record_lib.sh
. "$root/scripts/record_lib.sh"

# record_one NAME: record one test of tests/run.
record_one() { record_script "$dir" "$1" "$dir"; }

# Internal entry point used by xargs: record the names given.
if [ "${1:-}" = "--one" ]; then
	shift
	status=0
	for name in "$@"; do
		record_one "$name" || status=1
	done
	exit $status
fi

require_cpython

names=()
if [ "$#" -eq 0 ]; then
	for py in "$dir"/*.py; do
		[ -e "$py" ] || continue
		base=${py##*/}
		case $base in _*) continue ;; esac
		names+=("${base%.py}")
	done
	# Expected files of scripts that are gone.
	for f in "$dir"/*.out "$dir"/*.err "$dir"/*.rc; do
		[ -e "$f" ] || continue
		base=${f##*/}
		if [ ! -e "$dir/${base%.*}.py" ]; then
			rm -f "$f"
			echo "record_run: removed stale ${base}"
		fi
	done
else
	for arg in "$@"; do
		base=${arg##*/}
		base=${base%.py}
		case $base in
		"" | _* | *[!a-z0-9_]*)
			echo "record_run: $arg: not a test name" >&2
			exit 2
			;;
		esac
		names+=("$base")
	done
fi

if [ "${#names[@]}" -eq 0 ]; then
	echo "record_run: no tests in tests/run" >&2
	exit 2
fi

jobs=${JOBS:-$(nproc 2>/dev/null || echo 4)}
status=0
printf '%s\n' "${names[@]}" | xargs -P "$jobs" -n 8 bash "$self" --one || status=1
if [ "$status" -ne 0 ]; then
	echo "record_run: some tests were not recorded" >&2
	exit 1
fi
echo "record_run: recorded ${#names[@]} tests"
