#include "checker/values/quantity_assembly.h"

namespace reportlint::numerals {
namespace {

Approx Combine(Approx a, Approx b) {
  if (a == Approx::kExact) return b;
  if (b == Approx::kExact || a == b) return a;
  return Approx::kAbout;  // 近400余: the two sides contradict each other
}

}  // namespace

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

Quantity BuildQuantity(std::u32string_view text, const Numeral& num, const Suffix& s, size_t floor) {
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

}  // namespace reportlint::numerals
