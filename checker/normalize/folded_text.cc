#include "checker/normalize/folded_text.h"

#include "checker/normalize/fold_table.h"
#include "checker/util/utf.h"

namespace reportlint {

FoldedText::FoldedText(std::u32string_view original) {
  const FoldTable& table = FoldTable::Get();
  text_.reserve(original.size());
  source_.reserve(original.size() + 1);
  source_end_.reserve(original.size());

  // A whitespace run is held back until we know what follows it: it is
  // dropped before a line end or between ideographs, else emitted as one space.
  bool pending_space = false;
  uint32_t pending_at = 0;

  auto emit = [&](char32_t c, uint32_t from, uint32_t to) {
    text_.push_back(c);
    source_.push_back(from);
    source_end_.push_back(to);
  };

  for (uint32_t i = 0; i < original.size(); ++i) {
    char32_t c = original[i];
    std::u32string_view folded = table.Lookup(c);
    char32_t first = folded.empty() ? c : folded.front();
    if (IsSpace(first) || IsSpace(c)) {
      if (!pending_space) pending_at = i;
      pending_space = true;
      continue;
    }
    if (pending_space) {
      pending_space = false;
      bool at_line_start = text_.empty() || text_.back() == U'\n';
      bool between_cjk = !text_.empty() && IsCjkIdeograph(text_.back()) &&
                         IsCjkIdeograph(first);
      if (c != U'\n' && !at_line_start && !between_cjk) {
        emit(U' ', pending_at, pending_at + 1);
      }
    }
    if (folded.empty()) {
      emit(c, i, i + 1);
    } else {
      for (char32_t f : folded) emit(f, i, i + 1);
    }
  }
  source_.push_back(static_cast<uint32_t>(original.size()));
}

}  // namespace reportlint
