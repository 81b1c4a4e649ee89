#!/usr/bin/env bash
# record_ast.sh: re-record tests/ast/*.py.dump, the dumps CPython 2.7.18
# gives for tests/ast/*.py: ast.dump(ast.parse(open(f, 'rb').read(), f)).
# Every file there must be one CPython accepts; the script fails, naming
# the file, if one is not.
#
# Environment: PYTHON2, the CPython 2.7 to record with (default: python2,
# with PYENV_VERSION=2.7.18 unless PYENV_VERSION is already set).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PYENV_VERSION=${PYENV_VERSION:-2.7.18}
python2=${PYTHON2:-python2}

status=0
n=0
for f in "$root"/tests/ast/*.py; do
	[ -e "$f" ] || continue
	if "$python2" "$root/scripts/cpython_astdump.py" "$f" >"$f.dump.tmp"; then
		mv "$f.dump.tmp" "$f.dump"
		n=$((n + 1))
	else
		rm -f "$f.dump.tmp"
		echo "record_ast: CPython rejects ${f#"$root"/}" >&2
		status=1
	fi
done
# Remove the dumps of sources that are gone.
for d in "$root"/tests/ast/*.py.dump; do
	[ -e "$d" ] || continue
	[ -e "${d%.dump}" ] || rm -f "$d"
done
echo "record_ast: recorded $n dumps in tests/ast"
exit $status
