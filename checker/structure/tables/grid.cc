// Grids from the tables HTML and DOCX readers found: spans expanded slot by slot as
// HTML lays out cells, then laid out as every table is (layout.cc).
#include <algorithm>

#include "checker/structure/tables/tables.h"
#include "checker/structure/tables/labels.h"

namespace reportlint {
namespace {

// Larger grids are typos (colspan="10000") or attacks, not report tables.
constexpr int kMaxCols = 512;
constexpr size_t kMaxSlots = 200000;

struct Placed {
  int row, col;
  size_t line;
};

}  // namespace

std::vector<Table> GridTables(const Document& document, const FoldedText& folded,
                              const std::vector<LineSpan>& lines) {
  std::vector<Table> out;
  const std::u32string& text = folded.text();
  for (size_t ti = 0; ti < document.tables().size(); ++ti) {
    const SourceTable& st = document.tables()[ti];
    int rows = static_cast<int>(st.rows.size());
    if (rows == 0 || st.end_line > lines.size()) continue;
    // owner[r][c]: index into `placed` of the cell covering the slot, or -1.
    std::vector<std::vector<int>> owner(rows);
    std::vector<Placed> placed;
    int cols = 0;
    bool too_big = false;
    for (int r = 0; r < rows && !too_big; ++r) {
      int c = 0;
      for (const SourceCell& sc : st.rows[r]) {
        if (sc.col >= 0) c = std::max(c, sc.col);
        while (c < static_cast<int>(owner[r].size()) && owner[r][c] >= 0) ++c;
        int row_end = std::min(rows, r + std::max(1, sc.row_span));
        int col_end = std::min(kMaxCols, c + std::max(1, sc.col_span));
        if (c >= kMaxCols) break;
        int id = static_cast<int>(placed.size());
        placed.push_back({r, c, sc.line});
        for (int rr = r; rr < row_end; ++rr) {
          if (static_cast<int>(owner[rr].size()) < col_end) owner[rr].resize(col_end, -1);
          for (int cc = c; cc < col_end; ++cc) {
            if (owner[rr][cc] < 0) owner[rr][cc] = id;
          }
        }
        cols = std::max(cols, col_end);
        c = col_end;
      }
      too_big = static_cast<size_t>(rows) * static_cast<size_t>(cols) > kMaxSlots;
    }
    if (too_big || cols == 0) continue;
    Table t;
    t.source = TableSource::kGrid;
    t.number = static_cast<int>(ti) + 1;
    t.rows = rows;
    t.cols = cols;
    t.cells.resize(static_cast<size_t>(rows) * cols);
    // Each source cell is read once; merged slots get copies.
    std::vector<TableCell> read(placed.size());
    for (size_t i = 0; i < placed.size(); ++i) {
      TableCell& cell = read[i];
      LineSpan span = lines[placed[i].line];
      cell.text = text.substr(span.begin, span.end - span.begin);
      cell.begin = span.begin;
      cell.end = span.end;
      cell.origin_row = placed[i].row;
      cell.origin_col = placed[i].col;
      ClassifyCell(&cell);
      if (cell.kind == CellKind::kText) t.label_text += NormalizeLabel(cell.text) + U"|";
    }
    for (int r = 0; r < rows; ++r) {
      for (int c = 0; c < cols; ++c) {
        int id = c < static_cast<int>(owner[r].size()) ? owner[r][c] : -1;
        if (id >= 0) {
          t.At(r, c) = read[id];
        } else {  // a short row: the slot reads as a blank cell at the row's start
          TableCell& cell = t.At(r, c);
          cell.kind = CellKind::kEmpty;
          cell.origin_row = r;
          cell.origin_col = c;
          LineSpan span = st.rows[r].empty() ? lines[st.first_line] : lines[st.rows[r][0].line];
          cell.begin = cell.end = span.begin;
        }
      }
    }
    RecogniseLayout(&t, BlankCells::kValues);
    t.begin = lines[st.first_line].begin;
    t.end = st.end_line > st.first_line ? lines[st.end_line - 1].end : t.begin;
    for (size_t l = st.first_line; l < st.end_line; ++l) t.lines.push_back(l);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace reportlint
