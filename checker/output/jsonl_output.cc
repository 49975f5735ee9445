// The JSON Lines format: per report, one line with its status — so a clean
// report is visible — then one compact object per finding, each with the
// report's path first. An unreadable report is only its report line, with
// "error". No summary line (good for grep, jq and databases).
#include "checker/output/cannot_assess.h"
#include "checker/output/formats.h"
#include "checker/output/sheet_rows.h"

namespace reportlint {
namespace {

// {"path", "type": "report", "status", then the metadata and the counts, or "error"}.
nlohmann::ordered_json ReportLine(const ReportRow& row) {
  nlohmann::ordered_json j = {{"path", row.path}, {"type", "report"}, {"status", row.status}};
  if (row.status == "unreadable") {
    j["error"] = row.reason;
    return j;
  }
  j["organisation"] = row.organisation.empty() ? nlohmann::ordered_json(nullptr)
                                               : nlohmann::ordered_json(row.organisation);
  j["year"] = row.year ? nlohmann::ordered_json(*row.year) : nlohmann::ordered_json(nullptr);
  j["regulation"] = row.regulation.empty() ? nlohmann::ordered_json(nullptr)
                                           : nlohmann::ordered_json(row.regulation);
  j["packs"] = row.packs;
  j["errors"] = row.errors;
  j["warnings"] = row.warnings;
  j["infos"] = row.infos;
  j["cannot_assess"] = row.cannot_assess;
  return j;
}

class JsonlWriter : public OutputWriter {
 public:
  JsonlWriter(const OutputOptions& options, std::ostream& out)
      : cannot_assess_(options.rules), out_(out) {}
  std::string Render(const Result& file) const override {
    std::string out = ReportLine(ReportRowOf(file, cannot_assess_)).dump() + "\n";
    if (file.error) return out;
    for (const Finding& f : file.findings) {
      nlohmann::ordered_json j = {{"path", file.path}};
      j.update(FindingJson(f));
      out += j.dump() + "\n";
    }
    return out;
  }
  void Write(const Result&, const std::string& rendered) override { out_ << rendered; }
  // After every report: one finding line each, as a report's, path first.
  void WriteCorpus(const CorpusResult& corpus) override {
    for (const PlacedFinding& p : corpus.findings) {
      nlohmann::ordered_json j = {{"path", p.path}};
      j.update(FindingJson(p.finding));
      out_ << j.dump() << "\n";
    }
  }
  void End(const RunSummary&) override {}

 private:
  CannotAssess cannot_assess_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeJsonlWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<JsonlWriter>(options, out);
}

}  // namespace reportlint
