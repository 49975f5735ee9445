// Levenshtein distance with a cap, for any character type: what "did you mean"
// (configuration names, bytes) and table label matching (code points) both use.
#ifndef REPORTLINT_UTIL_EDIT_DISTANCE_H_
#define REPORTLINT_UTIL_EDIT_DISTANCE_H_

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace reportlint {

// The edit distance of `a` and `b`, or `cap` + 1 as soon as it must exceed `cap`
// (the length difference alone, or a whole row of the table, is beyond it).
template <typename Char>
int EditDistance(std::basic_string_view<Char> a, std::basic_string_view<Char> b, int cap) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
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
  return std::min(prev[m], cap + 1);
}

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_EDIT_DISTANCE_H_
