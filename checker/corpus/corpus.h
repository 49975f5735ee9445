// The corpus model: every report of a run as the cross-report rules see it — whose
// it is, which year, and the few facts each rule collected — indexed by body and year.
#ifndef REPORTLINT_CORPUS_CORPUS_H_
#define REPORTLINT_CORPUS_CORPUS_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/corpus/hierarchy.h"
#include "checker/facts/directives.h"
#include "checker/values/dates.h"
#include "reportlint/location.h"

namespace reportlint {

// Where a kept fact is in its report: the Location of its first character, and
// the line and column of its end (on the same paragraph, cell or page).
// Compact, as a run keeps thousands of them.
struct KeptSpan {
  Location begin;
  int end_line = 0;
  int end_column = 0;

  KeptSpan() = default;
  KeptSpan(const Location& b, const Location& e)
      : begin(b), end_line(e.line), end_column(e.column) {}
  Location end() const {
    Location e = begin;
    e.line = end_line;
    e.column = end_column;
    return e;
  }
};

// What one corpus rule collected from one report (numbers with their
// locations, text fingerprints): each kind derives its own. Never the text.
class CorpusFacts {
 public:
  virtual ~CorpusFacts() = default;
};

// One report of the run. Built on the thread that checked the report, read
// by the corpus rules after every report is checked; small by design, so a
// run over 10,000 reports keeps them all.
struct CorpusReport {
  std::string path;
  std::string organisation;  // as read from the report (folded), "" when unknown
  std::string body;          // BodyKey(organisation): what reports of one body share
  std::optional<int> year;
  std::string regulation;    // "2008", "2019" or "" (Regulation())
  // The earliest date it gives for itself (ReportInfo::EarliestDate), and its line.
  std::optional<Date> published;
  int published_line = 0;
  KeptSpan title;            // the report as a whole: its title line (or first line)
  // Per corpus rule that governs the report, by rule id (a view of the id of
  // the rule that collected it: a CorpusReport is used while its Checker
  // lives); null facts when the rule found nothing to collect.
  std::vector<std::pair<std::string_view, std::shared_ptr<const CorpusFacts>>> facts;
  // Its suppression directives that name a cross-report rule: applied to the
  // findings at this report once the run is judged (usually none).
  std::vector<Directive> directives;

  // Whether the rule `rule_id` governs the report (its applies_to, and not
  // turned off for the file): only then does the rule judge it.
  bool GovernedBy(const std::string& rule_id) const;
  // The facts `rule_id` collected here, or null.
  const CorpusFacts* FactsOf(const std::string& rule_id) const;
};

// The reports of a run, looked up by body and year.
class Corpus {
 public:
  // `reports` in input order, null for a file that could not be read.
  // `hierarchy` may be null (no --hierarchy): then only the checks that need
  // none run. It must outlive the corpus.
  Corpus(const std::vector<std::shared_ptr<const CorpusReport>>& reports,
         const Hierarchy* hierarchy);

  // In input order.
  const std::vector<std::shared_ptr<const CorpusReport>>& reports() const { return reports_; }
  const Hierarchy* hierarchy() const { return hierarchy_; }

  // The reports of `body` (a BodyKey) for `year`, in input order.
  std::vector<const CorpusReport*> Find(const std::string& body, int year) const;
  // How many files of the run may be a report of `year` whose body is
  // unknown: the unreadable ones, those with no year read, and those of
  // `year` with no organisation read (a scan, an untitled page). A body that
  // seems to have no report for `year` may have it among them.
  int UnplacedFor(int year) const;

 private:
  std::vector<std::shared_ptr<const CorpusReport>> reports_;
  const Hierarchy* hierarchy_;
  int unreadable_or_undated_ = 0;
  std::map<int, int> no_body_by_year_;
  std::map<std::pair<std::string, int>, std::vector<const CorpusReport*>> by_body_year_;
};

// The corpus as one rule sees it: only the reports the rule governs, each with
// the facts the rule collected from it.
class RuleCorpus {
 public:
  // Both must outlive the view.
  RuleCorpus(const Corpus& corpus, const std::string& rule_id);

  // In input order.
  const std::vector<const CorpusReport*>& reports() const { return reports_; }
  const Hierarchy* hierarchy() const { return corpus_.hierarchy(); }
  const Corpus& corpus() const { return corpus_; }
  // The governed reports of `body` for `year`, in input order.
  std::vector<const CorpusReport*> Find(const std::string& body, int year) const;
  // The years of the governed reports, ascending.
  std::vector<int> Years() const;
  // The one governed report of `body` for `year`, or null: with none, or
  // several, what the body stated that year is unknown.
  const CorpusReport* Only(const std::string& body, int year) const;
  // `f(now, before)` for each governed report that is its body's only one of
  // its year Y, with the body's only report of Y−1, in input order.
  void ForEachYearPair(
      const std::function<void(const CorpusReport& now, const CorpusReport& before)>& f) const;
  // What the rule collected from `report` as its kind's facts type, or null.
  template <typename T>
  const T* FactsOf(const CorpusReport& report) const {
    return dynamic_cast<const T*>(report.FactsOf(rule_id_));
  }

 private:
  const Corpus& corpus_;
  const std::string& rule_id_;
  std::vector<const CorpusReport*> reports_;
};

}  // namespace reportlint

#endif  // REPORTLINT_CORPUS_CORPUS_H_
