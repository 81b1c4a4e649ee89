#!/usr/bin/env bash
# record_transaction.sh: record the expected output of the transaction
# module's tests (tests/transaction) and of the example programs
# (examples) from CPython 2.7.18 running the module's serial fallback
# (PYTHONPATH=fallback, fallback/transaction.py).
#
# Usage: scripts/record_transaction.sh [NAME...]
#
# NAME is a script of tests/transaction or of examples, as a name
# (tq_ordered), a script name (tq_ordered.py) or a path
# (examples/wordcount.py). With no names, every script of both folders
# is recorded: each top-level *.py whose name does not start with "_".
#
# A script of tests/transaction runs there, and its expected files are
# written beside it; a script of examples runs in examples, and its
# expected files go to examples/expected. Each runs as
# `python2 NAME.py ARGS... <STDIN` (ARGS: the lines of NAME.args in the
# script's folder, STDIN: NAME.stdin or /dev/null), with PYTHONPATH set
# to the repository's fallback folder, PYTHONDONTWRITEBYTECODE=1, and the
# other PYTHON* variables that change what CPython prints unset. The
# recorded files are:
#   NAME.out  stdout, always written (may be empty);
#   NAME.err  stderr, written only when non-empty (else removed);
#   NAME.rc   the exit status and a newline, written only when non-zero
#             (else removed).
# When every script is recorded, the expected files of scripts that are
# gone are removed too.
#
# Environment:
#   PYTHON2   the command that runs CPython 2.7 (default:
#             `env PYENV_VERSION=2.7.18 python2`); split on blanks.
#   JOBS      how many scripts run at once (default: nproc).
#   TIMEOUT   seconds a script may run before it counts as hung (default 60).
set -eu

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tests=$root/tests/transaction
examples=$root/examples
self=$root/scripts/record_transaction.sh

# outdir DIR: where the expected files of DIR's scripts go.
outdir() {
	if [ "$1" = "$examples" ]; then
		echo "$examples/expected"
	else
		echo "$1"
	fi
}

TAG=record_transaction
# shellcheck source=record_lib.sh
. "$root/scripts/record_lib.sh"

# record_one DIR/NAME: record one script, with the fallback module on
# CPython's path.
record_one() {
	local dir=${1%/*}
	record_script "$dir" "${1##*/}" "$(outdir "$dir")" PYTHONPATH="$root/fallback"
}

# Internal entry point used by xargs: record the DIR/NAMEs given.
if [ "${1:-}" = "--one" ]; then
	shift
	status=0
	for path in "$@"; do
		record_one "$path" || status=1
	done
	exit $status
fi

require_cpython

paths=()
if [ "$#" -eq 0 ]; then
	for dir in "$tests" "$examples"; do
		out=$(outdir "$dir")
		for py in "$dir"/*.py; do
			[ -e "$py" ] || continue
			base=${py##*/}
			case $base in _*) continue ;; esac
			paths+=("$dir/${base%.py}")
		done
		# Expected files of scripts that are gone.
		for f in "$out"/*.out "$out"/*.err "$out"/*.rc; do
			[ -e "$f" ] || continue
			base=${f##*/}
			if [ ! -e "$dir/${base%.*}.py" ]; then
				rm -f "$f"
				echo "record_transaction: removed stale ${f#"$root"/}"
			fi
		done
	done
else
	for arg in "$@"; do
		base=${arg##*/}
		base=${base%.py}
		case $base in
		"" | _* | *[!a-z0-9_]*)
			echo "record_transaction: $arg: not a script name" >&2
			exit 2
			;;
		esac
		case $arg in
		examples/* | */examples/*) dir=$examples ;;
		tests/transaction/* | */tests/transaction/*) dir=$tests ;;
		*)
			if [ -f "$tests/$base.py" ]; then
				dir=$tests
			elif [ -f "$examples/$base.py" ]; then
				dir=$examples
			else
				echo "record_transaction: $arg: no such script in tests/transaction or examples" >&2
				exit 2
			fi
			;;
		esac
		paths+=("$dir/$base")
	done
fi

if [ "${#paths[@]}" -eq 0 ]; then
	echo "record_transaction: no scripts" >&2
	exit 2
fi

jobs=${JOBS:-$(nproc 2>/dev/null || echo 4)}
status=0
printf '%s\n' "${paths[@]}" | xargs -P "$jobs" -n 8 bash "$self" --one || status=1
if [ "$status" -ne 0 ]; then
	echo "record_transaction: some scripts were not recorded" >&2
	exit 1
fi
echo "record_transaction: recorded ${#paths[@]} scripts"
