// .reportlint.yaml -> Config, strictly (through ParamReader, like rule packs):
// every unknown key or ill-typed value is an error at its file:line:col.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "checker/api/names.h"
#include "checker/config/config.h"
#include "checker/config/glob.h"
#include "checker/rules/pack_loader.h"
#include "checker/util/param_reader.h"
#include "checker/util/read_file.h"
#include "checker/util/yaml_file.h"

namespace reportlint {
namespace {

namespace fs = std::filesystem;

// `rules:` — a mapping of rule id to off | error | warning | info.
RuleSettings ReadRules(ParamReader& owner, std::vector<RuleReference>* refs) {
  RuleSettings out;
  YAML::Node map = owner.node()["rules"];
  owner.Has("rules");
  if (!map.IsDefined() || map.IsNull()) return out;
  if (!map.IsMap()) {
    owner.Fail("rules", "'rules' must map rule ids to off, error, warning or info");
    return out;
  }
  for (const auto& kv : map) {
    std::string id = kv.first.Scalar();
    refs->push_back({id, ErrorAt(owner.file(), kv.first, "")});
    std::string value = kv.second.IsScalar() ? kv.second.Scalar() : "";
    RuleSetting setting;
    if (value == "off" || value == "false") {
      setting.off = true;
    } else if (auto severity = ParseSeverity(value)) {
      setting.severity = severity;
    } else {
      owner.FailAt(kv.second, "the setting of '" + id + "' must be off, error, warning or info");
      continue;
    }
    out[id] = setting;
  }
  return out;
}

void ReadPacks(ParamReader& top, Config* c) {
  if (!top.Has("packs")) return;
  c->packs_given = true;
  c->packs = top.StringList("packs");
  std::vector<std::string> builtin = BuiltinPackNames();
  for (const std::string& p : c->packs) {
    if (std::find(builtin.begin(), builtin.end(), p) != builtin.end()) {
      c->builtin_packs.push_back(p);
      continue;
    }
    fs::path path = fs::path(p).is_absolute() ? fs::path(p) : fs::path(c->dir) / p;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      top.Fail("packs",
               "'" + p + "' is neither a built-in pack nor a folder (relative to " + "this file)");
      continue;
    }
    c->pack_dirs.push_back(path.lexically_normal().string());
  }
}

void ReadOverrides(ParamReader& top, Config* c) {
  for (ParamReader& o : top.MapList("overrides")) {
    if (!o.node().IsMap()) continue;
    o.Require("files");
    PathOverride po;
    po.files = o.StringList("files");
    po.rules = ReadRules(o, &c->rule_refs);
    o.CheckUnknownKeys();
    c->overrides.push_back(std::move(po));
  }
}

}  // namespace

std::unique_ptr<Config> DefaultConfig(const std::string& dir) {
  auto c = std::make_unique<Config>();
  std::error_code ec;
  c->dir = fs::absolute(dir, ec).lexically_normal().string();
  return c;
}

std::unique_ptr<Config> LoadConfig(const std::string& path, std::vector<Error>* errors) {
  std::string text;
  ReadFailure failure;
  if (!ReadFileCapped(path, YamlLimits{}.max_bytes, &text, &failure)) {
    errors->push_back({path, 0, 0, "cannot read the configuration file: " +
                                       ReadError(path, failure, YamlLimits{}.max_bytes).message});
    return nullptr;
  }
  return LoadConfigText(path, text, errors);
}

std::unique_ptr<Config> LoadConfigText(const std::string& path, const std::string& text,
                                       std::vector<Error>* errors) {
  size_t before = errors->size();
  CharacterColumns columns(path, text, errors);
  auto c = DefaultConfig(
      fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  c->file = path;
  std::optional<YAML::Node> loaded = LoadYaml(path, text, errors);
  if (!loaded) return nullptr;
  YAML::Node root = *loaded;
  if (root.IsNull()) return c;  // an empty file: the defaults
  ParamReader top(root, path, errors);
  if (!root.IsMap()) return nullptr;
  ReadPacks(top, c.get());
  c->rules = ReadRules(top, &c->rule_refs);
  ReadOverrides(top, c.get());
  c->exclude = top.StringList("exclude");
  if (top.Has("fail_on"))
    c->fail_on = top.Choice("fail_on", FailOnNames(), "error");
  if (top.Has("max_warnings")) c->max_warnings = top.Int("max_warnings", 0, 0, 1'000'000'000);
  if (top.Has("lang")) c->lang = top.Choice("lang", {"zh", "en"}, "zh");
  for (auto [key, field] : {std::pair{"baseline", &c->baseline}, {"hierarchy", &c->hierarchy}}) {
    if (!top.Has(key)) continue;
    fs::path b = top.String(key);
    *field = (b.is_absolute() ? b : fs::path(c->dir) / b).lexically_normal().string();
  }
  top.CheckUnknownKeys();
  // In file order, whichever check found them.
  std::stable_sort(errors->begin() + before, errors->end(), [](const Error& a, const Error& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  if (errors->size() != before) return nullptr;
  return c;
}

std::string FindConfigFile(const std::string& dir) {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec).lexically_normal();
  while (true) {
    fs::path candidate = d / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!d.has_parent_path() || d.parent_path() == d) return "";
    d = d.parent_path();
  }
}

std::string Config::Relative(const std::string& path) const {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  fs::path rel = abs.lexically_relative(dir);
  if (rel.empty() || *rel.begin() == "..") return "";
  return rel.generic_string();
}

RuleSettings Config::RulesFor(const std::string& path) const {
  RuleSettings out;
  std::string rel = Relative(path);
  if (rel.empty()) return out;
  for (const PathOverride& o : overrides) {
    if (!std::any_of(o.files.begin(), o.files.end(),
                     [&](const std::string& g) { return GlobMatch(g, rel); })) {
      continue;
    }
    for (const auto& [id, setting] : o.rules) out[id] = setting;
  }
  return out;
}

bool Config::Excludes(const std::string& path) const {
  std::string rel = Relative(path);
  return !rel.empty() && std::any_of(exclude.begin(), exclude.end(),
                                     [&](const std::string& g) { return GlobMatch(g, rel); });
}

}  // namespace reportlint
