#include "checker/engine/run_rules.h"

#include "checker/rules/corpus_rule.h"

namespace reportlint {

bool RunPackRules(const Pack& pack, const Analysis& analysis, FindingSink& sink,
                  CorpusReport* corpus) {
  bool applies = false;
  for (const auto& rule : pack.rules) {
    if (!rule->applies.Matches(analysis.info.year, analysis.info.organisation)) continue;
    const CorpusRuleKind* across = rule->impl->AsCorpusRule();
    // A pack of cross-report rules alone is not among the report's packs:
    // it says nothing about the report by itself.
    if (!across) applies = true;
    if (!sink.Enabled(rule->id)) continue;
    // A scan is not assessed: no statement, section or table of it is missing.
    if (analysis.sections.no_text && !rule->impl->RunsWithoutText()) continue;
    if (across) {
      if (corpus) corpus->facts.emplace_back(rule->id, across->Collect(analysis));
      continue;
    }
    FindingSink::ForRule reporter(&sink, rule.get());
    rule->impl->Check(analysis, reporter);
  }
  return applies;
}

}  // namespace reportlint
