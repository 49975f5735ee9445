// The per-code-point folding table: NFKC plus Traditional->Simplified script folding.
// Built once per process from data generated at build time (tools/gen_fold_table.cc).
#ifndef REPORTLINT_NORMALIZE_FOLD_TABLE_H_
#define REPORTLINT_NORMALIZE_FOLD_TABLE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reportlint {

class FoldTable {
 public:
  // The process-wide table, built on first use; safe to share between threads.
  static const FoldTable& Get();

  // The folded form of `c`, or an empty view when `c` folds to itself.
  std::u32string_view Lookup(char32_t c) const {
    if (c < kBmpSize) return Slice(bmp_[c]);
    return LookupWide(c);
  }

 private:
  static constexpr char32_t kBmpSize = 0x10000;
  struct Entry {
    unsigned offset = 0;
    unsigned length = 0;  // 0: the character folds to itself
  };

  FoldTable();
  std::u32string_view Slice(Entry e) const { return {pool_.data() + e.offset, e.length}; }
  std::u32string_view LookupWide(char32_t c) const;

  std::vector<Entry> bmp_;                         // dense, indexed by code point
  std::vector<std::pair<char32_t, Entry>> wide_;   // sorted; the few non-BMP entries
  std::u32string pool_;                            // all folded forms, back to back
};

}  // namespace reportlint

#endif  // REPORTLINT_NORMALIZE_FOLD_TABLE_H_
