// The records of `reportlint export` (docs/export.md): per report, one report
// record, its table cells, its prose numbers and the links of its relations.
#ifndef REPORTLINT_OUTPUT_EXPORT_RECORDS_H_
#define REPORTLINT_OUTPUT_EXPORT_RECORDS_H_

#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "checker/facts/analysis.h"
#include "reportlint/error.h"

namespace reportlint {

// The record types, in the order a report's records are written.
enum ExportType { kExportReport, kExportCell, kExportNumber, kExportRelation, kExportTypes };

// A record type's name (the jsonl "type"), its csv file and its fields, in
// order: the one schema both formats and docs/export.md follow.
struct ExportSchema {
  const char* type;
  const char* csv_file;
  std::vector<const char*> fields;
};
const std::array<ExportSchema, kExportTypes>& ExportSchemas();

// One report's records by type. Every record is a flat object with exactly
// its type's fields, in schema order (null when not known); lists are JSON
// arrays. Numbers are referred to by `id`, their index among the report's
// quantities, so a relation joins its numbers on (path, id).
struct ExportRecords {
  std::array<std::vector<nlohmann::ordered_json>, kExportTypes> records;
};

ExportRecords ExportAnalysis(const Analysis& analysis);
// A report that could not be read: its report record only, with `error`.
ExportRecords ExportUnreadable(const std::string& path, const Error& error);

// The parts (export_report.cc, export_cells.cc, export_numbers.cc).
nlohmann::ordered_json ReportRecord(const Analysis& analysis);
void AddCellRecords(const Analysis& analysis, std::vector<nlohmann::ordered_json>* out);
void AddNumberRecords(const Analysis& analysis, std::vector<nlohmann::ordered_json>* out);
void AddRelationRecords(const Analysis& analysis, std::vector<nlohmann::ordered_json>* out);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_EXPORT_RECORDS_H_
