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
       -I"$root/include" -I"$root" $(pkg-config --cflags icu-uc gumbo libzip pugixml poppler-cpp))
sources=(checker/util/utf.cc checker/values/chinese_numeral.cc checker/ingest/decode.cc checker/ingest/document.cc
         checker/ingest/text_builder.cc checker/ingest/html_charset.cc
         checker/ingest/html_boilerplate.cc checker/ingest/html_reader.cc
         checker/ingest/zip_reader.cc checker/ingest/docx_numbering.cc checker/ingest/docx_reader.cc
         checker/ingest/pdf_layout.cc checker/ingest/pdf_tables.cc checker/ingest/pdf_reader.cc)
objs=()
pids=()
for s in "${sources[@]}"; do
  o="$out/obj/$(basename "${s%.cc}").o"
  objs+=("$o")
  if [[ ! -f "$o" || "$root/$s" -nt "$o" ]]; then
    "$cxx" "${flags[@]}" -c "$root/$s" -o "$o" & pids+=($!)
    if (( ${#pids[@]} >= 2 )); then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
  fi
done
for p in "${pids[@]}"; do wait "$p"; done
libs=$(pkg-config --libs icu-uc icu-i18n gumbo libzip pugixml poppler-cpp)
for target in html_reader_fuzzer docx_reader_fuzzer pdf_reader_fuzzer; do
  "$cxx" "${flags[@]}" -fsanitize=fuzzer "$root/fuzz/$target.cc" "${objs[@]}" $libs -o "$out/$target"
done
