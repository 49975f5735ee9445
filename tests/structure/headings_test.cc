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

}  // namespace
}  // namespace reportlint
