// The rule dispatch of one report: which rules run and where they report. The
// Checker and the unit tests' helper both call it, so a rule runs in a test
// exactly as it runs for a user.
#ifndef REPORTLINT_ENGINE_RUN_RULES_H_
#define REPORTLINT_ENGINE_RUN_RULES_H_

#include "checker/corpus/corpus.h"
#include "checker/facts/analysis.h"
#include "checker/findings/finding_sink.h"
#include "checker/rules/pack.h"

namespace reportlint {

// Runs every rule of `pack` whose applies_to governs the report and that the
// sink's configuration leaves enabled, each reporting into `sink` (on a report
// with no text at all, a scanned PDF, only the rules that RunsWithoutText). Returns
// whether any rule of the pack governs the report (enabled or not): the
// report then counts among the pack's reports. A cross-report rule reports
// nothing here: what it collects goes into `corpus->facts` (when not null).
bool RunPackRules(const Pack& pack, const Analysis& analysis, FindingSink& sink,
                  CorpusReport* corpus);

}  // namespace reportlint

#endif  // REPORTLINT_ENGINE_RUN_RULES_H_
