// Tests of the HTML reader: the reading text without boilerplate, entities and <br>,
// declared charsets, tables as source cells, locations in the markup, input errors.
#include "checker/ingest/html_reader.h"
#include "checker/ingest/html_nesting.h"

#include <doctest/doctest.h>

#include <unicode/ucnv.h>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

std::unique_ptr<Document> Read(const std::string& html, Error* error = nullptr,
                               const HtmlLimits& limits = {}) {
  Error ignored;
  return ReadHtml("p.html", html, "", error ? error : &ignored, limits);
}

std::string Text(const Document& d) { return U32ToUtf8(d.text()); }

std::string ToGbk(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(n);
  return out;
}

}  // namespace

TEST_CASE("html: the report's text, one line per block, without page furniture") {
  auto d = Read(
      "<html><head><title>站点</title><style>p{}</style></head><body>\n"
      "<div class=\"nav\"><a href=/>首页</a><a href=/a>政务</a><a href=/b>互动</a></div>\n"
      "<h1>某县2021年政府信息公开工作年度报告</h1>\n"
      "<p>&nbsp;本报告&amp;说明<br>第二行 &lt;注&gt;</p><script>var x='<p>no</p>';</script>\n"
      "<p>  多个   空格\n  合并  </p><footer>版权所有</footer>\n"
      "<ul><li><a href=1>链接一</a></li><li><a href=2>链接二</a></li><li><a href=3>链接三</a></li></ul>\n"
      "</body></html>");
  REQUIRE(d != nullptr);
  CHECK(d->format() == SourceFormat::kHtml);
  CHECK(Text(*d) == "某县2021年政府信息公开工作年度报告\n\u00A0本报告&说明\n第二行 <注>\n多个 空格 合并");
  REQUIRE(d->blocks().size() == 3);
  CHECK(d->blocks()[0].kind == BlockKind::kHeading);
  CHECK(d->blocks()[0].level == 1);
}

TEST_CASE("html: every character locates to its place in the markup") {
  std::string html = "<html><body>\n<p>第一段</p>\n  <p>说明&amp;<b>加粗</b>文字</p>\n</body></html>";
  auto d = Read(html);
  REQUIRE(d != nullptr);
  CHECK(Text(*d) == "第一段\n说明&加粗文字");
  Location first = d->Locate(0);
  CHECK(first.line == 2);
  CHECK(first.column == 4);
  size_t amp = d->text().find(U'&');
  CHECK(d->Locate(amp).line == 3);
  CHECK(d->Locate(amp).column == 8);  // the entity "&amp;"
  size_t bold = d->text().find(U"加粗");
  CHECK(d->Locate(bold).column == 16);
  // A span ending at the line end ends right after its last character.
  CHECK(d->Locate(d->text().find(U'\n')).column == 7);
  CHECK(U32ToUtf8(std::u32string(d->Line(3))) == "  <p>说明&amp;<b>加粗</b>文字</p>");
  CHECK(d->source_text().size() > d->text().size());
}

TEST_CASE("html: the charset the page declares, GB2312 or GBK, is honoured") {
  std::string page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                     "charset=gb2312\"></head><body><p>政府信息公开</p></body></html>";
  auto d = Read(ToGbk(page));
  REQUIRE(d != nullptr);
  CHECK(d->encoding() == "GB18030");
  CHECK(Text(*d) == "政府信息公开");
  // A page declaring UTF-8 while written in GBK is still read.
  std::string lying = "<meta charset=\"utf-8\"><p>政府信息公开工作年度报告</p>";
  auto l = Read(ToGbk(lying));
  REQUIRE(l != nullptr);
  CHECK(Text(*l) == "政府信息公开工作年度报告");
}

TEST_CASE("html: a data table becomes source cells with their spans, one line each") {
  auto d = Read(
      "<p>前言</p><table><tr><td rowspan=2>项目</td><td colspan=2>申请人</td></tr>"
      "<tr><th>自然人</th><th>法人<br>组织</th></tr>"
      "<tr><td><p>新收</p></td><td>3</td><td></td></tr></table><p>后记</p>");
  REQUIRE(d != nullptr);
  CHECK(Text(*d) == "前言\n项目\n申请人\n自然人\n法人 组织\n新收\n3\n\n后记");
  REQUIRE(d->tables().size() == 1);
  const SourceTable& t = d->tables()[0];
  CHECK(t.first_line == 1);
  CHECK(t.end_line == 8);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0][0].row_span == 2);
  CHECK(t.rows[0][1].col_span == 2);
  CHECK(t.rows[2][2].line == 7);
}

TEST_CASE("html: a layout table is read as blocks, its nested data table as a table") {
  auto d = Read("<table><tr><td><p>正文第一段</p><table><tr><td>甲</td><td>1</td></tr></table>"
                "<p>正文第二段</p></td></tr></table>");
  REQUIRE(d != nullptr);
  CHECK(Text(*d) == "正文第一段\n甲\n1\n正文第二段");
  CHECK(d->tables().size() == 1);
}

TEST_CASE("html: unreadable pages are input errors, never crashes") {
  Error e;
  CHECK(Read(std::string("\x00\x01\x02<html>", 9), &e) == nullptr);
  CHECK(e.ToString() == "p.html: error: the file is binary, not a text report");
  CHECK(Read("<html><body><img src=a.png><script>x</script></body></html>", &e) == nullptr);
  CHECK(e.message == "the HTML page contains no report text (is it published as images?)");
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "文字";
  CHECK(Read(deep, &e) == nullptr);
  CHECK(e.message == "the HTML page nests elements more than 512 deep; it cannot be read");
  HtmlLimits small;
  small.max_bytes = 100;
  CHECK(Read(std::string(200, 'a'), &e, small) == nullptr);
  CHECK(e.message.find("larger than") != std::string::npos);
  // Broken markup is repaired the way browsers repair it.
  auto broken = Read("<p>未闭合<b>加粗<p>下一段</i></table><td>孤立单元格");
  REQUIRE(broken != nullptr);
  CHECK(Text(*broken) == "未闭合加粗\n下一段孤立单元格");
}

}  // namespace reportlint

namespace reportlint {

TEST_CASE("html: TextIndexAt finds the reading-text character Locate placed in the markup") {
  Error error;
  auto d = ReadHtml("p.html",
                    "<html><body><h1>标题</h1><p>第一段<b>加粗</b>文字</p>"
                    "<table><tr><td><p>14</p></td><td>22</td></tr></table></body></html>",
                    "", &error, HtmlLimits{});
  REQUIRE(d);
  const std::u32string& text = d->text();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == U'\n') continue;  // a break the reader inserted has no place of its own
    CAPTURE(i);
    Location at = d->Locate(i);
    CHECK(d->TextIndexAt(at.line, at.column) == i);
  }
  CHECK(d->TextIndexAt(0, 0) == 0);
  CHECK(d->TextIndexAt(999, 1) == text.size());
}

}  // namespace reportlint

namespace reportlint {

TEST_CASE("html: tags are counted before the parse; optional end tags and void elements do "
          "not nest") {
  TagCount t = CountTags(U"<html><body><div><p>a<p>b<br><img src='x>y'><div/></div>"
                         U"<!-- <div><div> --><script>if (a<b) '<div>'</script>"
                         U"<table><tr><td><font>x</font></td></tr></table></body></html>");
  CHECK(t.max_depth == 4);  // div > p, closed by </div>; table > tr > td > font
  // Paragraphs close each other and what is open in them: no nesting.
  std::u32string flat;
  for (int i = 0; i < 3000; ++i) flat += U"<p><span>text";
  CHECK(CountTags(flat).max_depth == 2);
  std::u32string cells = U"<table>";
  for (int i = 0; i < 3000; ++i) cells += U"<tr><td>1<td>2";
  CHECK(CountTags(cells).max_depth == 3);
  CHECK(t.elements == 13);
  std::u32string deep;
  for (int i = 0; i < 3000; ++i) deep += U"<div>";
  CHECK(CountTags(deep).max_depth == 3000);
}

TEST_CASE("html: a page nested or sized past the limits is refused before gumbo parses it") {
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "x";
  Error error;
  CHECK_FALSE(ReadHtml("deep.html", deep, "", &error, HtmlLimits{}));
  CHECK(error.message == "the HTML page nests elements more than 512 deep; it cannot be read");
  HtmlLimits few;
  few.max_elements = 10;
  std::string many = "<html><body>";
  for (int i = 0; i < 11; ++i) many += "<b>x</b>";
  CHECK_FALSE(ReadHtml("many.html", many, "", &error, few));
  CHECK(error.message ==
        "the HTML page has more than 10 elements, the limit; it cannot be read");
}

}  // namespace reportlint
