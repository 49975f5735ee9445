// Chinese numerals as written in reports: 三, 十二, 二十三, 一百零五, 两千, 〇.
// Used for heading markers, declared part counts and quantities.
#ifndef REPORTLINT_VALUES_CHINESE_NUMERAL_H_
#define REPORTLINT_VALUES_CHINESE_NUMERAL_H_

#include <optional>
#include <string_view>

namespace reportlint {

bool IsChineseDigit(char32_t c);  // 〇零一二两三四五六七八九十百千万亿

// The value of a whole Chinese numeral, or nullopt if `s` is not one
// (also for malformed ones like "十十"). Digits-only forms ("二〇一八") are
// read digit by digit.
std::optional<long long> ParseChineseNumeral(std::u32string_view s);

// Value of `s` when it is either Arabic digits or a Chinese numeral.
std::optional<long long> ParseCount(std::u32string_view s);

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_CHINESE_NUMERAL_H_
