// Closed intervals of Decimals: what a printed number can mean, and arithmetic on them.
// Consistency rules compare intervals (as XBRL Calculations 1.1 does), never a fixed epsilon.
#ifndef REPORTLINT_VALUES_INTERVAL_H_
#define REPORTLINT_VALUES_INTERVAL_H_

#include <optional>
#include <string>

#include "checker/values/decimal.h"

namespace reportlint {

// The closed interval [lo, hi]. Invariant: lo <= hi. Half-open ranges such as
// "800多" = [800, 900) are stored closed: a checker that treats 900 as
// possible only becomes more lenient, never reports a false inconsistency.
//
// Every operation rounds outward (lower bounds down, upper bounds up), so the
// result always contains every value the operands could combine to.
struct Interval {
  Decimal lo;
  Decimal hi;

  static Interval Point(Decimal v) { return {v, v}; }
  // [center - radius, center + radius]. REQUIRES: radius >= 0.
  static Interval Around(Decimal center, Decimal radius) {
    return {center - radius, center + radius};
  }

  Decimal Width() const { return hi - lo; }
  bool IsPoint() const { return lo == hi; }
  bool Contains(Decimal v) const { return lo <= v && v <= hi; }
  bool Contains(const Interval& o) const { return lo <= o.lo && o.hi <= hi; }
  bool Overlaps(const Interval& o) const { return lo <= o.hi && o.lo <= hi; }

  // "[80350,80450]".
  std::string ToString() const {
    return "[" + lo.ToString() + "," + hi.ToString() + "]";
  }

  friend bool operator==(const Interval& a, const Interval& b) {
    return a.lo == b.lo && a.hi == b.hi;
  }
};

inline Interval Add(const Interval& a, const Interval& b) {
  return {a.lo + b.lo, a.hi + b.hi};
}

inline Interval Sub(const Interval& a, const Interval& b) {
  return {a.lo - b.hi, a.hi - b.lo};
}

// The hull of the four corner products, each rounded outward.
inline Interval Mul(const Interval& a, const Interval& b) {
  using R = Decimal::Round;
  const Decimal xs[2] = {a.lo, a.hi};
  const Decimal ys[2] = {b.lo, b.hi};
  Interval out = {a.lo.Mul(b.lo, R::kFloor), a.lo.Mul(b.lo, R::kCeil)};
  for (Decimal x : xs) {
    for (Decimal y : ys) {
      out.lo = Min(out.lo, x.Mul(y, R::kFloor));
      out.hi = Max(out.hi, x.Mul(y, R::kCeil));
    }
  }
  return out;
}

// a / b as the hull of the four corner quotients, rounded outward; for
// positive operands that is [a.lo/b.hi, a.hi/b.lo]. Returns nullopt when b
// contains zero: the ratio is then unbounded and nothing can be checked.
inline std::optional<Interval> Div(const Interval& a, const Interval& b) {
  if (b.Contains(Decimal())) return std::nullopt;
  using R = Decimal::Round;
  const Decimal xs[2] = {a.lo, a.hi};
  const Decimal ys[2] = {b.lo, b.hi};
  Interval out = {*a.lo.Div(b.lo, R::kFloor), *a.lo.Div(b.lo, R::kCeil)};
  for (Decimal x : xs) {
    for (Decimal y : ys) {
      out.lo = Min(out.lo, *x.Div(y, R::kFloor));
      out.hi = Max(out.hi, *x.Div(y, R::kCeil));
    }
  }
  return out;
}

// numerator / denominator × 100, or nullopt when the denominator may be 0.
inline std::optional<Interval> Percent(const Interval& numerator, const Interval& denominator) {
  auto r = Div(numerator, denominator);
  if (!r) return std::nullopt;
  return Mul(*r, Interval::Point(Decimal::FromInt(100)));
}

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_INTERVAL_H_
