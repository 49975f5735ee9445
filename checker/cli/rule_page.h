// One Markdown page per rule (docs/rules/<pack>/<rule>.md), written by
// `reportlint rules --doc-pages DIR` from what `--explain` shows.
#ifndef REPORTLINT_CLI_RULE_PAGE_H_
#define REPORTLINT_CLI_RULE_PAGE_H_

#include <string>
#include <vector>

#include "reportlint/checker.h"

namespace reportlint {

// The page of `rule`: its description, kind, severity, pack, years, messages,
// parameters, the lines its fixtures flag and leave alone (read under the
// working directory, as --explain does) and how to configure it.
std::string RulePage(const RuleSummary& rule);

// Writes the page of every rule in `rules` that a pack defines (taken-over
// rules are their pack's) to DIR/<pack>/<rule>.md, creating folders. On a
// write error returns false with the reason in *error.
bool WriteRulePages(const std::vector<RuleSummary>& rules, const std::string& dir, int* written,
                    std::string* error);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_RULE_PAGE_H_
