// Report rows held until the cross-report findings are counted in them
// (report_rows.h), for csv, the xlsx reports sheet and the jsonl report lines.
#include "checker/output/report_rows.h"

namespace reportlint {

void HeldReportRows::Add(ReportRow row) {
  index_.try_emplace(row.path, rows_.size());  // a path given twice: its first row
  rows_.push_back(std::move(row));
}

void HeldReportRows::AddCorpus(const CorpusResult& corpus, const CannotAssess& cannot_assess,
                               bool rows_for_other_files) {
  for (const PlacedFinding& p : corpus.findings) {
    auto it = index_.find(p.path);
    if (it == index_.end()) {
      if (!rows_for_other_files) continue;
      ReportRow other;
      other.path = p.path;
      other.status = "clean";  // until the finding below is counted
      it = index_.emplace(p.path, rows_.size()).first;
      rows_.push_back(std::move(other));
    }
    CountInRow(p.finding, cannot_assess, rows_[it->second]);
  }
}

}  // namespace reportlint
