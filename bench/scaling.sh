#!/usr/bin/env bash
# Whether the analysis stays linear in its input: checks 1, 2, 4 and 8 MiB of text
# dense with prose numbers, in sentences and in long lines without a sentence end
# (bench/gen_dense.py), with one worker; prints wall time, MB/s and peak memory per
# size, and each time over the 1 MiB time (linear: about 2, 4, 8).
#
# usage: bench/scaling.sh [BUILD_DIR=build] [SIZES="1 2 4 8"]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
sizes=${2:-"1 2 4 8"}
bin="$build/reportlint"
[[ -x "$bin" ]] || { echo "no $bin: build first (cmake --build $build)"; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian: time)"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_dense.py "$work" $sizes

printf '%-13s %5s %9s %8s %9s %7s\n' shape MiB seconds MB/s "peak MiB" "x 1 MiB"
for shape in prose long-lines; do
  first=""
  for mib in $sizes; do
    file="$work/$shape-$mib.txt"
    # Exit 1 (findings) is the expected outcome; only 2 means the run failed.
    /usr/bin/time -f '%e %M' -o "$work/time" "$bin" check --no-config --progress never \
      --jobs 1 --format jsonl "$file" >/dev/null || [[ $? -eq 1 ]]
    read -r seconds kib < <(tail -n 1 "$work/time")  # after "Command exited with …"
    [[ -n "$first" ]] || first=$seconds
    awk -v s="$seconds" -v k="$kib" -v b="$(stat -c %s "$file")" -v f="$first" \
        -v shape="$shape" -v mib="$mib" 'BEGIN {
      printf "%-13s %5d %9.2f %8.1f %9.0f %7.2f\n", shape, mib, s, b / 1e6 / (s > 0 ? s : 0.01),
             k / 1024, s / (f > 0 ? f : 0.01) }'
  done
done
