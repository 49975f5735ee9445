// The smallest program that embeds reportlint: checks the report named on the
// command line with the built-in packs and prints one line per finding.
//
//   embed REPORT     exit 0: no error findings, 1: some, 2: not checked at all
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "reportlint/checker.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: embed REPORT\n");
    return 2;
  }
  // The defaults are those of `reportlint check` without a config file.
  reportlint::Options options;
  options.lang = "en";
  std::vector<reportlint::Error> errors;
  std::unique_ptr<reportlint::Checker> checker = reportlint::Checker::Create(options, &errors);
  if (!checker) {
    for (const reportlint::Error& e : errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
    return 2;
  }

  reportlint::Result result = checker->Check(argv[1]);
  if (result.error) {
    std::fprintf(stderr, "%s\n", result.error->ToString().c_str());
    return 2;
  }
  std::printf("%s: year %s, packs:", result.path.c_str(),
              result.report.year ? std::to_string(*result.report.year).c_str() : "unknown");
  for (const std::string& pack : result.report.packs) std::printf(" %s", pack.c_str());
  std::printf("\n");

  bool errors_found = false;
  for (const reportlint::Finding& f : result.findings) {
    std::printf("%d:%d: %s: %s [%s] %s\n", f.begin.line, f.begin.column,
                reportlint::SeverityName(f.severity), f.message.c_str(), f.rule_id.c_str(),
                f.evidence_json.c_str());
    errors_found |= f.severity == reportlint::Severity::kError;
  }
  return errors_found ? 1 : 0;
}
