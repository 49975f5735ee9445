#include "checker/rules/kinds/coverage_rule.h"

#include <cstdio>
#include <map>

#include "checker/util/did_you_mean.h"

namespace reportlint {

// Without a hierarchy file only `duplicates` has anything to judge: the
// others are silent (docs/kinds/coverage.md).
const std::vector<CorpusKindCheck<CoverageRule>>& CoverageRule::Checks() {
  static const std::vector<CorpusKindCheck<CoverageRule>> checks = {
      {"missing", &CoverageRule::ConfigureYears, nullptr, &CoverageRule::CheckMissing,
       {"organisation", "year", "nearest"}},
      {"unidentified", nullptr, nullptr, &CoverageRule::CheckUnidentified, {"organisation", "year"}},
      {"unlisted", nullptr, nullptr, &CoverageRule::CheckUnlisted,
       {"organisation", "year", "hierarchy"}},
      {"duplicates", nullptr, nullptr, &CoverageRule::CheckDuplicates,
       {"organisation", "year", "other", "other_line"}},
      {"late", &CoverageRule::ConfigureLate, nullptr, &CoverageRule::CheckLate,
       {"organisation", "year", "published", "deadline", "report", "report_line"}},
  };
  return checks;
}

void CoverageRule::Configure(ParamReader& params) {
  ReadCheck(params, "check");
  ConfigureCheck(params);
}

void CoverageRule::ConfigureYears(ParamReader& params) {
  for (const std::string& y : params.StringList("years")) {
    int year = 0;
    char tail = 0;
    if (std::sscanf(y.c_str(), "%d%c", &year, &tail) != 1 || year < 1990 || year > 2100) {
      params.Fail("years", "'years' lists report years such as 2023");
    } else {
      years_.push_back(year);
    }
  }
}

void CoverageRule::ConfigureLate(ParamReader& params) {
  if (!params.Has("deadline")) return;  // the members' default, 31 March
  if (auto md = ParseMonthDay(params.String("deadline"))) {
    deadline_month_ = md->month;
    deadline_day_ = md->day;
  } else {
    params.Fail("deadline", "'deadline' must be a month and day such as \"03-31\"");
  }
}

std::vector<int> CoverageRule::YearsToCover(const RuleCorpus& corpus) const {
  return years_.empty() ? corpus.Years() : years_;
}

void CoverageRule::CheckMissing(const RuleCorpus& corpus, CorpusReporter& out) const {
  const Hierarchy* h = corpus.hierarchy();
  if (!h) return;
  // The organisations of reports no body claims: a body without a report is
  // often one whose name the report writes differently.
  std::vector<std::string> unclaimed;              // their keys
  std::map<std::string, std::string> written_as;  // key -> the organisation as read
  for (const CorpusReport* r : corpus.reports()) {
    if (r->body.empty() || h->Find(r->body)) continue;
    if (written_as.emplace(r->body, r->organisation).second) unclaimed.push_back(r->body);
  }
  for (int year : YearsToCover(corpus)) {
    // A file that may be of that year, whose body is unknown, may be the
    // report that seems missing: nothing is claimed missing for the year then
    // (the `unidentified` check says which files could not be placed).
    if (corpus.corpus().UnplacedFor(year) > 0) continue;
    for (const HierarchyBody& body : h->bodies()) {
      if (!corpus.Find(body.key, year).empty()) continue;
      nlohmann::ordered_json ev = {{"organisation", body.name}, {"year", year}};
      std::string nearest = ClosestMatch(body.key, unclaimed);
      ev["nearest"] = nearest.empty() ? nlohmann::ordered_json(nullptr)
                                      : nlohmann::ordered_json(written_as[nearest]);
      out.ReportInHierarchy(*h, body, std::move(ev));
    }
  }
}

void CoverageRule::CheckUnidentified(const RuleCorpus& corpus, CorpusReporter& out) const {
  if (!corpus.hierarchy()) return;  // only coverage needs to place every report
  // Every report of the run, also those no rule governs (a scan): each one
  // unplaced keeps `missing` from judging its year.
  for (const auto& r : corpus.corpus().reports()) {
    if (!r->body.empty() && r->year) continue;
    nlohmann::ordered_json ev;
    ev["organisation"] = r->organisation.empty() ? nlohmann::ordered_json(nullptr)
                                                 : nlohmann::ordered_json(r->organisation);
    ev["year"] = r->year ? nlohmann::ordered_json(*r->year) : nlohmann::ordered_json(nullptr);
    out.Report(*r, r->title, std::move(ev));
  }
}

void CoverageRule::CheckUnlisted(const RuleCorpus& corpus, CorpusReporter& out) const {
  const Hierarchy* h = corpus.hierarchy();
  if (!h) return;
  for (const CorpusReport* r : corpus.reports()) {
    if (r->body.empty() || h->Find(r->body)) continue;
    nlohmann::ordered_json ev = {{"organisation", r->organisation}};
    ev["year"] = r->year ? nlohmann::ordered_json(*r->year) : nlohmann::ordered_json(nullptr);
    ev["hierarchy"] = h->path();
    out.Report(*r, r->title, std::move(ev));
  }
}

void CoverageRule::CheckDuplicates(const RuleCorpus& corpus, CorpusReporter& out) const {
  for (const CorpusReport* r : corpus.reports()) {
    if (r->body.empty() || !r->year) continue;
    std::vector<const CorpusReport*> same = corpus.Find(r->body, *r->year);
    // Each later report is reported once, against the first.
    if (same.size() < 2 || same.front() == r) continue;
    const CorpusReport* first = same.front();
    nlohmann::ordered_json ev = {{"organisation", r->organisation},
                                 {"year", *r->year},
                                 {"other", first->path},
                                 {"other_line", first->title.begin.line}};
    out.Report(*r, r->title, std::move(ev));
  }
}

void CoverageRule::CheckLate(const RuleCorpus& corpus, CorpusReporter& out) const {
  const Hierarchy* h = corpus.hierarchy();
  if (!h) return;
  for (const HierarchyBody& body : h->bodies()) {
    for (int year : YearsToCover(corpus)) {
      for (const CorpusReport* r : corpus.Find(body.key, year)) {
        Date deadline{year + 1, deadline_month_, deadline_day_};
        if (!r->published || *r->published <= deadline) continue;
        nlohmann::ordered_json ev = {{"organisation", body.name},
                                     {"year", year},
                                     {"published", r->published->ToIso()},
                                     {"deadline", deadline.ToIso()},
                                     {"report", r->path},
                                     {"report_line", r->published_line}};
        out.ReportInHierarchy(*h, body, std::move(ev));
      }
    }
  }
}

}  // namespace reportlint
