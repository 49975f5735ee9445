// `reportlint dump`: what reportlint read from a report (metadata, period, the
// declared structure, the section tree), so a rule author sees why a rule fired.
#ifndef REPORTLINT_OUTPUT_DUMP_H_
#define REPORTLINT_OUTPUT_DUMP_H_

#include <nlohmann/json.hpp>
#include <ostream>

#include "checker/facts/analysis.h"

namespace reportlint {

// With `facts`, also every number (with the interval it stands for) and every
// relation the extractor read, so a rule author sees why a numeric check fired.
nlohmann::ordered_json DumpJson(const Analysis& analysis, bool facts = false);
void WriteDumpText(const Analysis& analysis, std::ostream& out, bool facts = false);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_DUMP_H_
