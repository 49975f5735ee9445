// The per-table checks of kind `table` that compute: identities, non-negative
// cells, and numbers in the prose against the table's cells.
#include <algorithm>

#include "checker/rules/kinds/prose_number.h"
#include "checker/rules/kinds/table_cells.h"
#include "checker/rules/kinds/table_rule.h"

namespace reportlint {
namespace {

std::string Join(const std::vector<AxisLabel>& axis, const std::vector<int>& ids) {
  std::string s;
  for (int i : ids) s += (s.empty() ? "" : " + ") + axis[i].label;
  return s;
}

}  // namespace

void TableRule::CheckIdentities(const Analysis& a, const Table& t, const Binding& b,
                                RuleReporter& out) const {
  const auto& rows = spec_.rows();
  const auto& cols = spec_.columns();
  for (const Identity& id : identities_) {
    // each column: the identity's ids are rows, applied in every column.
    const std::vector<int>& along = id.each_column ? b.rows : b.cols;
    const std::vector<int>& across = id.each_column ? b.cols : b.rows;
    auto bound = [&](int i) { return along[i] >= 0; };
    if (!std::all_of(id.sum.begin(), id.sum.end(), bound) ||
        !std::all_of(id.equals.begin(), id.equals.end(), bound)) {
      continue;  // a row or column is not in the table: the layout check says so
    }
    for (size_t k = 0; k < across.size(); ++k) {
      if (across[k] < 0) continue;
      auto cell = [&](int i) -> const TableCell& {
        return id.each_column ? t.At(along[i], across[k]) : t.At(across[k], along[i]);
      };
      auto label = [&](int i) {
        int r = id.each_column ? i : static_cast<int>(k);
        int c = id.each_column ? static_cast<int>(k) : i;
        return rows[r].label + " × " + cols[c].label;
      };
      Interval computed, stated;
      Decimal computed_printed, stated_printed;
      nlohmann::ordered_json empty = nlohmann::ordered_json::array();
      std::vector<RuleReporter::Part> parts;
      bool usable = true;
      for (bool equals_side : {false, true}) {
        for (int i : equals_side ? id.equals : id.sum) {
          const TableCell& c = cell(i);
          if (!equals_side) parts.push_back({label(i), c.begin, c.end});
          CellValue v = ReadCell(c);
          usable = usable && v.usable;
          if (v.empty) empty.push_back(label(i));
          (equals_side ? stated : computed) = Add(equals_side ? stated : computed, v.value);
          (equals_side ? stated_printed : computed_printed) += v.printed;
        }
      }
      if (!usable || computed.Overlaps(stated)) continue;
      const TableCell& at = cell(id.equals.front());
      nlohmann::ordered_json ev;
      ev["table"] = spec_.name();
      ev["identity"] = id.id;
      ev["expression"] = id.expression;
      ev["row"] = id.each_column ? Join(rows, id.equals) : rows[k].label;
      ev["column"] = id.each_column ? cols[k].label : Join(cols, id.equals);
      ev["stated"] = PrintedNumber(stated_printed);
      ev["computed"] = PrintedNumber(computed_printed);
      ev["difference"] = PrintedNumber(stated_printed - computed_printed);
      if (!empty.empty()) {
        ev["empty_cells"] = std::move(empty);
        ev["has_empty"] = "yes";
      }
      out.ReportWithParts(at.begin, at.end, std::move(ev), std::move(parts));
    }
  }
  (void)a;
}

void TableRule::CheckNonNegative(const Analysis& a, const Table& t, const Binding& b,
                                 RuleReporter& out) const {
  std::vector<std::pair<int, int>> seen;  // origin slots already reported
  for (size_t i = 0; i < b.rows.size(); ++i) {
    if (b.rows[i] < 0 || std::count(exempt_rows_.begin(), exempt_rows_.end(), i)) continue;
    for (size_t j = 0; j < b.cols.size(); ++j) {
      if (b.cols[j] < 0 || std::count(exempt_cols_.begin(), exempt_cols_.end(), j)) continue;
      const TableCell& c = t.At(b.rows[i], b.cols[j]);
      if (c.kind != CellKind::kNumber || !c.value.printed.IsNegative()) continue;
      std::pair<int, int> origin{c.origin_row, c.origin_col};
      if (std::find(seen.begin(), seen.end(), origin) != seen.end()) continue;
      seen.push_back(origin);
      out.Report(c.begin, c.end,
                 {{"table", spec_.name()},
                  {"row", spec_.rows()[i].label},
                  {"column", spec_.columns()[j].label},
                  {"value", PrintedNumber(c.value.printed)}});
    }
  }
  (void)a;
}

void TableRule::CheckProse(const Analysis& a, const Table& t, const Binding& b,
                           RuleReporter& out) const {
  const std::u32string& text = a.folded.text();
  for (const Claim& claim : claims_) {
    if (!claim.pattern || claim.row < 0 || b.rows[claim.row] < 0) continue;
    claim.pattern->ForEach(text, [&](RegexMatch m) {
      if (InTable(a, m.begin)) return;
      for (int col : claim.cols) {
        if (b.cols[col] < 0) continue;
        const TableCell& c = t.At(b.rows[claim.row], b.cols[col]);
        CellValue v = ReadCell(c);
        if (!v.usable) continue;
        nlohmann::ordered_json ev;
        ev["table"] = spec_.name();
        ev["row"] = spec_.rows()[claim.row].label;
        ev["column"] = spec_.columns()[col].label;
        if (claim.zero) {
          if (v.value.Contains(Decimal())) continue;
          ev["stated"] = 0;
          ev["cell"] = PrintedNumber(v.printed);
          out.Report(m.begin, m.end, std::move(ev));
          return;  // one finding per statement
        }
        std::optional<Quantity> q = NumberAfter(text, m.end);
        if (!q || q->value.Overlaps(v.value)) continue;
        ev["stated"] = PrintedNumber(q->printed);
        ev["cell"] = PrintedNumber(v.printed);
        out.Report(q->begin, q->end, std::move(ev));
      }
    });
  }
}

}  // namespace reportlint
