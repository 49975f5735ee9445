// The limits a report meets before any work is spent on it (docs/limits.md): each
// is an input error (exit 2) that names the file, the limit and what was found.
#include <doctest/doctest.h>

#include <string>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {

TEST_CASE("limits: a line over 1,048,576 characters is refused with its line number") {
  TempDir dir;
  std::string line;
  for (int i = 0; i < (1 << 20) + 5; ++i) line += "一";
  std::string report = dir.Write("long.txt", "北山县2016年政府信息公开工作年度报告\n" + line + "\n");
  RunResult r = RunReportlint("check '" + report + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(report + ":2: 错误：这一行有 1048581 个字符，超过每行 1048576 个字符的上限") == 0);
  RunResult en = RunReportlint("check --lang en '" + report + "'");
  CHECK(en.err.find(report + ":2: error: the line has 1048581 characters, more than the limit of "
                             "1048576 per line") == 0);
}

TEST_CASE("limits: more than 10,000 findings in one report is refused, not printed") {
  TempDir dir;
  std::string text = "北山县2016年政府信息公开工作年度报告\n";
  for (int i = 0; i < 10010; ++i) text += "2015年度受理申请3件。\n";  // a wrong year each
  std::string report = dir.Write("many.txt", text);
  RunResult r = RunReportlint("check --format jsonl '" + report + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(report + ": 错误：发现 ") == 0);
  CHECK(r.err.find("超过每份报告 10000 个的上限") != std::string::npos);
  CHECK(r.out.find("\"rule\"") == std::string::npos);  // no finding listed
  // Below the limit the findings are all there.
  std::string few = dir.Write("few.txt", text.substr(0, text.find('\n') + 1) +
                                             "2015年度受理申请3件。\n");
  CHECK(RunReportlint("check '" + few + "'").exit_code == 1);
}

}  // namespace reportlint::testing
