#include "checker/rules/kinds/ratio_rule.h"

#include <algorithm>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

// The middle of an interval, rounded to two decimals, for messages.
nlohmann::ordered_json Midpoint(const Interval& i) {
  Decimal mid = *(i.lo + i.hi).Div(Decimal::FromInt(2), Decimal::Round::kFloor);
  Decimal cents = Decimal::FromInt(100);
  auto scaled = mid.Mul(cents, Decimal::Round::kFloor) + Decimal::FromRaw(Decimal::kOne / 2);
  Decimal whole = Decimal::FromInt(static_cast<long long>(scaled.raw() / Decimal::kOne));
  return ScaledNumber(whole, cents);
}

nlohmann::ordered_json Percentage(Decimal v) { return ScaledNumber(v, Decimal::FromInt(1)); }

}  // namespace

const std::vector<KindCheck<RatioRule>>& RatioRule::Checks() {
  static const std::vector<std::string> kShareKeys = {
      "numerator", "denominator", "stated_percent", "computed_percent",
      "unit",      "total_from",  "rejected"};
  static const std::vector<KindCheck<RatioRule>> checks = {
      {"share", &RatioRule::ConfigureLists, &RatioRule::CheckShares, kShareKeys},
      {"share-sum", &RatioRule::ConfigureLists, &RatioRule::CheckShareSums,
       {"stated_sum", "shares", "tolerance", "limit", "total_from", "rejected"}},
      {"rate", &RatioRule::ConfigureRates, &RatioRule::CheckRates, kShareKeys},
      {"rate-bound", &RatioRule::ConfigureRates, &RatioRule::CheckRateBounds,
       {"rate", "stated_percent"}},
  };
  return checks;
}

void RatioRule::Configure(ParamReader& params) {
  ReadCheck(params, "check");
  tolerance_ = ReadTolerance(params);
  reading_.tolerance = tolerance_;
  ConfigureCheck(params);
}

void RatioRule::ConfigureLists(ParamReader& params) {
  ReadLexicon(params, ListLexiconKeys(), &lexicon_);
}

void RatioRule::ConfigureRates(ParamReader& params) {
  ReadLexicon(params, {"rate_links", "bounded_rate_stems"}, &lexicon_);
}

void RatioRule::ForEachRate(const Analysis& a,
                            const std::function<void(const Relation&)>& f) const {
  std::vector<Relation> own;
  for (const Relation& r : RelationsFor(a, lexicon_, &own)) {
    if (r.kind == RelationKind::kRate) f(r);
  }
}

void RatioRule::CheckShares(const Analysis& a, RuleReporter& out) const {
  ForEachListReading(a, lexicon_, reading_, [&](const Relation& r, const ListVerdict& v) {
    CheckShares(a, r, v, out);
  });
}

void RatioRule::CheckShareSums(const Analysis& a, RuleReporter& out) const {
  ForEachListReading(a, lexicon_, reading_, [&](const Relation& r, const ListVerdict& v) {
    CheckShareSum(a, r, v, out);
  });
}

void RatioRule::CheckRates(const Analysis& a, RuleReporter& out) const {
  ForEachRate(a, [&](const Relation& r) { CheckRate(a, r, out); });
}

void RatioRule::CheckRateBounds(const Analysis& a, RuleReporter& out) const {
  ForEachRate(a, [&](const Relation& r) { CheckRateBound(a, r, out); });
}

void RatioRule::CheckShares(const Analysis& a, const Relation& r, const ListVerdict& v,
                            RuleReporter& out) const {
  const ListReading& rd = v.chosen;
  const TotalCandidate& total = r.totals[rd.total];
  Decimal scale = TotalScale(a, total);
  for (size_t i : rd.failed_shares) {
    const Part& p = r.parts[i];
    const Quantity& share = a.quantities[p.share];
    auto computed = Percent(ValueOf(a.quantities[p.quantity], tolerance_), rd.total_value);
    if (!computed) continue;
    nlohmann::ordered_json ev;
    ev["numerator"] = QuantityJson(a, p.quantity, scale);
    nlohmann::ordered_json denominator = QuantityJson(a, total.quantities.front(), scale);
    denominator["value"] = ScaledNumber(PrintedTotal(a, total), scale);
    ev["denominator"] = std::move(denominator);
    ev["stated_percent"] = Percentage(share.printed);
    ev["computed_percent"] = Midpoint(*computed);
    ev["unit"] = PrintedUnit(a.quantities[total.quantities.front()]);
    AddReadingEvidence(a, r, v, &ev);
    out.Report(share.begin, share.end, ev);
  }
}

void RatioRule::CheckShareSum(const Analysis& a, const Relation& r, const ListVerdict& v,
                              RuleReporter& out) const {
  const ListReading& rd = v.chosen;
  if (rd.share_sum_ok) return;
  Decimal printed;
  nlohmann::ordered_json shares = nlohmann::ordered_json::array();
  const Quantity* first = nullptr;
  const Quantity* last = nullptr;
  for (size_t i = rd.first_part; i < rd.part_end; ++i) {
    if (r.parts[i].share < 0) continue;
    const Quantity& s = a.quantities[r.parts[i].share];
    printed += s.printed;
    shares.push_back(Percentage(s.printed));
    if (first == nullptr) first = &s;
    last = &s;
  }
  nlohmann::ordered_json ev;
  ev["stated_sum"] = Percentage(printed);
  ev["shares"] = std::move(shares);
  ev["tolerance"] = Percentage(*rd.share_sum.Width().Div(Decimal::FromInt(2), Decimal::Round::kCeil));
  bool every_share = rd.shares == static_cast<int>(rd.part_end - rd.first_part);
  ev["limit"] = rd.whole && every_share ? "equal" : "at-most";
  AddReadingEvidence(a, r, v, &ev);
  out.Report(first->begin, last->end, ev);
}

void RatioRule::CheckRate(const Analysis& a, const Relation& r, RuleReporter& out) const {
  if (r.numerator < 0 || r.bases.empty()) return;
  const Quantity& rate = a.quantities[r.rate];
  const Quantity& numerator = a.quantities[r.numerator];
  Interval counted = ValueOf(numerator, tolerance_);
  if (r.numerator_aside >= 0) {
    counted.lo = Max(Decimal(), counted.lo - ValueOf(a.quantities[r.numerator_aside], tolerance_).hi);
  }
  for (const TotalCandidate& b : r.bases) {
    auto computed = Percent(counted, CandidateValue(a.quantities, b, tolerance_));
    if (computed && computed->Overlaps(ValueOf(rate, tolerance_))) return;  // a base fits
  }
  const TotalCandidate& base = r.bases.front();
  auto computed = Percent(numerator.value, CandidateValue(a.quantities, base, tolerance_));
  if (!computed) return;
  nlohmann::ordered_json ev;
  ev["numerator"] = QuantityJson(a, r.numerator, numerator.scale);
  nlohmann::ordered_json denominator = QuantityJson(a, base.quantities.front(), numerator.scale);
  denominator["value"] = ScaledNumber(PrintedTotal(a, base), numerator.scale);
  ev["denominator"] = std::move(denominator);
  ev["stated_percent"] = Percentage(rate.printed);
  ev["computed_percent"] = Midpoint(*computed);
  ev["unit"] = PrintedUnit(numerator);
  ev["total_from"] = TotalSourceName(base.source);
  nlohmann::ordered_json rejected = nlohmann::ordered_json::array();
  for (size_t i = 1; i < r.bases.size(); ++i) {
    rejected.push_back({{"base", ScaledNumber(PrintedTotal(a, r.bases[i]), numerator.scale)},
                        {"from", TotalSourceName(r.bases[i].source)}});
  }
  ev["rejected"] = std::move(rejected);
  out.Report(rate.begin, rate.end, ev);
}

void RatioRule::CheckRateBound(const Analysis& a, const Relation& r, RuleReporter& out) const {
  const Quantity& rate = a.quantities[r.rate];
  if (!r.bounded || !(ValueOf(rate, tolerance_).lo > Decimal::FromInt(100))) return;
  nlohmann::ordered_json ev;
  ev["rate"] = U32ToUtf8(r.cue);
  ev["stated_percent"] = Percentage(rate.printed);
  out.Report(rate.begin, rate.end, ev);
}

}  // namespace reportlint
