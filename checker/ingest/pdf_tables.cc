#include "checker/ingest/pdf_tables.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <optional>

#include "checker/values/markers.h"

namespace reportlint {
namespace {

// "四、政府信息公开行政复议…": a numbered heading, which no table holds alone.
bool LooksLikeHeading(std::u32string_view s) {
  std::optional<Marker> m = ParseMarker(s);
  return m && m->level == 1 && m->number > 0 && s.size() > m->length + 3;
}

// A numbering that starts again: "1.", "1、", "（1）", "（一）", "一、".
bool StartsNumbering(std::u32string_view s) {
  std::optional<Marker> m = ParseMarker(s);
  return m && m->number == 1;
}

// An item's marker opens the text: "3.", "2、", "（四）", "(1)", "四、", with
// text after a marker that is not bracketed.
bool StartsItem(std::u32string_view s) {
  std::optional<Marker> m = ParseMarker(s);
  if (!m || m->number == 0) return false;
  bool bracketed = m->level == 2 || m->level == 4;
  return bracketed || m->length < s.size();
}

// A piece of text of the table with where it is.
struct Piece {
  const PdfSegment* seg;
  int page;
  size_t line;  // index into the table's lines
};

bool Before(const Piece& a, const Piece& b) {
  if (a.page != b.page) return a.page < b.page;
  if (a.line != b.line) return a.line < b.line;
  return a.seg->box.x0 < b.seg->box.x0;
}

std::u32string Join(std::vector<Piece> pieces) {
  std::sort(pieces.begin(), pieces.end(), Before);
  std::u32string s;
  for (const Piece& p : pieces) AppendWrapped(&s, p.seg->text);
  return s;
}

PdfCell CellOf(const std::vector<Piece>& pieces, int col) {
  PdfCell c;
  c.col = col;
  c.text = Join(pieces);
  if (!pieces.empty()) {
    const Piece& first = *std::min_element(pieces.begin(), pieces.end(), Before);
    c.page = first.page;
    c.box = first.seg->box;
    for (const Piece& p : pieces) {
      if (p.page == c.page) c.box.Extend(p.seg->box);
    }
  }
  return c;
}

// Header text stacked in close lines: one cell.
struct Stack {
  std::vector<Piece> pieces;
  PdfBox box;     // of the pieces on the stack's first page
  PdfBox bottom;  // the last piece
};

}  // namespace

std::vector<std::pair<size_t, size_t>> FindPdfTables(const std::vector<PdfLine>& lines,
                                                     double text_width, double body_height) {
  auto ends = [&](const PdfLine& l) {
    // Prose: a wide line of one or two phrases (a row of header cells is
    // wide too, but in several pieces), a heading, or the body's size.
    bool prose = l.box.x1 - l.box.x0 > 0.6 * text_width && l.segments.size() <= 2;
    return !l.tabular && (prose || LooksLikeHeading(l.text) ||
                          l.height > 0.85 * body_height);
  };
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].tabular) continue;
    size_t b = i, e = i + 1;
    while (b > 0 && !ends(lines[b - 1]) && (out.empty() || b > out.back().second)) --b;
    while (e < lines.size() && !ends(lines[e])) ++e;
    int tabular = 0;
    bool value = false;
    for (size_t k = b; k < e; ++k) {
      tabular += lines[k].tabular;
      for (const PdfSegment& s : lines[k].segments) value = value || s.value;
    }
    if (tabular >= 2 && value) out.push_back({b, e});
    i = e - 1;
  }
  return out;
}

PdfTable BuildPdfTable(const std::vector<const PdfLine*>& lines) {
  PdfTable table;
  // Value columns: overlapping x-ranges of the numbers.
  std::vector<const PdfSegment*> values;
  double h = 0;
  for (const PdfLine* l : lines) {
    for (const PdfSegment& s : l->segments) {
      if (s.value) values.push_back(&s);
    }
  }
  if (values.empty()) return table;
  std::sort(values.begin(), values.end(),
            [](const PdfSegment* a, const PdfSegment* b) { return a->box.x0 < b->box.x0; });
  std::vector<PdfBox> cols;
  for (const PdfSegment* s : values) {
    h = std::max(h, s->box.Height());
    if (!cols.empty() && s->box.x0 <= cols.back().x1 + 0.2 * s->box.Height()) {
      cols.back().Extend(s->box);
    } else {
      cols.push_back(s->box);
    }
  }
  const double value_start = cols.front().x0 - 1;
  auto value_col = [&](double x0) {
    int c = 0;
    for (size_t j = 1; j < cols.size(); ++j) {
      if (x0 >= cols[j].x0 - 0.5 * h) c = static_cast<int>(j);
    }
    return c;
  };
  auto column_of_value = [&](const PdfSegment& s) {
    double cx = s.box.CenterX();
    int best = 0;
    for (size_t j = 0; j < cols.size(); ++j) {
      double d = cx < cols[j].x0 ? cols[j].x0 - cx : cx > cols[j].x1 ? cx - cols[j].x1 : 0;
      double bd = cx < cols[best].x0 ? cols[best].x0 - cx : cx > cols[best].x1 ? cx - cols[best].x1 : 0;
      if (d < bd) best = static_cast<int>(j);
    }
    return best;
  };

  // Data lines, the header above the first, headers inside the table.
  std::vector<bool> data(lines.size(), false), inner_header(lines.size(), false);
  size_t first_data = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    for (const PdfSegment& s : lines[i]->segments) data[i] = data[i] || s.value;
    if (data[i] && first_data == lines.size()) first_data = i;
  }
  for (size_t i = first_data; i < lines.size();) {
    if (data[i]) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < lines.size() && !data[e]) ++e;
    // A header over the value columns reaches into them (a centred one may
    // start left of their numbers; a label never leaves its column).
    bool over_values = false;
    for (const PdfSegment& s : lines[e - 1]->segments) over_values = over_values || s.box.x1 > value_start;
    if (over_values && e < lines.size()) {
      for (size_t k = i; k < e; ++k) inner_header[k] = true;
    }
    i = e;
  }

  // Label columns: the left edges of label text below the header.
  std::vector<double> lefts;
  for (size_t i = first_data; i < lines.size(); ++i) {
    if (inner_header[i]) continue;
    for (const PdfSegment& s : lines[i]->segments) {
      if (!s.value && s.box.x0 < value_start) lefts.push_back(s.box.x0);
    }
  }
  std::sort(lefts.begin(), lefts.end());
  std::vector<double> label_starts;
  for (double x : lefts) {
    if (label_starts.empty() || x > label_starts.back() + 0.8 * h) label_starts.push_back(x);
  }
  const int label_cols = static_cast<int>(label_starts.size());
  const int total_cols = label_cols + static_cast<int>(cols.size());
  auto label_col = [&](double x0) {
    int k = 0;
    for (size_t j = 0; j < label_starts.size(); ++j) {
      if (x0 >= label_starts[j] - 0.4 * h) k = static_cast<int>(j);
    }
    return k;
  };
  auto grid_col = [&](const PdfSegment& s) {
    return s.box.x0 < value_start ? label_col(s.box.x0) : label_cols + value_col(s.box.x0);
  };

  // Data rows and the text that goes with each.
  struct Row {
    size_t line;
    int page;
    double y;
    std::vector<std::vector<Piece>> labels;  // per label column
    std::vector<std::vector<Piece>> values;  // per value column
    int own = 0;  // the column of the row's own label
  };
  std::vector<Row> rows;
  std::vector<int> row_of_line(lines.size(), -1);
  for (size_t i = first_data; i < lines.size(); ++i) {
    if (!data[i]) continue;
    row_of_line[i] = static_cast<int>(rows.size());
    PdfBox vbox{1e18, 1e18, -1e18, -1e18};
    for (const PdfSegment& s : lines[i]->segments) {
      if (s.value) vbox.Extend(s.box);
    }
    rows.push_back({i, lines[i]->page, vbox.CenterY(),
                    std::vector<std::vector<Piece>>(label_cols),
                    std::vector<std::vector<Piece>>(cols.size()), 0});
  }
  for (size_t i = first_data; i < lines.size(); ++i) {
    if (inner_header[i]) continue;
    int r = row_of_line[i];
    const PdfLine& l = *lines[i];
    for (const PdfSegment& s : l.segments) {
      int target = r;
      if (target < 0 || (!s.value && s.box.x0 < value_start)) {
        // The nearest data row on the same page, not across a header inside the table.
        double best = 1e18;
        for (size_t k = 0; k < rows.size(); ++k) {
          if (rows[k].page != l.page) continue;
          size_t a = std::min(rows[k].line, i), b = std::max(rows[k].line, i);
          bool crosses = false;
          for (size_t m = a; m < b; ++m) crosses = crosses || inner_header[m];
          if (crosses) continue;
          double d = std::abs(rows[k].y - s.box.CenterY());
          if (d < best) {
            best = d;
            target = static_cast<int>(k);
          }
        }
        // A label's lines belong to one cell: a line that opens no item does
        // not begin the label of a row below whose own line opens one ("3.其他"
        // under the last line of "2.申请人逾期…"), and a line that opens an item
        // does not continue the label of the row above.
        if (target >= 0 && !s.value && r < 0) {
          int above = -1, below = -1;
          for (size_t k = 0; k < rows.size(); ++k) {
            if (rows[k].page != l.page) continue;
            if (rows[k].line < i) above = static_cast<int>(k);
            if (rows[k].line > i && below < 0) below = static_cast<int>(k);
          }
          auto opens_item_here = [&](int row) {
            for (const PdfSegment& o : lines[rows[row].line]->segments) {
              if (!o.value && o.box.x0 < value_start && label_col(o.box.x0) == label_col(s.box.x0) &&
                  StartsItem(o.text)) {
                return true;
              }
            }
            return false;
          };
          bool opens = StartsItem(s.text);
          if (target == below && above >= 0 && !opens && opens_item_here(below)) target = above;
          if (target == above && below >= 0 && opens) target = below;
        }
        if (target < 0) {
          // No data row on this page: the last one before, else the first after.
          for (size_t k = 0; k < rows.size(); ++k) {
            if (rows[k].line < i) target = static_cast<int>(k);
          }
          if (target < 0) target = 0;
        }
      }
      Piece p{&s, l.page, i};
      if (s.value || s.box.x0 >= value_start) {
        rows[target].values[column_of_value(s)].push_back(p);
      } else if (label_cols > 0) {
        rows[target].labels[label_col(s.box.x0)].push_back(p);
      }
    }
  }
  for (Row& row : rows) {
    for (int k = 0; k < label_cols; ++k) {
      if (!row.labels[k].empty()) row.own = k;
    }
  }

  // The value columns under a box: those whose centre it spans, else the nearest.
  auto cover = [&](const PdfBox& b) {
    std::vector<int> out;
    double pad = 0.5 * b.Height();
    int nearest = 0;
    for (size_t j = 0; j < cols.size(); ++j) {
      double cx = cols[j].CenterX();
      if (cx >= b.x0 - pad && cx <= b.x1 + pad) out.push_back(static_cast<int>(j));
      if (std::abs(cx - b.CenterX()) < std::abs(cols[nearest].CenterX() - b.CenterX())) {
        nearest = static_cast<int>(j);
      }
    }
    if (out.empty()) out.push_back(nearest);
    return out;
  };
  // The distance between neighbouring value columns.
  double pitch = cols.size() > 1 ? (cols.back().CenterX() - cols.front().CenterX()) / (cols.size() - 1)
                                 : 1e9;
  // Header cells of narrow columns can sit closer than words of a phrase:
  // a header segment whose words fall into different value columns, apart
  // and each no wider than a column, is one piece per column.
  std::deque<PdfSegment> split;
  auto nearest_col = [&](const PdfBox& b) {
    int best = 0;
    for (size_t j = 1; j < cols.size(); ++j) {
      if (std::abs(cols[j].CenterX() - b.CenterX()) < std::abs(cols[best].CenterX() - b.CenterX())) {
        best = static_cast<int>(j);
      }
    }
    return best;
  };
  auto header_pieces = [&](const PdfSegment& s) {
    std::vector<const PdfSegment*> out{&s};
    if (s.words.size() < 2 || s.box.x1 <= value_start) return out;
    std::vector<PdfSegment> parts;
    int last = -1;
    for (const PdfWord& w : s.words) {
      int c = nearest_col(w.box);
      if (c == last) {
        AppendWrapped(&parts.back().text, w.text);
        parts.back().box.Extend(w.box);
        continue;
      }
      if (c < last || (!parts.empty() && w.box.x0 - parts.back().box.x1 < 0.3 * w.box.Height())) return out;
      parts.push_back({w.box, w.text, false, {w}});
      last = c;
    }
    if (parts.size() < 2) return out;
    for (const PdfSegment& part : parts) {
      if (part.box.x1 - part.box.x0 > pitch) return out;
    }
    out.clear();
    for (PdfSegment& part : parts) {
      split.push_back(std::move(part));
      out.push_back(&split.back());
    }
    return out;
  };
  // Header: stacks of close lines above the first data row.
  std::vector<Stack> stacks;
  std::vector<Piece> label_header;
  for (size_t i = 0; i < first_data; ++i) {
    std::vector<const PdfSegment*> pieces;
    for (const PdfSegment& seg : lines[i]->segments) {
      for (const PdfSegment* piece : header_pieces(seg)) pieces.push_back(piece);
    }
    for (const PdfSegment* piece : pieces) {
      const PdfSegment& s = *piece;
      Piece p{&s, lines[i]->page, i};
      if (s.box.x1 <= value_start + 0.5 * h && label_cols > 0) {
        label_header.push_back(p);
        continue;
      }
      // Lines of one cell lie close under each other over the same columns;
      // a group label over several columns is not continued by one of them,
      // nor is a line wider than the columns under it (a group label centred
      // over a single column's centre); and as text wraps greedily, a cell's
      // next line is not wider than the one above it by a character or more.
      Stack* into = nullptr;
      for (Stack& st : stacks) {
        const PdfBox& b = st.bottom;
        double gap = s.box.y0 - b.y1;
        bool overlap = std::min(b.x1, s.box.x1) - std::max(b.x0, s.box.x0) > 0;
        double room = cover(s.box).size() * pitch + 0.5 * h;
        if (st.pieces.back().page == p.page && gap > -0.3 * s.box.Height() &&
            gap < 3 * s.box.Height() && overlap && st.pieces.back().line != i &&
            cover(b) == cover(s.box) && b.x1 - b.x0 <= room && s.box.x1 - s.box.x0 <= room &&
            s.box.x1 - s.box.x0 < b.x1 - b.x0 + 0.6 * s.box.Height()) {
          into = &st;
        }
      }
      if (into == nullptr) {
        stacks.push_back({{p}, s.box, s.box});
      } else {
        into->pieces.push_back(p);
        into->box.Extend(s.box);
        into->bottom = s.box;
      }
    }
  }
  std::vector<int> leaf(cols.size(), -1);
  std::vector<bool> is_leaf(stacks.size(), false);
  for (size_t j = 0; j < cols.size(); ++j) {
    double cx = cols[j].CenterX();
    for (size_t s = 0; s < stacks.size(); ++s) {
      const PdfBox& b = stacks[s].box;
      double pad = 0.5 * stacks[s].bottom.Height();
      if (cx >= b.x0 - pad && cx <= b.x1 + pad && (leaf[j] < 0 || b.y1 > stacks[leaf[j]].box.y1)) {
        leaf[j] = static_cast<int>(s);
      }
    }
    if (leaf[j] >= 0) is_leaf[leaf[j]] = true;
  }
  std::vector<std::vector<int>> paths(cols.size());
  size_t depth = 0;
  for (size_t j = 0; j < cols.size(); ++j) {
    PdfBox rep = leaf[j] >= 0 ? stacks[leaf[j]].box : cols[j];
    if (leaf[j] >= 0) paths[j].push_back(leaf[j]);
    double ceiling = rep.y0;  // groups must end above this
    for (;;) {
      double band = -1e18;
      for (size_t s = 0; s < stacks.size(); ++s) {
        const PdfBox& b = stacks[s].box;
        if (!is_leaf[s] && b.y1 <= ceiling + 0.3 * b.Height()) band = std::max(band, b.y1);
      }
      if (band < -1e17) break;
      // The group over the column: the one in the band above it whose columns
      // hold the column's centre. Left-aligned group labels (each starting
      // where a cell under it starts, as WPS sets them) reach to the next
      // one's start. A centred label may be narrower than its columns: they
      // reach half way to the next group's centre, and as far on the other side
      // when only one side has a neighbour.
      std::vector<size_t> in_band;
      for (size_t s = 0; s < stacks.size(); ++s) {
        const PdfBox& b = stacks[s].box;
        if (is_leaf[s] || b.y1 > ceiling + 0.3 * b.Height() || b.y1 < band - 0.5 * b.Height()) continue;
        in_band.push_back(s);
      }
      bool left_aligned = true;
      std::vector<double> starts, centres;
      for (size_t s : in_band) {
        const PdfBox& b = stacks[s].box;
        bool flush = false;
        for (size_t t = 0; t < stacks.size(); ++t) {
          if (t != s && stacks[t].box.y0 > b.y1 - 0.3 * b.Height() &&
              std::abs(stacks[t].box.x0 - b.x0) < 0.3 * b.Height()) {
            flush = true;
          }
        }
        left_aligned = left_aligned && flush;
        starts.push_back(b.x0);
        centres.push_back(b.CenterX());
      }
      std::sort(starts.begin(), starts.end());
      std::sort(centres.begin(), centres.end());
      int pick = -1;
      for (size_t s : in_band) {
        const PdfBox& b = stacks[s].box;
        double pad = 0.5 * b.Height();
        double lo, hi;
        if (left_aligned) {
          auto next = std::upper_bound(starts.begin(), starts.end(), b.x0);
          lo = b.x0 - pad;
          hi = next == starts.end() ? 1e18 : *next - pad;
        } else {
          size_t k = std::lower_bound(centres.begin(), centres.end(), b.CenterX()) - centres.begin();
          lo = k > 0 ? b.CenterX() - (b.CenterX() - centres[k - 1]) / 2 : -1e18;
          hi = k + 1 < centres.size() ? b.CenterX() + (centres[k + 1] - b.CenterX()) / 2 : 1e18;
          if (lo < -1e17 && hi < 1e17) lo = 2 * b.CenterX() - hi;
          if (hi > 1e17 && lo > -1e17) hi = 2 * b.CenterX() - lo;
          lo = std::min(lo, b.x0 - pad);
          hi = std::max(hi, b.x1 + pad);
        }
        if (rep.CenterX() >= lo && rep.CenterX() < hi) pick = static_cast<int>(s);
      }
      double band_top = band;
      for (size_t s = 0; s < stacks.size(); ++s) {
        const PdfBox& b = stacks[s].box;
        if (!is_leaf[s] && b.y1 <= ceiling + 0.3 * b.Height() && b.y1 >= band - 0.5 * b.Height()) {
          band_top = std::min(band_top, b.y0);
        }
      }
      if (pick >= 0) {
        paths[j].push_back(pick);
        rep = stacks[pick].box;
      }
      ceiling = band_top - 0.01;
    }
    std::reverse(paths[j].begin(), paths[j].end());
  }
  // A cell beside a group that spans the group's row too ("总计" beside
  // "法人或其他组织", over two header rows) is not under it: centred in its
  // taller cell, it sits higher than the cells under the group.
  for (size_t s = 0; s < stacks.size(); ++s) {
    std::vector<double> centres;
    for (size_t j = 0; j < cols.size(); ++j) {
      auto at = std::find(paths[j].begin(), paths[j].end(), static_cast<int>(s));
      if (at != paths[j].end() && at + 1 != paths[j].end()) centres.push_back(stacks[*(at + 1)].box.CenterY());
    }
    if (centres.size() < 2) continue;
    double usual = Median(centres);
    for (size_t j = 0; j < cols.size(); ++j) {
      auto at = std::find(paths[j].begin(), paths[j].end(), static_cast<int>(s));
      if (at == paths[j].end() || at + 1 == paths[j].end()) continue;
      const PdfBox& child = stacks[*(at + 1)].box;
      if (child.CenterY() < usual - 0.3 * child.Height() / std::max<size_t>(1, stacks[*(at + 1)].pieces.size())) {
        paths[j].erase(at);
      }
    }
  }
  for (size_t j = 0; j < cols.size(); ++j) depth = std::max(depth, paths[j].size());

  // Emit the header rows.
  if (depth > 0 || !label_header.empty()) {
    size_t d = std::max<size_t>(depth, 1);
    std::vector<std::vector<PdfCell>> header(d);
    if (label_cols > 0) {
      PdfCell c = CellOf(label_header, 0);
      c.col_span = label_cols;
      c.row_span = static_cast<int>(d);
      header[0].push_back(c);
    }
    for (size_t level = 0; level < d; ++level) {
      for (size_t j = 0; j < cols.size();) {
        const std::vector<int>& p = paths[j];
        if (p.empty()) {  // a column without a header: one empty cell
          if (level == 0) {
            PdfCell c;
            c.col = label_cols + static_cast<int>(j);
            c.row_span = static_cast<int>(d);
            header[0].push_back(c);
          }
          ++j;
          continue;
        }
        if (level >= p.size()) {  // under the bottom cell's row span
          ++j;
          continue;
        }
        // The bottom cell of a column reaches down to the data.
        bool bottom = level + 1 == p.size();
        size_t e = j + 1;
        while (e < cols.size() && paths[e].size() > level && paths[e][level] == p[level] &&
               (level + 1 == paths[e].size()) == bottom) {
          ++e;
        }
        PdfCell c = CellOf(stacks[p[level]].pieces, label_cols + static_cast<int>(j));
        c.col_span = static_cast<int>(e - j);
        if (bottom) c.row_span = static_cast<int>(d - level);
        header[level].push_back(c);
        j = e;
      }
    }
    for (auto& row : header) table.rows.push_back(std::move(row));
  }

  // Runs of rows under each group label.
  // group_span[r][k]: the rows the group cell starting at row r in column k spans (0: none).
  std::vector<std::vector<int>> group_span(rows.size(), std::vector<int>(label_cols, 0));
  std::vector<std::vector<std::vector<Piece>>> group_text(rows.size(),
                                                          std::vector<std::vector<Piece>>(label_cols));
  for (int k = 0; k + 1 < label_cols; ++k) {
    for (size_t r = 0; r < rows.size();) {
      if (rows[r].own <= k) {
        ++r;
        continue;
      }
      size_t e = r + 1;
      auto own_text = [&](size_t x) { return Join(rows[x].labels[rows[x].own]); };
      while (e < rows.size() && rows[e].own > k) {
        bool header_between = false;
        for (size_t m = rows[e - 1].line; m < rows[e].line; ++m) header_between |= inner_header[m];
        if (header_between || (rows[e].own == k + 1 && StartsNumbering(own_text(e)))) break;
        ++e;
      }
      group_span[r][k] = static_cast<int>(e - r);
      for (size_t x = r; x < e; ++x) {
        for (const Piece& p : rows[x].labels[k]) group_text[r][k].push_back(p);
      }
      r = e;
    }
  }

  // Emit data rows and the headers inside the table, in order. Under a header
  // cell over all the value columns ("本年处理决定数量"), a row's one number is
  // a cell over them too, as the HTML and DOCX tables merge it.
  size_t next_row = 0;
  bool one_value_header = false;
  for (size_t i = first_data; i < lines.size(); ++i) {
    if (inner_header[i] && (i == first_data || !inner_header[i - 1])) one_value_header = false;
    if (inner_header[i]) {
      std::vector<PdfCell> cells;
      for (const PdfSegment& s : lines[i]->segments) {
        int c = s.box.x0 < value_start && s.box.x1 > value_start ? label_cols : grid_col(s);
        Piece p{&s, lines[i]->page, i};
        if (!cells.empty() && cells.back().col >= c) {
          AppendWrapped(&cells.back().text, s.text);
          continue;
        }
        cells.push_back(CellOf({p}, c));
      }
      for (size_t k = 0; k < cells.size(); ++k) {
        int end = k + 1 < cells.size() ? cells[k + 1].col : total_cols;
        cells[k].col_span = std::max(1, end - cells[k].col);
      }
      if (!cells.empty() && cells.front().col > 0) {
        cells.front().col_span += cells.front().col;
        cells.front().col = 0;
      }
      for (const PdfCell& c : cells) {
        if (c.col == label_cols && c.col_span == static_cast<int>(cols.size()) && label_cols > 0) {
          one_value_header = true;
        }
      }
      table.rows.push_back(std::move(cells));
      continue;
    }
    if (row_of_line[i] < 0) continue;
    size_t r = next_row++;
    const Row& row = rows[r];
    std::vector<PdfCell> cells;
    for (int k = 0; k < row.own && k < label_cols; ++k) {
      if (group_span[r][k] == 0) continue;
      PdfCell c = CellOf(group_text[r][k], k);
      c.row_span = group_span[r][k];
      cells.push_back(c);
    }
    if (label_cols > 0) {
      PdfCell c = CellOf(row.labels[row.own], row.own);
      c.col_span = label_cols - row.own;
      if (c.page == 0) c.page = row.page;
      cells.push_back(c);
    }
    int filled = 0;
    for (size_t j = 0; j < cols.size(); ++j) filled += !row.values[j].empty();
    if (one_value_header && filled == 1 && cols.size() > 1) {
      for (size_t j = 0; j < cols.size(); ++j) {
        if (row.values[j].empty()) continue;
        PdfCell c = CellOf(row.values[j], label_cols);
        c.col_span = static_cast<int>(cols.size());
        cells.push_back(c);
      }
      table.rows.push_back(std::move(cells));
      continue;
    }
    for (size_t j = 0; j < cols.size(); ++j) {
      PdfCell c = CellOf(row.values[j], label_cols + static_cast<int>(j));
      if (c.page == 0) {
        c.page = row.page;
        c.box = {cols[j].x0, row.y, cols[j].x1, row.y};
      }
      cells.push_back(c);
    }
    table.rows.push_back(std::move(cells));
  }
  return table;
}

}  // namespace reportlint
