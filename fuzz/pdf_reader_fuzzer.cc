// libFuzzer target for the PDF reader (poppler's text layer, then our lines,
// paragraphs and tables from word boxes): any bytes must give a Document or an
// input error, in bounded time and memory, never a crash (fuzz/README.md).
// poppler itself is the system's library, not instrumented: a crash inside it
// shows as a SEGV with poppler frames, to be reported upstream, not fixed here.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/ingest/pdf_reader.h"
#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  reportlint::Error error;
  reportlint::PdfLimits limits;
  limits.max_pages = 50;         // keep each run fast; the limit logic is the same
  limits.max_words = 100u << 10;
  auto doc = reportlint::ReadPdf("fuzz.pdf", bytes, &error, limits);
  if (!doc) {
    if (error.message.empty()) __builtin_trap();  // a failure always says why
    return 0;
  }
  reportlint::fuzz::CheckDocument(*doc);
  for (size_t i = 0; i <= doc->text().size(); i += 1 + doc->text().size() / 64) {
    int page = doc->Locate(i).page;
    if (page < 0 || page > doc->page_count()) __builtin_trap();
  }
  for (int p : doc->pages_without_text()) {
    if (p < 1 || p > doc->page_count()) __builtin_trap();
  }
  return 0;
}
