#include "checker/structure/headings.h"

#include <optional>

#include "checker/facts/chinese_numeral.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Titles longer than this with no terminator are cut: the line is a
// paragraph that starts with its heading ("(一)加强建设。按照…").
constexpr size_t kMaxTitleLength = 60;

struct Marker {
  int level = 0;
  int number = 0;
  size_t length = 0;  // characters of the marker itself
};

bool IsChineseOrdinalChar(char32_t c) {
  return c == U'十' || (c >= U'一' && IsChineseDigit(c) && c != U'百' && c != U'千' &&
                        c != U'万' && c != U'亿' && c != U'两' && c != U'〇' && c != U'零');
}

std::optional<Marker> ChineseOrdinal(std::u32string_view s, size_t from, size_t* end) {
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
  if (s[0] == U'(' ) {
    if (auto m = ChineseOrdinal(s, 1, &end); m && end < s.size() && s[end] == U')') {
      return Marker{2, m->number, end + 1};
    }
    if (auto m = ArabicOrdinal(s, 1, &end); m && end < s.size() && s[end] == U')') {
      return Marker{4, m->number, end + 1};
    }
    return std::nullopt;
  }
  if (s[0] == U'第') {  // 第一部分 / 第一章
    if (auto m = ChineseOrdinal(s, 1, &end);
        m && end < s.size() && (s.substr(end, 2) == U"部分" || s[end] == U'章')) {
      size_t len = end + (s[end] == U'章' ? 1 : 2);
      return Marker{1, m->number, len};
    }
    return std::nullopt;
  }
  if (auto m = ChineseOrdinal(s, 0, &end); m && end < s.size() && s[end] == U'、') {
    return Marker{1, m->number, end + 1};
  }
  if (auto m = ArabicOrdinal(s, 0, &end);
      m && end < s.size() && (s[end] == U'、' || s[end] == U'.')) {
    // "1.5%" is a number, and "2018.3" a date, not headings.
    if (end + 1 < s.size() && IsAsciiDigit(s[end + 1])) return std::nullopt;
    return Marker{3, m->number, end + 1};
  }
  return std::nullopt;
}

size_t TitleLength(std::u32string_view rest) {
  for (size_t i = 0; i < rest.size(); ++i) {
    char32_t c = rest[i];
    if (c == U'。' || c == U':' || c == U';' || c == U'!' || c == U'?') return i;
  }
  return rest.size();
}

// A table row label followed by its numbers, as in a plain-text table.
bool LooksLikeTableRow(std::u32string_view title) {
  if (title.empty()) return false;
  size_t i = title.size();
  while (i > 0 && (title[i - 1] == U' ')) --i;
  return i > 0 && IsAsciiDigit(title[i - 1]);
}

}  // namespace

std::vector<int> SectionTree::TopLevel() const {
  std::vector<int> result;
  for (size_t i = 0; i < headings.size(); ++i) {
    if (headings[i].top_level) result.push_back(static_cast<int>(i));
  }
  return result;
}

SectionTree FindHeadings(const std::u32string& text, const std::vector<LineSpan>& lines) {
  SectionTree tree;
  for (size_t li = 0; li < lines.size(); ++li) {
    std::u32string_view line = LineText(text, lines[li]);
    auto marker = ParseMarker(line);
    if (!marker) continue;
    size_t skip = marker->length;
    while (skip < line.size() && line[skip] == U' ') ++skip;
    std::u32string_view rest = line.substr(skip);
    size_t title_len = std::min(TitleLength(rest), kMaxTitleLength);
    std::u32string_view title = rest.substr(0, title_len);
    while (!title.empty() && (title.back() == U' ' || title.back() == U',')) {
      title.remove_suffix(1);
    }
    if (title.empty() || LooksLikeTableRow(title)) continue;
    // "一是…" never reaches here (no 、); a marker followed by a digit-only
    // title or a bare marker is not a heading either.
    Heading h;
    h.level = marker->level;
    h.number = marker->number;
    h.line = li;
    h.begin = lines[li].begin;
    h.title_begin = lines[li].begin + skip;
    h.end = h.title_begin + title.size();
    h.title = std::u32string(title);
    tree.headings.push_back(std::move(h));
  }

  // Parents and body ends: a section runs until the next heading of the same
  // or a higher (smaller) level.
  std::vector<int> stack;
  for (size_t i = 0; i < tree.headings.size(); ++i) {
    Heading& h = tree.headings[i];
    while (!stack.empty() && tree.headings[stack.back()].level >= h.level) {
      tree.headings[stack.back()].body_end = lines[h.line].begin;
      stack.pop_back();
    }
    h.parent = stack.empty() ? -1 : stack.back();
    stack.push_back(static_cast<int>(i));
  }
  for (int i : stack) tree.headings[i].body_end = text.size();

  // The main sequence: the headings of the shallowest numbered level, in
  // rising order.
  // Unnumbered (Markdown) headings count only in a report without numbers,
  // where the top is the shallowest level used more than once (a lone "#"
  // line is the report's title).
  bool any_numbered = false;
  for (const Heading& h : tree.headings) any_numbered = any_numbered || h.number > 0;
  if (any_numbered) {
    int top = 99;
    for (const Heading& h : tree.headings) {
      if (h.number > 0) top = std::min(top, h.level);
    }
    // A gap (一 二 四) or a repeated number (二 二 三) is the report's own
    // numbering slip and stays in the sequence; a restart at 一 ends it.
    bool started = false;
    for (Heading& h : tree.headings) {
      if (h.level != top || h.number == 0) continue;
      if (started && h.number == 1) break;
      h.top_level = true;
      started = true;
    }
  } else if (!tree.headings.empty()) {
    int count[8] = {};
    for (const Heading& h : tree.headings) ++count[std::min(h.level, 7)];
    int top = 0;
    for (int l = 1; l < 8 && top == 0; ++l) {
      if (count[l] > 1) top = l;
    }
    for (Heading& h : tree.headings) h.top_level = (h.level == top);
  }
  return tree;
}

}  // namespace reportlint
