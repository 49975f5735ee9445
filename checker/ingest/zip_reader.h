// Read-only access to the parts of a zip archive held in memory (a DOCX), with
// limits that turn a zip bomb or an absurd archive into an input error.
#ifndef REPORTLINT_INGEST_ZIP_READER_H_
#define REPORTLINT_INGEST_ZIP_READER_H_

#include <memory>
#include <string>
#include <string_view>

namespace reportlint {

struct ZipLimits {
  size_t max_entries = 10000;       // more entries than any real document has
  size_t max_part_bytes = 32u << 20;  // uncompressed size of one part
  size_t max_total_bytes = 64u << 20;  // uncompressed bytes read from the archive in all
};

class ZipReader {
 public:
  // Opens `bytes` (which must outlive the reader). On failure returns nullptr
  // and sets *error to a sentence a person can act on.
  static std::unique_ptr<ZipReader> Open(std::string_view bytes, const ZipLimits& limits,
                                         std::string* error);
  ~ZipReader();

  bool Has(const std::string& name) const;
  // Reads the part `name` whole. Returns false with *error set when it is
  // missing, damaged, or larger than the limits allow (the declared size is
  // not trusted: reading stops as soon as a limit is passed).
  bool Read(const std::string& name, std::string* out, std::string* error);

 private:
  struct Impl;
  explicit ZipReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Whether `bytes` start like a zip archive ("PK\3\4", or "PK\5\6" when empty).
bool LooksLikeZip(std::string_view bytes);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_ZIP_READER_H_
