// Shared pieces of the numeric rule kinds (sum, ratio): reading the relation
// lexicon from YAML and writing numbers as the report printed them.
#ifndef REPORTLINT_RULES_KINDS_NUMERIC_EVIDENCE_H_
#define REPORTLINT_RULES_KINDS_NUMERIC_EVIDENCE_H_

#include <nlohmann/json.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/facts/analysis.h"
#include "checker/facts/list_readings.h"
#include "checker/util/param_reader.h"

namespace reportlint {

// The lexicon lists that decide how a list of parts is read (shared by the
// sum and ratio kinds, whose checks read the same lists).
const std::vector<std::string>& ListLexiconKeys();

// The lexicon lists of `keys` the pack gives in `params` (e.g. `remainder_words`),
// each replacing the default's: *lexicon is set when any is given, else left unset,
// so the rule reads the analysis's own relations.
void ReadLexicon(ParamReader& params, const std::vector<std::string>& keys,
                 std::optional<RelationLexicon>* lexicon);

// The relations a rule sees: the analysis's own (no copy), or re-read into
// *storage with the rule's lexicon when the pack changed it.
const std::vector<Relation>& RelationsFor(const Analysis& a,
                                          const std::optional<RelationLexicon>& lexicon,
                                          std::vector<Relation>* storage);

// Calls `f` with every list of parts (kTotalParts) the rule sees (RelationsFor)
// that can be read, and its reading: what the sum and ratio kinds' list checks share.
void ForEachListReading(const Analysis& a, const std::optional<RelationLexicon>& lexicon,
                        const ReadingOptions& reading,
                        const std::function<void(const Relation&, const ListVerdict&)>& f);

// A JSON number as printed: 29, 12.5, -3.
nlohmann::ordered_json PrintedNumber(Decimal d);

// `value` in units of `scale` (80400亩 at 万 -> 8.04), as a JSON number.
nlohmann::ordered_json ScaledNumber(Decimal value, Decimal scale);

// The unit as printed with its scale word: "万亩", "条", "%".
std::string PrintedUnit(const Quantity& q);

// {"value": 3.928, "line": 23, "column": 130} for quantity `k`, in `scale`.
nlohmann::ordered_json QuantityJson(const Analysis& a, int k, Decimal scale);

// The `tolerance` parameter: printed (the default) or exact.
Tolerance ReadTolerance(ParamReader& params);

// The printed value of a candidate total (the sum of its counts) and the scale
// to print it in (the first count's 万/亿 when all share it, else 1).
Decimal PrintedTotal(const Analysis& a, const TotalCandidate& c);
Decimal TotalScale(const Analysis& a, const TotalCandidate& c);

// `total_from` (where the checked total came from: "stated", "previous_sentence",
// "sum_of_counts" …) and `rejected` (the other totals tried, each with its
// source and why it does not fit) of a finding about a list read as `v`.
void AddReadingEvidence(const Analysis& a, const Relation& r, const ListVerdict& v,
                        nlohmann::ordered_json* evidence);

// Half the combined width of two intervals: how far apart their printed
// values may be while still consistent.
Decimal Slack(const Interval& a, const Interval& b);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_NUMERIC_EVIDENCE_H_
