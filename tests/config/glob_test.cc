// Path globs of configuration files and command lines, as a table.
// Pattern, path, whether it matches.
#include "checker/config/glob.h"

#include <doctest/doctest.h>

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
  };
  for (const Case& c : cases) {
    INFO(c.pattern, " ~ ", c.path);
    CHECK(GlobMatch(c.pattern, c.path) == c.match);
  }
  CHECK_FALSE(GlobMatchWhole("*.txt", "dir/a.txt"));
  CHECK(HasGlobChars("a/*.txt"));
  CHECK_FALSE(HasGlobChars("a/b.txt"));
}

}  // namespace reportlint
