// The report year from the report itself: its title, else a sentence that names the
// report ("现公布2022年政府信息公开工作年度报告"), and only then the statistical period,
// which may have been copied from last year's report.
#ifndef REPORTLINT_FACTS_REPORT_YEAR_H_
#define REPORTLINT_FACTS_REPORT_YEAR_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/facts/period.h"
#include "checker/facts/year_mentions.h"
#include "checker/structure/report_title.h"

namespace reportlint {

enum class YearSource { kNone, kTitle, kNamingSentence, kPeriod };

// "title", "naming_sentence", "period" or "" (JSON, evidence, dump).
const char* YearSourceName(YearSource source);

// One place in the text that says which year the report is about.
struct YearClaim {
  int year = 0;
  YearSource source = YearSource::kNone;
  size_t begin = 0, end = 0;  // e.g. 现公布…2022年政府信息公开工作年度报告 in the folded text
};

// Sentences near the top that name the report with its year: a naming verb
// (现公布, 特编制了, 由…编制的, 现将…报告如下) or 本报告 at the sentence head, then
// the year, then the report (…政府信息公开…年度报告 / 年报 / 情况报告如下 /
// 总结如下, or "2022年度报告"). Years that are dates, sit inside brackets or
// quotations other than the report's own 《title》 after the verb, or belong to a
// plan are not claims; neither is the name of a format or a notice
// (…年度报告格式, …年度报告编制工作的通知).
std::vector<YearClaim> FindNamingSentences(std::u32string_view text,
                                           const std::vector<YearMention>& years);

struct ReportYear {
  std::optional<int> year;
  YearSource source = YearSource::kNone;
  size_t begin = 0, end = 0;  // where that year is named (folded text)
  // The distinct years the titles and naming sentences name, ascending. More
  // than one: the year above is the first title's, but each is a reading a
  // check must allow.
  std::vector<int> named_years;
};

// Title first (the first title with a year), then the first naming sentence,
// then the first period statement's year.
ReportYear DecideReportYear(const std::vector<TitleLine>& titles,
                            const std::vector<YearClaim>& naming_sentences,
                            const std::vector<PeriodStatement>& periods);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_REPORT_YEAR_H_
