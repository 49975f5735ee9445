// Report metadata read from the text: title, organisation, report year, and the
// publication and signing dates.
#ifndef REPORTLINT_STRUCTURE_REPORT_INFO_H_
#define REPORTLINT_STRUCTURE_REPORT_INFO_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/facts/dates.h"
#include "checker/facts/period.h"
#include "checker/structure/lines.h"

namespace reportlint {

enum class YearSource { kNone, kTitle, kPeriod };

struct DatedLine {
  Date date;
  size_t begin = 0;  // span of the date in the folded text
  size_t end = 0;
};

struct ReportInfo {
  std::optional<size_t> title_line;  // 0-based line index
  size_t title_begin = 0, title_end = 0;
  std::u32string title;              // folded
  std::u32string organisation;       // folded, e.g. 荆州市
  std::optional<int> year;
  YearSource year_source = YearSource::kNone;
  std::optional<DatedLine> published;  // 发布时间/发布日期 line of the page
  std::optional<DatedLine> signed_on;  // the date under the signature
};

// The title is the first line near the top that names the report
// (…政府信息公开…报告); the year comes from it, else from the first period
// statement.
ReportInfo ReadReportInfo(const std::u32string& text, const std::vector<LineSpan>& lines,
                          const std::vector<DateMention>& dates,
                          const std::vector<PeriodStatement>& periods);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_REPORT_INFO_H_
