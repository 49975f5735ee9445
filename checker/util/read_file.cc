#include "checker/util/read_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace reportlint {

bool ReadCapped(std::istream& in, size_t max_bytes, std::string* out) {
  out->clear();
  constexpr size_t kChunk = 1 << 16;
  while (in && out->size() <= max_bytes) {
    size_t want = std::min(kChunk, max_bytes + 1 - out->size());
    size_t had = out->size();
    out->resize(had + want);
    in.read(out->data() + had, static_cast<std::streamsize>(want));
    out->resize(had + static_cast<size_t>(in.gcount()));
  }
  return !in.bad() && out->size() <= max_bytes;
}

std::string SizeText(size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

bool ReadFileCapped(const std::string& path, size_t max_bytes, std::string* out,
                    std::string* reason) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    *reason = "no such file";
    return false;
  }
  if (std::filesystem::is_directory(status)) {
    *reason = "is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *reason = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  if (!ReadCapped(in, max_bytes, out)) {
    *reason = in.bad() ? std::string("cannot read: ") + std::strerror(errno)
                       : "larger than the " + SizeText(max_bytes) + " limit";
    return false;
  }
  return true;
}

}  // namespace reportlint
