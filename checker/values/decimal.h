// Exact fixed-point decimal numbers for the quantities printed in a report.
// No floating point: printed precision is the tolerance, so rounding must be explicit.
#ifndef REPORTLINT_VALUES_DECIMAL_H_
#define REPORTLINT_VALUES_DECIMAL_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace reportlint {

// A Decimal is a signed 128-bit integer `raw` standing for raw / 10^9: nine
// fractional digits, about 1.7e29 in magnitude. Reports print at most four
// fractional digits (1401.2133万元) and even a 亿元 amount in 元 needs only
// twelve integer digits, so the range is never the limit in practice; the
// parser refuses anything outside it instead of wrapping around.
//
// Addition, subtraction and comparison are exact. Multiplication and division
// can produce more than nine fractional digits, so they take the rounding
// direction: interval arithmetic rounds lower bounds down and upper bounds up,
// which keeps every computed interval a superset of the true one.
class Decimal {
 public:
  __extension__ typedef __int128 Raw;

  static constexpr int kFractionDigits = 9;
  static constexpr Raw kOne = 1000000000;  // raw value of 1

  enum class Round { kFloor, kCeil };

  constexpr Decimal() = default;  // zero

  static constexpr Decimal FromRaw(Raw raw) {
    Decimal d;
    d.raw_ = raw;
    return d;
  }
  static constexpr Decimal FromInt(long long v) { return FromRaw(Raw{v} * kOne); }

  // 10^exponent. REQUIRES: -kFractionDigits <= exponent <= 28.
  static Decimal Pow10(int exponent);

  // Parses "[+-]digits[.digits]" ("1234.5678", "-3", "0.56"). Returns nullopt
  // for anything else, for more than nine fractional digits and for more than
  // twenty integer digits. No thousands separators: the scanner strips them.
  static std::optional<Decimal> Parse(std::string_view s);

  constexpr Raw raw() const { return raw_; }
  constexpr bool IsZero() const { return raw_ == 0; }
  constexpr bool IsNegative() const { return raw_ < 0; }

  // Fractional digits needed to print the value exactly (0 for integers).
  int FractionDigits() const;

  constexpr Decimal operator-() const { return FromRaw(-raw_); }
  friend constexpr Decimal operator+(Decimal a, Decimal b) {
    return FromRaw(a.raw_ + b.raw_);
  }
  friend constexpr Decimal operator-(Decimal a, Decimal b) {
    return FromRaw(a.raw_ - b.raw_);
  }
  Decimal& operator+=(Decimal o) { raw_ += o.raw_; return *this; }
  Decimal& operator-=(Decimal o) { raw_ -= o.raw_; return *this; }

  friend constexpr bool operator==(Decimal a, Decimal b) { return a.raw_ == b.raw_; }
  friend constexpr std::strong_ordering operator<=>(Decimal a, Decimal b) {
    return a.raw_ < b.raw_   ? std::strong_ordering::less
           : a.raw_ > b.raw_ ? std::strong_ordering::greater
                             : std::strong_ordering::equal;
  }

  // this * other, rounded to nine fractional digits in direction `round`.
  // REQUIRES: the magnitude of the result is below 10^20.
  Decimal Mul(Decimal other, Round round) const;

  // this / divisor rounded in direction `round`; nullopt when divisor is zero.
  // REQUIRES: the magnitude of the result is below 10^20.
  std::optional<Decimal> Div(Decimal divisor, Round round) const;

  // Minimal decimal notation: "100738", "8.04", "96.92", "-3", "0.005".
  std::string ToString() const;

 private:
  Raw raw_ = 0;
};

inline Decimal Min(Decimal a, Decimal b) { return a < b ? a : b; }
inline Decimal Max(Decimal a, Decimal b) { return a < b ? b : a; }

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_DECIMAL_H_
