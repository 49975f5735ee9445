// Splitting a glued table for a `table` rule: each glued row is cut into the spec's
// columns when exactly one cut makes the spec's row identities hold (split_glued).
#include <numeric>

#include "checker/rules/kinds/table_rule_spec.h"
#include "checker/structure/tables/glued_digits.h"

namespace reportlint {

std::optional<Table> TableSpec::SplitGlued(const Table& t) const {
  if (!split_ || t.source != TableSource::kText || t.problem != "glued-digits" ||
      t.cols <= t.label_cols) {
    return std::nullopt;
  }
  int n = static_cast<int>(columns_.size());
  auto holds = [&](const std::vector<GluedCell>& cells) {
    auto total = [&](const std::vector<int>& ids) {
      return std::accumulate(ids.begin(), ids.end(), 0LL,
                             [&](long long s, int i) { return s + cells[i].value; });
    };
    for (const GluedSplit::RowIdentity& id : split_->identities) {
      if (total(id.sum) != total(id.equals)) return false;
    }
    return true;
  };
  Table out = t;
  out.cols = t.label_cols + n;
  out.cells.assign(static_cast<size_t>(out.rows) * out.cols, TableCell{});
  for (int r = 0; r < t.rows; ++r) {
    for (int c = 0; c < t.label_cols; ++c) out.At(r, c) = t.At(r, c);
    // A glued row holds its run as the one text cell after its labels.
    const TableCell& run = t.At(r, t.label_cols);
    bool glued = run.kind == CellKind::kText &&
                 (t.cols == t.label_cols + 1 ||
                  t.At(r, t.label_cols + 1).kind == CellKind::kMissing);
    if (!glued) {  // a row read cell by cell keeps its cells, if it has one per column
      int have = 0;
      for (int c = t.label_cols; c < t.cols; ++c) have += t.At(r, c).kind != CellKind::kMissing;
      if (have != n) return std::nullopt;
      for (int c = t.label_cols; c < out.cols; ++c) out.At(r, c) = t.At(r, c);
      continue;
    }
    std::vector<GluedCell> cut;
    if (CountGluedCuts(run.text, n, split_->max_digits, holds, &cut) != 1) return std::nullopt;
    for (int k = 0; k < n; ++k) {
      TableCell& cell = out.At(r, t.label_cols + k);
      cell.text = run.text.substr(cut[k].begin, cut[k].end - cut[k].begin);
      cell.begin = run.begin + cut[k].begin;
      cell.end = run.begin + cut[k].end;
      cell.origin_row = r;
      cell.origin_col = t.label_cols + k;
      ClassifyCell(&cell);
    }
  }
  out.readable = true;
  out.problem.clear();
  return out;
}

}  // namespace reportlint
