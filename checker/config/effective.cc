// Flags over configuration over defaults, and the `reportlint config` printout.
// Only this file decides precedence.
#include "checker/config/effective.h"

#include <fmt/format.h>

#include <algorithm>

namespace reportlint {
namespace {

std::string Setting(const RuleSetting& s) {
  return s.off ? "off" : s.severity ? SeverityName(*s.severity) : "default";
}

std::string FlowList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + "]";
}

}  // namespace

RunSettings ResolveRun(const Config& config, const FlagOverrides& flags) {
  RunSettings r;
  r.fail_on = flags.fail_on.value_or(config.fail_on.value_or("error"));
  r.max_warnings = flags.max_warnings ? flags.max_warnings : config.max_warnings;
  r.lang = flags.lang.value_or(config.lang.value_or("zh"));
  r.baseline = flags.baseline.value_or(config.baseline.value_or(""));
  r.hierarchy = flags.hierarchy.value_or(config.hierarchy.value_or(""));
  return r;
}

Options ResolveCheck(const Config& config, const FlagOverrides& flags,
                          const RunSettings& run) {
  Options o;
  o.builtin_packs = !flags.no_builtin && (!config.packs_given || !config.builtin_packs.empty());
  o.builtin_names = config.builtin_packs;
  o.pack_dirs = config.pack_dirs;
  o.pack_dirs.insert(o.pack_dirs.end(), flags.rule_dirs.begin(), flags.rule_dirs.end());
  o.lang = run.lang;
  o.encoding = flags.encoding;
  o.keep_analysis = flags.keep_analysis;
  o.rules = config.rules;
  o.baseline = run.baseline;
  o.hierarchy = run.hierarchy;
  return o;
}

std::string DescribeEffective(const Config& config, const FlagOverrides& flags,
                              const std::vector<RuleSummary>& rules, const std::string& path) {
  RunSettings run = ResolveRun(config, flags);
  Options check = ResolveCheck(config, flags, run);
  std::string out;
  out += "# configuration file: " + (config.file.empty() ? "none (defaults)" : config.file) + "\n";
  std::vector<std::string> packs;
  if (check.builtin_packs) {
    packs = check.builtin_names;
    if (packs.empty()) packs.push_back("(every built-in pack)");
  }
  packs.insert(packs.end(), check.pack_dirs.begin(), check.pack_dirs.end());
  out += "packs: " + FlowList(packs) + "\n";
  out += "lang: " + run.lang + "\n";
  out += "fail_on: " + run.fail_on + "\n";
  out += "max_warnings: " + (run.max_warnings ? std::to_string(*run.max_warnings) : "null") + "\n";
  out += "baseline: " + (run.baseline.empty() ? "null" : run.baseline) + "\n";
  out += "hierarchy: " + (run.hierarchy.empty() ? "null" : run.hierarchy) + "\n";
  out += "exclude: " + FlowList(config.exclude) + "\n";
  out += config.rules.empty() ? "rules: {}\n" : "rules:\n";
  for (const auto& [id, s] : config.rules) out += "  " + id + ": " + Setting(s) + "\n";
  out += config.overrides.empty() ? "overrides: []\n" : "overrides:\n";
  for (const PathOverride& o : config.overrides) {
    out += "  - files: " + FlowList(o.files) + "\n    rules:\n";
    for (const auto& [id, s] : o.rules) out += "      " + id + ": " + Setting(s) + "\n";
  }
  if (path.empty()) return out;
  // Every rule as it will run on `path`.
  RuleSettings file = config.RulesFor(path);
  out += "# rules in force for " + path + " (severity after configuration)\n";
  out += "effective_rules:\n";
  size_t width = 0;
  for (const RuleSummary& r : rules) width = std::max(width, r.id.size());
  for (const RuleSummary& r : rules) {
    std::string value = SeverityName(r.severity);
    std::string origin;
    for (const RuleSettings* layer : {&config.rules, static_cast<const RuleSettings*>(&file)}) {
      auto it = layer->find(r.id);
      if (it == layer->end()) continue;
      value = it->second.off ? "off" : SeverityName(*it->second.severity);
      origin = layer == &file ? "  # overrides" : "  # rules";
    }
    out += fmt::format("  {:<{}}  {}{}\n", r.id + ":", width + 1, value, origin);
  }
  return out;
}

}  // namespace reportlint
