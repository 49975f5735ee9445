// Totals and their parts in prose: "共受理34322件,其中市长热线29698件,…", lists opened
// in a new sentence, "在…中" lists, parts with shares, totals written after the parts.
#include <algorithm>
#include <optional>

#include "checker/facts/relation_context.h"
#include "checker/util/sentences.h"
#include "checker/values/unit_table.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Candidate totals before an opener: at most this many numbers, nearest first.
constexpr size_t kMaxTotalCandidates = 6;
// A share's link ("占总体的比例为") is short; a longer gap is another clause.
constexpr size_t kMaxShareGap = 40;
// "在…中," is a scope ("在主动公开的信息中"), not a sentence, when this short.
constexpr size_t kMaxScopeLength = 30;

bool IsListLabelNoise(char32_t c) {
  return c == U' ' || c == U':' || c == U'“' || c == U'”' || c == U'"' || c == U'「' ||
         c == U'」' || c == U'‘' || c == U'’' || IsItemSeparator(c);
}

std::u32string_view TrimListLabel(std::u32string_view s) {
  while (!s.empty() && IsListLabelNoise(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsListLabelNoise(s.back())) s.remove_suffix(1);
  return s;
}

struct Opener {
  size_t at = 0;          // where the opener (or the sentence it opens) starts
  size_t list_begin = 0;  // where the parts may start
  std::u32string cue;
  bool exhaustive = false;
  bool implicit = false;
};

class ListFinder {
 public:
  explicit ListFinder(const RelationContext& c)
      : c_(c), text_(c.text()), q_(c.q()), lex_(c.lexicon()) {
    for (const std::u32string& w : lex_.part_openers) {
      if (!w.empty() && opener_starts_.find(w[0]) == std::u32string::npos) opener_starts_ += w[0];
    }
  }

  void Run(std::vector<Relation>* out) {
    std::vector<Opener> openers = FindOpeners();
    for (size_t n = 0; n < openers.size(); ++n) {
      if (auto r = ReadList(openers, n)) out->push_back(std::move(*r));
    }
    FindClosingTotals(out);
    FindScaleSlips(openers, out);
  }

 private:
  // The text after `pos` up to the next item separator.
  std::u32string_view ItemTail(size_t pos, size_t limit) const {
    return c_.Slice(pos, std::min(limit, EndOf(text_, pos, IsItemSeparator)));
  }

  // The label written before quantity k (back to the item separator), or
  // after it when the item reads "1件为其他方式".
  std::u32string_view LabelOf(int k, size_t floor, size_t limit) const {
    size_t b = q_[k].begin;
    size_t s = std::max(floor, BeginOf(text_, b, IsItemSeparator));
    std::u32string_view before = TrimListLabel(c_.Slice(s, b));
    for (size_t w; (w = WordAt(before, 0, lex_.part_openers)) > 0;) before = TrimListLabel(before.substr(w));
    if (!before.empty()) return before;
    return TrimListLabel(ItemTail(q_[k].end, limit));
  }

  // The label with its lead words (通过, 为, 属于 …) taken off: its head.
  std::u32string_view Head(std::u32string_view label) const {
    for (int i = 0; i < 2; ++i) {
      size_t w = WordAt(label, 0, lex_.label_lead_words);
      if (w == 0 || w >= label.size()) break;
      label.remove_prefix(w);
    }
    return label;
  }

  bool StartsWithAny(std::u32string_view s, const std::vector<std::u32string>& words) const {
    return WordAt(s, 0, words) > 0;
  }

  // The opener clause "A和B分别为…" pairs subjects with numbers; it is not a breakdown.
  bool Pairing(size_t at) const {
    std::u32string_view subject = c_.Slice(BeginOf(text_, at, IsItemSeparator), at);
    return subject.find(U'和') != std::u32string_view::npos ||
           subject.find(U'与') != std::u32string_view::npos ||
           subject.find(U'及') != std::u32string_view::npos;
  }

  // "在主动公开的信息中," opening a sentence (possibly after "二是").
  bool ScopeAt(size_t sb, size_t* list_begin) const {
    size_t i = sb;
    while (i < text_.size() && text_[i] == U' ') ++i;
    if (i + 1 < text_.size() && text_[i + 1] == U'是' && !IsItemSeparator(text_[i])) i += 2;
    if (i >= text_.size() || text_[i] != U'在') return false;
    size_t e = i + 1;
    while (e < text_.size() && e - i <= kMaxScopeLength && !IsItemSeparator(text_[e]) &&
           text_[e] != U':') {
      ++e;
    }
    if (e >= text_.size() || e - i > kMaxScopeLength || text_[e - 1] != U'中' ||
        !(text_[e] == U',' || text_[e] == U':') ||
        WordBefore(text_, e - 1, lex_.scope_nouns) == 0) {
      return false;  // "在工作中," is a circumstance, not a collection
    }
    *list_begin = e + 1;
    return true;
  }

  std::vector<Opener> FindOpeners() {
    std::vector<Opener> out;
    size_t sentence = 0;
    for (size_t i = 0; i < text_.size(); ++i) {
      if (i == sentence) {
        size_t list_begin = 0;
        if (ScopeAt(i, &list_begin)) {
          out.push_back({i, list_begin, U"在…中", false, false});
        } else if (ShareLed(i)) {
          out.push_back({i, i, U"", false, true});
        }
      }
      if (IsSentenceEnd(text_[i])) sentence = i + 1;
      if (opener_starts_.find(text_[i]) == std::u32string::npos) continue;
      size_t w = WordAt(text_, i, lex_.part_openers);
      if (w == 0) continue;
      std::u32string cue(text_.substr(i, w));
      bool exhaustive = std::find(lex_.exhaustive_openers.begin(), lex_.exhaustive_openers.end(),
                                  cue) != lex_.exhaustive_openers.end();
      if (exhaustive && Pairing(i)) {
        i += w - 1;
        continue;
      }
      out.push_back({i, i + w, cue, exhaustive, false});
      i += w - 1;
    }
    for (const Opener& o : out) max_reach_ = std::max(max_reach_, o.list_begin - o.at);
    return out;
  }

  // A sentence whose first count carries a share ("政策文件30条,占30%;…") lists
  // parts of a total stated before it.
  bool ShareLed(size_t sb) const {
    size_t se = SentenceEnd(text_, sb);
    if (WordAt(text_, sb, lex_.part_openers) > 0) return false;
    for (int k = c_.FirstQuantityIn(sb, se); k >= 0 && k < c_.size() && q_[k].end <= se; ++k) {
      if (c_.Countable(k)) return !c_.IsChange(k) && ShareOf(k, se) >= 0;
    }
    return false;
  }

  // The percentage stating the share of part k: "6213条,占74.5%", "(占3.9%)",
  // "机构职能类比例3.3%", "58,3.1%占…", "45件(37.5%)"; -1 if none.
  int ShareOf(int k, size_t limit) const {
    // A share further than kMaxShareGap is refused below: the clause is only
    // looked at that far.
    size_t reach = std::min({limit, text_.size(), q_[k].end + kMaxShareGap + 1});
    size_t clause_end = EndOf(text_.substr(0, reach), q_[k].end, IsClauseEnd);
    for (int j = k + 1; j < c_.size() && q_[j].begin < clause_end; ++j) {
      if (!q_[j].percent) {
        if (c_.Countable(j)) return -1;  // the next part comes first
        continue;
      }
      if (!c_.ProsePercent(j)) return -1;
      std::u32string_view between = c_.Slice(q_[k].end, q_[j].begin);
      if (between.size() > kMaxShareGap || between.find(U'率') != std::u32string_view::npos) {
        return -1;
      }
      // "…3件,占比分别为73.3%、16.7%、10%" gives every part its share in turn.
      if (between.find(U"分别") != std::u32string_view::npos) return -1;
      if (ContainsAny(between, lex_.share_words)) return j;
      bool adjacent = TrimListLabel(between).empty() || between == U"(" || between == U",(";
      bool sign_after = q_[j].end < text_.size() && WordAt(text_, q_[j].end, lex_.share_words) > 0;
      bool bracketed = !between.empty() && between.back() == U'(' && q_[j].end < text_.size() &&
                       text_[q_[j].end] == U')';
      return adjacent && (sign_after || bracketed) ? j : -1;
    }
    return -1;
  }

  // "网上22件,信函5件,当面3件,占比分别为73.3%、16.7%、10%": as many shares as
  // parts after the last one and 分别 go to the parts in turn.
  void AssignRespectiveShares(Relation* r, size_t list_end) const {
    const Part& last = r->parts.back();
    if (last.share >= 0) return;
    size_t clause_end = std::min(list_end, ClauseEnd(text_, q_[last.quantity].end));
    std::vector<int> shares;
    size_t from = q_[last.quantity].end;
    for (int j = last.quantity + 1; j < c_.size() && q_[j].begin < clause_end; ++j) {
      if (!c_.ProsePercent(j)) return;
      if (shares.empty()) {
        std::u32string_view lead = c_.Slice(from, q_[j].begin);
        if (lead.find(U"分别") == std::u32string_view::npos || !ContainsAny(lead, lex_.share_words)) return;
      }
      shares.push_back(j);
    }
    if (shares.size() != r->parts.size()) return;
    for (size_t i = 0; i < shares.size(); ++i) r->parts[i].share = shares[i];
  }

  // Countable numbers before `pos` in its sentence, or (when there are none)
  // in the sentence before; changes ("增加42件") are never totals.
  std::vector<int> TotalsBefore(size_t pos, bool* same_sentence) const {
    size_t sb = SentenceBegin(text_, pos);
    std::vector<int> found = c_.AmountsIn(sb, pos);
    *same_sentence = !found.empty();
    if (found.empty() && sb > 0) {
      size_t prev_end = PreviousSentenceEnd(text_, sb);
      found = c_.AmountsIn(SentenceBegin(text_, prev_end), prev_end);
    }
    if (found.size() > kMaxTotalCandidates) {
      found.erase(found.begin(), found.end() - static_cast<long>(kMaxTotalCandidates));
    }
    return found;
  }

  // "21323人次(件)": the unit in brackets after a total, or "".
  std::u32string AltUnit(int total) const {
    const Quantity& t = q_[total];
    if (t.end + 2 >= text_.size() || text_[t.end] != U'(') return U"";
    const UnitWord* u = MatchUnit(text_, t.end + 1);
    if (u == nullptr || t.end + 1 + u->written.size() >= text_.size() ||
        text_[t.end + 1 + u->written.size()] != U')') {
      return U"";
    }
    return std::u32string(u->base);
  }

  // Parts of such a total may be counted in either unit.
  bool AltUnitFits(int total, int part) const {
    std::u32string alt = AltUnit(total);
    return !alt.empty() && (q_[part].unit == alt || q_[part].unit == q_[total].unit);
  }

  std::optional<Relation> ReadList(const std::vector<Opener>& openers, size_t n) const {
    const Opener& o = openers[n];
    size_t list_end = SentenceEnd(text_, o.list_begin);
    // Inside another list ("…554条,包括统计信息等,占91.42%;…6条") a list ends
    // with its clause.
    // Only openers whose parts start in this sentence qualify; openers are in text
    // order and start at most max_reach_ before their parts, so the search stops
    // one sentence back instead of running over every earlier opener.
    size_t sentence = SentenceBegin(text_, o.list_begin);
    for (size_t m = n; m-- > 0 && openers[m].at + max_reach_ >= sentence;) {
      if (openers[m].list_begin >= sentence && openers[m].list_begin <= list_end &&
          SentenceEnd(text_, openers[m].list_begin) == list_end) {
        list_end = ClauseEnd(text_, o.list_begin);
        break;
      }
    }
    // A list opened inside this one ("其中网站5469条,其中…;") holds the parts of
    // that part up to its clause end; this list resumes after it.
    std::vector<std::pair<size_t, size_t>> nested;
    for (size_t m = n + 1; m < openers.size() && openers[m].at < list_end; ++m) {
      nested.emplace_back(openers[m].at, ClauseEnd(text_, openers[m].at));
    }
    auto in_nested = [&](int k) {
      return std::any_of(nested.begin(), nested.end(), [&](const auto& s) {
        return q_[k].begin >= s.first && q_[k].begin < s.second;
      });
    };

    bool same_sentence = false;
    std::vector<int> before = TotalsBefore(o.at, &same_sentence);
    auto unit_fits = [&](int k, int first) {
      return c_.Addable(k, first) ||
             (!before.empty() && AltUnitFits(before.back(), k) && AltUnitFits(before.back(), first));
    };

    Relation r;
    r.kind = RelationKind::kTotalParts;
    r.cue = o.cue;
    r.implicit = o.implicit;
    size_t floor = o.list_begin;
    bool last_is_remainder = false;
    int channels = 0;
    for (int k : c_.QuantitiesIn(o.list_begin, list_end)) {
      if (!c_.Countable(k) || c_.IsChange(k) || in_nested(k)) continue;
      std::u32string_view label = LabelOf(k, floor, list_end);
      if (StartsWithAny(label, lex_.list_breakers)) break;
      if (!r.parts.empty() && !unit_fits(k, r.parts.front().quantity)) break;  // another unit
      // A count in no total's unit before the first part describes it ("涉及12个
      //部门的信息300条"): the parts are counted as the total is.
      if (r.parts.empty() && !before.empty() &&
          std::none_of(before.begin(), before.end(), [&](int t) { return unit_fits(k, t); })) {
        continue;
      }
      Part part{k, ShareOf(k, list_end), c_.AsideOf(k)};
      r.parts.push_back(part);
      last_is_remainder = StartsWithAny(Head(label), lex_.remainder_words);
      channels += ContainsAny(label, lex_.overlapping_words);
      floor = part.share >= 0 ? q_[part.share].end : q_[k].end;
    }
    if (r.parts.empty()) return std::nullopt;
    AssignRespectiveShares(&r, list_end);

    int first = r.parts.front().quantity;
    r.totals = CandidateTotals(before, same_sentence,
                               [&](int k) { return c_.Addable(k, first) || AltUnitFits(k, first); });
    if (r.parts.size() >= 3) r.totals.push_back({TotalSource::kFirstPart, {r.parts.front().quantity}});
    if (r.totals.empty()) return std::nullopt;
    r.coverage = last_is_remainder ? Coverage::kRemainder
                 : o.exhaustive    ? Coverage::kOpener
                                   : Coverage::kPartial;
    r.overlapping = channels >= 2;
    r.begin = q_[r.totals.front().quantities.front()].begin;
    const Part& last = r.parts.back();
    r.end = q_[last.share >= 0 ? last.share : last.quantity].end;
    return r;
  }

  // "网上申请105件,快递17件,合计122件": the parts come first.
  void FindClosingTotals(std::vector<Relation>* out) const {
    for (int t = 0; t < c_.size(); ++t) {
      if (!c_.Countable(t)) continue;
      size_t b = q_[t].begin;
      size_t w = WordBefore(text_, b, lex_.closing_totals);
      if (w == 0) continue;
      size_t at = b - w;
      if (at == 0 || text_[at - 1] != U',') continue;
      Relation r;
      r.kind = RelationKind::kTotalParts;
      r.cue = std::u32string(text_.substr(at, w));
      r.coverage = Coverage::kOpener;
      r.totals.push_back({TotalSource::kStated, {t}});
      size_t sb = SentenceBegin(text_, at);
      std::vector<int> before = c_.QuantitiesIn(sb, at);
      size_t floor = sb;
      for (int k : before) {
        if (!c_.Countable(k) || c_.IsChange(k) || !c_.Addable(k, t)) {
          r.parts.clear();
          continue;
        }
        if (StartsWithAny(LabelOf(k, floor, at), lex_.part_openers)) r.parts.clear();
        r.parts.push_back({k, ShareOf(k, at), c_.AsideOf(k)});
        floor = q_[k].end;
      }
      if (r.parts.size() < 2) continue;
      // The parts are the run of counts right before 合计; where a shorter run
      // adds up, the counts before it are something else ("去年40件,…").
      Interval sum = Interval::Point(Decimal());
      for (size_t i = r.parts.size(); i-- > 0;) {
        sum = Add(sum, q_[r.parts[i].quantity].value);
        if (i + 2 <= r.parts.size() && sum.Overlaps(q_[t].value)) {
          r.parts.erase(r.parts.begin(), r.parts.begin() + static_cast<long>(i));
          break;
        }
      }
      r.begin = q_[r.parts.front().quantity].begin;
      r.end = q_[t].end;
      out->push_back(std::move(r));
    }
  }

  // "政府网站主动公开政府信息173769万条。市政府75656条,县(区)98113条。": counts
  // with no opener after a total printed with 万 or 亿; only a sum that equals
  // the total's digits ties them to it (a stray scale word).
  void FindScaleSlips(const std::vector<Opener>& openers, std::vector<Relation>* out) const {
    size_t sb = 0;
    size_t o = 0;
    while (sb < text_.size()) {
      size_t se = SentenceEnd(text_, sb);
      bool opened = false;
      for (; o < openers.size() && openers[o].at < se; ++o) opened = opened || openers[o].at >= sb;
      if (!opened && sb > 0) {
        std::vector<int> parts = c_.AmountsIn(sb, se);
        bool same_sentence = false;
        std::vector<int> before = parts.size() >= 2 ? TotalsBefore(sb, &same_sentence)
                                                    : std::vector<int>();
        if (!before.empty() && q_[before.back()].scale != Decimal::FromInt(1) &&
            c_.Addable(before.back(), parts.front())) {
          Relation r;
          r.kind = RelationKind::kTotalParts;
          r.implicit = true;
          r.totals.push_back({TotalSource::kPreviousSentence, {before.back()}});
          for (int k : parts) {
            if (!c_.Addable(k, parts.front())) break;
            r.parts.push_back({k, -1});
          }
          r.begin = q_[before.back()].begin;
          r.end = q_[r.parts.back().quantity].end;
          if (r.parts.size() >= 2) out->push_back(std::move(r));
        }
      }
      sb = se + 1;
    }
  }

  const RelationContext& c_;
  std::u32string_view text_;
  const std::vector<Quantity>& q_;
  const RelationLexicon& lex_;
  std::u32string opener_starts_;  // the first characters of the openers
  size_t max_reach_ = 0;  // how far past its start an opener's parts may begin
};

}  // namespace

void FindTotalParts(const RelationContext& c, std::vector<Relation>* out) {
  ListFinder(c).Run(out);
}

}  // namespace reportlint
