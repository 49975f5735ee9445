// A compiled PCRE2 pattern over folded UTF-32 text, with JIT and hard limits.
// Patterns come from users' packs, so every match runs under match and depth limits.
#ifndef REPORTLINT_UTIL_REGEX_H_
#define REPORTLINT_UTIL_REGEX_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  // limits counts as no match (the rule cannot hang the run), and is
  // recorded by the RegexLimitWatch of the thread, if any.
  std::optional<RegexMatch> Find(std::u32string_view text, size_t start = 0) const;
  // The same, also returning the span of capture group `group` (1-based).
  bool FindGroups(std::u32string_view text, size_t start, RegexMatch* whole,
                  std::vector<RegexMatch>* groups) const;
  // Calls `fn` for every non-overlapping match.
  // The text is validated as UTF once, not again for every match.
  void ForEach(std::u32string_view text, const std::function<void(RegexMatch)>& fn) const;
  bool Matches(std::u32string_view text) const { return Find(text).has_value(); }

 private:
  Regex() = default;
  // pcre2_match with `options`; false on no match or a limit (recorded).
  bool Match(std::u32string_view text, size_t start, uint32_t options, RegexMatch* whole,
             std::vector<RegexMatch>* groups) const;
  std::string pattern_;
  void* code_ = nullptr;     // pcre2_code_32*
  void* context_ = nullptr;  // pcre2_match_context_32*
};

// While alive, records on its thread the first match that gave up at a PCRE2
// limit (match, depth or heap): a rule whose pattern was too costly for some
// text is then reported, never silently off there. Watches nest; the
// innermost records.
class RegexLimitWatch {
 public:
  RegexLimitWatch();
  ~RegexLimitWatch();
  RegexLimitWatch(const RegexLimitWatch&) = delete;
  RegexLimitWatch& operator=(const RegexLimitWatch&) = delete;

  bool hit() const { return hit_; }
  // Where in the subject the costly match was tried from (a pointer into the
  // text the pattern ran on); null when nothing was hit.
  const char32_t* where() const { return where_; }

  void Record(const char32_t* where);  // the first hit wins

 private:
  RegexLimitWatch* outer_;
  bool hit_ = false;
  const char32_t* where_ = nullptr;
};

// Compiles one of reportlint's own patterns; a typo in them is a bug, so it
// aborts. Call it from a function-local static: compiled once per run.
std::shared_ptr<const Regex> MustCompile(const std::string& pattern);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_REGEX_H_
