// End-to-end tests of the reportlint command: they run the binary and compare
// exactly what a user sees (stdout, stderr, exit code).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

const char* kCleanReport =
    "北山县2016年政府信息公开工作年度报告\n"
    "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n"
    "一、主动公开政府信息情况\n全年主动公开政府信息120条。\n"
    "二、依申请公开政府信息情况\n全年受理申请5件。\n"
    "三、政府信息公开的收费及减免情况\n未收取费用。\n"
    "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n未发生。\n"
    "五、存在的主要问题及改进情况\n公开形式较为单一。\n";

}  // namespace

TEST_CASE("check: text output in Chinese, with source line, caret and summary") {
  RunResult r = RunReportlint("check examples/report-2015.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "");
  CHECK(r.out ==
        "examples/report-2015.txt:1:1: error: 缺少《条例》（2008年）第三十二条要求的内容：收费及减免 "
        "[ogi-2008/required-contents]\n"
        "  青石镇2015年政府信息公开工作年度报告\n"
        "  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "examples/report-2015.txt:6:47: error: 文号“〔20153号”缺少右括号（应为〔年份〕序号） "
        "[ogi-common/document-number-bracket]\n"
        "  …作的通知》（青政办发〔20153号）要求，健全工作机制…\n"
        "                       ^~~~~~~~~\n"
        "examples/report-2015.txt:12:1: warning: 本句报告的是2014年的数据，而本报告年度为2015年 "
        "[ogi-common/other-year-data]\n"
        "  2014年度全镇共受理政府信息公…\n"
        "  ^~~~~~~~\n"
        "已检查 1 个文件：2 个错误，1 个警告，0 个提示\n");
}

TEST_CASE("check: --lang en writes the messages and the summary in English") {
  RunResult r = RunReportlint("check --lang en examples/report-2015.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("examples/report-2015.txt:12:1: warning: this sentence reports data of 2014, "
                   "but the report covers 2015 [ogi-common/other-year-data]\n") !=
        std::string::npos);
  CHECK(r.out.find("1 file checked: 2 errors, 1 warning, 0 infos\n") != std::string::npos);
}

TEST_CASE("check: a clean report exits 0; a Markdown report in the 2021 format is clean") {
  TempDir dir;
  std::string path = dir.Write("clean.txt", kCleanReport);
  RunResult r = RunReportlint("check '" + path + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "已检查 1 个文件：0 个错误，0 个警告，0 个提示\n");
  RunResult md = RunReportlint("check --lang en examples/report-2021.md");
  CHECK(md.exit_code == 0);
  CHECK(md.out == "1 file checked: 0 errors, 0 warnings, 0 infos\n");
}

TEST_CASE("check: --fail-on decides which findings fail the run") {
  TempDir dir;
  // Only a warning: data of another year.
  std::string report = std::string(kCleanReport) + "2015年度全县共受理申请3件。\n";
  std::string path = dir.Write("warn.txt", report);
  CHECK(RunReportlint("check '" + path + "'").exit_code == 0);
  CHECK(RunReportlint("check --fail-on warning '" + path + "'").exit_code == 1);
  CHECK(RunReportlint("check --fail-on info '" + path + "'").exit_code == 1);
  CHECK(RunReportlint("check --fail-on never examples/report-2015.txt").exit_code == 0);
}

TEST_CASE("check: JSON output carries metadata, locations and evidence") {
  RunResult r = RunReportlint("check --format json examples/report-2015.txt");
  CHECK(r.exit_code == 1);
  nlohmann::json j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "reportlint-findings/1");
  const auto& file = j["files"][0];
  CHECK(file["path"] == "examples/report-2015.txt");
  CHECK(file["report"]["title"] == "青石镇2015年政府信息公开工作年度报告");
  CHECK(file["report"]["organisation"] == "青石镇");
  CHECK(file["report"]["year"] == 2015);
  CHECK(file["report"]["period"]["start"] == "2015-01-01");
  CHECK(file["report"]["period"]["end"] == "2015-12-31");
  CHECK(file["report"]["signed"] == "2016-03-20");
  CHECK(file["report"]["packs"] == nlohmann::json::array({"ogi-common", "ogi-2008"}));
  REQUIRE(file["findings"].size() == 3);
  const auto& missing = file["findings"][0];
  CHECK(missing["rule"] == "ogi-2008/required-contents");
  CHECK(missing["kind"] == "sections");
  CHECK(missing["severity"] == "error");
  CHECK(missing["evidence"] == nlohmann::json({{"missing", "收费及减免"}}));
  const auto& number = file["findings"][1];
  CHECK(number["line"] == 6);
  CHECK(number["column"] == 47);
  CHECK(number["end_line"] == 6);
  CHECK(number["end_column"] == 54);
  const auto& year = file["findings"][2];
  CHECK(year["evidence"] == nlohmann::json({{"year", 2014}, {"report_year", 2015}}));
  CHECK(j["summary"] == nlohmann::json({{"files", 1}, {"unreadable", 0}, {"errors", 2},
                                        {"warnings", 1}, {"infos", 0}, {"suppressed", 0},
                                        {"baselined", 0}}));
}

TEST_CASE("check: reads stdin, GB18030 files, Traditional script and CRLF line ends") {
  RunResult in = RunReportlint("check --format json -", kCleanReport);
  CHECK(in.exit_code == 0);
  CHECK(nlohmann::json::parse(in.out)["files"][0]["path"] == "<stdin>");

  TempDir dir;
  // "统计期限" etc. in GB18030: the whole clean report re-encoded.
  std::string gbk_path = dir.Write("utf8.txt", kCleanReport);
  std::string conv = "iconv -f UTF-8 -t GB18030 '" + gbk_path + "' > '" + dir.path() + "/gbk.txt'";
  REQUIRE(std::system(conv.c_str()) == 0);
  RunResult gbk = RunReportlint("check --format json '" + dir.path() + "/gbk.txt'");
  CHECK(gbk.exit_code == 0);
  CHECK(nlohmann::json::parse(gbk.out)["files"][0]["report"]["encoding"] == "GB18030");

  // A Traditional copy with CRLF line ends: the same (absent) findings, and
  // a finding's line counts CRLF as one line end.
  std::string trad =
      "北山縣2016年政府信息公開工作年度報告\r\n"
      "本報告所列數據的統計期限自2016年1月1日起至2016年12月31日止。\r\n"
      "一、主動公開政府信息情況：全年主動公開信息1200條。\r\n二、依申請公開政府信息情況\r\n"
      "三、政府信息公開的收費及減免情況\r\n四、因政府信息公開申請行政複議、提起行政訴訟的情況\r\n"
      "五、存在的主要問題及改進情況\r\n2015年度全縣共受理申請3件。\r\n";
  std::string trad_path = dir.Write("trad.txt", trad);
  RunResult t = RunReportlint("check --format json '" + trad_path + "'");
  nlohmann::json tj = nlohmann::json::parse(t.out)["files"][0];
  REQUIRE(tj["findings"].size() == 1);
  CHECK(tj["findings"][0]["rule"] == "ogi-common/other-year-data");
  CHECK(tj["findings"][0]["line"] == 8);
  CHECK(tj["findings"][0]["column"] == 1);
}

TEST_CASE("check: unreadable inputs are errors with the file and the reason; others still run") {
  TempDir dir;
  std::string empty = dir.Write("empty.txt", "");
  std::string binary = dir.Write("binary.txt", std::string("\x00\x01\x02PK", 5));
  RunResult r = RunReportlint("check missing.txt '" + empty + "' '" + binary +
                              "' examples/report-2021.md");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "missing.txt: 错误：没有这个文件\n" + empty + ": 错误：文件是空的\n" + binary +
                     ": 错误：这是二进制文件，不是文本报告\n");
  RunResult en = RunReportlint("check --lang en missing.txt '" + empty + "' '" + binary +
                               "' examples/report-2021.md");
  CHECK(en.err == "missing.txt: error: no such file\n" + empty + ": error: the file is empty\n" +
                      binary + ": error: the file is binary, not a text report\n");
  CHECK(r.out == "已检查 4 个文件：0 个错误，0 个警告，0 个提示；3 个文件无法读取\n");
}

TEST_CASE("usage errors exit 2") {
  CHECK(RunReportlint("").exit_code == 2);
  CHECK(RunReportlint("check").exit_code == 2);
  RunResult r = RunReportlint("check --format xml examples/report-2015.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "错误：--format 的值不能是 `xml`，应为其中之一：text, json, jsonl, sarif, github, "
                 "junit, csv, html, xlsx；是否要用 `html`？\n运行 `reportlint check --help` 查看用法。\n");
  CHECK(RunReportlint("check --fail-on sometimes examples/report-2015.txt").exit_code == 2);
}

TEST_CASE("a broken rule pack stops the run with file:line:col and exit 2") {
  TempDir dir;
  dir.Write("pack/pack.yaml",
            "pack: mine\n"
            "rules:\n"
            "  - id: mine/placeholder\n"
            "    kind: pattern\n"
            "    severity: error\n"
            "    patern: 'XX'\n"
            "    message: {zh: '占位符', en: 'placeholder'}\n");
  RunResult r = RunReportlint("check --rules '" + dir.path() + "/pack' examples/report-2015.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.out == "");
  CHECK(r.err == dir.path() + "/pack/pack.yaml:3:5: error: missing required key 'pattern'\n" +
                     dir.path() + "/pack/pack.yaml:6:5: error: unknown key 'patern' (did you mean 'pattern'?)\n");

  dir.Write("bad/pack.yaml",
            "rules:\n"
            "  - id: mine/regex\n"
            "    kind: pattern\n"
            "    severity: error\n"
            "    pattern: '〔(20[0-9]{2}'\n"
            "    message: {zh: '错', en: 'bad'}\n");
  RunResult b = RunReportlint("check --rules '" + dir.path() + "/bad' examples/report-2015.txt");
  CHECK(b.exit_code == 2);
  CHECK(b.err == dir.path() +
                     "/bad/pack.yaml:5:14: error: invalid regular expression '〔(20[0-9]{2}': "
                     "missing closing parenthesis at character 13\n");
}

TEST_CASE("a custom pack adds its rules to the built-in ones") {
  TempDir dir;
  dir.Write("pack/pack.yaml",
            "pack: province\n"
            "rules:\n"
            "  - id: province/assessment\n"
            "    kind: sections\n"
            "    check: required\n"
            "    severity: warning\n"
            "    required:\n"
            "      - {name: 工作考核, match: ['考核']}\n"
            "    message: {zh: '缺少{missing}', en: 'missing {missing}'}\n");
  RunResult r = RunReportlint("check --lang en --rules '" + dir.path() +
                              "/pack' examples/report-2021.md");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("examples/report-2021.md:1:3: warning: missing 工作考核 [province/assessment]\n") !=
        std::string::npos);
  RunResult rules = RunReportlint("rules --no-builtin --lang en --rules '" + dir.path() + "/pack'");
  CHECK(rules.exit_code == 0);
  CHECK(rules.out ==
        "pack province\n"
        "  province/assessment             sections   warning  all        missing {missing}\n"
        "pack reportlint\n"
        "  reportlint/unused-suppression   directive  warning  all        unused suppression: "
        "{rules} reported nothing here\n"
        "  reportlint/invalid-suppression  directive  error    all        invalid suppression "
        "directive: {problem}\n"
        "  reportlint/pattern-too-costly   directive  warning  all        rule {rule} could not be "
        "evaluated on line {line}: pattern too costly (PCRE2 match limit); its findings on this "
        "report are left out\n");
}

TEST_CASE("rules lists the built-in rules by pack") {
  RunResult r = RunReportlint("rules --format json");
  CHECK(r.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  std::set<std::string> ids;
  for (const auto& rule : j) ids.insert(rule["id"].get<std::string>());
  CHECK(ids.count("ogi-2008/required-contents") == 1);
  CHECK(ids.count("ogi-2019/heading-order") == 1);
  CHECK(ids.count("ogi-common/period-stated") == 1);
}

TEST_CASE("dump shows title, year, period, declaration and the section tree") {
  RunResult r = RunReportlint("dump examples/report-2015.txt");
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "file:         examples/report-2015.txt (text, UTF-8)\n"
        "title:        青石镇2015年政府信息公开工作年度报告  (line 1)\n"
        "organisation: 青石镇\n"
        "year:         2015 (from title)\n"
        "period:       2015-01-01 .. 2015-12-31  (line 3)\n"
        "published:    -\n"
        "signed:       2016-03-20  (line 21)\n"
        "declaration:  5 parts, 5 listed  (line 3)\n"
        "  1. 概述\n"
        "  2. 主动公开政府信息情况\n"
        "  3. 依申请公开政府信息情况\n"
        "  4. 因政府信息公开申请行政复议和提起行政诉讼情况\n"
        "  5. 存在的主要问题及改进措施\n"
        "sections:\n"
        "      5  一、概述  [top]\n"
        "      8  二、主动公开政府信息情况  [top]\n"
        "     11  三、依申请公开政府信息情况  [top]\n"
        "     14  四、因政府信息公开申请行政复议和提起行政诉讼情况  [top]\n"
        "     17  五、存在的主要问题及改进措施  [top]\n"
        "tables:\n");
}

}  // namespace reportlint::testing

namespace reportlint::testing {

// The version is written once, in CMake's project(); the test sees the same value.
TEST_CASE("--version and SARIF's tool version are project()'s") {
  RunResult r = RunReportlint("--version");
  CHECK(r.exit_code == 0);
  CHECK(r.out == std::string("reportlint ") + REPORTLINT_PROJECT_VERSION + "\n");
  RunResult sarif = RunReportlint("check --format sarif --fail-on never examples/report-2015.txt");
  auto doc = nlohmann::json::parse(sarif.out);
  CHECK(doc["runs"][0]["tool"]["driver"]["version"] == REPORTLINT_PROJECT_VERSION);
}

}  // namespace reportlint::testing
