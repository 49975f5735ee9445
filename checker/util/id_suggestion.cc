// Prefix first, then edit distance.
// Used for rule ids, pack names and directive rule names.
#include "checker/util/id_suggestion.h"

#include "checker/util/spelling.h"

namespace reportlint {

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
