// The words around numbers, in one place: units, scale words, approximation words,
// and the contexts that make a run of digits a name, a code or an ordinal instead.
#ifndef REPORTLINT_VALUES_UNIT_TABLE_H_
#define REPORTLINT_VALUES_UNIT_TABLE_H_

#include <cstddef>
#include <string_view>

#include "checker/values/quantity.h"

namespace reportlint {

// All lookups take folded text (Simplified script, NFKC) and a position in it.

struct UnitWord {
  std::u32string_view written;  // as it follows the number: 个工作日, 人(次), %
  std::u32string_view base;     // Quantity::unit: 工作日, 人次, %
  UnitClass unit_class;
  // Also a unit after a Chinese numeral. Off for words that after a numeral
  // are mostly something else (一期 = phase one).
  bool after_chinese;
  // A duration: 近 before it means "the last" (近3年), not "almost".
  bool duration;
};

// The longest unit written at `pos`, or nullptr.
const UnitWord* MatchUnit(std::u32string_view text, size_t pos);

struct ScaleWord {
  std::u32string_view written;  // 万 亿 千 百万 千万 万亿
  int exponent;                 // 万 -> 4
};

// The longest scale word at `pos`, or nullptr. Callers try MatchUnit first so
// that 千米 is a unit and not 千 + 米.
const ScaleWord* MatchScale(std::u32string_view text, size_t pos);

// The scale word of `scale` (10^4 -> 万), or "" for one reports do not write.
std::u32string_view ScaleWordFor(Decimal scale);

struct ApproxWord {
  std::u32string_view written;
  Approx approx;
};

// The approximation word that ends exactly at `pos` (近, 约, 超过, 不足 …),
// or nullptr. Words that merely end in one (节约, 最近, 制约) do not count.
const ApproxWord* ApproxWordBefore(std::u32string_view text, size_t pos);

// The approximation word that starts at `pos` after a number or its unit
// (左右, 以上, 以下, 以内, 上下), or nullptr. 余 and 多 are handled by the
// scanner since they sit between the number and its unit.
const ApproxWord* ApproxWordAfter(std::u32string_view text, size_t pos);

// A Chinese numeral at `pos` starts a word that is not a count even though a
// unit character follows it: 一起, 一次性, 二次, 一批, 一部分, 一条龙 …
bool StartsNumeralWord(std::u32string_view text, size_t pos);

// `c` right before a Chinese numeral makes the numeral part of a word or an
// ordinal: 第一, 统一, 进一步, 唯一, 每一, 星期一 …
bool BlocksChineseNumeral(char32_t c);

// The text before `pos` ends with a word that announces a code rather than a
// quantity: 电话, 传真, 邮编, 标识码, 热线, 拨打 …
bool EndsWithCodeKeyword(std::u32string_view text, size_t pos);

// A hotline or telephone word (热线, 电话, 专线) follows `pos` within a few
// characters of the same phrase: "12345市长热线", "“2912345”区长公开电话".
bool HotlineWordFollows(std::u32string_view text, size_t pos);

// A character that, right after a bare integer, makes it a number of some
// other kind: 号 (document, house), 室, 楼, 版, 届.
bool IsNonQuantitySuffix(char32_t c);

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_UNIT_TABLE_H_
