// A table of the report drawn as an HTML grid, its merged cells merged again,
// the cells holding a finding marked with the value the rule computed.
#ifndef REPORTLINT_OUTPUT_HTML_GRID_H_
#define REPORTLINT_OUTPUT_HTML_GRID_H_

#include <string>

#include "checker/facts/analysis.h"
#include "checker/output/html_marks.h"

namespace reportlint {

// Appends `table` of `analysis` as <table class="grid">. The lines of a
// flattened table that hold no cell (a group label such as 三、本年度办理结果)
// become rows across the whole width, so no text of the report is lost.
void DrawTable(const Analysis& analysis, const Table& table, const std::string& lang,
               FindingMarks* marks, std::string* out);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_GRID_H_
