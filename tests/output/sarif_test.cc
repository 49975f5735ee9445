// The SARIF output validates against the official SARIF 2.1.0 JSON schema and
// carries what GitHub code scanning needs: stable rule ids with descriptions,
// repo-relative URIs, regions, partialFingerprints.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
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

// Whether `title` is `message` with each placeholder written "…" (a selecting
// one left out): every piece between the "…" found in order, the first at
// the start and the last at the end, so nothing was cut.
bool IsWholeTitle(const std::string& title, std::string message) {
  std::string literal;  // the template's text with "…" for a value
  for (size_t i = 0; i < message.size(); ++i) {
    if (message[i] != '{') {
      literal.push_back(message[i]);
      continue;
    }
    size_t close = message.find('}', i);
    if (message.find('|', i) > close && !literal.ends_with("…")) literal += "…";
    i = close;
  }
  while (!literal.empty() && (literal.back() == ' ' || literal.back() == '\n')) literal.pop_back();
  return title == literal;
}

TEST_CASE("sarif: the seeds' SARIF validates; every rule has its page and a whole title") {
  std::filesystem::path seeds = std::filesystem::path(SourcePath("../shared/seeds"));
  if (!std::filesystem::is_directory(seeds)) {
    MESSAGE("../shared/seeds not present; skipping");
    return;
  }
  RunResult rules = RunReportlint("rules --format json");
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& r : nlohmann::json::parse(rules.out)) by_id[r["id"]] = r;

  for (const char* lang : {"zh", "en"}) {
    CAPTURE(lang);
    RunResult r =
        RunReportlint(std::string("check --format sarif --lang ") + lang + " ../shared/seeds/*.txt");
    CHECK(r.exit_code == 1);
    nlohmann::json doc = nlohmann::json::parse(r.out);
    CHECK(Violations(doc) == "");
    const auto& driver = doc["runs"][0]["tool"]["driver"];
    CHECK(driver["rules"].size() == by_id.size());
    for (const auto& rule : driver["rules"]) {
      std::string id = rule["id"];
      CAPTURE(id);
      std::string title = rule["shortDescription"]["text"];
      CHECK(title.size() < 1024);  // GitHub's limit
      CHECK(IsWholeTitle(title, by_id[id]["message"][lang]));
      CHECK(!rule["fullDescription"]["text"].get<std::string>().empty());
      // Built-in rules: a page under docs/rules/ that is in the source tree.
      std::string pack = id.substr(0, id.find('/'));
      std::string page = "docs/rules/" + pack + "/" + id.substr(id.find('/') + 1) + ".md";
      std::string uri = rule["helpUri"];
      CHECK(uri.starts_with("file:///"));  // absolute, as SARIF wants: the installed pages
      CHECK(uri.ends_with(page));
      CHECK(std::filesystem::exists(SourcePath(page)));
      std::string markdown = rule["help"]["markdown"];
      CHECK(markdown.find(std::string(lang) == "en" ? "\n#### Parameters\n\n" : "\n#### 参数\n\n") !=
            std::string::npos);
      CHECK(markdown.find("```yaml\n# .reportlint.yaml\nrules:\n  " + id + ": ") !=
            std::string::npos);
      CHECK(markdown.find("<" + uri + ">") != std::string::npos);
    }
  }
}

TEST_CASE("sarif: rule texts in the run's language, parameters in the help, --doc-url") {
  auto rule_of = [](const std::string& args, const std::string& id) {
    nlohmann::json doc = nlohmann::json::parse(RunReportlint("check --format sarif " + args).out);
    for (const auto& rule : doc["runs"][0]["tool"]["driver"]["rules"]) {
      if (rule["id"] == id) return rule;
    }
    return nlohmann::json();
  };
  nlohmann::json zh = rule_of("examples/report-2015.txt", "ogi-common/period-stated");
  CHECK(zh["shortDescription"]["text"] == "未写明统计期限（应为…年1月1日至12月31日）");
  CHECK(zh["fullDescription"]["text"] == "统计期限须写明，且为报告年度的1月1日至12月31日。");
  CHECK(zh["help"]["text"].get<std::string>().starts_with(
      "统计期限须写明，且为报告年度的1月1日至12月31日。\n\n消息："));
  nlohmann::json en = rule_of("--lang en --doc-url https://example.org/docs/rules "
                              "examples/report-2015.txt",
                              "ogi-common/publication-deadline");
  CHECK(en["shortDescription"]["text"] == "the report is dated …, after the deadline …");
  CHECK(en["fullDescription"]["text"].get<std::string>().starts_with(
      "Annual reports are due by 31 March of the following year"));
  CHECK(en["helpUri"] == "https://example.org/docs/rules/ogi-common/publication-deadline.md");
  // Its parameter, as the pack sets it, in both helps.
  CHECK(en["help"]["text"].get<std::string>().find("Parameters:\ncheck: deadline\ndeadline: 03-31") !=
        std::string::npos);
  CHECK(en["help"]["markdown"].get<std::string>().find(
            "```yaml\ncheck: deadline\ndeadline: 03-31\n```") != std::string::npos);
}

TEST_CASE("sarif: a custom pack's rule has no helpUri, no page being published for it") {
  TempDir dir;
  dir.Write("p/pack.yaml",
            "rules:\n  - id: p/xx\n    kind: pattern\n    severity: warning\n    pattern: 'XX'\n"
            "    message: {zh: '占位符“{match}”', en: 'placeholder {match}'}\n");
  std::string report = dir.Write("r.txt", "XX\n");
  RunResult r = RunReportlint("check --format sarif --rules '" + dir.path() + "/p' '" + report + "'");
  nlohmann::json doc = nlohmann::json::parse(r.out);
  CHECK(Violations(doc) == "");
  int custom = 0;
  for (const auto& rule : doc["runs"][0]["tool"]["driver"]["rules"]) {
    if (rule["id"] != "p/xx") {
      CHECK(rule.contains("helpUri"));
      continue;
    }
    ++custom;
    CHECK(!rule.contains("helpUri"));
    CHECK(rule["shortDescription"]["text"] == "占位符“…”");
    CHECK(rule["help"]["markdown"].get<std::string>().find("\n#### 参数\n\n```yaml\n") !=
          std::string::npos);
  }
  CHECK(custom == 1);
}

}  // namespace reportlint::testing
