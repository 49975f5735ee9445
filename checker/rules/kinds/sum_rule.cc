#include "checker/rules/kinds/sum_rule.h"

#include <algorithm>

#include "checker/rules/kinds/numeric_evidence.h"

namespace reportlint {
namespace {

const std::vector<std::string> kUnitClassNames = {"none", "count", "money", "area", "other"};

UnitClass UnitClassFromName(const std::string& name) {
  if (name == "count") return UnitClass::kCount;
  if (name == "money") return UnitClass::kMoney;
  if (name == "area") return UnitClass::kArea;
  if (name == "other") return UnitClass::kOther;
  return UnitClass::kNone;
}

// Whether the stated share of `part` agrees with part / `base` × 100.
bool ShareAgrees(const Analysis& a, const Part& part, const Interval& base) {
  auto percent = Percent(a.quantities[part.quantity].value, base);
  return percent && percent->Overlaps(a.quantities[part.share].value);
}

// Which number the shares point at when a total disagrees with its parts:
// shares computed from the parts' sum accuse the total; shares that match the
// stated total one by one accuse the parts.
std::string LikelyWrong(const Analysis& a, const Relation& r, const Interval& sum) {
  bool all_shared = std::all_of(r.parts.begin(), r.parts.end(),
                                [](const Part& p) { return p.share >= 0; });
  if (!all_shared) return "";
  const Interval& total = a.quantities[r.total].value;
  bool fit_total = true, fit_sum = true;
  for (const Part& p : r.parts) {
    fit_total = fit_total && ShareAgrees(a, p, total);
    fit_sum = fit_sum && ShareAgrees(a, p, sum);
  }
  if (fit_sum && !fit_total) return "total";
  if (fit_total && !fit_sum) return "parts";
  return "";
}

}  // namespace

void SumRule::Configure(ParamReader& params) {
  std::string check = params.Choice("check", {"total", "part", "difference"}, "total");
  check_ = check == "part" ? CheckType::kPart
           : check == "difference" ? CheckType::kDifference
                                   : CheckType::kTotal;
  tolerance_ = ReadTolerance(params);
  for (const std::string& name : params.StringList("unit_classes")) {
    if (std::find(kUnitClassNames.begin(), kUnitClassNames.end(), name) == kUnitClassNames.end()) {
      params.Fail("unit_classes", "unknown unit class '" + name +
                                      "' (use none, count, money, area, other)");
    }
    unit_classes_.push_back(UnitClassFromName(name));
  }
  std::vector<std::string> lexicon_keys =
      check_ == CheckType::kDifference
          ? std::vector<std::string>{"decrease_words", "increase_words", "external_references"}
          : std::vector<std::string>{"part_openers", "exhaustive_openers", "remainder_words"};
  RelationLexicon lexicon;
  if (ReadLexicon(params, lexicon_keys, &lexicon)) lexicon_ = lexicon;
  if (check_ == CheckType::kTotal) near_sum_percent_ = params.Int("near_sum_percent", 10, 0, 50);
}

std::vector<std::string> SumRule::EvidenceKeys() const {
  switch (check_) {
    case CheckType::kTotal:
      return {"stated", "computed", "unit", "parts", "difference", "tolerance", "likely_wrong"};
    case CheckType::kPart: return {"stated", "part", "unit"};
    case CheckType::kDifference:
      return {"stated", "computed", "unit", "earlier", "later", "tolerance"};
  }
  return {};
}

bool SumRule::UnitChecked(const Quantity& q) const {
  return unit_classes_.empty() ||
         std::find(unit_classes_.begin(), unit_classes_.end(), q.unit_class) != unit_classes_.end();
}

void SumRule::Check(const Analysis& a, RuleReporter& out) const {
  std::vector<Relation> own;
  for (const Relation& r : RelationsFor(a, lexicon_, &own)) {
    if (r.kind == RelationKind::kTotalParts && check_ != CheckType::kDifference) {
      if (!UnitChecked(a.quantities[r.total])) continue;
      if (check_ == CheckType::kTotal) CheckTotal(a, r, out);
      if (check_ == CheckType::kPart) CheckPart(a, r, out);
    }
    if (r.kind == RelationKind::kDifference && check_ == CheckType::kDifference &&
        UnitChecked(a.quantities[r.difference])) {
      CheckDifference(a, r, out);
    }
  }
}

void SumRule::CheckTotal(const Analysis& a, const Relation& r, RuleReporter& out) const {
  const Quantity& total = a.quantities[r.total];
  Interval stated = ValueOf(total, tolerance_);
  Interval sum = SumOfParts(a, r.parts, tolerance_);
  if (r.coverage == Coverage::kPartial) {
    // An unmarked list of three or more parts is taken as the whole total
    // with one number wrong when its parts exceed the total (parts named after
    // 其中 are subsets of it) or come within near_sum_percent of it.
    if (near_sum_percent_ == 0 || r.parts.size() < 3) return;
    bool exceeds = sum.lo > stated.hi;
    Decimal gap = exceeds ? sum.lo - stated.hi : stated.lo - sum.hi;
    auto limit = stated.lo.Mul(Decimal::FromInt(near_sum_percent_), Decimal::Round::kFloor)
                     .Div(Decimal::FromInt(100), Decimal::Round::kFloor);
    if (!exceeds && (!limit || gap > *limit)) return;
  }
  if (stated.Overlaps(sum)) return;
  Decimal scale = total.scale;
  nlohmann::ordered_json parts = nlohmann::ordered_json::array();
  for (const Part& p : r.parts) parts.push_back(QuantityJson(a, p.quantity, scale));
  Decimal computed = Decimal::FromInt(0);
  for (const Part& p : r.parts) computed += a.quantities[p.quantity].printed;
  nlohmann::ordered_json ev;
  ev["stated"] = ScaledNumber(total.printed, scale);
  ev["computed"] = ScaledNumber(computed, scale);
  ev["unit"] = PrintedUnit(total);
  ev["parts"] = parts;
  Decimal diff = computed - total.printed;
  ev["difference"] = ScaledNumber(diff, scale);
  ev["tolerance"] = ScaledNumber(Slack(stated, sum), scale);
  ev["likely_wrong"] = LikelyWrong(a, r, SumOfParts(a, r.parts, Tolerance::kPrinted));
  out.Report(total.begin, total.end, ev);
}

void SumRule::CheckPart(const Analysis& a, const Relation& r, RuleReporter& out) const {
  if (r.coverage != Coverage::kPartial) return;  // whole lists are the `total` check's
  const Quantity& total = a.quantities[r.total];
  Interval stated = ValueOf(total, tolerance_);
  for (const Part& p : r.parts) {
    const Quantity& part = a.quantities[p.quantity];
    if (!(ValueOf(part, tolerance_).lo > stated.hi)) continue;
    nlohmann::ordered_json ev;
    ev["stated"] = ScaledNumber(total.printed, total.scale);
    ev["part"] = QuantityJson(a, p.quantity, total.scale);
    ev["unit"] = PrintedUnit(total);
    out.Report(part.begin, part.end, ev);
  }
}

void SumRule::CheckDifference(const Analysis& a, const Relation& r, RuleReporter& out) const {
  const Quantity& diff = a.quantities[r.difference];
  Interval later = ValueOf(a.quantities[r.later], tolerance_);
  for (int e : r.earlier) {
    Interval earlier = ValueOf(a.quantities[e], tolerance_);
    Interval computed = r.increase ? Sub(later, earlier) : Sub(earlier, later);
    if (computed.Overlaps(ValueOf(diff, tolerance_))) return;  // one reading agrees
  }
  int e = r.earlier.front();
  Decimal computed = r.increase ? a.quantities[r.later].printed - a.quantities[e].printed
                                : a.quantities[e].printed - a.quantities[r.later].printed;
  Interval earlier = ValueOf(a.quantities[e], tolerance_);
  nlohmann::ordered_json ev;
  ev["stated"] = ScaledNumber(diff.printed, diff.scale);
  ev["computed"] = ScaledNumber(computed, diff.scale);
  ev["unit"] = PrintedUnit(diff);
  ev["earlier"] = QuantityJson(a, e, diff.scale);
  ev["later"] = QuantityJson(a, r.later, diff.scale);
  ev["tolerance"] = ScaledNumber(Slack(ValueOf(diff, tolerance_), Sub(earlier, later)), diff.scale);
  out.Report(diff.begin, diff.end, ev);
}

}  // namespace reportlint
