// Tables of every format found in one pass (reader grids, Markdown pipe tables, flattened
// text), cells read with the number model, and the one-line dump the tests compare.
#include "checker/structure/tables/tables.h"

#include <algorithm>

#include "checker/values/number_scanner.h"
#include "checker/structure/flattened.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

bool IsEmptyMark(std::u32string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char32_t c) { return IsSpace(c) || IsEmptyCellMark(c); });
}

}  // namespace

void ClassifyCell(TableCell* cell) {
  std::u32string_view s = cell->text;
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  if (IsEmptyMark(s)) {
    cell->kind = CellKind::kEmpty;
    return;
  }
  std::vector<Quantity> qs = ScanQuantities(s);
  if (qs.size() == 1 && qs[0].begin == 0 && qs[0].end == s.size()) {
    cell->kind = CellKind::kNumber;
    cell->value = qs[0];
    return;
  }
  cell->kind = CellKind::kText;
}

std::vector<Table> FindTables(const Document& document, const FoldedText& folded,
                              const std::vector<LineSpan>& lines,
                              const std::vector<bool>& flattened) {
  std::vector<Table> tables = GridTables(document, folded, lines);
  // A flattened line is read in its pieces, below, not as one line.
  std::vector<bool> taken = flattened;
  for (const SourceTable& st : document.tables()) {
    for (size_t l = st.first_line; l < st.end_line && l < lines.size(); ++l) taken[l] = true;
  }
  // Pipe tables with a delimiter row are Markdown's grids; other pipe lines, and
  // pipes in plain text, are a web table copied as text (text_tables.cc).
  if (document.format() == SourceFormat::kMarkdown) {
    for (Table& t : MarkdownTables(folded.text(), lines)) {
      for (size_t l : t.lines) taken[l] = true;
      tables.push_back(std::move(t));
    }
  }
  for (Table& t : TextTables(folded.text(), lines, taken)) tables.push_back(std::move(t));
  for (size_t l = 0; l < lines.size(); ++l) {
    if (!flattened[l]) continue;
    std::vector<LineSpan> pieces = SplitFlattenedLine(folded, lines[l]);
    std::vector<bool> none(pieces.size(), false);
    for (Table& t : TextTables(folded.text(), pieces, none, TextLines::kPieces)) {
      tables.push_back(std::move(t));
    }
  }
  std::stable_sort(tables.begin(), tables.end(),
                   [](const Table& a, const Table& b) { return a.begin < b.begin; });
  return tables;
}

std::vector<LineSpan> LinesOutsideTables(const std::vector<LineSpan>& lines,
                                         const std::vector<Table>& tables) {
  std::vector<LineSpan> out = lines;
  for (const Table& t : tables) {
    for (size_t l : t.lines) {
      if (l < out.size()) out[l].end = out[l].begin;
    }
  }
  return out;
}

std::string DebugString(const Table& t) {
  std::string s = t.source == TableSource::kGrid ? "grid" : "text";
  s += " " + std::to_string(t.rows) + "x" + std::to_string(t.cols) + " h" +
       std::to_string(t.header_rows) + " l" + std::to_string(t.label_cols);
  if (!t.readable) s += " unreadable(" + t.problem + ")";
  for (int c = t.label_cols; c < t.cols && !t.col_labels.empty(); ++c) {
    std::string path;
    for (const auto& l : t.col_labels[c]) path += (path.empty() ? "" : "/") + U32ToUtf8(l);
    s += (c == t.label_cols ? " cols: " : " | ") + path;
  }
  for (int r = 0; r < t.rows; ++r) {
    if (!t.data_row[r]) continue;
    std::string label;
    for (const auto& l : t.row_labels[r]) label += (label.empty() ? "" : "/") + U32ToUtf8(l);
    s += "\n  " + label + " =";
    for (int c = t.label_cols; c < t.cols; ++c) {
      const TableCell& cell = t.At(r, c);
      switch (cell.kind) {
        case CellKind::kMissing: s += " ?"; break;
        case CellKind::kEmpty: s += " _"; break;
        case CellKind::kNumber: s += " " + cell.value.printed.ToString(); break;
        case CellKind::kText: s += " \"" + U32ToUtf8(cell.text) + "\""; break;
      }
    }
  }
  return s;
}

}  // namespace reportlint
