// A finding's fingerprint: what stays the same when lines are inserted above it,
// so a baseline recorded today still recognises the finding next year.
#ifndef REPORTLINT_FINDINGS_FINGERPRINT_H_
#define REPORTLINT_FINDINGS_FINGERPRINT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace reportlint {

// 16 hex digits of a 64-bit FNV-1a hash over the rule id, the folded text of
// the line the finding starts on (trimmed), the folded text of its span and
// its evidence (as in Finding::evidence_json). No line or column numbers: moving the line keeps the print;
// editing the line itself makes it a new finding.
std::string Fingerprint(std::string_view rule_id, std::u32string_view line_text,
                        std::u32string_view span_text, std::string_view evidence_json);

// Fingerprint() in two steps: the rule and the line hashed once, then finished
// for each finding. Many findings of one rule on one long line (a report that
// lost its line breaks) then cost their spans, not the line each time.
class LineFingerprint {
 public:
  LineFingerprint(std::string_view rule_id, std::u32string_view line_text);
  // Equal to Fingerprint(rule_id, line_text, span_text, evidence_json).
  std::string Finish(std::u32string_view span_text, std::string_view evidence_json) const;

 private:
  uint64_t state_;
};

}  // namespace reportlint

#endif  // REPORTLINT_FINDINGS_FINGERPRINT_H_
