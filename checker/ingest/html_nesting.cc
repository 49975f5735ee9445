#include "checker/ingest/html_nesting.h"

#include <string>

namespace reportlint {
namespace {

bool IsLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

char32_t Lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; }

// Elements without content, and those whose end tag HTML lets the parser
// infer (so they do not nest however often they are opened).
bool NestsNothing(const std::u32string& name) {
  static const char32_t* const kNames[] = {
      U"area", U"base", U"br", U"col", U"embed", U"hr", U"img", U"input", U"link", U"meta",
      U"param", U"source", U"track", U"wbr", U"html", U"head", U"body", U"p", U"li", U"dt",
      U"dd", U"td", U"th", U"tr", U"thead", U"tbody", U"tfoot", U"option", U"optgroup",
      U"colgroup", U"caption", U"rb", U"rt", U"rp", U"rtc"};
  for (const char32_t* n : kNames) {
    if (name == n) return true;
  }
  return false;
}

// Elements whose content is text up to their end tag.
bool IsRawText(const std::u32string& name) {
  return name == U"script" || name == U"style" || name == U"textarea" || name == U"title" ||
         name == U"xmp" || name == U"iframe" || name == U"noembed" || name == U"noframes";
}

// The index just past the '>' that ends the tag starting at `i`, honouring quotes.
size_t TagEnd(std::u32string_view s, size_t i, bool* self_closing) {
  char32_t quote = 0;
  for (; i < s.size(); ++i) {
    char32_t c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == U'"' || c == U'\'') {
      quote = c;
    } else if (c == U'>') {
      *self_closing = i > 0 && s[i - 1] == U'/';
      return i + 1;
    }
  }
  return s.size();
}

}  // namespace

TagCount CountTags(std::u32string_view s) {
  TagCount count;
  size_t depth = 0;
  size_t i = 0;
  while ((i = s.find(U'<', i)) != std::u32string_view::npos) {
    if (s.substr(i, 4) == U"<!--") {
      size_t end = s.find(U"-->", i + 4);
      i = end == std::u32string_view::npos ? s.size() : end + 3;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == U'/';
    size_t name_at = i + (closing ? 2 : 1);
    if (name_at >= s.size() || !IsLetter(s[name_at])) {
      i = name_at;  // "<!DOCTYPE", "<?xml", a lone "<": no element
      if (i < s.size() && (s[i] == U'!' || s[i] == U'?')) {
        size_t end = s.find(U'>', i);
        i = end == std::u32string_view::npos ? s.size() : end + 1;
      }
      continue;
    }
    std::u32string name;
    size_t j = name_at;
    for (; j < s.size() && (IsLetter(s[j]) || (s[j] >= U'0' && s[j] <= U'9')); ++j) {
      name.push_back(Lower(s[j]));
    }
    bool self_closing = false;
    i = TagEnd(s, j, &self_closing);
    if (closing) {
      if (!NestsNothing(name) && depth > 0) --depth;
      continue;
    }
    ++count.elements;
    if (IsRawText(name)) {
      size_t end = s.find(U"</" + name, i);
      i = end == std::u32string_view::npos ? s.size() : end;
      continue;
    }
    if (self_closing || NestsNothing(name)) continue;
    if (++depth > count.max_depth) count.max_depth = depth;
  }
  return count;
}

}  // namespace reportlint
