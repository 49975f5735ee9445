// Headings found in the folded text and the section tree they form.
// A heading is a line that starts with a marker: 一、 (一) 1. 1、 (1), 第一部分, or Markdown #.
#ifndef REPORTLINT_STRUCTURE_HEADINGS_H_
#define REPORTLINT_STRUCTURE_HEADINGS_H_

#include <string>
#include <vector>

#include "checker/normalize/folded_text.h"
#include "checker/structure/lines.h"
#include "checker/structure/tables/tables.h"

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
  bool run_in = false;    // read from a flattened line (its title runs into the text)
};

struct SectionTree {
  std::vector<Heading> headings;  // in reading order
  // False when the report lost its line breaks (LostLineBreaks) and fewer
  // than two numbered headings were found in it: the sections cannot be
  // assessed, and the rules about them say so once.
  bool readable = true;
  // True for a PDF none of whose pages has text (a scanned report): readable
  // is false as well, and the `readable` check leaves the saying to
  // `text-layer` (Analyze sets both).
  bool no_text = false;

  // Indices of the headings in the main top-level sequence (一 二 三 ...).
  std::vector<int> TopLevel() const;
};

// Recognises heading lines. Not headings: "一是…", markers inside a sentence,
// lines of a table of `tables` (row labels such as "一、本年新收…"), table row
// labels followed by their numbers ("一、本年新收…申请数量 21").
//
// In the lines marked in `flattened` (FindFlattenedLines), headings of level
// 1 and 2 are also found inside the line, outside every table of `tables`:
// a marker that stands where a line may have started (MarkerMayStart) and
// that continues its level's sequence: 一 after nothing, n + 1 after n
// (n + 2 when no n + 1 follows in the line: a skipped number; any m when the
// next two such markers are m + 1 and m + 2: the sequence resumes after a
// heading that could not be found), (一) again after each top-level heading.
// A marker elsewhere ("…实际效果二、主动公开政府信息情况…", a paragraph that
// lost its stop) is a heading only when it is exactly the next number and
// its title ends with a title word. Titles run into the first sentence and
// are cut by RunInTitleLength; a title followed by cell digits
// ("…申请数量215012029") is a table row, not a heading.
// Where heading `h` starts as a person reads it: past a Markdown heading's
// leading '#'s and spaces (which `begin` includes), else `begin` itself.
// What messages quote and what an outline lists.
size_t HeadingTextBegin(const std::u32string& folded, const Heading& h);

SectionTree FindHeadings(const FoldedText& folded, const std::vector<LineSpan>& lines,
                         const std::vector<bool>& flattened, const std::vector<Table>& tables);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_HEADINGS_H_
