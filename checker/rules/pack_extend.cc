// extend / disable / override. An override is merged key by key into the YAML
// of the rule it replaces and the merged rule is loaded again, so the kind
// validates the result exactly as it validates a rule written out in full.
#include "checker/rules/pack_extend.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

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

using Position = std::pair<int, int>;  // line and column as ErrorAt gives them

// The positions of `node` and of every node under it.
void CollectPositions(const YAML::Node& node, std::set<Position>* out) {
  Error at = ErrorAt("", node, "");
  out->insert({at.line, at.column});
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) CollectPositions(item, out);
  } else if (node.IsMap()) {
    for (const auto& kv : node) {
      CollectPositions(kv.first, out);
      CollectPositions(kv.second, out);
    }
  }
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
    std::vector<std::string> kept_keys;
    std::set<Position> own;
    std::map<Position, std::string> kept;  // a kept node's position: its key
    CollectPositions(entry.node(), &own);  // before the merge: it is the same node
    for (const auto& kv : base.yaml) {
      const YAML::Node& lookup = merged;
      if (lookup[kv.first.Scalar()].IsDefined()) continue;
      merged[kv.first.Scalar()] = kv.second;
      kept_keys.push_back(kv.first.Scalar());
      std::set<Position> at;
      CollectPositions(kv.second, &at);
      for (const Position& p : at) kept.emplace(p, kv.first.Scalar());
    }
    std::vector<Error> found;
    std::unique_ptr<Rule> rule;
    for (int pass = 0; pass < 2; ++pass) {
      found.clear();
      ParamReader reader(merged, entry.file(), &found);
      rule = LoadRule(reader, base.pack, base.applies, kinds);
      // A kept key the changed rule no longer reads (`deadline` once `check`
      // is changed) is left out rather than called unknown: an override
      // cannot remove a key. (Not asked whatever its value: one pass more.)
      size_t dropped = std::erase_if(kept_keys, [&](const std::string& key) {
        if (reader.Asked(key)) return false;
        merged.remove(key);
        return true;
      });
      if (dropped == 0) break;
    }
    // A key kept from the base that no longer fits (its message names evidence
    // the overridden check does not give) is an error of this override: the
    // base's position is a line of another file, so it is said at the `id`.
    for (Error& e : found) {
      auto from_base = kept.find({e.line, e.column});
      if (from_base != kept.end() && own.count(from_base->first) == 0) {
        e = ErrorAt(entry.file(), id,
                    e.message + " (in '" + from_base->second + "', kept from '" + base.id +
                        "' at " + base.file + ":" + std::to_string(e.line) +
                        ": override it too)");
      }
      errors->push_back(std::move(e));
    }
    if (!rule) continue;
    if (!entry.node()["applies_to"].IsDefined()) rule->applies = base.applies;
    *slot = std::move(rule);
  }
}

}  // namespace reportlint
