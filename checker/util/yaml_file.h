// Parsing a YAML file the one way reportlint reads all of them (rule packs,
// .reportlint.yaml, hierarchy files): the same limits and the same errors.
#ifndef REPORTLINT_UTIL_YAML_FILE_H_
#define REPORTLINT_UTIL_YAML_FILE_H_

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reportlint/error.h"

namespace reportlint {

// What a YAML file may cost. A rule pack or a configuration is a few
// kilobytes; these only stop what would exhaust memory or time.
struct YamlLimits {
  size_t max_bytes = 4u << 20;
  // Nesting of mappings and lists (yaml-cpp's parser has its own guard, deeper).
  int max_depth = 64;
  // Nodes visited with aliases followed: a few aliases of aliases can stand
  // for billions of nodes ("billion laughs"), which every reader would expand.
  size_t max_nodes = 1'000'000;
};

// Parses `text` of `path`. On a problem appends errors with file:line:col
// (byte columns, as ParamReader's; CharacterColumns turns them into
// characters) and returns nullopt: invalid YAML, a file over the size, depth
// or node limit (each naming the limit), or a key given twice in one mapping
// (at the second, naming the first: yaml-cpp would read the first while a
// reader of the file sees the last).
std::optional<YAML::Node> LoadYaml(const std::string& path, std::string_view text,
                                   std::vector<Error>* errors, const YamlLimits& limits = {});

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_YAML_FILE_H_
