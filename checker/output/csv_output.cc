// The CSV format: one row per report (checker/output/sheet_rows.h), for a
// spreadsheet. UTF-8 with a byte order mark, so Excel and WPS read the Chinese
// right; RFC 4180: CRLF line ends, a field with a comma, a quote or a line
// break is quoted, quotes doubled.
#include "checker/output/cannot_assess.h"
#include "checker/output/csv_field.h"
#include "checker/output/formats.h"
#include "checker/output/sheet_rows.h"

namespace reportlint {
namespace {

class CsvWriter : public OutputWriter {
 public:
  CsvWriter(const OutputOptions& options, std::ostream& out)
      : lang_(options.lang), cannot_assess_(options.rules), out_(out) {
    out_ << kCsvBom << CsvLine(ReportHeaders(lang_));
  }
  std::string Render(const Result& file) const override {
    return CsvLine(CsvCells(ReportCells(ReportRowOf(file, cannot_assess_), lang_)));
  }
  void Write(const Result&, const std::string& rendered) override { out_ << rendered; }
  void End(const RunSummary&) override {}

 private:
  std::string lang_;
  CannotAssess cannot_assess_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeCsvWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<CsvWriter>(options, out);
}

}  // namespace reportlint
