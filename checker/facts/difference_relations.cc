// Stated differences in prose: "申报1138万元,成交1102万元,比申报减少36万元" — the
// amount after 比…减少/增加 against the two values of the sentence it compares.
#include "checker/facts/relation_context.h"
#include "checker/util/sentences.h"

namespace reportlint {

void FindDifferences(const RelationContext& c, std::vector<Relation>* out) {
  std::u32string_view text = c.text();
  const std::vector<Quantity>& q = c.q();
  const RelationLexicon& lex = c.lexicon();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != U'比') continue;
    size_t limit = std::min(text.size(), i + 16);
    size_t w = 0, at = i + 1;
    bool increase = false;
    for (; at < limit && !IsItemSeparator(text[at]); ++at) {
      if ((w = WordAt(text, at, lex.decrease_words)) > 0) break;
      if ((w = WordAt(text, at, lex.increase_words)) > 0) {
        increase = true;
        break;
      }
    }
    if (w == 0 || ContainsAny(c.Slice(i, at), lex.external_references)) continue;
    int diff = c.FirstQuantityIn(at + w, at + w + 3);
    if (diff < 0 || !c.Countable(diff)) continue;
    Relation r;
    r.kind = RelationKind::kDifference;
    r.difference = diff;
    r.increase = increase;
    std::vector<int> before = c.QuantitiesIn(SentenceBegin(text, i), i);
    for (auto k = before.rbegin(); k != before.rend(); ++k) {
      if (!c.Countable(*k) || !c.Addable(*k, diff)) continue;
      if (r.later < 0) {
        r.later = *k;
      } else {
        r.earlier.push_back(*k);
      }
    }
    if (r.later < 0 || r.earlier.empty()) continue;
    r.cue = std::u32string(text.substr(at, w));
    r.begin = q[r.earlier.back()].begin;
    r.end = q[diff].end;
    out->push_back(std::move(r));
  }
}

}  // namespace reportlint
