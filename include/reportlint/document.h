// A report as read from disk: its decoded text and the way back to the source.
// Produced by ingest; every later stage reads it and never changes it.
#ifndef REPORTLINT_DOCUMENT_H_
#define REPORTLINT_DOCUMENT_H_

#include <string>
#include <vector>

#include "reportlint/location.h"

namespace reportlint {

enum class SourceFormat { kText, kMarkdown };

const char* FormatName(SourceFormat format);

class Document {
 public:
  // `text` must use '\n' line ends (ingest converts CRLF and CR).
  Document(std::string path, SourceFormat format, std::string encoding,
           std::u32string text);

  const std::string& path() const { return path_; }
  SourceFormat format() const { return format_; }
  const std::string& encoding() const { return encoding_; }
  const std::u32string& text() const { return text_; }

  // Location of character `index` of text() in the original file.
  Location Locate(size_t index) const;

  // The decoded source file as it is (for HTML the markup, for text the same
  // as text()): what snippets show and where inline directives are read.
  const std::u32string& source_text() const { return text_; }

  // The original line `line` (1-based) without its line end, for display.
  std::u32string_view Line(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string path_;
  SourceFormat format_;
  std::string encoding_;
  std::u32string text_;
  std::vector<size_t> line_starts_;
};

}  // namespace reportlint

#endif  // REPORTLINT_DOCUMENT_H_
