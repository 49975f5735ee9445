// The public entry points on their own: Check(path) and CheckBytes(name, bytes,
// format) agree, and CheckBytes reads bytes as the format it is given.
#include "reportlint/checker.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "tests/run_binary.h"

namespace reportlint::testing {
namespace {

const Checker& TheChecker() {
  static std::unique_ptr<Checker> checker = [] {
    std::vector<Error> errors;
    auto c = Checker::Create(Options{}, &errors);
    REQUIRE(c);
    return c;
  }();
  return *checker;
}

std::string Summary(const Result& r) {
  std::string out;
  for (const Finding& f : r.findings) {
    out += std::to_string(f.begin.line) + ":" + std::to_string(f.begin.column) + " " + f.rule_id +
           " " + f.evidence_json + " " + f.fingerprint + "\n";
  }
  return out;
}

TEST_CASE("checker: Rules(kSummary) is Rules() without the parameters; RuleIds in the same order") {
  std::vector<RuleSummary> full = TheChecker().Rules();
  std::vector<RuleSummary> brief = TheChecker().Rules(RuleDetail::kSummary);
  std::vector<std::string> ids = TheChecker().RuleIds();
  REQUIRE(full.size() == brief.size());
  REQUIRE(full.size() == ids.size());
  int with_parameters = 0;
  for (size_t i = 0; i < full.size(); ++i) {
    CHECK(full[i].id == ids[i]);
    CHECK(brief[i].id == ids[i]);
    CHECK(brief[i].message_zh == full[i].message_zh);
    CHECK(brief[i].description_en == full[i].description_en);
    CHECK(brief[i].parameters.empty());
    with_parameters += !full[i].parameters.empty();
  }
  // Every built-in rule has at least its id and kind in its YAML.
  CHECK(with_parameters == static_cast<int>(full.size()) - 3);  // reportlint's own three have none
}

}  // namespace

TEST_CASE("checker: Check(path) and CheckBytes(name, bytes) give the same result") {
  std::string path = SourcePath("examples/report-2015.txt");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  Result from_file = TheChecker().Check(path);
  Result from_bytes = TheChecker().CheckBytes(path, bytes.str());
  REQUIRE_FALSE(from_file.error);
  REQUIRE_FALSE(from_bytes.error);
  CHECK(from_file.findings.size() == 3);
  CHECK(Summary(from_file) == Summary(from_bytes));
  CHECK(from_bytes.report.year == 2015);
  for (const Finding& f : from_file.findings) {
    CHECK(f.evidence_json.front() == '{');
    CHECK(f.evidence_json.back() == '}');
  }
}

TEST_CASE("checker: CheckBytes detects the format from the name and bytes, or takes it") {
  const Checker& c = TheChecker();
  const std::string page = "<html><body><p>青石镇2015年政府信息公开工作年度报告</p></body></html>";
  CHECK(c.CheckBytes("page", page).report.format == "html");  // sniffed
  CHECK(c.CheckBytes("page", page, SourceFormat::kText).report.format == "text");
  CHECK(c.CheckBytes("r.md", "# 年报\n正文\n").report.format == "markdown");
  CHECK(c.CheckBytes("r.md", "# 年报\n正文\n", SourceFormat::kText).report.format == "text");
  CHECK(c.CheckBytes("r.txt", "年报\n", SourceFormat::kMarkdown).report.format == "markdown");
  // A refused extension is refused only when the format is left to detection.
  Result pdf = c.CheckBytes("r.pdf", "年报\n");
  REQUIRE(pdf.error);
  CHECK(pdf.error->file == "r.pdf");
  CHECK(pdf.path == "r.pdf");
  CHECK_FALSE(c.CheckBytes("r.pdf", "年报\n", SourceFormat::kText).error);
}

TEST_CASE("checker: an unreadable report is a Result with its error, not an exception") {
  Result r = TheChecker().Check("/nonexistent/r.txt");
  REQUIRE(r.error);
  CHECK(r.error->message == "no such file");
  CHECK(r.findings.empty());
  CHECK(r.document == nullptr);
}

}  // namespace reportlint::testing
