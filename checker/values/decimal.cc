#include "checker/values/decimal.h"

#include <algorithm>

namespace reportlint {
namespace {

using Raw = Decimal::Raw;

constexpr int kMaxIntegerDigits = 20;

Raw FloorDiv(Raw n, Raw d) {
  Raw q = n / d;
  if (n % d != 0 && ((n < 0) != (d < 0))) --q;
  return q;
}

Raw CeilDiv(Raw n, Raw d) {
  Raw q = n / d;
  if (n % d != 0 && ((n < 0) == (d < 0))) ++q;
  return q;
}

Raw RoundDiv(Raw n, Raw d, Decimal::Round round) {
  return round == Decimal::Round::kFloor ? FloorDiv(n, d) : CeilDiv(n, d);
}

// Decimal digits of a non-negative integer, most significant first.
std::string UnsignedDigits(Raw v) {
  if (v == 0) return "0";
  std::string s;
  while (v > 0) {
    s.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  std::reverse(s.begin(), s.end());
  return s;
}

}  // namespace

Decimal Decimal::Pow10(int exponent) {
  Raw raw = 1;
  for (int i = 0; i < exponent + kFractionDigits; ++i) raw *= 10;
  return FromRaw(raw);
}

std::optional<Decimal> Decimal::Parse(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  size_t dot = s.find('.');
  std::string_view int_part = s.substr(0, dot);
  std::string_view frac_part =
      dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  if (int_part.empty() && frac_part.empty()) return std::nullopt;
  if (dot != std::string_view::npos && (int_part.empty() || frac_part.empty())) {
    return std::nullopt;  // ".5" and "5." are not how reports print numbers
  }
  if (int_part.size() > kMaxIntegerDigits ||
      frac_part.size() > static_cast<size_t>(kFractionDigits)) {
    return std::nullopt;
  }
  Raw raw = 0;
  for (char c : int_part) {
    if (c < '0' || c > '9') return std::nullopt;
    raw = raw * 10 + (c - '0');
  }
  for (char c : frac_part) {
    if (c < '0' || c > '9') return std::nullopt;
    raw = raw * 10 + (c - '0');
  }
  for (size_t i = frac_part.size(); i < static_cast<size_t>(kFractionDigits); ++i) {
    raw *= 10;
  }
  return FromRaw(negative ? -raw : raw);
}

int Decimal::FractionDigits() const {
  Raw frac = raw_ % kOne;
  if (frac == 0) return 0;
  int digits = kFractionDigits;
  while (frac % 10 == 0) {
    frac /= 10;
    --digits;
  }
  return digits;
}

Decimal Decimal::Mul(Decimal other, Round round) const {
  // a*b/S split as (q*S + r)*b/S = q*b + r*b/S with 0 <= r < S, so that no
  // intermediate product is much larger than the result.
  Raw q = FloorDiv(raw_, kOne);
  Raw r = raw_ - q * kOne;
  return FromRaw(q * other.raw_ + RoundDiv(r * other.raw_, kOne, round));
}

std::optional<Decimal> Decimal::Div(Decimal divisor, Round round) const {
  if (divisor.raw_ == 0) return std::nullopt;
  // a*S/b split as (q*b + r)*S/b = q*S + r*S/b, where 0 <= r/b < 1.
  Raw q = FloorDiv(raw_, divisor.raw_);
  Raw r = raw_ - q * divisor.raw_;
  return FromRaw(q * kOne + RoundDiv(r * kOne, divisor.raw_, round));
}

std::string Decimal::ToString() const {
  Raw magnitude = raw_ < 0 ? -raw_ : raw_;
  std::string out = raw_ < 0 ? "-" : "";
  out += UnsignedDigits(magnitude / kOne);
  int digits = FractionDigits();
  if (digits > 0) {
    std::string frac = UnsignedDigits(magnitude % kOne);
    frac.insert(0, kFractionDigits - frac.size(), '0');
    out += '.';
    out += frac.substr(0, digits);
  }
  return out;
}

}  // namespace reportlint
