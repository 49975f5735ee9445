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
                    ReadFailure* failure) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    *failure = {ReadFailure::kMissing};
    return false;
  }
  if (std::filesystem::is_directory(status)) {
    *failure = {ReadFailure::kDirectory};
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *failure = {ReadFailure::kCannotOpen, errno};
    return false;
  }
  if (!ReadCapped(in, max_bytes, out)) {
    *failure = in.bad() ? ReadFailure{ReadFailure::kCannotRead, errno}
                        : ReadFailure{ReadFailure::kTooLarge};
    return false;
  }
  return true;
}

Error ReadError(const std::string& path, const ReadFailure& failure, size_t max_bytes) {
  switch (failure.kind) {
    case ReadFailure::kMissing:
      return {path, 0, 0, "no such file", "没有这个文件"};
    case ReadFailure::kDirectory:
      return {path, 0, 0, "is a directory", "这是文件夹"};
    case ReadFailure::kCannotOpen:
      return {path, 0, 0, std::string("cannot open: ") + std::strerror(failure.err),
              failure.err == EACCES ? std::string("没有权限打开")
                                    : std::string("无法打开：") + std::strerror(failure.err)};
    case ReadFailure::kTooLarge:
      return {path, 0, 0, "the file is larger than the " + SizeText(max_bytes) + " limit",
              "文件超过了 " + SizeText(max_bytes) + " 的大小上限"};
    case ReadFailure::kCannotRead:
    case ReadFailure::kNone:
      break;
  }
  return {path, 0, 0, std::string("cannot read: ") + std::strerror(failure.err),
          std::string("无法读取：") + std::strerror(failure.err)};
}

}  // namespace reportlint
