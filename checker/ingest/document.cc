#include "reportlint/document.h"

#include <algorithm>

namespace reportlint {

const char* FormatName(SourceFormat format) {
  switch (format) {
    case SourceFormat::kText: return "text";
    case SourceFormat::kMarkdown: return "markdown";
    case SourceFormat::kHtml: return "html";
    case SourceFormat::kDocx: return "docx";
    case SourceFormat::kPdf: return "pdf";
  }
  return "text";
}

namespace {

std::vector<size_t> LineStarts(const std::u32string& s) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U'\n') starts.push_back(i + 1);
  }
  return starts;
}

}  // namespace

Document::Document(std::string path, SourceFormat format, std::string encoding,
                   std::u32string text)
    : path_(std::move(path)),
      format_(format),
      encoding_(std::move(encoding)),
      text_(std::move(text)) {
  line_starts_ = LineStarts(text_);
}

Document::Document(std::string path, SourceFormat format, std::string encoding,
                   DocumentParts parts)
    : path_(std::move(path)),
      format_(format),
      encoding_(std::move(encoding)),
      text_(std::move(parts.text)),
      source_(std::move(parts.source)),
      source_index_(std::move(parts.source_index)),
      line_locations_(std::move(parts.line_locations)),
      blocks_(std::move(parts.blocks)),
      tables_(std::move(parts.tables)),
      pages_without_text_(std::move(parts.pages_without_text)),
      page_count_(parts.page_count) {
  // An index map that does not fit the text would send Locate out of range;
  // fall back to showing the reading text itself.
  if (!source_.empty() && source_index_.size() != text_.size() + 1) {
    source_.clear();
    source_index_.clear();
  }
  line_starts_ = LineStarts(source_text());
}

Location Document::Locate(size_t index) const {
  index = std::min(index, text_.size());
  size_t at = index;
  if (!source_.empty()) at = std::min<size_t>(source_index_[index], source_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
  size_t line = static_cast<size_t>(it - line_starts_.begin()) - 1;
  Location loc;
  if (line < line_locations_.size()) loc = line_locations_[line];
  loc.line = static_cast<int>(line + 1);
  loc.column = static_cast<int>(at - line_starts_[line] + 1);
  return loc;
}

size_t Document::TextIndexAt(int line, int column) const {
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  size_t at = line_starts_[line - 1] + static_cast<size_t>(std::max(column, 1) - 1);
  at = std::min(at, source_text().size());
  if (source_.empty()) return at;
  auto it = std::lower_bound(source_index_.begin(), source_index_.end(), at);
  size_t index = std::min(static_cast<size_t>(it - source_index_.begin()), text_.size());
  // A line break the reader inserted shares the place of the character after
  // it: the place means that character.
  while (index + 1 < text_.size() && text_[index] == U'\n' &&
         source_index_[index + 1] == source_index_[index]) {
    ++index;
  }
  return index;
}

std::u32string_view Document::Line(int line) const {
  if (line < 1 || line > line_count()) return {};
  const std::u32string& s = source_text();
  size_t begin = line_starts_[line - 1];
  size_t end = line < line_count() ? line_starts_[line] - 1 : s.size();
  return std::u32string_view(s).substr(begin, end - begin);
}

}  // namespace reportlint
