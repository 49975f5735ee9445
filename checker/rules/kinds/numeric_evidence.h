// Shared pieces of the numeric rule kinds (sum, ratio): reading the relation
// lexicon from YAML and writing numbers as the report printed them.
#ifndef REPORTLINT_RULES_KINDS_NUMERIC_EVIDENCE_H_
#define REPORTLINT_RULES_KINDS_NUMERIC_EVIDENCE_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "checker/analysis.h"
#include "checker/rules/param_reader.h"

namespace reportlint {

// Replaces lexicon lists named in `params` (e.g. `remainder_words`). Returns
// true when anything differs from the defaults.
bool ReadLexicon(ParamReader& params, const std::vector<std::string>& keys,
                 RelationLexicon* lexicon);

// The relations a rule sees: the analysis's own (no copy), or re-read into
// *storage with the rule's lexicon when the pack changed it.
const std::vector<Relation>& RelationsFor(const Analysis& a,
                                          const std::optional<RelationLexicon>& lexicon,
                                          std::vector<Relation>* storage);

// `value` in units of `scale` (80400亩 at 万 -> 8.04), as a JSON number.
nlohmann::ordered_json ScaledNumber(Decimal value, Decimal scale);

// The unit as printed with its scale word: "万亩", "条", "%".
std::string PrintedUnit(const Quantity& q);

// {"value": 3.928, "line": 23, "column": 130} for quantity `k`, in `scale`.
nlohmann::ordered_json QuantityJson(const Analysis& a, int k, Decimal scale);

// How a numeric rule compares intervals: with the precision each number was
// printed with (the default), or as exact values.
enum class Tolerance { kPrinted, kExact };
Tolerance ReadTolerance(ParamReader& params);
Interval ValueOf(const Quantity& q, Tolerance t);

// Σ of the parts' values under tolerance `t`.
Interval SumOfParts(const Analysis& a, const std::vector<Part>& parts, Tolerance t);

// numerator / denominator × 100, or nullopt when the denominator may be 0.
std::optional<Interval> Percent(const Interval& numerator, const Interval& denominator);

// Half the combined width of two intervals: how far apart their printed
// values may be while still consistent.
Decimal Slack(const Interval& a, const Interval& b);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_NUMERIC_EVIDENCE_H_
