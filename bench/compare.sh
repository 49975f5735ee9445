#!/usr/bin/env bash
# reportlint against a bare pattern scan: times `check --jobs 1 --format jsonl` with
# the built-in packs on a corpus of real and generated reports, and `rg -j1` looking
# for the packs' own patterns and cue words in the same bytes (hyperfine, whole
# processes); prints the ratio, the start-up time on one small report, the peak memory
# of a run over 10,000 files, and the speed-up of --jobs 2 over --jobs 1 on 1,000.
#
# usage: bench/compare.sh [BUILD_DIR=build] [GENERATED=2400] [RUNS=5]
#   The corpus: ../shared/seeds and ../shared/corpus/excerpts when they exist, and
#   GENERATED reports from bench/gen_reports.py (2400 make it about 25 MB).
#   Needs hyperfine, ripgrep and /usr/bin/time (Debian: hyperfine ripgrep time).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
generated=${2:-2400}
runs=${3:-5}
bin="$PWD/$build/reportlint"
[[ -x "$bin" ]] || { echo "no $bin: build first (cmake --build $build)"; exit 2; }
for tool in hyperfine rg /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: hyperfine ripgrep time)"; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
shared=../shared
for dir in "$shared/seeds" "$shared/corpus/excerpts"; do
  [[ -d "$dir" ]] && cp "$dir"/*.txt "$work/corpus/"
done
python3 bench/gen_reports.py "$generated" "$work/corpus/generated" >/dev/null
files=$(find "$work/corpus" -type f | wc -l)
bytes=$(find "$work/corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
printf 'corpus: %d files, %.1f MB\n' "$files" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')"

# The packs' patterns (`pattern`) and cue words (`match`, `find`): what a scan for
# the built-in checks has to look for at the least.
python3 - rules "$work/patterns" <<'EOF'
import pathlib, sys, yaml
found = []
def walk(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            walk(v, k)
    elif isinstance(node, list):
        for v in node:
            walk(v, key)
    elif isinstance(node, str) and key in ("pattern", "match", "find") and node not in found:
        found.append(node)
for pack in sorted(pathlib.Path(sys.argv[1]).glob("*/pack.yaml")):
    walk(yaml.safe_load(pack.read_text(encoding="utf-8")))
pathlib.Path(sys.argv[2]).write_text("\n".join(found) + "\n", encoding="utf-8")
EOF
echo "patterns: $(wc -l <"$work/patterns") (from rules/*/pack.yaml: pattern, match, find)"

check=("$bin" check --no-config --progress never --jobs 1 --format jsonl --fail-on never)
scan=(rg -j1 -P --no-config -c -f "$work/patterns" "$work/corpus")
hyperfine --style basic --warmup 1 --runs "$runs" -N --ignore-failure \
  --export-json "$work/times.json" \
  -n reportlint "${check[*]} $work/corpus" -n rg "${scan[*]}" >/dev/null
python3 - "$work/times.json" "$bytes" <<'EOF'
import json, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
mb = int(sys.argv[2]) / 1e6
for name in ("reportlint", "rg"):
    r = res[name]
    print(f"{name:11s} {r['mean']:7.3f} s ± {r['stddev']:.3f}  ({mb / r['mean']:6.1f} MB/s)")
print(f"ratio: {res['reportlint']['mean'] / res['rg']['mean']:.2f}x rg")
EOF

# Start-up: one small report (the bundled example), whole process.
hyperfine --style basic --warmup 3 --runs 30 -N --ignore-failure --export-json "$work/start.json" \
  "$bin check --no-config --progress never --format jsonl --fail-on never examples/report-2021.md" \
  >/dev/null
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(f"start-up (one small report): {r[\"mean\"]*1000:.1f} ms ± {r[\"stddev\"]*1000:.1f}")' \
  "$work/start.json"

# Peak memory over 10,000 files, and --jobs 2 against --jobs 1 on 1,000.
python3 bench/gen_reports.py 10000 "$work/many" >/dev/null
/usr/bin/time -f '%M' -o "$work/mem" "${check[@]}" "$work/many" >/dev/null
echo "peak memory, 10,000 files: $(( $(tail -n 1 "$work/mem") / 1024 )) MiB"
mkdir -p "$work/thousand"
find "$work/many" -type f | sort | head -n 1000 | xargs cp -t "$work/thousand"
one=("$bin" check --no-config --progress never --format jsonl --fail-on never --jobs 1 "$work/thousand")
two=("$bin" check --no-config --progress never --format jsonl --fail-on never --jobs 2 "$work/thousand")
"${one[@]}" >"$work/one.jsonl"
"${two[@]}" >"$work/two.jsonl"
cmp -s "$work/one.jsonl" "$work/two.jsonl" || { echo "--jobs 2 output differs from --jobs 1"; exit 1; }
hyperfine --style basic --warmup 1 --runs 3 -N --export-json "$work/jobs.json" \
  -n jobs1 "${one[*]}" -n jobs2 "${two[*]}" >/dev/null
python3 -c 'import json,sys; r={x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}; print(f"--jobs 2 on 1,000 files: {r[\"jobs1\"]/r[\"jobs2\"]:.2f}x --jobs 1 ({r[\"jobs1\"]:.2f} s, {r[\"jobs2\"]:.2f} s; outputs identical)")' \
  "$work/jobs.json"
