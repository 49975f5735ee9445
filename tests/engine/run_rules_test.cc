// The one rule dispatch: what runs for a user runs in the tests.
#include "checker/engine/run_rules.h"

#include <doctest/doctest.h>

#include "checker/rules/corpus_rule.h"
#include "checker/rules/pack_loader.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

const char* kPack = R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
    message: {zh: "z", en: "e"}
  - id: t/b
    kind: pattern
    severity: error
    pattern: 'XX'
    message: {zh: "z", en: "e"}
  - id: t/old
    kind: pattern
    severity: error
    applies_to: {report_years: [2008, 2018]}
    pattern: 'XX'
    message: {zh: "z", en: "e"}
)";

std::vector<std::string> RuleIds(const std::vector<Finding>& findings) {
  std::vector<std::string> ids;
  for (const Finding& f : findings) ids.push_back(f.rule_id);
  return ids;
}

TEST_CASE("RunPackRules honours applies_to and the rules configuration turns off") {
  std::vector<Error> errors;
  auto pack = LoadPack("t", "t", {PackFile{"pack.yaml", kPack}}, BuiltinKinds(), &errors);
  REQUIRE(errors.empty());
  testing::AnalyzedText t = testing::AnalyzeText("某县2021年政府信息公开工作年度报告\nXX\n");

  FindingSink all(t.analysis, "en");
  CHECK(RunPackRules(*pack, t.analysis, all, nullptr));
  CHECK(RuleIds(all.Take()) == std::vector<std::string>{"t/a", "t/b"});

  RuleSettings settings;
  settings["t/a"].off = true;
  SinkOptions options;
  options.settings = &settings;
  FindingSink some(t.analysis, "en", options);
  CHECK(RunPackRules(*pack, t.analysis, some, nullptr));  // t/a governs the report, though off
  CHECK(RuleIds(some.Take()) == std::vector<std::string>{"t/b"});

  testing::AnalyzedText old = testing::AnalyzeText("某县2030年政府信息公开工作年度报告\nXX\n");
  settings["t/b"].off = true;
  FindingSink none(old.analysis, "en", options);
  CHECK(RunPackRules(*pack, old.analysis, none, nullptr));
  CHECK(none.Take().empty());
}

// Rules over the whole run report nothing per report: they collect, for the
// reports they govern and that configuration leaves them on.
const char* kCorpusPack = R"(pack: c
rules:
  - id: c/dup
    kind: coverage
    check: duplicates
    severity: warning
    message: {zh: "z", en: "e"}
  - id: c/off
    kind: coverage
    check: duplicates
    severity: warning
    message: {zh: "z", en: "e"}
  - id: c/old
    kind: coverage
    check: duplicates
    severity: warning
    applies_to: {report_years: [2008, 2018]}
    message: {zh: "z", en: "e"}
)";

TEST_CASE("RunPackRules: cross-report rules collect facts, report nothing, and are no pack of the report") {
  std::vector<Error> errors;
  auto pack = LoadPack("c", "c", {PackFile{"pack.yaml", kCorpusPack}}, BuiltinKinds(), &errors);
  REQUIRE(errors.empty());
  testing::AnalyzedText t = testing::AnalyzeText("某县2021年政府信息公开工作年度报告\nXX\n");
  RuleSettings settings;
  settings["c/off"].off = true;
  SinkOptions options;
  options.settings = &settings;
  FindingSink sink(t.analysis, "en", options);
  CorpusReport corpus;
  // Only cross-report rules: the pack is not among the report's packs.
  CHECK_FALSE(RunPackRules(*pack, t.analysis, sink, &corpus));
  CHECK(sink.Take().empty());
  std::vector<std::string> collected;
  for (const auto& [id, facts] : corpus.facts) collected.emplace_back(id);
  CHECK(collected == std::vector<std::string>{"c/dup"});  // c/off is off, c/old not 2021's
  CHECK(corpus.GovernedBy("c/dup"));
  CHECK_FALSE(corpus.GovernedBy("c/old"));
}

TEST_CASE("CollectMemo: made once per key, kept apart by key") {
  CollectMemo memo;
  int made = 0;
  auto make = [&] { return std::vector<int>{++made}; };
  const auto& first = memo.Get<std::vector<int>>("k", make);
  const auto& again = memo.Get<std::vector<int>>("k", make);
  CHECK(&first == &again);
  CHECK(made == 1);
  CHECK(memo.Get<std::vector<int>>("other", make).front() == 2);
  CHECK(first.front() == 1);
}

}  // namespace
}  // namespace reportlint
