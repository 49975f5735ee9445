// The example report in the 2021 national format (南屏县, fictitious), with its three
// tables; written by gen_examples as examples/report-2021-tables*.{txt,html,docx}.
#ifndef REPORTLINT_TESTS_EXAMPLES_REPORT_2021_H_
#define REPORTLINT_TESTS_EXAMPLES_REPORT_2021_H_

#include "tests/examples/report_writer.h"

namespace reportlint::examples {

// The consistent report: every identity of tables A, B and C holds and the
// prose agrees with the tables. With `altered_cell`, Table B's cell
// （一）予以公开 × 自然人 reads 12 instead of 10, which breaks B2 in that
// column and B3 in that row.
ReportSpec Report2021(bool altered_cell);

}  // namespace reportlint::examples

#endif  // REPORTLINT_TESTS_EXAMPLES_REPORT_2021_H_
