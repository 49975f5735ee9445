// The detail of one finding that a click on the page shows: its message,
// severity, rule, place, evidence in the officer's words and linked parts.
#ifndef REPORTLINT_OUTPUT_HTML_DETAIL_H_
#define REPORTLINT_OUTPUT_HTML_DETAIL_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "reportlint/finding.h"

namespace reportlint {

// The detail a click shows: message, severity, rule, place and the evidence
// as a table (the `d-ID` element the page's script copies into its panel).
// `part_anchors`: per Finding::parts, the id of its place on the page ("":
// not drawn), which the detail links to.
// `evidence` is EvidenceOf(f), parsed once by the caller.
std::string FindingDetail(const Finding& f, const nlohmann::ordered_json& evidence,
                          const std::string& id, const std::string& place,
                          const std::string& lang,
                          const std::vector<std::string>& part_anchors = {});

// Finding::evidence_json as an object (empty when it is not one).
nlohmann::ordered_json EvidenceOf(const Finding& f);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_DETAIL_H_
