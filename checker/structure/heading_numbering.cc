// The walk over each list of sibling headings that finds numbering slips, and the
// guards that keep it silent where the outline itself may have been misread.
#include "checker/structure/heading_numbering.h"

#include <algorithm>
#include <map>

#include "checker/util/utf.h"
#include "checker/values/chinese_numeral.h"
#include "checker/values/markers.h"

namespace reportlint {
namespace {

// Whether a marker of `level` numbered `number` starts somewhere in
// [from, to) of `text`, not as the tail of a longer number ("十|三、", "13、")
// nor of an article reference ("第|三、"): the heading that carries it was
// glued to the text before, so the outline read may be missing it.
bool MarkerInText(const std::u32string& text, size_t from, size_t to, int level, int number) {
  to = std::min(to, text.size());
  for (size_t p = from; p < to; ++p) {
    if (p > 0) {
      char32_t before = text[p - 1];
      if (IsAsciiDigit(before) || IsChineseOrdinalChar(before) || before == U'第' ||
          before == U'.') {
        continue;
      }
    }
    std::u32string_view rest(text.data() + p, std::min<size_t>(to - p, 16));
    auto m = ParseMarker(rest);
    if (m && m->number == number && m->level == level) return true;
  }
  return false;
}

// Whether heading `h` stands right after a table (nothing but spaces and
// pipes between) whose row labels are numbered up to the number before its
// own at its level, the last of them: the table's next row, which the table reader left out.
bool ContinuesTableRows(const std::u32string& text, const Heading& h,
                        const std::vector<Table>& tables) {
  for (const Table& t : tables) {
    if (t.end > h.begin) continue;
    bool adjacent = true;
    for (size_t p = t.end; p < h.begin && adjacent; ++p) {
      adjacent = text[p] == U' ' || text[p] == U'\n' || text[p] == U'|';
    }
    if (!adjacent) continue;
    int last = 0;
    for (const auto& path : t.row_labels) {
      for (const std::u32string& label : path) {
        auto m = ParseMarker(label);
        if (m && m->level == h.level) last = std::max(last, m->number);
      }
    }
    if (last > 0 && last == h.number - 1) return true;
  }
  return false;
}

class ListWalk {
 public:
  ListWalk(const std::u32string& text, const SectionTree& tree, const std::vector<int>& places,
           std::vector<bool>* explained, std::vector<NumberingSlip>* out)
      : text_(text), tree_(tree), places_(places), explained_(explained), out_(out) {}

  void Walk(std::vector<int> list) {
    list.erase(std::remove_if(list.begin(), list.end(), [&](int h) { return (*explained_)[h]; }),
               list.end());
    int prev = 0, shift = 0;
    std::vector<int> open;  // the next numbers of lists suspended by a restart at 1
    for (size_t k = 0; k < list.size(); ++k) {
      const Heading& h = tree_.headings[list[k]];
      int n = h.number, place = Place(list[k]);
      int seq = prev + 1, fmt = place ? place + shift : 0;
      auto accept = [&](int number) {
        prev = number;
        if (place) shift = number - place;
      };
      if (n == seq) {
        accept(n);
        continue;
      }
      // A gap of one filled by a heading in another level's system (before
      // the format's places: 一 二 3、 四 is not a report without 三).
      if (n == seq + 1 && (k > 0 ? MisleveledChild(list[k - 1], seq, h.level)
                                 : MisleveledFirst(list[k], seq))) {
        accept(n);
        continue;
      }
      if (fmt && n == fmt) {
        accept(n);
        continue;
      }
      if (n == 1) {  // a new list (an appendix, row labels read as headings)
        open.push_back(seq);
        accept(n);
        continue;
      }
      if (auto it = std::find(open.begin(), open.end(), n); it != open.end()) {
        *it = seq;  // the list before resumes; this one is suspended in turn
        accept(n);
        continue;
      }
      int expected = fmt ? fmt : seq;
      size_t from = k > 0 ? tree_.headings[list[k - 1]].end
                          : (h.parent >= 0 ? tree_.headings[h.parent].end : 0);
      if (MarkerInText(text_, from, h.begin, h.level, expected)) {
        accept(n);  // the heading expected was glued to the text before
        continue;
      }
      const Heading* next = k + 1 < list.size() ? &tree_.headings[list[k + 1]] : nullptr;
      int next_place = next ? Place(list[k + 1]) : 0;
      bool one_off = next && (next->number == expected + 1 ||
                              (next_place && next->number == next_place + shift));
      NumberingSlip s;
      s.heading = list[k];
      s.expected = expected;
      s.expected_level = h.level;
      bool repeat = (k > 0 && tree_.headings[list[k - 1]].number == n) ||
                    (next && next->number == n);
      s.problem = repeat ? NumberingSlip::kRepeated
                  : n > expected ? NumberingSlip::kSkipped
                                 : NumberingSlip::kOutOfSequence;
      out_->push_back(s);
      if (one_off) {
        prev = expected;
      } else {
        accept(n);
      }
    }
  }

 private:
  int Place(int h) const { return places_.empty() ? 0 : places_[h]; }

  // The first child of `sibling`, when it is numbered `expected` in another
  // level's system and so stands in the gap (一 二 3、 四): reported as the
  // slip, and left out of its own list.
  bool MisleveledChild(int sibling, int expected, int level) {
    for (size_t c = sibling + 1; c < tree_.headings.size(); ++c) {
      const Heading& child = tree_.headings[c];
      if (child.parent != sibling) {
        if (child.level <= tree_.headings[sibling].level) return false;
        continue;
      }
      if (child.number != expected || child.level == level || child.number == 1) return false;
      Explain(static_cast<int>(c), expected, level);
      return true;
    }
    return false;
  }

  // The heading before the first of a list, under the same parent but of
  // another level, when it is numbered `expected` ("1. 总体情况" before
  // "二、主动公开…"): the list's first heading, in another level's system.
  bool MisleveledFirst(int first, int expected) {
    const Heading& h = tree_.headings[first];
    for (int c = h.parent + 1; c < first; ++c) {
      const Heading& before = tree_.headings[c];
      if (before.parent != h.parent || before.number == 0) continue;
      if (before.level == h.level || before.number != expected) return false;
      Explain(c, expected, h.level);
      return true;
    }
    return false;
  }

  // A heading of another level's system is reported as the slip, unless its
  // marker is "1." (digits and a full stop): what a web page's ordered list
  // becomes in text, whatever numbers the page itself showed (a list styled
  // 一、 二、 is copied as 1. 2.). It is left out of its own list either way.
  void Explain(int heading, int expected, int level) {
    (*explained_)[heading] = true;
    const Heading& h = tree_.headings[heading];
    size_t p = h.begin;
    while (p < text_.size() && (text_[p] == U'#' || text_[p] == U' ')) ++p;
    while (p < text_.size() && IsAsciiDigit(text_[p])) ++p;
    if (p < text_.size() && text_[p] == U'.') return;
    NumberingSlip s;
    s.heading = heading;
    s.expected = expected;
    s.expected_level = level;
    s.problem = NumberingSlip::kMixedSystem;
    out_->push_back(s);
  }

  const std::u32string& text_;
  const SectionTree& tree_;
  const std::vector<int>& places_;
  std::vector<bool>* explained_;
  std::vector<NumberingSlip>* out_;
};

}  // namespace

std::vector<NumberingSlip> AuditNumbering(const std::u32string& text, const SectionTree& tree,
                                          const std::vector<Table>& tables,
                                          const std::vector<int>& places) {
  std::vector<NumberingSlip> out;
  if (!tree.readable) return out;
  // Headings run into flattened lines were taken because they continue the
  // sequence, skips included: their numbers prove nothing.
  for (const Heading& h : tree.headings) {
    if (h.run_in) return out;
  }
  // Sibling lists, in the order of their first heading: a parent's list is
  // walked before its children's, so a child reported as misleveled is left
  // out of its own list.
  std::map<std::pair<int, int>, std::vector<int>> lists;
  std::vector<std::pair<int, int>> order;
  for (size_t i = 0; i < tree.headings.size(); ++i) {
    const Heading& h = tree.headings[i];
    if (h.number <= 0 || ContinuesTableRows(text, h, tables)) continue;
    auto key = std::make_pair(h.parent, h.level);
    if (lists[key].empty()) order.push_back(key);
    lists[key].push_back(static_cast<int>(i));
  }
  std::vector<bool> explained(tree.headings.size(), false);
  ListWalk walk(text, tree, places, &explained, &out);
  for (const auto& key : order) walk.Walk(lists[key]);
  std::sort(out.begin(), out.end(),
            [](const NumberingSlip& a, const NumberingSlip& b) { return a.heading < b.heading; });
  return out;
}

std::string NumberAsWritten(int number, int level) {
  if (level <= 2) return U32ToUtf8(WriteChineseOrdinal(number));
  return std::to_string(number);
}

const char* ProblemName(NumberingSlip::Problem p) {
  switch (p) {
    case NumberingSlip::kSkipped: return "skipped";
    case NumberingSlip::kRepeated: return "repeated";
    case NumberingSlip::kOutOfSequence: return "out-of-sequence";
    case NumberingSlip::kMixedSystem: return "mixed-system";
  }
  return "";
}

}  // namespace reportlint
