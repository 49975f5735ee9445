// Rates in prose: "已办结13832件,办结率96.92%" — the count the rate names over the bases
// the sentence offers; and rates that name no count, which can only be bounded.
#include <algorithm>

#include "checker/facts/relation_context.h"
#include "checker/util/sentences.h"
#include "checker/util/utf.h"

namespace reportlint {

void FindRates(const RelationContext& c, std::vector<Relation>* out) {
  std::u32string_view text = c.text();
  const std::vector<Quantity>& q = c.q();
  const RelationLexicon& lex = c.lexicon();
  for (int k = 0; k < c.size(); ++k) {
    if (!c.ProsePercent(k)) continue;
    // "<stem>率<link>96.92%": walk back over the link word to 率.
    size_t i = q[k].begin;
    while (i > 0 && text[i - 1] == U' ') --i;
    i -= WordBefore(text, i, lex.rate_links);
    if (i < 3 || text[i - 1] != U'率') continue;
    std::u32string_view stem = text.substr(i - 3, 2);  // 办结率 -> 办结
    if (!IsCjkIdeograph(stem[0]) || !IsCjkIdeograph(stem[1])) continue;
    size_t bounded_stem = WordBefore(text, i - 1, lex.bounded_rate_stems);  // 电子化率
    Relation r;
    r.kind = RelationKind::kRate;
    r.rate = k;
    r.bounded = bounded_stem > 0;
    size_t stem_length = std::max<size_t>(bounded_stem, 2);
    r.cue = std::u32string(text.substr(i - 1 - stem_length, stem_length + 1));  // 电子化率
    r.begin = q[k].begin;
    r.end = q[k].end;
    // The numerator ends the clause before the rate and names what is
    // counted: "已办结13832件,办结率…". Every countable before it in the
    // sentence may be the base, also a smaller one: "受理236件,办结263件,
    // 办结率100%" is a defect, not a reason to look away.
    size_t sb = SentenceBegin(text, i);
    std::vector<int> before = c.AmountsIn(sb, i);
    if (!before.empty()) {
      int num = before.back();
      std::u32string_view between = c.Slice(q[num].end, i - 3);
      size_t clause = std::max(sb, BeginOf(text, q[num].begin, IsItemSeparator));
      bool names_stem = c.Slice(clause, q[num].end).find(stem) != std::u32string_view::npos;
      bool near = std::count(between.begin(), between.end(), U',') <= 1 &&
                  between.find(U';') == std::u32string_view::npos;
      if (names_stem && near) {
        r.numerator = num;
        r.numerator_aside = c.AsideOf(num);
        before.pop_back();
        r.bases = CandidateTotals(before, true, [&](int b) { return c.Addable(b, num); });
        if (!r.bases.empty()) r.begin = q[before.front()].begin;
      }
    }
    // A rate with no count is kept only for its bound.
    if (r.bases.empty()) {
      r.numerator = -1;
      if (!r.bounded) continue;
    }
    out->push_back(std::move(r));
  }
}

}  // namespace reportlint
