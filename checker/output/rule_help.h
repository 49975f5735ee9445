// What a rule is, in words, for the formats and pages that describe rules
// rather than findings: SARIF's rule table, `reportlint rules --explain` and
// the generated pages under docs/rules/ all take their texts from here.
#ifndef REPORTLINT_OUTPUT_RULE_HELP_H_
#define REPORTLINT_OUTPUT_RULE_HELP_H_

#include <string>

#include "reportlint/checker.h"

namespace reportlint {

// The rule's message template in `lang` with every placeholder as "…": a
// complete sentence in the run's language, never cut ("no statistical period
// is stated (expected 1 January to 31 December …)").
std::string RuleTitle(const RuleSummary& rule, const std::string& lang);

// The pack's description of the rule (English, as the packs write it), or
// the English message when the pack has none; trailing blanks removed.
std::string RuleDescription(const RuleSummary& rule);

// The kind's own parameters as YAML: the rule's YAML without the keys every
// rule has (id, kind, severity, message, description). "" when none.
std::string RuleParameters(const RuleSummary& rule);

// Where the rule's page is below docs/rules/ ("ogi-common/report-year.md"),
// for a rule that a built-in pack defines and brings in; "" for the others (a
// custom pack's rules have no published page).
std::string RuleDocPath(const RuleSummary& rule);

// The base URL of docs/rules/ when none is configured: the pages where
// `cmake --install` puts them under the configured prefix (ends in '/').
std::string DefaultRuleDocBase();

// How to change the rule's severity or turn it off: a .reportlint.yaml of
// three lines, the example every rule's help and page end with.
std::string RuleConfigExample(const RuleSummary& rule);

// SARIF's rule help in `lang`: the description, the message, the parameters
// and an example message, as plain text or as Markdown (with a link to the
// page when `page_url` is not empty).
std::string RuleHelpText(const RuleSummary& rule, const std::string& lang);
std::string RuleHelpMarkdown(const RuleSummary& rule, const std::string& lang,
                             const std::string& page_url);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_RULE_HELP_H_
