// A place in the file the user gave us, as a person would look it up.
// Lines and columns are 1-based and count characters, not bytes.
#ifndef REPORTLINT_LOCATION_H_
#define REPORTLINT_LOCATION_H_

namespace reportlint {

// A rectangle on a PDF page in points (1/72 inch) from the page's top-left
// corner, y growing downwards. All zero when not known.
struct PageBox {
  double x0 = 0;
  double y0 = 0;
  double x1 = 0;
  double y1 = 0;
};

struct Location {
  // 1-based line and column (in characters) in the original file; for DOCX,
  // in the text reportlint extracted (one paragraph or table row per line, as
  // `reportlint dump` shows it), with the Word location in the fields below.
  int line = 0;
  int column = 0;
  // For PDF, too, line and column are those of the reading text (`reportlint
  // dump`), with the page and box below.
  // DOCX only (0 when not applicable): the 1-based paragraph number in the
  // body, or the table, row and column of the cell the text is in.
  int paragraph = 0;
  int table = 0;
  int row = 0;
  int col = 0;
  // PDF only (0 when not applicable): the 1-based page the text is on, and
  // the box of the text on that page (the reading-text line it is on).
  int page = 0;
  PageBox box;
};

}  // namespace reportlint

#endif  // REPORTLINT_LOCATION_H_
