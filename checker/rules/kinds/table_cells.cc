#include "checker/rules/kinds/table_cells.h"

#include <algorithm>

namespace reportlint {

CellValue ReadCell(const TableCell& c) {
  CellValue v;
  if (c.kind == CellKind::kNumber) {
    v.usable = true;
    v.value = c.value.value;
    v.printed = c.value.printed;
  } else if (c.kind == CellKind::kEmpty || c.kind == CellKind::kMissing) {
    // kMissing only reaches here in a flattened row that Bind() padded.
    v.usable = v.empty = true;
  }
  return v;
}

KeptSpan LocateSpan(const Analysis& a, size_t begin, size_t end) {
  size_t from = a.folded.SourceBegin(begin);
  size_t to = std::max(from, a.folded.SourceEnd(end));
  return KeptSpan(a.document->Locate(from), a.document->Locate(to));
}

std::shared_ptr<const TableCells> TableCells::Collect(const Analysis& a, const TableSpec& spec,
                                                      const std::vector<SpecCell>& wanted) {
  const Table* found = nullptr;
  for (const Table& t : a.tables) {
    if (!spec.Matches(t)) continue;
    if (found) return nullptr;
    found = &t;
  }
  if (!found) return nullptr;
  Binding b = spec.Bind(*found);
  if (!b.problem.empty()) return nullptr;
  const Table& t = b.Read(*found);
  auto cells = std::make_shared<TableCells>();
  for (const auto& [row, col] : wanted) {
    if (b.rows[row] < 0 || b.cols[col] < 0) continue;
    const TableCell& c = t.At(b.rows[row], b.cols[col]);
    CellValue v = ReadCell(c);
    if (!v.usable || v.empty) continue;
    cells->cells_.push_back({{row, col}, {v.value, v.printed, LocateSpan(a, c.begin, c.end)}});
  }
  std::sort(cells->cells_.begin(), cells->cells_.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  // A cell named twice is kept once.
  cells->cells_.erase(std::unique(cells->cells_.begin(), cells->cells_.end(),
                                  [](const auto& x, const auto& y) { return x.first == y.first; }),
                      cells->cells_.end());
  return cells;
}

const KeptNumber* TableCells::Find(int row, int col) const {
  SpecCell key{row, col};
  auto it = std::lower_bound(cells_.begin(), cells_.end(), key,
                             [](const auto& x, const SpecCell& k) { return x.first < k; });
  return it == cells_.end() || it->first != key ? nullptr : &it->second;
}

}  // namespace reportlint
