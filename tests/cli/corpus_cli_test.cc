// End-to-end: a run over several reports with a hierarchy, as a supervising office
// runs it — the hierarchy from the flag or the configuration, its errors, the exit code.
#include <doctest/doctest.h>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

std::string Report(const std::string& org) {
  return org + "2016年政府信息公开工作年度报告\n"
               "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n"
               "一、主动公开政府信息情况\n全年主动公开政府信息120条。\n";
}

const char* kHierarchy =
    "bodies:\n"
    "  - organisation: 北山县\n"
    "  - organisation: 东乡\n"
    "    parent: 北山县\n";

}  // namespace

TEST_CASE("check --hierarchy: a body without a report is an error at its line") {
  TempDir dir;
  dir.Write("regions.yaml", kHierarchy);
  std::string a = dir.Write("reports/a.txt", Report("北山县"));
  RunResult run = RunReportlint("check --no-config --lang en --format jsonl --hierarchy '" +
                                dir.path() + "/regions.yaml' '" + a + "'");
  CHECK(run.exit_code == 1);  // missing-report is an error
  CHECK(run.out.find("{\"path\":\"" + dir.path() +
                     "/regions.yaml\",\"rule\":\"ogi-corpus/missing-report\",\"kind\":\"coverage\","
                     "\"severity\":\"error\",\"line\":3,\"column\":19,") != std::string::npos);
  // With its report, nothing is missing.
  dir.Write("reports/b.txt", Report("东乡人民政府"));
  RunResult both = RunReportlint("check --no-config --format jsonl --hierarchy '" + dir.path() +
                                 "/regions.yaml' '" + dir.path() + "/reports'");
  // The run went through (both reports have their line; their own findings
  // make it exit 1), and nothing is said across them.
  CHECK(both.err.empty());
  CHECK(both.out.find("{\"path\":\"" + dir.path() + "/reports/a.txt\",\"type\":\"report\"") !=
        std::string::npos);
  CHECK(both.out.find("{\"path\":\"" + dir.path() + "/reports/b.txt\",\"type\":\"report\"") !=
        std::string::npos);
  CHECK(both.out.find("ogi-corpus/") == std::string::npos);
}

TEST_CASE("check: the hierarchy named in .reportlint.yaml, relative to it") {
  TempDir dir;
  dir.Write("office/regions.yaml", kHierarchy);
  dir.Write("office/.reportlint.yaml", "hierarchy: regions.yaml\n");
  dir.Write("office/reports/a.txt", Report("北山县"));
  RunResult r = RunReportlint("check --lang en '" + dir.path() + "/office/reports'");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("across reports:\n" + dir.path() +
                   "/office/regions.yaml:3:19: error: \"东乡\" of the hierarchy has no report for "
                   "2016") != std::string::npos);
}

TEST_CASE("check --hierarchy: a broken hierarchy stops the run with file:line:col") {
  TempDir dir;
  dir.Write("regions.yaml", "bodies:\n  - organisation: 东乡\n    parent: 北山\n");
  std::string a = dir.Write("a.txt", Report("北山县"));
  RunResult r = RunReportlint("check --no-config --hierarchy '" + dir.path() + "/regions.yaml' '" +
                              a + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == dir.path() + "/regions.yaml:3:13: error: the parent '北山' is not a body of this file\n");
  RunResult missing = RunReportlint("check --no-config --hierarchy '" + dir.path() + "/none.csv' '" +
                                    a + "'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == dir.path() + "/none.csv: error: cannot read the hierarchy file: no such file\n");
}

TEST_CASE("check: a directive in a report silences a cross-report finding there, judged after the run") {
  TempDir dir;
  dir.Write("r/a.txt", Report("北山县"));
  const std::string directive =
      "# reportlint-disable-file ogi-corpus/duplicate-report -- 同一报告的两种格式\n";
  dir.Write("r/b.txt", directive + Report("北山县人民政府"));  // the later: the finding's report
  RunResult r = RunReportlint("check --no-config --format jsonl '" + dir.path() + "/r'");
  CHECK(r.out.find("ogi-corpus/duplicate-report\",\"kind\":\"coverage") == std::string::npos);
  CHECK(r.out.find("reportlint/unused-suppression") == std::string::npos);
  // In the other report it silences nothing, and says so.
  dir.Write("r/a.txt", directive + Report("北山县"));
  dir.Write("r/b.txt", Report("北山县人民政府"));
  RunResult moved = RunReportlint("check --no-config --format jsonl '" + dir.path() + "/r'");
  CHECK(moved.out.find("{\"path\":\"" + dir.path() +
                       "/r/a.txt\",\"rule\":\"reportlint/unused-suppression\",") !=
        std::string::npos);
  CHECK(moved.out.find("{\"path\":\"" + dir.path() +
                       "/r/b.txt\",\"rule\":\"ogi-corpus/duplicate-report\",") !=
        std::string::npos);
}


TEST_CASE("check --hierarchy: a broken hierarchy is reported once, whatever the configurations") {
  TempDir dir;
  dir.Write("regions.yaml", "bodies:\n  - organisation: 东乡\n    parent: 北山\n");
  dir.Write("a/.reportlint.yaml", "lang: en\n");
  dir.Write("b/.reportlint.yaml", "lang: en\n");
  std::string a = dir.Write("a/a.txt", Report("北山县"));
  std::string b = dir.Write("b/b.txt", Report("东乡"));
  RunResult r = RunReportlint("check --hierarchy '" + dir.path() + "/regions.yaml' '" + a + "' '" +
                              b + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == dir.path() + "/regions.yaml:3:13: error: the parent '北山' is not a body of this file\n");
}


TEST_CASE("rules --explain quotes a cross-report rule's fixture lines, in hierarchy files too") {
  RunResult r = RunReportlint("rules --explain ogi-corpus/missing-report");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("  flags:  rules/ogi-corpus/tests/coverage/hierarchy.yaml:7:   - organisation: "
                   "西区人民政府\n") != std::string::npos);
}


TEST_CASE("check --baseline: a cross-report finding stays known when the other report is edited") {
  TempDir dir;
  dir.Write("r/a.txt", Report("北山县"));
  dir.Write("r/b.txt", Report("北山县人民政府"));  // the same body and year: a duplicate
  std::string base = dir.path() + "/base.json";
  RunResult write = RunReportlint("check --no-config --write-baseline '" + base + "' '" +
                                  dir.path() + "/r'");
  REQUIRE(write.exit_code == 0);
  // Lines above a.txt's title move the line the finding names (other_line).
  dir.Write("r/a.txt", "\n\n" + Report("北山县"));
  RunResult again = RunReportlint("check --no-config --format jsonl --baseline '" + base + "' '" +
                                  dir.path() + "/r'");
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("ogi-corpus/duplicate-report") == std::string::npos);
  RunResult without = RunReportlint("check --no-config --format jsonl '" + dir.path() + "/r'");
  CHECK(without.out.find("\"rule\":\"ogi-corpus/duplicate-report\"") != std::string::npos);
}

}  // namespace reportlint::testing
