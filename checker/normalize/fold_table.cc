#include "checker/normalize/fold_table.h"

#include <algorithm>

namespace reportlint {
namespace {

// Rows are {code point, folded code points..., 0-padding}.
const char32_t kRows[][8] = {
#include "fold_table_data.inc"
};

}  // namespace

const FoldTable& FoldTable::Get() {
  static const FoldTable table;
  return table;
}

FoldTable::FoldTable() : bmp_(kBmpSize) {
  for (const auto& row : kRows) {
    Entry e;
    e.offset = static_cast<unsigned>(pool_.size());
    for (int i = 1; i < 8 && row[i] != 0; ++i) pool_.push_back(row[i]);
    e.length = static_cast<unsigned>(pool_.size()) - e.offset;
    if (row[0] < kBmpSize) {
      bmp_[row[0]] = e;
    } else {
      wide_.emplace_back(row[0], e);
    }
  }
  std::sort(wide_.begin(), wide_.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::u32string_view FoldTable::LookupWide(char32_t c) const {
  auto it = std::lower_bound(wide_.begin(), wide_.end(), c,
                             [](const auto& e, char32_t k) { return e.first < k; });
  if (it == wide_.end() || it->first != c) return {};
  return Slice(it->second);
}

}  // namespace reportlint
