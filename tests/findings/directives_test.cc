// Inline suppression directives: where they are recognised, what they silence,
// and the findings about directives that are malformed or silence nothing.
#include "checker/facts/directives.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

std::string Dump(const std::string& text) {
  Document doc("t.md", SourceFormat::kMarkdown, "UTF-8", Utf8ToU32(text));
  std::string out;
  for (const Directive& d : FindDirectives(doc)) {
    out += std::to_string(d.line) + ":" + std::to_string(d.column) + "-" +
           std::to_string(d.end_column) + (d.scope == Directive::Scope::kFile ? " file" : " next") +
           " target=" + std::to_string(d.target_line);
    for (const std::string& r : d.rules) out += " " + r;
    out += " | " + d.reason + (d.problem.empty() ? "" : " ! " + d.problem) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("directives: HTML/Markdown comments, # and // lines; the next non-blank line") {
  CHECK(Dump("<!-- reportlint-disable-next-line a/b, c/d -- 引用上年数据 -->\n\n正文\n") ==
        "1:6-53 next target=3 a/b c/d | 引用上年数据\n");
  CHECK(Dump("# reportlint-disable-file a/b -- 历史报告\n正文\n") ==
        "1:3-38 file target=0 a/b | 历史报告\n");
  CHECK(Dump("  // reportlint-disable-next-line a/b -- why\n"
             "<!-- reportlint-disable-next-line c/d -- why -->\nx\n") ==
        "1:6-45 next target=3 a/b | why\n2:6-45 next target=3 c/d | why\n");
  // Not in a comment: a report that merely mentions the syntax.
  CHECK(Dump("正文提到 reportlint-disable-next-line a/b -- x\n") == "");
  CHECK(Dump("# reportlint-disable a/b -- x\n") ==
        "1:3-30 next target=0 |  ! unknown directive 'reportlint-disable' (use "
        "reportlint-disable-next-line or reportlint-disable-file)\n");
  CHECK(Dump("# reportlint-disable-next-line a/b\nx\n") ==
        "1:3-35 next target=2 a/b |  ! the directive gives no reason (write: RULE -- why it does "
        "not apply)\n");
  CHECK(Dump("# reportlint-disable-next-line -- reason\nx\n") ==
        "1:3-41 next target=2 | reason ! the directive names no rule\n");
}

TEST_CASE("directives: silence findings, report unused and invalid ones, count the silenced") {
  TempDir dir;
  std::string report = dir.Write(
      "r.md",
      "# 北山县2016年政府信息公开工作年度报告\n\n"
      "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n\n"
      "<!-- reportlint-disable-next-line ogi-common/other-year-data -- 与上年对比 -->\n"
      "2015年度全县共受理申请3件。\n\n"
      "2014年度全县共受理申请2件。\n\n"
      "<!-- reportlint-disable-next-line ogi-common/template-placeholder -- 没有占位符 -->\n"
      "全年受理申请5件。\n\n"
      "<!-- reportlint-disable-file ogi-common/other-year-dat -- 拼错 -->\n");
  RunResult r = RunReportlint(
      "check --no-builtin --rules rules/ogi-common --lang en --format jsonl '" + report + "'");
  CHECK(r.exit_code == 1);
  std::string p = "{\"path\":\"" + report + "\",";
  auto has = [&](const std::string& s) { return r.out.find(s) != std::string::npos; };
  CHECK_FALSE(has("\"line\":6,"));  // silenced
  CHECK(has(p + "\"rule\":\"ogi-common/"
                "other-year-data\",\"kind\":\"period\",\"severity\":\"warning\",\"line\":8,"));
  CHECK(has(
      "\"rule\":\"reportlint/unused-suppression\",\"kind\":\"directive\",\"severity\":\"warning\","
      "\"line\":10,\"column\":6"));
  CHECK(has(
      "\"rule\":\"reportlint/invalid-suppression\",\"kind\":\"directive\",\"severity\":\"error\","
      "\"line\":13,\"column\":6"));
  CHECK(
      has("no loaded rule is called 'ogi-common/other-year-dat' (did you mean "
          "'ogi-common/other-year-data'?)"));
  RunResult text =
      RunReportlint("check --no-builtin --rules rules/ogi-common --lang en '" + report + "'");
  CHECK(text.out.find("1 file checked: 1 error, 2 warnings, 0 infos; 1 suppressed\n") !=
        std::string::npos);
  // The directive checks are rules like the others: configuration can turn them off.
  dir.Write(
      ".reportlint.yaml",
      "rules: {reportlint/unused-suppression: off, reportlint/invalid-suppression: warning}\n");
  RunResult configured =
      RunReportlint("check --no-builtin --rules rules/ogi-common --lang en '" + report + "'");
  CHECK(configured.exit_code == 0);
  CHECK(configured.out.find("1 file checked: 0 errors, 2 warnings, 0 infos; 1 suppressed\n") !=
        std::string::npos);
}

}  // namespace reportlint::testing
