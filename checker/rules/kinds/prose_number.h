// A number the prose states right after a claim's words ("上年结转申请2件"): how the
// `table` kind's prose check and the `carry-over` kind's find what a sentence says.
#ifndef REPORTLINT_RULES_KINDS_PROSE_NUMBER_H_
#define REPORTLINT_RULES_KINDS_PROSE_NUMBER_H_

#include <optional>
#include <string_view>

#include "checker/facts/analysis.h"
#include "checker/values/quantity.h"

namespace reportlint {

// Whether folded position `pos` of `a` lies inside one of its tables: a
// claim's words there are a label, not prose.
bool InTable(const Analysis& a, size_t pos);

// The number right after folded position `from` of `text`, in the same clause
// and at most 16 characters on, with its offsets in `text`; nullopt when there
// is none or it is a percentage.
std::optional<Quantity> NumberAfter(std::u32string_view text, size_t from);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_PROSE_NUMBER_H_
