#!/usr/bin/env bash
# record_cli.sh: record the expected output of the command-line cases in
# tests/cli from CPython 2.7.18.
#
# Usage: scripts/record_cli.sh [NAME...]
#
# A case NAME is NAME.args (the command-line arguments, one a line; an
# empty file for none), with NAME.stdin (standard input; else /dev/null)
# and NAME.env (KEY=VALUE lines added to an environment without PYTHON*
# variables). It runs in tests/cli as `python2 ARGS... <STDIN`. Recorded:
# NAME.out (stdout), NAME.err (stderr, only when non-empty) and NAME.rc
# (the exit status, only when non-zero). CPython names itself in some
# messages by its executable path and as `python' in "Try `python -h'";
# both are written as pystm's name, which is what pystm prints there.
#
# Environment: PYTHON2 (default: `env PYENV_VERSION=2.7.18 python2`).
set -eu
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/tests/cli
read -r -a py <<<"${PYTHON2:-env PYENV_VERSION=2.7.18 python2}"
exe=$("${py[@]}" -c 'import sys; print sys.executable')
cd "$dir"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
	for f in *.args; do names+=("${f%.args}"); done
fi
for name in "${names[@]}"; do
	name=${name%.args}
	args=()
	if [ -s "$name.args" ]; then
		mapfile -t args <"$name.args"
	fi
	envs=()
	if [ -f "$name.env" ]; then
		mapfile -t envs <"$name.env"
	fi
	stdin=/dev/null
	[ -f "$name.stdin" ] && stdin=$name.stdin
	unset_py=()
	for v in $(env | sed -n 's/^\(PYTHON[A-Z_]*\)=.*/\1/p'); do unset_py+=(-u "$v"); done
	rc=0
	env "${unset_py[@]}" PYTHONDONTWRITEBYTECODE=1 "${envs[@]}" "${py[@]}" "${args[@]}" <"$stdin" >"$name.out" 2>"$name.err.tmp" || rc=$?
	sed -e "s|$exe|pystm|g" -e "s|Try \`python -h'|Try \`pystm -h'|" "$name.err.tmp" >"$name.err"
	rm -f "$name.err.tmp"
	[ -s "$name.err" ] || rm -f "$name.err"
	if [ "$rc" -ne 0 ]; then echo "$rc" >"$name.rc"; else rm -f "$name.rc"; fi
done
echo "record_cli: recorded ${#names[@]} cases"
