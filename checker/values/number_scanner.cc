#include "checker/values/number_scanner.h"

#include <optional>
#include <string>

#include "checker/values/chinese_numeral.h"
#include "checker/values/unit_table.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Longer digit runs are codes (ID numbers, site codes), never amounts.
constexpr int kMaxIntegerDigits = 15;
// A bare integer this long is a phone or mobile number (13812345678).
constexpr int kPhoneDigits = 11;
// Halving one unit of the last digit must stay exact (see Decimal).
constexpr int kMaxDecimals = Decimal::kFractionDigits - 1;

constexpr Decimal kOne = Decimal::FromInt(1);

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

// What follows the number.
struct Suffix {
  Decimal scale = kOne;  // 万 亿 千 … written after an Arabic number
  const UnitWord* unit = nullptr;
  Approx approx = Approx::kExact;  // 余 多 and 左右 以上 以下 …
  size_t end = 0;
};

bool IsAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool IsAsciiAlnum(char32_t c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
bool IsDash(char32_t c) { return c == U'-' || c == U'~' || c == U'—' || c == U'–' || c == U'〜'; }
bool IsOpenQuote(char32_t c) {
  return c == U'“' || c == U'"' || c == U'「' || c == U'『' || c == U'‘';
}
bool IsCloseQuote(char32_t c) {
  return c == U'”' || c == U'"' || c == U'」' || c == U'』' || c == U'’';
}

int ChineseDigit(char32_t c) {
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

bool IsChineseMultiplier(char32_t c) {
  return c == U'十' || c == U'百' || c == U'千' || c == U'万' || c == U'亿';
}

char32_t At(std::u32string_view text, size_t i) { return i < text.size() ? text[i] : 0; }
char32_t Before(std::u32string_view text, size_t i, size_t k = 1) {
  return i >= k ? text[i - k] : 0;
}
size_t SkipSpace(std::u32string_view text, size_t i) { return At(text, i) == U' ' ? i + 1 : i; }

Approx Combine(Approx a, Approx b) {
  if (a == Approx::kExact) return b;
  if (b == Approx::kExact || a == b) return a;
  return Approx::kAbout;  // 近400余: the two sides contradict each other
}

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
    if (before == 0 || before == U'\n' || before == U':' || before == U';' ||
        before == U'。' || before == U'!' || before == U'?') {
      return true;
    }
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

std::optional<Numeral> ReadChinese(std::u32string_view text, size_t i, size_t* run_end) {
  size_t p = i;
  while (ChineseDigit(At(text, p)) >= 0 || IsChineseMultiplier(At(text, p))) ++p;
  *run_end = p;
  std::u32string_view run = text.substr(i, p - i);
  bool multiplier = false;
  for (char32_t c : run) multiplier = multiplier || IsChineseMultiplier(c);
  // A numeral starts with a digit or 十 (百姓, 万一 are words), except a bare
  // 百 千 万 counted approximately: 百余人, 千余份, 万余元.
  bool bare_power = run.size() == 1 && (At(text, p) == U'余' || At(text, p) == U'多');
  if (ChineseDigit(run[0]) < 0 && run[0] != U'十' && !bare_power) return std::nullopt;
  if (run.size() > 1 && (!multiplier || ChineseDigit(run[0]) == 0)) {
    return std::nullopt;  // 二〇一八, 一一, 零五: names and years, not counts
  }
  // 三千五 is shorthand for 3500 but would read as 3005; reports do not write
  // counts that way, so refuse rather than guess.
  if (run.size() >= 2 && ChineseDigit(run.back()) > 0 &&
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
  if (At(text, p) == U'点' && ChineseDigit(At(text, p + 1)) >= 0 && At(text, p + 1) != U'两' &&
      inner_scale == kOne) {
    Decimal::Raw frac = 0;
    for (++p; ChineseDigit(At(text, p)) >= 0 && text[p] != U'两'; ++p) {
      frac = frac * 10 + ChineseDigit(text[p]);
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

// 百分之九十, 百分之五点五, 百分之90, 百分之百. REQUIRES: text at i starts with 百分之.
std::optional<Numeral> ReadPercentWords(std::u32string_view text, size_t i, size_t* skip_to) {
  size_t p = i + 3;
  *skip_to = p;
  std::optional<Numeral> num;
  if (IsAsciiDigit(At(text, p))) {
    num = ReadArabic(text, p);
    *skip_to = num->end;
    if (!num->valid) return std::nullopt;
  } else if (At(text, p) == U'百' && ChineseDigit(At(text, p + 1)) < 0 &&
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

Suffix ReadSuffix(std::u32string_view text, const Numeral& num) {
  auto unit_at = [&](size_t q) -> const UnitWord* {
    if (num.percent_words) return nullptr;
    const UnitWord* u = MatchUnit(text, q);
    return u != nullptr && num.chinese && !u->after_chinese ? nullptr : u;
  };
  // An Arabic number takes a scale word; a Chinese one has its own 万/亿
  // unless it has a fractional part (五点五万).
  bool scalable = !num.percent_words && (!num.chinese || num.decimals > 0);
  auto scale_at = [&](size_t q) -> const ScaleWord* {
    return scalable && unit_at(q) == nullptr ? MatchScale(text, q) : nullptr;
  };
  // 余 or 多 as an approximation: followed by a unit, a scale word or no
  // more words (800多条, 10余万元, 达100余,).
  auto more_at = [&](size_t q) {
    char32_t c = At(text, q);
    if (c != U'余' && c != U'多') return false;
    return unit_at(SkipSpace(text, q + 1)) != nullptr || scale_at(q + 1) != nullptr ||
           !IsCjkIdeograph(At(text, q + 1));
  };

  Suffix s;
  size_t p = num.end;
  const UnitWord* unit = unit_at(SkipSpace(text, p));
  if (unit == nullptr) {
    if (At(text, p) == U' ' && (scale_at(p + 1) != nullptr || more_at(p + 1))) ++p;
    if (more_at(p)) {
      s.approx = Approx::kAtLeast;
      ++p;
    }
    if (const ScaleWord* w = scale_at(p)) {
      s.scale = Decimal::Pow10(w->exponent);
      p += w->written.size();
      if (s.approx == Approx::kExact && more_at(p)) {  // 1.2万余元
        s.approx = Approx::kAtLeast;
        ++p;
      }
    }
    unit = unit_at(SkipSpace(text, p));
  }
  if (unit != nullptr) p = SkipSpace(text, p) + unit->written.size();
  s.unit = unit;
  if (const ApproxWord* w = ApproxWordAfter(text, p)) {  // 90%以上, 30人左右
    s.approx = Combine(s.approx, w->approx);
    p += w->written.size();
  } else if (unit != nullptr && unit->duration && (At(text, p) == U'多' || At(text, p) == U'余')) {
    s.approx = Combine(s.approx, Approx::kAtLeast);  // 一年多
    ++p;
  }
  s.end = p;
  return s;
}

// Assembles the quantity; `floor` is where the previous quantity ended, so
// that an approximation word is never claimed twice.
Quantity Build(std::u32string_view text, const Numeral& num, const Suffix& s, size_t floor) {
  Quantity q;
  q.begin = num.begin;
  q.end = s.end;
  Approx approx = s.approx;
  size_t at = num.begin;
  const ApproxWord* before = ApproxWordBefore(text, at);
  if (before == nullptr && Before(text, at) == U' ') before = ApproxWordBefore(text, --at);
  // 近3年 is "the last three years".
  if (before != nullptr && before->written == U"近" && s.unit != nullptr && s.unit->duration) {
    before = nullptr;
  }
  if (before != nullptr && at - before->written.size() >= floor) {
    q.begin = at - before->written.size();
    approx = Combine(before->approx, approx);
  }
  q.approx = approx;

  q.printed = num.value.Mul(s.scale, Decimal::Round::kFloor);  // exact: a power of ten
  q.scale = s.scale != kOne ? s.scale : num.scale;
  q.decimals = num.decimals;
  q.chinese_numeral = num.chinese;
  Decimal significant = num.significant.Mul(s.scale, Decimal::Round::kFloor);
  // A percentage is a quotient rounded where it was printed, even a whole one.
  bool percent = num.percent_words || (s.unit != nullptr && s.unit->base == U"%");
  switch (approx) {
    case Approx::kExact:
      if (num.inexact || s.scale != kOne || percent) {
        Decimal last = num.last_digit.Mul(s.scale, Decimal::Round::kFloor);
        Decimal half = *last.Div(Decimal::FromInt(2), Decimal::Round::kCeil);
        q.value = Interval::Around(q.printed, half);
      } else {
        q.value = Interval::Point(q.printed);
      }
      break;
    case Approx::kAtLeast:
      q.value = {q.printed, q.printed + significant};
      break;
    case Approx::kAtMost:
      q.value = {q.printed - significant, q.printed};
      break;
    case Approx::kAbout:
      q.value = Interval::Around(q.printed, significant);
      break;
  }

  if (s.unit != nullptr) {
    q.unit = s.unit->base;
    q.unit_class = s.unit->unit_class;
  } else if (num.percent_words) {
    q.unit = U"%";
    q.unit_class = UnitClass::kPercent;
  }
  q.percent = percent;
  return q;
}

std::optional<Quantity> ScanArabic(std::u32string_view text, size_t i, size_t floor,
                                   size_t* next) {
  Numeral num = ReadArabic(text, i);
  *next = num.end;
  if (!num.valid || IsCodeOrMarker(text, num) || IsCalendar(text, num)) return std::nullopt;
  Suffix s = ReadSuffix(text, num);
  bool bare = s.unit == nullptr && s.scale == kOne && s.approx == Approx::kExact;
  if (bare && IsBareCode(text, num)) return std::nullopt;
  return Build(text, num, s, floor);
}

std::optional<Quantity> ScanChinese(std::u32string_view text, size_t i, size_t floor,
                                    size_t* next) {
  std::optional<Numeral> num = ReadChinese(text, i, next);
  if (!num) return std::nullopt;
  char32_t prev = Before(text, i);
  if (BlocksChineseNumeral(prev) || StartsNumeralWord(text, i)) return std::nullopt;
  Suffix s = ReadSuffix(text, *num);
  if (s.unit == nullptr) return std::nullopt;  // 一是, 十九大, 三公经费, (一)
  if (s.unit->base == U"日" && prev == U'月') return std::nullopt;  // 三月十日
  return Build(text, *num, s, floor);
}

std::optional<Quantity> ScanPercentWords(std::u32string_view text, size_t i, size_t floor,
                                         size_t* next) {
  std::optional<Numeral> num = ReadPercentWords(text, i, next);
  if (!num) return std::nullopt;
  return Build(text, *num, ReadSuffix(text, *num), floor);
}

}  // namespace

std::vector<Quantity> ScanQuantities(std::u32string_view text) {
  std::vector<Quantity> out;
  size_t floor = 0;  // end of the last quantity
  size_t i = 0;
  while (i < text.size()) {
    size_t next = i + 1;
    std::optional<Quantity> q;
    if (text.substr(i).starts_with(U"百分之")) {
      q = ScanPercentWords(text, i, floor, &next);
    } else if (StartsArabic(text, i)) {
      q = ScanArabic(text, i, floor, &next);
    } else if (ChineseDigit(text[i]) >= 0 || IsChineseMultiplier(text[i])) {
      q = ScanChinese(text, i, floor, &next);
    }
    if (q) {
      next = q->end;
      floor = q->end;
      out.push_back(std::move(*q));
    }
    i = next > i ? next : i + 1;
  }
  return out;
}

}  // namespace reportlint
