#include "checker/engine/run_rules.h"

#include <functional>

#include "checker/rules/corpus_rule.h"
#include "checker/util/regex.h"

namespace reportlint {
namespace {

// The folded index of a pointer into the folded text; npos when the pattern
// ran on text of its own (a heading's title, a cell).
size_t FoldedIndex(const Analysis& a, const char32_t* where) {
  const std::u32string& text = a.folded.text();
  std::less<const char32_t*> before;  // pointers into different objects compare only this way
  if (!where || before(where, text.data()) || before(text.data() + text.size(), where)) {
    return std::u32string::npos;
  }
  return static_cast<size_t>(where - text.data());
}

}  // namespace

bool RunPackRules(const Pack& pack, const Analysis& analysis, FindingSink& sink,
                  CorpusReport* corpus) {
  bool applies = false;
  CollectMemo memo;
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
      if (corpus) corpus->facts.emplace_back(rule->id, across->Collect(analysis, memo));
      continue;
    }
    FindingSink::ForRule reporter(&sink, rule.get());
    RegexLimitWatch watch;
    size_t before = sink.pending();
    rule->impl->Check(analysis, reporter);
    if (watch.hit()) {
      sink.ReportPatternLimit(rule->id, FoldedIndex(analysis, watch.where()), before);
    }
  }
  return applies;
}

}  // namespace reportlint
