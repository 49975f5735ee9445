// What the fuzz targets check on every Document and text they get: the
// promises of reportlint/document.h. A broken promise traps, so libFuzzer keeps the input.
#ifndef REPORTLINT_FUZZ_FUZZ_CHECKS_H_
#define REPORTLINT_FUZZ_FUZZ_CHECKS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "checker/util/utf.h"
#include "reportlint/document.h"

namespace reportlint::fuzz {

// A trap, not an exception or abort(): libFuzzer and the replay both stop
// at it with the input named.
inline void Require(bool ok) {
  if (!ok) __builtin_trap();
}

inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Every character locates inside the source (sampled: a Locate is a search),
// every table cell is a line of its table, with spans of at least one.
inline void CheckDocument(const Document& doc) {
  const size_t n = doc.text().size();
  for (size_t i = 0; i <= n; i += 1 + n / 64) {
    Location l = doc.Locate(i);
    Require(l.line >= 1 && l.line <= doc.line_count());
    Require(l.column >= 1);
  }
  for (const auto& t : doc.tables()) {
    for (const auto& row : t.rows) {
      for (const auto& cell : row) {
        Require(cell.line >= t.first_line && cell.line < t.end_line);
        Require(cell.row_span >= 1 && cell.col_span >= 1);
      }
    }
  }
}

// The bytes as the text of a plain-text report, for the targets past the
// readers: invalid UTF-8 becomes U+FFFD and CR or CRLF '\n', as
// Document's constructor requires (decoding itself has text_decode_fuzzer).
inline std::u32string TextOf(std::string_view bytes) {
  std::u32string in = Utf8ToU32(bytes), out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != U'\r') {
      out.push_back(in[i]);
    } else if (i + 1 >= in.size() || in[i + 1] != U'\n') {
      out.push_back(U'\n');
    }
  }
  return out;
}

}  // namespace reportlint::fuzz

#endif  // REPORTLINT_FUZZ_FUZZ_CHECKS_H_
