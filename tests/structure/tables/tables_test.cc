// Tests of tables as grids: spans expanded, header rows and label columns, cells
// read with the number model; Markdown pipe tables; flattened plain-text tables;
// label matching.
#include "checker/structure/tables/tables.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "checker/facts/analysis.h"
#include "checker/ingest/html_reader.h"
#include "checker/ingest/read_input.h"
#include "checker/structure/tables/labels.h"
#include "checker/util/utf.h"
#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"
#include "tests/run_binary.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

std::string Dump(const std::vector<Table>& tables) {
  std::string s;
  for (const Table& t : tables) s += DebugString(t) + "\n";
  return s;
}

std::string HtmlTables(const std::string& html) {
  Error e;
  auto doc = ReadHtml("t.html", html, "", &e);
  REQUIRE(doc != nullptr);
  Analysis a = Analyze(*doc);
  return Dump(a.tables);
}

std::string TextTables(const std::string& text) {
  auto at = testing::AnalyzeText(std::string_view(text));
  return Dump(at.analysis.tables);
}

std::string MarkdownTables(const std::string& text) {
  auto at = testing::AnalyzeText(std::string_view(text), "t.md");
  return Dump(at.analysis.tables);
}

}  // namespace

TEST_CASE("tables: a grid's spans, header rows, label columns and empty cells") {
  CHECK(HtmlTables("<table>"
                   "<tr><td rowspan=2 colspan=2>项目</td><td colspan=3>申请人情况</td></tr>"
                   "<tr><td>自然人</td><td>法人</td><td>总计</td></tr>"
                   "<tr><td rowspan=2>办理结果</td><td>（一）予以公开</td><td>1,234</td><td>/</td><td>1234</td></tr>"
                   "<tr><td>（二）部分公开</td><td>—</td><td></td><td>12.5</td></tr>"
                   "</table>") ==
        "grid 4x5 h2 l2 cols: 申请人情况/自然人 | 申请人情况/法人 | 申请人情况/总计\n"
        "  办理结果/(一)予以公开 = 1234 _ 1234\n"
        "  办理结果/(二)部分公开 = _ _ 12.5\n");
}

TEST_CASE("tables: a table without a label column, and table A's blocks") {
  CHECK(HtmlTables("<table><tr><td colspan=2>行政复议</td></tr><tr><td>结果维持</td><td>总计</td></tr>"
                   "<tr><td>1</td><td>1</td></tr></table>") ==
        "grid 3x2 h2 l0 cols: 行政复议/结果维持 | 行政复议/总计\n   = 1 1\n");
  CHECK(HtmlTables("<table><tr><td colspan=2>第二十条第（五）项</td></tr>"
                   "<tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>5</td></tr>"
                   "<tr><td colspan=2>第二十条第（六）项</td></tr>"
                   "<tr><td>行政处罚</td><td>-3</td></tr></table>") ==
        "grid 5x2 h2 l1 cols: 本年处理决定数量\n  行政许可 = 5\n  行政处罚 = -3\n");
}

TEST_CASE("tables: a Markdown pipe table: header, delimiter with colons, empty cells") {
  std::string md =
      "| 项目 | 自然人 | 法人 | 总计 |\n"
      "|:---|:---:|---:| --- |\n"
      "| （一）予以公开 | 1,234 | / | 1234 |\n"
      "| （二）部分公开 | — | | 12.5 |\n";
  CHECK(MarkdownTables(md) ==
        "grid 3x4 h1 l1 cols: 自然人 | 法人 | 总计\n"
        "  (一)予以公开 = 1234 _ 1234\n"
        "  (二)部分公开 = _ _ 12.5\n");
  // Cells point at their place in the .md file; a blank one just after its pipe.
  auto at = testing::AnalyzeText(std::string_view(md), "t.md");
  REQUIRE(at.analysis.tables.size() == 1);
  const Table& t = at.analysis.tables[0];
  auto where = [&](int r, int c) {
    Location l = at.document->Locate(at.analysis.folded.SourceBegin(t.At(r, c).begin));
    return std::to_string(l.line) + ":" + std::to_string(l.column);
  };
  CHECK(where(1, 1) == "3:13");
  CHECK(where(2, 1) == "4:13");
  CHECK(where(2, 2) == "4:16");
  CHECK(where(2, 3) == "4:19");
  CHECK(t.begin == at.analysis.lines[0].begin);
  CHECK(t.lines == std::vector<size_t>{0, 1, 2, 3});
}

TEST_CASE("tables: pipe rows without outer pipes, ragged rows, escaped pipes, markup") {
  // Short rows are padded with blank cells; cells past the header's count are
  // dropped, as GitHub shows the table.
  CHECK(MarkdownTables("申请人 | 自然人 | 总计\n"
                       "--- | :-: | ---\n"
                       "A\\|B类 | 1 | 1\n"
                       "短行 | 2\n"
                       "长行 | 3 | 3 | 99\n"
                       "**合计** | **6** | `6`\n") ==
        "grid 5x3 h1 l1 cols: 自然人 | 总计\n"
        "  A|B类 = 1 1\n"
        "  短行 = 2 _\n"
        "  长行 = 3 3\n"
        "  合计 = 6 6\n");
  // The header row is labels even when it reads as a number.
  CHECK(MarkdownTables("| 项目 | 2021 |\n|---|---|\n| 行政许可 | 5 |\n") ==
        "grid 2x2 h1 l1 cols: 2021\n  行政许可 = 5\n");
}

TEST_CASE("tables: blank pipe cells in headers and labels stand for merged cells") {
  // Table B's shape: a column span in the header, row spans in the header
  // (自然人, 总计) and in the label columns (三、办理结果).
  CHECK(MarkdownTables("| 项目 | | 申请人情况 | | | |\n"
                       "|---|---|---|---|---|---|\n"
                       "| | | 自然人 | 法人或其他组织 | | 总计 |\n"
                       "| | | | 商业企业 | 其他 | |\n"
                       "| 一、本年新收 | | 2 | 1 | 0 | 3 |\n"
                       "| 三、办理结果 | （一）予以公开 | 1 | 0 | | 1 |\n"
                       "| | （二）不予公开 | 1 | 1 | 0 | 2 |\n") ==
        "grid 6x6 h3 l2 cols: 申请人情况/自然人 | 申请人情况/法人或其他组织/商业企业 | "
        "申请人情况/法人或其他组织/其他 | 申请人情况/总计\n"
        "  一、本年新收 = 2 1 0 3\n"
        "  三、办理结果/(一)予以公开 = 1 0 _ 1\n"
        "  三、办理结果/(二)不予公开 = 1 1 0 2\n");
  // Table C's shape: no label column, so a blank first value stays a value.
  CHECK(MarkdownTables("| 行政复议 | | 行政诉讼 | |\n"
                       "|---|---|---|---|\n"
                       "| 结果维持 | 总计 | 结果维持 | 总计 |\n"
                       "| | 0 | 1 | 1 |\n") ==
        "grid 3x4 h2 l0 cols: 行政复议/结果维持 | 行政复议/总计 | 行政诉讼/结果维持 | 行政诉讼/总计\n"
        "   = _ 0 1 1\n");
}

TEST_CASE("tables: what is not a pipe table") {
  // Pipe lines without a delimiter row are no Markdown grid, but the rows of a
  // web table copied as text; a delimiter row of another width.
  CHECK(MarkdownTables("| 项目 | 数量 |\n| 行政许可 | 5 |\n| 行政处罚 | 3 |\n") ==
        "text 2x2 h0 l1\n  行政许可 = 5\n  行政处罚 = 3\n");
  CHECK(MarkdownTables("| 项目 | 数量 |\n|---|---|---|\n| 行政许可 | 5 |\n") == "");
  CHECK(MarkdownTables("| 项目 | 数量 |\n| === | === |\n| 行政许可 | 5 |\n") == "");
  // Code, and pipes in a plain-text report.
  CHECK(MarkdownTables("```\n| 项目 | 数量 |\n|---|---|\n| 行政许可 | 5 |\n```\n") == "");
  CHECK(TextTables("| 项目 | 数量 |\n|---|---|\n| 行政许可 | 5 |\n") == "");
  // A blank line or a line without a pipe ends the grid; the rows after it are
  // read as text.
  CHECK(MarkdownTables("| 项目 | 数量 |\n|---|---|\n| 行政许可 | 5 |\n\n| 行政处罚 | 3 |\n"
                       "| 行政强制 | 1 |\n") ==
        "grid 2x2 h1 l1 cols: 数量\n  行政许可 = 5\ntext 2x2 h0 l1\n  行政处罚 = 3\n  行政强制 = 1\n");
}

TEST_CASE("tables: a web table copied as text with pipes between or around its cells") {
  // Rows on one line, a header line of labels, empty cells kept in place.
  CHECK(TextTables("信息内容 | 本年新制作 数量 | 本年新公开 数量 | 对外公开 总数量 | |\n"
                   "规章 | 0 | 0 | 0 | |\n规范性文件 | 33 | 8 | | 8 |\n") ==
        "text 2x5 h0 l1\n  规章 = 0 0 0 ?\n  规范性文件 = 33 8 _ 8\n");
  // A row label after a group label in the same line.
  CHECK(TextTables("三、本年度办理结果 | (一) 予以公开 | 0 | 1 | 2\n"
                   "(二) 部分公开 | 3 | 4 | 5\n") ==
        "text 2x4 h0 l1\n  (一) 予以公开 = 0 1 2\n  (二) 部分公开 = 3 4 5\n");
  // One cell per line with its border: a lone border is an empty cell.
  CHECK(TextTables("一、本年新收政府信息公开申请数量 |\n56 |\n|\n|\n56 |\n||\n"
                   "二、上年结转政府信息公开申请数量 |\n0 |\n|\n|\n0 |\n") ==
        "text 2x5 h0 l1\n  一、本年新收政府信息公开申请数量 = 56 _ _ 56\n"
        "  二、上年结转政府信息公开申请数量 = 0 _ _ 0\n");
  // One cell per line with pipes between the cells: the pipes only separate.
  CHECK(TextTables("规章\n|\n0\n|\n0\n|\n3\n行政规范性文件\n|\n5\n|\n1\n|\n42\n") ==
        "text 2x4 h0 l1\n  规章 = 0 0 3\n  行政规范性文件 = 5 1 42\n");
}

TEST_CASE("tables: the rows of a pipe table are not headings") {
  std::string md =
      "## 三、收到和处理政府信息公开申请情况\n"
      "项目 | 数量\n"
      "---|---\n"
      "（一）予以公开 |\n"
      "一、本年新收政府信息公开申请数量 | 3\n"
      "（二）不予公开 | 说明\n"
      "四、结转下年度继续办理 |\n"
      "## 四、政府信息公开行政复议、行政诉讼情况\n";
  auto titles = [&](const std::string& path) {
    auto at = testing::AnalyzeText(std::string_view(md), path);
    std::vector<std::string> out;
    for (const Heading& h : at.analysis.sections.headings) out.push_back(U32ToUtf8(h.title));
    return out;
  };
  CHECK(titles("t.md") == std::vector<std::string>{"收到和处理政府信息公开申请情况",
                                                   "政府信息公开行政复议、行政诉讼情况"});
  // Read as plain text, where pipes mean nothing, three of the rows are headings.
  CHECK(titles("t.txt").size() == 5);
  auto at = testing::AnalyzeText(std::string_view(md), "t.md");
  REQUIRE(at.analysis.tables.size() == 1);
  CHECK(at.analysis.tables[0].lines == std::vector<size_t>{1, 2, 3, 4, 5, 6});
}

TEST_CASE("tables: the Markdown example's tables B and C are the HTML example's grids") {
  auto tables = [](const std::string& example) {
    Error e;
    auto doc = ReadInput(testing::SourcePath(example), ReadOptions{}, &e);
    REQUIRE(doc != nullptr);
    Analysis a = Analyze(*doc);
    REQUIRE(a.tables.size() == 3);
    // Table A differs on purpose: a value merged over three columns in HTML is
    // one value and two blank cells in Markdown.
    return DebugString(a.tables[1]) + "\n" + DebugString(a.tables[2]);
  };
  CHECK(tables("examples/report-2021.md") == tables("examples/report-2021-tables.html"));
}

TEST_CASE("tables: flattened text, one value per line, with group labels") {
  std::string text =
      "三、收到和处理政府信息公开申请情况\n"
      "申请人情况\n自然人\n法人\n总计\n"
      "一、本年新收政府信息公开申请数量\n2\n1\n3\n"
      "二、本年度办理结果\n(一)予以公开\n1\n/\n1\n"
      "(二)不予公开\n1.属于国家秘密\n\n0\n0\n"
      "2.其他\n1\n1\n2\n"
      "四、政府信息公开行政复议、行政诉讼情况\n全年未发生行政复议。\n";
  CHECK(TextTables(text) ==
        "text 4x4 h0 l1\n"
        "  一、本年新收政府信息公开申请数量 = 2 1 3\n"
        "  二、本年度办理结果/(一)予以公开 = 1 _ 1\n"
        "  二、本年度办理结果/(二)不予公开/1.属于国家秘密 = 0 0 ?\n"
        "  二、本年度办理结果/(二)不予公开/2.其他 = 1 1 2\n");
  // Row labels are not headings; the real headings around the table are.
  auto at = testing::AnalyzeText(std::string_view(text));
  std::vector<std::string> titles;
  for (const Heading& h : at.analysis.sections.headings) titles.push_back(U32ToUtf8(h.title));
  CHECK(titles == std::vector<std::string>{"收到和处理政府信息公开申请情况",
                                           "政府信息公开行政复议、行政诉讼情况"});
}

TEST_CASE("tables: a label and its values on one line; digits glued together") {
  CHECK(TextTables("一、本年新收政府信息公开申请数量 21 7 0 28\n二、上年结转政府信息公开申请数量 1 0 0 1\n") ==
        "text 2x5 h0 l1\n"
        "  一、本年新收政府信息公开申请数量 = 21 7 0 28\n"
        "  二、上年结转政府信息公开申请数量 = 1 0 0 1\n");
  CHECK(TextTables("一、本年新收政府信息公开申请数量21710000218\n"
                   "二、上年结转政府信息公开申请数量0000000\n") ==
        "text 2x2 h0 l1 unreadable(glued-digits)\n"
        "  一、本年新收政府信息公开申请数量 = \"21710000218\"\n"
        "  二、上年结转政府信息公开申请数量 = \"0000000\"\n");
  // Prose with numbers is not a table.
  CHECK(TextTables("全年共受理申请21件。\n其中自然人申请7件。\n") == "");
}

TEST_CASE("tables: labels match folded, without markers, with notes and small typos") {
  auto key = [](const char* s) { return RowLabelKey(Utf8ToU32(s)); };
  CHECK(key("(二)部分公开(区分处理的,只计这一情形)") == Utf8ToU32("部分公开区分处理的只计这一情形"));
  CHECK(key("1.属于国家秘密") == Utf8ToU32("属于国家秘密"));
  CHECK(key("四、结转下年度继续办理") == Utf8ToU32("结转下年度继续办理"));
  // The markers are the headings' (checker/values/markers.h), and 一. as tables print it.
  CHECK(key("一.本年新收") == Utf8ToU32("本年新收"));
  CHECK(key("(3)其他") == Utf8ToU32("其他"));
  CHECK(key("1.5倍") == Utf8ToU32("15倍"));  // a number, not a marker
  CHECK(LabelScore(key("部分公开"), key("(二)部分公开(区分处理的)")) == 2);
  CHECK(LabelScore(key("予以公开"), key("(一)予以公开")) == 3);
  CHECK(LabelScore(key("本机关不掌握相关政府信息"), key("1.本机关不掌握相关政府信息息")) == 2);
  CHECK(LabelScore(key("本机关不掌握相关政府信息"), key("1.本机关不掌控相关政府信息")) == 1);
  CHECK(LabelScore(key("其他"), key("其他处理")) == 2);
  CHECK(LabelScore(key("自然人"), key("法人")) == 0);
}

TEST_CASE("tables: a table inside a flattened line, its glued digits inside its span") {
  // A report that lost its line breaks: Table B between two headings, on one line.
  std::string line =
      "三、收到和处理政府信息公开申请情况本年度共新收申请29件,上年结转2件。"
      "一、本年新收政府信息公开申请数量215012029二、上年结转政府信息公开申请数量2000002"
      "三、本年度办理结果(一)予以公开102011014(三)不予公开1.属于国家秘密00/00002.其他法律行政法规禁止公开00/0000"
      "四、结转下年度继续办理1100002四、政府信息公开行政复议、行政诉讼情况全年未发生行政复议和行政诉讼。";
  auto at = testing::AnalyzeText(std::string_view(line));
  const Analysis& a = at.analysis;
  CHECK(Dump(a.tables) ==
        "text 6x2 h0 l1 unreadable(glued-digits)\n"
        "  一、本年新收政府信息公开申请数量 = \"215012029\"\n"
        "  二、上年结转政府信息公开申请数量 = \"2000002\"\n"
        "  三、本年度办理结果/(一)予以公开 = \"102011014\"\n"
        "  三、本年度办理结果/(三)不予公开/1.属于国家秘密 = \"00/0000\"\n"
        "  三、本年度办理结果/(三)不予公开/2.其他法律行政法规禁止公开 = \"00/0000\"\n"
        "  四、结转下年度继续办理 = \"1100002\"\n");
  REQUIRE(a.tables.size() == 1);
  const Table& t = a.tables[0];
  // The span runs from the first row label to the last glued digit: every
  // run of digits is inside it, the prose around it is not.
  CHECK(a.OriginalText(t.begin, t.end) ==
        "一、本年新收政府信息公开申请数量215012029二、上年结转政府信息公开申请数量2000002"
        "三、本年度办理结果(一)予以公开102011014(三)不予公开1.属于国家秘密00/00002.其他法律行政法规禁止公开00/0000"
        "四、结转下年度继续办理1100002");
  CHECK(t.lines.empty());  // it owns no whole line
  const TableCell& run = t.At(0, 1);
  CHECK(a.document->Locate(a.folded.SourceBegin(run.begin)).column == 53);
  CHECK(a.OriginalText(run.begin, run.end) == "215012029");
  // The same with spaces where the line breaks were: a readable table.
  std::string spaced =
      "三、收到和处理政府信息公开申请情况 本年度共新收申请29件,上年结转2件,均已按时办结并答复申请人。 "
      "一、本年新收政府信息公开申请数量 21 5 0 1 2 0 29 二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2 "
      "三、本年度办理结果 (一)予以公开 10 2 0 1 1 0 14 四、结转下年度继续办理 1 1 0 0 0 0 2 "
      "四、政府信息公开行政复议、行政诉讼情况 全年未发生行政复议。";
  CHECK(TextTables(spaced) ==
        "text 4x8 h0 l1\n"
        "  一、本年新收政府信息公开申请数量 = 21 5 0 1 2 0 29\n"
        "  二、上年结转政府信息公开申请数量 = 2 0 0 0 0 0 2\n"
        "  三、本年度办理结果/(一)予以公开 = 10 2 0 1 1 0 14\n"
        "  四、结转下年度继续办理 = 1 1 0 0 0 0 2\n");
}

TEST_CASE("tables: prose numbers in a flattened line make no table") {
  std::string filler = "全县各级各部门按照要求认真做好政府信息公开工作,取得明显成效。";
  CHECK(TextTables(filler + "一、总体情况2021年,我县设立3大平台,建成5个专栏。二、主动公开政府信息情况"
                   "全年主动公开政府信息1200条。三、收到和处理政府信息公开申请情况全年共受理申请15件,"
                   "其中自然人申请12件。设立3大平台" + filler + filler) == "");
}

TEST_CASE("tables: every glued run of the 2021 example is inside a table, broken or flattened") {
  // What the prose checks must never read as numbers: a run of five digits
  // or more in this report is always cells run together.
  std::string glued = examples::WriteText(examples::Report2021(false), true);
  std::string one_line = glued;
  one_line.erase(std::remove(one_line.begin(), one_line.end(), '\n'), one_line.end());
  for (const std::string& text : {glued, one_line}) {
    auto at = testing::AnalyzeText(std::string_view(text));
    const Analysis& a = at.analysis;
    int runs = 0;
    for (const Quantity& q : a.quantities) {
      std::u32string_view digits = std::u32string_view(a.folded.text()).substr(q.begin, q.end - q.begin);
      if (digits.size() < 5 || !std::all_of(digits.begin(), digits.end(), IsAsciiDigit)) continue;
      ++runs;
      bool inside = std::any_of(a.tables.begin(), a.tables.end(), [&](const Table& t) {
        return t.begin <= q.begin && q.end <= t.end && !t.readable;
      });
      CHECK_MESSAGE(inside, a.OriginalText(q.begin, q.end));
    }
    CHECK(runs >= 10);  // Table B's rows and Table C's row
  }
}

}  // namespace reportlint
