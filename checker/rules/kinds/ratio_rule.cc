#include "checker/rules/kinds/ratio_rule.h"

#include <algorithm>

namespace reportlint {
namespace {

const Interval kHundred = Interval::Point(Decimal::FromInt(100));

// The middle of an interval, rounded to two decimals, for messages.
nlohmann::ordered_json Midpoint(const Interval& i) {
  Decimal mid = *(i.lo + i.hi).Div(Decimal::FromInt(2), Decimal::Round::kFloor);
  Decimal cents = Decimal::FromInt(100);
  auto scaled = mid.Mul(cents, Decimal::Round::kFloor) + Decimal::FromRaw(Decimal::kOne / 2);
  Decimal whole = Decimal::FromInt(static_cast<long long>(scaled.raw() / Decimal::kOne));
  return ScaledNumber(whole, cents);
}

}  // namespace

void RatioRule::Configure(ParamReader& params) {
  std::string check = params.Choice("check", {"share", "share-sum", "rate"}, "share");
  check_ = check == "share-sum" ? CheckType::kShareSum
           : check == "rate"    ? CheckType::kRate
                                : CheckType::kShare;
  tolerance_ = ReadTolerance(params);
  std::vector<std::string> keys =
      check_ == CheckType::kRate
          ? std::vector<std::string>{"rate_links"}
          : std::vector<std::string>{"part_openers", "exhaustive_openers", "remainder_words",
                                     "share_words"};
  RelationLexicon lexicon;
  if (ReadLexicon(params, keys, &lexicon)) lexicon_ = lexicon;
}

std::vector<std::string> RatioRule::EvidenceKeys() const {
  switch (check_) {
    case CheckType::kShare:
    case CheckType::kRate:
      return {"numerator", "denominator", "stated_percent", "computed_percent", "unit"};
    case CheckType::kShareSum: return {"stated_sum", "shares", "tolerance"};
  }
  return {};
}

void RatioRule::Check(const Analysis& a, RuleReporter& out) const {
  std::vector<Relation> own;
  for (const Relation& r : RelationsFor(a, lexicon_, &own)) {
    if (r.kind == RelationKind::kTotalParts && check_ == CheckType::kShare) CheckShares(a, r, out);
    if (r.kind == RelationKind::kTotalParts && check_ == CheckType::kShareSum) {
      CheckShareSum(a, r, out);
    }
    if (r.kind == RelationKind::kRate && check_ == CheckType::kRate) CheckRate(a, r, out);
  }
}

void RatioRule::CheckShares(const Analysis& a, const Relation& r, RuleReporter& out) const {
  const Quantity& total = a.quantities[r.total];
  Interval stated_total = ValueOf(total, tolerance_);
  // When the total disagrees with its parts (the sum check's finding), a share
  // that fits the parts' sum is not a second problem.
  bool whole = r.coverage != Coverage::kPartial;
  Interval sum = SumOfParts(a, r.parts, tolerance_);
  bool sum_disagrees = whole && !stated_total.Overlaps(sum);
  for (const Part& p : r.parts) {
    if (p.share < 0) continue;
    const Quantity& part = a.quantities[p.quantity];
    const Quantity& share = a.quantities[p.share];
    auto computed = Percent(ValueOf(part, tolerance_), stated_total);
    if (!computed || computed->Overlaps(ValueOf(share, tolerance_))) continue;
    if (sum_disagrees) {
      auto against_sum = Percent(ValueOf(part, tolerance_), sum);
      if (against_sum && against_sum->Overlaps(ValueOf(share, tolerance_))) continue;
    }
    nlohmann::ordered_json ev;
    ev["numerator"] = QuantityJson(a, p.quantity, total.scale);
    ev["denominator"] = QuantityJson(a, r.total, total.scale);
    ev["stated_percent"] = ScaledNumber(share.printed, Decimal::FromInt(1));
    ev["computed_percent"] = Midpoint(*computed);
    ev["unit"] = PrintedUnit(total);
    out.Report(share.begin, share.end, ev);
  }
}

void RatioRule::CheckShareSum(const Analysis& a, const Relation& r, RuleReporter& out) const {
  std::vector<const Part*> shared;
  for (const Part& p : r.parts) {
    if (p.share >= 0) shared.push_back(&p);
  }
  if (shared.size() < 2) return;
  Interval sum = Interval::Point(Decimal::FromInt(0));
  Decimal printed = Decimal::FromInt(0);
  nlohmann::ordered_json shares = nlohmann::ordered_json::array();
  for (const Part* p : shared) {
    const Quantity& s = a.quantities[p->share];
    sum = Add(sum, ValueOf(s, tolerance_));
    printed += s.printed;
    shares.push_back(ScaledNumber(s.printed, Decimal::FromInt(1)));
  }
  // Shares of the whole total must make 100%; shares of some parts at most 100%.
  bool whole = r.coverage != Coverage::kPartial && shared.size() == r.parts.size();
  bool ok = whole ? sum.Overlaps(kHundred) : !(sum.lo > kHundred.hi);
  if (ok) return;
  const Quantity& first = a.quantities[shared.front()->share];
  const Quantity& last = a.quantities[shared.back()->share];
  nlohmann::ordered_json ev;
  ev["stated_sum"] = ScaledNumber(printed, Decimal::FromInt(1));
  ev["shares"] = shares;
  ev["tolerance"] = ScaledNumber(*sum.Width().Div(Decimal::FromInt(2), Decimal::Round::kCeil),
                                 Decimal::FromInt(1));
  out.Report(first.begin, last.end, ev);
}

void RatioRule::CheckRate(const Analysis& a, const Relation& r, RuleReporter& out) const {
  const Quantity& rate = a.quantities[r.rate];
  const Quantity& numerator = a.quantities[r.numerator];
  for (int b : r.bases) {
    auto computed = Percent(ValueOf(numerator, tolerance_), ValueOf(a.quantities[b], tolerance_));
    if (computed && computed->Overlaps(ValueOf(rate, tolerance_))) return;  // a base fits
  }
  int base = r.bases.front();
  auto computed = Percent(numerator.value, a.quantities[base].value);
  if (!computed) return;
  nlohmann::ordered_json ev;
  ev["numerator"] = QuantityJson(a, r.numerator, numerator.scale);
  ev["denominator"] = QuantityJson(a, base, numerator.scale);
  ev["stated_percent"] = ScaledNumber(rate.printed, Decimal::FromInt(1));
  ev["computed_percent"] = Midpoint(*computed);
  ev["unit"] = PrintedUnit(numerator);
  out.Report(rate.begin, rate.end, ev);
}

}  // namespace reportlint
