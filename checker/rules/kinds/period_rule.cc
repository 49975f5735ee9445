#include "checker/rules/kinds/period_rule.h"

#include <algorithm>
#include <cstdio>

namespace reportlint {

void PeriodRule::Configure(ParamReader& params) {
  std::string check = params.Choice(
      "check", {"stated", "range", "other-year", "deadline", "year-known"}, "stated");
  check_ = check == "range"        ? CheckType::kRange
           : check == "other-year" ? CheckType::kOtherYear
           : check == "deadline"   ? CheckType::kDeadline
           : check == "year-known" ? CheckType::kYearKnown
                                   : CheckType::kStated;
  if (check_ == CheckType::kDeadline) {
    params.Require("deadline");
    std::string deadline = params.String("deadline", "03-31");
    int m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(deadline.c_str(), "%d-%d%c", &m, &d, &tail) != 2 ||
        !Date{2000, m, d}.Valid()) {
      params.Fail("deadline", "'deadline' must be a month and day such as \"03-31\"");
    } else {
      deadline_month_ = m;
      deadline_day_ = d;
    }
    deadline_year_offset_ = params.Int("deadline_year_offset", 1, 0, 5);
  }
}

std::vector<std::string> PeriodRule::EvidenceKeys() const {
  switch (check_) {
    case CheckType::kStated: return {"report_year"};
    case CheckType::kRange:
      return {"stated_start", "stated_end", "expected_start", "expected_end",
              "report_year",  "year_source", "year_text"};
    case CheckType::kOtherYear: return {"year", "report_year"};
    case CheckType::kDeadline: return {"published", "deadline", "report_year"};
    case CheckType::kYearKnown: return {};
  }
  return {};
}

void PeriodRule::Check(const Analysis& a, RuleReporter& out) const {
  std::optional<int> year = a.info.year;
  if (check_ == CheckType::kYearKnown) {
    if (!year) {
      auto [b, e] = a.WholeReportSpan();
      out.Report(b, e, nlohmann::ordered_json::object());
    }
    return;
  }
  if (check_ == CheckType::kStated) {
    if (a.periods.empty()) {
      auto [b, e] = a.WholeReportSpan();
      nlohmann::ordered_json ev = nlohmann::ordered_json::object();
      if (year) ev["report_year"] = *year;
      out.Report(b, e, ev);
    }
    return;
  }
  if (!year) return;  // nothing to compare with; `year-known` says so
  switch (check_) {
    case CheckType::kRange: return CheckRange(a, *year, out);
    case CheckType::kOtherYear: return CheckOtherYear(a, *year, out);
    case CheckType::kDeadline: return CheckDeadline(a, *year, out);
    default: return;
  }
}

void PeriodRule::CheckRange(const Analysis& a, int year, RuleReporter& out) const {
  // When titles or naming sentences name several years, each is a reading:
  // a period is wrong only if it covers none of them.
  std::vector<int> readings = a.info.named_years;
  if (readings.size() < 2) readings = {year};
  Date first{year, 1, 1}, last{year, 12, 31};
  for (const PeriodStatement& p : a.periods) {
    bool covers_a_reading = std::any_of(readings.begin(), readings.end(), [&](int y) {
      return p.start == Date{y, 1, 1} && p.finish == Date{y, 12, 31};
    });
    if (covers_a_reading) continue;
    nlohmann::ordered_json ev;
    ev["stated_start"] = p.start.ToIso();
    ev["stated_end"] = p.finish.ToIso();
    ev["expected_start"] = first.ToIso();
    ev["expected_end"] = last.ToIso();
    ev["report_year"] = year;
    ev["year_source"] = YearSourceName(a.info.year_source);
    if (a.info.year_source != YearSource::kPeriod) {
      ev["year_text"] = a.OriginalText(a.info.year_begin, a.info.year_end);
    }
    out.Report(p.range_begin, p.end, ev);
  }
}

void PeriodRule::CheckOtherYear(const Analysis& a, int year, RuleReporter& out) const {
  for (const YearMention& y : a.years) {
    if (y.year == year || !y.opens_sentence || y.is_date || y.quoted || y.comparison ||
        !y.states_count) {
      continue;
    }
    if (y.year > year && y.plan) continue;  // plans for next year are expected
    bool in_period = false;
    for (const PeriodStatement& p : a.periods) in_period |= y.begin >= p.begin && y.end <= p.end;
    if (in_period) continue;
    out.Report(y.begin, y.end, {{"year", y.year}, {"report_year", year}});
  }
}

void PeriodRule::CheckDeadline(const Analysis& a, int year, RuleReporter& out) const {
  // The earliest date the report gives for itself: a web page's 发布时间 may
  // be a later re-post of a report signed on time.
  const DatedLine* earliest = nullptr;
  for (const auto* d : {&a.info.published, &a.info.signed_on}) {
    if (d->has_value() && (earliest == nullptr || (*d)->date < earliest->date)) {
      earliest = &**d;
    }
  }
  if (earliest == nullptr) return;
  Date deadline{year + deadline_year_offset_, deadline_month_, deadline_day_};
  if (!(deadline < earliest->date)) return;
  out.Report(earliest->begin, earliest->end,
             {{"published", earliest->date.ToIso()},
              {"deadline", deadline.ToIso()},
              {"report_year", year}});
}

}  // namespace reportlint
