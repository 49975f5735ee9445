#include "checker/rules/pack_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "checker/rules/builtin_packs.h"
#include "checker/rules/param_reader.h"
#include "checker/util/spelling.h"

namespace reportlint {
namespace {

// Keys every rule has; the rest belong to its kind.
void ReadMessage(ParamReader& rule, Rule* out, std::vector<Error>* errors) {
  rule.Require("message");
  auto message = rule.Map("message");
  if (!message) return;
  message->Require("zh");
  message->Require("en");
  for (const char* lang : {"zh", "en"}) {
    std::string text = message->String(lang);
    if (text.empty()) continue;
    MessageTemplate& t = std::string(lang) == "zh" ? out->message_zh : out->message_en;
    std::string error;
    if (!t.Parse(text, &error)) message->Fail(lang, error);
  }
  message->CheckUnknownKeys();
}

void CheckTemplateKeys(ParamReader& rule, const Rule& r) {
  std::vector<std::string> allowed = r.impl->EvidenceKeys();
  auto message = rule.Map("message");
  if (!message) return;
  for (const char* lang : {"zh", "en"}) {
    const MessageTemplate& t = r.Message(lang);
    for (const std::string& key : t.keys()) {
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      std::string msg = "message names '{" + key + "}', which a '" + r.kind +
                        "' rule never provides (available: " + list + ")";
      std::string near = ClosestMatch(key, allowed);
      if (!near.empty()) msg += "; did you mean '{" + near + "}'?";
      message->Fail(lang, msg);
    }
  }
}

std::unique_ptr<Rule> LoadRule(ParamReader& params, const std::string& pack_name,
                               const KindRegistry& kinds, std::vector<Error>* errors) {
  size_t errors_before = errors->size();
  auto rule = std::make_unique<Rule>();
  rule->pack = pack_name;
  rule->file = params.file();
  rule->line = params.node().Mark().line + 1;
  params.Require("id");
  params.Require("kind");
  params.Require("severity");
  rule->id = params.String("id");
  rule->description = params.String("description");
  std::string severity = params.Choice("severity", {"error", "warning", "info"}, "error");
  rule->severity = *ParseSeverity(severity);
  ReadMessage(params, rule.get(), errors);

  rule->kind = params.String("kind");
  const KindInfo* kind = kinds.Find(rule->kind);
  if (!rule->kind.empty() && kind == nullptr) {
    std::string msg = "unknown rule kind '" + rule->kind + "'";
    std::string near = ClosestMatch(rule->kind, kinds.Names());
    if (!near.empty()) msg += " (did you mean '" + near + "'?)";
    params.Fail("kind", msg);
  }
  if (kind != nullptr) {
    rule->impl = kind->make();
    rule->impl->Configure(params);
    CheckTemplateKeys(params, *rule);
  }
  params.CheckUnknownKeys();
  if (errors->size() != errors_before) return nullptr;
  return rule;
}

std::optional<YearRange> ReadYears(ParamReader& header) {
  auto applies = header.Map("applies_to");
  if (!applies) return std::nullopt;
  const YAML::Node node = applies->node()["report_years"];
  applies->Has("report_years");
  std::optional<YearRange> range;
  if (node.IsScalar()) {
    int y = 0;
    if (YAML::convert<int>::decode(node, y)) range = YearRange{y, y};
  } else if (node.IsSequence() && node.size() == 2) {
    YearRange r;
    bool ok = YAML::convert<int>::decode(node[0], r.first);
    if (!node[1].IsNull()) {
      int last = 0;
      ok = ok && YAML::convert<int>::decode(node[1], last);
      r.last = last;
    }
    if (ok && (!r.last || *r.last >= r.first)) range = r;
  }
  if (!range) {
    applies->Fail("report_years",
                  "'report_years' must be a year or [first, last] (last may be null)");
  }
  applies->CheckUnknownKeys();
  return range;
}

}  // namespace

std::unique_ptr<Pack> LoadPack(const std::string& name, const std::string& source,
                               const std::vector<PackFile>& files, const KindRegistry& kinds,
                               std::vector<Error>* errors) {
  size_t errors_before = errors->size();
  auto pack = std::make_unique<Pack>();
  pack->name = name;
  pack->source = source;
  for (const PackFile& file : files) {
    YAML::Node root;
    try {
      root = YAML::Load(file.content);
    } catch (const YAML::Exception& e) {
      errors->push_back({file.path, e.mark.line + 1, e.mark.column + 1,
                         "invalid YAML: " + e.msg});
      continue;
    }
    if (root.IsNull()) continue;  // an empty file adds nothing
    ParamReader top(root, file.path, errors);
    if (!root.IsMap()) continue;
    if (top.Has("pack")) pack->name = top.String("pack");
    if (top.Has("description")) pack->description = top.String("description");
    if (top.Has("applies_to")) pack->report_years = ReadYears(top);
    for (ParamReader& r : top.MapList("rules")) {
      if (!r.node().IsMap()) continue;
      if (auto rule = LoadRule(r, pack->name, kinds, errors)) pack->rules.push_back(std::move(rule));
    }
    top.CheckUnknownKeys();
  }
  if (errors->size() != errors_before) return nullptr;
  return pack;
}

std::unique_ptr<Pack> LoadPackFromDisk(const std::string& path, const KindRegistry& kinds,
                                       std::vector<Error>* errors) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> paths;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml")) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    if (paths.empty()) {
      errors->push_back({path, 0, 0, "the rule pack folder contains no .yaml files"});
      return nullptr;
    }
  } else if (fs::is_regular_file(path, ec)) {
    paths.push_back(path);
  } else {
    errors->push_back({path, 0, 0, "no such rule pack (expected a folder of YAML files)"});
    return nullptr;
  }
  std::vector<PackFile> files;
  for (const fs::path& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (!in) {
      errors->push_back({p.string(), 0, 0, "cannot read the rule file"});
      return nullptr;
    }
    files.push_back({p.string(), ss.str()});
  }
  std::string name = fs::path(path).filename().string();
  if (name.empty()) name = fs::path(path).parent_path().filename().string();
  return LoadPack(name, path, files, kinds, errors);
}

std::vector<std::unique_ptr<Pack>> LoadBuiltinPacks(const KindRegistry& kinds,
                                                    std::vector<Error>* errors) {
  // Group the embedded files by folder: rules/<pack>/<file>.yaml
  std::map<std::string, std::vector<PackFile>> by_pack;
  std::vector<std::string> order;
  for (const EmbeddedFile& f : EmbeddedPackFiles()) {
    std::filesystem::path p(f.path);
    std::string name = p.parent_path().filename().string();
    if (!by_pack.count(name)) order.push_back(name);
    by_pack[name].push_back({std::string(f.path), std::string(f.content)});
  }
  std::vector<std::unique_ptr<Pack>> packs;
  for (const std::string& name : order) {
    if (auto pack = LoadPack(name, "builtin:" + name, by_pack[name], kinds, errors)) {
      packs.push_back(std::move(pack));
    }
  }
  return packs;
}

void CheckUniqueRuleIds(const std::vector<std::unique_ptr<Pack>>& packs,
                        std::vector<Error>* errors) {
  std::map<std::string, const Rule*> seen;
  for (const auto& pack : packs) {
    for (const auto& rule : pack->rules) {
      auto [it, inserted] = seen.emplace(rule->id, rule.get());
      if (!inserted) {
        errors->push_back({rule->file, rule->line, 0,
                           "duplicate rule id '" + rule->id + "' (first defined in " +
                               it->second->file + ":" + std::to_string(it->second->line) + ")"});
      }
    }
  }
}

}  // namespace reportlint
