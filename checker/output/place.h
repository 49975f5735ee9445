// Where a finding is, said the way a person finds it in the report: "第3段",
// "表格2第6行第10列", "第2页" (or "paragraph 3", "table 2, row 6, column 10",
// "page 2"). The one home of this wording: every output format calls it.
#ifndef REPORTLINT_OUTPUT_PLACE_H_
#define REPORTLINT_OUTPUT_PLACE_H_

#include <string>

#include "reportlint/location.h"

namespace reportlint {

// True when `l` is in a DOCX (paragraph or table cell) or a PDF (page): a
// binary report whose line and column are those of reportlint's reading text
// (`reportlint dump`), which mean nothing in Word or a PDF viewer.
bool HasDocumentPlace(const Location& l);

// The place of `l` in `lang` ("zh", else English):
//   DOCX  第3段 | 表格2第6行第10列              paragraph 3 | table 2, row 6, column 10
//   PDF   第2页 | 第2页表格1第3行第2列          page 2 | page 2, table 1, row 3, column 2
//   other 第6行第47列 (line and column of the file)   line 6, column 47
// "" for a location with no line (0), e.g. a finding about a whole file.
std::string PlaceText(const Location& l, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_PLACE_H_
