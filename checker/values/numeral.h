// The numeral of a quantity as printed (Arabic digits, a Chinese numeral, 百分之…)
// before its scale, unit and approximation words: what the number scanner reads first.
// Internal to checker/values.
#ifndef REPORTLINT_VALUES_NUMERAL_H_
#define REPORTLINT_VALUES_NUMERAL_H_

#include <optional>
#include <string_view>

#include "checker/values/chinese_numeral.h"
#include "checker/values/decimal.h"
#include "checker/util/utf.h"

namespace reportlint::numerals {

// Longer digit runs are codes (ID numbers, site codes), never amounts.
inline constexpr int kMaxIntegerDigits = 15;
// A bare integer this long is a phone or mobile number (13812345678).
inline constexpr int kPhoneDigits = 11;
// Halving one unit of the last digit must stay exact (see Decimal).
inline constexpr int kMaxDecimals = Decimal::kFractionDigits - 1;

inline constexpr Decimal kOne = Decimal::FromInt(1);

// The number proper, before its scale word, unit and approximation words.
struct Numeral {
  size_t begin = 0;  // the sign, the first digit, or 百 of 百分之
  size_t end = 0;    // one past the last digit
  bool valid = true;
  Decimal value;  // as written; a Chinese numeral's own 万/亿 included
  Decimal scale = kOne;  // the 万/亿 inside a Chinese numeral (一万二千 -> 10^4)
  // One unit of the last printed digit, and whether that digit limits the
  // precision at all (fractional digits, or 万/亿 inside a Chinese numeral).
  Decimal last_digit = kOne;
  bool inexact = false;
  Decimal significant = kOne;  // one unit of the last significant digit
  int decimals = 0;
  int integer_digits = 0;  // Arabic only, separators removed
  bool separators = false;
  bool chinese = false;
  bool percent_words = false;  // 百分之…
};

// Characters around a numeral; 0 past either end of the text.
inline bool IsAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
inline bool IsAsciiAlnum(char32_t c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
inline bool IsDash(char32_t c) { return c == U'-' || c == U'~' || c == U'—' || c == U'–' || c == U'〜'; }
inline bool IsOpenQuote(char32_t c) {
  return c == U'“' || c == U'"' || c == U'「' || c == U'『' || c == U'‘';
}
inline bool IsCloseQuote(char32_t c) {
  return c == U'”' || c == U'"' || c == U'」' || c == U'』' || c == U'’';
}

inline bool IsChineseMultiplier(char32_t c) { return ChineseUnitValue(c) > 0; }

inline char32_t At(std::u32string_view text, size_t i) { return i < text.size() ? text[i] : 0; }
inline char32_t Before(std::u32string_view text, size_t i, size_t k = 1) {
  return i >= k ? text[i - k] : 0;
}
inline size_t SkipSpace(std::u32string_view text, size_t i) { return At(text, i) == U' ' ? i + 1 : i; }

// Whether an Arabic number starts at `i`: a digit, or a sign before one that
// is not inside a word.
bool StartsArabic(std::u32string_view text, size_t i);

// REQUIRES: StartsArabic(text, i). `valid` is false for runs too long to be amounts.
Numeral ReadArabic(std::u32string_view text, size_t i);

// The Chinese numeral at `i` (三, 一百零五, 两万, 五点五, 百 of 百余), or nullopt
// for a run that is a name or year (二〇一八) or ambiguous (三千五). *run_end is
// set past the run of numeral characters either way.
std::optional<Numeral> ReadChinese(std::u32string_view text, size_t i, size_t* run_end);

// 百分之九十, 百分之五点五, 百分之90, 百分之百. REQUIRES: text at i starts with
// 百分之. *skip_to is where scanning resumes.
std::optional<Numeral> ReadPercentWords(std::u32string_view text, size_t i, size_t* skip_to);

}  // namespace reportlint::numerals

#endif  // REPORTLINT_VALUES_NUMERAL_H_
