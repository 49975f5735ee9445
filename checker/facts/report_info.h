// Report metadata read from the text: title, organisation, report year, and the
// publication and signing dates.
#ifndef REPORTLINT_FACTS_REPORT_INFO_H_
#define REPORTLINT_FACTS_REPORT_INFO_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/values/dates.h"
#include "checker/facts/period.h"
#include "checker/facts/year_mentions.h"
#include "checker/structure/lines.h"
#include "checker/facts/report_year.h"

namespace reportlint {

struct DatedLine {
  Date date;
  size_t begin = 0;  // span of the date in the folded text
  size_t end = 0;
};

struct ReportInfo {
  std::optional<size_t> title_line;  // index into the lines it was read from
  size_t title_begin = 0, title_end = 0;
  std::u32string title;              // folded
  std::u32string organisation;       // folded, e.g. 荆州市
  std::optional<int> year;
  YearSource year_source = YearSource::kNone;
  size_t year_begin = 0, year_end = 0;  // the title, sentence or period that names the year
  std::vector<int> named_years;  // by titles and naming sentences (report_year.h)
  std::optional<DatedLine> published;  // 发布时间/发布日期 line of the page
  std::optional<DatedLine> signed_on;  // the date under the signature

  // The earliest date the report gives for itself (published or signed), or
  // null: a web page's 发布时间 may be a later re-post of a report signed on
  // time, so this is the date a deadline is judged by.
  const DatedLine* EarliestDate() const {
    const DatedLine* earliest = nullptr;
    for (const auto* d : {&published, &signed_on}) {
      if (d->has_value() && (earliest == nullptr || (*d)->date < earliest->date)) earliest = &**d;
    }
    return earliest;
  }
};

// The title is the first title near the top that names a year, else the first
// one without (report_title.h); the year comes from the report itself before the
// period (report_year.h).
ReportInfo ReadReportInfo(const std::u32string& text, const std::vector<LineSpan>& lines,
                          const std::vector<DateMention>& dates,
                          const std::vector<PeriodStatement>& periods,
                          const std::vector<YearMention>& years);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_REPORT_INFO_H_
