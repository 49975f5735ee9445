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

// The pack's description of the rule in `lang` (a pack that writes one text
// gives it for both), or the rule's title when it has none; trailing blanks
// removed.
std::string RuleDescription(const RuleSummary& rule, const std::string& lang);

// The kind's own parameters as YAML: the rule's YAML without the keys every
// rule has (id, kind, severity, message, description). "" when none.
std::string RuleParameters(const RuleSummary& rule);

// Where the rule's page is below docs/rules/ ("ogi-common/report-year.md"),
// for a rule that a built-in pack defines and brings in; "" for the others (a
// custom pack's rules have no published page).
std::string RuleDocPath(const RuleSummary& rule);

// The base URL of docs/rules/ when none is configured, ending in '/': the
// installed pages of the running binary (PREFIX/bin/reportlint ->
// file://PREFIX/share/doc/reportlint/docs/rules/) when that folder exists,
// else those under the prefix the build was configured for.
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
