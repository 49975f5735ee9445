// The context the relation finders share: word lookups, which quantities are
// asides in brackets, amounts in a stretch of text, and the candidate totals.
#include "checker/facts/relation_context.h"

#include <algorithm>

#include "checker/util/sentences.h"

namespace reportlint {

size_t WordAt(std::u32string_view text, size_t pos, const std::vector<std::u32string>& words) {
  if (pos >= text.size()) return 0;
  size_t best = 0;
  for (const auto& w : words) {
    if (w.size() > best && text[pos] == w[0] && text.substr(pos, w.size()) == w) best = w.size();
  }
  return best;
}

size_t WordBefore(std::u32string_view text, size_t pos, const std::vector<std::u32string>& words) {
  size_t best = 0;
  for (const auto& w : words) {
    if (w.size() > best && w.size() <= pos && text.substr(pos - w.size(), w.size()) == w) {
      best = w.size();
    }
  }
  return best;
}

bool ContainsAny(std::u32string_view s, const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::u32string& w) { return s.find(w) != std::u32string_view::npos; });
}

RelationContext::RelationContext(std::u32string_view text, const std::vector<Quantity>& quantities,
                                 const RelationLexicon& lexicon, const std::vector<bool>& excluded)
    : text_(text), q_(quantities), lex_(lexicon) {
  excluded_ = excluded;
  excluded_.resize(q_.size(), false);
  // Brackets close within their sentence; an unclosed one is a typo, not an aside.
  std::vector<size_t> opens;
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == U'(') opens.push_back(i);
    if (text_[i] == U')' && !opens.empty()) {
      spans.emplace_back(opens.back(), i);
      opens.pop_back();
    }
    if (IsSentenceEnd(text_[i])) opens.clear();
  }
  std::sort(spans.begin(), spans.end());
  aside_.assign(q_.size(), false);
  size_t s = 0;
  for (size_t k = 0; k < q_.size(); ++k) {
    while (s < spans.size() && spans[s].second < q_[k].begin) ++s;
    for (size_t t = s; t < spans.size() && spans[t].first < q_[k].begin; ++t) {
      if (q_[k].end <= spans[t].second) aside_[k] = true;
    }
  }
}

bool RelationContext::IsChange(int k) const {
  size_t b = q_[k].begin;
  if (b > 0 && text_[b - 1] == U'了') --b;
  return WordBefore(text_, b, lex_.change_words) > 0;
}

int RelationContext::AsideOf(int k) const {
  size_t e = q_[k].end;
  if (e >= text_.size() || text_[e] != U'(') return -1;
  // As asides are found (above): a bracket closes within its sentence, else it is none.
  size_t close = std::min(text_.find(U')', e), SentenceEnd(text_, e));
  int a = FirstQuantityIn(e, close == text_.size() || text_[close] != U')' ? e : close);
  return a >= 0 && !q_[a].percent && Addable(a, k) ? a : -1;
}

std::vector<int> RelationContext::QuantitiesIn(size_t from, size_t to) const {
  auto it = std::lower_bound(q_.begin(), q_.end(), from,
                             [](const Quantity& q, size_t pos) { return q.begin < pos; });
  std::vector<int> out;
  for (; it != q_.end() && it->end <= to; ++it) out.push_back(static_cast<int>(it - q_.begin()));
  return out;
}

std::vector<int> RelationContext::AmountsIn(size_t from, size_t to) const {
  std::vector<int> out;
  for (int k : QuantitiesIn(from, to)) {
    if (Countable(k) && !IsChange(k)) out.push_back(k);
  }
  return out;
}

int RelationContext::FirstQuantityIn(size_t from, size_t to) const {
  auto it = std::lower_bound(q_.begin(), q_.end(), from,
                             [](const Quantity& q, size_t pos) { return q.begin < pos; });
  return it != q_.end() && it->begin < to ? static_cast<int>(it - q_.begin()) : -1;
}

std::vector<TotalCandidate> CandidateTotals(const std::vector<int>& before, bool same_sentence,
                                            const std::function<bool(int)>& fits) {
  std::vector<TotalCandidate> out;
  for (auto k = before.rbegin(); k != before.rend(); ++k) {
    if (!fits(*k)) continue;
    TotalSource s = !same_sentence ? TotalSource::kPreviousSentence
                    : out.empty()  ? TotalSource::kStated
                                   : TotalSource::kSameSentence;
    out.push_back({s, {*k}});
  }
  for (size_t b = 0; b < before.size(); ++b) {
    for (size_t e = b + 1; e < before.size() && fits(before[e]) && fits(before[b]); ++e) {
      out.push_back({TotalSource::kSumOfCounts,
                     std::vector<int>(before.begin() + static_cast<long>(b),
                                      before.begin() + static_cast<long>(e) + 1)});
    }
  }
  return out;
}

}  // namespace reportlint
