// Examples for `reportlint rules --explain`: the report lines that the rule's
// pack fixtures expect it to flag (`# expect:`) or to leave alone (`# ok:`).
#ifndef REPORTLINT_CLI_RULE_EXAMPLES_H_
#define REPORTLINT_CLI_RULE_EXAMPLES_H_

#include <string>
#include <vector>

#include "reportlint/checker.h"

namespace reportlint {

struct RuleExample {
  bool flags = true;  // `# expect:` (flagged), else `# ok:` (left alone)
  std::string path;   // the fixture, as found under the working directory
  int line = 0;
  std::string text;   // that line of the fixture
};

// At most three of each side, in path order. `*folder` is where fixtures were
// looked for; false when it is no folder.
bool FindRuleExamples(const RuleSummary& rule, std::string* folder,
                      std::vector<RuleExample>* examples);

// "examples (from …/tests):\n  flags:  …\n  passes: …\n", or a line saying
// where fixtures were looked for. Built-in packs' fixtures are read from
// rules/<pack>/tests under the working directory (a checkout of reportlint).
std::string RuleExamples(const RuleSummary& rule);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_RULE_EXAMPLES_H_
