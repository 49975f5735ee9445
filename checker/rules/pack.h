// A loaded rule pack: its header (name, which report years it governs) and its
// rules, each a configured rule kind with id, severity and messages.
#ifndef REPORTLINT_RULES_PACK_H_
#define REPORTLINT_RULES_PACK_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/rules/message_template.h"
#include "checker/rules/rule_kind.h"
#include "reportlint/finding.h"

namespace reportlint {

struct Rule {
  std::string id;  // unique across all loaded packs
  std::string kind;
  Severity severity = Severity::kError;
  MessageTemplate message_zh;
  MessageTemplate message_en;
  std::string description;
  std::string pack;    // name of the pack it came from
  std::string file;    // where it is defined, for `reportlint rules`
  int line = 0;
  std::unique_ptr<RuleKind> impl;

  const MessageTemplate& Message(const std::string& lang) const {
    return lang == "en" ? message_en : message_zh;
  }
};

struct YearRange {
  int first = 0;
  std::optional<int> last;  // open-ended when absent
  bool Contains(int year) const { return year >= first && (!last || year <= *last); }
};

struct Pack {
  std::string name;
  std::string description;
  std::string source;                  // folder, or "builtin:NAME"
  std::optional<YearRange> report_years;  // absent: applies to every report
  std::vector<std::unique_ptr<Rule>> rules;

  // Whether the pack governs a report on `year` (unknown year: only packs
  // without a year range apply).
  bool AppliesTo(std::optional<int> year) const {
    if (!report_years) return true;
    return year && report_years->Contains(*year);
  }
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_PACK_H_
