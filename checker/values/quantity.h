// A number as printed in a report and the set of values it can stand for.
// The numeric-consistency rules only ever compare Quantities, never re-read text.
#ifndef REPORTLINT_VALUES_QUANTITY_H_
#define REPORTLINT_VALUES_QUANTITY_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "checker/values/decimal.h"
#include "checker/values/interval.h"

namespace reportlint {

// What a unit measures. Two quantities of different classes are never summed
// or compared; two of the same class may still have different units (件 and
// 条 are both counts): see SameUnit.
enum class UnitClass {
  kNone,     // no unit written: "近300", a bare table cell
  kCount,    // 件 条 个 项 次 人次 户 家 人 起 期 份 场 篇 批次 …
  kMoney,    // 元 (万元 and 亿元 are 元 with a scale)
  kArea,     // 亩 平方米 公顷 …
  kPercent,  // % and 百分之…
  kOther,    // durations, lengths, weights, per mille, percentage points …
};

// How the printed number relates to the true one. The words are listed in
// checker/values/unit_table.cc; the intervals they produce are documented on
// Quantity::value.
enum class Approx {
  kExact,    // no approximation word (still subject to printed precision)
  kAtLeast,  // 余 多 超过 逾 突破 以上 …
  kAtMost,   // 近 不到 不足 以下 …
  kAbout,    // 约 左右 …, or contradictory words on both sides (近400余)
};

// One number expression found in folded text.
//
// Design: a report prints numbers rounded to some digit; that digit, not a
// fixed epsilon, is how far the true value may be from the printed one. So a
// Quantity carries the interval of values its printing allows:
//   - plain integers without a scale word are exact:  6213条 -> [6213,6213];
//   - percentages are quotients rounded where printed, whole ones too:
//       61% -> [60.5,61.5]  (36/59 = 61.02% is printed "61%");
//   - numbers with fractional digits or a scale word (万 亿 千) allow half a
//     unit of the last printed digit either way:
//       74.5%   -> [74.45,74.55]       8.04万亩 -> [80350,80450] 亩
//       1.2亿元 -> [1.15亿,1.25亿] 元    78万份   -> [775000,785000] 份
//   - approximation words use u, one unit of N's last *significant* digit
//     (trailing zeros of an integer are not significant: u(800) = 100,
//     u(100738) = 1, u(1.2万) = 0.1万 = 1000, u(1.50) = 0.01):
//       kAtLeast (800多条, 超过90%)  -> [N, N+u]    800多 -> [800,900]
//       kAtMost  (近300, 不足50人)    -> [N-u, N]    近300 -> [200,300]
//       kAbout   (约300, 30人左右)    -> [N-u, N+u]  约300 -> [200,400]
//     They replace the printed-precision interval and are never unbounded.
//     近 before a duration (近3年, 近一年) means "the last", not "almost",
//     and is not an approximation.
struct Quantity {
  // Values the printing allows, in base units (元, 亩, 条; percentage points
  // for percentages: 74.5% -> [74.45,74.55]).
  Interval value;
  // The printed value in base units: 8.04万亩 -> 80400.
  Decimal printed;
  // The scale word's factor (10000 for 万, 1 without one): printed / scale is
  // the number as written (8.04).
  Decimal scale = Decimal::FromInt(1);
  // Base unit, scale word stripped and synonyms merged (平米 -> 平方米,
  // 人(次) -> 人次): U"亩", U"元", U"条", U"%"; empty when none is written.
  std::u32string unit;
  UnitClass unit_class = UnitClass::kNone;
  bool percent = false;  // written with % or 百分之
  Approx approx = Approx::kExact;
  // Half-open span in the scanned text of the whole expression: approximation
  // words, sign, digits, scale word, unit ("近5.5万人(次)", "百分之九十").
  size_t begin = 0;
  size_t end = 0;
  // Fractional digits as printed, in the printed scale: 8.04万亩 -> 2.
  int decimals = 0;
  bool chinese_numeral = false;  // 三件, 二十三个, 百分之九十
};

// How consistency is judged: with the precision each number was printed with
// (the default), or as exact values. Approximation words hold either way:
// 100738余 is never exactly 100738.
enum class Tolerance { kPrinted, kExact };

// The values `q` may stand for under `t`.
Interval ValueOf(const Quantity& q, Tolerance t);

// Whether quantities of the two classes may be compared at all: the same
// class, or one of them has no unit (a table cell, "近300").
bool Compatible(UnitClass a, UnitClass b);

// Whether `a` and `b` may be added: the same base unit (8.04万亩 and 3.928万亩,
// 1138万元 and 36万元), or one of them has no unit. 件 and 条, 人 and 人次 are
// different units.
bool SameUnit(const Quantity& a, const Quantity& b);

const char* UnitClassName(UnitClass c);  // "count", "money", …
const char* ApproxName(Approx a);        // "exact", "at-least", …

// One-line dump of what the quantity means, as `reportlint dump --facts`
// prints it: "[80350,80450] 亩 area", "[800,900] 条次 count at-least cn".
// The unit, a non-none class, a non-exact approximation and "cn" for Chinese
// numerals are printed only when present.
std::string DebugString(const Quantity& q);

// The same, preceded by the quantity's text: "8.04万亩 -> [80350,80450] 亩 area".
// REQUIRES: `text` is the text `q` was scanned from.
std::string DebugString(const Quantity& q, std::u32string_view text);

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_QUANTITY_H_
