// A section named in a pack and recognised by alias patterns on the headings; shared
// by the kinds that need to know where a section is (sections, table).
#ifndef REPORTLINT_RULES_KINDS_SECTION_PATTERN_H_
#define REPORTLINT_RULES_KINDS_SECTION_PATTERN_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/util/param_reader.h"
#include "checker/structure/headings.h"

namespace reportlint {

struct SectionPattern {
  std::string name;
  std::vector<std::shared_ptr<const Regex>> match;  // any one is enough
};

// Reads `key` as a required list of {name, match} (match: a pattern or a list).
std::vector<SectionPattern> ReadSectionPatterns(ParamReader& params, const std::string& key);

// Index of the first heading of level <= `max_level` whose title matches `s`,
// or -1.
int FindSection(const SectionTree& tree, const SectionPattern& s, int max_level);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_SECTION_PATTERN_H_
