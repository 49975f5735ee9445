// Chinese numerals as written in reports: 三, 十二, 二十三, 一百零五, 两千, 〇.
// The one place that knows their digits: markers, counts, quantities, DOCX numbering.
#ifndef REPORTLINT_VALUES_CHINESE_NUMERAL_H_
#define REPORTLINT_VALUES_CHINESE_NUMERAL_H_

#include <optional>
#include <string>
#include <string_view>

namespace reportlint {

bool IsChineseDigit(char32_t c);  // 〇零一二两三四五六七八九十百千万亿

// 0..9 for 〇零 一 二两 … 九, -1 for anything else.
int ChineseDigitValue(char32_t c);
// 10, 100, 1000, 10^4, 10^8 for 十 百 千 万 亿, 0 for anything else.
long long ChineseUnitValue(char32_t c);

// A character of an ordinal as headings write them (一 … 十: no 零 两 百 …), so
// a marker found right after one ("十|一、") is the tail of a longer one.
bool IsChineseOrdinalChar(char32_t c);

// The same characters as regex classes, for patterns (PCRE2, UTF-8): heading
// ordinals 一…十, positional digits of years (二〇一九), and counts (两千, 三百).
inline constexpr const char* kOrdinalCharClass = "[一二三四五六七八九十]";
inline constexpr const char* kPositionalDigitClass = "[〇零一二三四五六七八九]";
inline constexpr const char* kCountCharClass = "[零一二两三四五六七八九十百千]";

// 1..99 written as a heading ordinal (一 … 九十九); other values in Arabic digits.
std::u32string WriteChineseOrdinal(int n);

// The value of a whole Chinese numeral, or nullopt if `s` is not one
// (also for malformed ones like "十十"). Digits-only forms ("二〇一八") are
// read digit by digit.
std::optional<long long> ParseChineseNumeral(std::u32string_view s);

// Value of `s` when it is either Arabic digits or a Chinese numeral.
std::optional<long long> ParseCount(std::u32string_view s);

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_CHINESE_NUMERAL_H_
