#include "checker/values/not_quantity.h"

#include "checker/values/unit_table.h"
#include "checker/util/sentences.h"

namespace reportlint::numerals {
namespace {

// 20190313 or 2019313 (as signatures sometimes write 2019年3月13日).
bool IsCompactDate(const Numeral& num) {
  if (num.decimals > 0 || num.separators || num.value.IsNegative() ||
      (num.integer_digits != 7 && num.integer_digits != 8)) {
    return false;
  }
  long long v = static_cast<long long>(num.value.raw() / Decimal::kOne);
  long long rest_size = num.integer_digits == 8 ? 10000 : 1000;
  long long year = v / rest_size;
  long long rest = v % rest_size;
  if (year < 1990 || year > 2099) return false;
  auto valid = [](long long month, long long day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  };
  if (num.integer_digits == 8) return valid(rest / 100, rest % 100);
  return valid(rest / 100, rest % 100) || valid(rest / 10, rest % 10);  // 3|13 or 12|5
}

}  // namespace

// Digits that belong to something other than a quantity, judged from the
// characters right around them.
bool IsCodeOrMarker(std::u32string_view text, const Numeral& num) {
  size_t b = num.begin;
  size_t e = num.end;
  char32_t prev = Before(text, b);
  char32_t prev2 = Before(text, b, 2);
  char32_t next = At(text, e);
  char32_t next2 = At(text, e + 1);
  // URLs, e-mail addresses, identifiers: www.828365.com, @163.com, IPv6.
  if (IsAsciiLetter(prev) || prev == U'@' || prev == U'_' || prev == U'/' || prev == U'\\' ||
      prev == U'#' || prev == U'=' || prev == U'&') {
    return true;
  }
  if (prev == U'.' && IsAsciiAlnum(prev2)) return true;
  if (IsAsciiLetter(next) || next == U'@' || next == U'_') return true;
  if (next == U'.' && IsAsciiAlnum(next2)) return true;  // 163.com, 2019.3.13
  // Ranges, dates, times, phone numbers: 1-3月, 2019-03-19, 16:07, 0716-8278407.
  if ((IsDash(prev) || prev == U':' || prev == U'/') && IsAsciiDigit(prev2)) return true;
  if ((IsDash(next) || next == U':' || next == U'/') && IsAsciiDigit(next2)) return true;
  // Years of document numbers: 〔2017〕46号, [2015]12号, 国发〔201746号.
  if (prev == U'〔' || prev == U'[' || prev == U'【' || next == U'〕' || next == U']' ||
      next == U'】') {
    return true;
  }
  // Leading zeros make codes: 0716, 048400, 05028271.
  size_t first = IsAsciiDigit(text[b]) ? b : b + 1;
  if (num.integer_digits >= 2 && text[first] == U'0' && !num.separators) return true;
  // Ordinals: 第3号.
  if (prev == U'第' || (prev == U' ' && prev2 == U'第')) return true;
  // Markers and names: (1) (0356) “1159” “2912345”.
  if (prev == U'(' && next == U')') return true;
  if (IsOpenQuote(prev) && IsCloseQuote(next)) return true;
  // List markers: "1." "1、" "1)" at the start of a line or after a colon.
  if (next == U'、' || next == U'.' || next == U')') {
    size_t j = b;
    while (j > 0 && text[j - 1] == U' ') --j;
    char32_t before = Before(text, j);
    if (before == 0 || before == U':' || IsClauseEnd(before)) return true;
  }
  return false;
}

// Years, months, days and clock times written with Arabic digits, also when
// scraped text spaces them out (2012 年 1 月 1 日).
bool IsCalendar(std::u32string_view text, const Numeral& num) {
  if (num.decimals > 0 || num.separators) return false;
  char32_t prev = Before(text, num.begin);
  if (prev == U' ') prev = Before(text, num.begin, 2);
  char32_t next = At(text, SkipSpace(text, num.end));
  if (next == U'年' && num.integer_digits == 4) return true;  // 2015年, 2018年度
  if (next == U'月') return true;                              // 12月 (3个月 is a unit)
  if ((next == U'日' || next == U'号') && prev == U'月') return true;  // 1月1日
  if (next == U'时') return true;                              // 16时 (3小时 is a unit)
  if (next == U'分' && prev == U'时') return true;             // 16时07分
  return false;
}

// A number without unit, scale or approximation that is a code of some kind.
bool IsBareCode(std::u32string_view text, const Numeral& num) {
  if (IsNonQuantitySuffix(At(text, num.end))) return true;  // 262号, 315室
  if (num.decimals > 0) return false;
  if (num.integer_digits >= kPhoneDigits || IsCompactDate(num)) return true;
  // 电话:(0356)5221890, 邮编:434000, 网站标识码:4210000002, 拨打12345.
  size_t j = num.begin;
  while (j > 0 && num.begin - j < 12) {
    char32_t c = text[j - 1];
    if (!(IsAsciiDigit(c) || IsDash(c) || c == U':' || c == U'(' || c == U')' || c == U' ' ||
          c == U'+')) {
      break;
    }
    --j;
  }
  if (EndsWithCodeKeyword(text, j)) return true;
  return HotlineWordFollows(text, num.end);  // 12345市长热线
}

}  // namespace reportlint::numerals
