// The cells of a national table as rule kinds read them: one cell's value (a
// number, or empty), and the few cells a cross-report rule keeps from each report.
#ifndef REPORTLINT_RULES_KINDS_TABLE_CELLS_H_
#define REPORTLINT_RULES_KINDS_TABLE_CELLS_H_

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "checker/corpus/corpus.h"
#include "checker/facts/analysis.h"
#include "checker/rules/kinds/numeric_evidence.h"
#include "checker/rules/kinds/table_rule_spec.h"

namespace reportlint {

// A cell as arithmetic sees it.
struct CellValue {
  bool usable = false;  // a number or an empty cell
  bool empty = false;
  Interval value;       // what the printed number can mean; [0, 0] when empty
  Decimal printed;
};
CellValue ReadCell(const TableCell& c);


// Where folded span [begin, end) of `a` is in the original file.
KeptSpan LocateSpan(const Analysis& a, size_t begin, size_t end);

// A number a cross-report rule kept from a report: what it can mean, as
// printed, and where (the report's text is gone when the rule runs).
struct KeptNumber {
  Interval value;
  Decimal printed;
  KeptSpan at;
};

// A cell of a TableSpec: its spec row and spec column.
using SpecCell = std::pair<int, int>;

// The cells a rule names, read from the one table of a report that its spec
// finds. Only printed numbers are kept: an empty, "/" or unreadable cell,
// or one whose row or column is not in the table, is simply absent, so a
// rule comparing it with another report skips it rather than guessing.
class TableCells : public CorpusFacts {
 public:
  // Null when no table of `a` matches `spec`, when several do (which one
  // the numbers would come from is unknown), or when it does not bind (a
  // glued or ragged table, another format: the `table` kind says so).
  static std::shared_ptr<const TableCells> Collect(const Analysis& a, const TableSpec& spec,
                                                   const std::vector<SpecCell>& wanted);

  // The number in spec row `row`, column `col`, or null.
  const KeptNumber* Find(int row, int col) const;

 private:
  std::vector<std::pair<SpecCell, KeptNumber>> cells_;  // sorted by cell
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_TABLE_CELLS_H_
