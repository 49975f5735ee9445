#!/usr/bin/env bash
# Benchmark of a supervising office's run: N cities with D districts over three
# years (bench/gen_series.py, about N*(D+1)*3 reports) checked in one command with
# the hierarchy, --jobs 1 and --jobs 2: wall time, peak memory (/usr/bin/time -v)
# and whether both outputs are byte-identical.
#
# usage: bench/series_bench.sh [BUILD_DIR=build] [CITIES=100] [DISTRICTS=33]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cities=${2:-100}
districts=${3:-33}
bin="$build/reportlint"
[[ -x "$bin" ]] || { echo "no $bin: build first (cmake --build $build)"; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt install time)"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_series.py "$work/series" --cities "$cities" --districts "$districts" \
  --inject carry-over,rollup,missing,copied
n=$(find "$work/series" -name '*.txt' | wc -l)
echo "reports: $n files, $(du -sh "$work/series" | cut -f1)"

for jobs in 1 2; do
  /usr/bin/time -v "$bin" check --no-config --progress never --jobs "$jobs" --format jsonl \
    --fail-on never --rules tests/series/office-pack --hierarchy "$work/series/regions.yaml" \
    "$work/series" \
    >"$work/out-$jobs.jsonl" 2>"$work/time-$jobs.txt"
  wall=$(grep 'Elapsed (wall clock)' "$work/time-$jobs.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/time-$jobs.txt" | awk '{print $NF}')
  cross=$(grep -c '"kind":"\(coverage\|carry-over\|rollup\|copied-text\)"' "$work/out-$jobs.jsonl" || true)
  printf 'jobs %d: %s wall, peak %d MiB, %s cross-report findings\n' "$jobs" "$wall" \
    "$((rss / 1024))" "$cross"
done
if cmp -s "$work/out-1.jsonl" "$work/out-2.jsonl"; then echo "outputs: identical"; else
  echo "outputs: DIFFERENT"; exit 1; fi
