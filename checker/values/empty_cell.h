// The marks a table prints alone in a cell that has no value (/ - — – ― \ _), and
// the words it writes instead (不适用): one list for the readers, tables and rules.
#ifndef REPORTLINT_VALUES_EMPTY_CELL_H_
#define REPORTLINT_VALUES_EMPTY_CELL_H_

#include <string_view>

namespace reportlint {

// A mark that written alone (or with spaces) makes a cell empty: / - — – ― \ _.
inline bool IsEmptyCellMark(char32_t c) {
  return c == U'/' || c == U'-' || c == U'—' || c == U'–' || c == U'―' || c == U'\\' || c == U'_';
}

// A cell's whole (folded, trimmed) text when it says in words that there is no
// value: 不适用 (not applicable), 无, 暂无. Tables read such a cell as text; a
// rule that asks for a number treats it as the empty marks.
inline bool IsNoValueWord(std::u32string_view s) {
  return s == U"不适用" || s == U"无" || s == U"暂无";
}

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_EMPTY_CELL_H_
