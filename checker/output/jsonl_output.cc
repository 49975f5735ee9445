// The JSON Lines format: per report, one line with its status — so a clean
// report is visible — then one compact object per finding, each with the
// report's path first; after every report, the cross-report findings, one
// line each. An unreadable report is only its report line, with "error". No
// summary line (good for grep, jq and databases).
#include <iostream>

#include "checker/output/cannot_assess.h"
#include "checker/output/formats.h"
#include "checker/output/report_rows.h"
#include "checker/output/spill.h"

namespace reportlint {
namespace {

// The lines are held until End(), because a report line's status and counts
// take in the cross-report findings, known only after the last report: the
// report rows in memory (small), the finding lines in a temporary file, so
// 10,000 reports do not pile up.
class JsonlWriter : public OutputWriter {
 public:
  JsonlWriter(const OutputOptions& options, std::ostream& out)
      : lang_(options.lang), cannot_assess_(options.rules), out_(out) {}
  // The report line, then the finding lines.
  std::string Render(const Result& file) const override {
    std::string out = JsonText(ReportRowJson(ReportRowOf(file, cannot_assess_, "en"))) + "\n";
    if (file.error) return out;
    for (const Finding& f : file.findings) out += JsonText(PlacedFindingJson(file.path, f, lang_)) + "\n";
    return out;
  }
  void Write(const Result&, const std::string& rendered) override {
    size_t end = rendered.find('\n');
    rows_.Add(ReportRowFromJson(nlohmann::ordered_json::parse(rendered.substr(0, end))));
    finding_sizes_.push_back(finding_lines_.Append(rendered.substr(end + 1)));
  }
  void WriteCorpus(const CorpusResult& corpus) override {
    rows_.AddCorpus(corpus, cannot_assess_, /*rows_for_other_files=*/false);
    for (const PlacedFinding& p : corpus.findings) {
      corpus_lines_ += JsonText(PlacedFindingJson(p.path, p.finding, lang_)) + "\n";
    }
  }
  void End(const RunSummary&) override {
    for (size_t i = 0; i < rows_.rows().size(); ++i) {
      out_ << JsonText(ReportRowJson(rows_.rows()[i])) << "\n"
           << finding_lines_.Next(finding_sizes_[i]);
    }
    out_ << corpus_lines_;
    if (!finding_lines_.ok()) {
      std::cerr << "error: cannot hold the jsonl lines in the temporary folder\n";
      out_.setstate(std::ios::badbit);  // check_command says the output is not written
    }
  }

 private:
  std::string lang_;
  CannotAssess cannot_assess_;
  std::ostream& out_;
  HeldReportRows rows_;
  Spill finding_lines_;               // per report, in input order
  std::vector<size_t> finding_sizes_;  // their sizes
  std::string corpus_lines_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeJsonlWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<JsonlWriter>(options, out);
}

}  // namespace reportlint
