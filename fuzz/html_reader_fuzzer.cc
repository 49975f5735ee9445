// libFuzzer target for the HTML reader: any bytes must give a Document or an input
// error, in bounded time and memory, never a crash (fuzz/README.md runs it).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/ingest/html_reader.h"
#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  reportlint::Error error;
  reportlint::HtmlLimits limits;
  limits.max_bytes = 1u << 20;
  auto doc = reportlint::ReadHtml(
      "fuzz.html", std::string_view(reinterpret_cast<const char*>(data), size), "", &error, limits);
  // Every character must locate inside the source, every cell inside the text.
  if (doc) reportlint::fuzz::CheckDocument(*doc);
  return 0;
}
