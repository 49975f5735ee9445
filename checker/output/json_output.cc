// The JSON format (docs/output.md): one object with every file's metadata and
// findings and a summary, streamed file by file. Versioned by its "schema" field.
#include <nlohmann/json.hpp>

#include "checker/findings/evidence.h"
#include "checker/output/formats.h"
#include "checker/output/place.h"
#include "checker/output/text_or_null.h"

namespace reportlint {
namespace {

constexpr const char* kFindingsSchema = "reportlint-findings/1";

nlohmann::ordered_json ReportJson(const ReportMetadata& m) {
  nlohmann::ordered_json r;
  r["title"] = TextOrNull(m.title);
  r["organisation"] = TextOrNull(m.organisation);
  r["year"] = m.year ? nlohmann::ordered_json(*m.year) : nlohmann::ordered_json(nullptr);
  r["year_source"] = TextOrNull(m.year_source);
  if (m.period_start.empty()) {
    r["period"] = nullptr;
  } else {
    r["period"] = {{"start", m.period_start}, {"end", m.period_end}};
  }
  r["published"] = TextOrNull(m.published);
  r["signed"] = TextOrNull(m.signed_on);
  r["format"] = m.format;
  r["encoding"] = m.encoding;
  r["packs"] = m.packs;
  return r;
}

nlohmann::ordered_json FileJson(const Result& file, const std::string& lang) {
  nlohmann::ordered_json f;
  f["path"] = file.path;
  if (file.error) {
    f["error"] = file.error->message;
    return f;
  }
  f["report"] = ReportJson(file.report);
  f["findings"] = nlohmann::ordered_json::array();
  for (const Finding& x : file.findings) f["findings"].push_back(FindingJson(x, lang));
  if (file.suppressed > 0) f["suppressed"] = file.suppressed;
  if (file.baselined > 0) f["baselined"] = file.baselined;
  return f;
}

// Writes {"schema": …, "files": [ … ], "summary": {…}} exactly as
// nlohmann's dump(2) of the whole object would, one file at a time.
class JsonWriter : public OutputWriter {
 public:
  JsonWriter(const OutputOptions& options, std::ostream& out) : lang_(options.lang), out_(out) {
    out_ << "{\n  \"schema\": \"" << kFindingsSchema << "\",\n  \"files\": [";
  }
  std::string Render(const Result& file) const override { return DumpNested(FileJson(file, lang_), 2); }
  void Write(const Result&, const std::string& rendered) override {
    out_ << (first_ ? "\n" : ",\n") << rendered;
    first_ = false;
  }
  // "corpus": the cross-report findings, each a finding with its path first.
  void WriteCorpus(const CorpusResult& corpus) override {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const PlacedFinding& p : corpus.findings) {
      list.push_back(PlacedFindingJson(p.path, p.finding, lang_));
    }
    corpus_ = DumpNested(list, 1).substr(2);
  }
  void End(const RunSummary& s) override {
    out_ << (first_ ? "]" : "\n  ]");
    if (!corpus_.empty()) out_ << ",\n  \"corpus\": " << corpus_;
    out_ << ",\n  \"summary\": ";
    nlohmann::ordered_json summary = {{"files", s.files},        {"unreadable", s.unreadable},
                                      {"errors", s.errors},      {"warnings", s.warnings},
                                      {"infos", s.infos},        {"suppressed", s.suppressed},
                                      {"baselined", s.baselined}};
    std::string text = DumpNested(summary, 1);
    out_ << text.substr(2) << "\n}\n";
  }

 private:
  std::string lang_;
  std::ostream& out_;
  bool first_ = true;
  std::string corpus_;  // the "corpus" array, rendered
};

}  // namespace

nlohmann::ordered_json FindingJson(const Finding& f, const std::string& lang) {
  nlohmann::ordered_json j;
  j["rule"] = f.rule_id;
  j["kind"] = f.kind;
  j["severity"] = SeverityName(f.severity);
  j["line"] = f.begin.line;
  j["column"] = f.begin.column;
  j["end_line"] = f.end.line;
  j["end_column"] = f.end.column;
  if (f.begin.paragraph > 0) j["paragraph"] = f.begin.paragraph;
  if (f.begin.table > 0) {
    j["table"] = f.begin.table;
    j["row"] = f.begin.row;
    j["col"] = f.begin.col;
  }
  if (f.begin.page > 0) {  // PDF: the page and the box of the text on it, in points
    j["page"] = f.begin.page;
    const PageBox& b = f.begin.box;
    j["box"] = {b.x0, b.y0, b.x1, b.y1};
  }
  if (HasDocumentPlace(f.begin)) j["place"] = PlaceText(f.begin, lang);
  j["message"] = f.message;
  j["evidence"] = EvidenceOf(f);
  j["fingerprint"] = f.fingerprint;
  return j;
}

nlohmann::ordered_json PlacedFindingJson(const std::string& path, const Finding& f,
                                         const std::string& lang) {
  nlohmann::ordered_json j = {{"path", path}};
  j.update(FindingJson(f, lang));
  return j;
}

std::unique_ptr<OutputWriter> MakeJsonWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<JsonWriter>(options, out);
}

}  // namespace reportlint
