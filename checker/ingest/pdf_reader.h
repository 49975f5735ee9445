// Reads a PDF's text layer (poppler) into a Document: lines rebuilt from the word
// boxes, joined into paragraphs, tables rebuilt from positions, page numbers left out.
#ifndef REPORTLINT_INGEST_PDF_READER_H_
#define REPORTLINT_INGEST_PDF_READER_H_

#include <memory>
#include <string>
#include <string_view>

#include "reportlint/document.h"
#include "reportlint/error.h"

namespace reportlint {

// What a PDF may hold before it is refused (an input error naming the limit),
// so a hostile file cannot take the run's memory. The file's size is bounded
// before this reader (ReadOptions::max_bytes, 64 MiB), and pages are read one
// at a time; there is no time limit of its own: poppler's work grows with the
// pages and words, both bounded here. docs/formats.md states these defaults.
struct PdfLimits {
  int max_pages = 500;             // a longer PDF is refused, not truncated
  size_t max_words = 2u << 20;     // words of the text layer, all pages together
};

// Every paragraph becomes a line of text() and every table cell a line (as
// DOCX does), each located by its page and box (Location::page, box) and,
// for a cell, its table, row and grid column. A line that reaches the right
// edge of the text continues in the next line unless that one is indented;
// CJK text is joined without a space, Latin with one. Running page numbers
// ("-1-", "第1页") are left out. Pages without any text are listed in
// DocumentParts::pages_without_text (a scan: no OCR here).
// Fails, with *error set, for bytes poppler cannot open (damaged, not a PDF),
// a PDF that needs a password, or one over the limits.
std::unique_ptr<Document> ReadPdf(const std::string& path, std::string_view bytes, Error* error,
                                  const PdfLimits& limits = {});

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_PDF_READER_H_
