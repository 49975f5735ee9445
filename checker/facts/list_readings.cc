#include "checker/facts/list_readings.h"

#include <algorithm>
#include <optional>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

const Interval kHundred = Interval::Point(Decimal::FromInt(100));
const Decimal kOne = Decimal::FromInt(1);

bool IsSure(TotalSource s) { return s != TotalSource::kSumOfCounts && s != TotalSource::kFirstPart; }

class Reader {
 public:
  Reader(const std::vector<Quantity>& q, const Relation& r, const ReadingOptions& o)
      : q_(q), r_(r), o_(o) {}

  ListVerdict Run() const {
    std::vector<ListReading> readings, unmatched;
    for (size_t t = 0; t < r_.totals.size(); ++t) {
      std::optional<ListReading> reading = Read(static_cast<int>(t));
      if (!reading) continue;
      (reading->unmatched ? unmatched : readings).push_back(std::move(*reading));
    }
    ListVerdict v;
    if (readings.empty()) return v;
    // Shares that miss every candidate total but agree on one total are shares
    // of a total the text does not print here: no reading of ours, no error.
    bool a_share_fits = std::any_of(readings.begin(), readings.end(), [](const ListReading& rd) {
      return rd.failed_shares.size() < static_cast<size_t>(rd.shares);
    });
    if (!a_share_fits && SharesAgreeOnABase()) {
      for (ListReading& rd : readings) {
        rd.failed_shares.clear();
        rd.shares_unanchored = true;
      }
    }
    // Fewest contradictions first; then a total no smaller than any of its
    // parts; stable, so that on a tie the text's own first reading wins.
    std::stable_sort(readings.begin(), readings.end(), [&](const ListReading& a, const ListReading& b) {
      if (a.Failures() != b.Failures()) return a.Failures() < b.Failures();
      return Plausible(a) && !Plausible(b);
    });
    v.valid = true;
    v.chosen = std::move(readings.front());
    v.rejected.assign(std::make_move_iterator(readings.begin() + 1),
                      std::make_move_iterator(readings.end()));
    for (ListReading& u : unmatched) v.rejected.push_back(std::move(u));
    return v;
  }

 private:
  Interval Value(int k) const { return ValueOf(q_[k], o_.tolerance); }

  bool Plausible(const ListReading& rd) const {
    for (size_t i = rd.first_part; i < rd.part_end; ++i) {
      if (PartValue(r_.parts[i]).lo > rd.total_value.hi) return false;
    }
    return true;
  }

  // A part with a bracketed count of its unit may stand with or without it.
  Interval PartValue(const Part& p) const {
    Interval v = Value(p.quantity);
    if (p.aside >= 0) v.lo = Max(Decimal(), v.lo - Value(p.aside).hi);
    return v;
  }

  Interval Sum(size_t from, size_t to) const {
    Interval s = Interval::Point(Decimal());
    for (size_t i = from; i < to; ++i) s = Add(s, PartValue(r_.parts[i]));
    return s;
  }

  // "173769万条" whose parts add up to exactly 173769: the 万 is stray. Only
  // exact integers printed without a scale word are compared digit for digit.
  std::optional<size_t> ScaleSlip(const TotalCandidate& c, size_t first) const {
    if (c.quantities.size() != 1) return std::nullopt;
    const Quantity& t = q_[c.quantities.front()];
    if (t.scale == kOne || t.approx != Approx::kExact) return std::nullopt;
    auto digits = t.printed.Div(t.scale, Decimal::Round::kFloor);
    if (!digits) return std::nullopt;
    Decimal sum;
    for (size_t i = first; i < r_.parts.size(); ++i) {
      const Quantity& p = q_[r_.parts[i].quantity];
      if (p.scale != kOne || p.decimals != 0 || p.approx != Approx::kExact) return std::nullopt;
      sum += p.printed;
      if (i >= first + 1 && sum == *digits) return i + 1;
    }
    return std::nullopt;
  }

  std::optional<ListReading> Read(int t) const {
    const TotalCandidate& c = r_.totals[t];
    ListReading rd;
    rd.total = t;
    rd.total_value = CandidateValue(q_, c, o_.tolerance);
    rd.first_part = c.source == TotalSource::kFirstPart ? 1 : 0;
    if (rd.first_part + 1 > r_.parts.size()) return std::nullopt;

    if (auto end = ScaleSlip(c, rd.first_part)) {
      rd.part_end = *end;
      rd.whole = rd.scale_slip = true;
      rd.sum_ok = false;
    } else if (auto end = AddsUpTo(rd.first_part, rd.total_value)) {
      rd.part_end = *end;
      rd.whole = rd.adds_up = true;
    } else {
      rd.part_end = r_.parts.size();
      Interval sum = Sum(rd.first_part, rd.part_end);
      if (!IsSure(c.source)) {  // only an exact sum makes these readings
        rd.unmatched = true;     // kept to say it was tried
        rd.sum = sum;
        rd.sum_ok = false;
        return rd;
      }
      if (r_.coverage != Coverage::kPartial && !r_.implicit) {
        rd.whole = true;
        rd.sum_ok = sum.Overlaps(rd.total_value);
      } else {
        rd.sum_ok = r_.overlapping || !(sum.lo > rd.total_value.hi);
        if (!r_.overlapping && !r_.implicit &&
            NearSum(sum, rd.total_value, rd.part_end - rd.first_part)) {
          rd.whole = rd.near_sum = true;
          rd.sum_ok = false;
        }
      }
    }
    rd.sum = Sum(rd.first_part, rd.part_end);
    CheckShares(&rd);
    // A list without an opener belongs to this total only if it adds up or a
    // share says so.
    bool a_share_fits = rd.failed_shares.size() < static_cast<size_t>(rd.shares);
    if (r_.implicit && !rd.adds_up && !rd.scale_slip && !a_share_fits) return std::nullopt;
    return rd;
  }

  // The end of the leading run of two or more parts from `first` that adds up
  // to `total` (parts of 0 after it included: "…,当面申请0件"), whatever follows
  // it in the sentence — unless the text marks where the list ends (其他…,
  // 分别为), then only the whole list counts.
  std::optional<size_t> AddsUpTo(size_t first, const Interval& total) const {
    bool marked = r_.coverage != Coverage::kPartial;
    Interval sum = Interval::Point(Decimal());
    std::optional<size_t> end;
    for (size_t e = first; e < r_.parts.size(); ++e) {
      sum = Add(sum, PartValue(r_.parts[e]));
      bool long_enough = marked ? e + 1 == r_.parts.size() : e + 1 >= first + 2;
      if (long_enough && sum.Overlaps(total)) {
        end = e + 1;
      } else if (end) {
        break;
      }
    }
    return end;
  }

  bool NearSum(const Interval& sum, const Interval& total, size_t parts) const {
    if (o_.near_sum_percent == 0 || parts < 3 || !(sum.hi < total.lo)) return false;
    auto limit = total.lo.Mul(Decimal::FromInt(o_.near_sum_percent), Decimal::Round::kFloor)
                     .Div(Decimal::FromInt(100), Decimal::Round::kFloor);
    return limit && total.lo - sum.hi <= *limit;
  }

  // Whether part / share × 100 gives one common base for every stated share
  // (two at least).
  bool SharesAgreeOnABase() const {
    std::optional<Interval> common;
    int shares = 0;
    for (const Part& p : r_.parts) {
      if (p.share < 0) continue;
      ++shares;
      auto implied = Percent(PartValue(p), Value(p.share));
      if (!implied) return false;
      if (common && !common->Overlaps(*implied)) return false;
      common = common ? Interval{Max(common->lo, implied->lo), Min(common->hi, implied->hi)} : *implied;
    }
    return shares >= 2;
  }

  void CheckShares(ListReading* rd) const {
    rd->share_sum = Interval::Point(Decimal());
    // The shares' sum with each wrong share replaced by the right one.
    Interval corrected = Interval::Point(Decimal());
    for (size_t i = rd->first_part; i < rd->part_end; ++i) {
      const Part& p = r_.parts[i];
      if (p.share < 0) continue;
      ++rd->shares;
      Interval share = Value(p.share);
      rd->share_sum = Add(rd->share_sum, share);
      Interval part = PartValue(p);
      auto of_total = Percent(part, rd->total_value);
      bool fits = of_total && of_total->Overlaps(share);
      // When the total disagrees with its parts (the sum's finding), a share
      // that fits the parts' sum is not a second problem.
      if (!fits && rd->whole && !rd->sum_ok) {
        auto of_sum = Percent(part, rd->sum);
        fits = of_sum && of_sum->Overlaps(share);
      }
      if (!fits) rd->failed_shares.push_back(i);
      corrected = Add(corrected, fits || !of_total ? share : *of_total);
    }
    if (rd->shares >= 2) {
      bool every_share = rd->shares == static_cast<int>(rd->part_end - rd->first_part);
      auto sum_fits = [&](const Interval& sum) {
        return rd->whole && every_share ? sum.Overlaps(kHundred) : !(sum.lo > kHundred.hi);
      };
      // One root cause, one finding: a sum that only the wrong shares spoil is
      // said by their findings.
      rd->share_sum_ok = sum_fits(rd->share_sum) || (!rd->failed_shares.empty() && sum_fits(corrected));
    }
  }

  const std::vector<Quantity>& q_;
  const Relation& r_;
  const ReadingOptions& o_;
};

}  // namespace

Interval CandidateValue(const std::vector<Quantity>& q, const TotalCandidate& c, Tolerance t) {
  Interval v = Interval::Point(Decimal());
  for (int k : c.quantities) v = Add(v, ValueOf(q[k], t));
  return v;
}

ListVerdict ReadList(const std::vector<Quantity>& q, const Relation& r,
                     const ReadingOptions& options) {
  return Reader(q, r, options).Run();
}

std::string DebugString(const ListVerdict& v, const Relation& r, std::u32string_view text,
                        const std::vector<Quantity>& q) {
  if (!v.valid) return "no reading";
  auto str = [&](int k) { return U32ToUtf8(text.substr(q[k].begin, q[k].end - q[k].begin)); };
  const ListReading& rd = v.chosen;
  const TotalCandidate& c = r.totals[rd.total];
  std::string out = "reading ";
  for (size_t i = 0; i < c.quantities.size(); ++i) out += (i ? "+" : "") + str(c.quantities[i]);
  out += std::string(" (") + TotalSourceName(c.source) + "): ";
  for (size_t i = rd.first_part; i < rd.part_end; ++i) {
    out += (i > rd.first_part ? " + " : "") + str(r.parts[i].quantity);
  }
  out += rd.scale_slip ? ", whole (scale slip)"
         : rd.adds_up  ? ", whole (adds up)"
         : rd.near_sum ? ", whole (near the total)"
         : rd.whole    ? ", whole"
                       : ", partial";
  if (rd.shares_unanchored) out += ", shares of an unstated total";
  if (rd.Failures() == 0) return out + "; consistent";
  out += "; fails:";
  std::string sep = " ";
  if (!rd.sum_ok) {
    out += sep + "sum";
    sep = ", ";
  }
  for (size_t i : rd.failed_shares) {
    out += sep + "share " + str(r.parts[i].share);
    sep = ", ";
  }
  if (!rd.share_sum_ok) out += sep + "share sum";
  return out;
}

}  // namespace reportlint
