// libFuzzer target for the rule pack loader (rules/pack_loader, util/yaml_file,
// util/param_reader and every kind's parameter reading): any bytes as a pack
// file give a pack or errors, never both and never neither; every error names
// the file, says why and stands at a place of it (line and column inside the
// text, or 0 for the whole file).
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "checker/rules/pack_loader.h"
#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using reportlint::fuzz::Require;
  // A folder that does not exist: an `extend:` relative to the file reads nothing from disk.
  const std::string path = "/nonexistent/fuzz/pack.yaml";
  std::string text(reportlint::fuzz::Bytes(data, size));
  std::vector<reportlint::Error> errors;
  auto pack = reportlint::LoadPack("fuzz", "/nonexistent/fuzz", {{path, text}},
                                   reportlint::BuiltinKinds(), &errors);
  Require((pack == nullptr) != errors.empty());
  const long lines = std::count(text.begin(), text.end(), '\n') + 1;
  for (const auto& e : errors) {
    Require(!e.message.empty() && !e.file.empty());
    // An override may be reported in the built-in file it changes.
    if (e.file == path) Require(e.line >= 0 && e.line <= lines);
    Require(e.column >= 0);
    Require(e.line > 0 || e.column == 0);
  }
  return 0;
}
