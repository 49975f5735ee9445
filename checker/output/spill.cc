// A temporary file of pieces of text written once and read back in order
// (spill.h); unlinked at once, so nothing is left behind, even on a crash.
#include "checker/output/spill.h"

#include <unistd.h>

#include <filesystem>

namespace reportlint {

Spill::Spill() {
  std::error_code ec;
  std::string path = (std::filesystem::temp_directory_path(ec) / "reportlint-XXXXXX").string();
  int fd = ec ? -1 : mkstemp(path.data());
  if (fd < 0) return;
  unlink(path.c_str());
  file_ = fdopen(fd, "w+b");
  if (!file_) close(fd);
}

Spill::~Spill() {
  if (file_) std::fclose(file_);
}

size_t Spill::Append(const std::string& text) {
  if (!file_) {
    memory_ += text;
  } else if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) {
    ok_ = false;
  }
  return text.size();
}

std::string Spill::Next(size_t size) {
  if (!file_) {
    std::string piece = memory_.substr(std::min(read_, memory_.size()), size);
    read_ += size;
    return piece;
  }
  if (!reading_) {
    reading_ = true;
    if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) ok_ = false;
  }
  std::string piece(size, '\0');
  size_t got = ok_ ? std::fread(piece.data(), 1, size, file_) : 0;
  if (got != size) ok_ = false;
  piece.resize(got);
  return piece;
}

}  // namespace reportlint
