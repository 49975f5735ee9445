#!/usr/bin/env bash
# Builds the reader fuzzers (fuzz/build.sh) and runs each for a bounded time on a
# scratch copy of its seed corpus: what `ctest -R fuzz` runs.
#   fuzz/smoke.sh OUT_DIR SECONDS
set -euo pipefail
out=${1:?usage: fuzz/smoke.sh OUT_DIR SECONDS}
seconds=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/fuzz/build.sh" "$out"
for reader in html docx pdf; do
  work="$out/corpus-$reader"
  mkdir -p "$work" "$out/artifacts"
  "$out/${reader}_reader_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$work" "$root/fuzz/corpus/$reader" \
    2>&1 | grep -E "^(stat::number_of_executed_units|Done|==[0-9]+==ERROR|SUMMARY)" || true
  test "${PIPESTATUS[0]}" -eq 0
done
