// Cross-report findings in every output format, from a run built by hand: a
// clean report whose only finding is cross-report, and the hierarchy file.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "checker/output/formats.h"
#include "checker/output/kind_sheets.h"
#include "checker/output/related_places.h"
#include "checker/output/spill.h"
#include "tests/output/json_schema.h"
#include "tests/run_binary.h"

namespace reportlint::testing {
namespace {

using Json = nlohmann::ordered_json;

Finding Make(const std::string& rule, const std::string& kind, Severity s, int line,
             const std::string& message, const Json& evidence) {
  Finding f;
  f.rule_id = rule;
  f.kind = kind;
  f.severity = s;
  f.begin = {};
  f.begin.line = line;
  f.begin.column = 1;
  f.end = f.begin;
  f.end.column = 5;
  f.message = message;
  f.evidence_json = evidence.dump();
  f.fingerprint = "00000000000000" + std::to_string(10 + line);
  return f;
}

// a.txt: clean on its own, a duplicate of b.txt; b.txt: one finding of its
// own and a rollup finding; the hierarchy file: a missing report.
struct Run {
  std::vector<Result> files;
  CorpusResult corpus;
  OutputOptions options;
};

Run MakeRun(const std::string& lang) {
  Run run;
  Result a;
  a.path = "a.txt";
  a.report.organisation = "东区";
  a.report.year = 2023;
  a.report.packs = {"ogi-common"};
  Result b = a;
  b.path = "b.txt";
  b.findings.push_back(Make("p/own", "pattern", Severity::kWarning, 3, "own", Json::object()));
  run.files = {a, b};
  run.corpus.findings = {
      {"a.txt",
       Make("x/duplicate", "coverage", Severity::kWarning, 1, "dup",
            {{"organisation", "东区"}, {"year", 2023}, {"other", "b.txt"}, {"other_line", 2}})},
      {"b.txt",
       Make("x/rollup", "rollup", Severity::kError, 7, "sum", {{"stated", 10}, {"computed", 12}})},
      {"h.yaml", Make("x/missing", "coverage", Severity::kError, 5, "missing",
                      {{"organisation", "西区"}, {"year", 2023}, {"nearest", nullptr}})},
  };
  run.options.lang = lang;
  run.options.root = std::filesystem::current_path().string();
  for (const char* id : {"x/duplicate", "x/rollup", "x/missing", "p/own"}) {
    RuleSummary r;
    r.id = id;
    r.kind = "coverage";
    r.severity = Severity::kWarning;
    run.options.rules.push_back(r);
  }
  return run;
}

std::string Write(const std::string& format, const std::string& lang = "en") {
  Run run = MakeRun(lang);
  std::ostringstream out;
  WriteAll(*FindOutputFormat(format), run.files, run.options, out, &run.corpus);
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("corpus output: csv counts a report's cross-report findings and rows the hierarchy") {
  std::vector<std::string> rows = Lines(Write("csv"));
  REQUIRE(rows.size() == 4);
  CHECK(rows[1] == "a.txt,东区,2023,2019,ogi-common,0,1,0,0,findings,\r");
  CHECK(rows[2] == "b.txt,东区,2023,2019,ogi-common,1,1,0,0,findings,\r");
  CHECK(rows[3] == "h.yaml,,,,,1,0,0,0,findings,\r");
  CHECK(Lines(Write("csv", "zh"))[1] == "a.txt,东区,2023,2019,ogi-common,0,1,0,0,有发现,\r");
}

TEST_CASE("corpus output: jsonl report lines count them; their lines come after the reports") {
  std::vector<std::string> lines = Lines(Write("jsonl"));
  REQUIRE(lines.size() == 6);
  Json a = Json::parse(lines[0]);
  CHECK(a["path"] == "a.txt");
  CHECK(a["status"] == "findings");
  CHECK(a["warnings"] == 1);
  CHECK(Json::parse(lines[1])["errors"] == 1);  // b.txt: the rollup error
  CHECK(Json::parse(lines[2])["rule"] == "p/own");
  CHECK(Json::parse(lines[3]).begin().key() == "path");
  CHECK(Json::parse(lines[3])["rule"] == "x/duplicate");
  CHECK(Json::parse(lines[5])["path"] == "h.yaml");  // no report line for it
}

TEST_CASE("corpus output: sarif results with the other report as a related location") {
  Json doc = Json::parse(Write("sarif"));
  const Json& results = doc["runs"][0]["results"];
  REQUIRE(results.size() == 4);
  const Json& dup = results[1];
  CHECK(dup["ruleId"] == "x/duplicate");
  CHECK(dup["ruleIndex"] == 0);
  CHECK(dup["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.txt");
  CHECK(dup["relatedLocations"] ==
        Json::parse(R"([{"id":0,"physicalLocation":{"artifactLocation":{"uri":"b.txt",
          "uriBaseId":"%SRCROOT%"},"region":{"startLine":2}},"message":{"text":"other"}}])"));
  const Json& missing = results[3];
  CHECK(missing["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "h.yaml");
  CHECK(missing["locations"][0]["physicalLocation"]["region"]["startLine"] == 5);
  CHECK(!missing.contains("relatedLocations"));
  std::ifstream in(SourcePath("tests/output/sarif-schema-2.1.0.json"));
  CHECK(ValidateJson(nlohmann::json::parse(in), nlohmann::json::parse(doc.dump())).empty());
}

TEST_CASE("corpus output: github annotations on the report and on the hierarchy file") {
  std::vector<std::string> lines = Lines(Write("github"));
  REQUIRE(lines.size() == 5);
  CHECK(lines[1] ==
        "::warning file=a.txt,line=1,col=1,endLine=1,endColumn=5,title=x/duplicate::dup");
  CHECK(lines[3] ==
        "::error file=h.yaml,line=5,col=1,endLine=5,endColumn=5,title=x/missing::missing");
}

TEST_CASE("corpus output: junit has a cross-report suite, failures at or above --fail-on") {
  std::string xml = Write("junit");
  CHECK(xml.find("<testsuite name=\"a.txt\" tests=\"1\" failures=\"0\"") != std::string::npos);
  // The default threshold is error: the duplicate (a warning) passes, shown in <system-out>.
  CHECK(xml.find("  <testsuite name=\"cross-report\" tests=\"3\" failures=\"2\" errors=\"0\" "
                 "skipped=\"0\">\n"
                 "    <testcase name=\"x/duplicate at 1:1\" classname=\"a.txt\">\n"
                 "      <system-out>a.txt:1:1: warning: dup [x/duplicate]</system-out>\n"
                 "    </testcase>\n"
                 "    <testcase name=\"x/rollup at 7:1\" classname=\"b.txt\">\n"
                 "      <failure type=\"error\" message=\"sum\">b.txt:7:1: error: sum "
                 "[x/rollup]</failure>\n") != std::string::npos);
  // Totals over every suite: a.txt 1, b.txt 1 (a warning), the three cross-report cases.
  CHECK(xml.find("<testsuites name=\"reportlint\" tests=\"5\" failures=\"2\" errors=\"0\" "
                 "skipped=\"0\">\n") != std::string::npos);
  CHECK(xml.ends_with("  </testsuite>\n</testsuites>\n"));

  Run warn = MakeRun("en");
  warn.options.fail_on = Severity::kWarning;
  std::ostringstream failing;
  WriteAll(*FindOutputFormat("junit"), warn.files, warn.options, failing, &warn.corpus);
  CHECK(failing.str().find("<testsuite name=\"cross-report\" tests=\"3\" failures=\"3\"") !=
        std::string::npos);

  Run clean = MakeRun("en");
  clean.corpus.findings.clear();
  std::ostringstream out;
  WriteAll(*FindOutputFormat("junit"), clean.files, clean.options, out, &clean.corpus);
  CHECK(out.str().find("<testsuite name=\"cross-report\" tests=\"1\" failures=\"0\" errors=\"0\" "
                       "skipped=\"0\">\n"
                       "    <testcase name=\"reportlint\" classname=\"cross-report\"/>") !=
        std::string::npos);
}

TEST_CASE("corpus output: text counts a report with only cross-report findings") {
  std::string text = Write("text");
  CHECK(text.find("across reports:\na.txt:1:1: warning: dup [x/duplicate]\n") != std::string::npos);
  // a.txt and b.txt; the hierarchy file is no file of the run.
  CHECK(text.find("2 of 2 files have findings\n") != std::string::npos);
  CHECK(text.ends_with("2 files checked: 2 errors, 2 warnings, 0 infos\n"));
}

TEST_CASE("corpus output: json lists them in the corpus array, path first") {
  Json doc = Json::parse(Write("json"));
  REQUIRE(doc["corpus"].size() == 3);
  CHECK(doc["corpus"][2]["path"] == "h.yaml");
  CHECK(doc["corpus"][2]["kind"] == "coverage");
}

TEST_CASE("corpus output: related places follow X/X_line and X_path/X_line, run paths only") {
  std::set<std::string> run = {"a.txt", "2022.txt"};
  Json ev = {{"other", "a.txt"},    {"other_line", 3},    {"previous_path", "2022.txt"},
             {"previous_line", 40}, {"nearest", "a.txt"},  // no nearest_line
             {"table", "b.txt"},    {"table_line", 2},     // b.txt: no file of the run
             {"report", "a.txt"},   {"report_line", 0}};   // no line
  std::vector<RelatedPlace> places = RelatedPlaces(ev, run);
  REQUIRE(places.size() == 2);
  CHECK(places[0].key == "other");
  CHECK(places[0].path == "a.txt");
  CHECK(places[0].line == 3);
  CHECK(places[1].key == "previous_path");
  CHECK(places[1].path == "2022.txt");
  CHECK(places[1].line == 40);
}

TEST_CASE("corpus output: sheet names are valid in Excel and unique") {
  std::set<std::string> taken = {"reports", "findings"};
  CHECK(SheetName("a/b:c[d]*?\\", taken) == "a_b_c_d____");
  CHECK(SheetName("'quoted'", taken) == "quoted");
  CHECK(SheetName("Findings", taken) == "Findings~2");  // Excel ignores case
  std::string long_name(40, 'x');
  CHECK(SheetName(long_name, taken) == std::string(31, 'x'));
  CHECK(SheetName(long_name, taken) == std::string(29, 'x') + "~2");
  CHECK(SheetName("跨报告-雷同文本跨报告-雷同文本跨报告-雷同文本跨报告-雷同文本", taken) ==
        "跨报告-雷同文本跨报告-雷同文本跨报告-雷同文本跨报告-雷同文");
}

TEST_CASE("corpus output: a sheet per kind, the evidence keys as columns in first-seen order") {
  Run run = MakeRun("zh");
  run.corpus.findings.push_back(
      {"b.txt", Make("x/late", "coverage", Severity::kInfo, 2, "late",
                     {{"organisation", "东区"}, {"deadline", "2024-03-31"}, {"flag", true}})});
  std::set<std::string> taken = {"报告", "发现"};
  std::vector<KindSheet> sheets = KindSheets(run.corpus, "zh", taken);
  REQUIRE(sheets.size() == 2);
  CHECK(sheets[0].name == "跨报告-覆盖");
  CHECK(sheets[1].name == "跨报告-汇总");
  CHECK(sheets[0].headers == std::vector<std::string>{"路径", "行", "规则", "严重程度", "内容",
                                                      "organisation", "year", "other", "other_line",
                                                      "nearest", "deadline", "flag"});
  REQUIRE(sheets[0].rows.size() == 3);
  CHECK(sheets[0].rows[0] == Json::parse(R"(["a.txt",1,"x/duplicate","警告","dup","东区",2023,
                                             "b.txt",2,null,null,null])"));
  CHECK(sheets[0].rows[2][11] == true);
  CHECK(KindSheets(run.corpus, "en", taken)[0].name == "coverage");
  std::set<std::string> other;
  Finding odd = Make("y/z", "new:kind", Severity::kInfo, 1, "m", Json::object());
  CHECK(KindSheets(CorpusResult{{{"a.txt", odd}}, 0}, "zh", other)[0].name == "跨报告-new_kind");
}

}  // namespace reportlint::testing

namespace reportlint::testing {

TEST_CASE("corpus output: a spill gives its pieces back in order, a large one too") {
  Spill spill;
  std::string large(3 << 20, 'x');
  large.back() = 'y';
  size_t a = spill.Append("第一\n");
  size_t b = spill.Append("");
  size_t c = spill.Append(large);
  CHECK(spill.Next(a) == "第一\n");
  CHECK(spill.Next(b) == "");
  CHECK(spill.Next(c) == large);
  CHECK(spill.ok());
}

}  // namespace reportlint::testing
