// Every output format, end to end: what a CI system reads from `reportlint check`.
// Exact bytes where the format is for machines.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <fstream>
#include <sstream>

#include "checker/output/formats.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {

TEST_CASE("output: only the workbook is a binary format, kept off terminals") {
  for (const std::string& name : OutputFormatNames()) {
    CAPTURE(name);
    CHECK(FindOutputFormat(name)->binary == (name == "xlsx"));
  }
}

TEST_CASE("output: jsonl is a report line then one finding per line, path first; an unreadable "
          "file is its report line with the error") {
  RunResult r = RunReportlint("check --format jsonl examples/report-2015.txt missing.txt");
  CHECK(r.exit_code == 2);
  std::istringstream in(r.out);
  std::vector<nlohmann::ordered_json> lines;
  for (std::string line; std::getline(in, line);)
    lines.push_back(nlohmann::ordered_json::parse(line));
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].dump() ==
        "{\"path\":\"examples/report-2015.txt\",\"type\":\"report\",\"status\":\"findings\","
        "\"organisation\":\"青石镇\",\"year\":2015,\"regulation\":\"2008\","
        "\"packs\":[\"ogi-common\",\"ogi-2008\"],\"errors\":2,\"warnings\":1,\"infos\":0,"
        "\"cannot_assess\":0}");
  CHECK(lines[1].begin().key() == "path");
  CHECK(lines[1]["path"] == "examples/report-2015.txt");
  CHECK(lines[1]["rule"] == "ogi-2008/required-contents");
  CHECK(lines[2]["line"] == 6);
  CHECK(lines[2]["column"] == 47);
  CHECK(lines[3]["evidence"] == nlohmann::ordered_json({{"year", 2014}, {"report_year", 2015}}));
  CHECK(lines[3]["fingerprint"].get<std::string>().size() == 16);
  CHECK(lines[4] == nlohmann::ordered_json({{"path", "missing.txt"},
                                            {"type", "report"},
                                            {"status", "unreadable"},
                                            {"error", "no such file"}}));
}

TEST_CASE("output: github workflow commands, escaped as the Actions runner expects") {
  RunResult r = RunReportlint("check --format github --lang en examples/report-2015.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "::error file=examples/report-2015.txt,line=1,col=1,endLine=1,endColumn=21,"
        "title=ogi-2008/required-contents::missing content required by art. 32 of the 2008 "
        "Regulation: 收费及减免\n"
        "::error file=examples/report-2015.txt,line=6,col=47,endLine=6,endColumn=54,"
        "title=ogi-common/document-number-bracket::document number \"〔20153号\" lacks its "
        "closing bracket (expected 〔year〕number)\n"
        "::warning file=examples/report-2015.txt,line=12,col=1,endLine=12,endColumn=7,"
        "title=ogi-common/other-year-data::this sentence reports data of 2014, but the report "
        "covers 2015\n"
        "1 file checked: 2 errors, 1 warning, 0 infos\n");
}

TEST_CASE("output: junit has a suite per report, totals, unique names, failures by --fail-on") {
  TempDir dir;
  dir.Write("p/pack.yaml",
            "rules:\n  - id: p/xx\n    kind: pattern\n    severity: warning\n    pattern: 'XX'\n"
            "    message: {zh: '占位符“{match}”', en: 'placeholder <{match}> & co'}\n"
            "  - id: p/yy\n    kind: pattern\n    severity: error\n    pattern: 'YY'\n"
            "    message: {zh: '“{match}”', en: 'found {match}'}\n");
  std::string bad = dir.Write("bad.txt", "XX县 YY\n第二行 XX\n");
  std::string other = dir.Write("other.txt", "YY\n");
  std::string clean = dir.Write("clean.txt", "正文\n");
  const std::string args = "--format junit --no-builtin --rules '" + dir.path() +
                           "/p' --lang en '" + bad + "' '" + other + "' '" + clean +
                           "' missing.txt";
  RunResult r = RunReportlint("check " + args);
  CHECK(r.exit_code == 2);
  auto failure = [](const std::string& path, const std::string& at, const std::string& sev,
                    const std::string& msg, const std::string& rule) {
    return "      <failure type=\"" + sev + "\" message=\"" + msg + "\">" + path + ":" + at +
           ": " + sev + ": " + msg + " [" + rule + "]</failure>\n";
  };
  auto out = [](const std::string& path, const std::string& at, const std::string& sev,
                const std::string& msg, const std::string& rule) {
    return "      <system-out>" + path + ":" + at + ": " + sev + ": " + msg + " [" + rule +
           "]</system-out>\n";
  };
  const std::string xx = "placeholder &lt;XX&gt; &amp; co";
  // The default --fail-on error: the warnings are passing cases, the finding in <system-out>.
  CHECK(r.out ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"reportlint\" tests=\"6\" failures=\"2\" errors=\"1\" skipped=\"0\">\n"
        "  <testsuite name=\"" + bad + "\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
        "    <testcase name=\"p/xx at 1:1\" classname=\"" + bad + "\">\n" +
        out(bad, "1:1", "warning", xx, "p/xx") +
        "    </testcase>\n"
        "    <testcase name=\"p/yy at 1:5\" classname=\"" + bad + "\">\n" +
        failure(bad, "1:5", "error", "found YY", "p/yy") +
        "    </testcase>\n"
        "    <testcase name=\"p/xx at 2:5\" classname=\"" + bad + "\">\n" +
        out(bad, "2:5", "warning", xx, "p/xx") +
        "    </testcase>\n"
        "  </testsuite>\n"
        "  <testsuite name=\"" + other + "\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
        "    <testcase name=\"p/yy at 1:1\" classname=\"" + other + "\">\n" +
        failure(other, "1:1", "error", "found YY", "p/yy") +
        "    </testcase>\n"
        "  </testsuite>\n"
        "  <testsuite name=\"" + clean + "\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
        "    <testcase name=\"reportlint\" classname=\"" + clean + "\"/>\n"
        "  </testsuite>\n"
        "  <testsuite name=\"missing.txt\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
        "    <testcase name=\"read\" classname=\"missing.txt\">\n"
        "      <error message=\"no such file\"/>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");

  // --fail-on warning: every finding fails; never: none does.
  RunResult w = RunReportlint("check --fail-on warning " + args);
  CHECK(w.out.find("<testsuites name=\"reportlint\" tests=\"6\" failures=\"4\" errors=\"1\" "
                   "skipped=\"0\">\n") != std::string::npos);
  CHECK(w.out.find("    <testcase name=\"p/xx at 2:5\" classname=\"" + bad + "\">\n" +
                   failure(bad, "2:5", "warning", xx, "p/xx")) != std::string::npos);
  RunResult n = RunReportlint("check --fail-on never " + args);
  CHECK(n.out.find("<testsuites name=\"reportlint\" tests=\"6\" failures=\"0\" errors=\"1\" "
                   "skipped=\"0\">\n") != std::string::npos);
  CHECK(n.out.find("<failure") == std::string::npos);
}

TEST_CASE("output: junit names two findings of one rule at one place apart") {
  TempDir dir;
  // Two rules would not collide; one rule whose pattern is found other at the
  // same start (a whole-report rule reporting two missing items at the title) does.
  dir.Write("p/pack.yaml",
            "rules:\n  - id: p/missing\n    kind: sections\n    check: required\n"
            "    severity: error\n    required:\n      - {name: 甲部分, match: ['甲部分']}\n"
            "      - {name: 乙部分, match: ['乙部分']}\n"
            "    message: {zh: '缺少{missing}', en: 'no {missing}'}\n");
  std::string report = dir.Write("r.txt", "某县2020年政府信息公开工作年度报告\n一、概述\n正文。\n二、其他\n正文。\n");
  RunResult r = RunReportlint("check --format junit --no-builtin --rules '" + dir.path() +
                              "/p' --lang en '" + report + "'");
  CHECK(r.out.find("<testcase name=\"p/missing at 1:1\" ") != std::string::npos);
  CHECK(r.out.find("<testcase name=\"p/missing at 1:1 (2)\" ") != std::string::npos);
  CHECK(r.out.find("<testsuites name=\"reportlint\" tests=\"2\" failures=\"2\" errors=\"0\"") !=
        std::string::npos);
}

TEST_CASE("output: the streamed JSON is exactly one pretty-printed document") {
  RunResult r = RunReportlint(
      "check --format json examples/report-2015.txt missing.txt "
      "examples/custom-pack/reports");
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(r.out);
  CHECK(j.dump(2) + "\n" == r.out);
  CHECK(j["files"].size() == 3);
  CHECK(j["summary"]["unreadable"] == 1);
  RunResult none = RunReportlint(
      "check --format json --no-builtin --rules examples/custom-pack/province "
      "examples/custom-pack/reports/beishan-2020.txt");
  CHECK(nlohmann::ordered_json::parse(none.out).dump(2) + "\n" == none.out);
}

TEST_CASE("output: --output writes the file and keeps the exit code") {
  TempDir dir;
  RunResult r = RunReportlint("check --format sarif --output '" + dir.path() +
                              "/out.sarif' examples/report-2015.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.out == "");
  CHECK(nlohmann::json::parse(dir.Read("out.sarif"))["version"] == "2.1.0");
  RunResult bad = RunReportlint("check --output /nonexistent/dir/out.txt examples/report-2015.txt");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "/nonexistent/dir/out.txt: 错误：无法写入输出文件：文件夹不存在\n");
}

TEST_CASE("output: several files end with a table of findings by rule and severity") {
  RunResult r = RunReportlint(
      "check --lang en --format text examples/report-2015.txt "
      "examples/custom-pack/reports/beishan-2020.txt examples/custom-pack/archive");
  std::string tail = r.out.substr(r.out.find("rule  "));
  CHECK(tail ==
        "rule                                   errors  warnings     infos\n"
        "ogi-2008/required-contents                  1         0         0\n"
        "ogi-common/document-number-bracket          1         0         0\n"
        "ogi-common/other-year-data                  0         1         1\n"
        "ogi-common/publication-deadline             1         0         0\n"
        "province-example/assessment-results         1         0         0\n"
        "total                                       4         1         1\n"
        "3 of 3 files have findings\n"
        "3 files checked: 4 errors, 1 warning, 1 info\n");
}

}  // namespace reportlint::testing

namespace reportlint::testing {

TEST_CASE("output: a file name that is not UTF-8 (GBK from an unpacked zip) never aborts a "
          "format; the JSON stays valid") {
  TempDir dir;
  std::string name = dir.path() + "/gbk_\xb1\xa8\xb8\xe6.txt";  // 报告 in GBK
  {
    std::ifstream in(SourcePath("examples/report-2015.txt"));
    std::ofstream(name) << in.rdbuf();
  }
  for (const std::string& format : OutputFormatNames()) {
    CAPTURE(format);
    RunResult r = RunReportlint("check --no-config --format " + format + " -o '" + dir.path() +
                                "/out' '" + name + "'");
    CHECK(r.exit_code == 1);  // the report's errors, not a crash
  }
  RunResult json = RunReportlint("check --no-config --format json '" + name + "'");
  auto parsed = nlohmann::json::parse(json.out, nullptr, false);
  REQUIRE_FALSE(parsed.is_discarded());
  CHECK(parsed["files"][0]["path"].get<std::string>().find("gbk_\xEF\xBF\xBD") !=
        std::string::npos);
}

}  // namespace reportlint::testing
