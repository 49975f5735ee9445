// Headings that run into the text of a flattened line ("…工作。二、主动公开政府信息情况本单位…"):
// the candidates in one line and the sequence that decides which of them are headings.
#ifndef REPORTLINT_STRUCTURE_HEADINGS_RUN_IN_H_
#define REPORTLINT_STRUCTURE_HEADINGS_RUN_IN_H_

#include <vector>

#include "checker/normalize/folded_text.h"
#include "checker/structure/headings.h"
#include "checker/structure/lines.h"
#include "checker/structure/tables/tables.h"

namespace reportlint {

// The numbers reached so far by the top-level (一、) and second-level ((一))
// sequences, in reading order over the whole report.
class HeadingSequence {
 public:
  // Records a heading found at a line start or taken from a flattened line.
  void Took(const Heading& h);
  // The number a heading of `level` (1 or 2) continues the sequence with.
  int Next(int level) const { return last_[level] + 1; }

 private:
  int last_[3] = {0, 0, 0};
};

// The headings of level 1 and 2 in flattened line `line` (index `line_index`),
// outside `tables`, that continue `sequence` (which they advance), as
// FindHeadings documents.
std::vector<Heading> RunInHeadings(const FoldedText& folded, size_t line_index, LineSpan line,
                                   const std::vector<Table>& tables, HeadingSequence* sequence);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_HEADINGS_RUN_IN_H_
