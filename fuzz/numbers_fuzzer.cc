// libFuzzer target for the number scanner (values/number_scanner and the
// numeral, unit and date readers under it) and the relation extractor
// (facts/relations*), through Analyze on the bytes as a text report: every
// quantity lies in the folded text, in order and not overlapping, with lo <= hi
// and a place in the file; every relation names quantities that exist and a
// span of the text.
#include <cstddef>
#include <cstdint>

#include "checker/facts/analysis.h"
#include "fuzz/fuzz_checks.h"

namespace {

using reportlint::fuzz::Require;

void CheckCandidates(const std::vector<reportlint::TotalCandidate>& candidates, int n) {
  for (const auto& c : candidates) {
    for (int q : c.quantities) Require(q >= 0 && q < n);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  reportlint::Document doc("fuzz.txt", reportlint::SourceFormat::kText, "UTF-8",
                           reportlint::fuzz::TextOf(reportlint::fuzz::Bytes(data, size)));
  reportlint::Analysis a = reportlint::Analyze(doc);
  const size_t folded = a.folded.size();
  const int n = static_cast<int>(a.quantities.size());
  Require(a.in_table.size() == a.quantities.size());
  size_t last_end = 0;
  for (int k = 0; k < n; ++k) {
    const reportlint::Quantity& q = a.quantities[k];
    Require(q.begin >= last_end && q.begin < q.end && q.end <= folded);
    Require(q.value.lo <= q.value.hi);
    reportlint::Location l = a.QuantityLocation(k);
    Require(l.line >= 1 && l.line <= doc.line_count());
    last_end = q.end;
  }
  auto in_range = [n](int q) { return q >= -1 && q < n; };
  for (const reportlint::Relation& r : a.relations) {
    Require(r.begin <= r.end && r.end <= folded);
    CheckCandidates(r.totals, n);
    CheckCandidates(r.bases, n);
    for (const auto& p : r.parts) {
      Require(p.quantity >= 0 && p.quantity < n && in_range(p.share) && in_range(p.aside));
    }
    Require(in_range(r.rate) && in_range(r.numerator) && in_range(r.numerator_aside));
    Require(in_range(r.difference) && in_range(r.later));
    for (int q : r.earlier) Require(q >= 0 && q < n);
    reportlint::DebugString(r, a.folded.text(), a.quantities);  // as `dump --facts` prints it
  }
  return 0;
}
