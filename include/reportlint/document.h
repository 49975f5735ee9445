// A report as read from disk: its reading text, its blocks and tables, and the way
// back from every character to the place in the source a person can find.
#ifndef REPORTLINT_DOCUMENT_H_
#define REPORTLINT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "reportlint/export.h"
#include "reportlint/location.h"

namespace reportlint {

// Design. Every reader turns its input into one *reading text* (text()): the
// words of the report in reading order, '\n' between lines, and for HTML and
// DOCX one line per paragraph, heading or table cell. A table therefore reads
// like the report flattened to plain text, one cell per line, and every later
// stage (folding, headings, facts) works on text() alone, whatever the format.
//
// What the reading text loses, the Document keeps beside it:
//  - blocks() and tables(): the paragraphs, headings and tables as the reader
//    saw them, as ranges of lines of text(). Tables are rows of source cells
//    with their row and column spans, not yet expanded into a grid (that is
//    checker/structure/tables).
//  - the origin of every character, so Locate() answers with the place in the
//    file: line and column of the HTML markup, the paragraph or the table, row
//    and column of a DOCX cell, or simply line and column of a text file.
//  - source_text(): where inline directives are read from (the markup of an
//    HTML page; the reading text itself otherwise). Snippets show the reading
//    text, found from a Location by TextIndexAt().
//
// Produced by ingest; every later stage reads it and never changes it.

enum class SourceFormat { kText, kMarkdown, kHtml, kDocx, kPdf };

REPORTLINT_EXPORT const char* FormatName(SourceFormat format);  // "text", "markdown", "html", "docx", "pdf"

// A table cell as the reader found it, before spans are expanded.
struct SourceCell {
  int row_span = 1;  // >= 1; readers clamp absurd values
  int col_span = 1;  // >= 1
  // Grid column of the cell when the reader knows it (DOCX); -1: the next
  // free slot of its row, as HTML lays cells out.
  int col = -1;
  size_t line = 0;  // the 0-based line of text() that holds the cell's text
};

// Rows of cells in source order. A slot covered by a cell spanning down from
// an earlier row has no entry of its own (HTML rowspan, DOCX vMerge).
struct SourceTable {
  std::vector<std::vector<SourceCell>> rows;
  size_t first_line = 0;  // text() lines [first_line, end_line) hold its cells
  size_t end_line = 0;
};

enum class BlockKind { kParagraph, kHeading, kTable, kImage };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  size_t first_line = 0;  // text() lines [first_line, end_line); empty for an image
  size_t end_line = 0;
  int level = 0;   // kHeading: 1 for <h1> or Word's "Heading 1", ...
  int table = -1;  // kTable: index into tables()
};

// What a structured reader (HTML, DOCX) hands over to build a Document.
struct DocumentParts {
  std::u32string text;  // the reading text, '\n' line ends
  // HTML: the decoded page ('\n' line ends) and, for each character of text
  // plus one past the end, its index in `source` (non-decreasing).
  std::u32string source;
  std::vector<uint32_t> source_index;
  // DOCX: for each line of text, the paragraph or table/row/col it shows;
  // PDF: the page and box (and table/row/col) of each line
  // (line and column are filled in by Locate).
  std::vector<Location> line_locations;
  std::vector<Block> blocks;
  std::vector<SourceTable> tables;
  // PDF: the 1-based pages that hold no text at all (scanned images).
  std::vector<int> pages_without_text;
  int page_count = 0;  // PDF: its number of pages; 0 for the other formats
};

class REPORTLINT_EXPORT Document {
 public:
  // A plain-text or Markdown report: the text is its own source.
  // `text` must use '\n' line ends (ingest converts CRLF and CR).
  Document(std::string path, SourceFormat format, std::string encoding,
           std::u32string text);
  // An HTML or DOCX report. REQUIRES: `parts` is consistent as described on
  // DocumentParts (the readers guarantee it).
  Document(std::string path, SourceFormat format, std::string encoding, DocumentParts parts);

  const std::string& path() const { return path_; }
  SourceFormat format() const { return format_; }
  const std::string& encoding() const { return encoding_; }
  // The reading text (see the design note above).
  const std::u32string& text() const { return text_; }

  // Location of character `index` of text() in the original file: line and
  // column of the source text; for DOCX also the paragraph, or the table, row
  // and column (1-based, grid columns) of the cell.
  Location Locate(size_t index) const;
  // The way back: the index in text() of the first character at or after
  // `line`:`column` of the source text (a Location's line and column, as
  // Locate gives them), clamped to text().size(). For HTML it is how a
  // finding's place in the markup finds the visible text it is about;
  // markup between two characters of text maps to the next one.
  size_t TextIndexAt(int line, int column) const;

  // The decoded source file as it is (for HTML the markup, for text and DOCX
  // the same as text()): where inline directives are read.
  const std::u32string& source_text() const { return source_.empty() ? text_ : source_; }

  // The source line `line` (1-based) without its line end, for display.
  std::u32string_view Line(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

  const std::vector<Block>& blocks() const { return blocks_; }
  const std::vector<SourceTable>& tables() const { return tables_; }
  // PDF: the 1-based pages without a text layer, whose content is not read.
  const std::vector<int>& pages_without_text() const { return pages_without_text_; }
  // PDF: its number of pages (with text or not); 0 for the other formats.
  int page_count() const { return page_count_; }

 private:
  std::string path_;
  SourceFormat format_;
  std::string encoding_;
  std::u32string text_;
  std::u32string source_;               // empty: the source is text_
  std::vector<uint32_t> source_index_;  // HTML only
  std::vector<Location> line_locations_;  // DOCX only
  std::vector<size_t> line_starts_;     // of source_text()
  std::vector<Block> blocks_;
  std::vector<SourceTable> tables_;
  std::vector<int> pages_without_text_;
  int page_count_ = 0;
};

}  // namespace reportlint

#endif  // REPORTLINT_DOCUMENT_H_
