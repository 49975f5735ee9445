// Path globs of configuration files and command lines, as a table.
// Pattern, path, whether it matches.
#include "checker/config/glob.h"

#include <doctest/doctest.h>

#include <string>

namespace reportlint {

TEST_CASE("glob: *, ?, ** and classes; patterns without '/' also match a file name") {
  struct Case {
    const char* pattern;
    const char* path;
    bool match;
  } cases[] = {
      {"*.txt", "a.txt", true},
      {"*.txt", "dir/a.txt", true},  // no '/': the last segment
      {"dir/*.txt", "dir/a.txt", true},
      {"dir/*.txt", "dir/sub/a.txt", false},
      {"dir/**", "dir/sub/a.txt", true},
      {"dir/**/*.md", "dir/a.md", true},
      {"dir/**/*.md", "dir/x/y/a.md", true},
      {"dir/**/*.md", "dir/x/y/a.txt", false},
      {"**/2015*", "a/b/2015年报告.txt", true},
      {"报告?.txt", "报告一.txt", true},
      {"report-[0-9].txt", "report-7.txt", true},
      {"report-[!0-9].txt", "report-7.txt", false},
      {"./archive/**", "archive/old.txt", true},
      {"archive/**", "other/archive/old.txt", false},
      {"a/**/b", "a/b", true},
      {"a/**b", "a/x/yb", true},
      {"a/**/b", "a/xb", false},  // "**/" starts a segment
      {"*/b", "a/b", true},
      {"*b", "a/b", true},       // the last-segment rule
      {"a*/b", "ab/c/b", false},  // '*' stays in its segment
      {"[]]x", "]x", true},
      {"[x", "[x", true},  // an unclosed class is a literal '['
      {"???.txt", "二〇一.txt", true},
  };
  for (const Case& c : cases) {
    INFO(c.pattern, " ~ ", c.path);
    CHECK(GlobMatch(c.pattern, c.path) == c.match);
  }
  CHECK_FALSE(GlobMatchWhole("*.txt", "dir/a.txt"));
  CHECK_FALSE(GlobMatchWhole("*a", "b/a"));
  CHECK(HasGlobChars("a/*.txt"));
  CHECK_FALSE(HasGlobChars("a/b.txt"));
}

// A backtracking matcher takes exponential time on many stars that almost match;
// this one walks the pattern once (the fuzzer's input is in fuzz/corpus/config/).
TEST_CASE("glob: many stars against a long path answer at once") {
  std::string stars = "report**/";
  for (int i = 0; i < 80; ++i) stars += "*a";
  stars += "*.txts.t";
  std::string path = "report/" + std::string(200, 'a') + ".txt";
  CHECK_FALSE(GlobMatch(stars, path));
  CHECK(GlobMatch("**/*a*a*a*a*a*a*a*a*a*a*a*a*.txt", path));
  CHECK_FALSE(GlobMatch("**/*a*a*a*a*a*a*a*a*a*a*a*a*b.txt", path));
}

}  // namespace reportlint
