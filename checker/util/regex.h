// A compiled PCRE2 pattern over folded UTF-32 text, with JIT and hard limits.
// Patterns come from users' packs, so every match runs under match and depth limits.
#ifndef REPORTLINT_UTIL_REGEX_H_
#define REPORTLINT_UTIL_REGEX_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace reportlint {

struct RegexMatch {
  size_t begin = 0;
  size_t end = 0;
};

class Regex {
 public:
  // Compiles `pattern` (UTF-8 source, matched as Unicode). On failure returns
  // nullptr and sets *error and *offset (character offset in the pattern).
  static std::shared_ptr<const Regex> Compile(const std::string& pattern, std::string* error,
                                              size_t* offset);
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  const std::string& pattern() const { return pattern_; }

  // First match at or after `start`, or nullopt. A match that hits the
  // limits counts as no match (the rule cannot hang the run).
  std::optional<RegexMatch> Find(std::u32string_view text, size_t start = 0) const;
  // The same, also returning the span of capture group `group` (1-based).
  bool FindGroups(std::u32string_view text, size_t start, RegexMatch* whole,
                  std::vector<RegexMatch>* groups) const;
  // Calls `fn` for every non-overlapping match.
  void ForEach(std::u32string_view text, const std::function<void(RegexMatch)>& fn) const;
  bool Matches(std::u32string_view text) const { return Find(text).has_value(); }

 private:
  Regex() = default;
  std::string pattern_;
  void* code_ = nullptr;     // pcre2_code_32*
  void* context_ = nullptr;  // pcre2_match_context_32*
};

// Compiles one of reportlint's own patterns; a typo in them is a bug, so it
// aborts. Call it from a function-local static: compiled once per run.
std::shared_ptr<const Regex> MustCompile(const std::string& pattern);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_REGEX_H_
