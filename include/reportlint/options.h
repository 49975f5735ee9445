// What a run is configured with: the packs, the language, and each rule's
// severity or disable. Shared by the checker, the finding sink and the config files.
#ifndef REPORTLINT_OPTIONS_H_
#define REPORTLINT_OPTIONS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reportlint/finding.h"

namespace reportlint {

// What configuration says about one rule: turned off, or a severity of its own.
struct RuleSetting {
  bool off = false;
  std::optional<Severity> severity;  // unset: the rule's own
};
using RuleSettings = std::map<std::string, RuleSetting>;  // by rule id

struct CheckOptions {
  bool builtin_packs = true;           // use the packs compiled into the binary
  std::vector<std::string> builtin_names;  // only these built-in packs; empty: all of them
  std::vector<std::string> pack_dirs;  // extra packs (folders of YAML files)
  std::string lang = "zh";             // message language: "zh" or "en"
  std::string encoding;                // forced input encoding; empty: detect
  RuleSettings rules;                  // severities and disables for every file
  std::string baseline;                // findings recorded in this file are not reported
};

}  // namespace reportlint

#endif  // REPORTLINT_OPTIONS_H_
