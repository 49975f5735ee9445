// libFuzzer target for the configuration loader (config/config_loader on the
// text of a .reportlint.yaml, util/yaml_file, util/param_reader): any bytes give
// a Config or errors, never both and never neither; every error names the
// file, says why and stands at a line of it, and the errors come in file order.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <tuple>

#include "checker/config/config.h"
#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using reportlint::fuzz::Require;
  // A folder that does not exist: the packs, baseline and hierarchy named are
  // only resolved, and none of them is found on disk.
  const std::string path = "/nonexistent/fuzz/.reportlint.yaml";
  std::string text(reportlint::fuzz::Bytes(data, size));
  std::vector<reportlint::Error> errors;
  auto config = reportlint::LoadConfigText(path, text, &errors);
  Require((config == nullptr) != errors.empty());
  const long lines = std::count(text.begin(), text.end(), '\n') + 1;
  for (const auto& e : errors) {
    Require(!e.message.empty() && e.file == path);
    Require(e.line >= 0 && e.line <= lines && e.column >= 0);
  }
  Require(std::is_sorted(errors.begin(), errors.end(), [](const auto& a, const auto& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  }));
  if (config) {
    for (const auto& ref : config->rule_refs) Require(ref.at.line >= 1 && ref.at.line <= lines);
    Require(config->Relative("/elsewhere/r.txt").empty());
    config->RulesFor("/nonexistent/fuzz/reports/r.txt");  // the globs compile and match
    config->Excludes("/nonexistent/fuzz/reports/r.txt");
  }
  return 0;
}
