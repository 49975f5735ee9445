// The configurations of one run: the file given by --config, or the closest
// .reportlint.yaml of each report's folder, each with the Checker it needs.
// Loaded once per distinct file, before any report is checked.
#ifndef REPORTLINT_CLI_CONFIG_SET_H_
#define REPORTLINT_CLI_CONFIG_SET_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "checker/cli/commands.h"
#include "checker/config/config.h"
#include "checker/config/effective.h"
#include "reportlint/checker.h"

namespace reportlint {

class ConfigSet {
 public:
  // `flags` lay over every configuration. Errors go to *errors.
  ConfigSet(const PackOptions& packs, FlagOverrides flags, std::vector<Error>* errors);

  // The configuration of the run itself (exit policy, language, baseline):
  // --config, else the closest to the working directory, else that of the
  // first report (SetFirstInput). nullptr on error.
  const Config* RunConfig();
  void SetFirstInput(const std::string& path) { first_input_ = path; }
  // The configuration that governs `path`. nullptr on error.
  const Config* For(const std::string& path);
  // The checker for `config`, created on first use; nullptr on error (e.g. a
  // bad pack, or a rule id in the configuration that no pack defines).
  const Checker* CheckerFor(const Config* config);

  const FlagOverrides& flags() const { return flags_; }
  RunSettings run_settings() {
    return RunConfig() ? ResolveRun(*RunConfig(), flags_) : RunSettings{};
  }
  // Every rule of every checker created so far, first occurrence of each id.
  std::vector<RuleSummary> AllRules(RuleDetail detail = RuleDetail::kWithParameters) const;

 private:
  const Config* Load(const std::string& file, const std::string& dir);

  PackOptions packs_;
  FlagOverrides flags_;
  std::vector<Error>* errors_;
  std::map<std::string, std::unique_ptr<Config>> configs_;  // by file ("" + dir: defaults)
  std::map<std::string, std::string> dir_to_file_;          // discovery cache
  std::map<const Config*, std::unique_ptr<Checker>> checkers_;
  std::vector<const Config*> order_;  // checkers in creation order
  std::map<std::string, bool> failed_;
  std::string first_input_;
};

}  // namespace reportlint

#endif  // REPORTLINT_CLI_CONFIG_SET_H_
