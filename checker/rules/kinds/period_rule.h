// Kind `period`: the statistical period is stated and covers 1 January – 31 December
// of the report year; no sentence reports another year's data; the report is on time.
#ifndef REPORTLINT_RULES_KINDS_PERIOD_RULE_H_
#define REPORTLINT_RULES_KINDS_PERIOD_RULE_H_

#include <string>
#include <vector>

#include "checker/rules/rule_kind.h"

namespace reportlint {

class PeriodRule : public RuleKind {
 public:
  void Configure(ParamReader& params) override;
  std::vector<std::string> EvidenceKeys() const override;
  void Check(const Analysis& analysis, RuleReporter& out) const override;

 private:
  enum class CheckType { kStated, kRange, kOtherYear, kDeadline, kYearKnown };

  void CheckRange(const Analysis& a, int year, RuleReporter& out) const;
  void CheckOtherYear(const Analysis& a, int year, RuleReporter& out) const;
  void CheckDeadline(const Analysis& a, int year, RuleReporter& out) const;

  CheckType check_ = CheckType::kStated;
  // deadline: month and day in the year `deadline_year_offset` after the report year.
  int deadline_month_ = 3;
  int deadline_day_ = 31;
  int deadline_year_offset_ = 1;
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_PERIOD_RULE_H_
