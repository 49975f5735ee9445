// Mentions of a year at the head of a sentence ("2016年度全镇共发生…"), with what
// the sentence around them says, so rules can tell data of another year from dates,
// quotations, comparisons and plans.
#ifndef REPORTLINT_FACTS_YEAR_MENTIONS_H_
#define REPORTLINT_FACTS_YEAR_MENTIONS_H_

#include <string_view>
#include <vector>

namespace reportlint {

struct YearMention {
  int year = 0;
  size_t begin = 0;  // span of "2016年度" / "2016年" in the folded text
  size_t end = 0;
  size_t sentence_begin = 0;
  size_t sentence_end = 0;
  bool opens_sentence = false;  // nothing but a short adverbial before it
  bool is_date = false;         // 2016年3月…, a point in time rather than a year's data
  bool quoted = false;          // inside 《》 “” 〔〕 [] (): a title or document number
  // The sentence flags below are read only for a year that opens its sentence
  // (false otherwise).
  bool comparison = false;      // 比/较/同比/上年/去年 in the sentence
  bool plan = false;            // 将/计划/拟/准备/力争/下一步 in the sentence
  bool states_count = false;    // the sentence states a number with a counting unit
};

std::vector<YearMention> FindYearMentions(std::u32string_view text);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_YEAR_MENTIONS_H_
