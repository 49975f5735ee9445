// Upload bookkeeping: counts files and bytes as they arrive, so a limit stops
// the reading where it is passed, not after the body has been kept.
#include "checker/serve/upload_reader.h"

#include <set>

#include "checker/util/utf.h"

namespace reportlint {

bool UploadReader::OnPart(std::string_view field, std::string_view filename) {
  keeping_ = false;
  if (field != "report" || filename.empty()) return true;  // "no file chosen" sends ""
  ++files_;
  if (files_ > limits_.max_files) return true;  // read on, so the 413 page reaches the browser
  uploads_.push_back({DisplayName(filename), {}});
  keeping_ = true;
  return true;
}

bool UploadReader::OnData(std::string_view bytes) {
  bytes_ += bytes.size();
  if (bytes_ > limits_.max_upload_bytes) return false;
  if (keeping_) uploads_.back().bytes.append(bytes);
  return true;
}

UploadReader::Verdict UploadReader::verdict() const {
  if (bytes_ > limits_.max_upload_bytes) return Verdict::kTooLarge;
  if (files_ > limits_.max_files) return Verdict::kTooManyFiles;
  if (uploads_.empty()) return Verdict::kNoFile;
  return Verdict::kOk;
}

std::vector<Upload> UploadReader::Take() {
  // Two files of one name would be one report to the writers: number the others.
  std::set<std::string> taken;
  for (Upload& u : uploads_) {
    std::string name = u.name;
    for (int n = 2; !taken.insert(name).second; ++n) {
      size_t dot = u.name.rfind('.');
      if (dot == 0 || dot == std::string::npos) dot = u.name.size();
      name = u.name.substr(0, dot) + " (" + std::to_string(n) + ")" + u.name.substr(dot);
    }
    u.name = std::move(name);
  }
  return std::move(uploads_);
}

std::string DisplayName(std::string_view filename) {
  size_t slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  std::u32string kept;
  for (char32_t c : Utf8ToU32(filename)) {
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) continue;
    // Bidirectional controls would show "‮txt.exe" as "exe.txt".
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) continue;
    kept.push_back(c);
  }
  if (kept.size() > 120) {  // shortened in the middle: the extension says how to read it
    size_t dot = kept.rfind(U'.');
    std::u32string ext = dot != std::u32string::npos && kept.size() - dot <= 10
                             ? kept.substr(dot) : U"";
    kept = kept.substr(0, 110) + U"…" + ext;
  }
  while (!kept.empty() && kept.back() == U' ') kept.pop_back();
  while (!kept.empty() && kept.front() == U' ') kept.erase(kept.begin());
  if (kept.empty() || kept == U"." || kept == U"..") return "report";
  return U32ToUtf8(kept);
}

}  // namespace reportlint
