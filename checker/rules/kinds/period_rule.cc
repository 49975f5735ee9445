#include "checker/rules/kinds/period_rule.h"

#include <algorithm>
#include <cstdio>

namespace reportlint {

// The checks that compare with the report year (range, other-year, deadline)
// are silent when the year is unknown: `year-known` says so.
const std::vector<KindCheck<PeriodRule>>& PeriodRule::Checks() {
  static const std::vector<KindCheck<PeriodRule>> checks = {
      {"stated", nullptr, &PeriodRule::CheckStated, {"report_year"}},
      {"range", nullptr, &PeriodRule::CheckRange,
       {"stated_start", "stated_end", "expected_start", "expected_end", "report_year",
        "year_source", "year_text"}},
      {"other-year", nullptr, &PeriodRule::CheckOtherYear, {"year", "report_year"}},
      {"deadline", &PeriodRule::ConfigureDeadline, &PeriodRule::CheckDeadline,
       {"published", "deadline", "report_year"}},
      {"year-known", nullptr, &PeriodRule::CheckYearKnown, {}},
  };
  return checks;
}

void PeriodRule::Configure(ParamReader& params) {
  ReadCheck(params, "check");
  ConfigureCheck(params);
}

void PeriodRule::ConfigureDeadline(ParamReader& params) {
  params.Require("deadline");
  if (auto md = ParseMonthDay(params.String("deadline", "03-31"))) {
    deadline_month_ = md->month;
    deadline_day_ = md->day;
  } else {
    params.Fail("deadline", "'deadline' must be a month and day such as \"03-31\"");
  }
  deadline_year_offset_ = params.Int("deadline_year_offset", 1, 0, 5);
}

void PeriodRule::CheckYearKnown(const Analysis& a, RuleReporter& out) const {
  if (a.info.year) return;
  auto [b, e] = a.WholeReportSpan();
  out.Report(b, e, nlohmann::ordered_json::object());
}

void PeriodRule::CheckStated(const Analysis& a, RuleReporter& out) const {
  if (!a.periods.empty()) return;
  auto [b, e] = a.WholeReportSpan();
  nlohmann::ordered_json ev = nlohmann::ordered_json::object();
  if (a.info.year) ev["report_year"] = *a.info.year;
  out.Report(b, e, ev);
}

void PeriodRule::CheckRange(const Analysis& a, RuleReporter& out) const {
  if (!a.info.year) return;
  int year = *a.info.year;
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

void PeriodRule::CheckOtherYear(const Analysis& a, RuleReporter& out) const {
  if (!a.info.year) return;
  int year = *a.info.year;
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

void PeriodRule::CheckDeadline(const Analysis& a, RuleReporter& out) const {
  if (!a.info.year) return;
  int year = *a.info.year;
  const DatedLine* earliest = a.info.EarliestDate();
  if (earliest == nullptr) return;
  Date deadline{year + deadline_year_offset_, deadline_month_, deadline_day_};
  if (!(deadline < earliest->date)) return;
  out.Report(earliest->begin, earliest->end,
             {{"published", earliest->date.ToIso()},
              {"deadline", deadline.ToIso()},
              {"report_year", year}});
}

}  // namespace reportlint
