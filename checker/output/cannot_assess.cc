#include "checker/output/cannot_assess.h"

#include <yaml-cpp/yaml.h>

namespace reportlint {
namespace {

// The rule's `check` as written in its YAML ("" when absent or unreadable).
std::string CheckOf(const std::string& yaml) {
  try {
    YAML::Node node = YAML::Load(yaml);
    if (node.IsMap() && node["check"] && node["check"].IsScalar()) {
      return node["check"].as<std::string>();
    }
  } catch (const YAML::Exception&) {
  }
  return "";
}

}  // namespace

CannotAssess::CannotAssess(const std::vector<RuleSummary>& rules) {
  for (const RuleSummary& r : rules) {
    if (r.kind != "table" && r.kind != "sections") continue;
    std::string check = CheckOf(r.parameters);
    if (check == "readable" || (r.kind == "table" && check == "image")) rule_ids_.insert(r.id);
  }
}

int CannotAssess::Count(const Result& file) const {
  int n = 0;
  for (const Finding& f : file.findings) n += (*this)(f) ? 1 : 0;
  return n;
}

}  // namespace reportlint
