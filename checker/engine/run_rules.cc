#include "checker/engine/run_rules.h"

namespace reportlint {

bool RunPackRules(const Pack& pack, const Analysis& analysis, FindingSink& sink) {
  bool applies = false;
  for (const auto& rule : pack.rules) {
    if (!rule->applies.Matches(analysis.info.year, analysis.info.organisation)) continue;
    applies = true;
    if (!sink.Enabled(rule->id)) continue;
    // A scan is not assessed: no statement, section or table of it is missing.
    if (analysis.sections.no_text && !rule->impl->RunsWithoutText()) continue;
    FindingSink::ForRule reporter(&sink, rule.get());
    rule->impl->Check(analysis, reporter);
  }
  return applies;
}

}  // namespace reportlint
