// `reportlint config [PATH]`: the effective configuration — which file, what
// it sets, flags laid over it — and, for PATH, every rule's effective severity.
#include <filesystem>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/config_set.h"

namespace reportlint {

int RunConfig(const ConfigCommand& cmd) {
  std::vector<Error> errors;
  FlagOverrides flags;
  flags.rule_dirs = cmd.packs.rule_dirs;
  flags.no_builtin = cmd.packs.no_builtin;
  if (!cmd.packs.lang.empty()) flags.lang = cmd.packs.lang;
  ConfigSet configs(cmd.packs, flags, &errors);
  std::string path = cmd.path.empty() ? "." : cmd.path;
  std::error_code ec;
  // For a folder, the configuration of a file in it.
  bool is_dir = std::filesystem::is_directory(path, ec);
  std::string probe = is_dir ? (std::filesystem::path(path) / "report.txt").string() : path;
  configs.RunConfig();
  const Config* config = configs.For(probe);
  const Checker* checker = configs.CheckerFor(config);
  if (!checker) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    return kExitError;
  }
  std::cout << DescribeEffective(*config, flags, checker->Rules(), is_dir ? "" : path);
  return kExitClean;
}

}  // namespace reportlint
