#!/usr/bin/env bash
# Builds the fuzz targets (fuzz/build.sh) and runs each for SECONDS on its seed
# corpus, new inputs going to a scratch folder and crashes to artifacts/:
#   fuzz/run.sh SECONDS [OUT_DIR [TARGET...]]   (OUT_DIR default: build-fuzz)
# FUZZ_FLAGS adds libFuzzer flags (e.g. FUZZ_FLAGS=-runs=1000000). Prints the
# executions of each target; exits 1 if any crashed, leaked or timed out.
set -uo pipefail
seconds=${1:?usage: fuzz/run.sh SECONDS [OUT_DIR [TARGET...]]}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/build-fuzz}
shift $(( $# >= 2 ? 2 : 1 ))
"$root/fuzz/build.sh" "$out" || exit 1
targets=("$@")
if (( ${#targets[@]} == 0 )); then
  for s in "$root"/fuzz/*_fuzzer.cc; do targets+=("$(basename "$s" _fuzzer.cc)"); done
fi
failed=()
printf '%-16s %12s %10s %8s  %s\n' target executions exec/s seconds result
for name in "${targets[@]}"; do
  corpus="$root/fuzz/corpus/${name%_reader}"  # the readers' seeds are corpus/html, docx, pdf
  scratch="$out/scratch/$name"
  rm -rf "$scratch"
  mkdir -p "$scratch" "$out/artifacts/$name" "$out/logs"
  dict=()
  [[ -f "$root/fuzz/$name.dict" ]] && dict=(-dict="$root/fuzz/$name.dict")
  # fuzz/<name>.flags: the target's own flags (a -max_len where the work grows
  # faster than the input, so a run spends its time on many small inputs).
  own=()
  [[ -f "$root/fuzz/$name.flags" ]] && read -r -a own <"$root/fuzz/$name.flags"
  log="$out/logs/$name.log"
  start=$(date +%s)
  # shellcheck disable=SC2086  # FUZZ_FLAGS is a list of flags
  "$out/${name}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/artifacts/$name/" -print_final_stats=1 "${dict[@]}" "${own[@]}" ${FUZZ_FLAGS:-} \
    "$scratch" "$corpus" >"$log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  runs=$(grep -oE 'stat::number_of_executed_units: +[0-9]+' "$log" | grep -oE '[0-9]+$')
  rate=$(grep -oE 'stat::average_exec_per_sec: +[0-9]+' "$log" | grep -oE '[0-9]+$')
  result=ok
  if (( rc != 0 )); then
    result="FAILED (rc $rc): $(grep -m1 -E '^==[0-9]+==ERROR|^SUMMARY|deadly signal|Timeout' "$log") (see $log)"
    failed+=("$name")
  fi
  printf '%-16s %12s %10s %8s  %s\n' "$name" "${runs:-?}" "${rate:-?}" "$took" "$result"
done
if (( ${#failed[@]} > 0 )); then
  echo "failed: ${failed[*]}; inputs in $out/artifacts/" >&2
  exit 1
fi
