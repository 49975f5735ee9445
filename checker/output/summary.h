// What a run found, counted as the files stream past: the summary line, the
// summary table (findings by rule and severity) and the JSON "summary".
#ifndef REPORTLINT_OUTPUT_SUMMARY_H_
#define REPORTLINT_OUTPUT_SUMMARY_H_

#include <array>
#include <map>
#include <set>
#include <string>

#include "reportlint/checker.h"

namespace reportlint {

struct RunSummary {
  int files = 0;
  int unreadable = 0;
  int with_findings = 0;  // files with at least one finding, a cross-report one too
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int suppressed = 0;  // silenced by inline directives
  int baselined = 0;   // recorded in the baseline
  // Findings per rule id, indexed by Severity (info, warning, error).
  std::map<std::string, std::array<int, 3>> by_rule;

  void Add(const Result& file);
  // The cross-report findings: counted by severity and rule like a file's; a
  // report whose only findings are these counts in with_findings too (the
  // hierarchy file is no file of the run: it does not).
  void AddCorpus(const CorpusResult& corpus);
  void Merge(const RunSummary& other);

 private:
  void Count(const Finding& f);
  // The reports read without a finding so far: those a cross-report finding
  // makes count in with_findings. Paths only, so a run of 10,000 fits.
  std::set<std::string> clean_;
};

// "已检查 1 个文件：2 个错误，1 个警告，0 个提示" or its English form.
std::string SummaryLine(const RunSummary& s, const std::string& lang);

// The findings by rule and severity as an aligned table, one rule per line,
// then a total line ("" when there are no findings).
std::string SummaryTable(const RunSummary& s, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_SUMMARY_H_
