// Kind `ratio`: a part's share of its total ("6213条,占74.5%"), the shares of one
// total adding to 100%, rates over their base ("办结率96.92%") and rates that cannot
// exceed 100%.
#ifndef REPORTLINT_RULES_KINDS_RATIO_RULE_H_
#define REPORTLINT_RULES_KINDS_RATIO_RULE_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/rules/kinds/numeric_evidence.h"
#include "checker/rules/check_table.h"

namespace reportlint {

class RatioRule : public CheckTableKind<RatioRule> {
 public:
  static const std::vector<KindCheck<RatioRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:
  void ConfigureLists(ParamReader& params);
  void ConfigureRates(ParamReader& params);
  void CheckShares(const Analysis& a, RuleReporter& out) const;
  void CheckShareSums(const Analysis& a, RuleReporter& out) const;
  void CheckRates(const Analysis& a, RuleReporter& out) const;
  void CheckRateBounds(const Analysis& a, RuleReporter& out) const;

  // Calls `f` on every rate.
  void ForEachRate(const Analysis& a, const std::function<void(const Relation&)>& f) const;
  void CheckShares(const Analysis& a, const Relation& r, const ListVerdict& v,
                   RuleReporter& out) const;
  void CheckShareSum(const Analysis& a, const Relation& r, const ListVerdict& v,
                     RuleReporter& out) const;
  void CheckRate(const Analysis& a, const Relation& r, RuleReporter& out) const;
  void CheckRateBound(const Analysis& a, const Relation& r, RuleReporter& out) const;

  std::optional<RelationLexicon> lexicon_;
  Tolerance tolerance_ = Tolerance::kPrinted;
  ReadingOptions reading_;
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_RATIO_RULE_H_
