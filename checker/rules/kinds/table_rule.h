// Kind `table`: finds a table by its labels and checks it: sum identities over rows
// or columns, non-negative cells, its layout, readability, presence, and the prose.
#ifndef REPORTLINT_RULES_KINDS_TABLE_RULE_H_
#define REPORTLINT_RULES_KINDS_TABLE_RULE_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/kinds/table_rule_spec.h"
#include "checker/rules/kinds/section_pattern.h"
#include "checker/rules/rule_kind.h"

namespace reportlint {

class TableRule : public RuleKind {
 public:
  void Configure(ParamReader& params) override;
  std::vector<std::string> EvidenceKeys() const override;
  void Check(const Analysis& analysis, RuleReporter& out) const override;

 private:
  enum class CheckType {
    kIdentities, kNonNegative, kLayout, kReadable, kPresent, kAbsent, kProse, kImage
  };

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

  void ReadIdentities(ParamReader& params);
  void ReadClaims(ParamReader& params);

  void CheckIdentities(const Analysis& a, const Table& t, const Binding& b, RuleReporter& out) const;
  void CheckNonNegative(const Analysis& a, const Table& t, const Binding& b, RuleReporter& out) const;
  void CheckLayout(size_t begin, size_t end, const Binding& b, RuleReporter& out) const;
  void CheckPresent(const Analysis& a, RuleReporter& out) const;
  void CheckProse(const Analysis& a, const Table& t, const Binding& b, RuleReporter& out) const;

  CheckType check_ = CheckType::kIdentities;
  TableSpec spec_;
  std::vector<Identity> identities_;
  std::vector<int> exempt_rows_, exempt_cols_;  // non-negative: spec indices allowed below 0
  std::vector<Claim> claims_;
  std::vector<SectionPattern> sections_;  // present
  int max_level_ = 1;              // present: headings deeper than this are not sections
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_TABLE_RULE_H_
