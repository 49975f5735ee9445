// Kind `rollup`: a body's table cells against the sum of its parts' in the hierarchy
// file, the same year: equal to it, at most or at least it.
#ifndef REPORTLINT_RULES_KINDS_ROLLUP_RULE_H_
#define REPORTLINT_RULES_KINDS_ROLLUP_RULE_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/check_table.h"
#include "checker/rules/kinds/table_cells.h"

namespace reportlint {

class RollupRule : public CorpusCheckTableKind<RollupRule> {
 public:
  static const std::vector<CorpusKindCheck<RollupRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:
  // How the parent's cell must stand to the sum of its children's.
  enum class Relation { kEqual, kAtMost, kAtLeast };

  void ConfigureSum(ParamReader& params);
  std::shared_ptr<const CorpusFacts> CollectSum(const Analysis& a, CollectMemo&) const;
  void CheckSum(const RuleCorpus& corpus, CorpusReporter& out) const;
  // One cell of `parent`'s report against its children's (`parts`, their
  // reports, in the order of `children`).
  void CheckCell(const RuleCorpus& corpus, const CorpusReport& parent,
                 const std::vector<const HierarchyBody*>& children,
                 const std::vector<const CorpusReport*>& parts, SpecCell cell,
                 CorpusReporter& out) const;
  // Whether `parent` stands to `children` as the rule says, for some values
  // both printed numbers can mean.
  bool Holds(const Interval& parent, const Interval& children) const;

  TableSpec spec_;
  Relation relation_ = Relation::kEqual;
  std::vector<int> rows_, cols_;  // the spec rows and columns compared
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_ROLLUP_RULE_H_
