// The SARIF output validates against the official SARIF 2.1.0 JSON schema and
// carries what GitHub code scanning needs: stable rule ids with descriptions,
// repo-relative URIs, regions, partialFingerprints.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/output/json_schema.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

nlohmann::json SarifSchema() {
  std::ifstream in(SourcePath("tests/output/sarif-schema-2.1.0.json"));
  return nlohmann::json::parse(in);
}

std::string Violations(const nlohmann::json& doc) {
  std::string out;
  for (const std::string& v : ValidateJson(SarifSchema(), doc)) out += v + "\n";
  return out;
}

}  // namespace

TEST_CASE("sarif: the schema validator rejects what the schema forbids") {
  nlohmann::json ok = {{"version", "2.1.0"}, {"runs", nlohmann::json::array()}};
  CHECK(Violations(ok) == "");
  nlohmann::json no_version = {{"runs", nlohmann::json::array()}};
  CHECK(Violations(no_version) == "/: missing required property 'version'\n");
  nlohmann::json run = {{"tool", {{"driver", {{"name", "x"}}}}},
                        {"results", {{{"message", {{"text", "m"}}}, {"level", "fatal"}}}}};
  nlohmann::json bad_level = {{"version", "2.1.0"}, {"runs", {run}}};
  CHECK(
      Violations(bad_level) ==
      "/runs/0/results/0/level: \"fatal\" not in enum [\"none\",\"note\",\"warning\",\"error\"]\n");
  run["results"][0]["level"] = "error";
  run["results"][0]["locations"] = {{{"physicalLocation", {{"region", {{"startLine", 0}}}}}}};
  nlohmann::json bad_line = {{"version", "2.1.0"}, {"runs", {run}}};
  CHECK(Violations(bad_line) ==
        "/runs/0/results/0/locations/0/physicalLocation: matches none of anyOf\n"
        "/runs/0/results/0/locations/0/physicalLocation/region/startLine: 0 violates minimum 1\n");
  run["results"][0].erase("locations");
  run["results"][0]["colour"] = "red";
  nlohmann::json extra = {{"version", "2.1.0"}, {"runs", {run}}};
  CHECK(Violations(extra) == "/runs/0/results/0: unexpected property 'colour'\n");
}

TEST_CASE("sarif: the logical locations of DOCX and PDF findings validate against SARIF 2.1.0") {
  RunResult r = RunReportlint(
      "check --format sarif examples/report-2021-tables-errors.docx "
      "rules/ogi-common/tests/page-without-text.pdf");
  CHECK(r.exit_code == 1);
  nlohmann::json doc = nlohmann::json::parse(r.out);
  CHECK(Violations(doc) == "");
  for (const auto& result : doc["runs"][0]["results"]) {
    CHECK(result["locations"][0]["logicalLocations"].size() == 1);
  }
}

TEST_CASE("sarif: output of a real run validates against SARIF 2.1.0") {
  TempDir dir;
  std::string suppressed =
      dir.Write("suppressed.md",
                "<!-- reportlint-disable-next-line ogi-common/period-stated -- 测试 -->\n"
                "北山县2016年政府信息公开工作年度报告\n");
  RunResult r = RunReportlint("check --format sarif examples/report-2015.txt missing.txt '" +
                              suppressed + "'");
  CHECK(r.exit_code == 2);  // missing.txt
  nlohmann::json doc = nlohmann::json::parse(r.out);
  CHECK(Violations(doc) == "");

  const auto& run = doc["runs"][0];
  CHECK(doc["version"] == "2.1.0");
  CHECK(run["tool"]["driver"]["name"] == "reportlint");
  // Every rule has an id and a description; results point at them by index.
  std::set<std::string> ids;
  for (const auto& rule : run["tool"]["driver"]["rules"]) {
    ids.insert(rule["id"].get<std::string>());
    CHECK(!rule["shortDescription"]["text"].get<std::string>().empty());
  }
  CHECK(ids.count("ogi-common/other-year-data") == 1);
  REQUIRE(run["results"].size() >= 3);
  for (const auto& result : run["results"]) {
    int index = result["ruleIndex"];
    CHECK(run["tool"]["driver"]["rules"][index]["id"] == result["ruleId"]);
    CHECK(result["partialFingerprints"]["reportlint/v1"].get<std::string>().size() == 16);
  }
  const auto& first = run["results"][0];
  CHECK(first["ruleId"] == "ogi-2008/required-contents");
  CHECK(first["level"] == "error");
  const auto& loc = first["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "examples/report-2015.txt");
  CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(loc["region"] ==
        nlohmann::json({{"startLine", 1}, {"startColumn", 1}, {"endLine", 1}, {"endColumn", 21}}));
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const auto& invocation = run["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  CHECK(invocation["toolExecutionNotifications"][0]["message"]["text"] == "no such file");
}

}  // namespace reportlint::testing
