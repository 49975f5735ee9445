// Heading and list markers: the one parser of 一、 (一) 1. 1、 (1) 第一部分 and Markdown #.
// Folded text has ASCII brackets and stops; a reader's raw text (PDF) may have （ ） ．.
#include "checker/values/markers.h"

#include <string>

#include "checker/values/chinese_numeral.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

bool IsOpen(char32_t c) { return c == U'(' || c == U'（'; }
bool IsClose(char32_t c) { return c == U')' || c == U'）'; }
bool IsStop(char32_t c) { return c == U'.' || c == U'．'; }

std::optional<Marker> ReadChineseOrdinal(std::u32string_view s, size_t from, size_t* end) {
  size_t i = from;
  while (i < s.size() && i - from < 3 && IsChineseOrdinalChar(s[i])) ++i;
  if (i == from) return std::nullopt;
  auto v = ParseChineseNumeral(s.substr(from, i - from));
  if (!v || *v < 1 || *v > 99) return std::nullopt;
  *end = i;
  return Marker{0, static_cast<int>(*v), 0};
}

std::optional<Marker> ArabicOrdinal(std::u32string_view s, size_t from, size_t* end) {
  size_t i = from;
  while (i < s.size() && i - from < 2 && IsAsciiDigit(s[i])) ++i;
  if (i == from || (i < s.size() && IsAsciiDigit(s[i]))) return std::nullopt;
  *end = i;
  return Marker{0, std::stoi(std::string(s.begin() + from, s.begin() + i)), 0};
}

}  // namespace

std::optional<Marker> ParseMarker(std::u32string_view s) {  // NOLINT(misc-no-recursion)
  size_t end = 0;
  if (s.empty()) return std::nullopt;
  if (s[0] == U'#') {
    size_t n = 0;
    while (n < s.size() && s[n] == U'#') ++n;
    if (n > 6 || n >= s.size() || s[n] != U' ') return std::nullopt;
    // "## 一、总体情况": the written marker decides the level, so Markdown and
    // plain-text copies of one report get the same tree.
    if (auto inner = ParseMarker(s.substr(n + 1)); inner && inner->number > 0) {
      inner->length += n + 1;
      return inner;
    }
    return Marker{static_cast<int>(n), 0, n + 1};
  }
  if (IsOpen(s[0])) {
    if (auto m = ReadChineseOrdinal(s, 1, &end); m && end < s.size() && IsClose(s[end])) {
      return Marker{2, m->number, end + 1};
    }
    if (auto m = ArabicOrdinal(s, 1, &end); m && end < s.size() && IsClose(s[end])) {
      return Marker{4, m->number, end + 1};
    }
    return std::nullopt;
  }
  if (s[0] == U'第') {  // 第一部分 / 第一章
    if (auto m = ReadChineseOrdinal(s, 1, &end);
        m && end < s.size() && (s.substr(end, 2) == U"部分" || s[end] == U'章')) {
      size_t len = end + (s[end] == U'章' ? 1 : 2);
      return Marker{1, m->number, len};
    }
    return std::nullopt;
  }
  if (auto m = ReadChineseOrdinal(s, 0, &end); m && end < s.size() && s[end] == U'、') {
    return Marker{1, m->number, end + 1};
  }
  if (auto m = ArabicOrdinal(s, 0, &end);
      m && end < s.size() && (s[end] == U'、' || IsStop(s[end]))) {
    // "1.5%" is a number, and "2018.3" a date, not headings.
    if (end + 1 < s.size() && IsAsciiDigit(s[end + 1])) return std::nullopt;
    return Marker{3, m->number, end + 1};
  }
  return std::nullopt;
}

size_t LabelMarkerLength(std::u32string_view s) {
  if (auto m = ParseMarker(s); m && m->number > 0) return m->length;
  size_t end = 0;
  if (ReadChineseOrdinal(s, 0, &end) && end < s.size() && IsStop(s[end])) return end + 1;
  return 0;
}

std::optional<Marker> SectionMarkerAt(std::u32string_view text, size_t pos, size_t end,
                                      size_t from) {
  char32_t c = text[pos];
  if (!IsOpen(c) && c != U'第' && !IsChineseOrdinalChar(c)) return std::nullopt;  // cheap first
  auto m = ParseMarker(text.substr(pos, end - pos));
  if (!m || m->number == 0 || m->level > 2) return std::nullopt;
  if (pos > from && (text[pos - 1] == U'第' || IsChineseOrdinalChar(text[pos - 1]))) {
    return std::nullopt;
  }
  return m;
}

}  // namespace reportlint
