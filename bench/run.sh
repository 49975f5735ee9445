#!/usr/bin/env bash
# Benchmark of batch runs: checks a folder of generated reports with --jobs 1 and
# --jobs 2 (best of REPEAT runs each), checks that both outputs are byte-identical,
# and prints the times and the speed-up.
#
# usage: bench/run.sh [BUILD_DIR=build] [N=1000] [REPEAT=3]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
n=${2:-1000}
repeat=${3:-3}
bin="$build/reportlint"
[[ -x "$bin" ]] || { echo "no $bin: build first (cmake --build $build)"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_reports.py "$n" "$work/reports"
echo "reports: $n files, $(du -sh "$work/reports" | cut -f1) in $work/reports"

best() {  # best wall time in seconds of $repeat runs of: reportlint check --jobs $1
  local jobs=$1 best=""
  for ((r = 0; r < repeat; r++)); do
    local start end t
    start=$(date +%s.%N)
    "$bin" check --no-config --progress never --jobs "$jobs" --format json --fail-on never \
      "$work/reports" >"$work/out-$jobs.json"
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    if [[ -z "$best" ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  echo "$best"
}

t1=$(best 1)
t2=$(best 2)
if cmp -s "$work/out-1.json" "$work/out-2.json"; then same="identical"; else same="DIFFERENT"; fi
printf 'jobs 1: %.3f s\njobs 2: %.3f s\nspeed-up: %.2fx\noutputs: %s (%s bytes)\n' \
  "$t1" "$t2" "$(awk -v a="$t1" -v b="$t2" 'BEGIN { print a / b }')" "$same" \
  "$(wc -c <"$work/out-1.json")"
[[ "$same" == identical ]]
