// Kind `sum`: totals against their parts ("共…34322件,其中…") and stated differences
// ("比申报减少36万元"), compared at the precision the numbers were printed with.
#ifndef REPORTLINT_RULES_KINDS_SUM_RULE_H_
#define REPORTLINT_RULES_KINDS_SUM_RULE_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/rules/kinds/numeric_evidence.h"
#include "checker/rules/check_table.h"

namespace reportlint {

class SumRule : public CheckTableKind<SumRule> {
 public:
  static const std::vector<KindCheck<SumRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:
  void ConfigureLists(ParamReader& params);
  void ConfigureNearTotal(ParamReader& params);
  void ConfigureDifference(ParamReader& params);
  void CheckTotals(const Analysis& a, RuleReporter& out) const;
  void CheckNearTotals(const Analysis& a, RuleReporter& out) const;
  void CheckParts(const Analysis& a, RuleReporter& out) const;
  void CheckDifferences(const Analysis& a, RuleReporter& out) const;

  // Calls `f` on every list (of the configured unit classes) whose chosen
  // reading's parts do not add up to its total.
  void ForEachDisagreeingList(
      const Analysis& a,
      const std::function<void(const Relation&, const ListVerdict&)>& f) const;
  void ReportTotal(const Analysis& a, const Relation& r, const ListVerdict& v,
                   RuleReporter& out) const;
  void ReportPart(const Analysis& a, const Relation& r, const ListVerdict& v,
                  RuleReporter& out) const;
  void CheckDifference(const Analysis& a, const Relation& r, RuleReporter& out) const;
  bool UnitChecked(const Quantity& q) const;

  std::optional<RelationLexicon> lexicon_;  // set when the pack changes the cue words
  Tolerance tolerance_ = Tolerance::kPrinted;
  std::vector<UnitClass> unit_classes_;     // empty: every class
  // How lists are read (near_sum_percent is the `near-total` check's parameter).
  ReadingOptions reading_;
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_SUM_RULE_H_
