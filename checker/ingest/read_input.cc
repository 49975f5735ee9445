#include "checker/ingest/read_input.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "checker/ingest/decode.h"

namespace reportlint {
namespace {

std::string Extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool ReadAll(std::istream& in, size_t max_bytes, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return out->size() <= max_bytes;
}

}  // namespace

std::unique_ptr<Document> DocumentFromBytes(const std::string& path, std::string_view bytes,
                                            const ReadOptions& options, Error* error) {
  std::string ext = Extension(path);
  if (ext == ".docx" || ext == ".doc" || ext == ".pdf" || ext == ".html" || ext == ".htm") {
    *error = {path, 0, 0, "reading " + ext.substr(1) + " files is not supported yet; "
                          "convert the report to plain text or Markdown"};
    return nullptr;
  }
  Decoded decoded = DecodeText(bytes, options.encoding);
  if (!decoded.error.empty()) {
    *error = {path, 0, 0, decoded.error};
    return nullptr;
  }
  SourceFormat format = (ext == ".md" || ext == ".markdown") ? SourceFormat::kMarkdown
                                                             : SourceFormat::kText;
  return std::make_unique<Document>(path, format, decoded.encoding, std::move(decoded.text));
}

std::unique_ptr<Document> ReadInput(const std::string& path, const ReadOptions& options,
                                    Error* error) {
  std::string bytes;
  if (path == "-") {
    if (!ReadAll(std::cin, options.max_bytes, &bytes)) {
      *error = {"<stdin>", 0, 0, "the input is larger than the limit"};
      return nullptr;
    }
    return DocumentFromBytes("<stdin>", bytes, options, error);
  }
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    *error = {path, 0, 0, "no such file"};
    return nullptr;
  }
  if (std::filesystem::is_directory(status)) {
    *error = {path, 0, 0, "is a directory, not a report"};
    return nullptr;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = {path, 0, 0, std::string("cannot open: ") + std::strerror(errno)};
    return nullptr;
  }
  if (!ReadAll(in, options.max_bytes, &bytes)) {
    *error = {path, 0, 0, "the file is larger than the " +
                              std::to_string(options.max_bytes >> 20) + " MiB limit"};
    return nullptr;
  }
  return DocumentFromBytes(path, bytes, options, error);
}

}  // namespace reportlint
