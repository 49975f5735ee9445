// Synthetic annual reports for measuring the numeric checks: consistent reports full
// of relations and look-alike distractors, and copies with one number altered.
#ifndef REPORTLINT_BENCH_REPORT_GENERATOR_H_
#define REPORTLINT_BENCH_REPORT_GENERATOR_H_

#include <random>
#include <string>

namespace reportlint::bench {

struct GeneratedReport {
  std::string text;          // the consistent report
  std::string altered;       // the same report with one number changed
  int altered_line = 0;      // 1-based line of the change
  std::string alteration;    // what was changed, e.g. "part 3384 -> 3721 (total-parts)"
};

// Deterministic for a given `seed`.
GeneratedReport GenerateReport(unsigned seed);

}  // namespace reportlint::bench

#endif  // REPORTLINT_BENCH_REPORT_GENERATOR_H_
