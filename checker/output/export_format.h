// The export's two formats: JSON Lines (one stream, a "type" per record) and
// CSV (one file per record type). A report renders on any thread; the command
// writes the rendered parts in input order.
#ifndef REPORTLINT_OUTPUT_EXPORT_FORMAT_H_
#define REPORTLINT_OUTPUT_EXPORT_FORMAT_H_

#include <string>
#include <vector>

#include "checker/output/export_records.h"

namespace reportlint {

enum class ExportFormat { kJsonl, kCsv };

// The files a format writes into --output-dir: none for jsonl (one stream),
// reports.csv, cells.csv, numbers.csv, relations.csv for csv.
std::vector<std::string> ExportFiles(ExportFormat format);

// What each stream starts with: nothing for jsonl; for csv the byte order
// mark and the header line of the file's record type.
std::vector<std::string> ExportHeaders(ExportFormat format);

// One report's text per stream (as many as ExportHeaders): jsonl one line per
// record, {"type": …} first, types in schema order; csv its rows per file.
std::vector<std::string> RenderExport(const ExportRecords& records, ExportFormat format);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_EXPORT_FORMAT_H_
