#!/usr/bin/env bash
# stmlog_overhead.sh: what the PYPYSTM event log costs the parallel
# benchmarks. Each program runs with 2 threads RUNS times with the log off
# and RUNS times with it on, the two interleaved (so that the machine's
# drift hits both alike); prints the best and median wall times and the
# differences.
#
# Usage: scripts/stmlog_overhead.sh [RUNS [PROGRAM...]]
#   RUNS      runs of each (default 7)
#   PROGRAM   names in bench/parallel (default: all of them)
# Environment: PYSTM, the binary (default bin/pystm, built by make build).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
shift || true
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
  for p in bench/parallel/*.py; do progs+=("$(basename "$p" .py)"); done
fi
bin=${PYSTM:-bin/pystm}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
wall() { # wall time of one run of "$@", in seconds
  local s e
  s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
  echo "$e - $s" | bc
}
for p in "${progs[@]}"; do
  off=(); on=()
  for r in $(seq "$runs"); do
    off+=("$(wall "$bin" "bench/parallel/$p.py" 2)")
    on+=("$(PYPYSTM="$tmp/log" wall "$bin" "bench/parallel/$p.py" 2)")
  done
  printf '%s\n' "${off[@]}" > "$tmp/off"; printf '%s\n' "${on[@]}" > "$tmp/on"
  awk -v name="$p" '
    FNR == 1 { f++ }
    { v[f, ++n[f]] = $1 }
    function med(k,   i, j, t, a) {
      for (i = 1; i <= n[k]; i++) a[i] = v[k, i]
      for (i = 1; i <= n[k]; i++) for (j = i + 1; j <= n[k]; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n[k] % 2 ? a[(n[k] + 1) / 2] : (a[n[k] / 2] + a[n[k] / 2 + 1]) / 2
    }
    function best(k,   i, b) { b = v[k, 1]; for (i = 2; i <= n[k]; i++) if (v[k, i] < b) b = v[k, i]; return b }
    END {
      printf "%-15s log off: best %.3f s, median %.3f s; on: best %.3f s, median %.3f s; best %+.1f%%, median %+.1f%%\n",
        name, best(1), med(1), best(2), med(2), (best(2) / best(1) - 1) * 100, (med(2) / med(1) - 1) * 100
    }' "$tmp/off" "$tmp/on"
done
