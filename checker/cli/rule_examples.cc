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

bool FindRuleExamples(const RuleSummary& rule, std::string* folder,
                      std::vector<RuleExample>* examples) {
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
  *folder = tests.generic_string();
  if (!fs::is_directory(tests, ec)) return false;
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(tests, ec)) {
    std::string p = e.path().generic_string();
    if (e.is_regular_file(ec) && (HasReportExtension(p) || IsFixtureHierarchy(p)))
      files.push_back(e.path().generic_string());
  }
  std::sort(files.begin(), files.end());
  int each[2] = {0, 0};  // passes, flags
  for (const std::string& path : files) {
    Fixture f;
    Error error;
    if (!LoadFixture(path, &f, &error)) continue;
    for (const Expectation& e : f.expectations) {
      if (e.rule != rule.id || each[!e.ok] >= kMaxEach) continue;
      ++each[!e.ok];
      examples->push_back({!e.ok, path, e.line, LineOf(f.bytes, e.line)});
    }
  }
  // Flagged lines first, as the explanation lists them.
  std::stable_sort(examples->begin(), examples->end(),
                   [](const RuleExample& x, const RuleExample& y) { return x.flags > y.flags; });
  return true;
}

std::string RuleExamples(const RuleSummary& rule) {
  std::string folder;
  std::vector<RuleExample> examples;
  if (!FindRuleExamples(rule, &folder, &examples)) {
    return "examples: no fixtures found (looked in " + folder + ")\n";
  }
  std::string out = "examples (from " + folder + "):\n";
  if (examples.empty()) return out + "  none: no fixture names this rule\n";
  for (const RuleExample& e : examples) {
    out += fmt::format("  {}{}:{}: {}\n", e.flags ? "flags:  " : "passes: ", e.path, e.line,
                       e.text);
  }
  return out;
}

}  // namespace reportlint
