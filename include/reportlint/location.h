// A place in the file the user gave us, as a person would look it up.
// Lines and columns are 1-based and count characters, not bytes.
#ifndef REPORTLINT_LOCATION_H_
#define REPORTLINT_LOCATION_H_

namespace reportlint {

struct Location {
  // 1-based line and column (in characters) in the original file; for DOCX,
  // in the text reportlint extracted (one paragraph or table row per line, as
  // `reportlint dump` shows it), with the Word location in the fields below.
  int line = 0;
  int column = 0;
  // DOCX only (0 when not applicable): the 1-based paragraph number in the
  // body, or the table, row and column of the cell the text is in.
  int paragraph = 0;
  int table = 0;
  int row = 0;
  int col = 0;
};

}  // namespace reportlint

#endif  // REPORTLINT_LOCATION_H_
