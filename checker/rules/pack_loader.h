// Loads rule packs from YAML — a folder on disk or the packs compiled into the
// binary — strictly: every mistake is an Error with file:line:col.
#ifndef REPORTLINT_RULES_PACK_LOADER_H_
#define REPORTLINT_RULES_PACK_LOADER_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/pack.h"
#include "checker/rules/registry.h"
#include "reportlint/error.h"

namespace reportlint {

struct PackFile {
  std::string path;     // shown in errors: "rules/ogi-2008/pack.yaml" or a disk path
  std::string content;  // YAML text
};

// Builds one pack from its files. `name` is the fallback pack name (the
// folder's). Returns nullptr if any error was found (all are reported).
std::unique_ptr<Pack> LoadPack(const std::string& name, const std::string& source,
                               const std::vector<PackFile>& files, const KindRegistry& kinds,
                               std::vector<Error>* errors);

// A folder of *.yaml / *.yml files (or a single YAML file). `extend:` names a
// built-in pack or a folder relative to the file that says it.
std::unique_ptr<Pack> LoadPackFromDisk(const std::string& path, const KindRegistry& kinds,
                                       std::vector<Error>* errors);

// One built-in pack by name; nullptr (and no error) when there is none.
std::unique_ptr<Pack> LoadBuiltinPack(const std::string& name, const KindRegistry& kinds,
                                      std::vector<Error>* errors);
// The names of the built-in packs, in build order.
std::vector<std::string> BuiltinPackNames();

// The packs embedded at build time from rules/.
std::vector<std::unique_ptr<Pack>> LoadBuiltinPacks(const KindRegistry& kinds,
                                                    std::vector<Error>* errors);

// Removes the packs that another pack in *packs extends: the extending pack
// carries their rules (as it overrode or disabled them) and replaces them.
void DropExtendedPacks(std::vector<std::unique_ptr<Pack>>* packs);

// Rule ids must be unique across everything loaded in one run.
void CheckUniqueRuleIds(const std::vector<std::unique_ptr<Pack>>& packs,
                        std::vector<Error>* errors);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_PACK_LOADER_H_
