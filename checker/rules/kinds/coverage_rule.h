// Kind `coverage`: every body expects one report a year: a body of the hierarchy with
// no report, a report of a body it does not list, two reports of one body and year, a late one.
#ifndef REPORTLINT_RULES_KINDS_COVERAGE_RULE_H_
#define REPORTLINT_RULES_KINDS_COVERAGE_RULE_H_

#include <string>
#include <vector>

#include "checker/rules/check_table.h"

namespace reportlint {

class CoverageRule : public CorpusCheckTableKind<CoverageRule> {
 public:
  static const std::vector<CorpusKindCheck<CoverageRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:
  void ConfigureYears(ParamReader& params);
  void ConfigureLate(ParamReader& params);
  void CheckMissing(const RuleCorpus& corpus, CorpusReporter& out) const;
  void CheckUnidentified(const RuleCorpus& corpus, CorpusReporter& out) const;
  void CheckUnlisted(const RuleCorpus& corpus, CorpusReporter& out) const;
  void CheckDuplicates(const RuleCorpus& corpus, CorpusReporter& out) const;
  void CheckLate(const RuleCorpus& corpus, CorpusReporter& out) const;
  // The years a body must have a report for: `years:`, else every year a
  // report of the run is of.
  std::vector<int> YearsToCover(const RuleCorpus& corpus) const;

  std::vector<int> years_;
  int deadline_month_ = 3;  // late: month and day of the year after the report year
  int deadline_day_ = 31;
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_COVERAGE_RULE_H_
