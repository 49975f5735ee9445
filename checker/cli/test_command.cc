// `reportlint test DIR…`: runs every fixture of every pack found in DIR (a
// pack folder, or a folder of packs such as rules/), prints a diff for each
// failing fixture, a per-rule table of true/false positives and negatives, and
// the rules no fixture exercises.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "checker/cli/commands.h"
#include "checker/cli/inputs.h"
#include "checker/ingest/read_input.h"
#include "checker/fixtures/fixture_run.h"
#include "checker/util/did_you_mean.h"
#include "reportlint/checker.h"

namespace reportlint {
namespace {

namespace fs = std::filesystem;

bool HasYaml(const fs::path& dir) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string ext = e.path().extension().string();
    bool hidden = e.path().filename().string().rfind('.', 0) == 0;
    if (e.is_regular_file(ec) && !hidden && (ext == ".yaml" || ext == ".yml")) return true;
  }
  return false;
}

// DIR itself when it holds YAML files, else its sub-folders that do, sorted.
std::vector<std::string> FindPacks(const std::string& dir) {
  std::error_code ec;
  if (HasYaml(dir)) return {dir};
  std::vector<std::string> packs;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_directory(ec) && HasYaml(e.path())) packs.push_back(e.path().generic_string());
  }
  std::sort(packs.begin(), packs.end());
  return packs;
}

void PrintDiff(const FixtureOutcome& o, const Checker& checker,
               const std::vector<std::string>& ids) {
  if (o.error) {
    std::cout << "  " << o.error->ToString() << "\n";
    return;
  }
  // One list in line order: '-' expected but not reported, '+' reported but not expected.
  struct Row {
    int line;
    std::string text;
  };
  std::vector<Row> rows;
  for (const Expectation& e : o.missing) {
    std::string why = "expected, not reported";
    if (!checker.HasRule(e.rule)) {
      why = "no rule of this pack is called that";
      std::string near = SuggestId(e.rule, ids);
      if (!near.empty()) why += "; did you mean '" + near + "'?";
    }
    rows.push_back({e.line, fmt::format("    - {}: {}  ({})", e.line, DescribeExpectation(e), why)});
  }
  for (const Finding& f : o.unexpected) {
    rows.push_back({f.begin.line, fmt::format("    + {}:{}: {}  (reported, not expected): {}",
                                              f.begin.line, f.begin.column, f.rule_id, f.message)});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.line < b.line; });
  for (const Row& r : rows) std::cout << r.text << "\n";
}

struct PackTotals {
  int fixtures = 0;
  int failed = 0;
  int rules = 0;
  int untested = 0;
};

// Runs one pack's fixtures; returns false when the pack does not load.
// Whether `file` lies in folder `dir`, however either is spelled ("." and
// "./pack.yaml"; "rules/ogi-2019" is not a folder of "rules/ogi-2019-tables").
bool IsInside(const std::string& file, const std::string& dir) {
  std::error_code ec;
  fs::path f = fs::weakly_canonical(fs::absolute(file, ec), ec);
  fs::path d = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  auto [in_d, in_f] = std::mismatch(d.begin(), d.end(), f.begin(), f.end());
  return in_d == d.end() || (in_d->empty() && std::next(in_d) == d.end());  // "dir/" ends empty
}

bool TestPack(const std::string& dir, const TestCommand& cmd, PackTotals* totals) {
  Options options;
  options.builtin_packs = false;
  options.pack_dirs = {dir};
  options.lang = cmd.lang;
  std::vector<Error> errors;
  auto checker = Checker::Create(options, &errors);
  if (!checker) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    return false;
  }
  std::vector<std::string> fixtures = FindFixtures(dir);
  // The rules this pack defines or overrides; rules it takes over unchanged
  // are tested by their own pack's fixtures.
  std::vector<std::string> rule_ids;
  int taken_over = 0;
  for (const RuleSummary& r : checker->Rules()) {
    if (r.pack == "reportlint") continue;
    if (IsInside(r.file, dir)) {
      rule_ids.push_back(r.id);
    } else {
      ++taken_over;
    }
  }
  std::cout << fmt::format("{}: {} fixtures, {} rules", dir, fixtures.size(), rule_ids.size());
  if (taken_over > 0) {
    std::cout << fmt::format(" (and {} taken over unchanged from the packs it extends)",
                             taken_over);
  }
  std::cout << "\n";
  std::map<std::string, RuleTally> tally;
  for (const std::string& fixture : fixtures) {
    ++totals->fixtures;
    bool passed = true;
    // A corpus fixture (a folder) has an outcome per file in it.
    for (const FixtureOutcome& o : RunFixtures(*checker, fixture)) {
      for (const auto& [rule, t] : o.rules) {
        RuleTally& sum = tally[rule];
        sum.tp += t.tp, sum.fp += t.fp, sum.fn += t.fn, sum.tn += t.tn, sum.expects += t.expects;
      }
      if (o.passed()) {
        if (cmd.verbose) std::cout << "  ok   " << o.path << "\n";
        continue;
      }
      passed = false;
      std::cout << "  FAIL " << o.path << "\n";
      PrintDiff(o, *checker, rule_ids);
    }
    if (!passed) ++totals->failed;
  }
  size_t width = 4;
  for (const std::string& id : rule_ids) width = std::max(width, id.size());
  for (const auto& [id, t] : tally) width = std::max(width, id.size());
  std::cout << fmt::format("  {:<{}}  {:>4}  {:>4}  {:>4}  {:>4}\n", "rule", width, "TP", "FP",
                           "FN", "TN");
  std::vector<std::string> untested;
  std::set<std::string> shown;
  auto row = [&](const std::string& id) {
    if (!shown.insert(id).second) return;
    RuleTally t = tally.count(id) ? tally[id] : RuleTally{};
    std::cout << fmt::format("  {:<{}}  {:>4}  {:>4}  {:>4}  {:>4}\n", id, width, t.tp, t.fp, t.fn,
                             t.tn);
  };
  for (const std::string& id : rule_ids) {
    row(id);
    if (!tally.count(id) || tally[id].expects == 0) untested.push_back(id);
  }
  for (const auto& [id, t] : tally) row(id);
  totals->rules += static_cast<int>(rule_ids.size());
  totals->untested += static_cast<int>(untested.size());
  if (!untested.empty()) {
    std::cout << "  rules no fixture exercises (no '# expect:' line):\n";
    for (const std::string& id : untested) std::cout << "    " << id << "\n";
  }
  return true;
}

}  // namespace

int RunTest(const TestCommand& cmd) {
  PackTotals totals;
  bool load_error = false;
  int packs = 0;
  for (const std::string& dir : cmd.dirs) {
    std::vector<std::string> found = FindPacks(dir);
    if (found.empty()) {
      std::cerr << dir
                << ": error: no rule pack here (a folder of .yaml files, or of such folders)\n";
      load_error = true;
    }
    for (const std::string& pack : found) {
      ++packs;
      if (!TestPack(pack, cmd, &totals)) load_error = true;
    }
  }
  std::cout << fmt::format(
      "reportlint test: {} packs, {} fixtures: {} passed, {} failed; {} rules, {} without a "
      "fixture\n",
      packs, totals.fixtures, totals.fixtures - totals.failed, totals.failed, totals.rules,
      totals.untested);
  if (load_error) return kExitError;
  if (totals.failed > 0 || (cmd.require_coverage && totals.untested > 0)) return kExitFindings;
  return kExitClean;
}

}  // namespace reportlint
