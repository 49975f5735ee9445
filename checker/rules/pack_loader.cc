// Pack files -> Pack: the header, `extend` (built-in packs by name, other packs
// by folder), `disable`, `override`, then the pack's own rules.
#include "checker/rules/pack_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "checker/rules/builtin_packs.h"
#include "checker/rules/pack_extend.h"
#include "checker/util/param_reader.h"
#include "checker/util/read_file.h"
#include "checker/util/yaml_file.h"
#include "checker/rules/rule_loader.h"
#include "checker/util/did_you_mean.h"

namespace reportlint {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::vector<PackFile>> BuiltinFilesByPack(std::vector<std::string>* order) {
  // The embedded files are rules/<pack>/<file>.yaml.
  std::map<std::string, std::vector<PackFile>> by_pack;
  for (const EmbeddedFile& f : EmbeddedPackFiles()) {
    fs::path p(f.path);
    std::string name = p.parent_path().filename().string();
    if (!by_pack.count(name) && order) order->push_back(name);
    by_pack[name].push_back({std::string(f.path), std::string(f.content)});
  }
  return by_pack;
}

// Loads packs, following `extend` references; `chain_` holds the packs being
// loaded so that a cycle is an error instead of a crash.
class Loader {
 public:
  Loader(const KindRegistry& kinds, std::vector<Error>* errors) : kinds_(kinds), errors_(errors) {}

  std::unique_ptr<Pack> FromFiles(const std::string& name, const std::string& source,
                                  const std::vector<PackFile>& files);
  std::unique_ptr<Pack> FromDisk(const std::string& path);
  std::unique_ptr<Pack> Builtin(const std::string& name) {
    auto files = BuiltinFilesByPack(nullptr);
    auto it = files.find(name);
    if (it == files.end()) return nullptr;
    return FromFiles(name, "builtin:" + name, it->second);
  }

 private:
  void Extend(ParamReader& top, const std::string& file, Pack* pack);
  std::unique_ptr<Pack> Resolve(const std::string& ref, const std::string& from_file,
                                ParamReader& top, const YAML::Node& at);

  const KindRegistry& kinds_;
  std::vector<Error>* errors_;
  std::vector<std::string> chain_;
};

std::unique_ptr<Pack> Loader::Resolve(const std::string& ref, const std::string& from_file,
                                      ParamReader& top, const YAML::Node& at) {
  std::vector<std::string> builtin = BuiltinPackNames();
  std::string source;
  bool is_builtin = std::find(builtin.begin(), builtin.end(), ref) != builtin.end();
  fs::path dir = fs::path(from_file).parent_path();
  fs::path path = fs::path(ref).is_absolute() ? fs::path(ref) : dir / ref;
  std::error_code ec;
  if (is_builtin) {
    source = "builtin:" + ref;
  } else if (fs::exists(path, ec)) {
    source = fs::weakly_canonical(path, ec).string();
  } else {
    std::string msg =
        "cannot extend '" + ref + "': neither a built-in pack nor a folder (relative to this file)";
    std::string near = SuggestId(ref, builtin);
    if (!near.empty()) msg += "; did you mean '" + near + "'?";
    top.FailAt(at, msg);
    return nullptr;
  }
  if (std::find(chain_.begin(), chain_.end(), source) != chain_.end()) {
    std::string cycle;
    for (const std::string& s : chain_) cycle += s + " -> ";
    top.FailAt(at, "packs extend each other in a cycle: " + cycle + source);
    return nullptr;
  }
  size_t before = errors_->size();
  auto base = is_builtin ? Builtin(ref) : FromDisk(path.string());
  if (!base && errors_->size() == before) top.FailAt(at, "cannot load the pack '" + ref + "'");
  return base;
}

void Loader::Extend(ParamReader& top, const std::string& file, Pack* pack) {
  YAML::Node node = top.node()["extend"];
  top.Has("extend");
  if (!node.IsDefined() || node.IsNull()) return;
  std::vector<YAML::Node> refs;
  if (node.IsScalar()) {
    refs.push_back(node);
  } else if (node.IsSequence()) {
    for (const YAML::Node& item : node) refs.push_back(item);
  }
  if (refs.empty() ||
      !std::all_of(refs.begin(), refs.end(), [](const YAML::Node& n) { return n.IsScalar(); })) {
    top.Fail("extend", "'extend' must be a pack name or folder, or a list of them");
    return;
  }
  for (const YAML::Node& ref : refs) {
    if (auto base = Resolve(ref.Scalar(), file, top, ref)) TakeOverRules(std::move(base), pack);
  }
}

std::unique_ptr<Pack> Loader::FromFiles(const std::string& name, const std::string& source,
                                        const std::vector<PackFile>& files) {
  size_t errors_before = errors_->size();
  chain_.push_back(source);
  auto pack = std::make_unique<Pack>();
  pack->name = name;
  pack->source = source;
  Applicability own;
  std::vector<Rule*> own_rules;
  for (const PackFile& file : files) {
    CharacterColumns columns(file.path, file.content, errors_);
    std::optional<YAML::Node> loaded = LoadYaml(file.path, file.content, errors_);
    if (!loaded) continue;
    YAML::Node root = *loaded;
    if (root.IsNull()) continue;  // an empty file adds nothing
    ParamReader top(root, file.path, errors_);
    if (!root.IsMap()) continue;
    if (top.Has("pack")) pack->name = top.String("pack");
    if (top.Has("description")) pack->description = top.String("description");
    if (top.Has("applies_to")) {
      ReadApplicability(top, &own);
      pack->report_years = own.report_years;
      pack->organisation = own.organisation;
    }
    Extend(top, file.path, pack.get());
    DisableRules(top, pack.get());
    OverrideRules(top, kinds_, pack.get(), errors_);
    for (ParamReader& r : top.MapList("rules")) {
      if (!r.node().IsMap()) continue;
      if (auto rule = LoadRule(r, pack->name, Applicability{}, kinds_)) {
        own_rules.push_back(rule.get());
        pack->rules.push_back(std::move(rule));
      }
    }
    top.CheckUnknownKeys();
  }
  // The pack's own rules without an applies_to of their own follow the pack's
  // (which may come from any of its files); taken-over rules keep their base's.
  for (Rule* rule : own_rules) {
    rule->pack = pack->name;
    const YAML::Node& yaml = rule->yaml;
    if (!yaml["applies_to"].IsDefined()) rule->applies = own;
  }
  chain_.pop_back();
  if (errors_->size() != errors_before) return nullptr;
  return pack;
}

std::unique_ptr<Pack> Loader::FromDisk(const std::string& path) {
  std::error_code ec;
  std::vector<fs::path> paths;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      std::string ext = entry.path().extension().string();
      bool hidden = entry.path().filename().string().rfind('.', 0) == 0;  // .reportlint.yaml
      if (entry.is_regular_file() && !hidden && (ext == ".yaml" || ext == ".yml")) {
        paths.push_back(entry.path());
      }
    }
    std::sort(paths.begin(), paths.end());
    if (paths.empty()) {
      errors_->push_back({path, 0, 0, "the rule pack folder contains no .yaml files"});
      return nullptr;
    }
  } else if (fs::is_regular_file(path, ec)) {
    paths.push_back(path);
  } else {
    errors_->push_back({path, 0, 0, "no such rule pack (expected a folder of YAML files)"});
    return nullptr;
  }
  std::vector<PackFile> files;
  for (const fs::path& p : paths) {
    std::string content;
    ReadFailure failure;
    if (!ReadFileCapped(p.string(), YamlLimits{}.max_bytes, &content, &failure)) {
      errors_->push_back(
          {p.string(), 0, 0,
           "cannot read the rule file: " + ReadError(p.string(), failure, YamlLimits{}.max_bytes).message});
      return nullptr;
    }
    files.push_back({p.string(), std::move(content)});
  }
  std::string name = fs::path(path).filename().string();
  if (name.empty()) name = fs::path(path).parent_path().filename().string();
  if (fs::is_regular_file(path, ec)) name = fs::path(path).stem().string();
  return FromFiles(name, path, files);
}

}  // namespace

std::unique_ptr<Pack> LoadPack(const std::string& name, const std::string& source,
                               const std::vector<PackFile>& files, const KindRegistry& kinds,
                               std::vector<Error>* errors) {
  return Loader(kinds, errors).FromFiles(name, source, files);
}

std::unique_ptr<Pack> LoadPackFromDisk(const std::string& path, const KindRegistry& kinds,
                                       std::vector<Error>* errors) {
  return Loader(kinds, errors).FromDisk(path);
}

std::unique_ptr<Pack> LoadBuiltinPack(const std::string& name, const KindRegistry& kinds,
                                      std::vector<Error>* errors) {
  return Loader(kinds, errors).Builtin(name);
}

std::vector<std::string> BuiltinPackNames() {
  std::vector<std::string> order;
  BuiltinFilesByPack(&order);
  return order;
}

std::vector<std::unique_ptr<Pack>> LoadBuiltinPacks(const KindRegistry& kinds,
                                                    std::vector<Error>* errors) {
  std::vector<std::unique_ptr<Pack>> packs;
  for (const std::string& name : BuiltinPackNames()) {
    if (auto pack = LoadBuiltinPack(name, kinds, errors)) packs.push_back(std::move(pack));
  }
  return packs;
}

void DropExtendedPacks(std::vector<std::unique_ptr<Pack>>* packs) {
  std::vector<std::string> extended;
  for (const auto& p : *packs)
    extended.insert(extended.end(), p->extends.begin(), p->extends.end());
  std::erase_if(*packs, [&](const std::unique_ptr<Pack>& p) {
    return std::find(extended.begin(), extended.end(), p->name) != extended.end();
  });
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
