// The `cells` check of kind `table`: every cell the format asks for, read by its
// place in its row, must hold what it asks for (a count, money, a signed change).
#include <algorithm>

#include "checker/rules/kinds/numeric_evidence.h"
#include "checker/rules/kinds/table_rule.h"
#include "checker/util/utf.h"
#include "checker/values/chinese_numeral.h"
#include "checker/values/empty_cell.h"

namespace reportlint {
namespace {

const std::vector<std::string> kProblems = {"negative", "fraction", "text", "placeholder"};

}  // namespace

void TableRule::ConfigureCells(ParamReader& params) {
  spec_.Configure(params, true, true);
  ReadExcept(params);
  row_cells_.assign(spec_.rows().size(), {});
  std::vector<bool> listed(spec_.rows().size(), false);
  params.Require("cells");
  for (ParamReader& item : params.MapList("cells")) {
    std::vector<int> rows = spec_.ReadIds(item, "rows", true);
    std::vector<int> cols = spec_.ReadIds(item, "columns", false);
    for (int r : rows) {
      if (listed[r]) item.Fail("rows", "row '" + spec_.rows()[r].id + "' is listed twice");
      listed[r] = true;
      row_cells_[r] = cols;
    }
    item.CheckUnknownKeys();
  }
  for (size_t r = 0; r < listed.size(); ++r) {
    if (!listed[r]) params.Fail("cells", "row '" + spec_.rows()[r].id + "' has no cells");
  }
  if (params.Has("money")) {
    for (const std::string& id : params.StringList("money")) {
      int c = spec_.ColumnIndex(id);
      if (c < 0) params.Fail("money", "unknown column id '" + id + "'");
      money_cols_.push_back(c);
    }
  }
  problems_ = {"negative", "fraction", "text"};
  if (params.Has("problems")) {
    problems_.clear();
    for (const std::string& p : params.StringList("problems")) {
      if (std::find(kProblems.begin(), kProblems.end(), p) == kProblems.end()) {
        params.Fail("problems", "unknown problem '" + p +
                                    "' (negative, fraction, text, placeholder)");
      }
      problems_.push_back(p);
    }
  }
}

// A row's cells are the distinct cells right of its labels (a merged cell
// once), in printed order; the i-th is the row's i-th listed column. A row
// with fewer cells than it lists lost one, and one with a further cell that
// is not blank (or an empty mark) is laid out otherwise (the 2019 table in a 2021 report):
// neither is read. Cells past the listed ones that are blank are the grid's
// padding (行政许可 spans the three columns of 第二十条第（一）项).
void TableRule::RunCells(const Analysis& a, RuleReporter& out) const {
  std::vector<std::pair<size_t, size_t>> seen;  // cell spans already reported
  ForEachTable(a, [&](const Table& t, size_t, size_t) {
    Binding b = spec_.BindRowsOnly(t);
    if (!b.problem.empty()) return;  // not machine-readable: the readable check says so
    for (size_t i = 0; i < b.rows.size(); ++i) {
      int r = b.rows[i];
      if (r < 0) continue;
      std::vector<const TableCell*> cells;
      for (int c = t.label_cols; c < t.cols; ++c) {
        const TableCell& cell = t.At(r, c);
        if (cell.kind == CellKind::kMissing) continue;
        if (!cells.empty() && cells.back()->origin_row == cell.origin_row &&
            cells.back()->origin_col == cell.origin_col && t.source == TableSource::kGrid) {
          continue;
        }
        cells.push_back(&cell);
      }
      const std::vector<int>& cols = row_cells_[i];
      if (cells.size() < cols.size()) continue;
      bool extra = std::any_of(cells.begin() + cols.size(), cells.end(), [](const TableCell* c) {
        return c->kind != CellKind::kEmpty;
      });
      if (extra) continue;
      bool row_signed = std::count(exempt_rows_.begin(), exempt_rows_.end(), i) > 0;
      for (size_t j = 0; j < cols.size(); ++j) {
        const TableCell& c = *cells[j];
        int col = cols[j];
        bool is_signed = row_signed || std::count(exempt_cols_.begin(), exempt_cols_.end(), col);
        bool money = std::count(money_cols_.begin(), money_cols_.end(), col) > 0;
        std::string problem;
        if (c.kind == CellKind::kNumber) {
          if (c.value.approx != Approx::kExact) continue;
          if (c.value.printed.IsNegative() && !is_signed) {
            problem = "negative";
          } else if (!money && c.value.printed.FractionDigits() > 0) {
            problem = "fraction";
          }
        } else if (c.kind == CellKind::kEmpty || IsNoValueWord(c.text)) {
          problem = "placeholder";
        } else if (std::none_of(c.text.begin(), c.text.end(), IsAsciiDigit) &&
                   !ParseCount(c.text)) {
          problem = "text";  // not "3件", nor a count in words (三, 零)
        }
        if (problem.empty() ||
            std::find(problems_.begin(), problems_.end(), problem) == problems_.end()) {
          continue;
        }
        std::pair<size_t, size_t> span{c.begin, c.end};
        if (std::find(seen.begin(), seen.end(), span) != seen.end()) continue;
        seen.push_back(span);
        nlohmann::ordered_json ev;
        ev["table"] = spec_.name();
        ev["row"] = spec_.rows()[i].label;
        ev["column"] = spec_.columns()[col].label;
        ev["cell"] = a.OriginalText(c.begin, c.end);
        ev["problem"] = problem;
        if (c.kind == CellKind::kNumber) ev["value"] = PrintedNumber(c.value.printed);
        out.Report(c.begin, c.end, std::move(ev));
      }
    }
  });
}

}  // namespace reportlint
