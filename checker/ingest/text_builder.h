// Builds the reading text of an HTML or DOCX document line by line, keeping the
// origin of every character and the blocks and tables the lines belong to.
#ifndef REPORTLINT_INGEST_TEXT_BUILDER_H_
#define REPORTLINT_INGEST_TEXT_BUILDER_H_

#include <cstdint>
#include <string>

#include "reportlint/document.h"

namespace reportlint {

// Whitespace is collapsed as a browser renders it: a run of spaces, tabs and
// line ends inside a line becomes one space, and lines are trimmed. Blank
// lines are dropped unless asked for (an empty table cell keeps its line).
class TextBuilder {
 public:
  // `char_origins`: record a source index per character (HTML). Otherwise
  // each line records a Location (DOCX).
  explicit TextBuilder(bool char_origins) : char_origins_(char_origins) {}

  // Appends `c` from source index `origin` (ignored without char origins).
  void Append(char32_t c, uint32_t origin = 0);
  void Append(std::u32string_view s, uint32_t origin = 0);
  // Whether the current line has any character yet.
  bool LineEmpty() const { return line_begin_ == text_.size(); }

  // Ends the current line. A line without text is dropped unless `keep_empty`.
  // `where` is the line's DOCX location. Returns whether a line was added.
  bool EndLine(bool keep_empty = false, const Location& where = {});

  // Lines completed so far (the index the next line will get).
  size_t line_count() const { return lines_; }

  DocumentParts& parts() { return parts_; }
  // The finished parts. The builder must not be used afterwards.
  DocumentParts Finish(std::u32string source);

 private:
  bool char_origins_;
  std::u32string text_;
  std::vector<uint32_t> origins_;
  size_t line_begin_ = 0;
  size_t lines_ = 0;
  bool pending_space_ = false;
  uint32_t pending_origin_ = 0;
  DocumentParts parts_;
};

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_TEXT_BUILDER_H_
