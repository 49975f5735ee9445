#include "checker/ingest/pdf_layout.h"

#include <algorithm>
#include <cmath>

#include "checker/util/utf.h"
#include "checker/values/empty_cell.h"
#include "checker/values/numeral.h"

namespace reportlint {
namespace {


// A number alone, as a table's value cell prints it, or an empty-cell mark.
bool IsValueText(std::u32string_view s) {
  if (s.empty()) return false;
  if (s.size() == 1 && IsEmptyCellMark(s[0])) return true;
  if (s == U"——" || s == U"--") return true;
  bool digit = false;
  for (char32_t c : s) {
    if (IsAsciiDigit(c)) {
      digit = true;
    } else if (c != U'.' && c != U',' && c != U'%' && c != U'-' && c != U'％') {
      return false;
    }
  }
  return digit;
}

// Whether the vertical extents overlap by at least half the smaller one.
bool SameLine(const PdfBox& a, const PdfBox& b) {
  double overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return overlap > 0.5 * std::min(a.Height(), b.Height());
}

}  // namespace

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

void PdfBox::Extend(const PdfBox& b) {
  x0 = std::min(x0, b.x0);
  y0 = std::min(y0, b.y0);
  x1 = std::max(x1, b.x1);
  y1 = std::max(y1, b.y1);
}

std::vector<PdfLine> LinesOfPage(std::vector<PdfWord> words, int page) {
  // Lines by vertical overlap, words taken top-down so a line grows from its first word.
  std::stable_sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) {
    return a.box.CenterY() < b.box.CenterY();
  });
  std::vector<std::vector<PdfWord>> groups;
  std::vector<PdfBox> boxes;
  for (PdfWord& w : words) {
    if (w.text.empty() || !(w.box.Height() > 0) || !std::isfinite(w.box.x0)) continue;
    size_t g = groups.size();
    // Only the last few lines can still take a word below them.
    for (size_t i = groups.size(); i-- > 0 && i + 4 >= groups.size();) {
      if (SameLine(boxes[i], w.box)) {
        g = i;
        break;
      }
    }
    if (g == groups.size()) {
      groups.emplace_back();
      boxes.push_back(w.box);
    } else {
      // Grow the line's horizontal extent only: its height stays the first
      // word's, so a tall word does not swallow the lines beside it.
      boxes[g].x0 = std::min(boxes[g].x0, w.box.x0);
      boxes[g].x1 = std::max(boxes[g].x1, w.box.x1);
    }
    groups[g].push_back(std::move(w));
  }
  std::vector<PdfLine> lines;
  for (auto& g : groups) {
    std::stable_sort(g.begin(), g.end(),
                     [](const PdfWord& a, const PdfWord& b) { return a.box.x0 < b.box.x0; });
    PdfLine line;
    line.page = page;
    line.box = g.front().box;
    std::vector<double> heights;
    for (const PdfWord& w : g) {
      line.box.Extend(w.box);
      heights.push_back(w.box.Height());
    }
    line.height = Median(heights);
    double h = line.height;
    const PdfWord* prev = nullptr;
    for (const PdfWord& w : g) {
      bool value = IsValueText(w.text);
      bool join = false;
      if (prev != nullptr) {
        if (prev->space_after) line.text.push_back(U' ');
        // Words of a phrase are close; two numbers side by side are two cells
        // unless they nearly touch.
        double gap = w.box.x0 - prev->box.x1;
        join = gap < ((value && line.segments.back().value) ? 0.2 : 0.7) * h;
      }
      line.text += w.text;
      if (join) {
        PdfSegment& seg = line.segments.back();
        if (prev->space_after) seg.text.push_back(U' ');
        seg.text += w.text;
        seg.box.Extend(w.box);
        seg.value = IsValueText(seg.text);
        seg.words.push_back(w);
      } else {
        line.segments.push_back({w.box, w.text, value, {w}});
      }
      prev = &w;
    }
    // Cells far apart, or three numbers side by side (narrow columns of a
    // wide table set their numbers closer than prose sets words).
    int values = 0;
    for (size_t i = 0; i < line.segments.size(); ++i) {
      values += line.segments[i].value;
      if (i > 0 && line.segments[i].box.x0 - line.segments[i - 1].box.x1 >= 1.5 * h) line.tabular = true;
    }
    if (values >= 3) line.tabular = true;
    lines.push_back(std::move(line));
  }
  std::stable_sort(lines.begin(), lines.end(), [](const PdfLine& a, const PdfLine& b) {
    return a.box.CenterY() < b.box.CenterY();
  });
  return lines;
}

bool IsPageNumberLine(const PdfLine& line, double page_height) {
  if (page_height <= 0) return false;
  if (line.box.y0 > 0.1 * page_height && line.box.y1 < 0.9 * page_height) return false;
  std::u32string s;
  for (char32_t c : line.text) {
    if (!IsSpace(c)) s.push_back(c);
  }
  size_t i = 0;
  auto digits = [&] {
    size_t from = i;
    while (i < s.size() && IsAsciiDigit(s[i])) ++i;
    return i > from;
  };
  auto skip = [&](std::u32string_view marks) {
    while (i < s.size() && marks.find(s[i]) != std::u32string_view::npos) ++i;
  };
  skip(U"-—–―·•");
  if (i < s.size() && s[i] == U'第') {
    ++i;
    if (!digits() || i >= s.size() || s[i] != U'页') return false;
    ++i;
    if (i < s.size() && s[i] == U'共') {
      ++i;
      if (!digits() || i >= s.size() || s[i] != U'页') return false;
      ++i;
    }
    return i == s.size();
  }
  if (!digits()) return false;
  if (i < s.size() && (s[i] == U'/' || s[i] == U'／')) {
    ++i;
    if (!digits()) return false;
  }
  skip(U"-—–―·•");
  return i == s.size();
}

void AppendWrapped(std::u32string* text, std::u32string_view more) {
  if (more.empty()) return;
  if (!text->empty() && numerals::IsAsciiAlnum(text->back()) && numerals::IsAsciiAlnum(more.front())) text->push_back(U' ');
  text->append(more);
}

Location PdfLocation(int page, const PdfBox& box) {
  Location loc;
  loc.page = page;
  loc.box = {box.x0, box.y0, box.x1, box.y1};
  return loc;
}

}  // namespace reportlint
