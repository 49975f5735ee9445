// A loaded rule pack: its header (name, which reports it governs, the packs it
// extends) and its rules, each a configured rule kind with id, severity and messages.
#ifndef REPORTLINT_RULES_PACK_H_
#define REPORTLINT_RULES_PACK_H_

#include <yaml-cpp/yaml.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/rules/message_template.h"
#include "checker/rules/rule_kind.h"
#include "checker/util/regex.h"
#include "reportlint/finding.h"

namespace reportlint {

struct YearRange {
  int first = 0;
  std::optional<int> last;  // open-ended when absent
  bool Contains(int year) const { return year >= first && (!last || year <= *last); }
};

// Which reports a pack or a rule governs (`applies_to:` in YAML). Every
// condition given must hold; an empty one governs every report.
struct Applicability {
  std::optional<YearRange> report_years;
  // Matched on the folded organisation name read from the title ("北山县").
  std::shared_ptr<const Regex> organisation;

  // An unknown year fails a year condition; an unknown organisation fails an
  // organisation condition.
  bool Matches(std::optional<int> year, std::u32string_view organisation_name) const;
  // "2019-", "2008-2018", "all", plus " organisation ~ /RE/" when set.
  std::string Describe() const;
};

struct Rule {
  std::string id;  // unique across all loaded packs
  std::string kind;
  Severity severity = Severity::kError;
  MessageTemplate message_zh;
  MessageTemplate message_en;
  // The pack's `description`: both from one text, or from its zh and en.
  std::string description_zh;
  std::string description_en;
  std::string pack;    // name of the pack it came from (the extending pack's, once extended)
  std::string file;    // where it is defined, for `reportlint rules`
  int line = 0;
  Applicability applies;  // resolved: the rule's own applies_to, else its pack's
  YAML::Node yaml;        // the rule's mapping as written (overrides merge into it)
  std::unique_ptr<RuleKind> impl;

  const MessageTemplate& Message(const std::string& lang) const {
    return lang == "en" ? message_en : message_zh;
  }
};

struct Pack {
  std::string name;
  std::string description;
  std::string source;                  // folder, or "builtin:NAME"
  std::optional<YearRange> report_years;  // absent: applies to every report
  std::shared_ptr<const Regex> organisation;  // applies_to.organisation, if any
  std::vector<std::string> extends;    // names of the packs this one extends (and replaces)
  std::vector<std::unique_ptr<Rule>> rules;

  // Whether the pack governs a report on `year` (unknown year: only packs
  // without a year range apply). Ignores the organisation condition.
  bool AppliesTo(std::optional<int> year) const {
    if (!report_years) return true;
    return year && report_years->Contains(*year);
  }
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_PACK_H_
