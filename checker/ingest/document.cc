#include "reportlint/document.h"

#include <algorithm>

namespace reportlint {

const char* FormatName(SourceFormat format) {
  switch (format) {
    case SourceFormat::kText: return "text";
    case SourceFormat::kMarkdown: return "markdown";
  }
  return "text";
}

Document::Document(std::string path, SourceFormat format, std::string encoding,
                   std::u32string text)
    : path_(std::move(path)),
      format_(format),
      encoding_(std::move(encoding)),
      text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == U'\n') line_starts_.push_back(i + 1);
  }
}

Location Document::Locate(size_t index) const {
  index = std::min(index, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), index);
  size_t line = static_cast<size_t>(it - line_starts_.begin()) - 1;
  return Location{static_cast<int>(line + 1), static_cast<int>(index - line_starts_[line] + 1)};
}

std::u32string_view Document::Line(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = line < line_count() ? line_starts_[line] - 1 : text_.size();
  return std::u32string_view(text_).substr(begin, end - begin);
}

}  // namespace reportlint
