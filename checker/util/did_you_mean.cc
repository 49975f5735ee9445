#include "checker/util/did_you_mean.h"

#include <algorithm>

#include "checker/util/edit_distance.h"
#include "checker/util/utf.h"

namespace reportlint {

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  // In characters, so a Chinese name counts as a person reads it.
  std::u32string w = Utf8ToU32(word);
  const int allowed = std::max<int>(2, static_cast<int>(w.size()) / 3);
  int best = allowed + 1;
  std::string result;
  for (const std::string& c : candidates) {
    int d = EditDistance(std::u32string_view(w), std::u32string_view(Utf8ToU32(c)), allowed);
    if (d < best) {
      best = d;
      result = c;
    }
  }
  return result;
}

std::string SuggestId(std::string_view word, const std::vector<std::string>& candidates) {
  std::string prefixed;
  int count = 0;
  for (const std::string& c : candidates) {
    if (c.size() > word.size() && c.compare(0, word.size(), word) == 0) {
      prefixed = c;
      ++count;
    }
  }
  if (count == 1) return prefixed;
  return ClosestMatch(word, candidates);
}

}  // namespace reportlint
