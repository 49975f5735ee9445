#include "checker/rules/registry.h"

namespace reportlint {

const KindInfo* KindRegistry::Find(const std::string& name) const {
  for (const KindInfo& k : kinds_) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

std::vector<std::string> KindRegistry::Names() const {
  std::vector<std::string> names;
  for (const KindInfo& k : kinds_) names.push_back(k.name);
  return names;
}

}  // namespace reportlint
