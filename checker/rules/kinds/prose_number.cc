#include "checker/rules/kinds/prose_number.h"

#include <algorithm>
#include <vector>

#include "checker/util/sentences.h"
#include "checker/values/number_scanner.h"

namespace reportlint {

bool InTable(const Analysis& a, size_t pos) {
  return std::any_of(a.tables.begin(), a.tables.end(),
                     [&](const Table& t) { return pos >= t.begin && pos < t.end; });
}

std::optional<Quantity> NumberAfter(std::u32string_view text, size_t from) {
  size_t stop = std::min(text.size(), from + 16);
  for (size_t p = from; p < stop; ++p) {
    if (IsClauseEnd(text[p])) stop = p;
  }
  std::vector<Quantity> qs = ScanQuantities(text.substr(from, stop - from));
  if (qs.empty() || qs[0].percent) return std::nullopt;
  Quantity q = qs[0];
  q.begin += from;
  q.end += from;
  return q;
}

}  // namespace reportlint
