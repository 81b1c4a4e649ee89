#!/bin/sh
# Regenerates tests/syntaxerr/*.err from CPython 2.7: each NAME.err is
# exactly what `cd tests/syntaxerr && python2 NAME.py` writes to stderr.
#
# Every case must be rejected at compile time: exit status 1, nothing on
# stdout, no traceback (nothing ran), and a last line that is a
# SyntaxError, IndentationError or TabError. The script fails loudly if
# python2 is missing or if any case breaks that rule.
#
# Run from anywhere. PYTHON2 names the interpreter (default python2, with
# PYENV_VERSION=2.7.18 unless PYENV_VERSION is already set).
set -eu

cd "$(dirname "$0")/../tests/syntaxerr"

PY=${PYTHON2:-python2}
PYENV_VERSION=${PYENV_VERSION:-2.7.18}
export PYENV_VERSION
if ! command -v "$PY" >/dev/null 2>&1; then
	echo "record_syntaxerr.sh: $PY not found: CPython 2.7 is needed to record the corpus" >&2
	exit 2
fi
ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || ver=none
if [ "$ver" != "2.7" ]; then
	echo "record_syntaxerr.sh: $PY is not CPython 2.7 (version: $ver)" >&2
	exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bad=0
n=0
for py in *.py; do
	[ -e "$py" ] || { echo "record_syntaxerr.sh: no cases in tests/syntaxerr" >&2; exit 2; }
	name=${py%.py}
	n=$((n + 1))
	rc=0
	# -E: ignore PYTHON* variables (PYTHONWARNINGS could add output).
	"$PY" -E "$py" >"$tmp/out" 2>"$tmp/err" </dev/null || rc=$?
	last=$(tail -n 1 "$tmp/err")
	why=
	if [ "$rc" -ne 1 ]; then
		why="exit status $rc"
	elif [ -s "$tmp/out" ]; then
		why="wrote to stdout"
	elif grep -q '^Traceback' "$tmp/err"; then
		why="ran (traceback)"
	else
		case $last in
		SyntaxError:* | IndentationError:* | TabError:*) ;;
		*) why="last line is not a SyntaxError: $last" ;;
		esac
	fi
	if [ -z "$why" ]; then
		first=$(head -n 1 "$tmp/err")
		case $first in
		"  File \"$py\", line "* | SyntaxError:* | IndentationError:* | TabError:*) ;;
		*) why="extra output before the error: $first" ;;
		esac
	fi
	if [ -n "$why" ]; then
		echo "record_syntaxerr.sh: $py is not a compile-time error: $why" >&2
		bad=$((bad + 1))
		continue
	fi
	if ! cmp -s "$tmp/err" "$name.err" 2>/dev/null; then
		cp "$tmp/err" "$name.err"
		echo "recorded $name.err"
	fi
done

# Expected files whose case is gone.
for err in *.err; do
	[ -e "$err" ] || continue
	if [ ! -e "${err%.err}.py" ]; then
		rm "$err"
		echo "removed stale $err"
	fi
done

if [ "$bad" -ne 0 ]; then
	echo "record_syntaxerr.sh: $bad of $n cases are not compile-time errors" >&2
	exit 1
fi
echo "record_syntaxerr.sh: $n cases recorded"
