// The CSV format: one row per report (checker/output/sheet_rows.h), for a
// spreadsheet, written at the end so that the cross-report findings count in
// their report's row (report_rows.h); the hierarchy file gets a row too. UTF-8 with a byte order
// mark, so Excel and WPS read the Chinese right; RFC 4180: CRLF line ends, a field with a comma, a
// quote or a line break is quoted, quotes doubled.
#include "checker/output/cannot_assess.h"
#include "checker/output/csv_field.h"
#include "checker/output/formats.h"
#include "checker/output/report_rows.h"
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
    return JsonText(ReportRowJson(ReportRowOf(file, cannot_assess_, lang_)));
  }
  void Write(const Result&, const std::string& rendered) override {
    rows_.Add(ReportRowFromJson(nlohmann::ordered_json::parse(rendered)));
  }
  void WriteCorpus(const CorpusResult& corpus) override {
    rows_.AddCorpus(corpus, cannot_assess_, /*rows_for_other_files=*/true);
  }
  void End(const RunSummary&) override {
    for (const ReportRow& row : rows_.rows()) out_ << CsvLine(CsvCells(ReportCells(row, lang_)));
  }

 private:
  std::string lang_;
  CannotAssess cannot_assess_;
  std::ostream& out_;
  HeldReportRows rows_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeCsvWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<CsvWriter>(options, out);
}

}  // namespace reportlint
