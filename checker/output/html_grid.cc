#include "checker/output/html_grid.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "checker/output/formats.h"
#include "checker/output/html_escape.h"
#include "checker/output/html_labels.h"

namespace reportlint {
namespace {

// A cell's text in the reading text. A line's first cell starts at the line's
// start and its last ends at the line's end, so nothing written on a table
// line outside its cells (a group label before a row label, a stray mark)
// is lost, and a finding at the line's first column lands in the cell.
struct CellRange {
  size_t begin = 0;
  size_t end = 0;
};

class GridDrawer {
 public:
  GridDrawer(const Analysis& a, const Table& t, const std::string& lang, FindingMarks* marks,
             std::string* out)
      : a_(a), t_(t), lang_(lang), marks_(marks), out_(out) {}

  void Draw() {
    CollectCells();
    *out_ += "<table class=\"grid\"";
    if (t_.number > 0) *out_ += " data-table=\"" + std::to_string(t_.number) + "\"";
    *out_ += ">";
    std::vector<size_t> loose = LooseLines();
    size_t next_loose = 0;
    size_t last_line = 0;
    for (int r = 0; r < t_.rows; ++r) {
      size_t row_line = RowLine(r, last_line);
      while (next_loose < loose.size() && loose[next_loose] < row_line) {
        GroupRow(loose[next_loose++]);
      }
      last_line = row_line;
      DrawRow(r);
    }
    while (next_loose < loose.size()) GroupRow(loose[next_loose++]);
    *out_ += "</table>\n";
  }

 private:
  size_t TextPos(size_t folded) const { return a_.folded.SourceBegin(folded); }
  size_t TextEnd(size_t folded) const { return a_.folded.SourceEnd(folded); }

  bool IsOrigin(int r, int c) const {
    const TableCell& cell = t_.At(r, c);
    return cell.kind != CellKind::kMissing && cell.origin_row == r && cell.origin_col == c;
  }

  // The line (0-based) of each origin cell, and the first and last cell (in
  // text order) of each line.
  void CollectCells() {
    for (int r = 0; r < t_.rows; ++r) {
      for (int c = 0; c < t_.cols; ++c) {
        if (!IsOrigin(r, c)) continue;
        const TableCell& cell = t_.At(r, c);
        size_t line = LineOfFolded(cell.begin);
        cell_line_[{r, c}] = line;
        auto [it, fresh] = line_cells_.try_emplace(line, std::pair{cell.begin, cell.begin});
        if (!fresh) {
          it->second.first = std::min(it->second.first, cell.begin);
          it->second.second = std::max(it->second.second, cell.begin);
        }
      }
    }
  }

  size_t LineOfFolded(size_t pos) const {
    auto it = std::upper_bound(a_.lines.begin(), a_.lines.end(), pos,
                               [](size_t p, const LineSpan& l) { return p < l.begin; });
    return it == a_.lines.begin() ? 0 : static_cast<size_t>(it - a_.lines.begin()) - 1;
  }

  // The table's own lines that hold no cell: group labels, a unit line.
  std::vector<size_t> LooseLines() const {
    std::vector<size_t> out;
    for (size_t line : t_.lines) {
      if (line < a_.lines.size() && !line_cells_.count(line) &&
          a_.lines[line].end > a_.lines[line].begin) {
        out.push_back(line);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  size_t RowLine(int r, size_t fallback) const {
    size_t best = SIZE_MAX;
    for (int c = 0; c < t_.cols; ++c) {
      auto it = cell_line_.find({r, c});
      if (it != cell_line_.end()) best = std::min(best, it->second);
    }
    return best == SIZE_MAX ? fallback : best;
  }

  CellRange RangeOf(int r, int c) const {
    const TableCell& cell = t_.At(r, c);
    size_t line = cell_line_.at({r, c});
    const LineSpan& l = a_.lines[line];
    auto [first, last] = line_cells_.at(line);
    size_t begin = cell.begin == first ? l.begin : cell.begin;
    size_t end = cell.begin == last ? std::max(l.end, cell.end) : cell.end;
    return {TextPos(begin), std::max(TextPos(begin), TextEnd(end))};
  }

  void GroupRow(size_t line) {
    const LineSpan& l = a_.lines[line];
    *out_ += "<tr><td class=\"group\" colspan=\"" + std::to_string(std::max(1, t_.cols)) + "\">";
    marks_->Emit(TextPos(l.begin), std::max(TextPos(l.begin), TextEnd(l.end)), out_);
    *out_ += "</td></tr>";
  }

  void DrawRow(int r) {
    *out_ += "<tr>";
    for (int c = 0; c < t_.cols; ++c) {
      const TableCell& cell = t_.At(r, c);
      if (cell.kind == CellKind::kMissing) {
        *out_ += "<td></td>";
        continue;
      }
      if (!IsOrigin(r, c)) continue;  // covered by a merged cell drawn before
      int col_span = 1, row_span = 1;
      while (c + col_span < t_.cols && SameOrigin(r, c + col_span, r, c)) ++col_span;
      while (r + row_span < t_.rows && SameOrigin(r + row_span, c, r, c)) ++row_span;
      DrawCell(r, c, row_span, col_span);
    }
    *out_ += "</tr>";
  }

  bool SameOrigin(int r, int c, int origin_r, int origin_c) const {
    const TableCell& cell = t_.At(r, c);
    return cell.kind != CellKind::kMissing && cell.origin_row == origin_r &&
           cell.origin_col == origin_c;
  }

  void DrawCell(int r, int c, int row_span, int col_span) {
    CellRange range = RangeOf(r, c);
    std::vector<const MarkedFinding*> here = marks_->StartingIn(range.begin, range.end);
    std::string cls;
    if (r < t_.header_rows || c < t_.label_cols) cls = "label";
    Severity worst = Severity::kInfo;
    for (const MarkedFinding* m : here) worst = std::max(worst, m->finding->severity);
    if (!here.empty()) {
      cls += std::string(cls.empty() ? "" : " ") + "bad sev-" + SeverityName(worst);
    }
    // A cell a finding computed with: marked when that finding is shown.
    std::vector<PartHere> parts = marks_->PartsStartingIn(range.begin, range.end);
    std::string part_of;
    for (const PartHere& p : parts) part_of += (part_of.empty() ? "" : " ") + p.marked->id;
    if (!parts.empty()) cls += std::string(cls.empty() ? "" : " ") + "part";
    *out_ += "<td";
    if (!cls.empty()) *out_ += " class=\"" + cls + "\"";
    if (!part_of.empty()) *out_ += " data-for=\"" + part_of + "\"";
    if (row_span > 1) *out_ += " rowspan=\"" + std::to_string(row_span) + "\"";
    if (col_span > 1) *out_ += " colspan=\"" + std::to_string(col_span) + "\"";
    *out_ += ">";
    for (const PartHere& p : parts) {
      *out_ += "<span class=\"anchor\" id=\"" + PartAnchor(*p.marked, p.part) + "\"></span>";
      marks_->SetPartDrawn(p);
    }
    marks_->Emit(range.begin, range.end, out_);
    for (const MarkedFinding* m : here) Computed(*m);
    *out_ += "</td>";
  }

  // The value the rule computed, under the stated one, so the officer sees
  // what the cell should hold without opening the finding.
  void Computed(const MarkedFinding& m) {
    if (!m.evidence.contains("computed")) return;
    const auto& v = m.evidence["computed"];
    std::string shown = v.is_string() ? v.get<std::string>() : JsonText(v);
    *out_ += "<span class=\"computed sev-" + std::string(SeverityName(m.finding->severity)) +
             "\" data-for=\"" + m.id + "\">" +
             LabelsFor(lang_).computed + " " + HtmlEscape(shown) + "</span>";
  }

  const Analysis& a_;
  const Table& t_;
  const std::string& lang_;
  FindingMarks* marks_;
  std::string* out_;
  std::map<std::pair<int, int>, size_t> cell_line_;
  std::map<size_t, std::pair<size_t, size_t>> line_cells_;  // line -> first, last cell begin
};

}  // namespace

void DrawTable(const Analysis& analysis, const Table& table, const std::string& lang,
               FindingMarks* marks, std::string* out) {
  GridDrawer(analysis, table, lang, marks, out).Draw();
}

}  // namespace reportlint
