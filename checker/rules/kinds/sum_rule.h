// Kind `sum`: totals against their parts ("共…34322件,其中…") and stated differences
// ("比申报减少36万元"), compared at the precision the numbers were printed with.
#ifndef REPORTLINT_RULES_KINDS_SUM_RULE_H_
#define REPORTLINT_RULES_KINDS_SUM_RULE_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/rules/kinds/numeric_evidence.h"
#include "checker/rules/rule_kind.h"

namespace reportlint {

class SumRule : public RuleKind {
 public:
  void Configure(ParamReader& params) override;
  std::vector<std::string> EvidenceKeys() const override;
  void Check(const Analysis& analysis, RuleReporter& out) const override;

 private:
  enum class CheckType { kTotal, kPart, kNearTotal, kDifference };

  void CheckTotal(const Analysis& a, const Relation& r, const ListVerdict& v,
                  RuleReporter& out) const;
  void CheckPart(const Analysis& a, const Relation& r, const ListVerdict& v,
                 RuleReporter& out) const;
  void CheckDifference(const Analysis& a, const Relation& r, RuleReporter& out) const;
  bool UnitChecked(const Quantity& q) const;

  CheckType check_ = CheckType::kTotal;
  std::optional<RelationLexicon> lexicon_;  // set when the pack changes the cue words
  Tolerance tolerance_ = Tolerance::kPrinted;
  std::vector<UnitClass> unit_classes_;     // empty: every class
  // How lists are read (near_sum_percent is the `near-total` check's parameter).
  ReadingOptions reading_;
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_SUM_RULE_H_
