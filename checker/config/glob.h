// Path globs as configuration files and command lines write them:
// `*` and `?` within one path segment, `**` across segments, `[abc]` classes.
#ifndef REPORTLINT_CONFIG_GLOB_H_
#define REPORTLINT_CONFIG_GLOB_H_

#include <string>
#include <string_view>

namespace reportlint {

// Whether `path` ('/'-separated, relative) matches `pattern`. A pattern without
// '/' is also tried on the last segment alone, as .gitignore does ("*.md"
// matches "a/b/c.md"). A leading "./" in either is ignored.
bool GlobMatch(std::string_view pattern, std::string_view path);
// The same without the last-segment rule, as a shell expands a glob.
bool GlobMatchWhole(std::string_view pattern, std::string_view path);

// Whether `s` contains glob metacharacters (* ? [).
bool HasGlobChars(std::string_view s);

}  // namespace reportlint

#endif  // REPORTLINT_CONFIG_GLOB_H_
