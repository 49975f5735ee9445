#include "checker/util/yaml_file.h"

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "checker/util/read_file.h"

namespace reportlint {
namespace {

Error At(const std::string& path, const YAML::Mark& mark, const std::string& message) {
  return {path, mark.line + 1, mark.column + 1, message};
}

// One walk over the tree, aliases followed, bounded by the limits.
bool CheckTree(const std::string& path, const YAML::Node& root, const YamlLimits& limits,
               std::vector<Error>* errors) {
  size_t before = errors->size();
  std::vector<std::pair<YAML::Node, int>> stack{{root, 1}};
  size_t visited = 0;
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (++visited > limits.max_nodes) {
      errors->push_back(At(path, root.Mark(),
                           "too many nodes once aliases are followed (the limit is " +
                               std::to_string(limits.max_nodes) + ")"));
      break;
    }
    if (!node.IsMap() && !node.IsSequence()) continue;
    if (depth > limits.max_depth) {
      errors->push_back(At(path, node.Mark(),
                           "nested too deeply (the limit is " + std::to_string(limits.max_depth) +
                               " levels)"));
      break;
    }
    if (node.IsSequence()) {
      for (const YAML::Node& item : node) stack.push_back({item, depth + 1});
      continue;
    }
    std::map<std::string, YAML::Mark> keys;
    for (const auto& entry : node) {
      if (entry.first.IsScalar()) {
        auto [it, fresh] = keys.emplace(entry.first.Scalar(), entry.first.Mark());
        if (!fresh) {
          errors->push_back(At(path, entry.first.Mark(),
                               "key '" + entry.first.Scalar() +
                                   "' is given twice in this mapping (first at line " +
                                   std::to_string(it->second.line + 1) + ", column " +
                                   std::to_string(it->second.column + 1) + "): keep one"));
        }
      }
      stack.push_back({entry.second, depth + 1});
    }
  }
  // The walk is depth-first from the end, a mapping behind two aliases is
  // walked twice, and a limit stops it after a later key was found given twice:
  // the errors in file order, each once (both found by fuzz/config_fuzzer).
  auto first = errors->begin() + static_cast<std::ptrdiff_t>(before);
  auto place = [](const Error& e) { return std::tie(e.line, e.column, e.message); };
  std::sort(first, errors->end(), [&](const Error& a, const Error& b) { return place(a) < place(b); });
  errors->erase(std::unique(first, errors->end(),
                            [&](const Error& a, const Error& b) { return place(a) == place(b); }),
                errors->end());
  return errors->size() == before;
}

}  // namespace

std::optional<YAML::Node> LoadYaml(const std::string& path, std::string_view text,
                                   std::vector<Error>* errors, const YamlLimits& limits) {
  if (text.size() > limits.max_bytes) {
    errors->push_back(
        {path, 0, 0, "larger than the " + SizeText(limits.max_bytes) + " limit for YAML files"});
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::DeepRecursion& e) {
    errors->push_back(At(path, e.mark, "nested too deeply (the limit is " +
                                           std::to_string(limits.max_depth) + " levels)"));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    errors->push_back(At(path, e.mark, "invalid YAML: " + e.msg));
    return std::nullopt;
  }
  if (!CheckTree(path, root, limits, errors)) return std::nullopt;
  return root;
}

}  // namespace reportlint
