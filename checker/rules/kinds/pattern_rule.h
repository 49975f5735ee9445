// Kind `pattern`: text that must not occur (each match is a finding), must occur a
// bounded number of times, or, once it occurs, must be followed by something else.
#ifndef REPORTLINT_RULES_KINDS_PATTERN_RULE_H_
#define REPORTLINT_RULES_KINDS_PATTERN_RULE_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/check_table.h"

namespace reportlint {

class PatternRule : public CheckTableKind<PatternRule> {
 public:
  // forbid (each match is a finding), require (the match count in min..max).
  static const std::vector<KindCheck<PatternRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:
  void ConfigureForbid(ParamReader& params);
  void ConfigureRequire(ParamReader& params);
  void CheckForbid(const Analysis& a, RuleReporter& out) const;
  void CheckRequire(const Analysis& a, RuleReporter& out) const;

  std::shared_ptr<const Regex> pattern_;
  std::shared_ptr<const Regex> then_expect_;  // forbid: a match is fine if this follows
  int min_ = 1;   // require: how many matches are needed
  int max_ = -1;  // require: at most this many (-1: no bound)
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_PATTERN_RULE_H_
