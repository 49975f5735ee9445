// The numbering of the headings, audited: at each level, siblings run 1, 2, 3 … with
// no gap or repeat, in one system, and under a national format each top heading has its place's number.
#ifndef REPORTLINT_STRUCTURE_HEADING_NUMBERING_H_
#define REPORTLINT_STRUCTURE_HEADING_NUMBERING_H_

#include <string>
#include <vector>

#include "checker/structure/headings.h"
#include "checker/structure/tables/tables.h"

namespace reportlint {

// Design. Siblings (the headings of one level under one parent) are walked in
// reading order; each number is compared with the ones the outline allows:
//  - the previous sibling's number + 1;
//  - 1, which starts a new list (an appendix, a table's row labels read as
//    headings), and the next number of any list left before (the main
//    sequence resuming after such a list);
//  - for a heading recognised as a part of a national format, the number of
//    its place there, offset by the extra headings the report inserted before
//    it (so a part left out is the `required` check's business, not a gap).
// A heading none of these allow is one slip, reported once: when the next
// sibling carries the number that follows the corrected one, only this
// heading is wrong (two headings numbered 四); otherwise the list goes on
// from the heading's own number (三…七 for 二…六: one finding at 三).
// Nothing is said where the outline may have been read wrongly: in reports
// with headings run into flattened lines, and where the number expected
// appears as a marker in the text before the heading (a heading glued to
// the previous paragraph); and a heading right after a table that goes on
// with the numbers of the table's row labels (the next row of a table cut
// short, "三、本年度办理结果" after rows 一 and 二) is no heading.
// A list whose gap is filled by the first child of the previous sibling,
// numbered in another system (一 二 3、 四), is one slip of that child: its
// marker belongs to the level above; so is a heading of another level just
// before a list that starts at 2 ("1、总体情况" before "二、主动公开…"). Such
// a heading marked "1." is not reported: a web page's ordered list turns
// into "1." in text whatever it showed (一、 by its list style).

struct NumberingSlip {
  enum Problem {
    kSkipped,         // the number is higher than expected: a number was left out
    kRepeated,        // a neighbouring sibling carries the same number
    kOutOfSequence,   // lower than expected, not a repeat
    kMixedSystem,     // numbered in another level's system (3、 among 一、 二、)
  };
  int heading = 0;   // index into SectionTree::headings
  int expected = 0;  // the number it should carry, in the system of its level
  int expected_level = 0;  // the level whose marker it should carry (its own but for kMixedSystem)
  Problem problem = kSkipped;
};

// `places`: per heading, its 1-based place in a national format (0: none or
// unknown); may be empty. REQUIRES: places is empty or has one entry per heading.
std::vector<NumberingSlip> AuditNumbering(const std::u32string& text, const SectionTree& tree,
                                          const std::vector<Table>& tables,
                                          const std::vector<int>& places);

// The number as its level writes it: 三 for levels 1 and 2, 3 for the others.
std::string NumberAsWritten(int number, int level);

// "problem" as evidence: skipped, repeated, out-of-sequence, mixed-system.
const char* ProblemName(NumberingSlip::Problem p);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_HEADING_NUMBERING_H_
