#include "checker/facts/relations.h"

#include <algorithm>

#include "checker/facts/unit_table.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

bool IsSentenceEnd(char32_t c) { return c == U'。' || c == U'!' || c == U'?' || c == U'\n'; }
bool IsClauseEnd(char32_t c) { return c == U';' || IsSentenceEnd(c); }
bool IsItemSeparator(char32_t c) { return c == U',' || c == U'、' || IsClauseEnd(c); }

bool ContainsAny(std::u32string_view s, const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::u32string& w) { return s.find(w) != std::u32string_view::npos; });
}

// Length of the word of `words` that starts at `pos`, or 0.
size_t WordAt(std::u32string_view text, size_t pos, const std::vector<std::u32string>& words) {
  if (pos >= text.size()) return 0;
  size_t best = 0;
  for (const auto& w : words) {
    if (w.size() > best && text[pos] == w[0] && text.substr(pos, w.size()) == w) best = w.size();
  }
  return best;
}

class Extractor {
 public:
  Extractor(std::u32string_view text, const std::vector<Quantity>& q, const RelationLexicon& lex)
      : text_(text), q_(q), lex_(lex) {
    ComputeParenthesised();
  }

  std::vector<Relation> Run() {
    FindTotalParts();
    FindRates();
    FindDifferences();
    std::sort(out_.begin(), out_.end(),
              [](const Relation& a, const Relation& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  size_t SentenceBegin(size_t pos) const {
    while (pos > 0 && !IsSentenceEnd(text_[pos - 1])) --pos;
    return pos;
  }
  size_t SentenceEnd(size_t pos) const {
    while (pos < text_.size() && !IsSentenceEnd(text_[pos])) ++pos;
    return pos;
  }
  std::u32string_view Slice(size_t b, size_t e) const {
    return e > b ? text_.substr(b, e - b) : std::u32string_view();
  }

  // Quantities inside (…) are asides ("(不同渠道…计一条)"), never totals or parts.
  void ComputeParenthesised() {
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
    aside_.assign(q_.size(), false);
    for (size_t k = 0; k < q_.size(); ++k) {
      for (const auto& [b, e] : spans) aside_[k] = aside_[k] || (q_[k].begin > b && q_[k].end <= e);
    }
  }

  bool Countable(int k) const { return !q_[k].percent && !aside_[k]; }

  // The last countable quantity in [from, to), or -1.
  int LastCountable(size_t from, size_t to) const {
    int found = -1;
    for (size_t k = 0; k < q_.size(); ++k) {
      if (q_[k].begin >= from && q_[k].end <= to && Countable(static_cast<int>(k))) {
        found = static_cast<int>(k);
      }
    }
    return found;
  }

  int QuantityStartingNear(size_t pos, size_t max_gap) const {
    for (size_t k = 0; k < q_.size(); ++k) {
      if (q_[k].begin >= pos && q_[k].begin <= pos + max_gap) return static_cast<int>(k);
      if (q_[k].begin > pos + max_gap) break;
    }
    return -1;
  }

  // A share right after a part: ",占74.5%", "占总数的0.42%".
  int ShareAfter(size_t pos, size_t limit) const {
    size_t i = pos;
    while (i < limit && (text_[i] == U',' || text_[i] == U' ')) ++i;
    size_t w = WordAt(text_, i, lex_.share_words);
    if (w == 0) return -1;
    int k = QuantityStartingNear(i + w, 6);
    if (k < 0 || !q_[k].percent || q_[k].end > limit) return -1;
    return k;
  }

  void FindTotalParts() {
    std::vector<std::pair<size_t, size_t>> openers;  // position, length
    for (size_t i = 0; i < text_.size(); ++i) {
      size_t w = WordAt(text_, i, lex_.part_openers);
      if (w > 0) {
        openers.emplace_back(i, w);
        i += w - 1;
      }
    }
    for (size_t n = 0; n < openers.size(); ++n) {
      auto [at, len] = openers[n];
      size_t sb = SentenceBegin(at);
      // "…共计100738余条,…等。其中,…" — an opener that starts its sentence
      // refers to the last number of the sentence before.
      bool starts_sentence = true;
      for (size_t i = sb; i < at; ++i) starts_sentence = starts_sentence && (text_[i] == U' ');
      int total = starts_sentence && sb > 0 ? LastCountable(SentenceBegin(sb - 1), sb - 1)
                                            : LastCountable(sb, at);
      if (total < 0) continue;
      size_t list_end = SentenceEnd(at);
      if (n + 1 < openers.size() && openers[n + 1].first < list_end) {
        list_end = openers[n + 1].first;  // a nested list belongs to its own total
      }
      Relation r;
      r.kind = RelationKind::kTotalParts;
      r.total = total;
      r.cue = std::u32string(text_.substr(at, len));
      r.begin = q_[total].begin;
      std::u32string_view opener = text_.substr(at, len);
      bool opener_exhaustive =
          std::find(lex_.exhaustive_openers.begin(), lex_.exhaustive_openers.end(), opener) !=
          lex_.exhaustive_openers.end();

      // "21323人次(件)": parts may be counted in either unit.
      std::u32string alt_unit;
      const Quantity& tq = q_[total];
      if (tq.end + 2 < text_.size() && text_[tq.end] == U'(') {
        const UnitWord* u = MatchUnit(text_, tq.end + 1);
        if (u != nullptr && text_.size() > tq.end + 1 + u->written.size() &&
            text_[tq.end + 1 + u->written.size()] == U')') {
          alt_unit = std::u32string(u->base);
        }
      }
      std::vector<Part> all;
      size_t first_clause_parts = 0;
      bool clause_open = true;
      bool remainder = false;
      size_t item_start = at + len;
      for (size_t k = 0; k < q_.size() && !remainder; ++k) {
        const Quantity& p = q_[k];
        if (p.begin < at + len || p.end > list_end) continue;
        for (size_t i = item_start; i < p.begin; ++i) clause_open = clause_open && text_[i] != U';';
        bool unit_fits = (SameUnit(p, tq) && p.unit_class == tq.unit_class) ||
                         (!alt_unit.empty() && p.unit == alt_unit);
        if (!Countable(static_cast<int>(k)) || !unit_fits) continue;
        // The item: from the previous separator to the next one, so that
        // "其他信息4115条" and "1件为其他" are both recognised.
        size_t item_end = p.end;
        while (item_end < list_end && !IsItemSeparator(text_[item_end])) ++item_end;
        Part part{static_cast<int>(k), ShareAfter(p.end, list_end)};
        all.push_back(part);
        if (clause_open) ++first_clause_parts;
        remainder = ContainsAny(Slice(item_start, item_end), lex_.remainder_words);
        item_start = part.share >= 0 ? q_[part.share].end : p.end;
      }
      if (all.empty()) continue;

      if (remainder || opener_exhaustive) {
        r.coverage = remainder ? Coverage::kRemainder : Coverage::kOpener;
        r.parts = all;
      } else {
        r.coverage = Coverage::kPartial;
        r.parts.assign(all.begin(), all.begin() + static_cast<long>(std::max<size_t>(1, first_clause_parts)));
        // A leading run that adds up exactly is the whole total even without
        // a marker ("其中廉租房77户,公租房1370户,公示…102户" of 1447户).
        Interval sum = Interval::Point(Decimal::FromInt(0));
        for (size_t i = 0; i < all.size(); ++i) {
          sum = Add(sum, q_[all[i].quantity].value);
          if (i >= 1 && sum.Overlaps(q_[total].value)) {
            r.coverage = Coverage::kExactSum;
            r.parts.assign(all.begin(), all.begin() + static_cast<long>(i + 1));
            break;
          }
        }
      }
      r.end = q_[r.parts.back().share >= 0 ? r.parts.back().share : r.parts.back().quantity].end;
      out_.push_back(std::move(r));
    }
  }

  void FindRates() {
    for (size_t k = 0; k < q_.size(); ++k) {
      if (!q_[k].percent) continue;
      // "<stem>率<link>96.92%": walk back over the link word to 率.
      size_t i = q_[k].begin;
      while (i > 0 && text_[i - 1] == U' ') --i;
      for (const auto& link : lex_.rate_links) {
        if (i >= link.size() && text_.substr(i - link.size(), link.size()) == link) {
          i -= link.size();
          break;
        }
      }
      if (i < 3 || text_[i - 1] != U'率') continue;
      std::u32string_view stem = text_.substr(i - 3, 2);  // 办结率 -> 办结
      if (!IsCjkIdeograph(stem[0]) || !IsCjkIdeograph(stem[1])) continue;
      size_t sb = SentenceBegin(i);
      // The numerator ends the clause before the rate and names what is
      // counted: "已办结13832件,办结率…".
      int num = LastCountable(sb, i);
      if (num < 0) continue;
      std::u32string_view between = Slice(q_[num].end, i - 3);
      if (std::count(between.begin(), between.end(), U',') > 1 ||
          between.find(U';') != std::u32string_view::npos) {
        continue;
      }
      size_t clause = q_[num].begin;
      while (clause > sb && !IsItemSeparator(text_[clause - 1])) --clause;
      if (Slice(clause, q_[num].end).find(stem) == std::u32string_view::npos) continue;
      Relation r;
      r.kind = RelationKind::kRate;
      r.rate = static_cast<int>(k);
      r.numerator = num;
      for (int b = num - 1; b >= 0 && q_[b].begin >= sb; --b) {
        if (Countable(b) && SameUnit(q_[b], q_[num]) && q_[b].unit_class == q_[num].unit_class &&
            !(q_[b].value.hi < q_[num].value.lo)) {
          r.bases.push_back(b);
        }
      }
      if (r.bases.empty()) continue;
      r.cue = std::u32string(stem) + U"率";
      r.begin = q_[r.bases.back()].begin;
      r.end = q_[k].end;
      out_.push_back(std::move(r));
    }
  }

  void FindDifferences() {
    for (size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] != U'比') continue;
      size_t limit = std::min(text_.size(), i + 16);
      size_t w = 0, at = i + 1;
      bool increase = false;
      for (; at < limit && !IsItemSeparator(text_[at]); ++at) {
        if ((w = WordAt(text_, at, lex_.decrease_words)) > 0) break;
        if ((w = WordAt(text_, at, lex_.increase_words)) > 0) {
          increase = true;
          break;
        }
      }
      if (w == 0 || ContainsAny(Slice(i, at), lex_.external_references)) continue;
      int diff = QuantityStartingNear(at + w, 2);
      if (diff < 0 || !Countable(diff)) continue;
      size_t sb = SentenceBegin(i);
      Relation r;
      r.kind = RelationKind::kDifference;
      r.difference = diff;
      r.increase = increase;
      for (int k = diff - 1; k >= 0 && q_[k].begin >= sb; --k) {
        if (q_[k].end > i || !Countable(k) || !SameUnit(q_[k], q_[diff]) ||
            q_[k].unit_class != q_[diff].unit_class) {
          continue;
        }
        if (r.later < 0) {
          r.later = k;
        } else {
          r.earlier.push_back(k);
        }
      }
      if (r.later < 0 || r.earlier.empty()) continue;
      r.cue = std::u32string(text_.substr(at, w));
      r.begin = q_[r.earlier.back()].begin;
      r.end = q_[diff].end;
      out_.push_back(std::move(r));
    }
  }

  std::u32string_view text_;
  const std::vector<Quantity>& q_;
  const RelationLexicon& lex_;
  std::vector<bool> aside_;
  std::vector<Relation> out_;
};

const char* CoverageName(Coverage c) {
  switch (c) {
    case Coverage::kPartial: return "partial";
    case Coverage::kRemainder: return "whole (remainder named)";
    case Coverage::kOpener: return "whole (分别)";
    case Coverage::kExactSum: return "whole (adds up)";
  }
  return "";
}

}  // namespace

std::vector<Relation> ExtractRelations(std::u32string_view text,
                                       const std::vector<Quantity>& quantities,
                                       const RelationLexicon& lexicon) {
  return Extractor(text, quantities, lexicon).Run();
}

std::string DebugString(const Relation& r, std::u32string_view text,
                        const std::vector<Quantity>& q) {
  auto str = [&](int k) {
    return U32ToUtf8(text.substr(q[k].begin, q[k].end - q[k].begin));
  };
  std::string out;
  switch (r.kind) {
    case RelationKind::kTotalParts: {
      out = "total " + str(r.total) + " = ";
      for (size_t i = 0; i < r.parts.size(); ++i) {
        out += (i ? " + " : "") + str(r.parts[i].quantity);
        if (r.parts[i].share >= 0) out += " (" + str(r.parts[i].share) + ")";
      }
      out += std::string("  [") + CoverageName(r.coverage) + "]";
      break;
    }
    case RelationKind::kRate:
      out = "rate " + str(r.rate) + " = " + str(r.numerator) + " / " + str(r.bases.front());
      for (size_t i = 1; i < r.bases.size(); ++i) out += " | " + str(r.bases[i]);
      break;
    case RelationKind::kDifference:
      out = std::string("difference ") + str(r.difference) + " = " +
            (r.increase ? str(r.later) + " - " + str(r.earlier.front())
                        : str(r.earlier.front()) + " - " + str(r.later));
      for (size_t i = 1; i < r.earlier.size(); ++i) out += " | " + str(r.earlier[i]);
      break;
  }
  return out + "  (cue " + U32ToUtf8(r.cue) + ")";
}

}  // namespace reportlint
