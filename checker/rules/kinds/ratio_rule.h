// Kind `ratio`: a part's share of its total ("6213条,占74.5%"), the shares of one
// total adding to 100%, rates over their base ("办结率96.92%") and rates above 100%.
#ifndef REPORTLINT_RULES_KINDS_RATIO_RULE_H_
#define REPORTLINT_RULES_KINDS_RATIO_RULE_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/rules/kinds/numeric_evidence.h"
#include "checker/rules/rule_kind.h"

namespace reportlint {

class RatioRule : public RuleKind {
 public:
  void Configure(ParamReader& params) override;
  std::vector<std::string> EvidenceKeys() const override;
  void Check(const Analysis& analysis, RuleReporter& out) const override;

 private:
  enum class CheckType { kShare, kShareSum, kRate, kRateBound };

  void CheckShares(const Analysis& a, const Relation& r, const ListVerdict& v,
                   RuleReporter& out) const;
  void CheckShareSum(const Analysis& a, const Relation& r, const ListVerdict& v,
                     RuleReporter& out) const;
  void CheckRate(const Analysis& a, const Relation& r, RuleReporter& out) const;
  void CheckRateBound(const Analysis& a, const Relation& r, RuleReporter& out) const;

  CheckType check_ = CheckType::kShare;
  std::optional<RelationLexicon> lexicon_;
  Tolerance tolerance_ = Tolerance::kPrinted;
  ReadingOptions reading_;
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_RATIO_RULE_H_
