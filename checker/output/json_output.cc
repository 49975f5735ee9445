// The JSON format (docs/output.md): one object with every file's metadata and
// findings and a summary. Versioned by its "schema" field.
#include <nlohmann/json.hpp>

#include "checker/output/formats.h"

namespace reportlint {
namespace {

constexpr const char* kSchema = "reportlint-findings/1";

nlohmann::ordered_json OptionalString(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

nlohmann::ordered_json ReportJson(const ReportMetadata& m) {
  nlohmann::ordered_json r;
  r["title"] = OptionalString(m.title);
  r["organisation"] = OptionalString(m.organisation);
  r["year"] = m.year ? nlohmann::ordered_json(*m.year) : nlohmann::ordered_json(nullptr);
  r["year_source"] = OptionalString(m.year_source);
  if (m.period_start.empty()) {
    r["period"] = nullptr;
  } else {
    r["period"] = {{"start", m.period_start}, {"end", m.period_end}};
  }
  r["published"] = OptionalString(m.published);
  r["signed"] = OptionalString(m.signed_on);
  r["format"] = m.format;
  r["encoding"] = m.encoding;
  r["packs"] = m.packs;
  return r;
}

}  // namespace

nlohmann::ordered_json FindingJson(const Finding& f) {
  nlohmann::ordered_json j;
  j["rule"] = f.rule_id;
  j["kind"] = f.kind;
  j["severity"] = SeverityName(f.severity);
  j["line"] = f.begin.line;
  j["column"] = f.begin.column;
  j["end_line"] = f.end.line;
  j["end_column"] = f.end.column;
  j["message"] = f.message;
  j["evidence"] = f.evidence;
  return j;
}

void WriteJson(const std::vector<FileResult>& files, const OutputOptions& options,
               std::ostream& out) {
  nlohmann::ordered_json root;
  root["schema"] = kSchema;
  root["files"] = nlohmann::ordered_json::array();
  for (const FileResult& file : files) {
    nlohmann::ordered_json f;
    f["path"] = file.path;
    if (file.error) {
      f["error"] = file.error->message;
    } else {
      f["report"] = ReportJson(file.report);
      f["findings"] = nlohmann::ordered_json::array();
      for (const Finding& x : file.findings) f["findings"].push_back(FindingJson(x));
    }
    root["files"].push_back(std::move(f));
  }
  Tally t = CountFindings(files);
  root["summary"] = {{"files", t.files},       {"unreadable", t.unreadable},
                     {"errors", t.errors},     {"warnings", t.warnings},
                     {"infos", t.infos}};
  out << root.dump(2) << "\n";
}

}  // namespace reportlint
