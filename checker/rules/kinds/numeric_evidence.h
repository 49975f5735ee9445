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

// The relations a rule sees: the analysis's own, or re-read with the rule's
// lexicon when the pack changed it.
std::vector<Relation> RelationsFor(const Analysis& a, const std::optional<RelationLexicon>& lexicon);

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

// Half the combined width of two intervals: how far apart their printed
// values may be while still consistent.
Decimal Slack(const Interval& a, const Interval& b);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_NUMERIC_EVIDENCE_H_
