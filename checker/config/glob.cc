// A glob matcher over bytes ('/' is the only separator; UTF-8 multi-byte
// characters only ever meet `*`, which skips them whole, or `?`, which takes one).
//
// It walks the pattern once, keeping the set of path positions the pattern so
// far can end at: time is |pattern| × |path| whatever the pattern. (The earlier
// recursive matcher backtracked, and `a*****…*b` against a long path took
// exponential time: a fuzzer's timeout on a .reportlint.yaml.)
#include "checker/config/glob.h"

#include <algorithm>
#include <vector>

namespace reportlint {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Whether the bracket class `set` (without its brackets) takes byte `c`.
bool ClassTakes(std::string_view set, char c) {
  bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
  if (negate) set.remove_prefix(1);
  bool found = false;
  for (size_t i = 0; i < set.size(); ++i) {
    if (i + 2 < set.size() && set[i + 1] == '-') {
      found |= c >= set[i] && c <= set[i + 2];
      i += 2;
    } else {
      found |= c == set[i];
    }
  }
  return found != negate && c != '/';
}

bool Match(std::string_view p, std::string_view s) {
  const size_t n = s.size();
  // at[i]: the pattern read so far can match s[0, i).
  std::vector<char> at(n + 1, 0), next(n + 1, 0);
  at[0] = 1;
  while (!p.empty()) {
    std::fill(next.begin(), next.end(), 0);
    bool any = false;
    if (p.substr(0, 2) == "**") {
      p.remove_prefix(2);
      bool slash = !p.empty() && p[0] == '/';
      if (slash) p.remove_prefix(1);  // "a/**/b" also matches "a/b"
      // Any length from a reached position; with "/" after, only up to a segment start.
      for (size_t i = 0; i <= n; ++i) {
        bool from_here = at[i] != 0;
        next[i] = from_here || (any && (!slash || (i > 0 && s[i - 1] == '/')));
        any |= from_here;
      }
    } else if (p[0] == '*') {
      p.remove_prefix(1);
      // Any length within the segment: a '/' ends the run.
      for (size_t i = 0; i <= n; ++i) {
        any |= at[i] != 0;
        next[i] = any;
        if (i < n && s[i] == '/') any = false;
      }
    } else if (p[0] == '?') {
      p.remove_prefix(1);
      for (size_t i = 0; i < n; ++i) {
        if (!at[i] || s[i] == '/') continue;
        size_t end = i + 1;  // one whole UTF-8 character
        while (end < n && IsContinuation(s[end])) ++end;
        next[end] = 1;
      }
    } else if (size_t close = p[0] == '[' ? p.find(']', 2) : std::string_view::npos;
               close != std::string_view::npos) {
      std::string_view set = p.substr(1, close - 1);
      p.remove_prefix(close + 1);
      for (size_t i = 0; i < n; ++i) next[i + 1] = at[i] && ClassTakes(set, s[i]);
    } else {  // a literal byte ('[' without its ']' included)
      char c = p[0];
      p.remove_prefix(1);
      for (size_t i = 0; i < n; ++i) next[i + 1] = at[i] && s[i] == c;
    }
    at.swap(next);
  }
  return at[n] != 0;
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
