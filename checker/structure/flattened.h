// Lines that lost their line breaks (a crawler's dump, text copied from a web page):
// which lines are flattened, and where a heading or a table cell starts and ends in one.
#ifndef REPORTLINT_STRUCTURE_FLATTENED_H_
#define REPORTLINT_STRUCTURE_FLATTENED_H_

#include <string>
#include <vector>

#include "checker/normalize/folded_text.h"
#include "checker/structure/lines.h"

namespace reportlint {

// Design. A report whose line breaks were lost arrives as one or a few very
// long lines, its breaks turned into nothing or into spaces. Headings and
// tables are then looked for inside those lines, and only there: in a report
// that kept its breaks, a marker in the middle of a line is a quotation or a
// list item, never a heading.
//
// A line is *flattened* when
//  1. it holds at least kMinFlattenedLength (200) characters;
//  2. at least two heading markers of level 1 or 2 (一、 第一部分 (一)) stand
//     in it where a line may have started (MarkerMayStart; the line's start
//     counts), two of them of one level and numbered n and n + 1 (a run-on
//     paragraph quoting one "二、" is not flattened);
//  3. one of them is a top-level marker (一、 第一部分), or no line of the
//     report starts with one: in a report whose top-level headings have their
//     own lines, a paragraph that runs its "(一)…。(二)…" together is prose.
// "一是…二是…" never counts (一是 is not a marker).
//
// A report has *lost its line breaks* when at least half of its characters
// are in flattened lines or in lines of kRunOnLength (1000) characters or
// more, longer than any paragraph a report is written in.

// Per line of `lines`: whether it is flattened.
std::vector<bool> FindFlattenedLines(const FoldedText& folded, const std::vector<LineSpan>& lines);

// Whether the report as a whole has lost its line breaks (see above).
bool LostLineBreaks(const std::vector<LineSpan>& lines, const std::vector<bool>& flattened);

// Whether whitespace stood in the original right before folded position `i`:
// kept as a space, or dropped because it stood between two ideographs.
bool WhitespaceBefore(const FoldedText& folded, size_t i);

// Whether a line may have started at folded position `pos` of `line`, so a
// heading or row marker there may start a heading or a row: at the line
// start; after a sentence end (。 ! ?) or whitespace, what a lost line break
// leaves; after a digit, a % or an empty mark, the last cell of a table row or a
// paragraph that ends in a figure ("…12.5三、收到和处理…", "…100%二、"); after the report title's last word 报告
// ("…年度报告一、总体情况"); or after a colon ("报告如下:一、"). Not after a
// comma, a semicolon or a 、 (a list inside a sentence).
bool MarkerMayStart(const FoldedText& folded, LineSpan line, size_t pos);

// The digits at `pos` run on into a label (" 行政规范性文件5142第二十条…"): a
// table cell, not a prose number, which a unit or a date word would follow
// (29件, 2021年, 3.5万). `pos` is the first digit; returns the end of the run
// of digits and cell marks (. / - —), or `pos` when it is not such a run.
size_t CellDigitsEnd(const std::u32string& text, size_t pos, size_t end);

// Length of the title of a heading that runs into its first sentence
// ("二、主动公开政府信息情况本单位…"), starting at `from` (after the marker) and
// bounded by `end`: it stops at a terminator (。 : ; ! ? ,), at whitespace, at
// a digit (but digits may open it: "2015年…情况"), at the next level 1 or 2
// marker, after the first word that ends a
// section title (情况 事项 概况 概述 措施 计划 问题 打算 思路; not before 及 和 与 、:
// "存在的主要问题及改进情况"), and at kMaxRunInTitle (30)
// characters. `by_word`, when given, says whether a title word ended it.
size_t RunInTitleLength(const FoldedText& folded, size_t from, size_t end, bool* by_word = nullptr);

// The pieces a flattened line is read in for tables: the lines it lost, as
// far as the text shows them. A piece ends at whitespace, after a sentence or
// clause end (。 ! ? ;), before a list marker (一、 (一) 1. (1), not 第(一)项),
// after a run of cell digits (CellDigitsEnd; a list marker glued to the digits,
// "00002.其他法律…", goes to the next piece), and after a run-in heading
// title that ends with a title word. A label and the values glued to it
// ("规章003") stay in one piece, as they would in one line.
std::vector<LineSpan> SplitFlattenedLine(const FoldedText& folded, LineSpan line);

// `lines` with every flattened line, and every line of kRunOnLength characters
// or more, replaced by its pieces (SplitFlattenedLine): the lines the report
// had, as far as the text shows them, for what is read line by line near the
// top and the end of a report (its title, publication and signing dates).
std::vector<LineSpan> LinesAsWritten(const FoldedText& folded, const std::vector<LineSpan>& lines,
                                     const std::vector<bool>& flattened);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_FLATTENED_H_
