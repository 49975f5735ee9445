// A place in the file the user gave us, as a person would look it up.
// Lines and columns are 1-based and count characters, not bytes.
#ifndef REPORTLINT_LOCATION_H_
#define REPORTLINT_LOCATION_H_

namespace reportlint {

struct Location {
  int line = 0;    // 1-based line in the original file (for DOCX: 0)
  int column = 0;  // 1-based column, in characters (for DOCX: offset in the paragraph or cell)
  // DOCX only (0 when not applicable): the 1-based paragraph number in the
  // body, or the table, row and column of the cell the text is in.
  int paragraph = 0;
  int table = 0;
  int row = 0;
  int col = 0;
};

}  // namespace reportlint

#endif  // REPORTLINT_LOCATION_H_
