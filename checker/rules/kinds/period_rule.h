// Kind `period`: the statistical period is stated and covers 1 January – 31 December
// of the report year; no sentence reports another year's data; the report is on time.
#ifndef REPORTLINT_RULES_KINDS_PERIOD_RULE_H_
#define REPORTLINT_RULES_KINDS_PERIOD_RULE_H_

#include <string>
#include <vector>

#include "checker/rules/check_table.h"

namespace reportlint {

class PeriodRule : public CheckTableKind<PeriodRule> {
 public:
  static const std::vector<KindCheck<PeriodRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:
  void ConfigureDeadline(ParamReader& params);
  void CheckStated(const Analysis& a, RuleReporter& out) const;
  void CheckRange(const Analysis& a, RuleReporter& out) const;
  void CheckOtherYear(const Analysis& a, RuleReporter& out) const;
  void CheckDeadline(const Analysis& a, RuleReporter& out) const;
  void CheckYearKnown(const Analysis& a, RuleReporter& out) const;

  // deadline: month and day in the year `deadline_year_offset` after the report year.
  int deadline_month_ = 3;
  int deadline_day_ = 31;
  int deadline_year_offset_ = 1;
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_PERIOD_RULE_H_
