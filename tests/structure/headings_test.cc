#include "checker/structure/headings.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

using testing::AnalyzeText;

// One line per heading: "LINE LEVEL.NUMBER TITLE", then " ^PARENT_LINE" when
// it has a parent and " [top]" when it is in the main sequence.
std::string Dump(std::string_view report, const std::string& path = "t.txt") {
  auto t = AnalyzeText(report, path);
  const auto& hs = t.analysis.sections.headings;
  std::string out;
  for (const Heading& h : hs) {
    out += std::to_string(h.line + 1) + " " + std::to_string(h.level) + "." +
           std::to_string(h.number) + " " + U32ToUtf8(h.title);
    if (h.parent >= 0) out += " ^" + std::to_string(hs[h.parent].line + 1);
    if (h.top_level) out += " [top]";
    out += "\n";
  }
  return out;
}

// The same with where each heading starts, as the user sees it
// ("1:37 1.2 主动公开政府信息情况 [top]"), for headings inside a line.
std::string DumpAt(std::string_view report) {
  auto t = AnalyzeText(report);
  const Analysis& a = t.analysis;
  std::string out;
  for (const Heading& h : a.sections.headings) {
    Location at = a.document->Locate(a.folded.SourceBegin(h.begin));
    out += std::to_string(at.line) + ":" + std::to_string(at.column) + " " +
           std::to_string(h.level) + "." + std::to_string(h.number) + " " + U32ToUtf8(h.title);
    if (h.top_level) out += " [top]";
    out += "\n";
  }
  if (!a.sections.readable) out += "unreadable\n";
  return out;
}

// A sentence of a report, to give a line the length of one that lost its breaks.
const std::string kFiller = "全县各级各部门按照要求认真做好政府信息公开工作,取得明显成效。";

// A one-line report: its line breaks lost, as a crawler stores a page.
const char kOneLine[] =
    "南屏县2021年政府信息公开工作年度报告本报告根据《条例》要求编制,所列数据的统计期限为2021年1月1日"
    "至12月31日。一、总体情况2021年,南屏县围绕群众关切推进政务公开,一是完善制度,二是拓宽渠道。"
    "二、主动公开政府信息情况全年主动公开政府信息1200条。三、收到和处理政府信息公开申请情况全年收到申请"
    "15件。四、政府信息公开行政复议、行政诉讼情况全年未发生行政复议。五、存在的主要问题及改进情况公开的"
    "深度还有待提高。六、其他需要报告的事项无。";

TEST_CASE("every heading marker, with its level and number") {
  // A lone heading is the top of its report, whatever its number.
  const char* kCases[][2] = {
      {"一、总体情况", "1 1.1 总体情况 [top]\n"},
      {"十二、其他事项", "1 1.12 其他事项 [top]\n"},
      {"(二)主动公开", "1 2.2 主动公开 [top]\n"},
      {"（三）依申请公开", "1 2.3 依申请公开 [top]\n"},
      {"1.政策解读", "1 3.1 政策解读 [top]\n"},
      {"2、平台建设", "1 3.2 平台建设 [top]\n"},
      {"1．监督保障", "1 3.1 监督保障 [top]\n"},  // full-width full stop
      {"１．监督保障", "1 3.1 监督保障 [top]\n"},  // and full-width digit
      {"（1）门户网站", "1 4.1 门户网站 [top]\n"},
      {"(12) 政务微博", "1 4.12 政务微博 [top]\n"},
      {"第一部分 概述", "1 1.1 概述 [top]\n"},
      {"第二章　主动公开", "1 1.2 主动公开 [top]\n"},
      {"    一、总体情况", "1 1.1 总体情况 [top]\n"},            // indented with spaces
      {"\u3000\u3000(一)主动公开  ", "1 2.1 主动公开 [top]\n"},  // full-width spaces, trailing
      {"一、 总体情况", "1 1.1 总体情况 [top]\n"},              // space after the marker
  };
  for (const auto& c : kCases) CHECK_MESSAGE(Dump(c[0]) == std::string(c[1]), std::string(c[0]));
}

TEST_CASE("Markdown headings") {
  // The written marker decides the level, so "## 一、" is level 1.
  CHECK(Dump("# 某县2019年政府信息公开工作年度报告\n## 一、总体情况\n### （一）主动公开\n## 二、主动公开政府信息情况\n",
             "r.md") ==
        "1 1.0 某县2019年政府信息公开工作年度报告\n"
        "2 1.1 总体情况 [top]\n"
        "3 2.1 主动公开 ^2\n"
        "4 1.2 主动公开政府信息情况 [top]\n");
  // Without numbers, the top is the shallowest level used more than once:
  // the lone "#" line is the title.
  CHECK(Dump("# 年度报告\n## 总体情况\n### 平台\n## 主动公开\n", "r.md") ==
        "1 1.0 年度报告\n"
        "2 2.0 总体情况 ^1 [top]\n"
        "3 3.0 平台 ^2\n"
        "4 2.0 主动公开 ^1 [top]\n");
  // "#" must be followed by a space; "#1" and seven #'s are text.
  CHECK(Dump("#1 话题\n####### 七级\n", "r.md") == "");
}

TEST_CASE("a table of contents is not the report's headings") {
  std::string body =
      "一、总体情况\n全年公开信息120条。\n二、主动公开政府信息情况\n见下表。\n"
      "三、收到和处理政府信息公开申请情况\n受理5件。\n";
  // Its entries, with blank lines or dot leaders between them, are dropped.
  CHECK(Dump("目录\n一、总体情况\n\n二、主动公开政府信息情况……\n三、收到和处理政府信息公开申请情况\n" +
             body) ==
        "6 1.1 总体情况 [top]\n8 1.2 主动公开政府信息情况 [top]\n"
        "10 1.3 收到和处理政府信息公开申请情况 [top]\n");
  // Two entries are no table of contents, and neither are sections with text
  // in them, nor a list whose first title does not come back.
  CHECK(Dump("一、总体情况\n二、主动公开政府信息情况\n" + body).find("1 1.1 总体情况 [top]") == 0);
  CHECK(Dump("一、甲\n二、乙\n三、丙\n" + body).find("1 1.1 甲 [top]") == 0);
}

TEST_CASE("lines that are not headings") {
  const char* kNotHeadings[] = {
      "一是加强组织领导,二是完善制度。",
      "二是强化平台建设。",
      "1.5%的申请未能按期答复。",
      "2018.3.15召开会议。",
      "一、本年新收政府信息公开申请数量 21",
      "（七）总计 21 0 0 0 0 0 21",
      "按照要求,一、及时公开;二、准确公开。",
      "第一时间公开信息。",
      "一、",
      "(一)",
      "100、200件",
      "一 总体情况",
      "(一总体情况",
  };
  for (const char* line : kNotHeadings) CHECK_MESSAGE(Dump(line) == "", std::string(line));
}

TEST_CASE("the title stops at the first 。 : ; ! ? and trailing commas") {
  CHECK(Dump("(一)加强组织领导。成立了领导小组,由分管副县长任组长。") ==
        "1 2.1 加强组织领导 [top]\n");
  CHECK(Dump("1.主动公开:全年公开信息1200条") == "1 3.1 主动公开 [top]\n");
  CHECK(Dump("（二）完善制度；健全机制") == "1 2.2 完善制度 [top]\n");
  CHECK(Dump("一、总体情况,") == "1 1.1 总体情况 [top]\n");
  // A long paragraph opening with a marker keeps at most 60 characters.
  std::string longline = "(一)" + std::string(70, 'x');
  auto t = AnalyzeText(std::string_view(longline));
  REQUIRE(t.analysis.sections.headings.size() == 1);
  CHECK(t.analysis.sections.headings[0].title.size() == 60);
}

TEST_CASE("levels and parents form a tree") {
  const char* kReport = R"(某县2019年政府信息公开工作年度报告
一、总体情况
（一）主动公开
1.规范性文件
（1）规章
（2）文件
2.政策解读
（二）依申请公开
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
（一）收到申请
)";
  CHECK(Dump(kReport) ==
        "2 1.1 总体情况 [top]\n"
        "3 2.1 主动公开 ^2\n"
        "4 3.1 规范性文件 ^3\n"
        "5 4.1 规章 ^4\n"
        "6 4.2 文件 ^4\n"
        "7 3.2 政策解读 ^3\n"
        "8 2.2 依申请公开 ^2\n"
        "9 1.2 主动公开政府信息情况 [top]\n"
        "10 1.3 收到和处理政府信息公开申请情况 [top]\n"
        "11 2.1 收到申请 ^10\n");

  // Sections run to the next heading of the same or a higher level.
  auto t = AnalyzeText(std::string_view(kReport));
  const auto& hs = t.analysis.sections.headings;
  const auto& lines = t.analysis.lines;
  CHECK(hs[0].body_end == lines[8].begin);  // 一 ends where 二 starts
  CHECK(hs[1].body_end == lines[7].begin);  // (一) ends at (二)
  CHECK(hs[4].body_end == lines[6].begin);  // (2) ends at 2.
  CHECK(hs.back().body_end == t.analysis.folded.size());
  // Spans: marker + title, and the title alone.
  CHECK(hs[1].begin == lines[2].begin);
  CHECK(hs[1].title_begin == lines[2].begin + 3);
  CHECK(hs[1].end == lines[2].begin + 7);
}

TEST_CASE("the top-level sequence") {
  // An appended outline restarting at 一 ends the sequence.
  CHECK(Dump("一、总体情况\n二、主动公开\n三、其他事项\n附件\n一、主动公开政府信息情况\n二、收到和处理政府信息公开申请情况\n") ==
        "1 1.1 总体情况 [top]\n"
        "2 1.2 主动公开 [top]\n"
        "3 1.3 其他事项 [top]\n"
        "5 1.1 主动公开政府信息情况\n"
        "6 1.2 收到和处理政府信息公开申请情况\n");
  // The shallowest numbered level is the top, even when it is (一).
  CHECK(Dump("(一)概述\n1.平台\n(二)主动公开\n") ==
        "1 2.1 概述 [top]\n"
        "2 3.1 平台 ^1\n"
        "3 2.2 主动公开 [top]\n");
  // A report whose text starts late (the first heading is 二) still has one.
  CHECK(Dump("二、主动公开\n三、依申请公开\n") ==
        "1 1.2 主动公开 [top]\n"
        "2 1.3 依申请公开 [top]\n");
  // Numbering slips — a repeated number, a gap — are still top-level sections.
  CHECK(Dump("一、概述\n二、主动公开\n二、依申请公开\n三、收费\n五、问题\n") ==
        "1 1.1 概述 [top]\n"
        "2 1.2 主动公开 [top]\n"
        "3 1.2 依申请公开 [top]\n"
        "4 1.3 收费 [top]\n"
        "5 1.5 问题 [top]\n");
  auto t = AnalyzeText(std::string_view("一、概述\n二、主动公开\n三、其他\n"));
  CHECK(t.analysis.sections.TopLevel() == std::vector<int>{0, 1, 2});
}

TEST_CASE("run-in headings: a flattened report's headings, their titles cut from the text") {
  CHECK(DumpAt(kOneLine) ==
        "1:62 1.1 总体情况 [top]\n"
        "1:104 1.2 主动公开政府信息情况 [top]\n"
        "1:132 1.3 收到和处理政府信息公开申请情况 [top]\n"
        "1:159 1.4 政府信息公开行政复议、行政诉讼情况 [top]\n"
        "1:188 1.5 存在的主要问题及改进情况 [top]\n"
        "1:213 1.6 其他需要报告的事项 [top]\n");
  // The same with spaces where the breaks were; sub-headings after a stop.
  CHECK(DumpAt("某县2019年 政府信息公开工作年度报告 一、总体情况 2019年,某县认真贯彻《条例》,"
               "全面推进政务公开,切实增强人民群众的满意度,为促进全县经济持续健康发展发挥积极作用。 "
               "(一)主动公开政府信息情况。2019年,通过政府门户网站等形式主动公开政府信息8769条,"
               "其中通过县政府门户网站发布政府信息5469条。 "
               "(二)进一步完善政府信息管理制度。按照严格依法、全面真实的要求规范信息发布。 "
               "二、主动公开政府信息情况 全年公开信息8769条。") ==
        "1:22 1.1 总体情况 [top]\n"
        "1:89 2.1 主动公开政府信息情况\n"
        "1:158 2.2 进一步完善政府信息管理制度\n"
        "1:197 1.2 主动公开政府信息情况 [top]\n");
}

TEST_CASE("run-in headings: only markers that continue the sequence") {
  // "一是…二是…" and list items after a colon are not headings; a "二、"
  // that repeats the number reached is a list item; (一) restarts under 二.
  CHECK(DumpAt("一、总体情况" + kFiller + "一是加强领导。二是完善制度。主要做法:1.及时公开。"
               "二、主动公开政府信息情况" + kFiller + "(一)政策解读。" + kFiller +
               "二、加强培训。" + kFiller + "(二)回应关切。" + kFiller + "三、其他事项" + kFiller) ==
        "1:1 1.1 总体情况 [top]\n"
        "1:64 1.2 主动公开政府信息情况 [top]\n"
        "1:107 2.1 政策解读\n"
        "1:184 2.2 回应关切\n"
        "1:223 1.3 其他事项 [top]\n");
  // A skipped number is taken when the missing one does not follow.
  CHECK(DumpAt("一、总体情况" + kFiller + kFiller + "二、主动公开情况" + kFiller + kFiller +
               "四、复议诉讼情况" + kFiller + kFiller + "五、问题及改进情况" + kFiller) ==
        "1:1 1.1 总体情况 [top]\n"
        "1:69 1.2 主动公开情况 [top]\n"
        "1:139 1.4 复议诉讼情况 [top]\n"
        "1:209 1.5 问题及改进情况 [top]\n");
}

TEST_CASE("run-in headings: a paragraph that lost its stop, and a heading that was not found") {
  // "…实际效果二、主动公开政府信息情况": no break before it, but it is the next
  // number and its title ends with a title word. A quoted one is not taken.
  CHECK(DumpAt("一、总体情况" + kFiller + "按照“二、主动公开政府信息情况”的要求提高了实际效果"
               "二、主动公开政府信息情况" + kFiller + kFiller + "三、2012年重点工作完成情况" + kFiller +
               "四、其他需要报告的事项" + kFiller) ==
        "1:1 1.1 总体情况 [top]\n"
        "1:64 1.2 主动公开政府信息情况 [top]\n"
        "1:138 1.3 2012年重点工作完成情况 [top]\n"
        "1:184 1.4 其他需要报告的事项 [top]\n");
  // 二 lost in the text (no break before it, no title word after it):
  // 四 五 六 continue after it.
  CHECK(DumpAt("一、总体情况" + kFiller + "提高了实际效果二、主动公开" + kFiller + kFiller +
               "四、复议诉讼情况" + kFiller + "五、问题及改进情况" + kFiller + "六、其他事项" + kFiller) ==
        "1:1 1.1 总体情况 [top]\n"
        "1:113 1.4 复议诉讼情况 [top]\n"
        "1:152 1.5 问题及改进情况 [top]\n"
        "1:192 1.6 其他事项 [top]\n");
}

TEST_CASE("run-in headings: table row labels in a flattened line are not headings") {
  CHECK(DumpAt("三、收到和处理政府信息公开申请情况本年度共新收申请29件。"
               "申请人情况自然人法人或其他组织总计一、本年新收政府信息公开申请数量215012029"
               "二、上年结转政府信息公开申请数量2000002三、本年度办理结果(一)予以公开102011014"
               "(七)总计224012029四、结转下年度继续办理1100002四、政府信息公开行政复议、行政诉讼情况"
               "全年未发生行政复议。五、存在的主要问题及改进情况公开的深度还有待提高。") ==
        "1:1 1.3 收到和处理政府信息公开申请情况 [top]\n"
        "1:152 1.4 政府信息公开行政复议、行政诉讼情况 [top]\n"
        "1:181 1.5 存在的主要问题及改进情况 [top]\n");
}

TEST_CASE("run-in headings: a line-broken report does not change") {
  // A marker quoted mid-line, and a paragraph that runs "(一)…(二)…" together
  // under line-start headings, are not headings.
  std::string report = "某县2021年政府信息公开工作年度报告\n一、总体情况\n" + kFiller + kFiller + kFiller +
                       "(一)主动公开。全年公开信息120条。(二)依申请公开。全年受理申请5件。\n"
                       "二、主动公开政府信息情况\n详见本报告。二、主动公开政府信息情况所列数据均已核实。" +
                       kFiller + kFiller + kFiller + kFiller + kFiller + kFiller + kFiller + "\n";
  CHECK(DumpAt(report) ==
        "2:1 1.1 总体情况 [top]\n"
        "4:1 1.2 主动公开政府信息情况 [top]\n");
}

TEST_CASE("run-in headings: a report that lost its breaks and shows no headings is unreadable") {
  std::string sentence = "我县认真贯彻落实《条例》,不断加大政府信息公开力度,完善工作机制,提升公开质量。";
  std::string text = "某县2020年政府信息公开工作年度报告本报告所列数据的统计期限自2020年1月1日起至12月31日止。";
  for (int i = 0; i < 30; ++i) text += sentence;
  CHECK(DumpAt(text) == "unreadable\n");
  // One heading is not a structure either; two are.
  CHECK(DumpAt("一、总体情况" + text).find("[top]\nunreadable\n") != std::string::npos);
  CHECK(DumpAt(std::string(kOneLine) + text).find("unreadable") == std::string::npos);
  // A short report without headings, line-broken, is read as it is.
  CHECK(DumpAt("某县2020年政府信息公开工作年度报告\n" + sentence + "\n") == "");
}

TEST_CASE("run-in headings: the declaration before the first run-in heading is read") {
  auto t = AnalyzeText(std::string_view(
      "某镇2018年政府信息公开工作年度报告本年报由概述、主动公开政府信息情况、依申请公开政府信息情况、"
      "政府信息公开的收费及减免情况、存在的主要问题和改进措施五部分组成。本年报中所列数据的统计期限自2018年"
      "1月1日起至2018年12月31日止。 一、概述2018年,我镇按照市、县统一部署,加强组织领导,健全工作机制。 "
      "二、主动公开政府信息情况本单位2018年度共新增主动公开政府信息99条。 三、依申请公开政府信息情况本单位"
      "2018年共收到政府信息公开申请0件。"));
  const Analysis& a = t.analysis;
  REQUIRE(a.declaration.has_value());
  CHECK(a.declaration->count == 5);
  CHECK(a.declaration->parts.size() == 5);
  CHECK(a.sections.TopLevel().size() == 3);
}

}  // namespace
}  // namespace reportlint
