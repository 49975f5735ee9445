#include "checker/values/dates.h"

#include <fmt/format.h>

#include "checker/values/chinese_numeral.h"
#include "checker/util/regex.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

const Regex& DatePattern() {
  // 2015年1月1日 | 2016-03-09 | 2019.3.13 | 2019/3/13 | 二〇一九年三月十三日
  static const auto re =
      MustCompile(std::string("((?:19|20)[0-9]{2}|") + kPositionalDigitClass + "{4}) ?(?:年 ?|[-./])" +
                  "([0-9]{1,2}|" + kOrdinalCharClass + "{1,2}) ?(?:月 ?|[-./])" + "([0-9]{1,2}|" +
                  kOrdinalCharClass + "{1,3})(?![0-9])(?: ?(?:日|号))?");
  return *re;
}

}  // namespace

bool Date::Valid() const {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::string Date::ToIso() const { return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day); }

std::optional<Date> Date::FromIso(const std::string& iso) {
  Date d;
  if (std::sscanf(iso.c_str(), "%d-%d-%d", &d.year, &d.month, &d.day) != 3 || !d.Valid()) {
    return std::nullopt;
  }
  return d;
}

std::optional<MonthDay> ParseMonthDay(const std::string& text) {
  MonthDay md;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%d-%d%c", &md.month, &md.day, &tail) != 2 ||
      !Date{2000, md.month, md.day}.Valid()) {
    return std::nullopt;
  }
  return md;
}

std::vector<DateMention> FindDates(std::u32string_view text) {
  std::vector<DateMention> out;
  size_t pos = 0;
  RegexMatch whole;
  std::vector<RegexMatch> g;
  while (DatePattern().FindGroups(text, pos, &whole, &g)) {
    // "12015年…" holds no date; checked here rather than with a lookbehind,
    // which would stop PCRE2 from skipping to the possible first characters.
    if (whole.begin > 0 && IsAsciiDigit(text[whole.begin - 1])) {
      pos = whole.begin + 1;
      continue;
    }
    pos = whole.end;
    auto part = [&](int i) { return ParseCount(text.substr(g[i].begin, g[i].end - g[i].begin)); };
    auto y = part(0), m = part(1), d = part(2);
    if (!y || !m || !d) continue;
    Date date{static_cast<int>(*y), static_cast<int>(*m), static_cast<int>(*d)};
    if (!date.Valid()) continue;
    out.push_back({date, whole.begin, whole.end});
  }
  return out;
}

}  // namespace reportlint
