// The configuration file end to end: discovery from each report, strict keys,
// per-rule settings, path overrides, exit policy, and `reportlint config`.
#include <doctest/doctest.h>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

// A 2016 report whose only findings are two warnings of other-year data.
const char* kReport =
    "北山县2016年政府信息公开工作年度报告\n"
    "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n"
    "一、主动公开政府信息情况\n全年主动公开政府信息120条。\n"
    "二、依申请公开政府信息情况\n全年受理申请5件。\n"
    "三、政府信息公开的收费及减免情况\n未收取费用。\n"
    "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n未发生。\n"
    "五、存在的主要问题及改进情况\n公开形式较为单一。\n"
    "2015年度全县共受理申请3件。\n2014年度全县共受理申请2件。\n";

}  // namespace

TEST_CASE("config: unknown keys and bad values are errors with file:line:col") {
  TempDir dir;
  dir.Write(".reportlint.yaml",
            "packs: [ogi-common]\n"
            "fail_om: warning\n"
            "rules:\n"
            "  ogi-common/other-year-data: loud\n"
            "overrides:\n"
            "  - files: ['a/**']\n"
            "    rule: {}\n");
  std::string report = dir.Write("r.txt", kReport);
  RunResult r = RunReportlint("check '" + report + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.out == "");
  std::string cfg = dir.path() + "/.reportlint.yaml";
  CHECK(r.err == cfg + ":2:1: error: unknown key 'fail_om' (did you mean 'fail_on'?)\n" + cfg +
                     ":4:31: error: the setting of 'ogi-common/other-year-data' must be off, "
                     "error, warning or info\n" +
                     cfg + ":7:5: error: unknown key 'rule' (did you mean 'rules'?)\n");
}

TEST_CASE("config: a rule id that no pack defines is an error at its position") {
  TempDir dir;
  dir.Write(".reportlint.yaml", "rules:\n  ogi-common/other-year: off\n");
  std::string report = dir.Write("r.txt", kReport);
  RunResult r = RunReportlint("check '" + report + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err == dir.path() +
                     "/.reportlint.yaml:2:3: error: no loaded pack defines a rule "
                     "'ogi-common/other-year' (did you mean 'ogi-common/other-year-data'?)\n");
}

TEST_CASE("config: found by walking up from each report; the nearest wins") {
  TempDir dir;
  dir.Write(".reportlint.yaml", "rules:\n  ogi-common/other-year-data: error\n");
  // The two reports are one: turned off for the quiet folder, the duplicate
  // check leaves its report out of the run's cross-report checks too.
  dir.Write("quiet/.reportlint.yaml",
            "rules:\n  ogi-common/other-year-data: off\n  ogi-corpus/duplicate-report: off\n");
  std::string loud = dir.Write("loud/deep/r.txt", kReport);
  std::string quiet = dir.Write("quiet/deep/r.txt", kReport);
  RunResult r = RunReportlint("check --lang en --format jsonl '" + loud + "' '" + quiet + "'");
  CHECK(r.exit_code == 1);  // errors now
  CHECK(r.out.find("\"severity\":\"error\"") != std::string::npos);
  // Nothing from the quiet folder but its report line, clean.
  CHECK(r.out.find("{\"path\":\"" + quiet + "\",\"type\":\"report\",\"status\":\"clean\"") !=
        std::string::npos);
  CHECK(r.out.find("{\"path\":\"" + quiet + "\",\"rule\"") == std::string::npos);
  // --no-config ignores both; --config uses one file for every report.
  RunResult none = RunReportlint("check --no-config --format jsonl '" + loud + "' '" + quiet + "'");
  CHECK(none.exit_code == 0);
  CHECK(none.out.find(quiet) != std::string::npos);
  RunResult one = RunReportlint("check --config '" + dir.path() + "/quiet/.reportlint.yaml' '" +
                                loud + "' '" + quiet + "'");
  CHECK(one.exit_code == 0);
  CHECK(one.out == "已检查 2 个文件：0 个错误，0 个警告，0 个提示\n");
}

TEST_CASE("config: overrides for path globs, excludes, fail_on and max_warnings") {
  TempDir dir;
  dir.Write(".reportlint.yaml",
            "fail_on: warning\n"
            "exclude: ['drafts/**']\n"
            "overrides:\n"
            "  - files: ['archive/**']\n"
            "    rules: {ogi-common/other-year-data: info}\n");
  dir.Write("archive/2016.txt", kReport);
  dir.Write("drafts/2016.txt", "not a report at all, XX\n");
  RunResult archive = RunReportlint("check --lang en '" + dir.path() + "'");
  CHECK(archive.exit_code == 0);  // only infos: below fail_on warning
  CHECK(archive.out.find("1 file checked: 0 errors, 0 warnings, 2 infos") != std::string::npos);
  std::string current = dir.Write("current/2016.txt", kReport);
  RunResult current_run = RunReportlint("check '" + current + "'");
  CHECK(current_run.exit_code == 1);  // warnings fail (fail_on: warning)
  CHECK(RunReportlint("check --fail-on error '" + current + "'").exit_code == 0);  // flag wins
  CHECK(RunReportlint("check --fail-on never --max-warnings 1 '" + current + "'").exit_code == 1);
  CHECK(RunReportlint("check --fail-on never --max-warnings 2 '" + current + "'").exit_code == 0);
  // A file named on the command line is checked even when excluded.
  RunResult named = RunReportlint("check --lang en '" + dir.path() + "/drafts/2016.txt'");
  CHECK(named.out.find("template placeholder") != std::string::npos);
}

TEST_CASE("config: `reportlint config FILE` prints the effective configuration") {
  TempDir dir;
  dir.Write(".reportlint.yaml",
            "packs: [ogi-common]\n"
            "lang: en\n"
            "rules:\n  ogi-common/missing-attachment: off\n"
            "overrides:\n"
            "  - files: ['archive/**']\n"
            "    rules: {ogi-common/other-year-data: info}\n");
  std::string report = dir.Write("archive/r.txt", kReport);
  RunResult c = RunReportlint("config '" + report + "'");
  CHECK(c.exit_code == 0);
  CHECK(c.out.rfind("# configuration file: " + dir.path() +
                        "/.reportlint.yaml\n"
                        "packs: [ogi-common]\n"
                        "lang: en\n"
                        "fail_on: error\n"
                        "max_warnings: null\n"
                        "baseline: null\n"
                        "hierarchy: null\n"
                        "exclude: []\n"
                        "rules:\n"
                        "  ogi-common/missing-attachment: off\n"
                        "overrides:\n"
                        "  - files: [archive/**]\n"
                        "    rules:\n"
                        "      ogi-common/other-year-data: info\n"
                        "# rules in force for " +
                        report +
                        " (severity after configuration)\n"
                        "effective_rules:\n",
                    0) == 0);
  CHECK(c.out.find("  ogi-common/other-year-data:          info  # overrides\n") !=
        std::string::npos);
  CHECK(c.out.find("  ogi-common/missing-attachment:       off  # rules\n") != std::string::npos);
  CHECK(c.out.find("ogi-2008/") == std::string::npos);  // only the packs listed
  RunResult defaults = RunReportlint("config --no-config");
  CHECK(defaults.out.rfind(
            "# configuration file: none (defaults)\npacks: [(every built-in pack)]\n", 0) == 0);
}

}  // namespace reportlint::testing
