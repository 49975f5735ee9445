// "Did you mean" for rule and pack ids, which users often shorten ("other-year"
// for "other-year-data"): a candidate that extends the word wins over the
// closest by edit distance.
#ifndef REPORTLINT_UTIL_ID_SUGGESTION_H_
#define REPORTLINT_UTIL_ID_SUGGESTION_H_

#include <string>
#include <string_view>
#include <vector>

namespace reportlint {

// The one candidate that starts with `word`, else ClosestMatch(word, candidates).
std::string SuggestId(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_ID_SUGGESTION_H_
