// Tables flattened into plain text: a row label followed by its values, one value
// per line or all on the label's line; and rows whose cells' digits ran together.
#include <algorithm>
#include <map>
#include <optional>

#include "checker/values/number_scanner.h"
#include "checker/values/markers.h"
#include "checker/structure/tables/tables.h"
#include "checker/structure/tables/labels.h"
#include "checker/util/sentences.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Label lines longer than this are prose.
constexpr size_t kMaxLabelLength = 60;
// Pieces of a flattened line run header labels together ("行政复议行政诉讼结果维持…
// 总计", 79 characters in Table C), so their labels may be longer.
constexpr size_t kMaxPieceLabelLength = 100;
// More label lines than this between two rows end a table: they are a
// heading and the header of the next table, not group labels.
constexpr size_t kMaxLabelsBetweenRows = 3;
// A line of nothing but this many digits is cells run together, not an amount.
constexpr size_t kMinGluedDigits = 10;
// Header lines kept before a table's first row (for finding it by its words).
constexpr size_t kMaxPreamble = 24;

enum class LineKind { kBlank, kValue, kRow, kGlued, kLabel, kProse };

struct CellSpan {
  size_t begin, end;
};

struct LineInfo {
  LineKind kind = LineKind::kProse;
  size_t label_begin = 0;    // kRow: where its label starts (the line start but for a
                             // piped row, whose label is its last text cell)
  size_t label_end = 0;      // kRow, kGlued: where the label part ends
  std::vector<CellSpan> values;  // kValue: the line; kRow: each value; kGlued: the run
};

// A cell value is short ("12,345", "3.5万", "—"); testing whole paragraphs
// with the number scanner would double the cost of every report.
constexpr size_t kMaxValueLength = 24;

bool IsValueToken(std::u32string_view s) {
  if (s.empty() || s.size() > kMaxValueLength) return false;
  TableCell probe;
  probe.text = std::u32string(s);
  ClassifyCell(&probe);
  return probe.kind == CellKind::kNumber || probe.kind == CellKind::kEmpty;
}

// Whether `s` has clause punctuation outside brackets: "(区分处理的,只计这一情形)"
// is a label, "全年受理申请29件,办结28件" prose.
bool ClausePunctuationOutsideBrackets(std::u32string_view s) {
  int depth = 0;
  for (char32_t c : s) {
    if (c == U'(' || c == U'《' || c == U'“' || c == U'[' || c == U'【') ++depth;
    if ((c == U')' || c == U'》' || c == U'”' || c == U']' || c == U'】') && depth > 0) --depth;
    if (depth == 0 && (c == U',' || c == U':' || IsClauseMark(c))) return true;
  }
  return false;
}

bool LabelLike(std::u32string_view s, TextLines mode) {
  if (mode == TextLines::kPieces) {
    return !s.empty() && s.size() <= kMaxPieceLabelLength && HasCjkIdeograph(s) &&
           !ClausePunctuationOutsideBrackets(s);
  }
  return !s.empty() && s.size() <= kMaxLabelLength && HasCjkIdeograph(s) &&
         s.find(U'。') == std::u32string_view::npos;
}

size_t CountDigits(std::u32string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), IsAsciiDigit));
}

// The cells of a line whose cells are separated by pipes, as a web page's table
// copied as text gives them ("规章 | 0 | 0 | 3", "三、本年度办理结果 | (一)予以公开 | 0 |…"),
// each trimmed of spaces; empty cells keep their place.
std::vector<CellSpan> PipedCells(const std::u32string& text, LineSpan l) {
  std::vector<CellSpan> cells;
  size_t from = l.begin;
  for (size_t p = l.begin; p <= l.end; ++p) {
    if (p < l.end && text[p] != U'|') continue;
    CellSpan c{from, p};
    while (c.begin < c.end && text[c.begin] == U' ') ++c.begin;
    while (c.end > c.begin && text[c.end - 1] == U' ') --c.end;
    cells.push_back(c);
    from = p + 1;
  }
  return cells;
}

// A line with pipes inside (its outer pipes are trimmed by TextTables): the
// values after the last text cell make a row; text cells alone, a label line.
LineInfo ClassifyPiped(const std::u32string& text, LineSpan l, TextLines mode) {
  LineInfo info;
  std::vector<CellSpan> cells = PipedCells(text, l);
  auto cell_text = [&](const CellSpan& c) { return std::u32string_view(text).substr(c.begin, c.end - c.begin); };
  auto is_value = [&](const CellSpan& c) { return c.begin == c.end || IsValueToken(cell_text(c)); };
  size_t first_value = cells.size();
  while (first_value > 0 && is_value(cells[first_value - 1])) --first_value;
  while (!cells.empty() && cells.back().begin == cells.back().end) cells.pop_back();
  if (first_value >= cells.size()) {  // text cells only: a header or label line
    bool labels = std::all_of(cells.begin(), cells.end(), [&](const CellSpan& c) {
      return c.begin == c.end || LabelLike(cell_text(c), mode);
    });
    if (labels && !cells.empty()) info.kind = LineKind::kLabel;
    return info;
  }
  if (first_value > 0 && !LabelLike(cell_text(cells[first_value - 1]), mode)) return info;
  info.kind = LineKind::kRow;
  info.label_begin = first_value > 0 ? cells[first_value - 1].begin : l.begin;
  info.label_end = first_value > 0 ? cells[first_value - 1].end : l.begin;
  for (size_t c = first_value; c < cells.size(); ++c) info.values.push_back(cells[c]);
  return info;
}

LineInfo Classify(const std::u32string& text, LineSpan l, TextLines mode) {
  LineInfo info;
  info.label_begin = l.begin;
  std::u32string_view s = LineText(text, l);
  if (s.empty()) {
    info.kind = LineKind::kBlank;
    return info;
  }
  if (s.find(U'|') != std::u32string_view::npos) return ClassifyPiped(text, l, mode);
  if (IsValueToken(s)) {
    info.kind = LineKind::kValue;
    info.values.push_back({l.begin, l.end});
    return info;
  }
  // Values after the label, separated by spaces: "一、本年新收…数量 21 7 0".
  size_t end = s.size();
  std::vector<CellSpan> values;
  while (end > 0) {
    size_t space = s.rfind(U' ', end - 1);
    size_t start = space == std::u32string_view::npos ? 0 : space + 1;
    if (start == 0 || !IsValueToken(s.substr(start, end - start))) break;
    values.push_back({l.begin + start, l.begin + end});
    end = space;
  }
  if (!values.empty() && LabelLike(s.substr(0, end), mode)) {
    std::reverse(values.begin(), values.end());
    info.kind = LineKind::kRow;
    info.label_end = l.begin + end;
    info.values = std::move(values);
    return info;
  }
  // Digits run into the label: "一、本年新收政府信息公开申请数量21710000218".
  // Empty marks run in with them ("禁止公开00/0000"), and a decimal point
  // between digits ("行政事业性收费12.5").
  size_t digits = s.size();
  int digit_count = 0;
  auto in_run = [&](size_t i) {
    char32_t c = s[i];
    return IsAsciiDigit(c) || IsEmptyCellMark(c) ||
           (c == U'.' && i > 0 && IsAsciiDigit(s[i - 1]) && i + 1 < s.size() &&
            IsAsciiDigit(s[i + 1]));
  };
  while (digits > 0 && in_run(digits - 1)) digit_count += IsAsciiDigit(s[--digits]);
  if (digits < s.size() && digits > 0 && digit_count > 0 && IsAsciiDigit(s.back()) &&
      s[digits - 1] != U' ' && LabelLike(s.substr(0, digits), mode)) {
    info.kind = LineKind::kGlued;
    info.label_end = l.begin + digits;
    info.values.push_back({l.begin + digits, l.end});
    return info;
  }
  // A row without a label whose digits ran together (Table C: "100010000000000").
  if (digits == 0 && s.size() >= kMinGluedDigits) {
    info.kind = LineKind::kGlued;
    info.label_end = l.begin;
    info.values.push_back({l.begin, l.end});
    return info;
  }
  if (LabelLike(s, mode) && !IsAsciiDigit(s.back())) info.kind = LineKind::kLabel;
  return info;
}

// Level of a row label's list marker: 1 一、 2 (一) 3 1. 1、 4 (1); 0 none.
int MarkerLevel(std::u32string_view s) {
  auto m = ParseMarker(s);
  return m && m->number > 0 ? m->level : 0;
}

struct Group {
  std::vector<size_t> labels;  // label lines before the row, in order
  size_t row_line = SIZE_MAX;  // kRow / kGlued: the line with the label and values
  bool glued = false;
  std::vector<CellSpan> values;  // blank lines inside give empty spans
  int trailing_blanks = 0;
};

// How a web table copied as text uses pipes on a line.
enum class Pipes {
  kNone,
  kBorder,  // the line has pipes around or between its cells: "0 |", "规章 | 0 | 3"
  kOnly,    // nothing but pipes (or a Markdown delimiter row): a lone border, or a
            // separator between cell lines
};

// The line without its outer pipes and the spaces around them.
LineSpan WithoutOuterPipes(const std::u32string& text, LineSpan l, Pipes* pipes) {
  auto skip = [&](char32_t c) { return c == U'|' || c == U' '; };
  LineSpan t = l;
  while (t.begin < t.end && skip(text[t.begin])) ++t.begin;
  while (t.end > t.begin && skip(text[t.end - 1])) --t.end;
  std::u32string_view line = std::u32string_view(text).substr(l.begin, l.end - l.begin);
  bool any = line.find(U'|') != std::u32string_view::npos;
  // A Markdown delimiter row ("|---|:-:|") separates like a lone border.
  bool delimiter = any && line.find_first_not_of(U"|-: ") == std::u32string_view::npos;
  *pipes = !any ? Pipes::kNone : t.begin == t.end || delimiter ? Pipes::kOnly : Pipes::kBorder;
  if (*pipes == Pipes::kOnly) t = {l.begin, l.begin};
  return t;
}

class Recogniser {
 public:
  Recogniser(const std::u32string& text, const std::vector<LineSpan>& lines,
             const std::vector<bool>& taken, TextLines mode)
      : text_(text), taken_(taken), mode_(mode) {
    lines_.reserve(lines.size());
    pipes_.resize(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
      lines_.push_back(WithoutOuterPipes(text, lines[i], &pipes_[i]));
    }
  }

  std::vector<Table> Run() {
    std::vector<size_t> pending;
    std::optional<Group> open;  // a row whose values are being read, one per line
    int held_blanks = 0;
    auto close_row = [&]() {
      if (!open) return;
      open->trailing_blanks = held_blanks;
      AddGroup(std::move(*open));
      open.reset();
      held_blanks = 0;
    };
    bool bordered = false;  // the last line with text had a pipe at its end
    for (size_t i = 0; i < lines_.size(); ++i) {
      LineInfo info = taken_[i] ? LineInfo{} : Classify(text_, lines_[i], mode_);
      if (pipes_[i] == Pipes::kOnly) {
        // Between bordered cells a lone border is an empty cell ("56 |\n|\n56 |");
        // between bare ones, a separator ("0\n|\n0").
        if (!bordered) continue;
      } else if (info.kind != LineKind::kBlank) {
        bordered = pipes_[i] == Pipes::kBorder;
      }
      switch (info.kind) {
        case LineKind::kBlank:
          if (open) ++held_blanks;
          break;
        case LineKind::kValue:
          if (!open) {
            open = Group{};
            open->labels = std::move(pending);
            pending.clear();
            if (open->labels.empty() && region_.empty()) {  // numbers without a label
              open.reset();
              break;
            }
          }
          for (; held_blanks > 0; --held_blanks) {
            open->values.push_back({lines_[i].begin, lines_[i].begin});
          }
          open->values.push_back(info.values[0]);
          break;
        case LineKind::kRow:
        case LineKind::kGlued: {
          close_row();
          Group g;
          g.labels = std::move(pending);
          pending.clear();
          g.row_line = i;
          g.glued = info.kind == LineKind::kGlued;
          g.values = std::move(info.values);
          label_span_[i] = {info.label_begin, info.label_end};
          AddGroup(std::move(g));
          break;
        }
        case LineKind::kLabel:
          close_row();
          pending.push_back(i);
          if (pending.size() > kMaxPreamble) pending.erase(pending.begin());
          break;
        case LineKind::kProse:
          close_row();
          CloseRegion();
          pending.clear();
          break;
      }
    }
    close_row();
    CloseRegion();
    return std::move(tables_);
  }

 private:
  void AddGroup(Group g) {
    if (!region_.empty() && g.labels.size() > kMaxLabelsBetweenRows) CloseRegion();
    region_.push_back(std::move(g));
  }

  std::u32string_view Text(size_t line) const { return LineText(text_, lines_[line]); }

  // The label part of a row's own line, or its last label line.
  CellSpan OwnLabel(const Group& g) const {
    if (g.row_line != SIZE_MAX) return label_span_.at(g.row_line);
    if (!g.labels.empty()) return {lines_[g.labels.back()].begin, lines_[g.labels.back()].end};
    return {0, 0};
  }

  // A lone row of one or two values under a header that names a quantity
  // ("信息内容 / 本年处理决定数量 / 行政许可 / 1256", a block of Table A): a table
  // of one row. Without such a header a label and a number are prose.
  bool HeadedRow(const Group& g) const {
    if (g.glued || g.values.empty() || g.labels.size() < 3) return false;
    for (size_t k = 0; k + 1 < g.labels.size(); ++k) {
      std::u32string label = NormalizeLabel(Text(g.labels[k]));
      for (std::u32string_view w : {U"数量", U"件数", U"金额", U"单位"}) {
        if (label.find(w) != std::u32string::npos) return true;
      }
    }
    return false;
  }

  void CloseRegion() {
    std::vector<Group> region = std::move(region_);
    region_.clear();
    size_t values = 0;
    bool glued = false;
    for (const Group& g : region) {
      values += g.values.size();
      glued = glued || g.glued;
    }
    // In the pieces of a flattened line, a lone glued row must be long enough
    // not to be a prose number cut off its sentence ("设立3|大平台").
    bool lone_glued_ok =
        glued && (mode_ == TextLines::kLines ||
                  CountDigits(std::u32string_view(text_).substr(
                      region[0].values[0].begin,
                      region[0].values[0].end - region[0].values[0].begin)) >= kMinGluedDigits);
    bool table = region.size() >= 2 ||
                 (region.size() == 1 && (values >= 3 || lone_glued_ok || HeadedRow(region[0])));
    if (!table) return;
    Table t;
    t.source = TableSource::kText;
    t.rows = static_cast<int>(region.size());
    t.label_cols = 1;
    size_t width = 0;
    for (const Group& g : region) width = std::max(width, g.values.size());
    t.cols = 1 + static_cast<int>(width);
    t.cells.resize(static_cast<size_t>(t.rows) * t.cols);
    t.data_row.assign(t.rows, true);
    t.row_labels.assign(t.rows, {});
    t.readable = !glued;
    if (glued) t.problem = "glued-digits";
    std::vector<std::pair<int, std::u32string>> groups;  // marker level, label
    for (int r = 0; r < t.rows; ++r) {
      const Group& g = region[r];
      for (size_t l : g.labels) t.label_text += NormalizeLabel(Text(l)) + U"|";
      // Group labels between rows belong to the table; before the first row
      // only its own label does (the rest is the header, or a heading).
      for (size_t k = 0; k < g.labels.size(); ++k) {
        bool own = g.row_line == SIZE_MAX && k + 1 == g.labels.size();
        if (r > 0 || own) t.lines.push_back(g.labels[k]);
        int level = MarkerLevel(Text(g.labels[k]));
        if (own || level == 0 || r == 0) continue;
        while (!groups.empty() && groups.back().first >= level) groups.pop_back();
        groups.push_back({level, std::u32string(Text(g.labels[k]))});
      }
      if (g.row_line != SIZE_MAX) t.lines.push_back(g.row_line);
      CellSpan own = OwnLabel(g);
      std::u32string own_text = text_.substr(own.begin, own.end - own.begin);
      while (!own_text.empty() && own_text.back() == U' ') own_text.pop_back();
      int own_level = MarkerLevel(own_text);
      if (own_level > 0) {
        while (!groups.empty() && groups.back().first >= own_level) groups.pop_back();
      }
      for (const auto& [level, label] : groups) t.row_labels[r].push_back(label);
      if (!own_text.empty()) t.row_labels[r].push_back(own_text);
      t.label_text += NormalizeLabel(own_text) + U"|";
      TableCell& label = t.At(r, 0);
      label.kind = own_text.empty() ? CellKind::kEmpty : CellKind::kText;
      label.text = own_text;
      label.begin = own.begin;
      label.end = own.begin + own_text.size();
      label.origin_row = r;
      for (size_t v = 0; v < g.values.size(); ++v) {
        TableCell& cell = t.At(r, static_cast<int>(v) + 1);
        cell.text = text_.substr(g.values[v].begin, g.values[v].end - g.values[v].begin);
        cell.begin = g.values[v].begin;
        cell.end = g.values[v].end;
        cell.origin_row = r;
        cell.origin_col = static_cast<int>(v) + 1;
        ClassifyCell(&cell);
        // A glued run is one cell of text, whatever number it looks like.
        if (g.glued) cell.kind = CellKind::kText;
      }
      for (int c = static_cast<int>(g.values.size()) + 1; c < t.cols; ++c) {
        TableCell& cell = t.At(r, c);
        cell.origin_row = r;
        cell.origin_col = c;
        cell.begin = cell.end = label.end;
      }
      t.spare_blanks.push_back(g.trailing_blanks);
      if (g.row_line == SIZE_MAX) {
        for (const CellSpan& v : g.values) {
          if (v.end > v.begin) t.lines.push_back(LineOf(v.begin));
        }
      }
    }
    std::sort(t.lines.begin(), t.lines.end());
    t.lines.erase(std::unique(t.lines.begin(), t.lines.end()), t.lines.end());
    // Pieces are not lines: the table holds part of a line, which the heading
    // finder reads around the table's span.
    if (mode_ == TextLines::kPieces) t.lines.clear();
    // The table starts at its first row: the header lines before it may
    // include the section heading.
    t.begin = OwnLabel(region.front()).begin;
    if (t.begin == 0 && region.front().labels.empty() && !region.front().values.empty()) {
      t.begin = region.front().values.front().begin;
    }
    t.end = 0;
    for (int r = 0; r < t.rows; ++r) {
      for (int c = 0; c < t.cols; ++c) t.end = std::max(t.end, t.At(r, c).end);
    }
    tables_.push_back(std::move(t));
  }

  size_t LineOf(size_t pos) const {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), pos,
                               [](size_t p, const LineSpan& l) { return p < l.begin; });
    return static_cast<size_t>(it - lines_.begin()) - 1;
  }

  const std::u32string& text_;
  std::vector<LineSpan> lines_;  // without their outer pipes
  std::vector<Pipes> pipes_;
  const std::vector<bool>& taken_;
  TextLines mode_;
  std::vector<Group> region_;
  std::vector<Table> tables_;
  std::map<size_t, CellSpan> label_span_;  // kRow/kGlued line -> its label part
};

}  // namespace

std::vector<Table> TextTables(const std::u32string& text, const std::vector<LineSpan>& lines,
                              const std::vector<bool>& taken, TextLines mode) {
  return Recogniser(text, lines, taken, mode).Run();
}

}  // namespace reportlint
