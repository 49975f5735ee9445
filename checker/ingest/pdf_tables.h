// Tables of a PDF rebuilt from the positions of its text: which lines hold a table,
// and the table's cells with their row and column spans, as a DOCX table has them.
#ifndef REPORTLINT_INGEST_PDF_TABLES_H_
#define REPORTLINT_INGEST_PDF_TABLES_H_

#include <string>
#include <utility>
#include <vector>

#include "checker/ingest/pdf_layout.h"

namespace reportlint {

// Design. A PDF has no table, only text at positions (poppler-cpp does not
// give the ruling lines). A table is found as a run of lines some of which
// hold segments far apart (PdfLine::tabular), and rebuilt so:
//  - value columns: the x-ranges of the number segments, overlapping ranges
//    one column; label columns: the left edges of the text left of them.
//  - data rows: the lines holding numbers; every other line of the table
//    goes to the data row nearest to it on its page, so a label wrapped over
//    lines ("商业企\n业"), or centred beside its numbers, is read whole.
//  - the row label is the text in the rightmost label column of a row; text
//    in a column further left is a group label spanning the consecutive rows
//    whose labels stand right of it (a numbering that starts again at "1."
//    starts a new group): the vertical "三、本年度办理结果" is such a label.
//  - the header (lines above the first data row): text stacked in lines close
//    together is one cell; the lowest cell over a column is its own label,
//    and each column climbs, band by band, to the cell above it that starts
//    at or left of it (cells are left-aligned or centred over their columns).
//  - a run of lines without numbers that ends with text over the values
//    ("信息内容 本年处理决定数量") is a header inside the table: its cells
//    span to the next cell on their line.

struct PdfCell {
  std::u32string text;
  int col = 0;
  int row_span = 1;
  int col_span = 1;
  int page = 0;
  PdfBox box;
};

struct PdfTable {
  std::vector<std::vector<PdfCell>> rows;
};

// Ranges [first, end) of `lines` (every page's lines in order, running headers
// and footers left out) that are tables. `text_width`: the width of the text
// column; `body_height`: the usual height of a line of prose.
std::vector<std::pair<size_t, size_t>> FindPdfTables(const std::vector<PdfLine>& lines,
                                                     double text_width, double body_height);

// The table shown by `lines`.
PdfTable BuildPdfTable(const std::vector<const PdfLine*>& lines);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_PDF_TABLES_H_
