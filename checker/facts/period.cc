#include "checker/facts/period.h"

#include <string>

#include "checker/util/regex.h"

namespace reportlint {
namespace {

const Regex& PeriodPattern() {
  // Text taken from web pages may lose 年/月/日 ("2025 1 1 日至 2025 12 31 日"),
    // so a space stands in for each of them.
    const std::string y = "((?:19|20)[0-9]{2})(?: ?年度? ?| )";
    const std::string m = "([0-9]{1,2})(?: ?月 ?| )";
    const std::string d = "([0-9]{1,2})(?![0-9]) ?(?:日|号)?";
    static const auto re = MustCompile("(?:统计|数据|涵盖|报告期|期限|时限)[^。\\n]{0,30}?" + y + m + d +
            " ?(?:起)? ?[,]? ?(?:至|到|—|–|~|-) ?"
            "(?:((?:19|20)[0-9]{2})(?: ?年 ?| ))?" + m + d + " ?(?:止)?");
  return *re;
}

}  // namespace

std::vector<PeriodStatement> FindPeriods(std::u32string_view text) {
  std::vector<PeriodStatement> out;
  RegexMatch whole;
  std::vector<RegexMatch> g;
  size_t pos = 0;
  while (PeriodPattern().FindGroups(text, pos, &whole, &g)) {
    pos = whole.end;
    auto num = [&](int i) {
      return std::stoi(std::string(text.begin() + g[i].begin, text.begin() + g[i].end));
    };
    PeriodStatement p;
    p.begin = whole.begin;
    p.end = whole.end;
    p.range_begin = g[0].begin;
    p.start = {num(0), num(1), num(2)};
    p.end_year_omitted = g[3].begin == std::u32string_view::npos;
    p.finish = {p.end_year_omitted ? p.start.year : num(3), num(4), num(5)};
    if (!p.start.Valid() || !p.finish.Valid()) continue;
    out.push_back(p);
  }
  return out;
}

}  // namespace reportlint
