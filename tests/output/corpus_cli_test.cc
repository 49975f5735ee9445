// Cross-report findings end to end, through `reportlint check`: what a user
// sees of a report whose only finding is cross-report, in each format (xlsx:
// read back by read_sheets.py), and the same bytes whatever --jobs.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

using Json = nlohmann::ordered_json;

// Two reports of one body and year, clean but for the duplicate: the second
// in input order is the one reported.
struct TwoReports {
  TempDir dir;
  std::string first;
  std::string second;
  std::string args;
  TwoReports() {
    dir.Write("p/pack.yaml",
              "rules:\n  - id: p/duplicate\n    kind: coverage\n    check: duplicates\n"
              "    severity: warning\n"
              "    message: {zh: '重复（{other}）', en: 'duplicate of {other}'}\n");
    const char* text = "东区人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n正文。\n";
    first = dir.Write("a.txt", text);
    second = dir.Write("b.txt", text);
    args = "--no-builtin --rules '" + dir.path() + "/p' --lang en '" + first + "' '" + second + "'";
  }
  RunResult Check(const std::string& format) const {
    return RunReportlint("check --format " + format + " " + args);
  }
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

const char* kCoverage =
    "--hierarchy rules/ogi-corpus/tests/coverage/hierarchy.yaml rules/ogi-corpus/tests/coverage/";

}  // namespace

TEST_CASE("corpus cli: csv and jsonl show a report with only a cross-report finding") {
  TwoReports run;
  RunResult csv = run.Check("csv");
  CHECK(csv.exit_code == 0);
  std::vector<std::string> rows = Lines(csv.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == run.first + ",东区,2023,2019,,0,0,0,0,clean,\r");
  CHECK(rows[2] == run.second + ",东区,2023,2019,,0,1,0,0,findings,\r");

  std::vector<std::string> lines = Lines(run.Check("jsonl").out);
  REQUIRE(lines.size() == 3);
  CHECK(Json::parse(lines[0])["status"] == "clean");
  CHECK(Json::parse(lines[1])["status"] == "findings");
  CHECK(Json::parse(lines[1])["warnings"] == 1);
  CHECK(Json::parse(lines[2])["rule"] == "p/duplicate");
  CHECK(Json::parse(lines[2])["path"] == run.second);
}

TEST_CASE("corpus cli: sarif, github, junit and text show the duplicate on its report") {
  TwoReports run;
  Json sarif = Json::parse(run.Check("sarif").out);
  const Json& results = sarif["runs"][0]["results"];
  REQUIRE(results.size() == 1);
  CHECK(results[0]["ruleId"] == "p/duplicate");
  CHECK(sarif["runs"][0]["tool"]["driver"]["rules"][results[0]["ruleIndex"].get<int>()]["id"] ==
        "p/duplicate");
  CHECK(results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "file://" + run.first);
  CHECK(results[0]["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 1);

  CHECK(run.Check("github").out.starts_with("::warning file=" + run.second + ",line=1,col=1,"));
  // A warning below the default --fail-on error: a passing case showing the finding.
  std::string junit = run.Check("junit").out;
  CHECK(junit.find("<testsuite name=\"cross-report\" tests=\"1\" failures=\"0\"") !=
        std::string::npos);
  CHECK(junit.find("classname=\"" + run.second + "\">\n      <system-out>" + run.second +
                   ":1:1: warning: ") != std::string::npos);
  CHECK(run.Check("text").out.find("1 of 2 files have findings\n") != std::string::npos);
}

TEST_CASE("corpus cli: every format is the same with --jobs 1 and --jobs 2") {
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  for (const char* format : {"text", "json", "jsonl", "sarif", "github", "junit", "csv"}) {
    RunResult one =
        RunReportlint(std::string("check --format ") + format + " --jobs 1 " + kCoverage);
    RunResult two =
        RunReportlint(std::string("check --format ") + format + " --jobs 2 " + kCoverage);
    CAPTURE(format);
    CHECK(one.exit_code == 1);
    CHECK(one.out.find("hierarchy.yaml") != std::string::npos);
    CHECK(one.out == two.out);
  }
  TempDir dir;
  RunReportlint("check --format xlsx --jobs 1 -o '" + dir.path() + "/1.xlsx' " + kCoverage);
  RunReportlint("check --format xlsx --jobs 2 -o '" + dir.path() + "/2.xlsx' " + kCoverage);
  unsetenv("SOURCE_DATE_EPOCH");
  CHECK(dir.Read("1.xlsx").size() > 1000);
  CHECK(dir.Read("1.xlsx") == dir.Read("2.xlsx"));
}

}  // namespace reportlint::testing
