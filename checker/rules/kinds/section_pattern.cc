#include "checker/rules/kinds/section_pattern.h"

namespace reportlint {

std::vector<SectionPattern> ReadSectionPatterns(ParamReader& params, const std::string& key) {
  std::vector<SectionPattern> out;
  params.Require(key);
  for (ParamReader& item : params.MapList(key)) {
    SectionPattern s;
    item.Require("name");
    item.Require("match");
    s.name = item.String("name");
    s.match = item.PatternList("match");
    item.CheckUnknownKeys();
    out.push_back(std::move(s));
  }
  return out;
}

int FindSection(const SectionTree& tree, const SectionPattern& s, int max_level) {
  for (size_t i = 0; i < tree.headings.size(); ++i) {
    const Heading& h = tree.headings[i];
    if (h.level > max_level) continue;
    for (const auto& re : s.match) {
      if (re->Matches(h.title)) return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace reportlint
