// Reads the fixtures beside a pack and quotes the lines they expect a rule on.
// At most three examples of each side.
#include "checker/cli/rule_examples.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "checker/cli/inputs.h"
#include "checker/ingest/read_input.h"
#include "checker/fixtures/fixture.h"
#include "checker/fixtures/fixture_run.h"

namespace reportlint {
namespace {

namespace fs = std::filesystem;
constexpr int kMaxEach = 3;

std::string LineOf(const std::string& text, int line) {
  int n = 1;
  size_t start = 0;
  while (n < line) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) return "";
    start = nl + 1;
    ++n;
  }
  std::string s = text.substr(start, text.find('\n', start) - start);
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

}  // namespace

std::string RuleExamples(const RuleSummary& rule) {
  std::string pack_dir;
  if (rule.pack_source.rfind("builtin:", 0) == 0) {
    pack_dir = "rules/" + rule.defined_in;
  } else {
    pack_dir = rule.pack_source;
  }
  fs::path tests = fs::path(pack_dir) / "tests";
  std::error_code ec;
  if (!fs::is_directory(tests, ec)) {
    // A rule taken over from a built-in pack: its fixtures are the base pack's.
    tests = fs::path("rules") / rule.defined_in / "tests";
  }
  if (!fs::is_directory(tests, ec)) {
    return "examples: no fixtures found (looked in " + tests.generic_string() + ")\n";
  }
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(tests, ec)) {
    std::string p = e.path().generic_string();
    if (e.is_regular_file(ec) && (HasReportExtension(p) || IsFixtureHierarchy(p)))
      files.push_back(e.path().generic_string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> flags, passes;
  for (const std::string& path : files) {
    Fixture f;
    Error error;
    if (!LoadFixture(path, &f, &error)) continue;
    for (const Expectation& e : f.expectations) {
      if (e.rule != rule.id) continue;
      auto& list = e.ok ? passes : flags;
      if (static_cast<int>(list.size()) >= kMaxEach) continue;
      list.push_back(fmt::format("{}:{}: {}", path, e.line, LineOf(f.bytes, e.line)));
    }
  }
  std::string out = "examples (from " + tests.generic_string() + "):\n";
  if (flags.empty() && passes.empty()) return out + "  none: no fixture names this rule\n";
  for (const std::string& s : flags) out += "  flags:  " + s + "\n";
  for (const std::string& s : passes) out += "  passes: " + s + "\n";
  return out;
}

}  // namespace reportlint
