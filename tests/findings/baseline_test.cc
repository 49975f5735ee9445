// Baselines: findings recorded by fingerprint survive lines inserted above
// them; only new findings are reported; repeated identical findings are counted.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "checker/findings/fingerprint.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

const std::string kHead =
    "北山县2016年政府信息公开工作年度报告\n"
    "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n";
const std::string kOld = "2015年度全县共受理申请3件。\nXX单位负责。\nXX单位负责。\n";

}  // namespace

TEST_CASE("fingerprint: no line numbers in it; rule, line text, span and evidence are") {
  std::string ev = R"({"year":2015})";
  std::string a = Fingerprint("r/x", U"  2015年度受理3件。", U"2015年度", ev);
  CHECK(a.size() == 16);
  CHECK(a == Fingerprint("r/x", U"2015年度受理3件。", U"2015年度", ev));  // trimmed
  CHECK(a != Fingerprint("r/y", U"2015年度受理3件。", U"2015年度", ev));
  CHECK(a != Fingerprint("r/x", U"2015年度受理4件。", U"2015年度", ev));
  CHECK(a != Fingerprint("r/x", U"2015年度受理3件。", U"2015年度", R"({"year":2014})"));
}

TEST_CASE("fingerprint: the value baselines hold (FNV-1a of the parts) in one step or two") {
  std::string ev = R"({"year":2015})";
  // Computed outside the code: a change here invalidates every baseline written.
  CHECK(Fingerprint("r/x", U"2015年度受理3件。", U"2015年度", ev) == "88f2c2423904a3ea");
  LineFingerprint line("r/x", U" 2015年度受理3件。 ");
  CHECK(line.Finish(U"2015年度", ev) == "88f2c2423904a3ea");
  CHECK(line.Finish(U"3件", ev) == Fingerprint("r/x", U"2015年度受理3件。", U"3件", ev));
}

TEST_CASE("baseline: write today's findings, then report only new ones after lines move") {
  TempDir dir;
  std::string report = dir.Write("reports/r.txt", kHead + kOld);
  std::string base = dir.path() + "/baseline.json";
  RunResult write = RunReportlint("check --no-builtin --rules rules/ogi-common --write-baseline '" +
                                  base + "' '" + report + "'");
  CHECK(write.exit_code == 0);
  CHECK(write.err == "基线：3 个发现已记入 " + base + "\n");
  nlohmann::json b = nlohmann::json::parse(dir.Read("baseline.json"));
  CHECK(b["schema"] == "reportlint-baseline/1");
  REQUIRE(b["findings"].size() == 3);
  CHECK(b["findings"][0]["path"] == "reports/r.txt");  // relative to the baseline's folder

  // Two lines inserted at the top, one more placeholder and a new year: only the
  // new ones are reported, whatever the line numbers now are.
  dir.Write("reports/r.txt", kHead + "\n\n" + kOld + "XX单位负责。\n2014年度全县共受理申请2件。\n");
  RunResult r = RunReportlint("check --lang en --no-builtin --rules rules/ogi-common --baseline '" +
                              base + "' --format jsonl '" + report + "'");
  CHECK(r.exit_code == 1);
  int lines = 0;
  for (char c : r.out) lines += c == '\n';
  CHECK(lines == 3);  // the report line, then the two new findings
  CHECK(r.out.starts_with("{\"path\":\"" + report +
                          "\",\"type\":\"report\",\"status\":\"findings\""));
  CHECK(r.out.find(
            "\"rule\":\"ogi-common/"
            "template-placeholder\",\"kind\":\"pattern\",\"severity\":\"error\",\"line\":8,") !=
        std::string::npos);
  CHECK(r.out.find("\"line\":9,") != std::string::npos);
  RunResult text =
      RunReportlint("check --lang en --no-builtin --rules rules/ogi-common --baseline '" + base +
                    "' '" + report + "'");
  CHECK(text.out.find("; 3 in the baseline\n") != std::string::npos);
}

TEST_CASE("baseline: a finding about the whole report survives a line above and a new title") {
  TempDir dir;
  std::ifstream in(SourcePath("examples/report-2015.txt"), std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string report = dir.Write("r.txt", text);
  std::string base = dir.path() + "/baseline.json";
  // A missing content at the title (ogi-2008/required-contents), a wrong
  // bracket on line 6, another year's data on line 12.
  RunResult write = RunReportlint("check --write-baseline '" + base + "' '" + report + "'");
  CHECK(write.exit_code == 0);
  CHECK(write.err == "基线：3 个发现已记入 " + base + "\n");

  auto edit = [&](const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  // A line above the title, the title edited, the sentence on line 12 edited:
  // only that sentence's finding is new.
  edit("青石镇2015年政府信息公开工作年度报告", "（修订稿）\n青石镇人民政府2015年政府信息公开工作年度报告");
  edit("2014年度全镇共受理政府信息公开申请12件", "2014年度全镇共受理政府信息公开申请13件");
  dir.Write("r.txt", text);
  RunResult r = RunReportlint("check --format json --baseline '" + base + "' '" + report + "'");
  nlohmann::json doc = nlohmann::json::parse(r.out);
  const auto& findings = doc["files"][0]["findings"];
  REQUIRE(findings.size() == 1);
  CHECK(findings[0]["rule"] == "ogi-common/other-year-data");
  CHECK(findings[0]["line"] == 13);
  CHECK(doc["files"][0]["baselined"] == 2);

  // Without the baseline the whole-report finding is still there, at the new title.
  RunResult all = RunReportlint("check --format json '" + report + "'");
  nlohmann::json again = nlohmann::json::parse(all.out);
  CHECK(again["files"][0]["findings"][0]["rule"] == "ogi-2008/required-contents");
  CHECK(again["files"][0]["findings"][0]["line"] == 2);
}

TEST_CASE("baseline: a broken baseline file is an error; the two flags exclude each other") {
  TempDir dir;
  std::string bad = dir.Write("b.json", "{\"findings\": []}");
  RunResult r = RunReportlint("check --baseline '" + bad + "' examples/report-2015.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err == bad +
                     ": error: not a reportlint baseline (expected JSON with \"schema\": "
                     "\"reportlint-baseline/1\"; write one with --write-baseline)\n");
  RunResult both = RunReportlint("check --baseline a --write-baseline b examples/report-2015.txt");
  CHECK(both.exit_code == 2);
}

}  // namespace reportlint::testing
