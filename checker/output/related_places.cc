// The evidence convention for the other report of a cross-report finding
// (related_places.h): key pairs X / X_line and X_path / X_line.
#include "checker/output/related_places.h"

namespace reportlint {

std::vector<RelatedPlace> RelatedPlaces(const nlohmann::ordered_json& evidence,
                                        const std::set<std::string>& run_paths) {
  std::vector<RelatedPlace> out;
  if (!evidence.is_object()) return out;
  for (auto it = evidence.begin(); it != evidence.end(); ++it) {
    if (!it->is_string() || !run_paths.count(it->get<std::string>())) continue;
    std::string stem = it.key();
    if (stem.ends_with("_path")) stem.resize(stem.size() - 5);
    auto line = evidence.find(stem + "_line");
    if (line == evidence.end() || !line->is_number_integer() || line->get<int>() < 1) continue;
    out.push_back({it.key(), it->get<std::string>(), line->get<int>()});
  }
  return out;
}

}  // namespace reportlint
