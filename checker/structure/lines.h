// Lines of the folded text: the unit headings, titles and dates are read from.
// Line i of the folded text is line i+1 of the original file.
#ifndef REPORTLINT_STRUCTURE_LINES_H_
#define REPORTLINT_STRUCTURE_LINES_H_

#include <string>
#include <string_view>
#include <vector>

namespace reportlint {

struct LineSpan {
  size_t begin = 0;  // index of the first character in the folded text
  size_t end = 0;    // index of the line end (or the text end)
};

std::vector<LineSpan> SplitLines(const std::u32string& text);

inline std::u32string_view LineText(const std::u32string& text, LineSpan l) {
  return std::u32string_view(text).substr(l.begin, l.end - l.begin);
}

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_LINES_H_
