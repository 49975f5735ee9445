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

// Which number the shares point at when a total disagrees with its parts:
// shares computed from the parts' sum accuse the total; shares that match the
// stated total one by one accuse the parts. A sum equal to the total's digits
// accuses its scale word.
std::string LikelyWrong(const Analysis& a, const Relation& r, const ListReading& rd) {
  if (rd.scale_slip) return "scale";
  bool all_shared = true;
  for (size_t i = rd.first_part; i < rd.part_end; ++i) all_shared = all_shared && r.parts[i].share >= 0;
  if (!all_shared) return "";
  Interval sum = Interval::Point(Decimal());
  for (size_t i = rd.first_part; i < rd.part_end; ++i) {
    sum = Add(sum, a.quantities[r.parts[i].quantity].value);
  }
  auto fits = [&](const Part& p, const Interval& base) {
    auto percent = Percent(a.quantities[p.quantity].value, base);
    return percent && percent->Overlaps(a.quantities[p.share].value);
  };
  bool fit_total = true, fit_sum = true;
  for (size_t i = rd.first_part; i < rd.part_end; ++i) {
    fit_total = fit_total && fits(r.parts[i], rd.total_value);
    fit_sum = fit_sum && fits(r.parts[i], sum);
  }
  if (fit_sum && !fit_total) return "total";
  if (fit_total && !fit_sum) return "parts";
  return "";
}

}  // namespace

const std::vector<KindCheck<SumRule>>& SumRule::Checks() {
  static const std::vector<std::string> kListKeys = {
      "stated",     "computed",  "unit",         "parts_unit", "parts",
      "difference", "tolerance", "likely_wrong", "total_from", "rejected"};
  static const std::vector<KindCheck<SumRule>> checks = {
      {"total", &SumRule::ConfigureLists, &SumRule::CheckTotals, kListKeys},
      {"part", &SumRule::ConfigureLists, &SumRule::CheckParts,
       {"stated", "computed", "unit", "parts_unit", "parts", "excess", "total_from",
        "rejected"}},
      {"near-total", &SumRule::ConfigureNearTotal, &SumRule::CheckNearTotals, kListKeys},
      {"difference", &SumRule::ConfigureDifference, &SumRule::CheckDifferences,
       {"stated", "computed", "unit", "earlier", "later", "tolerance", "total_from",
        "rejected"}},
  };
  return checks;
}

void SumRule::Configure(ParamReader& params) {
  ReadCheck(params, "check");
  tolerance_ = ReadTolerance(params);
  for (const std::string& name : params.StringList("unit_classes")) {
    if (std::find(kUnitClassNames.begin(), kUnitClassNames.end(), name) == kUnitClassNames.end()) {
      params.Fail("unit_classes", "unknown unit class '" + name +
                                      "' (use none, count, money, area, other)");
    }
    unit_classes_.push_back(UnitClassFromName(name));
  }
  ConfigureCheck(params);
  reading_.tolerance = tolerance_;
}

void SumRule::ConfigureLists(ParamReader& params) {
  ReadLexicon(params, ListLexiconKeys(), &lexicon_);
}

void SumRule::ConfigureNearTotal(ParamReader& params) {
  ConfigureLists(params);
  reading_.near_sum_percent = params.Int("near_sum_percent", 10, 1, 50);
}

void SumRule::ConfigureDifference(ParamReader& params) {
  ReadLexicon(params, {"decrease_words", "increase_words", "external_references"}, &lexicon_);
}

bool SumRule::UnitChecked(const Quantity& q) const {
  return unit_classes_.empty() ||
         std::find(unit_classes_.begin(), unit_classes_.end(), q.unit_class) != unit_classes_.end();
}

void SumRule::ForEachDisagreeingList(
    const Analysis& a, const std::function<void(const Relation&, const ListVerdict&)>& f) const {
  ForEachListReading(a, lexicon_, reading_, [&](const Relation& r, const ListVerdict& v) {
    if (UnitChecked(a.quantities[r.parts.front().quantity]) && !v.chosen.sum_ok) f(r, v);
  });
}

void SumRule::CheckTotals(const Analysis& a, RuleReporter& out) const {
  ForEachDisagreeingList(a, [&](const Relation& r, const ListVerdict& v) {
    if (v.chosen.whole) ReportTotal(a, r, v, out);
  });
}

void SumRule::CheckNearTotals(const Analysis& a, RuleReporter& out) const {
  ForEachDisagreeingList(a, [&](const Relation& r, const ListVerdict& v) {
    if (v.chosen.near_sum) ReportTotal(a, r, v, out);
  });
}

void SumRule::CheckParts(const Analysis& a, RuleReporter& out) const {
  ForEachDisagreeingList(a, [&](const Relation& r, const ListVerdict& v) {
    if (!v.chosen.whole) ReportPart(a, r, v, out);
  });
}

void SumRule::CheckDifferences(const Analysis& a, RuleReporter& out) const {
  std::vector<Relation> own;
  for (const Relation& r : RelationsFor(a, lexicon_, &own)) {
    if (r.kind == RelationKind::kDifference && UnitChecked(a.quantities[r.difference])) {
      CheckDifference(a, r, out);
    }
  }
}

namespace {

// The evidence both list checks give: the total as printed (`stated`, `unit`),
// the parts and their sum in the parts' own scale (`computed`, `parts_unit`:
// "173769万条" against parts of "条"), and which reading was checked.
struct ListNumbers {
  nlohmann::ordered_json evidence;
  Decimal stated;    // base units
  Decimal computed;  // base units
  Decimal scale;     // the parts' common scale, else 1
  const Quantity* total = nullptr;
};

ListNumbers ListEvidence(const Analysis& a, const Relation& r, const ListVerdict& v) {
  const ListReading& rd = v.chosen;
  const TotalCandidate& total = r.totals[rd.total];
  ListNumbers n;
  n.total = &a.quantities[total.quantities.front()];
  n.stated = PrintedTotal(a, total);
  n.scale = a.quantities[r.parts[rd.first_part].quantity].scale;
  const Quantity* sample = &a.quantities[r.parts[rd.first_part].quantity];
  for (size_t i = rd.first_part; i < rd.part_end; ++i) {
    const Quantity& p = a.quantities[r.parts[i].quantity];
    n.computed += p.printed;
    if (p.scale != n.scale) n.scale = Decimal::FromInt(1);
    if (!p.unit.empty() && sample->unit.empty()) sample = &p;
  }
  nlohmann::ordered_json parts = nlohmann::ordered_json::array();
  for (size_t i = rd.first_part; i < rd.part_end; ++i) {
    parts.push_back(QuantityJson(a, r.parts[i].quantity, n.scale));
  }
  Quantity shown = *sample;  // the parts' unit at their scale: "条", "万亩"
  shown.scale = n.scale;
  n.evidence["stated"] = ScaledNumber(n.stated, TotalScale(a, total));
  n.evidence["computed"] = ScaledNumber(n.computed, n.scale);
  n.evidence["unit"] = PrintedUnit(*n.total);
  n.evidence["parts_unit"] = PrintedUnit(shown);
  n.evidence["parts"] = std::move(parts);
  return n;
}

}  // namespace

void SumRule::ReportTotal(const Analysis& a, const Relation& r, const ListVerdict& v,
                          RuleReporter& out) const {
  ListNumbers n = ListEvidence(a, r, v);
  n.evidence["difference"] = ScaledNumber(n.computed - n.stated, n.scale);
  n.evidence["tolerance"] = ScaledNumber(Slack(v.chosen.total_value, v.chosen.sum), n.scale);
  n.evidence["likely_wrong"] = LikelyWrong(a, r, v.chosen);
  AddReadingEvidence(a, r, v, &n.evidence);
  out.Report(n.total->begin, std::max(n.total->end, r.end), n.evidence);
}

void SumRule::ReportPart(const Analysis& a, const Relation& r, const ListVerdict& v,
                         RuleReporter& out) const {
  ListNumbers n = ListEvidence(a, r, v);
  n.evidence["excess"] = ScaledNumber(n.computed - n.stated, n.scale);
  AddReadingEvidence(a, r, v, &n.evidence);
  out.Report(n.total->begin, std::max(n.total->end, r.end), n.evidence);
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
  // The reading checked: the nearest earlier value; the others were tried too.
  ev["total_from"] = TotalSourceName(TotalSource::kStated);
  nlohmann::ordered_json rejected = nlohmann::ordered_json::array();
  for (size_t i = 1; i < r.earlier.size(); ++i) {
    const Quantity& other = a.quantities[r.earlier[i]];
    Decimal d = r.increase ? a.quantities[r.later].printed - other.printed
                           : other.printed - a.quantities[r.later].printed;
    rejected.push_back({{"earlier", ScaledNumber(other.printed, diff.scale)},
                        {"from", TotalSourceName(TotalSource::kSameSentence)},
                        {"computed", ScaledNumber(d, diff.scale)}});
  }
  ev["rejected"] = std::move(rejected);
  out.Report(diff.begin, diff.end, ev);
}

}  // namespace reportlint
