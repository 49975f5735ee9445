// A finding's evidence both ways between the rules' JSON values and the text
// the public Finding carries (evidence_json), so every reader agrees on the form.
#ifndef REPORTLINT_FINDINGS_EVIDENCE_H_
#define REPORTLINT_FINDINGS_EVIDENCE_H_

#include <nlohmann/json.hpp>
#include <string>

#include "reportlint/finding.h"

namespace reportlint {

// Compact, keys in insertion order: the form Finding::evidence_json documents,
// and the bytes fingerprints hash.
inline std::string EvidenceText(const nlohmann::ordered_json& evidence) {
  return evidence.dump();
}

// The evidence as a JSON value again. Text that is not a JSON object (only an
// embedder can build one) reads as {} rather than throwing.
inline nlohmann::ordered_json EvidenceOf(const Finding& f) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(f.evidence_json, nullptr, false);
  return j.is_object() ? j : nlohmann::ordered_json::object();
}

}  // namespace reportlint

#endif  // REPORTLINT_FINDINGS_EVIDENCE_H_
