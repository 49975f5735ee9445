#include "checker/structure/declaration.h"

#include "checker/values/chinese_numeral.h"
#include "checker/structure/declared_list.h"
#include "checker/util/regex.h"

namespace reportlint {
namespace {

const Regex& DeclarationPattern() {
  // group 1: the list; group 2: the count. Either may be missing:
  //   报告由A、B…八部分构成   全文包括A,B,C6个部分。   本报告共分五个部分
  static const auto re = MustCompile("(?:全文|本年度报告|本报告|报告|年报)(?:主要)?(?:共)?(?:包括|包含|由|分为|分)"
        "(?:以下)?([^。;]{0,300}?)"
        "(?:(?:等|共)?([0-9一二两三四五六七八九十]{1,3}) ?个? ?(?:部分|方面)(?:组成|构成|内容)?"
        "|(?:组成|构成)|(?=。))");
  return *re;
}

}  // namespace

std::optional<Declaration> FindDeclaration(const std::u32string& text,
                                           const std::vector<LineSpan>& lines,
                                           size_t limit_line) {
  for (size_t li = 0; li < lines.size() && li < limit_line; ++li) {
    std::u32string_view line = LineText(text, lines[li]);
    RegexMatch whole;
    std::vector<RegexMatch> groups;
    size_t start = 0;
    while (DeclarationPattern().FindGroups(line, start, &whole, &groups)) {
      Declaration d;
      d.begin = lines[li].begin + whole.begin;
      d.end = lines[li].begin + whole.end;
      if (groups.size() > 1 && groups[1].begin != std::u32string_view::npos) {
        auto n = ParseCount(line.substr(groups[1].begin, groups[1].end - groups[1].begin));
        if (n && *n > 0 && *n < 50) d.count = static_cast<int>(*n);
      }
      if (groups[0].begin != std::u32string_view::npos) {
        auto list = line.substr(groups[0].begin, groups[0].end - groups[0].begin);
        DeclaredList parts(list);
        d.parts = parts.Reading(d.count);
        d.min_parts = parts.MinParts();
        d.max_parts = parts.MaxParts();
      }
      // A bare "报告由…组成" that no reading cuts into three parts is prose.
      if (d.count || d.max_parts >= 3) return d;
      start = whole.end > whole.begin ? whole.end : whole.end + 1;
    }
  }
  return std::nullopt;
}

}  // namespace reportlint
