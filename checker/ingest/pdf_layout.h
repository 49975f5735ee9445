// The text of a PDF page as positioned pieces: words from poppler's text layer
// grouped into lines (by the overlap of their boxes) and the lines' segments
// (runs of words close enough to be one phrase or one table cell).
#ifndef REPORTLINT_INGEST_PDF_LAYOUT_H_
#define REPORTLINT_INGEST_PDF_LAYOUT_H_

#include <string>
#include <vector>

#include "reportlint/location.h"

namespace reportlint {

// A box in PDF points from the top-left corner of its page, y growing down.
struct PdfBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double Height() const { return y1 - y0; }
  double CenterX() const { return (x0 + x1) / 2; }
  double CenterY() const { return (y0 + y1) / 2; }
  void Extend(const PdfBox& b);
};

struct PdfWord {
  PdfBox box;
  std::u32string text;
  bool space_after = false;  // poppler saw a space after the word
};

// Words of one line that belong together: a phrase of prose, or what one
// table cell shows on this line. `value`: the segment is a number or an
// empty-cell mark alone ("3119", "12.5", "/", "—").
struct PdfSegment {
  PdfBox box;
  std::u32string text;
  bool value = false;
  std::vector<PdfWord> words;  // as poppler gave them, left to right
};

struct PdfLine {
  int page = 0;  // 1-based
  PdfBox box;
  std::vector<PdfSegment> segments;  // left to right
  double height = 0;                 // the median word height
  // Segments far apart, as table cells are, or three numbers side by side
  // (see pdf_layout.cc).
  bool tabular = false;
  std::u32string text;  // the words, a space where poppler saw one
};

// The lines of one page in reading order (top to bottom) from its words in
// any order. `page` is 1-based.
std::vector<PdfLine> LinesOfPage(std::vector<PdfWord> words, int page);

// Whether `line` is a running header or footer: a page number ("-1-", "- 3 -",
// "第1页", "第 2 页 共 6 页", "3/6") within the top or bottom tenth of a page of
// `page_height` points.
bool IsPageNumberLine(const PdfLine& line, double page_height);

// The middle value (the upper one of an even count), 0 for none: line heights
// and positions are judged by their median, which a few odd words do not move.
double Median(std::vector<double> v);

// Joins two pieces of text the way a wrapped line reads: nothing between CJK
// (or punctuation), one space between two Latin letters or digits.
void AppendWrapped(std::u32string* text, std::u32string_view more);

// The Location of a reading-text line shown at `box` on `page`.
Location PdfLocation(int page, const PdfBox& box);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_PDF_LAYOUT_H_
