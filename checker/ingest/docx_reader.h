// Reads a Word document (.docx) into a Document: paragraphs with their heading
// style and list numbering, runs joined, tables with merged cells (gridSpan, vMerge).
#ifndef REPORTLINT_INGEST_DOCX_READER_H_
#define REPORTLINT_INGEST_DOCX_READER_H_

#include <memory>
#include <string>
#include <string_view>

#include "checker/ingest/zip_reader.h"
#include "reportlint/document.h"
#include "reportlint/error.h"

namespace reportlint {

struct DocxLimits {
  ZipLimits zip;            // entries and unpacked sizes (zip bombs)
  int max_table_depth = 8;  // tables nested deeper are read as text of their cell
  size_t max_table_rows = 10000;
  int max_grid_cols = 1000;
};

// Every body paragraph becomes a line of text() located by its paragraph
// number (1-based, counting paragraphs with text), every table cell a line
// located by table, row and grid column (1-based). Numbering Word displays
// ("一、" from a numbered heading style) is written into the text. Fails, with
// *error set, for a file that is not a zip archive, an old binary .doc, a zip
// bomb, a part over the limits, ill-formed XML, or a document without text.
std::unique_ptr<Document> ReadDocx(const std::string& path, std::string_view bytes,
                                   Error* error, const DocxLimits& limits = {});

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_DOCX_READER_H_
