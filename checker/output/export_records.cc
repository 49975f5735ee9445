// The export's schema and the assembly of one report's records
// (export_records.h); each record type is built in a file of its own.
#include "checker/output/export_records.h"

namespace reportlint {

const std::array<ExportSchema, kExportTypes>& ExportSchemas() {
  // Location fields come last in every type that has them, in AddLocation's
  // order (export_fields.h). docs/export.md documents each field; a test
  // checks both lists agree.
  static const std::array<ExportSchema, kExportTypes> schemas = {{
      {"report", "reports.csv",
       {"path", "status", "error", "title", "organisation", "body", "year", "year_source",
        "regulation", "period_start", "period_end", "published", "signed", "format", "encoding",
        "tables", "numbers", "relations"}},
      {"cell", "cells.csv",
       {"path", "table_index", "table_number", "table_source", "section", "readable", "part", "row",
        "col", "row_key", "row_labels", "col_key", "col_labels", "value_col", "kind", "value",
        "text", "unit", "line", "line_column", "paragraph", "source_table", "source_row", "source_col",
        "page"}},
      {"number", "numbers.csv",
       {"path", "id", "text", "value", "low", "high", "unit", "unit_class", "approx", "percent",
        "chinese_numeral", "sentence", "line", "line_column", "paragraph", "source_table", "source_row",
        "source_col", "page"}},
      {"relation", "relations.csv",
       {"path", "relation", "kind", "role", "number", "candidate", "total_from", "of", "cue",
        "coverage", "bounded", "increase", "line", "line_column"}},
  }};
  return schemas;
}

ExportRecords ExportAnalysis(const Analysis& analysis) {
  ExportRecords r;
  r.records[kExportReport].push_back(ReportRecord(analysis));
  AddCellRecords(analysis, &r.records[kExportCell]);
  AddNumberRecords(analysis, &r.records[kExportNumber]);
  AddRelationRecords(analysis, &r.records[kExportRelation]);
  return r;
}

ExportRecords ExportUnreadable(const std::string& path, const Error& error) {
  nlohmann::ordered_json j;
  for (const char* field : ExportSchemas()[kExportReport].fields) j[field] = nullptr;
  j["path"] = path == "-" ? "<stdin>" : path;  // as check names it
  j["status"] = "unreadable";
  j["error"] = error.message;
  ExportRecords r;
  r.records[kExportReport].push_back(std::move(j));
  return r;
}

}  // namespace reportlint
