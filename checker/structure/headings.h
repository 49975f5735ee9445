// Headings found in the folded text and the section tree they form.
// A heading is a line that starts with a marker: 一、 (一) 1. 1、 (1), 第一部分, or Markdown #.
#ifndef REPORTLINT_STRUCTURE_HEADINGS_H_
#define REPORTLINT_STRUCTURE_HEADINGS_H_

#include <string>
#include <vector>

#include "checker/structure/lines.h"

namespace reportlint {

struct Heading {
  int level = 0;          // 1: 一、  2: (一)  3: 1. 1、  4: (1); Markdown: number of #
  int number = 0;         // the marker's ordinal (一 -> 1, 3 -> 3); 0 for Markdown
  size_t line = 0;        // 0-based line index
  size_t begin = 0;       // span of marker + title in the folded text
  size_t end = 0;
  size_t title_begin = 0; // the title alone (up to the first 。 : ; or the line end)
  std::u32string title;   // folded title text
  int parent = -1;        // index of the enclosing heading, -1 at the top
  size_t body_end = 0;    // folded index where the section ends
  bool top_level = false; // member of the report's main top-level sequence
};

struct SectionTree {
  std::vector<Heading> headings;  // in reading order

  // Indices of the headings in the main top-level sequence (一 二 三 ...).
  std::vector<int> TopLevel() const;
};

// Recognises heading lines. Not headings: "一是…", markers inside a sentence,
// table row labels followed by their numbers ("一、本年新收…申请数量 21").
SectionTree FindHeadings(const std::u32string& text, const std::vector<LineSpan>& lines);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_HEADINGS_H_
