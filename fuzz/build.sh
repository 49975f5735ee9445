#!/usr/bin/env bash
# Builds the libFuzzer targets of the readers with clang (ASan + UBSan):
#   fuzz/build.sh OUT_DIR   -> OUT_DIR/html_reader_fuzzer, docx_reader_fuzzer, pdf_reader_fuzzer
# Only the reader sources are compiled, so this takes well under a minute.
set -euo pipefail
out=${1:?usage: fuzz/build.sh OUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
cxx=${CLANGXX:-clang++}
mkdir -p "$out/obj"
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
       -I"$root/include" -I"$root" $(pkg-config --cflags fmt icu-uc libpcre2-32 gumbo libzip pugixml poppler-cpp yaml-cpp))
# Readers sit in checker/ingest and, by the layering (tests/layers_test.cc), use only
# the layers below it: compiling those folders whole keeps this list from drifting.
cd "$root"
sources=(checker/util/*.cc checker/values/*.cc checker/ingest/*.cc)
cd - >/dev/null
objs=()
pids=()
for s in "${sources[@]}"; do
  o="$out/obj/$(echo "${s%.cc}" | tr / _).o"
  objs+=("$o")
  # Stale when the source or any header is newer: a header change left stale
  # objects that crashed the fuzzer once.
  if [[ ! -f "$o" || "$root/$s" -nt "$o" ||
        -n "$(find "$root/include" "$root/checker" -name '*.h' -newer "$o" -print -quit)" ]]; then
    "$cxx" "${flags[@]}" -c "$root/$s" -o "$o" & pids+=($!)
    if (( ${#pids[@]} >= 2 )); then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
  fi
done
for p in "${pids[@]}"; do wait "$p"; done
libs=$(pkg-config --libs fmt icu-uc icu-i18n libpcre2-32 gumbo libzip pugixml poppler-cpp yaml-cpp)
for target in html_reader_fuzzer docx_reader_fuzzer pdf_reader_fuzzer; do
  "$cxx" "${flags[@]}" -fsanitize=fuzzer "$root/fuzz/$target.cc" "${objs[@]}" $libs -o "$out/$target"
done
