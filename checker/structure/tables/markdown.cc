// Pipe tables of Markdown reports (GitHub Flavored Markdown): header row, delimiter
// row, body rows, read into the same grid as HTML and DOCX tables.
#include <algorithm>

#include "checker/structure/tables/tables.h"
#include "checker/structure/tables/labels.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Larger tables are not report tables (and would cost rows x cols slots).
constexpr size_t kMaxSlots = 200000;

struct Span {
  size_t begin, end;
};

Span Trim(const std::u32string& text, Span s) {
  while (s.begin < s.end && IsSpace(text[s.begin])) ++s.begin;
  while (s.end > s.begin && IsSpace(text[s.end - 1])) --s.end;
  return s;
}

// The cells of a pipe row: the text between unescaped pipes, without the
// optional pipes at either end. Empty when the line holds no unescaped pipe,
// so it is not a row.
std::vector<Span> SplitRow(const std::u32string& text, LineSpan l) {
  Span line = Trim(text, {l.begin, l.end});
  std::vector<Span> cells;
  size_t from = line.begin;
  bool pipe = false;
  for (size_t p = line.begin; p < line.end; ++p) {
    if (text[p] == U'\\') {  // "\|" is a pipe inside a cell
      ++p;
    } else if (text[p] == U'|') {
      cells.push_back({from, p});
      from = p + 1;
      pipe = true;
    }
  }
  if (!pipe) return {};
  cells.push_back({from, line.end});
  if (cells.front().begin == cells.front().end) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().begin == cells.back().end) cells.pop_back();
  return cells;
}

// "---", ":--", "--:", ":-:" with spaces around: the delimiter row's cells.
bool IsDelimiterCell(const std::u32string& text, Span s) {
  s = Trim(text, s);
  if (s.begin < s.end && text[s.begin] == U':') ++s.begin;
  if (s.end > s.begin && text[s.end - 1] == U':') --s.end;
  if (s.begin == s.end) return false;
  for (size_t p = s.begin; p < s.end; ++p) {
    if (text[p] != U'-') return false;
  }
  return true;
}

// "**21**", "`21`", "__总计__": emphasis or code around a whole cell is
// markup; the cell is what it encloses.
Span StripMarkup(const std::u32string& text, Span s) {
  for (;;) {
    size_t n = s.end - s.begin;
    if (n < 3) return s;
    char32_t c = text[s.begin];
    if ((c != U'*' && c != U'_' && c != U'`') || text[s.end - 1] != c) return s;
    size_t run = 0;
    while (run < n / 2 && text[s.begin + run] == c && text[s.end - 1 - run] == c) ++run;
    Span inner = Trim(text, {s.begin + run, s.end - run});
    if (inner.begin == inner.end) return s;
    s = inner;
  }
}

TableCell ReadCell(const std::u32string& text, Span raw, int row, int col) {
  TableCell cell;
  Span s = StripMarkup(text, Trim(text, raw));
  for (size_t p = s.begin; p < s.end; ++p) {
    if (!(text[p] == U'\\' && p + 1 < s.end && text[p + 1] == U'|')) cell.text.push_back(text[p]);
  }
  // A blank cell points where its value would be written, after the pipe.
  cell.begin = s.begin == s.end ? raw.begin : s.begin;
  cell.end = s.begin == s.end ? raw.begin : s.end;
  cell.origin_row = row;
  cell.origin_col = col;
  ClassifyCell(&cell);
  return cell;
}

// Lines inside ``` or ~~~ fences are code, never tables.
std::vector<bool> FencedLines(const std::u32string& text, const std::vector<LineSpan>& lines) {
  std::vector<bool> fenced(lines.size(), false);
  char32_t fence = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::u32string_view s = LineText(text, lines[i]);
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    bool marker = s.size() >= 3 && (s[0] == U'`' || s[0] == U'~') && s[1] == s[0] && s[2] == s[0];
    if (marker && (fence == 0 || s[0] == fence)) {
      fence = fence == 0 ? s[0] : 0;
      fenced[i] = true;
    } else {
      fenced[i] = fence != 0;
    }
  }
  return fenced;
}

}  // namespace

std::vector<Table> MarkdownTables(const std::u32string& text, const std::vector<LineSpan>& lines) {
  std::vector<Table> out;
  std::vector<bool> fenced = FencedLines(text, lines);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (fenced[i] || fenced[i + 1]) continue;
    std::vector<Span> header = SplitRow(text, lines[i]);
    std::vector<Span> delimiter = SplitRow(text, lines[i + 1]);
    // As GitHub renders it: the header and delimiter rows have as many cells.
    if (header.empty() || delimiter.size() != header.size() ||
        !std::all_of(delimiter.begin(), delimiter.end(),
                     [&](Span s) { return IsDelimiterCell(text, s); })) {
      continue;
    }
    std::vector<size_t> row_lines = {i};
    size_t next = i + 2;
    for (; next < lines.size() && !fenced[next]; ++next) {
      // A blank line or a line without a pipe ends the table.
      if (SplitRow(text, lines[next]).empty()) break;
      row_lines.push_back(next);
    }
    Table t;
    t.source = TableSource::kGrid;
    t.number = static_cast<int>(out.size()) + 1;
    t.rows = static_cast<int>(row_lines.size());
    t.cols = static_cast<int>(header.size());
    if (static_cast<size_t>(t.rows) * t.cols > kMaxSlots) {
      i = next - 1;
      continue;
    }
    t.cells.resize(static_cast<size_t>(t.rows) * t.cols);
    for (int r = 0; r < t.rows; ++r) {
      LineSpan line = lines[row_lines[r]];
      std::vector<Span> cells = r == 0 ? header : SplitRow(text, line);
      // Cells past the header's count are not shown (GitHub drops them);
      // a short row is padded with blank cells at its end.
      for (int c = 0; c < t.cols; ++c) {
        Span raw = c < static_cast<int>(cells.size()) ? cells[c] : Span{line.end, line.end};
        TableCell cell = ReadCell(text, raw, r, c);
        // The header row is labels by its syntax, even "2021".
        if (r == 0 && cell.kind == CellKind::kNumber) cell.kind = CellKind::kText;
        if (cell.kind == CellKind::kText) t.label_text += NormalizeLabel(cell.text) + U"|";
        t.At(r, c) = std::move(cell);
      }
    }
    RecogniseLayout(&t, BlankCells::kMergedLabels);
    t.begin = lines[i].begin;
    t.end = lines[row_lines.back()].end;
    t.lines = row_lines;
    t.lines.insert(t.lines.begin() + 1, i + 1);  // the delimiter row
    out.push_back(std::move(t));
    i = next - 1;
  }
  return out;
}

}  // namespace reportlint
