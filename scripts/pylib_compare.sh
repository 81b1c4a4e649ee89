#!/bin/sh
# Runs every scripts/pylib_compare/test_*.py under CPython 2.7.18 three times:
# with CPython's own modules, with pystm's lib/python/ modules in their place,
# and with lib/python/ but without the optional modules (re, pwd, ...) it
# can use. The outputs (stdout and stderr together) and exit statuses must be
# identical, once normalize.py has taken out of tracebacks the line numbers
# and source lines of library files. A test whose first lines hold "# modes: cpython ours" runs in the
# modes listed only. A test must exit with status 0 under CPython unless
# its first lines hold "# exit: nonzero". Exits 1 if any test fails.
#
# usage: scripts/pylib_compare.sh [test-name-substring...]
cd "$(dirname "$0")/pylib_compare" || exit 2
PY="env PYENV_VERSION=2.7.18 python2"
if ! $PY -c pass 2>/dev/null; then
    echo "pylib_compare: python2 (CPython 2.7.18) not found" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
for t in test_*.py; do
    if [ $# -gt 0 ]; then
        match=0
        for pat in "$@"; do
            case "$t" in *"$pat"*) match=1 ;; esac
        done
        [ $match = 1 ] || continue
    fi
    modes=$(sed -n '1,5s/^# modes: //p' "$t")
    [ -n "$modes" ] || modes="cpython ours minimal"
    for m in $modes; do
        PYTHONHASHSEED=0 $PY -S -u run.py "$m" "$t" >"$tmp/$m.raw" 2>&1
        echo "exit status $?" >>"$tmp/$m.raw"
        $PY -S normalize.py <"$tmp/$m.raw" >"$tmp/$m.out"
    done
    n=$((n + 1))
    ok=1
    if ! grep -q '^# exit: nonzero' "$t" &&
        [ "$(tail -1 "$tmp/cpython.out")" != "exit status 0" ]; then
        echo "FAIL $t (exits with an error under cpython):"
        tail -5 "$tmp/cpython.out"
        ok=0
    fi
    for m in $modes; do
        [ "$m" = cpython ] && continue
        if ! cmp -s "$tmp/cpython.out" "$tmp/$m.out"; then
            echo "FAIL $t ($m differs from cpython):"
            diff "$tmp/cpython.out" "$tmp/$m.out" | head -40
            ok=0
        fi
    done
    if [ $ok = 1 ]; then
        echo "ok   $t ($(wc -l <"$tmp/cpython.out") lines)"
    else
        fail=1
    fi
done
echo "$n tests run"
exit $fail
