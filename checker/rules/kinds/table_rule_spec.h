// The table a `table` rule checks, as its YAML describes it: a name, the words that
// find it, and its rows and columns by label; and how a spec binds to a found Table.
#ifndef REPORTLINT_RULES_KINDS_TABLE_RULE_SPEC_H_
#define REPORTLINT_RULES_KINDS_TABLE_RULE_SPEC_H_

#include <string>
#include <vector>

#include "checker/rules/param_reader.h"
#include "checker/structure/tables.h"

namespace reportlint {

// A row or column of the spec. `path` holds label keys (RowLabelKey of the
// folded YAML text), outermost first; the last is the row's own label, the
// others must occur among its group labels. An empty path (rows only) means
// "the table's only data row" (Table C has no row label).
struct AxisLabel {
  std::string id;
  std::string label;  // the own label as written in YAML, for messages
  std::vector<std::u32string> path;
};

// Where a spec's rows and columns are in one Table.
struct Binding {
  std::vector<int> rows;  // per spec row: the table row, or -1 when not found
  std::vector<int> cols;  // per spec column: the table column, or -1
  // Why the table cannot be read as the spec describes (empty when it can):
  // "glued-digits" (digits of neighbouring cells ran together), or
  // "ragged-rows" (a flattened row has more or fewer values than columns).
  std::string problem;
};

class TableSpec {
 public:
  // Reads `table: {name, find}` and, when asked, `rows` and `columns`.
  void Configure(ParamReader& params, bool rows, bool columns);

  const std::string& name() const { return name_; }
  const std::vector<AxisLabel>& rows() const { return rows_; }
  const std::vector<AxisLabel>& columns() const { return columns_; }
  int RowIndex(const std::string& id) const;     // -1 when unknown
  int ColumnIndex(const std::string& id) const;  // -1 when unknown

  // Whether `table`'s labels contain every `find` word.
  bool Matches(const Table& table) const;
  // Finds the spec's rows and columns in `table`. Rows are matched in order,
  // exact labels first, then labels with a note appended or a small typo;
  // columns of a flattened (kText) table are taken by position.
  Binding Bind(const Table& table) const;

 private:
  std::vector<int> BindRows(const Table& t) const;
  std::vector<int> BindColumns(const Table& t) const;

  std::string name_;
  std::vector<std::u32string> find_;
  std::vector<AxisLabel> rows_;
  std::vector<AxisLabel> columns_;
};

// Label key of YAML text: folded like the report, marker stripped, normalised.
std::u32string LabelKeyOf(const std::string& utf8);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_TABLE_RULE_SPEC_H_
