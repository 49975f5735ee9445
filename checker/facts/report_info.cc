#include "checker/facts/report_info.h"

#include <algorithm>

#include "checker/util/regex.h"

namespace reportlint {
namespace {

constexpr size_t kPublishedSearchLines = 20;
constexpr size_t kSignatureSearchLines = 8;

const Regex& PublishedPattern() {
  static const auto re = MustCompile("发布(?:时间|日期|于)|发文日期|成文日期|日期 ?:");
  return *re;
}

const DateMention* DateIn(const std::vector<DateMention>& dates, LineSpan line) {
  for (const DateMention& d : dates) {
    if (d.begin >= line.begin && d.end <= line.end) return &d;
  }
  return nullptr;
}

}  // namespace

ReportInfo ReadReportInfo(const std::u32string& text, const std::vector<LineSpan>& lines,
                          const std::vector<DateMention>& dates,
                          const std::vector<PeriodStatement>& periods,
                          const std::vector<YearMention>& years) {
  ReportInfo info;
  std::vector<TitleLine> titles = FindTitles(text, lines);
  const TitleLine* title = nullptr;
  for (const TitleLine& t : titles) {
    if (t.year) {
      title = &t;
      break;
    }
  }
  if (!title && !titles.empty()) title = &titles.front();
  if (title) {
    info.title_line = title->line;
    info.title_begin = title->begin;
    info.title_end = title->end;
    info.title = title->text;
    info.organisation = title->organisation;
  }
  ReportYear year = DecideReportYear(titles, FindNamingSentences(text, years), periods);
  info.year = year.year;
  info.year_source = year.source;
  info.year_begin = year.begin;
  info.year_end = year.end;
  info.named_years = std::move(year.named_years);

  for (size_t li = 0; li < lines.size() && li < kPublishedSearchLines; ++li) {
    std::u32string_view line = LineText(text, lines[li]);
    auto cue = PublishedPattern().Find(line);
    if (!cue) continue;
    for (const DateMention& d : dates) {
      if (d.begin >= lines[li].begin + cue->end && d.end <= lines[li].end) {
        info.published = DatedLine{d.date, d.begin, d.end};
        break;
      }
    }
    if (info.published) break;
  }

  // The signing date stands alone on one of the last lines.
  size_t seen = 0;
  for (size_t li = lines.size(); li-- > 0 && seen < kSignatureSearchLines;) {
    if (lines[li].begin == lines[li].end) continue;
    ++seen;
    const DateMention* d = DateIn(dates, lines[li]);
    if (d && d->begin == lines[li].begin && d->end >= lines[li].end - 1) {
      info.signed_on = DatedLine{d->date, d->begin, d->end};
      break;
    }
  }
  return info;
}

}  // namespace reportlint
