// What the relation finders share: the text, its quantities, the lexicon and which
// quantities can take part in a relation at all. Internal to checker/facts.
#ifndef REPORTLINT_FACTS_RELATION_CONTEXT_H_
#define REPORTLINT_FACTS_RELATION_CONTEXT_H_

#include <functional>
#include <string_view>
#include <vector>

#include "checker/facts/relations.h"

namespace reportlint {

// Length of the longest word of `words` that starts at `pos`, or 0.
size_t WordAt(std::u32string_view text, size_t pos, const std::vector<std::u32string>& words);

// Length of the longest word of `words` that ends right before `pos`, or 0.
size_t WordBefore(std::u32string_view text, size_t pos, const std::vector<std::u32string>& words);

bool ContainsAny(std::u32string_view s, const std::vector<std::u32string>& words);

class RelationContext {
 public:
  RelationContext(std::u32string_view text, const std::vector<Quantity>& quantities,
                  const RelationLexicon& lexicon, const std::vector<bool>& excluded);

  std::u32string_view text() const { return text_; }
  const std::vector<Quantity>& q() const { return q_; }
  const RelationLexicon& lexicon() const { return lex_; }
  int size() const { return static_cast<int>(q_.size()); }

  std::u32string_view Slice(size_t b, size_t e) const {
    return e > b ? text_.substr(b, e - b) : std::u32string_view();
  }

  // A count or amount that may be a total or a part: not a percentage, not in
  // brackets ("(不同渠道…计一条)" is an aside), not a table cell.
  bool Countable(int k) const { return !q_[k].percent && !aside_[k] && !excluded_[k]; }
  // A percentage of the prose (not a table cell; an aside "(占3.9%)" is fine).
  bool ProsePercent(int k) const { return q_[k].percent && !excluded_[k]; }
  // The quantity is a change ("增加42件"), not an amount.
  bool IsChange(int k) const;
  bool InBrackets(int k) const { return aside_[k]; }

  // A count in brackets right after quantity k, in its unit ("20条(同时撤销2条)",
  // "办结55件(含上年结转5件)"), or -1: k may or may not include it.
  int AsideOf(int k) const;

  // The amounts inside [from, to) that may be totals or parts: countable and
  // not a change, in order.
  std::vector<int> AmountsIn(size_t from, size_t to) const;

  // Indices of the quantities inside [from, to), in order.
  std::vector<int> QuantitiesIn(size_t from, size_t to) const;
  // The first quantity starting in [from, to), or -1.
  int FirstQuantityIn(size_t from, size_t to) const;

  // Whether a and b may be added: the same unit (or no unit) and class.
  bool Addable(int a, int b) const {
    return SameUnit(q_[a], q_[b]) && Compatible(q_[a].unit_class, q_[b].unit_class);
  }

 private:
  std::u32string_view text_;
  const std::vector<Quantity>& q_;
  const RelationLexicon& lex_;
  std::vector<bool> aside_;
  std::vector<bool> excluded_;
};

// The totals numbers before a list or a rate allow: each of `before` (in text
// order, so the nearest is last) that `fits`, nearest first — kStated, then
// kSameSentence, or all kPreviousSentence when they stand in the sentence
// before — then the sums of runs of adjacent ones that fit (kSumOfCounts).
std::vector<TotalCandidate> CandidateTotals(const std::vector<int>& before, bool same_sentence,
                                            const std::function<bool(int)>& fits);

// The finders, one per relation kind; each appends to `out`.
void FindTotalParts(const RelationContext& c, std::vector<Relation>* out);
void FindRates(const RelationContext& c, std::vector<Relation>* out);
void FindDifferences(const RelationContext& c, std::vector<Relation>* out);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_RELATION_CONTEXT_H_
