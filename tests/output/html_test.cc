// The HTML page as a user's script reads it: one element per finding with its
// rule, severity and line; the wrong table cells marked; nothing from a network.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "checker/output/html_escape.h"
#include "checker/output/html_marks.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

int Count(const std::string& text, const std::string& pattern) {
  std::regex re(pattern);
  return static_cast<int>(std::distance(std::sregex_iterator(text.begin(), text.end(), re),
                                        std::sregex_iterator()));
}

std::vector<std::string> All(const std::string& text, const std::string& pattern) {
  std::regex re(pattern);
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

}  // namespace

TEST_CASE("html: each altered Table B cell is marked with the computed value, in every format") {
  for (const char* example : {"examples/report-2021-tables-errors.docx",
                              "examples/report-2021-tables-errors.html",
                              "examples/report-2021-tables-errors.txt"}) {
    CAPTURE(example);
    RunResult page = RunReportlint(std::string("check --no-config --format html ") + example);
    CHECK(page.exit_code == 1);
    RunResult json = RunReportlint(std::string("check --no-config --format json ") + example);
    auto findings = nlohmann::json::parse(json.out)["files"][0]["findings"];
    REQUIRE(findings.size() == 2);
    // One element per finding, carrying what scripts select by, in file order.
    CHECK(Count(page.out, "data-rule=\"") == 2);
    std::vector<std::string> lines = All(page.out, "data-line=\"([0-9]+)\"");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == std::to_string(findings[0]["line"].get<int>()));
    CHECK(lines[1] == std::to_string(findings[1]["line"].get<int>()));
    CHECK(Count(page.out, "data-rule=\"ogi-2021-tables/table-b-identities\" "
                          "data-severity=\"error\"") == 2);
    // Both cells drawn in the grid, marked, with what the identity computes.
    CHECK(Count(page.out, "<td class=\"bad sev-error\"[^>]*>") == 2);
    CHECK(Count(page.out, "class=\"computed\"[^>]*>计算得 16<") == 1);
    CHECK(Count(page.out, "class=\"computed\"[^>]*>计算得 24<") == 1);
    // The detail lists the identity's parts, each linked to its cell.
    CHECK(page.out.find("<th>分项</th><td>予以公开 × 自然人：<a href=\"#") != std::string::npos);
    for (const std::string& anchor : All(page.out, "<a href=\"#(r[0-9a-f]+-f[0-9]+-p[0-9]+)\"")) {
      CHECK(page.out.find("id=\"" + anchor + "\"") != std::string::npos);
    }
  }
}

TEST_CASE("html: self-contained, Chinese by default, English with --lang en") {
  RunResult zh = RunReportlint("check --no-config --format html examples/report-2015.txt");
  CHECK(zh.exit_code == 1);
  CHECK(zh.out.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(zh.out.find("</html>\n") == zh.out.size() - 8);
  // No request to any network: no external script, style, image or font.
  CHECK(Count(zh.out, "(src|href)=\"(https?:)?//") == 0);
  CHECK(Count(zh.out, "<link ") == 0);
  CHECK(zh.out.find("<h1>reportlint 检查结果</h1>") != std::string::npos);
  CHECK(zh.out.find("已检查 1 个文件：2 个错误，1 个警告，0 个提示") != std::string::npos);
  RunResult en = RunReportlint("check --no-config --lang en --format html examples/report-2015.txt");
  CHECK(en.out.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.out.find("<h3>Findings（3）</h3>") != std::string::npos);
  CHECK(en.out.find("Regulation on Open Government Information (2008)") != std::string::npos);
  CHECK(Count(en.out, "data-rule=\"") == 3);
}

TEST_CASE("html: a missing section is shown at the top and in the outline, not on the title") {
  RunResult r = RunReportlint("check --no-config --format html examples/report-2015.txt");
  size_t whole = r.out.find("<section class=\"whole\"><h3>关于整篇报告</h3>");
  size_t text = r.out.find("<div class=\"text\">");
  REQUIRE(whole != std::string::npos);
  REQUIRE(text != std::string::npos);
  CHECK(whole < text);
  size_t card = r.out.find("data-rule=\"ogi-2008/required-contents\"");
  CHECK(card > whole);
  CHECK(card < text);
  CHECK(Count(r.out, "<li class=\"missing\"><a [^>]*>缺少：收费及减免</a></li>") == 1);
  // The title line itself carries no mark.
  CHECK(Count(r.out, "<p id=\"r[0-9a-f]+-l1\">青石镇2015年政府信息公开工作年度报告</p>") == 1);
}

TEST_CASE("html: a batch has a sortable index; an unreadable file says why; markup is escaped") {
  TempDir dir;
  std::string hostile = dir.Write("x<b>.txt",
                                  "<script>alert(1)</script>2021年政府信息公开工作年度报告\n"
                                  "本报告统计期限为2021年1月1日至2021年12月31日。\n");
  RunResult r = RunReportlint("check --no-config --format html examples/report-2015.txt '" +
                              hostile + "' " + dir.path() + "/absent.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("<nav id=\"index\">") != std::string::npos);
  CHECK(Count(r.out, "<tr><td><a href=\"#r[0-9a-f]+\">") == 3);
  CHECK(r.out.find("<script>alert(1)") == std::string::npos);
  CHECK(r.out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(r.out.find("x&lt;b&gt;.txt") != std::string::npos);
  CHECK(r.out.find("<p class=\"unreadable\">无法读取：") != std::string::npos);
  // Ids are unique on the page.
  std::vector<std::string> ids = All(r.out, " id=\"([^\"]+)\"");
  std::set<std::string> unique(ids.begin(), ids.end());
  CHECK(unique.size() == ids.size());
}

TEST_CASE("html marks: overlapping spans share a mark, each finding gets one badge") {
  Finding a, b, empty;
  a.rule_id = "p/a";
  a.severity = Severity::kWarning;
  b.rule_id = "p/b";
  b.severity = Severity::kError;
  empty.rule_id = "p/empty";
  std::u32string text = U"abcdef\nxy";
  std::vector<MarkedFinding> marked = {{&a, 1, 4, "fa", 1, {}, true},
                                       {&b, 2, 6, "fb", 2, {}, true},
                                       {&empty, 6, 6, "fe", 3, {}, true}};
  FindingMarks marks(text, marked);
  std::string out;
  marks.Emit(0, 6, &out);
  CHECK(Count(out, "data-rule=\"p/a\"") == 1);
  CHECK(Count(out, "data-rule=\"p/b\"") == 1);
  CHECK(Count(out, "data-rule=\"p/empty\"") == 1);  // an empty span at the line end
  CHECK(out.find("<mark class=\"hl sev-warning\" data-for=\"fa\">b</mark>") != std::string::npos);
  CHECK(out.find("<mark class=\"hl sev-error\" data-for=\"fa fb\">cd</mark>") != std::string::npos);
  CHECK(out.find("<mark class=\"hl sev-error\" data-for=\"fb\">ef</mark>") != std::string::npos);
  CHECK(marks.Unplaced().empty());
  std::string again;
  marks.Emit(0, 6, &again);
  CHECK(Count(again, "data-rule=") == 0);  // a badge is written once
}

TEST_CASE("html escape: markup, quotes and control characters never pass") {
  CHECK(HtmlEscape("<a href=\"x\">'&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(HtmlEscape(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
  CHECK(HtmlEscape("表格\t2\n") == "表格\t2\n");
}

}  // namespace reportlint::testing
