// The xlsx format: a workbook with a sheet of reports (the csv columns), a
// sheet of findings and a sheet per cross-report kind (kind_sheets.h), written
// with libxlsxwriter. Headers bold, the header row frozen, an autofilter over
// each sheet, column widths set. Rendering on the workers turns a file into
// JSON rows; Write() puts the findings into their sheet in input order
// (constant-memory mode: rows go to temp files as they come, so 10,000 reports
// do not pile up) and holds the small report rows until the cross-report
// findings are counted in them (report_rows.h); End() writes those, closes the
// workbook into a temp file and copies its bytes to the stream (or sets its
// badbit on failure).
// SOURCE_DATE_EPOCH, when set, is the workbook's creation time, so that two
// runs over the same reports give the same bytes (reproducible-builds.org).
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <span>

#include "checker/output/cannot_assess.h"
#include "checker/output/formats.h"
#include "checker/output/kind_sheets.h"
#include "checker/output/report_rows.h"
#include "checker/output/sheet_rows.h"

namespace reportlint {
namespace {

constexpr double kReportWidths[] = {40, 24, 7, 7, 32, 7, 7, 7, 9, 10, 30};
constexpr double kFindingWidths[] = {40, 34, 9, 80, 7, 7, 20, 10, 10};
constexpr double kKindWidths[] = {40, 7, 34, 9, 80};  // then 16 per evidence key
constexpr double kEvidenceWidth = 16;
constexpr lxw_row_t kMaxRows = 1048576;  // Excel's limit per sheet

class XlsxWriter : public OutputWriter {
 public:
  XlsxWriter(const OutputOptions& options, std::ostream& out)
      : lang_(options.lang), cannot_assess_(options.rules), out_(out) {
    std::error_code ec;
    tmpdir_ = std::filesystem::temp_directory_path(ec).string();  // $TMPDIR, else /tmp
    if (ec) tmpdir_ = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "";
    path_ = tmpdir_ + "/reportlint-XXXXXX";
    int fd = ec ? -1 : mkstemp(path_.data());
    if (fd < 0) return;
    close(fd);
    lxw_workbook_options opts = {};
    opts.constant_memory = LXW_TRUE;
    opts.tmpdir = tmpdir_.data();
    workbook_ = workbook_new_opt(path_.c_str(), &opts);
    if (!workbook_) return;
    lxw_doc_properties properties = {};
    properties.title = const_cast<char*>("reportlint");
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
      properties.created = static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
    }
    workbook_set_properties(workbook_, &properties);
    bold_ = workbook_add_format(workbook_);
    format_set_bold(bold_);
    bool en = lang_ == "en";
    reports_ =
        Sheet(SheetName(en ? "reports" : "报告", names_), ReportHeaders(lang_), kReportWidths);
    findings_ =
        Sheet(SheetName(en ? "findings" : "发现", names_), FindingHeaders(lang_), kFindingWidths);
  }
  ~XlsxWriter() override {
    if (workbook_) workbook_close(workbook_);
    std::error_code ec;
    if (!path_.empty() && !path_.ends_with("XXXXXX")) std::filesystem::remove(path_, ec);
  }

  std::string Render(const Result& file) const override {
    nlohmann::ordered_json report = ReportRowJson(ReportRowOf(file, cannot_assess_, lang_));
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Finding& f : file.findings) findings.push_back(FindingCells(file.path, f, lang_));
    return JsonText(nlohmann::ordered_json({{"report", report}, {"findings", findings}}));
  }

  void Write(const Result&, const std::string& rendered) override {
    if (!workbook_) return;
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(rendered);
    rows_.Add(ReportRowFromJson(j["report"]));
    for (const auto& f : j["findings"]) Row(findings_, finding_rows_, f);
  }

  // Below the reports' findings, then on a sheet of their kind.
  void WriteCorpus(const CorpusResult& corpus) override {
    rows_.AddCorpus(corpus, cannot_assess_, /*rows_for_other_files=*/true);
    if (!workbook_) return;
    for (const PlacedFinding& p : corpus.findings) {
      Row(findings_, finding_rows_, FindingCells(p.path, p.finding, lang_));
    }
    for (const KindSheet& kind : KindSheets(corpus, lang_, names_)) {
      std::vector<double> widths(kind.headers.size(), kEvidenceWidth);
      std::copy(std::begin(kKindWidths), std::end(kKindWidths), widths.begin());
      lxw_worksheet* sheet = Sheet(kind.name, kind.headers, widths);
      if (!sheet) continue;  // SheetName() makes names Excel takes: not expected
      lxw_row_t last = 0;
      for (const auto& cells : kind.rows) Row(sheet, last, cells);
      worksheet_autofilter(sheet, 0, 0, last, kind.headers.size() - 1);
    }
  }

  void End(const RunSummary&) override {
    if (!workbook_) {
      std::cerr << "error: cannot create the xlsx workbook in the temporary folder '" << tmpdir_
                << "'\n";
      out_.setstate(std::ios::badbit);
      return;
    }
    lxw_row_t report_rows = 0;
    for (const ReportRow& row : rows_.rows()) Row(reports_, report_rows, ReportCells(row, lang_));
    worksheet_autofilter(reports_, 0, 0, report_rows, std::size(kReportWidths) - 1);
    worksheet_autofilter(findings_, 0, 0, finding_rows_, std::size(kFindingWidths) - 1);
    lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR) {
      std::cerr << "error: cannot write the xlsx workbook: " << lxw_strerror(error) << "\n";
      out_.setstate(std::ios::badbit);
      return;
    }
    std::ifstream in(path_, std::ios::binary);
    std::error_code ec;
    std::filesystem::remove(path_, ec);  // gone even if a closed pipe ends the copy
    path_.clear();
    if (!in || !(out_ << in.rdbuf())) out_.setstate(std::ios::badbit);
  }

 private:
  lxw_worksheet* Sheet(const std::string& name, const std::vector<std::string>& headers,
                       std::span<const double> widths) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name.c_str());
    if (!sheet) return nullptr;
    for (size_t c = 0; c < widths.size(); ++c) {
      worksheet_set_column(sheet, c, c, widths[c], nullptr);
    }
    for (size_t c = 0; c < headers.size(); ++c) {
      worksheet_write_string(sheet, 0, c, headers[c].c_str(), bold_);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return sheet;
  }

  // Appends `cells` below the last row of `sheet`; rows past Excel's limit are dropped.
  static void Row(lxw_worksheet* sheet, lxw_row_t& last, const nlohmann::ordered_json& cells) {
    if (last + 1 >= kMaxRows) return;
    ++last;
    lxw_col_t c = 0;
    for (const auto& cell : cells) {
      if (cell.is_number()) {
        worksheet_write_number(sheet, last, c, cell.get<double>(), nullptr);
      } else if (cell.is_string()) {
        const std::string& s = cell.get_ref<const std::string&>();
        if (!s.empty()) worksheet_write_string(sheet, last, c, s.c_str(), nullptr);
      } else if (!cell.is_null()) {
        worksheet_write_string(sheet, last, c, JsonText(cell).c_str(), nullptr);
      }
      ++c;
    }
  }

  std::string lang_;
  CannotAssess cannot_assess_;
  std::ostream& out_;
  std::string tmpdir_;
  std::string path_;  // the workbook until End() copies it out
  lxw_workbook* workbook_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_worksheet* reports_ = nullptr;
  lxw_worksheet* findings_ = nullptr;
  lxw_row_t finding_rows_ = 0;  // the last row written (0: the header)
  HeldReportRows rows_;
  std::set<std::string> names_;  // the sheets' names so far
};

}  // namespace

std::unique_ptr<OutputWriter> MakeXlsxWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<XlsxWriter>(options, out);
}

}  // namespace reportlint
