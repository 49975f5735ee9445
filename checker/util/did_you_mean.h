// "Did you mean" for misspelt configuration keys, parameter values, kinds, rule
// and pack ids. Mirrors ninja's SpellcheckString: the closest within a small distance.
#ifndef REPORTLINT_UTIL_DID_YOU_MEAN_H_
#define REPORTLINT_UTIL_DID_YOU_MEAN_H_

#include <string>
#include <string_view>
#include <vector>

namespace reportlint {

// The candidate closest to `word`, or "" when none is close enough (edit
// distance at most max(2, len/3), in characters). Ties go to the first candidate.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

// For rule and pack ids, which users often shorten ("other-year" for
// "other-year-data"): the one candidate that extends `word`, else ClosestMatch.
std::string SuggestId(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_DID_YOU_MEAN_H_
