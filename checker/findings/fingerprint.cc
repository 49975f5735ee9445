// FNV-1a over the parts of a finding that do not move with its line number.
// Stable across runs, platforms and languages (--lang).
#include "checker/findings/fingerprint.h"

#include <fmt/format.h>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

class Fnv1a {
 public:
  Fnv1a() = default;
  explicit Fnv1a(uint64_t state) : hash_(state) {}
  void Add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      hash_ ^= c;
      hash_ *= 0x100000001b3ull;
    }
    Add0();
  }
  uint64_t value() const { return hash_; }

 private:
  void Add0() { hash_ *= 0x100000001b3ull; }  // a separator between the parts
  uint64_t hash_ = 0xcbf29ce484222325ull;
};

std::u32string_view Trim(std::u32string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string Fingerprint(std::string_view rule_id, std::u32string_view line_text,
                        std::u32string_view span_text, std::string_view evidence_json) {
  return LineFingerprint(rule_id, line_text).Finish(span_text, evidence_json);
}

LineFingerprint::LineFingerprint(std::string_view rule_id, std::u32string_view line_text) {
  Fnv1a h;
  h.Add(rule_id);
  h.Add(U32ToUtf8(Trim(line_text)));
  state_ = h.value();
}

std::string LineFingerprint::Finish(std::u32string_view span_text,
                                    std::string_view evidence_json) const {
  Fnv1a h(state_);
  h.Add(U32ToUtf8(span_text));
  h.Add(evidence_json);
  return fmt::format("{:016x}", h.value());
}

}  // namespace reportlint
