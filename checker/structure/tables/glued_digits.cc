// Counting the cuts of a glued digit run into cells: a depth-first search over cell
// lengths, pruned by the digits left, that stops at the second valid cut.
#include "checker/structure/tables/glued_digits.h"

#include <algorithm>

#include "checker/structure/tables/tables.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

class Cutter {
 public:
  Cutter(std::u32string_view run, int cells, int max_digits,
         const std::function<bool(const std::vector<GluedCell>&)>& holds)
      : run_(run), cells_(cells), max_digits_(max_digits), holds_(holds) {}

  int Count(std::vector<GluedCell>* cut) {
    for (char32_t c : run_) {
      if (!IsAsciiDigit(c) && !IsEmptyCellMark(c)) return 0;
    }
    Search(0);
    if (cut && found_ > 0) *cut = first_;
    return found_;
  }

 private:
  void Search(size_t at) {
    if (found_ >= 2) return;
    int need = cells_ - static_cast<int>(current_.size());
    size_t left = run_.size() - at;
    // Every cell takes one to max_digits characters (an empty mark exactly one).
    if (need < 0 || left < static_cast<size_t>(need) ||
        left > static_cast<size_t>(need) * static_cast<size_t>(max_digits_)) {
      return;
    }
    if (at == run_.size()) {
      if (holds_(current_) && found_++ == 0) first_ = current_;
      return;
    }
    if (IsEmptyCellMark(run_[at])) {
      current_.push_back({at, at + 1, true, 0});
      Search(at + 1);
      current_.pop_back();
      return;
    }
    long long value = 0;
    size_t longest = std::min(static_cast<size_t>(max_digits_), run_.size() - at);
    for (size_t len = 1; len <= longest; ++len) {
      char32_t c = run_[at + len - 1];
      if (!IsAsciiDigit(c)) break;
      if (len > 1 && run_[at] == U'0') break;  // "03" is two cells, never one
      value = value * 10 + (c - U'0');
      current_.push_back({at, at + len, false, value});
      Search(at + len);
      current_.pop_back();
    }
  }

  std::u32string_view run_;
  int cells_;
  int max_digits_;
  const std::function<bool(const std::vector<GluedCell>&)>& holds_;
  std::vector<GluedCell> current_;
  std::vector<GluedCell> first_;
  int found_ = 0;
};

}  // namespace

int CountGluedCuts(std::u32string_view run, int cells, int max_digits,
                   const std::function<bool(const std::vector<GluedCell>&)>& holds,
                   std::vector<GluedCell>* cut) {
  return Cutter(run, cells, max_digits, holds).Count(cut);
}

}  // namespace reportlint
