#include "checker/facts/year_mentions.h"

#include <string>

#include "checker/util/sentences.h"
#include "checker/values/chinese_numeral.h"
#include "checker/util/regex.h"

namespace reportlint {
namespace {

const Regex& YearPattern() {
  static const auto re = MustCompile("((?:19|20)[0-9]{2}) ?年度?");
  return *re;
}

const Regex& ComparisonPattern() {
  static const auto re = MustCompile("比|较|同比|环比|上年|去年|上一年|前一年|增长|下降|增加|减少");
  return *re;
}

const Regex& PlanPattern() {
  static const auto re = MustCompile("将|计划|拟|准备|力争|下一步|预计|目标|重点");
  return *re;
}

const Regex& CountPattern() {
  static const auto re = MustCompile(std::string("(?:[0-9]|") + kCountCharClass +
                                     ")+(?:\\.[0-9]+)? ?[万亿]? ?" +
        "(?:件|条|个|项|次|人次|户|家|人|起|期|份|场|篇|元|亩|批)");
  return *re;
}

// Whether position `at` lies inside an open bracket or quotation on its line.
bool Quoted(std::u32string_view text, size_t sentence_begin, size_t at) {
  int depth = 0;
  for (size_t i = sentence_begin; i < at; ++i) {
    char32_t c = text[i];
    if (c == U'《' || c == U'“' || c == U'〔' || c == U'[' || c == U'(' || c == U'【' ||
        c == U'"' && depth == 0) {
      ++depth;
    } else if ((c == U'》' || c == U'”' || c == U'〕' || c == U']' || c == U')' || c == U'】' ||
                c == U'"') &&
               depth > 0) {
      --depth;
    }
  }
  return depth > 0;
}

}  // namespace

std::vector<YearMention> FindYearMentions(std::u32string_view text) {
  std::vector<YearMention> out;
  RegexMatch whole;
  std::vector<RegexMatch> g;
  size_t pos = 0;
  while (YearPattern().FindGroups(text, pos, &whole, &g)) {
    // Not part of a longer number; checked here, not with a lookbehind, so
    // PCRE2 can skip straight to candidate first characters.
    if (whole.begin > 0 && text[whole.begin - 1] >= U'0' && text[whole.begin - 1] <= U'9') {
      pos = whole.begin + 1;
      continue;
    }
    pos = whole.end;
    YearMention y;
    y.year = std::stoi(std::string(text.begin() + g[0].begin, text.begin() + g[0].end));
    y.begin = whole.begin;
    y.end = whole.end;
    // A year's statement ends at ';' as well: "2016年…3起；2017年…" are two.
    size_t sb = ClauseBegin(text, whole.begin);
    size_t se = ClauseEnd(text, whole.end);
    y.sentence_begin = sb;
    y.sentence_end = se;
    size_t lead = whole.begin - sb;
    std::u32string_view before = text.substr(sb, lead);
    y.opens_sentence = lead <= 2 || before == U"在" || before == U"全年" || before == U"截至";
    size_t after = whole.end;
    while (after < text.size() && text[after] == U' ') ++after;
    y.is_date = after < text.size() &&
                (text[after] >= U'0' && text[after] <= U'9' || text[after] == U'-' ||
                 text[after] == U'底' || text[after] == U'初' || text[after] == U'末' ||
                 text[after] == U'上' || text[after] == U'下' || text[after] == U'第');
    y.quoted = Quoted(text, sb, whole.begin);
    // What the sentence says only matters for a year that opens it; reading
    // every sentence that merely contains a year would cost a scan each.
    if (y.opens_sentence) {
      std::u32string_view sentence = text.substr(sb, se - sb);
      std::u32string_view rest = text.substr(whole.end, se - whole.end);
      y.comparison = ComparisonPattern().Matches(sentence);
      y.plan = PlanPattern().Matches(sentence);
      y.states_count = CountPattern().Matches(rest);
    }
    out.push_back(y);
  }
  return out;
}

}  // namespace reportlint
