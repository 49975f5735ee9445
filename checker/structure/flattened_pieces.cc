// The pieces a flattened line is read in for tables (SplitFlattenedLine): the lines
// it lost, recovered from whitespace, sentence ends, list markers and runs of cell digits.
#include <cstdint>

#include "checker/structure/flattened.h"
#include "checker/values/markers.h"
#include "checker/values/chinese_numeral.h"
#include "checker/util/sentences.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// A list marker at `pos` that starts a row label or heading: not the tail of
// an ordinal or a number ("十|一、", "1|2.") and not an article reference
// ("第二十条第(一)项").
bool ListMarkerAt(const std::u32string& text, size_t pos, size_t end) {
  auto m = ParseMarker(std::u32string_view(text).substr(pos, end - pos));
  if (!m || m->number == 0) return false;
  char32_t before = text[pos - 1];
  if (before == U'第') return false;
  if (IsChineseOrdinalChar(text[pos]) && IsChineseOrdinalChar(before)) return false;
  return !(IsAsciiDigit(text[pos]) && (IsAsciiDigit(before) || before == U'.'));
}

class Splitter {
 public:
  Splitter(const FoldedText& folded, LineSpan line)
      : folded_(folded), text_(folded.text()), line_(line), start_(line.begin) {}

  std::vector<LineSpan> Run() {
    Open(line_.begin);
    size_t i = line_.begin;
    while (i < line_.end) {
      char32_t c = text_[i];
      if (i == title_end_ || (i > start_ && WhitespaceBefore(folded_, i) && c != U' ') ||
          (i > start_ && ListMarkerAt(text_, i, line_.end))) {
        Cut(i);
      }
      if (c == U' ') {
        Cut(i + 1);
        ++i;
        continue;
      }
      if (IsClauseMark(c)) {
        Cut(i + 1);
        ++i;
        continue;
      }
      if (IsAsciiDigit(c) && (i == line_.begin || !IsAsciiDigit(text_[i - 1]))) {
        size_t end = CellDigitsEnd(text_, i, line_.end);
        if (end > i && end < line_.end) {
          // A list marker glued to the digits ("…00002.其他") opens the next piece.
          size_t at = text_[end - 1] == U'.' ? end - 2 : text_[end] == U'、' ? end - 1 : end;
          Cut(at);
          i = end;
          continue;
        }
      }
      ++i;
    }
    Cut(line_.end);
    return std::move(pieces_);
  }

 private:
  // Ends the current piece before `at` and starts the next one there.
  void Cut(size_t at) {
    size_t b = start_, e = at;
    while (b < e && text_[b] == U' ') ++b;
    while (e > b && text_[e - 1] == U' ') --e;
    if (e > b) pieces_.push_back({b, e});
    start_ = at;
    if (at < line_.end) Open(at);
  }

  // A piece that opens with a heading marker ends where its run-in title
  // ends, when a title word ends it and the title is not a row label with
  // its digits ("四、结转下年度继续办理1100002").
  void Open(size_t at) {
    title_end_ = SIZE_MAX;
    auto m = ParseMarker(std::u32string_view(text_).substr(at, line_.end - at));
    if (!m || m->number == 0 || m->level > 2) return;
    bool by_word = false;
    size_t from = at + m->length;
    size_t end = from + RunInTitleLength(folded_, from, line_.end, &by_word);
    if (by_word && end < line_.end && !IsAsciiDigit(text_[end]) && text_[end] != U' ') {
      title_end_ = end;
    }
  }

  const FoldedText& folded_;
  const std::u32string& text_;
  LineSpan line_;
  size_t start_;
  size_t title_end_ = SIZE_MAX;
  std::vector<LineSpan> pieces_;
};

}  // namespace

std::vector<LineSpan> SplitFlattenedLine(const FoldedText& folded, LineSpan line) {
  return Splitter(folded, line).Run();
}

}  // namespace reportlint
