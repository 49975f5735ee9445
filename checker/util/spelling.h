// "Did you mean" suggestions for misspelt configuration keys and names.
// Mirrors ninja's SpellcheckString: the closest candidate within a small edit distance.
#ifndef REPORTLINT_UTIL_SPELLING_H_
#define REPORTLINT_UTIL_SPELLING_H_

#include <string>
#include <string_view>
#include <vector>

namespace reportlint {

// Returns the candidate closest to `word`, or "" when none is close enough
// (edit distance at most max(2, len/3)).
std::string ClosestMatch(std::string_view word,
                         const std::vector<std::string>& candidates);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_SPELLING_H_
