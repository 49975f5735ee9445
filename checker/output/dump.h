// `reportlint dump`: what reportlint read from a report (metadata, period, the
// declared structure, the section tree), so a rule author sees why a rule fired.
#ifndef REPORTLINT_OUTPUT_DUMP_H_
#define REPORTLINT_OUTPUT_DUMP_H_

#include <nlohmann/json.hpp>
#include <ostream>

#include "checker/analysis.h"

namespace reportlint {

nlohmann::ordered_json DumpJson(const Analysis& analysis);
void WriteDumpText(const Analysis& analysis, std::ostream& out);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_DUMP_H_
