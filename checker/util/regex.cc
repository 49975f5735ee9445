#include "checker/util/regex.h"

#define PCRE2_CODE_UNIT_WIDTH 32
#include <pcre2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Enough for every sane pattern on a report; a catastrophic pattern gives up
// on one match instead of spinning.
constexpr uint32_t kMatchLimit = 1'000'000;
constexpr uint32_t kDepthLimit = 10'000;

// One match-data block per thread, grown as needed, so matching allocates
// nothing per call and Regex stays usable from several threads.
pcre2_match_data_32* MatchData(const pcre2_code_32* code) {
  thread_local std::unique_ptr<pcre2_match_data_32, void (*)(pcre2_match_data_32*)> data(
      nullptr, pcre2_match_data_free_32);
  thread_local uint32_t capacity = 0;
  uint32_t needed = 0;
  pcre2_pattern_info_32(code, PCRE2_INFO_CAPTURECOUNT, &needed);
  needed += 1;
  if (!data || capacity < needed) {
    capacity = std::max<uint32_t>(needed, 16);
    data.reset(pcre2_match_data_create_32(capacity, nullptr));
  }
  return data.get();
}

thread_local RegexLimitWatch* current_watch = nullptr;

}  // namespace

RegexLimitWatch::RegexLimitWatch() : outer_(current_watch) { current_watch = this; }

RegexLimitWatch::~RegexLimitWatch() { current_watch = outer_; }

void RegexLimitWatch::Record(const char32_t* where) {
  if (hit_) return;
  hit_ = true;
  where_ = where;
}

std::shared_ptr<const Regex> Regex::Compile(const std::string& pattern, std::string* error,
                                            size_t* offset) {
  std::u32string p = Utf8ToU32(pattern);
  int errcode = 0;
  PCRE2_SIZE erroff = 0;
  pcre2_code_32* code =
      pcre2_compile_32(reinterpret_cast<PCRE2_SPTR32>(p.data()), p.size(),
                       PCRE2_UTF | PCRE2_UCP, &errcode, &erroff, nullptr);
  if (code == nullptr) {
    PCRE2_UCHAR32 buf[256];
    pcre2_get_error_message_32(errcode, buf, 256);
    std::u32string msg;
    for (int i = 0; i < 256 && buf[i] != 0; ++i) msg.push_back(buf[i]);
    *error = U32ToUtf8(msg);
    *offset = erroff;
    return nullptr;
  }
  pcre2_jit_compile_32(code, PCRE2_JIT_COMPLETE);  // best effort: falls back to the interpreter
  auto* ctx = pcre2_match_context_create_32(nullptr);
  pcre2_set_match_limit_32(ctx, kMatchLimit);
  pcre2_set_depth_limit_32(ctx, kDepthLimit);
  std::shared_ptr<Regex> re(new Regex());
  re->pattern_ = pattern;
  re->code_ = code;
  re->context_ = ctx;
  return re;
}

std::shared_ptr<const Regex> MustCompile(const std::string& pattern) {
  std::string error;
  size_t offset = 0;
  auto re = Regex::Compile(pattern, &error, &offset);
  if (!re) {
    std::fprintf(stderr, "internal error: bad built-in pattern at %zu: %s\n", offset,
                 error.c_str());
    std::abort();
  }
  return re;
}

Regex::~Regex() {
  pcre2_code_free_32(static_cast<pcre2_code_32*>(code_));
  pcre2_match_context_free_32(static_cast<pcre2_match_context_32*>(context_));
}

bool Regex::Match(std::u32string_view text, size_t start, uint32_t options, RegexMatch* whole,
                  std::vector<RegexMatch>* groups) const {
  auto* code = static_cast<pcre2_code_32*>(code_);
  pcre2_match_data_32* md = MatchData(code);
  int rc = pcre2_match_32(code, reinterpret_cast<PCRE2_SPTR32>(text.data()), text.size(), start,
                          options, md, static_cast<pcre2_match_context_32*>(context_));
  if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
      rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
    if (current_watch) current_watch->Record(text.data() + std::min(start, text.size()));
    return false;
  }
  if (rc <= 0) return false;  // no match (or a subject that is not valid UTF)
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer_32(md);
  *whole = {ov[0], ov[1]};
  if (groups != nullptr) {
    groups->clear();
    uint32_t count = pcre2_get_ovector_count_32(md);
    for (uint32_t g = 1; g < count; ++g) {
      if (static_cast<int>(g) >= rc || ov[2 * g] == PCRE2_UNSET) {
        groups->push_back({std::u32string_view::npos, std::u32string_view::npos});
      } else {
        groups->push_back({ov[2 * g], ov[2 * g + 1]});
      }
    }
  }
  return true;
}

bool Regex::FindGroups(std::u32string_view text, size_t start, RegexMatch* whole,
                       std::vector<RegexMatch>* groups) const {
  return Match(text, start, 0, whole, groups);
}

std::optional<RegexMatch> Regex::Find(std::u32string_view text, size_t start) const {
  RegexMatch m;
  if (!FindGroups(text, start, &m, nullptr)) return std::nullopt;
  return m;
}

void Regex::ForEach(std::u32string_view text, const std::function<void(RegexMatch)>& fn) const {
  // PCRE2 checks the whole subject for valid UTF on every call unless told
  // not to: once is enough, or a scan is quadratic in the text.
  uint32_t options = 0;
  size_t pos = 0;
  RegexMatch m;
  while (pos <= text.size() && Match(text, pos, options, &m, nullptr)) {
    options = PCRE2_NO_UTF_CHECK;
    fn(m);
    pos = m.end > m.begin ? m.end : m.end + 1;
  }
}

}  // namespace reportlint
