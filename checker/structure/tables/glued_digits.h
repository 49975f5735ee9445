// The ways a run of glued table digits ("102011014", "00/0000") can be cut into a
// row's cells, for reading a glued row when exactly one cut fits the row's identities.
#ifndef REPORTLINT_STRUCTURE_TABLES_GLUED_DIGITS_H_
#define REPORTLINT_STRUCTURE_TABLES_GLUED_DIGITS_H_

#include <functional>
#include <string_view>
#include <vector>

namespace reportlint {

struct GluedCell {
  size_t begin = 0;  // span in the run
  size_t end = 0;
  bool empty = false;    // an empty mark (IsEmptyCellMark)
  long long value = 0;   // 0 when empty
};

// A cut is valid when it has exactly `cells` cells; each empty mark is one
// cell of its own; a cell of digits has at most `max_digits` of them and no
// leading zero unless it is "0"; and `holds` accepts the cells' values.
// Returns how many valid cuts there are, counting at most 2 (ambiguous), and
// the first one found in `*cut` when there is one. A run with anything but
// ASCII digits and empty marks has no cut.
int CountGluedCuts(std::u32string_view run, int cells, int max_digits,
                   const std::function<bool(const std::vector<GluedCell>&)>& holds,
                   std::vector<GluedCell>* cut);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_TABLES_GLUED_DIGITS_H_
