#include "checker/values/dates.h"

#include <doctest/doctest.h>

#include "checker/normalize/folded_text.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// "ISO@TEXT" for every date found in the folded `utf8`, joined with ", ".
std::string Dates(const char* utf8) {
  FoldedText folded(Utf8ToU32(utf8));
  std::string out;
  for (const DateMention& d : FindDates(folded.text())) {
    if (!out.empty()) out += ", ";
    out += d.date.ToIso() + "@" +
           U32ToUtf8(std::u32string_view(folded.text()).substr(d.begin, d.end - d.begin));
  }
  return out;
}

TEST_CASE("dates as written") {
  const char* kCases[][2] = {
      {"2015年1月1日", "2015-01-01@2015年1月1日"},
      {"于2019年3月13日印发", "2019-03-13@2019年3月13日"},
      {"2019年03月05号", "2019-03-05@2019年03月05号"},
      {"发布时间:2016-03-09 11:18", "2016-03-09@2016-03-09"},
      {"2019.3.13", "2019-03-13@2019.3.13"},
      {"2019/12/31", "2019-12-31@2019/12/31"},
      {"二〇一九年三月十三日", "2019-03-13@二〇一九年三月十三日"},
      {"二〇一九年十二月三十一日", "2019-12-31@二〇一九年十二月三十一日"},
      {"2015 年 1 月 1 日", "2015-01-01@2015 年 1 月 1 日"},
      {"２０１６年２月２９日", "2016-02-29@2016年2月29日"},  // full-width, leap day
      {"自2015年1月1日起至2015年12月31日止",
       "2015-01-01@2015年1月1日, 2015-12-31@2015年12月31日"},
  };
  for (const auto& c : kCases) CHECK_MESSAGE(Dates(c[0]) == std::string(c[1]), std::string(c[0]));
}

TEST_CASE("what is not a complete date") {
  const char* kNone[] = {
      "2014年4月",            // no day
      "2015年",               // a year
      "2015年2月30日",        // no such day
      "2100年2月29日",        // not a leap year
      "2015年13月1日",        // no such month
      "12019年3月1日",        // a longer number
      "1850年3月1日",         // not a plausible year
      "电话:0716-8278407",    // a phone number
      "共2019件3月",          // no separator after the year
  };
  for (const char* s : kNone) CHECK_MESSAGE(Dates(s) == "", std::string(s));
  // The day may not run on into more digits.
  CHECK(Dates("2019年3月131件") == "");
}

TEST_CASE("Date arithmetic and formats") {
  Date a{2019, 3, 31}, b{2019, 4, 1};
  CHECK(a < b);
  CHECK(Date{2018, 12, 31} < a);
  CHECK(a == Date{2019, 3, 31});
  CHECK(a.ToIso() == "2019-03-31");
  CHECK(Date{2000, 2, 29}.Valid());
  CHECK_FALSE(Date{1900, 2, 29}.Valid());
  CHECK_FALSE(Date{2019, 4, 31}.Valid());
  CHECK_FALSE(Date{2019, 0, 1}.Valid());
  CHECK(Date::FromIso("2020-01-31") == Date{2020, 1, 31});
  CHECK(Date::FromIso("2020-02-30") == std::nullopt);
  CHECK(Date::FromIso("03-31") == std::nullopt);
}

}  // namespace
}  // namespace reportlint
