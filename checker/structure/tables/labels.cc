#include "checker/structure/tables/labels.h"

#include <algorithm>
#include <vector>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

bool IsLabelNoise(char32_t c) {
  if (IsSpace(c) || c == U'\n') return true;
  static const std::u32string_view kNoise =
      U"、，,。.．:：;；()（）[]【】〔〕<>《》〈〉“”\"'‘’「」『』-—–―/／\\·・…!！?？*＊";
  return kNoise.find(c) != std::u32string_view::npos;
}

bool IsChineseOrdinal(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

// Length of the list marker at the start of `s`, 0 when there is none.
size_t MarkerLength(std::u32string_view s) {
  size_t i = 0;
  bool paren = !s.empty() && (s[0] == U'(' || s[0] == U'（');
  if (paren) ++i;
  size_t digits_begin = i;
  if (i < s.size() && s[i] >= U'①' && s[i] <= U'⑳') return i + 1;
  while (i < s.size() && i - digits_begin < 3 && (IsChineseOrdinal(s[i]) || IsAsciiDigit(s[i]))) ++i;
  if (i == digits_begin || i >= s.size()) return 0;
  char32_t close = s[i];
  if (paren) return (close == U')' || close == U'）') ? i + 1 : 0;
  if (close == U'、' || close == U'.' || close == U'．') {
    // "1.5" is a number, not a marker.
    if (close != U'、' && i + 1 < s.size() && IsAsciiDigit(s[i + 1])) return 0;
    return i + 1;
  }
  return 0;
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
  return NormalizeLabel(folded.substr(MarkerLength(folded)));
}

int EditDistance(std::u32string_view a, std::u32string_view b, int cap) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > cap) return cap + 1;
  std::vector<int> prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev, cur);
  }
  return prev[m];
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
