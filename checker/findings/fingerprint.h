// A finding's fingerprint: what stays the same when lines are inserted above it,
// so a baseline recorded today still recognises the finding next year.
#ifndef REPORTLINT_FINDINGS_FINGERPRINT_H_
#define REPORTLINT_FINDINGS_FINGERPRINT_H_

#include <string>
#include <string_view>

namespace reportlint {

// 16 hex digits of a 64-bit FNV-1a hash over the rule id, the folded text of
// the line the finding starts on (trimmed), the folded text of its span and
// its evidence (as in Finding::evidence_json). No line or column numbers: moving the line keeps the print;
// editing the line itself makes it a new finding.
std::string Fingerprint(std::string_view rule_id, std::u32string_view line_text,
                        std::u32string_view span_text, std::string_view evidence_json);

}  // namespace reportlint

#endif  // REPORTLINT_FINDINGS_FINGERPRINT_H_
