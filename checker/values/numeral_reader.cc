// Reading numerals: Arabic numbers with separators and decimals, Chinese numerals
// with their own 万/亿 and 点, and 百分之…; the printed precision of each.
#include "checker/values/numeral.h"

namespace reportlint::numerals {
namespace {

// 10^k for the largest k dividing the integer `v` (1 for 0): the unit of the
// last significant digit of an integer (800 -> 100).
Decimal TrailingZeroUnit(Decimal v) {
  Decimal::Raw n = v.raw() / Decimal::kOne;
  if (n < 0) n = -n;
  int k = 0;
  while (n != 0 && n % 10 == 0) {
    n /= 10;
    ++k;
  }
  return Decimal::Pow10(k);
}

// ',' followed by exactly three digits (1,234 / 12,345,678).
bool IsThousandsGroup(std::u32string_view text, size_t i) {
  return At(text, i) == U',' && IsAsciiDigit(At(text, i + 1)) && IsAsciiDigit(At(text, i + 2)) &&
         IsAsciiDigit(At(text, i + 3)) && !IsAsciiDigit(At(text, i + 4));
}

}  // namespace

bool StartsArabic(std::u32string_view text, size_t i) {
  char32_t c = text[i];
  if (IsAsciiDigit(c)) return true;
  bool sign = c == U'-' || c == U'−' || c == U'负';
  return sign && IsAsciiDigit(At(text, i + 1)) && !IsAsciiAlnum(Before(text, i));
}

// REQUIRES: StartsArabic(text, i).
Numeral ReadArabic(std::u32string_view text, size_t i) {
  Numeral num;
  num.begin = i;
  std::string digits;
  size_t p = i;
  if (!IsAsciiDigit(text[p])) {
    digits = "-";
    ++p;
  }
  size_t first = p;
  while (IsAsciiDigit(At(text, p))) digits += static_cast<char>(text[p++]);
  // Thousands separators only in the unambiguous shape; "1,2" and "12,345,67"
  // are lists, so a further ",digit" undoes the grouping.
  if (p - first <= 3 && text[first] != U'0' && IsThousandsGroup(text, p)) {
    std::string grouped = digits;
    size_t q = p;
    for (; IsThousandsGroup(text, q); q += 4) {
      for (size_t k = 1; k <= 3; ++k) grouped += static_cast<char>(text[q + k]);
    }
    if (!(At(text, q) == U',' && IsAsciiDigit(At(text, q + 1)))) {
      digits = grouped;
      p = q;
      num.separators = true;
    }
  }
  num.integer_digits = static_cast<int>(digits.size()) - (digits[0] == '-' ? 1 : 0);
  if (At(text, p) == U'.' && IsAsciiDigit(At(text, p + 1))) {
    digits += '.';
    for (++p; IsAsciiDigit(At(text, p)); ++p) {
      digits += static_cast<char>(text[p]);
      ++num.decimals;
    }
  }
  num.end = p;
  std::optional<Decimal> value = Decimal::Parse(digits);
  if (!value || num.integer_digits > kMaxIntegerDigits || num.decimals > kMaxDecimals) {
    num.valid = false;
    return num;
  }
  num.value = *value;
  num.last_digit = Decimal::Pow10(-num.decimals);
  num.inexact = num.decimals > 0;
  num.significant = num.decimals > 0 ? num.last_digit : TrailingZeroUnit(num.value);
  return num;
}

std::optional<Numeral> ReadChinese(std::u32string_view text, size_t i, size_t* run_end) {
  size_t p = i;
  while (IsChineseDigit(At(text, p))) ++p;
  *run_end = p;
  std::u32string_view run = text.substr(i, p - i);
  bool multiplier = false;
  for (char32_t c : run) multiplier = multiplier || IsChineseMultiplier(c);
  // A numeral starts with a digit or 十 (百姓, 万一 are words), except a bare
  // 百 千 万 counted approximately: 百余人, 千余份, 万余元.
  bool bare_power = run.size() == 1 && (At(text, p) == U'余' || At(text, p) == U'多');
  if (ChineseDigitValue(run[0]) < 0 && run[0] != U'十' && !bare_power) return std::nullopt;
  if (run.size() > 1 && (!multiplier || ChineseDigitValue(run[0]) == 0)) {
    return std::nullopt;  // 二〇一八, 一一, 零五: names and years, not counts
  }
  // 三千五 is shorthand for 3500 but would read as 3005; reports do not write
  // counts that way, so refuse rather than guess.
  if (run.size() >= 2 && ChineseDigitValue(run.back()) > 0 &&
      IsChineseMultiplier(run[run.size() - 2]) && run[run.size() - 2] != U'十') {
    return std::nullopt;
  }
  std::optional<long long> v;
  if (run == U"万") {
    v = 10000;
  } else if (run == U"亿") {
    v = 100000000;
  } else {
    v = ParseChineseNumeral(run);
  }
  if (!v) return std::nullopt;

  Numeral num;
  num.begin = i;
  num.chinese = true;
  num.value = Decimal::FromInt(*v);
  Decimal inner_scale = kOne;
  if (run.find(U'亿') != std::u32string_view::npos) {
    inner_scale = Decimal::Pow10(8);
  } else if (run.find(U'万') != std::u32string_view::npos) {
    inner_scale = Decimal::Pow10(4);
  }
  // 五点五: digits after 点 are read one by one.
  if (At(text, p) == U'点' && ChineseDigitValue(At(text, p + 1)) >= 0 && At(text, p + 1) != U'两' &&
      inner_scale == kOne) {
    Decimal::Raw frac = 0;
    for (++p; ChineseDigitValue(At(text, p)) >= 0 && text[p] != U'两'; ++p) {
      frac = frac * 10 + ChineseDigitValue(text[p]);
      ++num.decimals;
    }
    if (num.decimals > kMaxDecimals) return std::nullopt;
    num.last_digit = Decimal::Pow10(-num.decimals);
    num.value += Decimal::FromRaw(frac * num.last_digit.raw());
    num.inexact = true;
    num.significant = num.last_digit;
  } else {
    num.significant = TrailingZeroUnit(num.value);
    if (inner_scale != kOne) {
      // 五万 and 一万二千 are rounded like 5万 and 1.2万.
      num.scale = inner_scale;
      num.inexact = true;
      num.last_digit = Min(num.significant, inner_scale);
    }
  }
  num.end = p;
  *run_end = p;
  return num;
}

std::optional<Numeral> ReadPercentWords(std::u32string_view text, size_t i, size_t* skip_to) {
  size_t p = i + 3;
  *skip_to = p;
  std::optional<Numeral> num;
  if (IsAsciiDigit(At(text, p))) {
    num = ReadArabic(text, p);
    *skip_to = num->end;
    if (!num->valid) return std::nullopt;
  } else if (At(text, p) == U'百' && ChineseDigitValue(At(text, p + 1)) < 0 &&
             !IsChineseMultiplier(At(text, p + 1))) {
    num = Numeral();
    num->value = Decimal::FromInt(100);
    num->end = p + 1;
    num->chinese = true;
  } else {
    num = ReadChinese(text, p, skip_to);
    if (!num) return std::nullopt;
    num->scale = kOne;  // 百分之 takes no scale words
  }
  num->begin = i;
  num->percent_words = true;
  return num;
}

}  // namespace reportlint::numerals
