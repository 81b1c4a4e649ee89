#!/usr/bin/env bash
# record_stress.sh: record the expected output of the stress scripts in
# tests/stress from CPython 2.7.18.
#
# Usage: scripts/record_stress.sh [NAME...]
#
# NAME is a script name with or without .py (append, append.py) or a path
# to it. With no names, every tests/stress/*.py whose name does not start
# with "_" is recorded, and the .out files of scripts that are gone are
# removed.
#
# Each script runs in tests/stress as `python2 NAME.py N` for N = 2, 4
# and 8 threads, without PYTHON* variables (but with
# PYTHONDONTWRITEBYTECODE=1) and with TMPDIR set to a fresh directory.
# The script must exit with status 0, print nothing on stderr, report no
# "FAIL" line, and print the same thing for every N; then its output is
# written to NAME.out (the output does not depend on the thread count,
# so one file serves every run of tests/stress_test.go).
#
# Environment:
#   PYTHON2   the command that runs CPython 2.7 (default:
#             `env PYENV_VERSION=2.7.18 python2`); split on blanks.
#   TIMEOUT   seconds a run may take before it counts as hung (default 120).
set -eu

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/tests/stress
TAG=record_stress
# shellcheck source=record_lib.sh
. "$root/scripts/record_lib.sh"
require_cpython

names=()
if [ "$#" -eq 0 ]; then
	for py in "$dir"/*.py; do
		base=${py##*/}
		case $base in _*) continue ;; esac
		names+=("${base%.py}")
	done
	for f in "$dir"/*.out; do
		[ -e "$f" ] || continue
		base=${f##*/}
		if [ ! -e "$dir/${base%.out}.py" ]; then
			rm -f "$f"
			echo "record_stress: removed stale $base"
		fi
	done
else
	for arg in "$@"; do
		base=${arg##*/}
		base=${base%.py}
		case $base in
		"" | _* | *[!a-z0-9_]*)
			echo "record_stress: $arg: not a stress script name" >&2
			exit 2
			;;
		esac
		if [ ! -f "$dir/$base.py" ]; then
			echo "record_stress: $base: no such script ($dir/$base.py)" >&2
			exit 2
		fi
		names+=("$base")
	done
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/record_stress.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

status=0
for name in "${names[@]}"; do
	ok=1
	for n in 2 4 8; do
		mkdir -p "$tmp/tmpdir"
		rc=0
		run_cpython "$dir" /dev/null "$tmp/out.$n" "$tmp/err" "${TIMEOUT:-120}" \
			TMPDIR="$tmp/tmpdir" -- "$name.py" "$n" || rc=$?
		if [ "$rc" -ne 0 ] || [ -s "$tmp/err" ]; then
			echo "record_stress: $name with $n threads: exit status $rc" >&2
			head -20 "$tmp/err" >&2
			ok=0
			break
		fi
		if grep -q FAIL "$tmp/out.$n"; then
			echo "record_stress: $name with $n threads fails under CPython:" >&2
			grep FAIL "$tmp/out.$n" | head -10 >&2
			ok=0
			break
		fi
		if [ "$n" != 2 ] && ! cmp -s "$tmp/out.2" "$tmp/out.$n"; then
			echo "record_stress: $name prints something else with $n threads than with 2:" >&2
			diff "$tmp/out.2" "$tmp/out.$n" | head -20 >&2
			ok=0
			break
		fi
	done
	if [ "$ok" -eq 1 ]; then
		mv "$tmp/out.2" "$dir/$name.out"
	else
		status=1
	fi
done
if [ "$status" -ne 0 ]; then
	echo "record_stress: some scripts were not recorded" >&2
	exit 1
fi
echo "record_stress: recorded ${#names[@]} scripts"
