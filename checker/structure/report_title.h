// The report's title among the first lines of the text: a line of its own, a title
// split over two lines, or a title run together with the text after it on one line.
#ifndef REPORTLINT_STRUCTURE_REPORT_TITLE_H_
#define REPORTLINT_STRUCTURE_REPORT_TITLE_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/structure/lines.h"

namespace reportlint {

// Pattern pieces shared with the naming sentences (report_year.cc): the kind of
// report a title names, and a character of an organisation's name in it (no
// digits, spaces, punctuation, brackets or quotation marks).
inline constexpr const char* kDisclosureKind = "(?:政府信息公开|政务公开|信息公开)";
inline constexpr const char* kNameChar = "[^\\s,.。;:!?、《》“”\"()\\[\\]〔〕<>|0-9]";

struct TitleLine {
  size_t line = 0;            // 0-based index of the line the title starts on
  size_t begin = 0, end = 0;  // span in the folded text (a split title spans two lines)
  std::u32string text;        // folded, Markdown markup left out, a split title joined
  std::optional<int> year;    // 2015 in 荆州市2015年政府信息公开年度工作报告
  size_t year_begin = 0, year_end = 0;  // span of "2015年" in the folded text
  std::u32string organisation;          // 荆州市; empty when the title has no year
};

// Every title in the first 20 lines, in line order: lines that name the report
// (…政府信息公开…年度报告, 关于…情况的报告), two short lines that do so together, and
// long lines that open with such a name. A title without a year is listed only if
// it ends like one (…报告); navigation lines (breadcrumbs, 上一篇) are not titles.
std::vector<TitleLine> FindTitles(const std::u32string& text, const std::vector<LineSpan>& lines);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_REPORT_TITLE_H_
