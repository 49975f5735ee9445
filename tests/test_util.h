// Helpers shared by the unit tests: analyse an in-memory report, run an in-memory
// rule pack over it, and print findings as one-line dumps for table-style asserts.
#ifndef REPORTLINT_TESTS_TEST_UTIL_H_
#define REPORTLINT_TESTS_TEST_UTIL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/facts/analysis.h"
#include "checker/fixtures/fixture_run.h"
#include "reportlint/document.h"
#include "reportlint/error.h"
#include "reportlint/finding.h"

namespace reportlint::testing {

// An Analysis together with the Document it points into. Analysis keeps a raw
// pointer to its document, so the two must live and move together: the document
// sits behind a unique_ptr, whose target never moves.
struct AnalyzedText {
  std::unique_ptr<Document> document;
  Analysis analysis;
};

// Analyses `text` as if read from `path` (".md" gives a Markdown document). The
// text is used as is: no decoding, and it must already have '\n' line ends.
AnalyzedText AnalyzeText(std::u32string text, const std::string& path = "t.txt");
AnalyzedText AnalyzeText(std::string_view utf8, const std::string& path = "t.txt");

// Loads `yaml_pack` as the only pack (file name "pack.yaml"), checks its rule
// ids are unique, and returns the errors, each as Error::ToString(), joined
// with '\n'; "" when it loads cleanly.
std::string PackErrors(const std::string& yaml_pack);

// Runs every rule of `yaml_pack` over `report_utf8` through the Checker's own
// dispatch (RunPackRules: applies_to and Enabled honoured; findings go through
// the FindingSink).
// REQUIRES: the pack loads without errors (checked with REQUIRE).
std::vector<Finding> CheckWithPack(const std::string& yaml_pack, std::string_view report_utf8,
                                   const std::string& lang = "en");
// The same over a Document built by the test (a PDF's parts, say).
std::vector<Finding> CheckDocumentWithPack(const std::string& yaml_pack, const Document& document,
                                           const std::string& lang = "en");

// "3:1 ogi/x {\"missing\":\"依申请公开\"}": begin line:column, rule id, evidence.
std::string DumpFinding(const Finding& f);
// The same with the rendered message appended after " | ".
std::string DumpFindingWithMessage(const Finding& f);
// One DumpFinding per line, each followed by '\n' ("" when there are none).
std::string DumpFindings(const std::vector<Finding>& findings);

// Fixture reports in the pack-fixture dialect (checker/fixtures/fixture.h, the
// one users write for their packs, docs/rules.md): an expectation line above the
// line it concerns, pinning the column and the evidence as well:
//
//     # expect: t/other-year:1 {"year":2016,"report_year":2017}
//     2016年度全镇共发生火灾3起。
//
// Expectation lines are blanked, as `reportlint test` does, and one leading '\n'
// is dropped so a raw string literal can start on its own line. Every finding
// must be expected and every expectation produced (CompareFindings).
struct FixtureResult {
  FixtureOutcome outcome;
  std::string expected;  // the expectations, "LINE:COL RULE EVIDENCE" sorted as DumpFindings
  std::string actual;    // DumpFindings of what was found, sorted the same way
};
FixtureResult RunFixture(const std::string& yaml_pack, std::string_view annotated_report,
                         const std::string& lang = "en");

// A corpus fixture (fixture_run.h, RunFixtures): `files` (name -> annotated
// text, each with the leading '\n' dropped) written to a folder and checked as
// one run with `yaml_pack` as the only pack; a file called hierarchy.yaml or
// hierarchy.csv is the hierarchy. `passed` when every file's findings (its own
// and the cross-report ones) are expected and every expectation met.
struct CorpusFixtureResult {
  bool passed = false;
  std::string problems;     // fixture errors, one per line
  std::string expected;     // "NAME:LINE:COL RULE EVIDENCE" per expectation
  std::string differences;  // what was expected and not reported, or reported and not expected
};
CorpusFixtureResult RunCorpusFixture(const std::string& yaml_pack,
                                     const std::vector<std::pair<std::string, std::string>>& files,
                                     const std::string& lang = "en");

}  // namespace reportlint::testing

// Checks a fixture; on failure doctest prints the expected and actual dumps.
#define CHECK_FIXTURE(pack, report)                                           \
  do {                                                                        \
    ::reportlint::testing::FixtureResult fixture_result_ =                    \
        ::reportlint::testing::RunFixture((pack), (report));                  \
    INFO("expected:\n", fixture_result_.expected);                            \
    INFO("actual:\n", fixture_result_.actual);                                \
    CHECK(fixture_result_.outcome.passed());                                  \
  } while (false)

// Checks a corpus fixture; on failure doctest prints the dumps of every file.
#define CHECK_CORPUS_FIXTURE(pack, files)                                         \
  do {                                                                            \
    ::reportlint::testing::CorpusFixtureResult corpus_result_ =                   \
        ::reportlint::testing::RunCorpusFixture((pack), (files));                 \
    INFO("problems:\n", corpus_result_.problems);                                 \
    INFO("expected:\n", corpus_result_.expected);                                 \
    INFO("differences:\n", corpus_result_.differences);                           \
    CHECK(corpus_result_.passed);                                                 \
  } while (false)

#endif  // REPORTLINT_TESTS_TEST_UTIL_H_
