// The marks a table prints alone in a cell that has no value (/ - — – ― \ _):
// one list for the PDF reader's value columns and the tables' cell reading.
#ifndef REPORTLINT_VALUES_EMPTY_CELL_H_
#define REPORTLINT_VALUES_EMPTY_CELL_H_

namespace reportlint {

// A mark that written alone (or with spaces) makes a cell empty: / - — – ― \ _.
inline bool IsEmptyCellMark(char32_t c) {
  return c == U'/' || c == U'-' || c == U'—' || c == U'–' || c == U'―' || c == U'\\' || c == U'_';
}

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_EMPTY_CELL_H_
