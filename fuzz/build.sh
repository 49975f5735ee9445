#!/usr/bin/env bash
# Builds every libFuzzer target (fuzz/*_fuzzer.cc) with clang, ASan + UBSan:
#   fuzz/build.sh OUT_DIR   -> OUT_DIR/<name>_fuzzer for each fuzz/<name>_fuzzer.cc
# The core's folders below the command line are compiled whole, once, into one
# archive each target links from; objects are rebuilt only when stale.
set -euo pipefail
out=${1:?usage: fuzz/build.sh OUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
# Compiling in the source folder whatever the caller's: ccache then finds a
# second build folder's objects (ctest's build/fuzz after build-fuzz) in its cache.
cd "$root"
cxx=${CLANGXX:-clang++}
launcher=()
if command -v ccache >/dev/null; then launcher=(ccache); export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/work}; fi
mkdir -p "$out/obj" "$out/generated"
pkgs=(fmt icu-uc icu-i18n libpcre2-32 gumbo libzip pugixml poppler-cpp yaml-cpp cpp-httplib xlsxwriter)
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
       -I"$root/include" -I"$root" -I"$out/generated" $(pkg-config --cflags "${pkgs[@]}"))

# The two sources CMake generates (CMakeLists.txt, "Generated sources"): the
# folding table from ICU, and the built-in packs, whose list is CMake's own.
fold_inc="$out/generated/fold_table_data.inc"
if [[ ! -f "$fold_inc" || "$root/tools/gen_fold_table.cc" -nt "$fold_inc" ]]; then
  "$cxx" -std=c++20 -O1 "$root/tools/gen_fold_table.cc" $(pkg-config --cflags --libs icu-uc icu-i18n) \
    -o "$out/gen_fold_table"
  "$out/gen_fold_table" "$fold_inc"
fi
packs=$(sed -n '/^set(BUILTIN_PACK_FILES/,/^)/p' "$root/CMakeLists.txt" | grep -o 'rules/[^ ]*\.yaml' |
        paste -sd, -)
cmake -DOUT="$out/generated/builtin_packs.cc" -DROOT="$root" -DFILES="$packs" \
  -P "$root/tools/embed_packs.cmake"

# Every layer below checker/cli (tests/layers_test.cc): compiling the folders
# whole keeps this list from drifting as files are added.
sources=(checker/api/*.cc checker/util/*.cc checker/values/*.cc checker/ingest/*.cc
         checker/normalize/*.cc checker/structure/*.cc checker/structure/tables/*.cc
         checker/facts/*.cc checker/corpus/*.cc checker/rules/*.cc checker/rules/kinds/*.cc
         checker/findings/*.cc checker/engine/*.cc checker/output/*.cc checker/config/*.cc
         checker/fixtures/*.cc checker/serve/*.cc)
# The newest header's time on a stamp, so each object is tested against it once.
newest=$(find "$root/include" "$root/checker" -name '*.h' -printf '%T@\n' | sort -n | tail -1)
touch -d "@$newest" "$out/headers.stamp"
objs=()
pids=()
for s in "${sources[@]}" generated/builtin_packs.cc; do
  src="$root/$s"
  [[ $s == generated/* ]] && src="$out/$s"
  o="$out/obj/$(echo "${s%.cc}" | tr / _).o"
  objs+=("$o")
  # Stale when the source or any header is newer: a header change left stale
  # objects that crashed the fuzzer once.
  if [[ ! -f "$o" || "$src" -nt "$o" || "$fold_inc" -nt "$o" || "$out/headers.stamp" -nt "$o" ]]; then
    define=()
    [[ $s == checker/api/version.cc ]] && define=(-DREPORTLINT_VERSION="\"fuzz\"")
    "${launcher[@]}" "$cxx" "${flags[@]}" "${define[@]}" -c "$src" -o "$o" & pids+=($!)
    if (( ${#pids[@]} >= 2 )); then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
  fi
done
for p in "${pids[@]}"; do wait "$p"; done
# An archive: each target pulls in only the objects it uses.
stale=0
for o in "${objs[@]}"; do [[ "$o" -nt "$out/core.a" ]] && stale=1 && break; done
if [[ ! -f "$out/core.a" || $stale == 1 ]]; then rm -f "$out/core.a"; ar rcs "$out/core.a" "${objs[@]}"; fi
libs=$(pkg-config --libs "${pkgs[@]}")
for src in "$root"/fuzz/*_fuzzer.cc; do
  target=$(basename "$src" .cc)
  if [[ ! -f "$out/$target" || "$src" -nt "$out/$target" || "$out/core.a" -nt "$out/$target" ]]; then
    "$cxx" "${flags[@]}" -fsanitize=fuzzer "$src" "$out/core.a" $libs -lpthread \
      -o "$out/$target"
  fi
done
