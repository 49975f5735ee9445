// extend / disable / override. An override is merged key by key into the YAML
// of the rule it replaces and the merged rule is loaded again, so the kind
// validates the result exactly as it validates a rule written out in full.
#include "checker/rules/pack_extend.h"

#include <algorithm>

#include "checker/rules/rule_loader.h"
#include "checker/util/did_you_mean.h"

namespace reportlint {
namespace {

std::vector<std::string> RuleIds(const Pack& pack) {
  std::vector<std::string> ids;
  for (const auto& r : pack.rules) ids.push_back(r->id);
  return ids;
}

// The taken-over rule named by `node`, or an error at `node`.
std::unique_ptr<Rule>* FindTakenOver(ParamReader& reader, const YAML::Node& node, Pack* pack,
                                     const char* what) {
  std::string id = node.IsScalar() ? node.Scalar() : "";
  for (auto& r : pack->rules) {
    if (r->id == id && r->pack != pack->name) return &r;
  }
  std::string msg =
      std::string("cannot ") + what + " '" + id + "': no such rule in the packs this pack extends";
  if (pack->extends.empty()) msg += " (it extends none: add 'extend: PACK')";
  std::string near = SuggestId(id, RuleIds(*pack));
  if (!near.empty()) msg += " (did you mean '" + near + "'?)";
  reader.FailAt(node, msg);
  return nullptr;
}

}  // namespace

void TakeOverRules(std::unique_ptr<Pack> base, Pack* pack) {
  pack->extends.push_back(base->name);
  for (const std::string& e : base->extends) pack->extends.push_back(e);
  for (auto& rule : base->rules) pack->rules.push_back(std::move(rule));
}

void DisableRules(ParamReader& header, Pack* pack) {
  YAML::Node list = header.node()["disable"];
  header.Has("disable");
  if (!list.IsDefined() || list.IsNull()) return;
  if (!list.IsSequence()) {
    header.Fail("disable", "'disable' must be a list of rule ids");
    return;
  }
  for (const YAML::Node& item : list) {
    if (auto* rule = FindTakenOver(header, item, pack, "disable")) {
      pack->rules.erase(std::find(pack->rules.begin(), pack->rules.end(), *rule));
    }
  }
}

void OverrideRules(ParamReader& header, const KindRegistry& kinds, Pack* pack,
                   std::vector<Error>* errors) {
  for (ParamReader& entry : header.MapList("override")) {
    if (!entry.node().IsMap()) continue;
    entry.Require("id");
    YAML::Node id = entry.node()["id"];
    if (!id.IsDefined()) continue;
    auto* slot = FindTakenOver(entry, id, pack, "override");
    if (slot == nullptr) continue;
    const Rule& base = **slot;
    YAML::Node kind = entry.node()["kind"];
    if (kind.IsDefined() && kind.IsScalar() && kind.Scalar() != base.kind) {
      entry.FailAt(kind, "an override cannot change the kind of '" + base.id + "' (" + base.kind +
                             "); disable it and add a new rule instead");
      continue;
    }
    // The override's own keys (in place, so errors keep their positions), then
    // the base rule's other keys.
    YAML::Node merged = entry.node();
    for (const auto& kv : base.yaml) {
      const YAML::Node& lookup = merged;
      if (!lookup[kv.first.Scalar()].IsDefined()) merged[kv.first.Scalar()] = kv.second;
    }
    ParamReader reader(merged, entry.file(), errors);
    auto rule = LoadRule(reader, base.pack, base.applies, kinds);
    if (!rule) continue;
    if (!entry.node()["applies_to"].IsDefined()) rule->applies = base.applies;
    *slot = std::move(rule);
  }
}

}  // namespace reportlint
