#include "checker/corpus/regulation.h"

namespace reportlint {

std::string Regulation(const std::vector<std::string>& packs, std::optional<int> year) {
  for (const std::string& p : packs) {
    if (p == "ogi-2008") return "2008";
  }
  for (const std::string& p : packs) {
    if (p == "ogi-2019" || p == "ogi-tables" ||
        (p.starts_with("ogi-20") && p.ends_with("-tables"))) {
      return "2019";
    }
  }
  if (!year) return "";
  return *year <= 2018 ? "2008" : "2019";
}

}  // namespace reportlint
