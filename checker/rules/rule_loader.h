// Reads one rule (or a pack's `applies_to`) from its YAML mapping, strictly:
// the keys every rule has, then the kind's own parameters through its class.
#ifndef REPORTLINT_RULES_RULE_LOADER_H_
#define REPORTLINT_RULES_RULE_LOADER_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/pack.h"
#include "checker/util/param_reader.h"
#include "checker/rules/registry.h"

namespace reportlint {

// Builds a rule from `params` (a mapping of a pack's `rules:`). `inherited` is
// the pack's applicability, used when the rule has no `applies_to` of its own.
// Returns nullptr when anything is wrong (every problem is appended to the
// reader's errors).
std::unique_ptr<Rule> LoadRule(ParamReader& params, const std::string& pack_name,
                               const Applicability& inherited, const KindRegistry& kinds);

// Reads the `applies_to` mapping of `owner` into *out (keys report_years and
// organisation). Leaves *out alone when the key is absent.
void ReadApplicability(ParamReader& owner, Applicability* out);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_RULE_LOADER_H_
