// Reads an HTML page into a Document: the report's own text without navigation,
// footer and script boilerplate; headings, paragraphs and tables as structure.
#ifndef REPORTLINT_INGEST_HTML_READER_H_
#define REPORTLINT_INGEST_HTML_READER_H_

#include <memory>
#include <string>
#include <string_view>

#include "reportlint/document.h"
#include "reportlint/error.h"

namespace reportlint {

struct HtmlLimits {
  size_t max_bytes = 16u << 20;  // larger pages are refused
  int max_depth = 512;           // elements nested deeper make the page unreadable
  // More start tags than this make it unreadable too: a report has some
  // thousands; a million would cost the parse gigabytes.
  size_t max_elements = 1'000'000;
};

// Parses `bytes` with gumbo (HTML5 error recovery: any byte sequence parses)
// and returns a Document whose text() has one line per paragraph, heading and
// table cell, and whose Locate() gives the line and column in the page's
// source. Entities and <br> are decoded; the charset is found by DecodeHtml.
// Fails, with *error set, on undecodable bytes, a page over the limits, or a
// page without text (e.g. a report published as images).
std::unique_ptr<Document> ReadHtml(const std::string& path, std::string_view bytes,
                                   const std::string& forced_encoding, Error* error,
                                   const HtmlLimits& limits = {});

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_HTML_READER_H_
