// Pages set in two columns: the words of each column apart, so that lines and
// paragraphs are read down the left column first, then down the right one.
#ifndef REPORTLINT_INGEST_PDF_COLUMNS_H_
#define REPORTLINT_INGEST_PDF_COLUMNS_H_

#include <vector>

#include "checker/ingest/pdf_layout.h"

namespace reportlint {

// A stretch of a page read on its own: the whole page, a title above two
// columns, one column, or what follows them. x0..x1 is where its lines start
// and end, the measure a wrapped line fills.
struct PdfColumn {
  double x0 = 0, x1 = 0;
  std::vector<PdfWord> words;
};

// The page's words in reading order, as one column or as [what spans above,]
// left, right[, what spans below]. Two columns only when a gutter at least a
// line high runs down the middle third of the text with prose on both sides
// (mostly ideographs, lines of eight or more), so a table's gap between its
// labels and its numbers never splits a page. Anything crossing the gutter
// between the columns' tops and bottoms keeps the page one column.
std::vector<PdfColumn> ColumnsOfPage(std::vector<PdfWord> words);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_PDF_COLUMNS_H_
