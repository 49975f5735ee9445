#include "checker/structure/declaration.h"

#include "checker/facts/chinese_numeral.h"
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

std::vector<std::u32string> SplitParts(std::u32string_view list) {
  // A list separated mostly by commas keeps 、 inside its items
  // ("…行政复议、诉讼情况,…"); one separated by 、 may end with ",以及…".
  size_t commas = 0, enumeration_commas = 0;
  for (char32_t c : list) {
    commas += (c == U',');
    enumeration_commas += (c == U'、');
  }
  bool split_on_enum = enumeration_commas >= commas;
  std::vector<std::u32string> parts;
  std::u32string cur;
  auto flush = [&] {
    std::u32string_view p = cur;
    for (std::u32string_view lead : {U"以及", U"和", U"及", U"以"}) {
      if (p.substr(0, lead.size()) == lead) {
        p.remove_prefix(lead.size());
        break;
      }
    }
    while (!p.empty() && p.front() == U' ') p.remove_prefix(1);
    while (!p.empty() && (p.back() == U' ' || p.back() == U'等')) p.remove_suffix(1);
    if (!p.empty()) parts.emplace_back(p);
    cur.clear();
  };
  for (char32_t c : list) {
    if (c == U',' || (split_on_enum && c == U'、')) {
      flush();
    } else {
      cur.push_back(c);
    }
  }
  flush();
  // "A、B和C": the last separator is often 和/以及 rather than a comma.
  if (!parts.empty()) {
    std::u32string& last = parts.back();
    size_t at = last.find(U"以及");
    if (at != std::u32string::npos && at > 0) {
      std::u32string tail = last.substr(at + 2);
      last.resize(at);
      parts.push_back(tail);
    }
  }
  return parts;
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
        d.parts = SplitParts(list);
      }
      // A bare "报告由…组成" with one item is prose, not a declaration.
      if (d.count || d.parts.size() >= 3) return d;
      start = whole.end > whole.begin ? whole.end : whole.end + 1;
    }
  }
  return std::nullopt;
}

}  // namespace reportlint
