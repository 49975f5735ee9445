// libFuzzer target for the DOCX reader (zip + XML): any bytes must give a Document
// or an input error, in bounded time and memory, never a crash (fuzz/README.md).
// Inputs that are not zip archives are packed as word/document.xml first, so the
// fuzzer reaches the XML walker too, not only the zip checks.
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "checker/ingest/docx_reader.h"
#include "fuzz/fuzz_checks.h"

namespace {

// `xml` stored (not compressed) as word/document.xml of an in-memory zip.
std::string PackAsDocument(std::string_view xml) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_t* za = src ? zip_open_from_source(src, ZIP_TRUNCATE, &err) : nullptr;
  std::string out;
  if (za == nullptr) return out;
  zip_source_keep(src);
  zip_source_t* part = zip_source_buffer(za, xml.data(), xml.size(), 0);
  zip_int64_t index = part ? zip_file_add(za, "word/document.xml", part, 0) : -1;
  if (index >= 0) zip_set_file_compression(za, index, ZIP_CM_STORE, 0);
  if (zip_close(za) == 0 && zip_source_open(src) == 0) {
    zip_source_seek(src, 0, SEEK_END);
    out.resize(static_cast<size_t>(zip_source_tell(src)));
    zip_source_seek(src, 0, SEEK_SET);
    zip_source_read(src, out.data(), out.size());
    zip_source_close(src);
  }
  zip_source_free(src);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string packed;
  if (bytes.substr(0, 2) != "PK") {
    packed = PackAsDocument(bytes);
    bytes = packed;
  }
  reportlint::Error error;
  reportlint::DocxLimits limits;
  limits.zip.max_part_bytes = 4u << 20;  // keep each run fast; the limit logic is the same
  limits.zip.max_total_bytes = 8u << 20;
  auto doc = reportlint::ReadDocx("fuzz.docx", bytes, &error, limits);
  if (doc) reportlint::fuzz::CheckDocument(*doc);
  return 0;
}
