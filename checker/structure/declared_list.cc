// Cutting a declared list into parts, and choosing a reading.
#include "checker/structure/declared_list.h"

#include <algorithm>

#include "checker/structure/part_names.h"

namespace reportlint {
namespace {

bool IsOpenQuote(char32_t c) { return c == U'“' || c == U'「' || c == U'『' || c == U'"'; }
bool IsCloseQuote(char32_t c) { return c == U'”' || c == U'」' || c == U'』' || c == U'"'; }

// 和/及/与 that are part of a word (及时, 及其, 涉及, 普及, 和谐, 参与, 与会), not a connective.
bool InsideWord(std::u32string_view list, size_t i) {
  static const std::u32string_view kWords[] = {U"及时", U"及其", U"涉及", U"普及",
                                               U"和谐", U"参与", U"给与", U"与会"};
  for (std::u32string_view w : kWords) {
    size_t offset = w[0] == list[i] ? 0 : 1;  // where the connective sits in `w`
    if (i >= offset && list.substr(i - offset, w.size()) == w) return true;
  }
  return false;
}

std::u32string_view TrimLeading(std::u32string_view s, std::u32string_view chars) {
  while (!s.empty() && chars.find(s.front()) != std::u32string_view::npos) s.remove_prefix(1);
  return s;
}

std::u32string Clean(std::u32string_view p) {
  p = TrimLeading(p, U" “”「」『』\"");
  for (std::u32string_view lead : {U"以及", U"和", U"及", U"以"}) {
    if (p.substr(0, lead.size()) == lead) {
      p.remove_prefix(lead.size());
      break;
    }
  }
  p = TrimLeading(p, U" ");
  while (!p.empty() &&
         std::u32string_view(U" 等“”「」『』\"").find(p.back()) != std::u32string_view::npos) {
    p.remove_suffix(1);
  }
  return std::u32string(p);
}

bool Blank(std::u32string_view s) { return Clean(s).empty(); }

enum class CutKind { kComma, kEnumeration, kQuotes, kConnective };

struct Cut {
  size_t begin, end;  // the separator's span in the list
  CutKind kind;
};

std::vector<Cut> FindCuts(std::u32string_view list) {
  std::vector<Cut> cuts;
  size_t piece_begin = 0;
  auto add = [&](size_t b, size_t e, CutKind k) {
    cuts.push_back({b, e, k});
    piece_begin = e;
  };
  int depth = 0;  // inside brackets: "依申请公开(含不予公开、收费及减免)" is one part
  for (size_t i = 0; i < list.size(); ++i) {
    char32_t c = list[i];
    if (c == U'(' || c == U'[' || c == U'《' || c == U'【') ++depth;
    if ((c == U')' || c == U']' || c == U'》' || c == U'】') && depth > 0) --depth;
    if (depth > 0) continue;
    // Asked only at a possible cut: it copies the piece so far.
    auto after_text = [&] { return !Blank(list.substr(piece_begin, i - piece_begin)); };
    if (c == U',') {
      add(i, i + 1, CutKind::kComma);
    } else if (c == U'、') {
      add(i, i + 1, CutKind::kEnumeration);
    } else if (IsCloseQuote(c) && i + 1 < list.size() && IsOpenQuote(list[i + 1]) && after_text()) {
      add(i, i + 2, CutKind::kQuotes);
      ++i;
    } else if (list.substr(i, 2) == U"以及" && after_text()) {
      add(i, i + 2, CutKind::kConnective);
      ++i;
    } else if ((c == U'和' || c == U'及' || c == U'与') && i + 1 < list.size() &&
               !InsideWord(list, i) && after_text()) {
      add(i, i + 1, CutKind::kConnective);
    }
  }
  return cuts;
}

// Where a part's name runs into the next one's with no separator
// ("概述主动公开政府信息情况"): positions inside `piece` where a part may end.
std::vector<size_t> LostSeparators(std::u32string_view piece) {
  std::vector<size_t> at;
  size_t from = 0;
  for (size_t p = 2; p + 2 <= piece.size(); ++p) {
    if (ClosesPart(piece.substr(from, p - from)) && OpensPart(piece.substr(p))) {
      at.push_back(p);
      from = p;
    }
  }
  return at;
}

}  // namespace

DeclaredList::DeclaredList(std::u32string_view list) {
  size_t commas = std::count(list.begin(), list.end(), U',');
  size_t enumerations = std::count(list.begin(), list.end(), U'、');
  // A list separated mostly by commas may keep 、 inside its items
  // ("…行政复议、诉讼情况,…").
  bool comma_list = commas > enumerations;
  std::vector<Cut> cuts = FindCuts(list);

  size_t segment_begin = 0;  // after the last comma, 、 or quotation cut
  size_t piece_begin = 0;
  for (size_t k = 0; k <= cuts.size(); ++k) {
    size_t piece_end = k < cuts.size() ? cuts[k].begin : list.size();
    std::u32string_view piece = list.substr(piece_begin, piece_end - piece_begin);
    size_t from = 0;
    for (size_t at : LostSeparators(piece)) {
      AddPiece(piece.substr(from, at - from));
      pending_ = Gap{Joint::kEither, U"", true, 0};
      from = at;
    }
    AddPiece(piece.substr(from));
    if (k == cuts.size()) break;

    const Cut& cut = cuts[k];
    std::u32string_view before =
        TrimLeading(list.substr(segment_begin, cut.begin - segment_begin), U" “”「」『』\"");
    std::u32string_view after = list.substr(cut.end);
    Gap gap;
    gap.text = std::u32string(list.substr(cut.begin, cut.end - cut.begin));
    if (cut.kind == CutKind::kComma || cut.kind == CutKind::kQuotes) {
      gap.joint = Joint::kCut;
    } else if (JoinsOnePart(before, after)) {
      gap.joint = Joint::kJoin;
    } else if (cut.kind == CutKind::kEnumeration) {
      // 附表 may close the part before it (需要说明的事项、附表 as 需要说明的事项与附表).
      bool appendix = TrimLeading(after, U" “「『\"").substr(0, 2) == U"附表";
      gap.joint = comma_list || appendix ? Joint::kEither : Joint::kCut;
      gap.usual_cut = !comma_list;
      gap.preference = 2;
    } else {
      gap.joint = Joint::kEither;
      bool last_item = std::none_of(cuts.begin() + k + 1, cuts.end(),
                                    [](const Cut& c) { return c.kind != CutKind::kConnective; });
      bool as_well = gap.text == U"以及";
      gap.usual_cut = as_well && last_item;
      gap.preference = as_well ? 1 : OpensPart(after) ? 3 : 4;
    }
    // Two separators with nothing between them are one gap; a sure cut wins.
    if (!pending_ || pending_->joint != Joint::kCut) pending_ = gap;
    if (cut.kind != CutKind::kConnective) segment_begin = cut.end;
    piece_begin = cut.end;
  }
}

void DeclaredList::AddPiece(std::u32string_view piece) {
  if (Blank(piece)) return;
  if (!pieces_.empty()) gaps_.push_back(pending_.value_or(Gap{}));
  pending_.reset();
  pieces_.emplace_back(piece);
}

int DeclaredList::MinParts() const {
  if (pieces_.empty()) return 0;
  return 1 + static_cast<int>(std::count_if(gaps_.begin(), gaps_.end(),
                                            [](const Gap& g) { return g.joint == Joint::kCut; }));
}

int DeclaredList::MaxParts() const {
  if (pieces_.empty()) return 0;
  return 1 + static_cast<int>(std::count_if(gaps_.begin(), gaps_.end(),
                                            [](const Gap& g) { return g.joint != Joint::kJoin; }));
}

std::vector<std::u32string> DeclaredList::Reading(std::optional<int> count) const {
  std::vector<bool> cut(gaps_.size());
  int parts = pieces_.empty() ? 0 : 1;
  for (size_t i = 0; i < gaps_.size(); ++i) {
    cut[i] =
        gaps_[i].joint == Joint::kCut || (gaps_[i].joint == Joint::kEither && gaps_[i].usual_cut);
    parts += cut[i];
  }
  if (count && !pieces_.empty()) {
    int target = std::clamp(*count, MinParts(), MaxParts());
    // More parts: make the likeliest cuts first; fewer: undo the least likely.
    while (parts < target) {
      int best = -1;
      for (size_t i = 0; i < gaps_.size(); ++i) {
        if (gaps_[i].joint == Joint::kEither && !cut[i] &&
            (best < 0 || gaps_[i].preference < gaps_[best].preference)) {
          best = static_cast<int>(i);
        }
      }
      cut[best] = true;
      ++parts;
    }
    while (parts > target) {
      int worst = -1;
      for (size_t i = 0; i < gaps_.size(); ++i) {
        if (gaps_[i].joint == Joint::kEither && cut[i] &&
            (worst < 0 || gaps_[i].preference >= gaps_[worst].preference)) {
          worst = static_cast<int>(i);
        }
      }
      cut[worst] = false;
      --parts;
    }
  }
  std::vector<std::u32string> out;
  if (pieces_.empty()) return out;
  std::u32string part = pieces_[0];
  for (size_t i = 0; i < gaps_.size(); ++i) {
    if (cut[i]) {
      out.push_back(Clean(part));
      part = pieces_[i + 1];
    } else {
      part += gaps_[i].text + pieces_[i + 1];
    }
  }
  out.push_back(Clean(part));
  return out;
}

}  // namespace reportlint
