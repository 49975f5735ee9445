#include "checker/facts/report_info.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

// "title@LINE | org | YEAR(source) | published | signed", "-" for what is absent.
std::string Dump(std::string_view report) {
  auto t = testing::AnalyzeText(report);
  const ReportInfo& i = t.analysis.info;
  std::string out;
  out += i.title_line ? U32ToUtf8(i.title) + "@" + std::to_string(*i.title_line + 1) : "-";
  out += " | " + (i.organisation.empty() ? std::string("-") : U32ToUtf8(i.organisation));
  out += " | " + (i.year ? std::to_string(*i.year) : std::string("-"));
  if (i.year_source != YearSource::kNone) out += "(" + std::string(YearSourceName(i.year_source)) + ")";
  out += " | " + (i.published ? i.published->date.ToIso() : std::string("-"));
  out += " | " + (i.signed_on ? i.signed_on->date.ToIso() : std::string("-"));
  return out;
}

TEST_CASE("the title, with the year before or after the organisation") {
  CHECK(Dump("荆山市2015年政府信息公开年度工作报告\n正文") ==
        "荆山市2015年政府信息公开年度工作报告@1 | 荆山市 | 2015(title) | - | -");
  CHECK(Dump("2018年泸水市政府信息公开工作年度报告\n") ==
        "2018年泸水市政府信息公开工作年度报告@1 | 泸水市 | 2018(title) | - | -");
  CHECK(Dump("北山区人民政府2018年政府信息公开工作年度报告") ==
        "北山区人民政府2018年政府信息公开工作年度报告@1 | 北山区 | 2018(title) | - | -");
  CHECK(Dump("青城镇2017年度政府信息公开工作年度报告") ==
        "青城镇2017年度政府信息公开工作年度报告@1 | 青城镇 | 2017(title) | - | -");
  CHECK(Dump("某县教育局2020 年政务公开工作年报") ==
        "某县教育局2020 年政务公开工作年报@1 | 某县教育局 | 2020(title) | - | -");
  // Traditional titles fold first.
  CHECK(Dump("黔山鎮2017年政府信息公開工作年度報告") ==
        "黔山镇2017年政府信息公开工作年度报告@1 | 黔山镇 | 2017(title) | - | -");
}

TEST_CASE("navigation lines are not the title") {
  const char* kPage = R"(手机版 英文版 今天是:
首页 > 政务公开 > 政府信息公开 > 信息公开年报 > 正文
荆山市2015年政府信息公开年度工作报告
信息来源:本站 | 发布时间:2016-03-09 11:18
)";
  CHECK(Dump(kPage) ==
        "荆山市2015年政府信息公开年度工作报告@3 | 荆山市 | 2015(title) | 2016-03-09 | -");
  // A breadcrumb that names a year is still navigation.
  const char* kYearCrumb = R"(当前位置:首页 > 政府信息公开 > 信息公开年报 > 2019年
某县2019年政府信息公开工作年度报告
)";
  CHECK(Dump(kYearCrumb) == "某县2019年政府信息公开工作年度报告@2 | 某县 | 2019(title) | - | -");
}

TEST_CASE("a title without a year; the year from the period") {
  const char* kNoYear = R"(某县政府信息公开工作年度报告
本报告所列数据统计期限为2016年1月1日至12月31日。
)";
  CHECK(Dump(kNoYear) == "某县政府信息公开工作年度报告@1 | - | 2016(period) | - | -");
  // A line that names the report without ending like a title is not one.
  CHECK(Dump("关于印发政府信息公开工作年度报告的通知的说明\n统计期限自2016年1月1日至2016年12月31日\n") ==
        "- | - | 2016(period) | - | -");
  // A line with a year wins over an earlier title without one.
  CHECK(Dump("政府信息公开工作年度报告\n某县2016年政府信息公开工作年度报告\n") ==
        "某县2016年政府信息公开工作年度报告@2 | 某县 | 2016(title) | - | -");
  // The title's year wins over the period's.
  CHECK(Dump("某县2016年政府信息公开工作年度报告\n统计期限自2015年1月1日至2015年12月31日\n") ==
        "某县2016年政府信息公开工作年度报告@1 | 某县 | 2016(title) | - | -");
  CHECK(Dump("工作总结\n全年共公开信息12条。\n") == "- | - | - | - | -");
}

TEST_CASE("a title run together with the text after it, or split over two lines") {
  // Text copied from a page: title, heading and body on one long line.
  CHECK(Dump("清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年，清水县政府信息公开工作以"
             "习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，深入学习贯彻《条例》，"
             "扎实推进各项工作。\n") ==
        "清水县人民政府2019年政府信息公开工作年度报告@1 | 清水县 | 2019(title) | - | -");
  CHECK(Dump("道县文广新局2013年度信息公开工作\n年度报告\n一、主动公开政府信息的情况\n") ==
        "道县文广新局2013年度信息公开工作年度报告@1 | 道县文广新局 | 2013(title) | - | -");
  CHECK(Dump("关于2022年度政府信息公开情况的报告\n一、总体情况\n") ==
        "关于2022年度政府信息公开情况的报告@1 | - | 2022(title) | - | -");
  // After the page's chrome.
  CHECK(Dump("索引号:11370-2023-00012\n发布机构:某区政府办\n字号:大 中 小 打印\n"
             "某区2022年政府信息公开工作年度报告\n") ==
        "某区2022年政府信息公开工作年度报告@4 | 某区 | 2022(title) | - | -");
}

TEST_CASE("lines that only resemble a title") {
  // A long line that opens with a sentence, not with the report's name.
  CHECK(Dump("一、总体情况2019年，清水县政府信息公开工作以习近平新时代中国特色社会主义思想为指导，全面贯彻"
             "党的十九大精神，按照《2019年政府信息公开工作年度报告》的要求扎实推进各项工作并取得成效。\n") ==
        "- | - | - | - | -");
  // Links to other reports.
  CHECK(Dump("上一篇：某区2021年政府信息公开工作年度报告\n相关报告：某区2020年政府信息公开工作年度报告\n") ==
        "- | - | - | - | -");
  // Two short lines that do not name the report together.
  CHECK(Dump("某区2022年工作总结\n年度报告\n") == "- | - | - | - | -");
}

TEST_CASE("the title is searched in the first 20 lines only") {
  std::string report;
  for (int i = 0; i < 20; ++i) report += "导航\n";
  report += "某县2016年政府信息公开工作年度报告\n";
  CHECK(Dump(report) == "- | - | - | - | -");
}

TEST_CASE("the 发布时间 line") {
  CHECK(Dump("某县2019年政府信息公开工作年度报告\n发布日期：2020年01月15日 来源:县政府办\n") ==
        "某县2019年政府信息公开工作年度报告@1 | 某县 | 2019(title) | 2020-01-15 | -");
  CHECK(Dump("某县2019年政府信息公开工作年度报告\n来源:县政府办 发布时间: 2020-1-20\n") ==
        "某县2019年政府信息公开工作年度报告@1 | 某县 | 2019(title) | 2020-01-20 | -");
  // Only a date after the cue counts.
  CHECK(Dump("某县2019年政府信息公开工作年度报告\n2018-01-01 更新 发布时间:不详\n") ==
        "某县2019年政府信息公开工作年度报告@1 | 某县 | 2019(title) | - | -");
}

TEST_CASE("the signature date on the last lines") {
  const char* kSigned = R"(某县2018年政府信息公开工作年度报告
一、概述
全年公开信息100条。

某县人民政府办公室
2019年3月13日

)";
  CHECK(Dump(kSigned) == "某县2018年政府信息公开工作年度报告@1 | 某县 | 2018(title) | - | 2019-03-13");
  CHECK(Dump("某县2018年政府信息公开工作年度报告\n某县人民政府\n二〇一九年三月十三日\n") ==
        "某县2018年政府信息公开工作年度报告@1 | 某县 | 2018(title) | - | 2019-03-13");
  CHECK(Dump("某县2018年政府信息公开工作年度报告\n某县人民政府\n    2019年3月13日。\n") ==
        "某县2018年政府信息公开工作年度报告@1 | 某县 | 2018(title) | - | 2019-03-13");
  // A sentence that starts with a date is not a signature.
  CHECK(Dump("某县2018年政府信息公开工作年度报告\n2019年3月13日召开了工作会议。\n") ==
        "某县2018年政府信息公开工作年度报告@1 | 某县 | 2018(title) | - | -");
  // Neither is a date further up than the last 8 non-empty lines.
  std::string far = "某县2018年政府信息公开工作年度报告\n2019年3月13日\n";
  for (int i = 0; i < 8; ++i) far += "正文。\n\n";
  CHECK(Dump(far) == "某县2018年政府信息公开工作年度报告@1 | 某县 | 2018(title) | - | -");
}

}  // namespace
}  // namespace reportlint
