// What a run found, counted as the files stream past: the summary line, the
// summary table (findings by rule and severity) and the JSON "summary".
#ifndef REPORTLINT_OUTPUT_SUMMARY_H_
#define REPORTLINT_OUTPUT_SUMMARY_H_

#include <array>
#include <map>
#include <string>

#include "reportlint/checker.h"

namespace reportlint {

struct RunSummary {
  int files = 0;
  int unreadable = 0;
  int with_findings = 0;  // files with at least one finding
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int suppressed = 0;  // silenced by inline directives
  int baselined = 0;   // recorded in the baseline
  // Findings per rule id, indexed by Severity (info, warning, error).
  std::map<std::string, std::array<int, 3>> by_rule;

  void Add(const Result& file);
  // The cross-report findings: counted by severity and rule like a file's
  // (a report with only such findings is not counted in with_findings).
  void AddCorpus(const CorpusResult& corpus);
  void Merge(const RunSummary& other);

 private:
  void Count(const Finding& f);
};

// "已检查 1 个文件：2 个错误，1 个警告，0 个提示" or its English form.
std::string SummaryLine(const RunSummary& s, const std::string& lang);

// The findings by rule and severity as an aligned table, one rule per line,
// then a total line ("" when there are no findings).
std::string SummaryTable(const RunSummary& s, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_SUMMARY_H_
