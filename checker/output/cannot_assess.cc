#include "checker/output/cannot_assess.h"

namespace reportlint {

CannotAssess::CannotAssess(const std::vector<RuleSummary>& rules) {
  // Kind and check of every check that says a part could not be read.
  static const std::set<std::pair<std::string, std::string>> kChecks = {
      {"table", "readable"},      {"table", "image"},        {"sections", "readable"},
      {"sections", "text-layer"}, {"sections", "page-text"},
  };
  for (const RuleSummary& r : rules) {
    if (kChecks.count({r.kind, r.check})) rule_ids_.insert(r.id);
  }
}

}  // namespace reportlint
