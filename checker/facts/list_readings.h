// Which reading of a total-and-parts relation its numbers support: the candidate
// totals are tried in turn and the one with the fewest contradictions is kept.
#ifndef REPORTLINT_FACTS_LIST_READINGS_H_
#define REPORTLINT_FACTS_LIST_READINGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/facts/relations.h"

namespace reportlint {

// Design. A list's total is not always certain: "…59件,…47件,较上一年度增加42件。
// 其中,信函39件,…" may belong to 59 or 47, a list may restate its total as its
// first part, and parallel counts may add up to it. Each candidate total of the
// Relation gives one reading; a reading is checked against everything the text
// claims about it at once — the total against Σ parts (equal when the list is
// whole, at most when it is partial) and each stated share against part/total,
// the shares' sum against 100% — so that a finding is raised only when no
// reading is consistent, and then under the reading that explains most of the
// numbers. Readings that only an exact match can justify (a sum of counts, a
// restated first part, a list without an opener) count only when they add up.
struct ReadingOptions {
  Tolerance tolerance = Tolerance::kPrinted;
  // An unmarked list of three or more parts this close below its total (in
  // percent of the total) is read as the whole total with one number wrong;
  // 0 never reads an unmarked list as whole unless it adds up.
  int near_sum_percent = 0;
};

struct ListReading {
  int total = -1;          // index into Relation::totals
  Interval total_value;    // the total's value (a sum for kSumOfCounts)
  size_t first_part = 0;   // parts [first_part, part_end) of Relation::parts are
  size_t part_end = 0;     // this reading's parts
  Interval sum;            // Σ of those parts
  bool whole = false;      // they are all of the total
  bool adds_up = false;    // whole because they add up exactly
  bool scale_slip = false; // Σ parts equals the total's digits without its 万/亿
  bool near_sum = false;   // whole only because Σ parts is near the total
  // A reading only an exact sum could justify (a sum of counts, a restated
  // first part), which this sum is not: never chosen, listed as rejected.
  bool unmatched = false;
  bool sum_ok = true;      // total = Σ (whole) or total >= Σ (partial)
  std::vector<size_t> failed_shares;  // indices into Relation::parts
  bool shares_unanchored = false;  // every share fails, but all fit one unstated total
  int shares = 0;                  // stated shares among this reading's parts
  Interval share_sum;
  bool share_sum_ok = true;  // 100% for a whole list with every share, <= 100% else

  int Failures() const {
    return !sum_ok + static_cast<int>(failed_shares.size()) + !share_sum_ok;
  }
};

struct ListVerdict {
  bool valid = false;  // some reading applies at all
  ListReading chosen;  // the most consistent reading (the text's own first on ties)
  // The other readings, most consistent first, then the unmatched ones.
  std::vector<ListReading> rejected;
};

// The value of a candidate total (or a rate's base): its counts added up.
Interval CandidateValue(const std::vector<Quantity>& q, const TotalCandidate& c, Tolerance t);

// REQUIRES: r.kind == RelationKind::kTotalParts.
ListVerdict ReadList(const std::vector<Quantity>& q, const Relation& r,
                     const ReadingOptions& options);

// "reading 47件 (previous_sentence): 39件 + 7件 + 1件, whole (adds up); consistent"
// or "…; fails: sum, share 83%, share sum", for `dump --facts` and tests.
std::string DebugString(const ListVerdict& v, const Relation& r, std::u32string_view text,
                        const std::vector<Quantity>& q);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_LIST_READINGS_H_
