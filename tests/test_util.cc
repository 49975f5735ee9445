#include "tests/test_util.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "checker/engine/run_rules.h"
#include "checker/findings/finding_sink.h"
#include "checker/rules/pack_loader.h"
#include "checker/util/utf.h"
#include "reportlint/checker.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

std::unique_ptr<Pack> LoadTestPack(const std::string& yaml, std::vector<Error>* errors) {
  return LoadPack("test", "test", {PackFile{"pack.yaml", yaml}}, BuiltinKinds(), errors);
}

// Dumps sorted by line and column (numerically), then by text, so that two
// dumps of the same findings compare equal whatever order produced them.
std::string SortedLines(std::vector<std::string> lines) {
  auto key = [](const std::string& s) {
    int line = 0, column = 0;
    std::sscanf(s.c_str(), "%d:%d", &line, &column);
    return std::make_tuple(line, column, s);
  };
  std::stable_sort(lines.begin(), lines.end(),
                   [&](const std::string& a, const std::string& b) { return key(a) < key(b); });
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

}  // namespace

AnalyzedText AnalyzeText(std::u32string text, const std::string& path) {
  AnalyzedText r;
  bool markdown = path.size() >= 3 && path.substr(path.size() - 3) == ".md";
  r.document = std::make_unique<Document>(
      path, markdown ? SourceFormat::kMarkdown : SourceFormat::kText, "UTF-8", std::move(text));
  r.analysis = Analyze(*r.document);
  return r;
}

AnalyzedText AnalyzeText(std::string_view utf8, const std::string& path) {
  return AnalyzeText(Utf8ToU32(utf8), path);
}

std::string PackErrors(const std::string& yaml_pack) {
  std::vector<Error> errors;
  auto pack = LoadTestPack(yaml_pack, &errors);
  if (pack) {  // as Checker::Create does for everything it loads
    std::vector<std::unique_ptr<Pack>> packs;
    packs.push_back(std::move(pack));
    CheckUniqueRuleIds(packs, &errors);
  }
  std::string out;
  for (const Error& e : errors) out += (out.empty() ? "" : "\n") + e.ToString();
  return out;
}

std::vector<Finding> CheckWithPack(const std::string& yaml_pack, std::string_view report_utf8,
                                   const std::string& lang) {
  std::vector<Error> errors;
  std::unique_ptr<Pack> pack = LoadTestPack(yaml_pack, &errors);
  for (const Error& e : errors) FAIL_CHECK(e.ToString());
  REQUIRE(pack != nullptr);
  AnalyzedText t = AnalyzeText(report_utf8);
  FindingSink sink(t.analysis, lang);
  RunPackRules(*pack, t.analysis, sink, nullptr);
  return sink.Take();
}

std::vector<Finding> CheckDocumentWithPack(const std::string& yaml_pack, const Document& document,
                                           const std::string& lang) {
  std::vector<Error> errors;
  std::unique_ptr<Pack> pack = LoadTestPack(yaml_pack, &errors);
  for (const Error& e : errors) FAIL_CHECK(e.ToString());
  REQUIRE(pack != nullptr);
  Analysis analysis = Analyze(document);
  FindingSink sink(analysis, lang);
  RunPackRules(*pack, analysis, sink, nullptr);
  return sink.Take();
}

std::string DumpFinding(const Finding& f) {
  return std::to_string(f.begin.line) + ":" + std::to_string(f.begin.column) + " " + f.rule_id +
         " " + f.evidence_json;
}

std::string DumpFindingWithMessage(const Finding& f) {
  return DumpFinding(f) + " | " + f.message;
}

std::string DumpFindings(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) out += DumpFinding(f) + "\n";
  return out;
}

FixtureResult RunFixture(const std::string& yaml_pack, std::string_view annotated,
                         const std::string& lang) {
  if (!annotated.empty() && annotated.front() == '\n') annotated.remove_prefix(1);
  Fixture fixture;
  Error error;
  bool parsed = ParseFixture("t.txt", std::string(annotated), &fixture, &error);
  REQUIRE_MESSAGE(parsed, error.ToString());
  std::vector<Finding> findings = CheckWithPack(yaml_pack, fixture.bytes, lang);
  FixtureResult r;
  r.outcome = CompareFindings(fixture, findings);
  std::vector<std::string> expected, actual;
  for (const Expectation& e : fixture.expectations) {
    std::string line = (e.ok ? "ok " : "") + std::to_string(e.line) + ":" +
                       (e.column ? std::to_string(e.column) : "*") + " " + e.rule;
    expected.push_back(e.evidence.empty() ? line : line + " " + e.evidence);
  }
  for (const Finding& f : findings) actual.push_back(DumpFinding(f));
  r.expected = SortedLines(expected);
  r.actual = SortedLines(actual);
  return r;
}

CorpusFixtureResult RunCorpusFixture(const std::string& yaml_pack,
                                     const std::vector<std::pair<std::string, std::string>>& files,
                                     const std::string& lang) {
  TempDir dir;
  dir.Write("pack/pack.yaml", yaml_pack);
  for (const auto& [name, text] : files) {
    std::string_view body = text;
    if (!body.empty() && body.front() == '\n') body.remove_prefix(1);
    dir.Write("pack/tests/case/" + name, std::string(body));
  }
  Options options;
  options.builtin_packs = false;
  options.pack_dirs = {dir.path() + "/pack"};
  options.lang = lang;
  std::vector<Error> errors;
  std::unique_ptr<Checker> checker = Checker::Create(options, &errors);
  for (const Error& e : errors) FAIL_CHECK(e.ToString());
  REQUIRE(checker != nullptr);
  CorpusFixtureResult r;
  r.passed = true;
  std::vector<std::string> expected, differences;
  std::string folder = dir.path() + "/pack/tests/case/";
  for (const FixtureOutcome& o : RunFixtures(*checker, folder.substr(0, folder.size() - 1))) {
    std::string name = o.path.substr(o.path.rfind('/') + 1) + ":";
    if (o.error) r.problems += o.error->ToString() + "\n";
    if (!o.passed()) r.passed = false;
    Fixture fixture;
    Error error;
    if (LoadFixture(o.path, &fixture, &error)) {
      for (const Expectation& e : fixture.expectations) {
        std::string line = name + (e.ok ? "ok " : "") + std::to_string(e.line) + ":" +
                           (e.column ? std::to_string(e.column) : "*") + " " + e.rule;
        expected.push_back(e.evidence.empty() ? line : line + " " + e.evidence);
      }
    }
    for (const Expectation& e : o.missing) {
      differences.push_back(name + " expected, not reported: " + std::to_string(e.line) + " " +
                            DescribeExpectation(e));
    }
    for (const Finding& f : o.unexpected) {
      differences.push_back(name + " reported, not expected: " + DumpFinding(f));
    }
  }
  r.expected = SortedLines(expected);
  r.differences = SortedLines(differences);
  return r;
}

}  // namespace reportlint::testing
