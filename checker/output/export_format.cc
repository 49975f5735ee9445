// Rendering the export records as JSON Lines or CSV (export_format.h).
#include "checker/output/export_format.h"

#include "checker/output/csv_field.h"
#include "checker/output/formats.h"

namespace reportlint {

std::vector<std::string> ExportFiles(ExportFormat format) {
  std::vector<std::string> out;
  if (format == ExportFormat::kCsv) {
    for (const ExportSchema& s : ExportSchemas()) out.push_back(s.csv_file);
  }
  return out;
}

std::vector<std::string> ExportHeaders(ExportFormat format) {
  if (format == ExportFormat::kJsonl) return {""};
  std::vector<std::string> out;
  for (const ExportSchema& s : ExportSchemas()) {
    out.push_back(kCsvBom + CsvLine({s.fields.begin(), s.fields.end()}));
  }
  return out;
}

std::vector<std::string> RenderExport(const ExportRecords& records, ExportFormat format) {
  if (format == ExportFormat::kJsonl) {
    std::string out;
    for (int t = 0; t < kExportTypes; ++t) {
      // {"type":…, then the record's own fields: spliced as text, since
      // copying every record into a new object costs more than the dump.
      std::string head = std::string("{\"type\":\"") + ExportSchemas()[t].type + "\",";
      for (const nlohmann::ordered_json& r : records.records[t]) {
        // Invalid UTF-8 in a report never stops the export.
        std::string body = JsonText(r);
        out.append(head).append(body, 1).append("\n");
      }
    }
    return {out};
  }
  std::vector<std::string> out(kExportTypes);
  for (int t = 0; t < kExportTypes; ++t) {
    for (const nlohmann::ordered_json& r : records.records[t]) {
      // Every record holds exactly its schema's fields in order (records.h):
      // its values are the columns.
      nlohmann::ordered_json cells = nlohmann::ordered_json::array();
      for (const auto& [key, value] : r.items()) cells.push_back(value);
      out[t] += CsvLine(CsvCells(cells));
    }
  }
  return out;
}

}  // namespace reportlint
