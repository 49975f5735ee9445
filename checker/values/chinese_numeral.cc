#include "checker/values/chinese_numeral.h"

namespace reportlint {

int ChineseDigitValue(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

long long ChineseUnitValue(char32_t c) {
  switch (c) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    case U'万': return 10000;
    case U'亿': return 100000000;
    default: return 0;
  }
}

bool IsChineseDigit(char32_t c) { return ChineseDigitValue(c) >= 0 || ChineseUnitValue(c) > 0; }

bool IsChineseOrdinalChar(char32_t c) {
  return c == U'十' || (ChineseDigitValue(c) > 0 && c != U'两');
}

std::u32string WriteChineseOrdinal(int n) {
  static constexpr std::u32string_view kDigit = U"零一二三四五六七八九";
  if (n <= 0 || n >= 100) {
    std::string digits = std::to_string(n);
    return std::u32string(digits.begin(), digits.end());
  }
  std::u32string s;
  if (n >= 10) {
    if (n >= 20) s.push_back(kDigit[n / 10]);
    s.push_back(U'十');
    if (n % 10) s.push_back(kDigit[n % 10]);
    return s;
  }
  s.push_back(kDigit[n]);
  return s;
}

std::optional<long long> ParseChineseNumeral(std::u32string_view s) {
  if (s.empty()) return std::nullopt;
  bool has_unit = false;
  for (char32_t c : s) {
    if (!IsChineseDigit(c)) return std::nullopt;
    if (ChineseUnitValue(c) > 0) has_unit = true;
  }
  if (!has_unit) {  // "二〇一八": positional digits
    long long v = 0;
    for (char32_t c : s) v = v * 10 + ChineseDigitValue(c);
    return v;
  }
  // section: value below 万 being built; total: completed 万/亿 groups.
  long long total = 0, section = 0, digit = -1;
  long long last_small_unit = 100000;  // units within a section must decrease
  for (char32_t c : s) {
    int d = ChineseDigitValue(c);
    if (d >= 0) {
      if (digit > 0) return std::nullopt;  // "三三"
      digit = d;
      continue;
    }
    long long u = ChineseUnitValue(c);
    if (u >= 10000) {
      section += digit > 0 ? digit : 0;
      if (section == 0 && total == 0) return std::nullopt;
      // 万 scales only the section before it (三亿五千万 = 3亿 + 5000万);
      // 亿 scales everything before it.
      total = u == 10000 ? total + section * u : (total + section) * u;
      section = 0;
      digit = -1;
      last_small_unit = 100000;
      continue;
    }
    if (u >= last_small_unit) return std::nullopt;  // "十十", "十百"
    last_small_unit = u;
    section += (digit < 0 ? 1 : digit) * u;  // "十二": a bare 十 means 一十
    if (digit == 0) return std::nullopt;
    digit = -1;
  }
  if (digit > 0) section += digit;
  return total + section;
}

std::optional<long long> ParseCount(std::u32string_view s) {
  if (s.empty()) return std::nullopt;
  bool all_digits = true;
  for (char32_t c : s) all_digits = all_digits && c >= U'0' && c <= U'9';
  if (!all_digits) return ParseChineseNumeral(s);
  if (s.size() > 15) return std::nullopt;
  long long v = 0;
  for (char32_t c : s) v = v * 10 + (c - U'0');
  return v;
}

}  // namespace reportlint
