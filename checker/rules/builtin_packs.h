// The YAML of the built-in packs, embedded at build time (tools/embed_packs.cmake),
// so the installed binary needs no data files.
#ifndef REPORTLINT_RULES_BUILTIN_PACKS_H_
#define REPORTLINT_RULES_BUILTIN_PACKS_H_

#include <string_view>
#include <vector>

namespace reportlint {

struct EmbeddedFile {
  std::string_view path;  // relative to the repository, e.g. "rules/ogi-2008/pack.yaml"
  std::string_view content;
};

const std::vector<EmbeddedFile>& EmbeddedPackFiles();

}  // namespace reportlint

#endif  // REPORTLINT_RULES_BUILTIN_PACKS_H_
