#include "checker/values/decimal.h"

#include <doctest/doctest.h>

#include "checker/values/interval.h"

namespace reportlint {
namespace {

using R = Decimal::Round;

Decimal D(const char* s) {
  std::optional<Decimal> d = Decimal::Parse(s);
  REQUIRE_MESSAGE(d.has_value(), s);
  return *d;
}

Interval I(const char* lo, const char* hi) { return {D(lo), D(hi)}; }

TEST_CASE("Decimal parses and prints minimal digits") {
  const char* kRoundTrips[] = {"0",     "100738", "8.04", "96.92",     "-3",
                               "0.005", "0.56",   "-0.5", "1401.2133", "123456789012345.123456789"};
  for (const char* s : kRoundTrips) CHECK(D(s).ToString() == s);
  CHECK(D("8.040").ToString() == "8.04");
  CHECK(D("+7").ToString() == "7");
  CHECK(D("-0").ToString() == "0");
  CHECK(D("007").ToString() == "7");
}

TEST_CASE("Decimal refuses what is not a plain decimal") {
  const char* kBad[] = {"", "-", "+", ".5", "5.", "1,234", "1.2.3", "12a", "0.1234567890",
                        "123456789012345678901"};
  for (const char* s : kBad) CHECK_MESSAGE(!Decimal::Parse(s).has_value(), s);
  CHECK(Decimal::Parse("12345678901234567890").has_value());  // twenty digits fit
}

TEST_CASE("Decimal is scaled by 10^9") {
  CHECK(D("1").raw() == Decimal::kOne);
  CHECK(D("0.000000001").raw() == 1);
  CHECK(Decimal::FromInt(-3).ToString() == "-3");
  CHECK(Decimal::Pow10(4).ToString() == "10000");
  CHECK(Decimal::Pow10(-2).ToString() == "0.01");
  CHECK(Decimal::Pow10(-9).raw() == 1);
  CHECK(D("8.04").FractionDigits() == 2);
  CHECK(D("-8.5").FractionDigits() == 1);
  CHECK(D("100").FractionDigits() == 0);
}

TEST_CASE("Decimal addition, subtraction and comparison are exact") {
  CHECK((D("0.1") + D("0.2")) == D("0.3"));
  CHECK((D("3.928") + D("1.509") + D("1.835") + D("0.678")).ToString() == "7.95");
  CHECK((D("1138") - D("1102")).ToString() == "36");
  CHECK((D("1") - D("4.5")).ToString() == "-3.5");
  CHECK((-D("2.5")).ToString() == "-2.5");
  CHECK(D("8.04") < D("8.05"));
  CHECK(D("-1") < D("0"));
  CHECK(D("96.920") == D("96.92"));
  CHECK(Min(D("2"), D("-2")) == D("-2"));
  CHECK(Max(D("2"), D("-2")) == D("2"));
}

TEST_CASE("Decimal multiplication rounds in the requested direction") {
  CHECK(D("8.04").Mul(D("10000"), R::kFloor).ToString() == "80400");
  CHECK(D("1.5").Mul(D("-2"), R::kCeil).ToString() == "-3");
  // 0.000000003 * 0.5 = 0.0000000015: not representable, so it is rounded.
  CHECK(D("0.000000003").Mul(D("0.5"), R::kFloor).raw() == 1);
  CHECK(D("0.000000003").Mul(D("0.5"), R::kCeil).raw() == 2);
  CHECK(D("-0.000000003").Mul(D("0.5"), R::kFloor).raw() == -2);
  CHECK(D("-0.000000003").Mul(D("0.5"), R::kCeil).raw() == -1);
  CHECK(D("123456789.5").Mul(D("1000000000"), R::kFloor).ToString() == "123456789500000000");
}

TEST_CASE("Decimal division rounds in the requested direction") {
  CHECK(D("13832").Div(D("14272"), R::kFloor)->ToString() == "0.969170403");
  CHECK(D("13832").Div(D("14272"), R::kCeil)->ToString() == "0.969170404");
  CHECK(D("1").Div(D("3"), R::kFloor)->ToString() == "0.333333333");
  CHECK(D("1").Div(D("3"), R::kCeil)->ToString() == "0.333333334");
  CHECK(D("-1").Div(D("3"), R::kFloor)->ToString() == "-0.333333334");
  CHECK(D("-1").Div(D("3"), R::kCeil)->ToString() == "-0.333333333");
  CHECK(D("1").Div(D("-3"), R::kFloor)->ToString() == "-0.333333334");
  CHECK(D("7.5").Div(D("2.5"), R::kFloor)->ToString() == "3");
  CHECK(D("100000000000").Div(D("0.001"), R::kCeil)->ToString() == "100000000000000");
  CHECK_FALSE(D("1").Div(D("0"), R::kFloor).has_value());
}

TEST_CASE("Interval arithmetic rounds outward") {
  Interval a = I("80350", "80450");
  Interval b = I("39275", "39285");
  CHECK(Add(a, b) == I("119625", "119735"));
  CHECK(Sub(a, b) == I("41065", "41175"));
  CHECK(Sub(a, b).Width() == D("110"));
  CHECK(Interval::Point(D("6213")).IsPoint());
  CHECK(Interval::Around(D("74.5"), D("0.05")) == I("74.45", "74.55"));
  CHECK(Mul(I("-2", "3"), I("4", "5")) == I("-10", "15"));

  // 办结率 13832 / 14272 = 96.917…%, inside the printed 96.92% = [96.915, 96.925].
  std::optional<Interval> rate = Div(Interval::Point(D("13832")), Interval::Point(D("14272")));
  REQUIRE(rate.has_value());
  CHECK(rate->ToString() == "[0.969170403,0.969170404]");
  Interval percent = Mul(*rate, Interval::Point(D("100")));
  CHECK(percent.Overlaps(I("96.915", "96.925")));
  CHECK_FALSE(percent.Overlaps(I("96.925", "96.935")));

  // [a.lo/b.hi, a.hi/b.lo] for positive intervals.
  std::optional<Interval> q = Div(I("1", "2"), I("3", "4"));
  REQUIRE(q.has_value());
  CHECK(q->ToString() == "[0.25,0.666666667]");
  CHECK(Div(I("-1", "2"), I("-4", "-2"))->ToString() == "[-1,0.5]");
}

TEST_CASE("Interval division by an interval containing zero is refused") {
  CHECK_FALSE(Div(I("1", "2"), I("0", "0")).has_value());
  CHECK_FALSE(Div(I("1", "2"), I("-1", "1")).has_value());
  CHECK_FALSE(Div(I("1", "2"), I("0", "3")).has_value());
}

TEST_CASE("Interval containment and overlap are closed") {
  Interval a = I("800", "900");
  CHECK(a.Contains(D("800")));
  CHECK(a.Contains(D("900")));
  CHECK_FALSE(a.Contains(D("900.000000001")));
  CHECK(a.Contains(I("850", "900")));
  CHECK_FALSE(a.Contains(I("850", "901")));
  CHECK(a.Overlaps(I("900", "1000")));
  CHECK_FALSE(a.Overlaps(I("900.1", "1000")));
  CHECK(a.Width() == D("100"));
}

}  // namespace
}  // namespace reportlint
