// The report rows of a run (sheet_rows.h), held from Write() until the
// cross-report findings are in, so that a report's row counts them too.
#ifndef REPORTLINT_OUTPUT_REPORT_ROWS_H_
#define REPORTLINT_OUTPUT_REPORT_ROWS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "checker/output/cannot_assess.h"
#include "checker/output/sheet_rows.h"

namespace reportlint {

// The rows are small (no document, no finding), so 10,000 reports fit.
class HeldReportRows {
 public:
  // In input order.
  void Add(ReportRow row);
  // Counts each cross-report finding in the row of its report. A finding
  // about a file that is no report of the run (the hierarchy file) gets a row
  // of that file, after the reports in order of first finding, when
  // `rows_for_other_files` (csv and xlsx, which have nowhere else to show it).
  void AddCorpus(const CorpusResult& corpus, const CannotAssess& cannot_assess,
                 bool rows_for_other_files);
  const std::vector<ReportRow>& rows() const { return rows_; }

 private:
  std::vector<ReportRow> rows_;
  std::unordered_map<std::string, size_t> index_;  // path -> its first row
};

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_REPORT_ROWS_H_
