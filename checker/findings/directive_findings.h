// What the sink does with suppression directives: silence the findings they
// name, and report directives that are malformed, name no loaded rule, or
// silence nothing (the reportlint/* checks).
#ifndef REPORTLINT_FINDINGS_DIRECTIVE_FINDINGS_H_
#define REPORTLINT_FINDINGS_DIRECTIVE_FINDINGS_H_

#include <set>
#include <string>
#include <vector>

#include "checker/facts/directives.h"
#include "reportlint/finding.h"

namespace reportlint {

// The checks reportlint itself performs on directives; configurable like
// rules (severity, off) and listed by `reportlint rules`.
struct ToolCheck {
  const char* id;
  Severity severity;
  const char* description_zh;
  const char* description_en;
  const char* message_zh;
  const char* message_en;
};
inline constexpr const char* kUnusedSuppression = "reportlint/unused-suppression";
inline constexpr const char* kInvalidSuppression = "reportlint/invalid-suppression";
// A rule's pattern gave up at a PCRE2 limit on this report (FindingSink).
inline constexpr const char* kPatternTooCostly = "reportlint/pattern-too-costly";
const std::vector<ToolCheck>& ToolChecks();
// The check called `id`. REQUIRES: `id` is one of ToolChecks().
const ToolCheck& ToolCheckOf(const char* id);

// Removes the findings a directive silences, marking each directive used.
// Returns how many were removed.
int ApplySuppressions(std::vector<Directive>* directives, std::vector<Finding>* findings);

// One finding per directive problem, with default severity and the message in
// `lang`. `known_rules` null: rule names are not checked.
std::vector<Finding> DirectiveFindings(const std::vector<Directive>& directives,
                                       const std::set<std::string>* known_rules,
                                       const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_FINDINGS_DIRECTIVE_FINDINGS_H_
