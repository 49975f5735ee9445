#include "checker/structure/lines.h"

namespace reportlint {

std::vector<LineSpan> SplitLines(const std::u32string& text) {
  std::vector<LineSpan> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == U'\n') {
      lines.push_back({start, i});
      start = i + 1;
    }
  }
  lines.push_back({start, text.size()});
  return lines;
}

}  // namespace reportlint
