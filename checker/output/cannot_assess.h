// Which findings say "cannot assess": a part of the report that reportlint
// could not read, so its checks did not run (the table kind's `readable` and
// `image` checks, the sections kind's `readable`, `text-layer` and `page-text`). They are infos, but an
// office counts them apart: a report full of them was not really checked.
// This is the one place that decides it; the spreadsheet formats and the jsonl
// report line count with it.
#ifndef REPORTLINT_OUTPUT_CANNOT_ASSESS_H_
#define REPORTLINT_OUTPUT_CANNOT_ASSESS_H_

#include <set>
#include <string>
#include <vector>

#include "reportlint/checker.h"

namespace reportlint {

class CannotAssess {
 public:
  // From the rules in force (OutputOptions::rules), by the kind and check each
  // runs (RuleSummary::check), whatever pack defines it, so custom packs count too.
  explicit CannotAssess(const std::vector<RuleSummary>& rules);

  bool operator()(const Finding& f) const { return rule_ids_.count(f.rule_id) > 0; }

 private:
  std::set<std::string> rule_ids_;
};

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_CANNOT_ASSESS_H_
