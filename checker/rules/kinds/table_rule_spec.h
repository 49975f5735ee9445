// The table a `table` rule checks, as its YAML describes it: a name, the words that
// find it, and its rows and columns by label; and how a spec binds to a found Table.
#ifndef REPORTLINT_RULES_KINDS_TABLE_RULE_SPEC_H_
#define REPORTLINT_RULES_KINDS_TABLE_RULE_SPEC_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/util/param_reader.h"
#include "checker/structure/tables/tables.h"

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
  // A glued table whose rows were split (split_glued): the table the checks
  // read, with a cell per value; `rows` and `cols` index into it. Null when
  // the found table is read as it is.
  std::shared_ptr<const Table> split;

  // The table the checks read: `split`, else `found`.
  const Table& Read(const Table& found) const { return split ? *split : found; }
};

// How the digits of a glued row are split into the spec's columns: every
// way of cutting them is tried, and a row is read when exactly one cut
// makes all `identities` hold (table_rule_glued.cc).
struct GluedSplit {
  int max_digits = 5;  // a cell has at most this many digits
  struct RowIdentity {
    std::vector<int> sum;     // spec column indices
    std::vector<int> equals;  // spec column indices
  };
  std::vector<RowIdentity> identities;
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
  // Reads `key` of `item` as a list of row (or column) ids, "a..b" naming
  // every id from a to b; unknown ids are errors at the key.
  std::vector<int> ReadIds(ParamReader& item, const std::string& key, bool rows) const;

  // Whether `table`'s labels contain every `find` word.
  bool Matches(const Table& table) const;
  // Finds the spec's rows and columns in `table`. Rows are matched in order,
  // exact labels first, then labels with a note appended or a small typo;
  // columns of a flattened (kText) table are taken by position. A glued
  // table is split first when the spec says how (`split_glued`).
  Binding Bind(const Table& table) const;
  // Only the rows, for checks that read a row's cells by position (`cells`):
  // every labelled row below the header, no columns, no glued split (a glued
  // table keeps its problem).
  Binding BindRowsOnly(const Table& table) const;

 private:
  void ReadSplit(ParamReader& split);
  // With `labelled_rows`, rows holding text where values belong ("abc",
  // 不适用) are candidates too, not only the data rows.
  std::vector<int> BindRows(const Table& t, bool labelled_rows = false) const;
  std::vector<int> BindColumns(const Table& t) const;
  // `t` with every glued row split into the spec's columns, or nullopt when
  // a row has no cut or more than one (table_rule_glued.cc).
  std::optional<Table> SplitGlued(const Table& t) const;

  std::string name_;
  std::vector<std::u32string> find_;
  std::vector<AxisLabel> rows_;
  std::vector<AxisLabel> columns_;
  std::optional<GluedSplit> split_;
};

// Label key of YAML text: folded like the report, marker stripped, normalised.
std::u32string LabelKeyOf(const std::string& utf8);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_TABLE_RULE_SPEC_H_
