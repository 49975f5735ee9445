#include "checker/structure/tables/labels.h"

#include <algorithm>
#include <vector>

#include "checker/values/markers.h"
#include "checker/util/edit_distance.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

bool IsLabelNoise(char32_t c) {
  if (IsSpace(c) || c == U'\n') return true;
  static const std::u32string_view kNoise =
      U"、，,。.．:：;；()（）[]【】〔〕<>《》〈〉“”\"'‘’「」『』-—–―/／\\·・…!！?？*＊";
  return kNoise.find(c) != std::u32string_view::npos;
}

}  // namespace

std::u32string NormalizeLabel(std::u32string_view folded) {
  std::u32string out;
  out.reserve(folded.size());
  for (char32_t c : folded) {
    if (IsLabelNoise(c)) continue;
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    out.push_back(c);
  }
  return out;
}

std::u32string RowLabelKey(std::u32string_view folded) {
  size_t i = 0;
  while (i < folded.size() && IsSpace(folded[i])) ++i;
  folded.remove_prefix(i);
  return NormalizeLabel(folded.substr(LabelMarkerLength(folded)));
}

int LabelScore(std::u32string_view wanted, std::u32string_view cell) {
  if (wanted.empty() || cell.empty()) return 0;
  if (wanted == cell) return 3;
  if (cell.size() > wanted.size() && cell.substr(0, wanted.size()) == wanted) return 2;
  if (wanted.size() >= 4 && cell.find(wanted) != std::u32string_view::npos) return 2;
  int cap = static_cast<int>(wanted.size()) / 5;
  if (cap == 0) return 0;
  if (EditDistance(wanted, cell, cap) <= cap) return 1;
  // A typo before an appended note: compare with the start of the cell.
  if (cell.size() > wanted.size() &&
      EditDistance(wanted, cell.substr(0, wanted.size()), cap) <= cap) {
    return 1;
  }
  return 0;
}

}  // namespace reportlint
