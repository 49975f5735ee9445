// libFuzzer target for the HTML reader: any bytes must give a Document or an input
// error, in bounded time and memory, never a crash (fuzz/README.md runs it).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/ingest/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  reportlint::Error error;
  reportlint::HtmlLimits limits;
  limits.max_bytes = 1u << 20;
  auto doc = reportlint::ReadHtml(
      "fuzz.html", std::string_view(reinterpret_cast<const char*>(data), size), "", &error, limits);
  if (doc) {
    // Every character must locate inside the source, every cell inside the text.
    for (size_t i = 0; i <= doc->text().size(); i += 1 + doc->text().size() / 64) {
      reportlint::Location l = doc->Locate(i);
      if (l.line < 1 || l.line > doc->line_count()) __builtin_trap();
    }
    for (const auto& t : doc->tables()) {
      for (const auto& row : t.rows) {
        for (const auto& cell : row) {
          if (cell.line < t.first_line || cell.line >= t.end_line) __builtin_trap();
        }
      }
    }
  }
  return 0;
}
