// Kind `table`: finds a table by its labels and checks it: sum identities over rows
// or columns, non-negative cells, what each cell holds, its layout, readability,
// presence, and the prose.
#ifndef REPORTLINT_RULES_KINDS_TABLE_RULE_H_
#define REPORTLINT_RULES_KINDS_TABLE_RULE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "checker/rules/kinds/table_rule_spec.h"
#include "checker/rules/kinds/section_pattern.h"
#include "checker/rules/check_table.h"

namespace reportlint {

class TableRule : public CheckTableKind<TableRule> {
 public:
  static const std::vector<KindCheck<TableRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:

  // Σ sum = Σ equals, for every column (each_column) or every row; the ids
  // name rows or columns of the spec accordingly.
  struct Identity {
    std::string id;
    bool each_column = true;
    std::vector<int> sum;     // spec indices
    std::vector<int> equals;  // spec indices: the stated side
    std::string expression;   // as evidence: "R1 + R2 = R24 + R25"
  };
  // A statement in the prose about a table cell (T1, T2).
  struct Claim {
    std::shared_ptr<const Regex> pattern;
    bool zero = false;      // "none happened": the cells must all be 0
    int row = -1;           // spec row (-1: the table's only row)
    std::vector<int> cols;  // spec columns
  };

  // Each check's own parameters (the row's `configure`).
  void ConfigureIdentities(ParamReader& params);
  void ConfigureNonNegative(ParamReader& params);
  void ConfigureLayout(ParamReader& params);
  void ConfigureReadable(ParamReader& params);
  void ConfigureAbsent(ParamReader& params);
  void ConfigureProse(ParamReader& params);
  void ConfigureSections(ParamReader& params);  // present, image
  void ConfigureCells(ParamReader& params);
  void ReadExcept(ParamReader& params);
  void ReadIdentities(ParamReader& params);
  void ReadClaims(ParamReader& params);

  // Each check over the report (the row's `run`).
  void RunIdentities(const Analysis& a, RuleReporter& out) const;
  void RunNonNegative(const Analysis& a, RuleReporter& out) const;
  void RunLayout(const Analysis& a, RuleReporter& out) const;
  void RunReadable(const Analysis& a, RuleReporter& out) const;
  void RunPresent(const Analysis& a, RuleReporter& out) const;
  void RunAbsent(const Analysis& a, RuleReporter& out) const;
  void RunProse(const Analysis& a, RuleReporter& out) const;
  void RunImage(const Analysis& a, RuleReporter& out) const;
  void RunCells(const Analysis& a, RuleReporter& out) const;  // table_rule_cells.cc

  // Calls `f` on every table the spec matches, with [at, at_end): the table's
  // first line, where findings about it as a whole point.
  void ForEachTable(const Analysis& a,
                    const std::function<void(const Table&, size_t at, size_t at_end)>& f) const;
  // The same for the matched tables that bind (the `readable` check reports the
  // others), with the table as read through its binding.
  void ForEachReadTable(
      const Analysis& a,
      const std::function<void(const Table&, const Binding&, size_t at, size_t at_end)>& f) const;

  void CheckIdentities(const Analysis& a, const Table& t, const Binding& b, RuleReporter& out) const;
  void CheckNonNegative(const Analysis& a, const Table& t, const Binding& b, RuleReporter& out) const;
  void CheckLayout(size_t begin, size_t end, const Binding& b, RuleReporter& out) const;
  // present (`images` false) and image (true): sections without a table, and
  // without (with) an image in its place.
  void CheckPresent(const Analysis& a, bool images_wanted, RuleReporter& out) const;
  void CheckProse(const Analysis& a, const Table& t, const Binding& b, RuleReporter& out) const;

  TableSpec spec_;
  std::vector<Identity> identities_;
  std::vector<int> exempt_rows_, exempt_cols_;  // non-negative: spec indices allowed below 0
  std::vector<Claim> claims_;
  // cells: per spec row, the spec columns of its cells in printed order; the
  // columns holding money (decimals allowed); the problems this rule reports.
  std::vector<std::vector<int>> row_cells_;
  std::vector<int> money_cols_;
  std::vector<std::string> problems_;
  std::vector<SectionPattern> sections_;  // present
  int max_level_ = 1;              // present: headings deeper than this are not sections
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_TABLE_RULE_H_
