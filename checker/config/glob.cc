// A small recursive glob matcher over bytes ('/' is the only separator; UTF-8
// multi-byte characters only ever meet `*`, which skips them whole).
#include "checker/config/glob.h"

namespace reportlint {
namespace {

bool Match(std::string_view p, std::string_view s) {
  while (!p.empty()) {
    if (p.substr(0, 2) == "**") {
      p.remove_prefix(2);
      bool slash = !p.empty() && p[0] == '/';
      if (slash) p.remove_prefix(1);  // "a/**/b" also matches "a/b"
      for (size_t i = 0; i <= s.size(); ++i) {
        if ((i == 0 || s[i - 1] == '/' || !slash) && Match(p, s.substr(i))) return true;
      }
      return false;
    }
    char c = p[0];
    if (c == '*') {
      p.remove_prefix(1);
      for (size_t i = 0; i <= s.size(); ++i) {
        if (Match(p, s.substr(i))) return true;
        if (i < s.size() && s[i] == '/') break;
      }
      return false;
    }
    if (s.empty()) return false;
    if (c == '?') {
      if (s[0] == '/') return false;
      // One whole UTF-8 character.
      size_t n = 1;
      while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
      p.remove_prefix(1);
      s.remove_prefix(n);
      continue;
    }
    if (c == '[') {
      size_t close = p.find(']', 2);
      if (close != std::string_view::npos) {
        std::string_view set = p.substr(1, close - 1);
        bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
        if (negate) set.remove_prefix(1);
        bool found = false;
        for (size_t i = 0; i < set.size(); ++i) {
          if (i + 2 < set.size() && set[i + 1] == '-') {
            found |= s[0] >= set[i] && s[0] <= set[i + 2];
            i += 2;
          } else {
            found |= s[0] == set[i];
          }
        }
        if (found == negate || s[0] == '/') return false;
        p.remove_prefix(close + 1);
        s.remove_prefix(1);
        continue;
      }
    }
    if (c != s[0]) return false;
    p.remove_prefix(1);
    s.remove_prefix(1);
  }
  return s.empty();
}

std::string_view StripDotSlash(std::string_view s) {
  while (s.substr(0, 2) == "./") s.remove_prefix(2);
  return s;
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view path) {
  pattern = StripDotSlash(pattern);
  path = StripDotSlash(path);
  if (Match(pattern, path)) return true;
  if (pattern.find('/') != std::string_view::npos) return false;
  size_t slash = path.rfind('/');
  return slash != std::string_view::npos && Match(pattern, path.substr(slash + 1));
}

bool GlobMatchWhole(std::string_view pattern, std::string_view path) {
  return Match(StripDotSlash(pattern), StripDotSlash(path));
}

bool HasGlobChars(std::string_view s) { return s.find_first_of("*?[") != std::string_view::npos; }

}  // namespace reportlint
