// Kind `pattern`: text that must not occur (each match is a finding), must occur a
// bounded number of times, or, once it occurs, must be followed by something else.
#ifndef REPORTLINT_RULES_KINDS_PATTERN_RULE_H_
#define REPORTLINT_RULES_KINDS_PATTERN_RULE_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/rule_kind.h"

namespace reportlint {

class PatternRule : public RuleKind {
 public:
  void Configure(ParamReader& params) override;
  std::vector<std::string> EvidenceKeys() const override;
  void Check(const Analysis& analysis, RuleReporter& out) const override;

 private:
  enum class Mode { kForbid, kRequire };

  Mode mode_ = Mode::kForbid;
  std::shared_ptr<const Regex> pattern_;
  std::shared_ptr<const Regex> then_expect_;  // forbid mode: a match is fine if this follows
  int min_ = 1;   // require mode: how many matches are needed
  int max_ = -1;  // require mode: at most this many (-1: no bound)
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_PATTERN_RULE_H_
