// Statements of the statistical period: "统计期限自2015年1月1日起至2015年12月31日止",
// "所列数据统计期限为2022年1月1日至12月31日" (end year omitted), "统计期为…".
#ifndef REPORTLINT_FACTS_PERIOD_H_
#define REPORTLINT_FACTS_PERIOD_H_

#include <string_view>
#include <vector>

#include "checker/values/dates.h"

namespace reportlint {

struct PeriodStatement {
  size_t begin = 0;   // span from the cue (统计期限, 所列数据, 涵盖…) to the end date
  size_t end = 0;
  size_t range_begin = 0;  // span of the date range alone
  Date start;
  Date finish;             // year taken from `start` when the text omits it
  bool end_year_omitted = false;
};

// Every period statement in `text`. A date range only counts when a cue word
// (统计, 数据, 涵盖, 报告期, 期限, 时限) stands shortly before it, so
// "2018年6月30日至7月2日举办…" is not a period statement.
std::vector<PeriodStatement> FindPeriods(std::u32string_view text);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_PERIOD_H_
