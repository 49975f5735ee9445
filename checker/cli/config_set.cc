// Configuration discovery (cached per folder) and one Checker per configuration.
// Rule ids named in a configuration are validated against its checker.
#include "checker/cli/config_set.h"

#include <filesystem>
#include <set>

#include "checker/util/did_you_mean.h"

namespace reportlint {

namespace fs = std::filesystem;

ConfigSet::ConfigSet(const PackOptions& packs, FlagOverrides flags, std::vector<Error>* errors)
    : packs_(packs), flags_(std::move(flags)), errors_(errors) {}

const Config* ConfigSet::Load(const std::string& file, const std::string& dir) {
  std::string key = file.empty() ? "\n" + dir : file;
  if (auto it = configs_.find(key); it != configs_.end()) return it->second.get();
  if (failed_.count(key)) return nullptr;
  std::unique_ptr<Config> config = file.empty() ? DefaultConfig(dir) : LoadConfig(file, errors_);
  if (!config) {
    failed_[key] = true;
    return nullptr;
  }
  return (configs_[key] = std::move(config)).get();
}

const Config* ConfigSet::RunConfig() {
  if (!packs_.config.empty()) return Load(packs_.config, "");
  if (packs_.no_config) return Load("", ".");
  std::string file = FindConfigFile(".");
  if (file.empty() && !first_input_.empty() && first_input_ != "-") {
    std::error_code ec;
    file = FindConfigFile(fs::absolute(first_input_, ec).parent_path().string());
  }
  return Load(file, ".");
}

const Config* ConfigSet::For(const std::string& path) {
  if (!packs_.config.empty() || packs_.no_config || path == "-") return RunConfig();
  std::error_code ec;
  std::string dir = fs::absolute(path, ec).parent_path().string();
  auto it = dir_to_file_.find(dir);
  if (it == dir_to_file_.end()) it = dir_to_file_.emplace(dir, FindConfigFile(dir)).first;
  if (it->second.empty()) return Load("", ".");  // no file anywhere above: the defaults
  return Load(it->second, "");
}

const Checker* ConfigSet::CheckerFor(const Config* config) {
  if (!config) return nullptr;
  if (auto it = checkers_.find(config); it != checkers_.end()) return it->second.get();
  RunSettings run = run_settings();
  Options options = ResolveCheck(*config, flags_, run);
  // Only the run's own checker checks the corpus: the others need no hierarchy.
  if (config != RunConfig()) options.hierarchy.clear();
  size_t before = errors_->size();
  auto checker = Checker::Create(options, errors_);
  if (checker) {
    for (const RuleReference& ref : config->rule_refs) {
      if (checker->HasRule(ref.id)) continue;
      Error e = ref.at;
      e.message = "no loaded pack defines a rule '" + ref.id + "'";
      std::string near = SuggestId(ref.id, checker->RuleIds());
      if (!near.empty()) e.message += " (did you mean '" + near + "'?)";
      errors_->push_back(e);
    }
  }
  if (errors_->size() != before) checker.reset();
  order_.push_back(config);
  return (checkers_[config] = std::move(checker)).get();
}

std::vector<RuleSummary> ConfigSet::AllRules(RuleDetail detail) const {
  std::vector<RuleSummary> out;
  std::set<std::string> seen;
  for (const Config* c : order_) {
    const auto& checker = checkers_.at(c);
    if (!checker) continue;
    for (RuleSummary& r : checker->Rules(detail)) {
      if (seen.insert(r.id).second) out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace reportlint
