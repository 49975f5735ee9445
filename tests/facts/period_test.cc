#include "checker/facts/period.h"

#include <doctest/doctest.h>

#include "checker/normalize/folded_text.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// "START..END" per statement ("*" marks an omitted end year), joined with ", ".
std::string Periods(const char* utf8) {
  FoldedText folded(Utf8ToU32(utf8));
  std::string out;
  for (const PeriodStatement& p : FindPeriods(folded.text())) {
    if (!out.empty()) out += ", ";
    out += p.start.ToIso() + ".." + p.finish.ToIso() + (p.end_year_omitted ? "*" : "");
  }
  return out;
}

TEST_CASE("the wordings of the statistical period") {
  const char* kCases[][2] = {
      {"本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。", "2015-01-01..2015-12-31"},
      {"报告所列数据的统计期限自2017年1月1日起至12月31日止。", "2017-01-01..2017-12-31*"},
      {"本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。", "2012-01-01..2012-12-31"},
      {"本年度报告中所列数据统计期限为2022年1月1日至12月31日。", "2022-01-01..2022-12-31*"},
      {"统计期限从2019年1月1日到12月31日止。", "2019-01-01..2019-12-31*"},
      {"统计期为2018年1月1日至2018年12月31日。", "2018-01-01..2018-12-31"},
      {"数据统计期限自2016年1月1日至2016年12月31日。", "2016-01-01..2016-12-31"},
      {"统计时间段为2020年1月1日—2020年12月31日。", "2020-01-01..2020-12-31"},
      {"内容涵盖2022年1月1日至12月31日期间的政府信息公开工作。", "2022-01-01..2022-12-31*"},
      {"报告所列数据自2015年1月1日起,至2015年12月31日止。", "2015-01-01..2015-12-31"},
      {"报告期为2014年度1月1日至12月31日", "2014-01-01..2014-12-31*"},
      {"统计期限:2019年1月1日-2019年12月31日", "2019-01-01..2019-12-31"},
      {"统计期限自2019年01月01日至2019年12月31号", "2019-01-01..2019-12-31"},
      // Web pages that lost 年/月/日.
      {"统计期限自2025 1 1 日至 2025 12 31 日止", "2025-01-01..2025-12-31"},
      {"统计期限自2025 1 1日至12 31日", "2025-01-01..2025-12-31*"},
      // Full-width digits and Traditional script, after folding.
      {"本報告中所列數據的統計期限自２０１７年１月１日起至２０１７年１２月３１日止。",
       "2017-01-01..2017-12-31"},
      {"統計期為2017年1月1日至12月31日。", "2017-01-01..2017-12-31*"},
      {"統計期限從2017年1月1日到2017年12月31日止。", "2017-01-01..2017-12-31"},
      // A wrong period is still a period statement; the rules judge it.
      {"统计期限为2016年1月1日至2017年12月31日。", "2016-01-01..2017-12-31"},
  };
  for (const auto& c : kCases) CHECK_MESSAGE(Periods(c[0]) == std::string(c[1]), std::string(c[0]));
}

TEST_CASE("date ranges that are not period statements") {
  const char* kNone[] = {
      "2018年6月30日至7月2日举办培训班。",                    // no cue word
      "自2015年1月1日起至2015年12月31日止,共受理申请12件。",   // no cue word
      "统计期限为全年。",                                      // no dates
      "统计工作于2019年3月1日完成。",                          // one date, no range
      "统计期限自2015年2月30日至2015年12月31日",               // no such day
  };
  for (const char* s : kNone) CHECK_MESSAGE(Periods(s) == "", std::string(s));
  // The cue must stand shortly (30 characters) before the range.
  CHECK(Periods("统计工作由办公室负责,相关科室、各乡镇街道及县直各部门配合完成,自2015年1月1日至12月31日") ==
        "");
}

TEST_CASE("spans of a period statement") {
  std::u32string text = U"前言。本报告所列数据统计期限为2022年1月1日至12月31日。";
  auto periods = FindPeriods(text);
  REQUIRE(periods.size() == 1);
  const PeriodStatement& p = periods[0];
  CHECK(U32ToUtf8(text.substr(p.begin, p.end - p.begin)) == "数据统计期限为2022年1月1日至12月31日");
  CHECK(U32ToUtf8(text.substr(p.range_begin, p.end - p.range_begin)) == "2022年1月1日至12月31日");
}

TEST_CASE("several statements are all found") {
  CHECK(Periods("统计期限自2015年1月1日至2015年12月31日。另:统计期限自2014年1月1日至2014年12月31日。") ==
        "2015-01-01..2015-12-31, 2014-01-01..2014-12-31");
}

}  // namespace
}  // namespace reportlint
