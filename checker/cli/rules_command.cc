// `reportlint rules`: list the rules in force, --explain one, write their
// --doc-pages, or --validate a pack without checking any report.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/config_set.h"
#include "checker/cli/rule_examples.h"
#include "checker/cli/rule_page.h"
#include "checker/output/rule_help.h"
#include "checker/util/did_you_mean.h"

namespace reportlint {
namespace {

FlagOverrides ToFlags(const PackOptions& p) {
  FlagOverrides f;
  f.rule_dirs = p.rule_dirs;
  f.no_builtin = p.no_builtin;
  if (!p.lang.empty()) f.lang = p.lang;
  return f;
}

void PrintErrors(const std::vector<Error>& errors) {
  for (const Error& e : errors) std::cerr << e.ToString() << "\n";
}

void PrintList(const std::vector<RuleSummary>& rules, const std::string& lang) {
  const bool en = lang == "en";
  size_t width = 0;
  for (const RuleSummary& r : rules) width = std::max(width, r.id.size());
  std::string pack;
  for (const RuleSummary& r : rules) {
    if (r.pack != pack) {
      pack = r.pack;
      std::cout << (en ? "pack " : "规则包 ") << pack << "\n";
    }
    std::cout << fmt::format("  {:<{}}  {:<9}  {:<7}  {:<9}  {}\n", r.id, width, r.kind,
                             SeverityName(r.severity), r.applies_to,
                             en ? r.message_en : r.message_zh);
  }
}

void PrintJson(const std::vector<RuleSummary>& rules) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const RuleSummary& r : rules) {
    j.push_back({{"id", r.id},
                 {"kind", r.kind},
                 {"severity", SeverityName(r.severity)},
                 {"pack", r.pack},
                 {"defined_in", r.defined_in},
                 {"report_years", r.applies_to},
                 {"message", {{"zh", r.message_zh}, {"en", r.message_en}}},
                 {"description", {{"zh", r.description_zh}, {"en", r.description_en}}},
                 {"source", r.file.empty() ? "" : fmt::format("{}:{}", r.file, r.line)}});
  }
  std::cout << j.dump(2) << "\n";
}

int Explain(const std::vector<RuleSummary>& rules, const std::string& id, const std::string& lang) {
  auto it =
      std::find_if(rules.begin(), rules.end(), [&](const RuleSummary& r) { return r.id == id; });
  if (it == rules.end()) {
    std::vector<std::string> ids;
    for (const RuleSummary& r : rules) ids.push_back(r.id);
    std::string msg = "error: no loaded rule is called '" + id + "'";
    std::string near = SuggestId(id, ids);
    if (!near.empty()) msg += " (did you mean '" + near + "'?)";
    std::cerr << msg << "\n";
    return kExitError;
  }
  const RuleSummary& r = *it;
  std::cout << r.id << "\n";
  std::cout << fmt::format("  kind:       {}   (docs/kinds/{}.md)\n", r.kind, r.kind);
  std::cout << fmt::format("  severity:   {}\n", SeverityName(r.severity));
  std::cout << fmt::format("  pack:       {}{}\n", r.pack,
                           r.defined_in != r.pack ? " (defined in " + r.defined_in + ")" : "");
  std::cout << fmt::format("  applies to: {}\n",
                           r.applies_to == "all" ? "every report" : r.applies_to);
  if (!r.file.empty()) std::cout << fmt::format("  defined at: {}:{}\n", r.file, r.line);
  std::string description = lang == "en" ? r.description_en : r.description_zh;
  while (!description.empty() && description.back() == '\n') description.pop_back();
  if (!description.empty()) std::cout << "\n" << description << "\n";
  std::cout << "\nmessage:\n  zh: " << r.message_zh << "\n  en: " << r.message_en << "\n";
  std::string params = RuleParameters(r);
  if (!params.empty()) {
    std::cout << "\nparameters:\n";
    std::string line;
    for (char c : params + "\n") {
      if (c != '\n') {
        line.push_back(c);
        continue;
      }
      std::cout << "  " << line << "\n";
      line.clear();
    }
  }
  std::string examples = RuleExamples(r);
  std::cout << "\n" << examples;
  return kExitClean;
}

int Validate(const RulesCommand& cmd) {
  Options options;
  options.builtin_packs = !cmd.packs.no_builtin;
  options.pack_dirs = {cmd.validate};
  std::vector<Error> errors;
  auto checker = Checker::Create(options, &errors);
  if (!checker) {
    PrintErrors(errors);
    return kExitError;
  }
  std::vector<RuleSummary> rules = checker->Rules();
  // The packs the checked folder brought in: the last loaded pack is it.
  std::string pack;
  for (const RuleSummary& r : rules) {
    if (r.pack_source == cmd.validate) pack = r.pack;
  }
  int own = 0, taken = 0;
  for (const RuleSummary& r : rules) {
    if (r.pack != pack) continue;
    (r.defined_in == pack ? own : taken)++;
  }
  std::cout << fmt::format(
      "{}: ok: pack {}, {} rules of its own, {} taken over from the packs it extends\n",
      cmd.validate, pack.empty() ? "(empty)" : pack, own, taken);
  return kExitClean;
}

}  // namespace

int RunRules(const RulesCommand& cmd) {
  if (!cmd.validate.empty()) return Validate(cmd);
  std::vector<Error> errors;
  ConfigSet configs(cmd.packs, ToFlags(cmd.packs), &errors);
  const Checker* checker = configs.CheckerFor(configs.RunConfig());
  if (!checker) {
    PrintErrors(errors);
    return kExitError;
  }
  std::vector<RuleSummary> rules = checker->Rules();
  if (!cmd.explain.empty()) return Explain(rules, cmd.explain, configs.run_settings().lang);
  if (!cmd.doc_pages.empty()) {
    int written = 0;
    std::string error;
    if (!WriteRulePages(rules, cmd.doc_pages, &written, &error)) {
      std::cerr << "error: " << error << "\n";
      return kExitError;
    }
    std::cout << fmt::format("{}: {} rule pages written\n", cmd.doc_pages, written);
    return kExitClean;
  }
  if (cmd.format == "json") {
    PrintJson(rules);
  } else {
    PrintList(rules, configs.run_settings().lang);
  }
  return kExitClean;
}

}  // namespace reportlint
