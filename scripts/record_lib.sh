# record_lib.sh: what the recording scripts share (sourced by
# record_run.sh, record_transaction.sh and record_stress.sh; not run on
# its own). The caller sets TAG, the name its messages start with.

PYTHON2=${PYTHON2:-env PYENV_VERSION=2.7.18 python2}
export PYTHON2

# require_cpython: exit 2 unless $PYTHON2 is CPython 2.7.18.
require_cpython() {
	local ver
	# shellcheck disable=SC2086
	ver=$($PYTHON2 -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null) || ver=none
	if [ "$ver" != "2.7.18" ]; then
		echo "$TAG: \`$PYTHON2\` is not CPython 2.7.18 (version: $ver)" >&2
		exit 2
	fi
}

# run_cpython DIR STDIN OUT ERR TIMEOUT [VAR=value...] -- SCRIPT ARGS...:
# run `python2 SCRIPT ARGS...` in DIR with the PYTHON* variables that
# change what CPython prints unset (then the VAR=values given set), and
# PYTHONDONTWRITEBYTECODE=1; returns its exit status (124: timed out).
run_cpython() {
	local dir=$1 stdin=$2 out=$3 err=$4 timeout=$5
	shift 5
	local vars=()
	while [ "$1" != "--" ]; do
		vars+=("$1")
		shift
	done
	shift
	# shellcheck disable=SC2086 # PYTHON2 is a command line, split on purpose.
	(
		cd "$dir"
		exec env -u PYTHONPATH -u PYTHONSTARTUP -u PYTHONHASHSEED \
			-u PYTHONIOENCODING -u PYTHONINSPECT -u PYTHONOPTIMIZE \
			-u PYTHONVERBOSE -u PYTHONDEBUG -u PYTHONWARNINGS \
			-u PYTHONUNBUFFERED -u PYTHONNOUSERSITE -u PYTHONHOME \
			PYTHONDONTWRITEBYTECODE=1 ${vars[@]+"${vars[@]}"} \
			timeout "$timeout" $PYTHON2 "$@" <"$stdin" >"$out" 2>"$err"
	)
}

# record_script DIR NAME OUTDIR [VAR=value...]: run DIR/NAME.py as the
# tests run it (arguments from NAME.args, one a line; standard input
# from NAME.stdin, else /dev/null) and write OUTDIR/NAME.out (always),
# NAME.err (only when stderr is not empty) and NAME.rc (only for a
# non-zero status). Prints "NAME: why" on stderr and returns 1 if it
# cannot be recorded.
record_script() {
	local dir=$1 name=$2 outdir=$3
	shift 3
	local args=() stdin=/dev/null tmp rc=0
	if [ ! -f "$dir/$name.py" ]; then
		echo "$TAG: $name: no such script ($dir/$name.py)" >&2
		return 1
	fi
	if [ -f "$dir/$name.args" ]; then
		mapfile -t args <"$dir/$name.args"
	fi
	if [ -f "$dir/$name.stdin" ]; then
		stdin=$dir/$name.stdin
	fi
	mkdir -p "$outdir"
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/$TAG.XXXXXX")
	run_cpython "$dir" "$stdin" "$tmp/out" "$tmp/err" "${TIMEOUT:-60}" "$@" -- \
		"$name.py" ${args[@]+"${args[@]}"} || rc=$?
	if [ "$rc" -eq 124 ]; then
		rm -rf "$tmp"
		echo "$TAG: $name: timed out after ${TIMEOUT:-60}s; not recorded" >&2
		return 1
	fi
	mv "$tmp/out" "$outdir/$name.out"
	if [ -s "$tmp/err" ]; then
		mv "$tmp/err" "$outdir/$name.err"
	else
		rm -f "$outdir/$name.err"
	fi
	if [ "$rc" -ne 0 ]; then
		echo "$rc" >"$outdir/$name.rc"
	else
		rm -f "$outdir/$name.rc"
	fi
	rm -rf "$tmp"
}
