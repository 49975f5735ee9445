#include "checker/ingest/html_nesting.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

namespace reportlint {
namespace {

bool IsLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

char32_t Lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; }

bool In(const std::u32string& name, std::initializer_list<const char32_t*> names) {
  for (const char32_t* n : names) {
    if (name == n) return true;
  }
  return false;
}

// Elements without content (and the document's own), never on the stack.
bool NestsNothing(const std::u32string& name) {
  return In(name, {U"area", U"base", U"br", U"col", U"embed", U"hr", U"img", U"input", U"link",
                   U"meta", U"param", U"source", U"track", U"wbr", U"html", U"head", U"body",
                   U"colgroup", U"caption", U"optgroup", U"rb", U"rt", U"rp", U"rtc"});
}

// Start tags before which the parser closes an open <p> (HTML's "close a p
// element" for block content).
bool ClosesParagraph(const std::u32string& name) {
  return In(name, {U"address", U"article", U"aside", U"blockquote", U"center", U"details",
                   U"dialog", U"dir", U"div", U"dl", U"fieldset", U"figcaption", U"figure",
                   U"footer", U"form", U"h1", U"h2", U"h3", U"h4", U"h5", U"h6", U"header",
                   U"hgroup", U"main", U"menu", U"nav", U"ol", U"p", U"pre", U"section",
                   U"table", U"ul", U"li", U"dd", U"dt"});
}

// The open element a start tag closes implicitly (with what is open inside
// it): an open <li> for <li>, the open cell for a cell, the open row for a
// row; `scope` stops the search (a cell never closes one of an outer table).
struct Family {
  std::vector<std::u32string> names;
  std::vector<std::u32string> scope;
};

const Family& SameFamily(const std::u32string& name) {
  static const Family kNone, kLi{{U"li"}, {U"ul", U"ol", U"table"}},
      kDefinition{{U"dd", U"dt"}, {U"dl", U"table"}}, kCell{{U"td", U"th"}, {U"tr", U"table"}},
      kRow{{U"tr"}, {U"table"}}, kSection{{U"thead", U"tbody", U"tfoot"}, {U"table"}},
      kOption{{U"option"}, {U"select"}};
  if (name == U"li") return kLi;
  if (name == U"dd" || name == U"dt") return kDefinition;
  if (name == U"td" || name == U"th") return kCell;
  if (name == U"tr") return kRow;
  if (name == U"thead" || name == U"tbody" || name == U"tfoot") return kSection;
  if (name == U"option") return kOption;
  return kNone;
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

// How far down the stack an end tag or an implicit close looks for its
// element: misnesting in real pages is local, and a bound keeps the pass
// linear however deep the page.
constexpr size_t kSearchDepth = 64;

// Pops the stack down to (and including) the nearest element named in
// `names` within the top kSearchDepth entries, stopping at one of `boundary`.
void CloseNearest(std::vector<std::u32string>* stack, const std::vector<std::u32string>& names,
                  const std::vector<std::u32string>& boundary) {
  size_t looked = 0;
  for (size_t i = stack->size(); i-- > 0 && looked++ < kSearchDepth;) {
    const std::u32string& open = (*stack)[i];
    if (std::find(boundary.begin(), boundary.end(), open) != boundary.end()) return;
    if (std::find(names.begin(), names.end(), open) != names.end()) {
      stack->resize(i);
      return;
    }
  }
}

TagCount CountTags(std::u32string_view s, size_t stop_at) {
  TagCount count;
  std::vector<std::u32string> open;
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
      if (!NestsNothing(name)) CloseNearest(&open, {name}, {});
      continue;
    }
    ++count.elements;
    if (IsRawText(name)) {
      size_t end = s.find(U"</" + name, i);
      i = end == std::u32string_view::npos ? s.size() : end;
      continue;
    }
    if (self_closing || NestsNothing(name)) continue;
    static const std::vector<std::u32string> kParagraph{U"p"},
        kButtonScope{U"table", U"td", U"th", U"caption", U"button", U"object"};
    if (ClosesParagraph(name)) CloseNearest(&open, kParagraph, kButtonScope);
    const Family& family = SameFamily(name);
    if (!family.names.empty()) CloseNearest(&open, family.names, family.scope);
    open.push_back(std::move(name));
    count.max_depth = std::max(count.max_depth, open.size());
    if (count.max_depth > stop_at) break;
  }
  return count;
}

}  // namespace reportlint
