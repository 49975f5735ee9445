// The effective configuration: a Config with the command-line flags laid over
// it, as Options for the library and RunSettings for the run's exit policy.
#ifndef REPORTLINT_CONFIG_EFFECTIVE_H_
#define REPORTLINT_CONFIG_EFFECTIVE_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/config/config.h"
#include "reportlint/checker.h"

namespace reportlint {

// Flags that override the configuration file (unset: not given).
struct FlagOverrides {
  std::vector<std::string> rule_dirs;   // --rules: packs added to the configured ones
  bool no_builtin = false;              // --no-builtin
  std::optional<std::string> fail_on;   // --fail-on
  std::optional<int> max_warnings;      // --max-warnings
  std::optional<std::string> lang;      // --lang
  std::optional<std::string> baseline;  // --baseline
  std::optional<std::string> hierarchy;  // --hierarchy
  std::string encoding;                 // --encoding
  bool keep_analysis = false;           // the output format draws the report (Options::keep_analysis)
};

// Settings of the whole run (not per file).
struct RunSettings {
  std::string fail_on = "error";    // error | warning | info | never
  std::optional<int> max_warnings;  // unset: no limit
  std::string lang = "zh";
  std::string baseline;  // "" : none
  std::string hierarchy;  // "" : none
};

RunSettings ResolveRun(const Config& config, const FlagOverrides& flags);

// What Checker::Create needs for files governed by `config`.
Options ResolveCheck(const Config& config, const FlagOverrides& flags, const RunSettings& run);

// `reportlint config`: the effective configuration as YAML (with comments
// naming where it comes from). With `rules`, also every rule's effective
// severity for `path` (overrides applied).
std::string DescribeEffective(const Config& config, const FlagOverrides& flags,
                              const std::vector<RuleSummary>& rules, const std::string& path);

}  // namespace reportlint

#endif  // REPORTLINT_CONFIG_EFFECTIVE_H_
