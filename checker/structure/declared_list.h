// The list of parts a declaration names ("由A、B和C三部分组成"), read as every way of
// cutting it into parts: a report may write a part's name with its own 、 or 和
// (行政复议、行政诉讼情况), join its last two parts with 和, or lose a separator.
#ifndef REPORTLINT_STRUCTURE_DECLARED_LIST_H_
#define REPORTLINT_STRUCTURE_DECLARED_LIST_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reportlint {

// Design: the list is cut at every place a part may end — commas, 、, adjacent
// quotations (“A”“B”), 和/及/与/以及, and where one part's name runs into the next
// with no separator (…减免情况申请行政复议…). Each cut is a Joint: always a part
// boundary (commas, quotations), never one (the 、 of 行政复议、行政诉讼情况, the 及 of
// 收费及减免, see part_names.h), or either. 、 is a boundary unless a part name
// holds it (in a list separated by commas it may be either); connectives and lost
// separators may be either. A reading chooses for every "either" cut, so the
// readings give every count from MinParts() to MaxParts().
class DeclaredList {
 public:
  explicit DeclaredList(std::u32string_view list);

  int MinParts() const;
  int MaxParts() const;

  // The parts of the reading with `count` parts, or of the one closest to it;
  // without a count, the usual reading: cut at 、, at a final 以及, where a
  // separator was lost; 和/及/与 stay inside parts. Parts are trimmed of quotation
  // marks, a leading 和/以及 and a trailing 等.
  std::vector<std::u32string> Reading(std::optional<int> count) const;

 private:
  enum class Joint { kCut, kJoin, kEither };
  struct Gap {
    Joint joint = Joint::kCut;
    std::u32string text;    // the separator as written ("、", "和", "" when lost)
    bool usual_cut = true;  // an "either" cut the usual reading makes
    int preference = 0;     // "either" cuts made first when more parts are needed
  };
  // Appends a non-blank piece, after the gap met since the last one.
  void AddPiece(std::u32string_view piece);

  std::vector<std::u32string> pieces_;
  std::vector<Gap> gaps_;       // gaps_[i] lies between pieces_[i] and pieces_[i + 1]
  std::optional<Gap> pending_;  // while reading: the gap before the next piece
};

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_DECLARED_LIST_H_
