#include "checker/ingest/pdf_columns.h"

#include <algorithm>
#include <cmath>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

double MedianHeight(const std::vector<PdfWord>& words) {
  std::vector<double> h;
  for (const PdfWord& w : words) h.push_back(w.box.Height());
  return Median(std::move(h));
}

PdfColumn ColumnOf(std::vector<PdfWord> words) {
  PdfColumn c;
  c.x0 = 1e18;
  c.x1 = -1e18;
  for (const PdfWord& w : words) {
    c.x0 = std::min(c.x0, w.box.x0);
    c.x1 = std::max(c.x1, w.box.x1);
  }
  c.words = std::move(words);
  return c;
}

// Whether the words read as prose: mostly ideographs, in lines (by rounded
// baseline) of eight ideographs or more on average.
bool IsProse(const std::vector<PdfWord>& words, double line_height) {
  size_t ideographs = 0, chars = 0;
  std::vector<long> lines;
  for (const PdfWord& w : words) {
    for (char32_t c : w.text) {
      ++chars;
      if (IsCjkIdeograph(c)) ++ideographs;
    }
    lines.push_back(std::lround(w.box.y1 / std::max(line_height, 1.0)));
  }
  std::sort(lines.begin(), lines.end());
  size_t line_count = std::unique(lines.begin(), lines.end()) - lines.begin();
  return line_count >= 3 && chars > 0 && ideographs * 10 >= chars * 6 &&
         ideographs >= 8 * line_count;
}

}  // namespace

std::vector<PdfColumn> ColumnsOfPage(std::vector<PdfWord> words) {
  std::vector<PdfColumn> one;
  if (words.size() < 12) {
    one.push_back(ColumnOf(std::move(words)));
    return one;
  }
  double height = MedianHeight(words);
  double left = 1e18, right = -1e18;
  for (const PdfWord& w : words) {
    left = std::min(left, w.box.x0);
    right = std::max(right, w.box.x1);
  }
  // Occupancy of each point of the middle third; a word over it marks it.
  const double from = left + (right - left) / 3, to = left + 2 * (right - left) / 3;
  const int cells = std::max(1, static_cast<int>(to - from));
  std::vector<int> covered(cells, 0);
  for (const PdfWord& w : words) {
    int a = std::max(0, static_cast<int>(std::floor(w.box.x0 - from)));
    int b = std::min(cells, static_cast<int>(std::ceil(w.box.x1 - from)));
    for (int i = a; i < b; ++i) ++covered[i];
  }
  // The widest run covered by at most a few words (titles spanning the page).
  const int allowed = static_cast<int>(words.size() / 20);
  int best_begin = -1, best_len = 0;
  for (int i = 0; i < cells;) {
    if (covered[i] > allowed) {
      ++i;
      continue;
    }
    int j = i;
    while (j < cells && covered[j] <= allowed) ++j;
    if (j - i > best_len) {
      best_begin = i;
      best_len = j - i;
    }
    i = j;
  }
  if (best_begin < 0 || best_len < height) {
    one.push_back(ColumnOf(std::move(words)));
    return one;
  }
  const double g0 = from + best_begin, g1 = from + best_begin + best_len;
  std::vector<PdfWord> lefts, rights, spanning;
  for (PdfWord& w : words) {
    if (w.box.x1 <= g0 + 0.5) {
      lefts.push_back(std::move(w));
    } else if (w.box.x0 >= g1 - 0.5) {
      rights.push_back(std::move(w));
    } else {
      spanning.push_back(std::move(w));
    }
  }
  auto restore = [&] {
    std::vector<PdfWord> all;
    for (auto* part : {&spanning, &lefts, &rights}) {
      for (PdfWord& w : *part) all.push_back(std::move(w));
    }
    one.push_back(ColumnOf(std::move(all)));
    return one;
  };
  if (!IsProse(lefts, height) || !IsProse(rights, height)) return restore();
  double top = 1e18, bottom = -1e18;
  for (const auto* part : {&lefts, &rights}) {
    for (const PdfWord& w : *part) {
      top = std::min(top, w.box.y0);
      bottom = std::max(bottom, w.box.y1);
    }
  }
  auto is_above = [&](const PdfWord& w) { return w.box.y1 <= top + 0.5 * height; };
  auto is_below = [&](const PdfWord& w) { return w.box.y0 >= bottom - 0.5 * height; };
  if (!std::all_of(spanning.begin(), spanning.end(),
                   [&](const PdfWord& w) { return is_above(w) || is_below(w); })) {
    return restore();
  }
  std::vector<PdfWord> above, below;
  for (PdfWord& w : spanning) (is_above(w) ? above : below).push_back(std::move(w));
  std::vector<PdfColumn> out;
  if (!above.empty()) out.push_back(ColumnOf(std::move(above)));
  out.push_back(ColumnOf(std::move(lefts)));
  out.push_back(ColumnOf(std::move(rights)));
  if (!below.empty()) out.push_back(ColumnOf(std::move(below)));
  return out;
}

}  // namespace reportlint
