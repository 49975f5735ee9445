// A pack that `extend`s others takes over their rules, then may `disable` some
// and `override` others (severity, messages, applies_to, the kind's parameters).
#ifndef REPORTLINT_RULES_PACK_EXTEND_H_
#define REPORTLINT_RULES_PACK_EXTEND_H_

#include <memory>
#include <vector>

#include "checker/rules/pack.h"
#include "checker/util/param_reader.h"
#include "checker/rules/registry.h"

namespace reportlint {

// Moves every rule of `base` into `pack` (they keep their ids and their own
// applicability) and records that `pack` replaces `base` in a run.
void TakeOverRules(std::unique_ptr<Pack> base, Pack* pack);

// Applies the `disable:` list and the `override:` entries of `header` to the
// rules `pack` has taken over. Each id must name such a rule.
void DisableRules(ParamReader& header, Pack* pack);
void OverrideRules(ParamReader& header, const KindRegistry& kinds, Pack* pack,
                   std::vector<Error>* errors);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_PACK_EXTEND_H_
