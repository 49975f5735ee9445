// Applicability of packs and rules: the report years and the organisation a
// pack or a rule governs.
#include "checker/rules/pack.h"

namespace reportlint {

bool Applicability::Matches(std::optional<int> year, std::u32string_view organisation_name) const {
  if (report_years && !(year && report_years->Contains(*year))) return false;
  if (organisation && (organisation_name.empty() || !organisation->Matches(organisation_name))) {
    return false;
  }
  return true;
}

std::string Applicability::Describe() const {
  std::string out = "all";
  if (report_years) {
    out = std::to_string(report_years->first) + "-" +
          (report_years->last ? std::to_string(*report_years->last) : "");
    if (report_years->last && *report_years->last == report_years->first) {
      out = std::to_string(report_years->first);
    }
  }
  if (organisation) out += ", organisation ~ /" + organisation->pattern() + "/";
  return out;
}

}  // namespace reportlint
