#include "checker/structure/report_info.h"

#include <algorithm>

#include "checker/util/regex.h"

namespace reportlint {
namespace {

constexpr size_t kTitleSearchLines = 20;
constexpr size_t kMaxTitleLength = 80;
constexpr size_t kSignatureSearchLines = 8;

const Regex& TitlePattern() {
  static const auto re = MustCompile("(?:政府信息公开|政务公开|信息公开).*(?:年度.{0,4}报告|年报|工作报告)");
  return *re;
}

const Regex& TitleYearPattern() {
  static const auto re = MustCompile("(?<![0-9])((?:19|20)[0-9]{2}) ?年度?");
  return *re;
}

const Regex& PublishedPattern() {
  static const auto re = MustCompile("发布(?:时间|日期|于)|发文日期|成文日期|日期 ?:");
  return *re;
}

const Regex& OrganisationSuffix() {
  static const auto re = MustCompile("(?:人民政府|政府)?(?:政府信息公开|政务公开|信息公开).*$");
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
                          const std::vector<PeriodStatement>& periods) {
  ReportInfo info;
  // A title names the report and its year; a breadcrumb ("首页 > 政府信息公开 >
  // 信息公开年报") only names the kind. A title without a year is accepted
  // only when no line has one, and only if it ends like a title.
  std::optional<size_t> chosen;
  for (size_t li = 0; li < lines.size() && li < kTitleSearchLines; ++li) {
    std::u32string_view line = LineText(text, lines[li]);
    if (line.size() > kMaxTitleLength || !TitlePattern().Matches(line)) continue;
    if (line.find_first_of(U">»›") != std::u32string_view::npos) continue;  // a breadcrumb
    if (TitleYearPattern().Matches(line)) {
      chosen = li;
      break;
    }
    if (!chosen && line.size() >= 2 && line.substr(line.size() - 2) == U"报告") chosen = li;
  }
  if (chosen) {
    size_t li = *chosen;
    std::u32string_view line = LineText(text, lines[li]);
    // A Markdown title's "# " is markup, not part of the name.
    size_t markup = 0;
    while (markup < line.size() && (line[markup] == U'#' || line[markup] == U' ')) ++markup;
    line.remove_prefix(markup);
    info.title_line = li;
    info.title_begin = lines[li].begin + markup;
    info.title_end = lines[li].end;
    info.title = std::u32string(line);
    RegexMatch whole;
    std::vector<RegexMatch> g;
    if (TitleYearPattern().FindGroups(line, 0, &whole, &g)) {
      info.year = std::stoi(std::string(line.begin() + g[0].begin, line.begin() + g[0].end));
      info.year_source = YearSource::kTitle;
      // The organisation is what the title names besides the year and the
      // report's own name: 荆州市2015年… / 2018年泸州市政府信息公开…
      std::u32string org = std::u32string(line.substr(0, whole.begin)) +
                           std::u32string(line.substr(whole.end));
      if (auto suffix = OrganisationSuffix().Find(org)) org.resize(suffix->begin);
      while (!org.empty() && org.back() == U' ') org.pop_back();
      info.organisation = org;
    }
  }
  if (!info.year && !periods.empty()) {
    info.year = periods.front().start.year;
    info.year_source = YearSource::kPeriod;
  }

  for (size_t li = 0; li < lines.size() && li < kTitleSearchLines; ++li) {
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
