// Where a cross-report finding's evidence names another file of the run (the
// other report, the hierarchy file): SARIF's relatedLocations read it here.
#ifndef REPORTLINT_OUTPUT_RELATED_PLACES_H_
#define REPORTLINT_OUTPUT_RELATED_PLACES_H_

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace reportlint {

struct RelatedPlace {
  std::string key;  // the evidence key holding the path: "other", "previous_path"
  std::string path;
  int line = 0;
};

// The convention rule kinds follow (docs/output.md, "Cross-report findings"):
// a string under key `X` or `X_path` that is a path of the run, with a line
// number (≥ 1) under `X_line`: {"other": "b.txt", "other_line": 3},
// {"previous_path": "2022.txt", "previous_line": 40}. By the evidence's key
// order; a pair whose path is not in `run_paths` is no place (a value that
// only looks like one).
std::vector<RelatedPlace> RelatedPlaces(const nlohmann::ordered_json& evidence,
                                        const std::set<std::string>& run_paths);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_RELATED_PLACES_H_
