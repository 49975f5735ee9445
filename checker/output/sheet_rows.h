// The rows of the spreadsheet formats: one row per report (csv, the xlsx
// "reports" sheet, the jsonl report line) and one per finding (the xlsx
// "findings" sheet). The columns and their headers are defined here once, so
// csv and xlsx cannot drift apart.
#ifndef REPORTLINT_OUTPUT_SHEET_ROWS_H_
#define REPORTLINT_OUTPUT_SHEET_ROWS_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "checker/output/cannot_assess.h"
#include "reportlint/checker.h"

namespace reportlint {

// One report as an office sees it in a spreadsheet.
struct ReportRow {
  std::string path;
  std::string organisation;
  std::optional<int> year;
  std::string regulation;  // "2008", "2019" or "" (corpus/regulation.h)
  std::vector<std::string> packs;
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int cannot_assess = 0;  // of the infos, those CannotAssess counts
  std::string status;     // "clean", "findings" (any finding) or "unreadable"
  std::string reason;     // why it is unreadable; "" otherwise
};

// `reason_lang`: the language of the reason of an unreadable report (Error::Message):
// the run's for csv and xlsx, which people read; "en" for the jsonl line, which programs do.
ReportRow ReportRowOf(const Result& file, const CannotAssess& cannot_assess,
                      const std::string& reason_lang);

// Counts `f` in `row` as ReportRowOf counts a report's own findings: a
// cross-report finding about the report (report_rows.h).
void CountInRow(const Finding& f, const CannotAssess& cannot_assess, ReportRow& row);

// The row as JSON and back: the jsonl report line, and the form a row takes
// from Render() to Write() in the writers that hold rows (report_rows.h).
// {"path", "type": "report", "status", then the metadata and the counts, or "error"}.
nlohmann::ordered_json ReportRowJson(const ReportRow& row);
ReportRow ReportRowFromJson(const nlohmann::ordered_json& j);

// Headers in `lang` ("zh" or "en"), then one row's cells in the same order:
// path, organisation, year, regulation, packs, errors, warnings, infos,
// cannot-assess, status, reason. A cell is a string, an integer (year and
// counts) or null (unknown, or the counts of an unreadable report). The status
// is localised like the headers.
std::vector<std::string> ReportHeaders(const std::string& lang);
nlohmann::ordered_json ReportCells(const ReportRow& row, const std::string& lang);

// "错误" / "警告" / "提示", or the English severity name.
std::string SeverityText(Severity s, const std::string& lang);

// One finding as a row: path, rule, severity, message, line, column, place
// (place.h: 表格2第6行第10列, 第2页, or the line and column), stated, computed. `stated` and `computed` are the first evidence value under the
// keys below (null when none).
std::vector<std::string> FindingHeaders(const std::string& lang);
nlohmann::ordered_json FindingCells(const std::string& path, const Finding& f,
                                    const std::string& lang);

// The evidence keys read as "what the report states" — the ones the corpus
// scorer (tests/corpus/corpus_match.cc) reads — and as "what reportlint
// computed", from docs/kinds/*.md: sum and table (computed), ratio
// (computed_percent), table's prose check (cell), sections' declaration (found).
extern const char* const kStatedKeys[6];
extern const char* const kComputedKeys[4];

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_SHEET_ROWS_H_
